import http from "node:http";

// `next start` sets x-forwarded-for to the socket's address only when the request has none
// (base-server: `headers['x-forwarded-for'] ??= socket.remoteAddress`): a client that sends its own
// header hides the address it connected from. Here every request's socket address is appended to
// the header before Next sees it, as a proxy would, so the right-most entry is always the peer this
// process saw and lib/auth/sign-in-limits.ts can count from the right (TRUSTED_PROXY_HOPS).

const PATCHED = Symbol.for("dealplaybook.forwardedFor");

export function appendSocketAddressToForwardedFor(): void {
  const proto = http.Server.prototype as http.Server & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") appendSocketAddress(args[0] as http.IncomingMessage);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}

export function appendSocketAddress(request: Pick<http.IncomingMessage, "headers" | "socket">): void {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const sent = request.headers["x-forwarded-for"];
  const before = (Array.isArray(sent) ? sent.join(",") : (sent ?? "")).trim();
  request.headers["x-forwarded-for"] = before ? `${before}, ${peer}` : peer;
}
