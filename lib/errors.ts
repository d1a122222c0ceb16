// Expected failures a user can act on. Anything else is unexpected: logged with an id and shown
// as a generic message (see lib/actions/define-action.ts).

export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID_INPUT" | "RATE_LIMITED" | "UNAVAILABLE";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** Extra data the UI can show, e.g. the current value after a stale write. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "This item") => new AppError("NOT_FOUND", `${what} was not found.`);
export const forbidden = (message = "Your role does not allow this.") => new AppError("FORBIDDEN", message);
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Please sign in again.");
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is unreachable; nothing was saved. Try again in a moment.";
/** Seconds a client is asked to wait (Retry-After) when the database is unreachable. */
export const DATABASE_UNAVAILABLE_RETRY_AFTER_SECONDS = 5;
export const invalidField = (field: string, message: string) => new AppError("INVALID_INPUT", message, { [field]: [message] });

/** Too many calls: `details.retryAfterSeconds` becomes the Retry-After header of a route's 429. */
export const rateLimited = (message: string, retryAfterSeconds: number) => new AppError("RATE_LIMITED", message, undefined, { retryAfterSeconds });
/** Cannot serve this now, through no fault of the request (503 with Retry-After). */
export const unavailable = (message: string, retryAfterSeconds: number) => new AppError("UNAVAILABLE", message, undefined, { retryAfterSeconds });

export function retryAfterOf(error: AppError): number | null {
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === "number" ? seconds : null;
}

/** Next's redirect()/notFound() work by throwing; wrappers that catch errors must let them through. */
export function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}

/** Logs an unexpected error under a short reference and returns the reference, for the generic message the user sees. */
export function logUnexpectedError(where: string, error: unknown): string {
  const errorId = globalThis.crypto.randomUUID().slice(0, 8);
  console.error(`[${where}] unexpected error ${errorId}`, error);
  return errorId;
}
