import "server-only";
import { NextResponse } from "next/server";
import { getActor, type Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { BodyTooLargeError, bodyLimitFor, checkBodySize, readBoundedText } from "@/lib/http/body-limits";
import { checkOrigin, ORIGIN_REFUSAL_MESSAGE } from "@/lib/http/same-origin";
import { isDatabaseUnreachable } from "@/lib/db-unreachable";
import {
  AppError,
  DATABASE_UNAVAILABLE_MESSAGE,
  DATABASE_UNAVAILABLE_RETRY_AFTER_SECONDS,
  forbidden,
  HTTP_STATUS,
  isNextControlFlow,
  logUnexpectedError,
  retryAfterOf,
} from "@/lib/errors";

export interface RouteRequest<P> {
  actor: Actor;
  request: Request;
  /** The route's dynamic segments, already awaited. */
  params: P;
}

export interface RouteDefinition<P> {
  /** Names the route in the log line of an unexpected error. */
  name: string;
  /**
   * Checked before the handler, fail-closed like every action. `null` only for a route that answers
   * about the caller themselves (any signed-in member may ask). Services re-check scope and role.
   */
  permission: Permission | null;
  /**
   * How a refusal is written: `json` → `{ "error": message, "fieldErrors"?: … }` for the API,
   * `text` → the message as plain text for downloads linked from a page.
   */
  errors: "json" | "text";
  /** The body of the 401 when no one is signed in (default "Sign in first."). */
  signInMessage?: string;
  handler: (request: RouteRequest<P>) => Promise<Response>;
}

/**
 * The one wrapper every route handler goes through, mirroring defineAction: for any method but
 * GET/HEAD/OPTIONS, an Origin that is this app's (else 403, before anything is read) and a declared
 * body within the route's limit (else 413; proxy.ts refuses these first) → the actor re-read from
 * the database (401, never a redirect) → permission → handler. An AppError thrown anywhere becomes its
 * HTTP status (HTTP_STATUS) with its message; an unreachable database is a 503 with Retry-After; anything else is logged with a reference and answered
 * with a generic 500 that shows the reference.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function defineRoute<P extends Record<string, string> = Record<string, never>>(definition: RouteDefinition<P>) {
  return async function route(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      if (!SAFE_METHODS.has(request.method.toUpperCase()) && checkOrigin(request.headers) !== "same-origin") {
        return errorResponse(definition.errors, 403, ORIGIN_REFUSAL_MESSAGE);
      }
      const tooLarge = checkBodySize(request.method, request.headers, new URL(request.url).pathname);
      if (tooLarge) return errorResponse(definition.errors, tooLarge.status, tooLarge.message);
      const actor = await getActor();
      if (!actor) throw new AppError("UNAUTHENTICATED", definition.signInMessage ?? "Sign in first.");
      if (definition.permission !== null && !can(actor.role, definition.permission)) throw forbidden();
      const params = ((await context?.params) ?? {}) as P;
      return await definition.handler({ actor, request, params });
    } catch (error) {
      if (error instanceof BodyTooLargeError) return errorResponse(definition.errors, 413, error.message);
      if (error instanceof AppError) return errorResponse(definition.errors, HTTP_STATUS[error.code], error.message, error.fieldErrors, retryAfterOf(error));
      if (isNextControlFlow(error)) throw error;
      if (isDatabaseUnreachable(error)) {
        console.error(`[route ${definition.name}] database unreachable:`, (error as Error)?.message);
        return errorResponse(definition.errors, 503, DATABASE_UNAVAILABLE_MESSAGE, undefined, DATABASE_UNAVAILABLE_RETRY_AFTER_SECONDS);
      }
      const errorId = logUnexpectedError(`route ${definition.name}`, error);
      return errorResponse(definition.errors, 500, `Something went wrong on our side (reference ${errorId}).`);
    }
  };
}

function errorResponse(format: "json" | "text", status: number, message: string, fieldErrors?: Record<string, string[]>, retryAfter?: number | null): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (retryAfter) headers["Retry-After"] = String(retryAfter);
  if (format === "json") return NextResponse.json({ error: message, fieldErrors }, { status, headers });
  return new Response(message, { status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

/** The request's JSON body, read no further than the route's size limit; INVALID_INPUT with `shape` when it is not JSON. */
export async function readJsonBody(request: Request, shape: string): Promise<unknown> {
  const text = await readBoundedText(request, bodyLimitFor(new URL(request.url).pathname));
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", shape);
  }
}
