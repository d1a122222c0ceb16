import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { getActor, type Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { clientAddress } from "@/lib/auth/sign-in-limits";
import { isDatabaseUnreachable } from "@/lib/db-unreachable";
import {
  AppError,
  DATABASE_UNAVAILABLE_MESSAGE,
  DATABASE_UNAVAILABLE_RETRY_AFTER_SECONDS,
  isNextControlFlow,
  logUnexpectedError,
  retryAfterOf,
  type AppErrorCode,
} from "@/lib/errors";
import { BodyTooLargeError, bodyLimitFor, checkBodySize, readBoundedText } from "@/lib/http/body-limits";
import { checkOrigin, ORIGIN_REFUSAL_MESSAGE } from "@/lib/http/same-origin";
import { authenticateToken, type ApiCaller } from "./authenticate-token";
import { runIdempotently } from "./idempotency";
import { ApiProblem, bodyFieldErrors, parameterFieldErrors, problem, problemResponse, type ProblemKind } from "./problem";

export { ApiProblem };
import { takeApiCall } from "./rate-limits";
import { recordTokenUse } from "./token-use";

// The one wrapper every /api/v1 endpoint goes through, and the registry the OpenAPI document is
// generated from (lib/api/openapi.ts): the zod schemas that validate a request are the ones documented.
//
// A call is authenticated by `Authorization: Bearer dpk_…` (an API token, acting as its owner with the
// owner's current role) or, for the app's own pages, by the session cookie (then a write must come
// from this app's Origin). Then: the token's scope (GET needs READ, anything else WRITE) → rate limit
// per token (per person for a session), shared across server processes → role permission → path,
// query and body parsed with zod → Idempotency-Key (creates) → handler. Every refusal is an RFC 9457
// problem document; every call made with a token is recorded (time, address, method, path, status).

export type ApiMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** A raw (non-JSON) body: the handler reads it itself from `request`. */
export interface RawBody {
  raw: { contentTypes: string[]; description: string };
}

export interface ApiResponseSpec {
  status: number;
  description: string;
  /** The JSON body's schema (documented, not checked at run time). */
  schema?: z.ZodType;
}

export interface ApiRouteSpec<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  /** Unique; the operationId in the OpenAPI document and the name in error logs. */
  operationId: string;
  method: ApiMethod;
  /** The OpenAPI path template under /api/v1, e.g. "/deals/{dealId}". */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Role permission checked before the handler (services re-check); null: any member (their own identity). */
  permission: Permission | null;
  params?: P;
  query?: Q;
  body?: B | RawBody;
  response: ApiResponseSpec;
  /** Takes an Idempotency-Key header (creates). */
  idempotent?: boolean;
  /** Needs If-Match with the record's version (`"3"`); 428 without it, 412 on a stale one. */
  ifMatch?: boolean;
  /** Other problem statuses worth documenting for this operation. */
  problems?: number[];
  /** Answered without authentication (the OpenAPI document itself). */
  public?: boolean;
}

export interface ApiContext<P, Q, B> {
  actor: Actor;
  /** The token the call was made with; null for a browser session. */
  token: ApiCaller | null;
  params: P;
  query: Q;
  body: B;
  request: Request;
  /** The version If-Match names (routes with `ifMatch`). */
  ifMatchVersion: number;
}

export interface ApiResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface ApiRoute {
  spec: ApiRouteSpec;
  handle(request: Request, context?: { params: Promise<Record<string, string>> }): Promise<Response>;
}

/** Every endpoint defined in this process (lib/api/routes/index.ts imports them all). */
export const API_ROUTES: ApiRoute[] = [];

const PROBLEM_OF: Record<AppErrorCode, ProblemKind> = {
  UNAUTHENTICATED: "unauthenticated",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "not-found",
  CONFLICT: "conflict",
  INVALID_INPUT: "validation",
  RATE_LIMITED: "rate-limited",
  UNAVAILABLE: "unavailable",
};

export function defineApiRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  spec: ApiRouteSpec<P, Q, B>,
  handler: (context: ApiContext<Out<P>, Out<Q>, B extends z.ZodType ? z.output<B> : undefined>) => Promise<ApiResult | Response>,
): ApiRoute {
  if (API_ROUTES.some((r) => r.spec.operationId === spec.operationId || (r.spec.path === spec.path && r.spec.method === spec.method))) {
    throw new Error(`Duplicate API route ${spec.method} ${spec.path} (${spec.operationId})`);
  }
  const route: ApiRoute = {
    spec: spec as unknown as ApiRouteSpec,
    async handle(request, context) {
      let token: ApiCaller | null = null;
      let response: Response;
      try {
        const auth = spec.public ? null : await authenticate(request);
        token = auth?.token ?? null;
        response = await run(auth, token);
      } catch (error) {
        response = errorResponse(spec.operationId, error);
      }
      if (token) await recordTokenUse(token.tokenId, request, response.status).catch((error) => logUnexpectedError(`api ${spec.operationId} token use`, error));
      return response;

      async function run(auth: { actor: Actor; token: ApiCaller | null } | null, token: ApiCaller | null): Promise<Response> {
        const tooLarge = checkBodySize(request.method, request.headers, new URL(request.url).pathname);
        if (tooLarge) return problemResponse(problem("payload-too-large", tooLarge.message));
        if (auth) {
          const allowed = await takeApiCall(token ? `token:${token.tokenId}` : `user:${auth.actor.userId}`);
          if (!allowed.ok) {
            return problemResponse(problem("rate-limited", `Too many requests. Try again in ${allowed.retryAfterSeconds} s.`), {
              "Retry-After": String(allowed.retryAfterSeconds),
            });
          }
          if (spec.permission !== null && !can(auth.actor.role, spec.permission)) {
            return problemResponse(problem("forbidden", `Your role (${auth.actor.role.toLowerCase()}) does not allow this.`));
          }
        }
        const rawParams = ((await context?.params) ?? {}) as Record<string, string>;
        const params = parseParameters(spec.params, rawParams, "not-found");
        const query = parseParameters(spec.query, Object.fromEntries(new URL(request.url).searchParams), "validation");
        const ifMatchVersion = spec.ifMatch ? readIfMatch(request) : 0;
        const bodyText = spec.body && !("raw" in spec.body) ? await readBoundedText(request, bodyLimitFor(new URL(request.url).pathname)) : "";
        const body = spec.body && !("raw" in spec.body) ? parseBody(spec.body, bodyText) : undefined;
        const invoke = async () => {
          const result = await handler({
            // A public route's handler has no caller (and must not read one).
            actor: auth?.actor as Actor,
            token,
            params: params as Out<P>,
            query: query as Out<Q>,
            body: body as never,
            request,
            ifMatchVersion,
          });
          return result instanceof Response ? result : jsonResponse(result, spec.response.status);
        };
        if (!auth) return await invoke();
        const key = request.headers.get("idempotency-key");
        if (spec.idempotent && key !== null) {
          return await runIdempotently(
            { actor: auth.actor, callerKey: token ? `token:${token.tokenId}` : `user:${auth.actor.userId}`, key, request, bodyText },
            invoke,
          );
        }
        return await invoke();
      }
    },
  };
  API_ROUTES.push(route);
  return route;

  async function authenticate(request: Request): Promise<{ actor: Actor; token: ApiCaller | null }> {
    const authorization = request.headers.get("authorization");
    if (authorization !== null) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match)
        throw new ApiProblem(problem("invalid-token", "The Authorization header must be `Bearer <token>`."), {
          "WWW-Authenticate": 'Bearer error="invalid_request"',
        });
      const verdict = await authenticateToken(match[1]);
      if (!verdict.ok) throw new ApiProblem(problem("invalid-token", TOKEN_REFUSALS[verdict.reason]), { "WWW-Authenticate": 'Bearer error="invalid_token"' });
      const needed = spec.method === "GET" ? "READ" : "WRITE";
      if (!verdict.token.scopes.includes(needed)) {
        throw new ApiProblem(problem("insufficient-scope", `This call needs a token with the ${needed.toLowerCase()} scope.`), {
          "WWW-Authenticate": `Bearer error="insufficient_scope", scope="${needed.toLowerCase()}"`,
        });
      }
      return { actor: verdict.actor, token: verdict.token };
    }
    // The session is read before the Origin is checked (reading changes nothing): a caller with neither a
    // token nor a session is told to authenticate, whatever its Origin.
    const actor = await getActor();
    if (!actor)
      throw new ApiProblem(problem("unauthenticated", "Send an API token as `Authorization: Bearer <token>`."), {
        "WWW-Authenticate": 'Bearer realm="dealplaybook"',
      });
    if (spec.method !== "GET" && checkOrigin(request.headers) !== "same-origin") throw new ApiProblem(problem("cross-origin", ORIGIN_REFUSAL_MESSAGE));
    return { actor, token: null };
  }
}

const TOKEN_REFUSALS: Record<"malformed" | "unknown" | "revoked" | "expired" | "owner-inactive", string> = {
  malformed: "This is not a Dealplaybook API token.",
  unknown: "This token is not known.",
  revoked: "This token was revoked.",
  expired: "This token has expired.",
  "owner-inactive": "The token's owner is no longer an active member of its organisation.",
};

function jsonResponse(result: ApiResult, status: number): Response {
  if (result.status === 204) return new Response(null, { status: 204, headers: { "Cache-Control": "no-store", ...result.headers } });
  return NextResponse.json(result.body ?? null, { status: result.status ?? status, headers: { "Cache-Control": "no-store", ...result.headers } });
}

function parseParameters(schema: z.ZodType | undefined, raw: Record<string, string>, onError: "not-found" | "validation"): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  if (onError === "not-found") throw new ApiProblem(problem("not-found", "No such record."));
  throw new ApiProblem(problem("validation", "Some query parameters are not valid.", { errors: parameterFieldErrors(fieldErrorsOf(parsed.error)) }));
}

function parseBody(schema: z.ZodType, text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ApiProblem(problem("validation", "The body must be a JSON document.", { errors: [{ detail: "Not JSON.", pointer: "#" }] }));
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new ApiProblem(problem("validation", "Some fields are not valid. Nothing was changed.", { errors: bodyFieldErrors(bodyIssueFields(parsed.error)) }));
}

/**
 * Field errors of a body; a field the schema does not know is named by its own pointer, not the object's.
 * Built in a Map: the names come from the caller ("constructor", "__proto__" are field names here too).
 */
function bodyIssueFields(error: z.ZodError): Record<string, string[]> {
  const fields = new Map(Object.entries(fieldErrorsOf(error)));
  for (const issue of error.issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const parent = issue.path.length ? issue.path.join(".") : "_form";
    const messages = (fields.get(parent) ?? []).filter((m) => m !== issue.message);
    if (messages.length) fields.set(parent, messages);
    else fields.delete(parent);
    for (const key of issue.keys) {
      const name = [...issue.path, key].join(".");
      fields.set(name, [...(fields.get(name) ?? []), `Unknown field "${key}".`]);
    }
  }
  return Object.fromEntries(fields);
}

/** If-Match: "3" (or W/"3", or 3): the version the caller last read. */
function readIfMatch(request: Request): number {
  const header = request.headers.get("if-match");
  if (header === null) throw new ApiProblem(problem("precondition-required", 'Send If-Match with the version you last read, e.g. If-Match: "3".'));
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match)
    throw new ApiProblem(problem("validation", 'If-Match must be a version, e.g. "3".', { errors: [{ detail: "Not a version.", parameter: "If-Match" }] }));
  return Number(match[1]);
}

function errorResponse(operationId: string, error: unknown): Response {
  if (error instanceof ApiProblem) return problemResponse(error.body, error.headers);
  if (error instanceof BodyTooLargeError) return problemResponse(problem("payload-too-large", error.message));
  if (error instanceof AppError) {
    const retryAfter = retryAfterOf(error);
    const errors = error.fieldErrors ? bodyFieldErrors(error.fieldErrors) : undefined;
    return problemResponse(problem(PROBLEM_OF[error.code], error.message, errors ? { errors } : {}), retryAfter ? { "Retry-After": String(retryAfter) } : {});
  }
  if (isNextControlFlow(error)) throw error;
  if (isDatabaseUnreachable(error)) {
    console.error(`[api ${operationId}] database unreachable:`, (error as Error)?.message);
    return problemResponse(problem("unavailable", DATABASE_UNAVAILABLE_MESSAGE), { "Retry-After": String(DATABASE_UNAVAILABLE_RETRY_AFTER_SECONDS) });
  }
  const errorId = logUnexpectedError(`api ${operationId}`, error);
  return problemResponse(problem("internal", `Something went wrong on our side (reference ${errorId}).`));
}

/** The client's address as the audit of token uses records it. */
export function requestAddress(request: Request): string {
  return clientAddress(request.headers);
}
