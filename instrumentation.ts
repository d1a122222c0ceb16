// Runs once when a server process starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { appendSocketAddressToForwardedFor } = await import("@/lib/http/forwarded-for");
    appendSocketAddressToForwardedFor();
  }
}
