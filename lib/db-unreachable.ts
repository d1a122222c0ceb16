// Recognises "the database could not be reached or went away mid-statement", whichever layer
// reported it: node-postgres (a socket error, a server shutdown message, pg-pool's connect timeout),
// the Prisma pg adapter (its DriverAdapterError kinds) or Prisma itself (P1001…). Those failures are
// the client's to retry, not bugs: the wrappers answer them with UNAVAILABLE / 503 (lib/errors.ts).

/** Prisma's codes for an unreachable server, a timed-out socket and a closed connection. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
/** Node socket errors on the way to the server. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"]);
/** SQLSTATE class 08 (connection exception) and the shutdown / start-up states of class 57. */
const SQLSTATE = /^(08\d{3}|57P0[1-4])$/;
/** The adapter's error kinds for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
/** Messages node-postgres and pg-pool throw without a code. */
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Can't reach database server/i,
  /Server has closed the connection/i,
];

export function isDatabaseUnreachable(error: unknown): boolean {
  for (const candidate of causes(error)) {
    const { code, originalCode, kind, message } = candidate as { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown };
    for (const c of [code, originalCode]) {
      if (typeof c === "string" && (PRISMA_CODES.has(c) || SOCKET_CODES.has(c) || SQLSTATE.test(c))) return true;
    }
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && MESSAGES.some((m) => m.test(message))) return true;
  }
  return false;
}

/** The error and everything it wraps: `cause` chains and Prisma's `meta.driverAdapterError`. */
function* causes(error: unknown): Generator<object> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const next = queue.shift();
    if (next === null || typeof next !== "object" || seen.has(next)) continue;
    seen.add(next);
    yield next;
    const { cause, meta } = next as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    queue.push(cause, meta?.driverAdapterError);
    if (next instanceof AggregateError) queue.push(...next.errors);
  }
}
