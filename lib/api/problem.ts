import { NextResponse } from "next/server";

// Every refusal of /api/v1 is an RFC 9457 problem document (`application/problem+json`): `type` names
// the kind of problem (a link to its entry in the API reference), `title` says it in a few words,
// `detail` says what happened to this request; `errors` lists each invalid field with a JSON pointer
// (body) or a parameter name (path, query, header).

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** The kinds of problem the API answers with, each documented on the reference page at /docs/api#problem-<kind>. */
export const PROBLEM_KINDS = {
  unauthenticated: { status: 401, title: "Authentication required" },
  "invalid-token": { status: 401, title: "The token is not valid" },
  "insufficient-scope": { status: 403, title: "The token's scopes do not allow this" },
  forbidden: { status: 403, title: "Not allowed" },
  "cross-origin": { status: 403, title: "Cross-origin request refused" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict" },
  "length-required": { status: 411, title: "Content-Length required" },
  "idempotency-in-progress": { status: 409, title: "The first request with this Idempotency-Key is still running" },
  "precondition-failed": { status: 412, title: "The version in If-Match is not the current one" },
  "payload-too-large": { status: 413, title: "Request body too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "idempotency-key-reused": { status: 422, title: "Idempotency-Key reused with a different request" },
  "precondition-required": { status: 428, title: "If-Match is required" },
  validation: { status: 400, title: "The request is not valid" },
  "rate-limited": { status: 429, title: "Too many requests" },
  unavailable: { status: 503, title: "Service unavailable" },
  internal: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

/** One invalid input: `pointer` into the JSON body (RFC 6901, "#/name"), or `parameter` (path, query or header). */
export interface ProblemFieldError {
  detail: string;
  pointer?: string;
  parameter?: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: ProblemFieldError[];
  /** Extension members, e.g. `currentVersion` on a 412. */
  [extension: string]: unknown;
}

export function problemType(kind: ProblemKind): string {
  return `/docs/api#problem-${kind}`;
}

export function problem(kind: ProblemKind, detail: string, extras: Partial<Problem> = {}): Problem {
  const { status, title } = PROBLEM_KINDS[kind];
  return { type: problemType(kind), title, status, detail, ...extras };
}

export function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  return NextResponse.json(body, { status: body.status, headers: { "Cache-Control": "no-store", "Content-Type": PROBLEM_CONTENT_TYPE, ...headers } });
}

/** Field errors as the app's forms have them ({"name": ["…"]}) → problem `errors` in the body (`#/name`). */
export function bodyFieldErrors(fieldErrors: Record<string, string[]>): ProblemFieldError[] {
  return Object.entries(fieldErrors).flatMap(([field, messages]) =>
    messages.map((detail) => ({ detail, pointer: field === "_form" ? "#" : `#/${field.split(".").map(escapePointer).join("/")}` })),
  );
}

/** The same for path, query or header parameters. */
export function parameterFieldErrors(fieldErrors: Record<string, string[]>): ProblemFieldError[] {
  return Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((detail) => ({ detail, parameter: field })));
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Thrown by a handler to answer with a problem (412 with the current version, 428, …). */
export class ApiProblem extends Error {
  constructor(
    readonly body: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.detail);
  }
}
