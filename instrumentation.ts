// Runs once when a server process starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { appendSocketAddressToForwardedFor } = await import("@/lib/http/forwarded-for");
    appendSocketAddressToForwardedFor();
    // The job queue (lib/jobs/): mail retries, reminders, digests; skipped while `next build` loads the app.
    if (process.env.NEXT_PHASE !== "phase-production-build" && process.env.DATABASE_URL) {
      const { startJobs } = await import("@/lib/jobs/start");
      startJobs();
    }
  }
}
