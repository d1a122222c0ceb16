import { PROBLEM_KINDS, problemType, type ProblemKind } from "@/lib/api/problem";
import { InlineCode } from "./inline-code";

// What each problem means and what the caller can do about it. Keyed by every kind, so a new kind
// does not compile until it is explained here; each is the target of its problem's `type` link.
const HELP: Record<ProblemKind, string> = {
  unauthenticated: "No credentials were sent. Send `Authorization: Bearer <token>`.",
  "invalid-token": "The token is malformed, unknown, revoked or expired, or its owner is no longer an active member. Make a new token.",
  "insufficient-scope": "The token lacks the scope the call needs: GET needs read, every other method write. Make a token with that scope.",
  forbidden: "The token's owner's role does not allow this operation. Each operation lists the roles that may call it.",
  "cross-origin": "A browser session's write came from another site. Integrations use a token instead.",
  "not-found": "No such record in the token's organisation (another organisation's records are not found either), or no such path.",
  "method-not-allowed": "The path exists but not with this method. The reference lists each path's methods.",
  conflict: "The change conflicts with the record's state (for example a duplicate, or a transition that is not allowed). `detail` says which.",
  "idempotency-in-progress": "The first request with this `Idempotency-Key` has not finished. Retry after `Retry-After` seconds.",
  "precondition-failed": "Someone changed the record since you read it. The problem has `currentVersion`: read the record again, then retry with that version.",
  "payload-too-large": "The request body is larger than this endpoint accepts.",
  "length-required": "A body was sent without a `Content-Length`. Send the body with its length (not chunked).",
  "unsupported-media-type": "The body's `Content-Type` is not one this endpoint reads.",
  "idempotency-key-reused": "This `Idempotency-Key` was used with a different request. Use a new key for a new request.",
  "precondition-required": 'The update needs `If-Match` with the version you last read, e.g. `If-Match: "3"`.',
  validation: "`errors` lists each invalid field (a JSON `pointer` into the body, or a `parameter`) with what is wrong. Nothing was changed.",
  "rate-limited": "Too many calls with this token in the last minute. Wait `Retry-After` seconds.",
  unavailable: "The service is briefly unavailable (for example its database). Retry after `Retry-After` seconds.",
  internal: "Something went wrong on our side; `detail` has a reference to quote to support.",
};

/** Every kind of problem, each under its anchor `#problem-<kind>` (the problem's `type`). */
export function ProblemKinds() {
  const kinds = (Object.keys(PROBLEM_KINDS) as ProblemKind[]).sort((a, b) => PROBLEM_KINDS[a].status - PROBLEM_KINDS[b].status || a.localeCompare(b));
  return (
    <dl className="divide-y divide-slate-100">
      {kinds.map((kind) => (
        <div key={kind} id={`problem-${kind}`} className="scroll-mt-6 py-3 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4">
          <dt className="text-sm">
            <span className="font-mono text-xs text-slate-600">{PROBLEM_KINDS[kind].status}</span>{" "}
            <a href={problemType(kind)} className="font-mono text-sm font-medium break-all text-brand-700 hover:underline">
              {kind}
            </a>
          </dt>
          <dd className="mt-1 text-sm text-slate-700 sm:mt-0">
            <span className="font-medium text-slate-900">{PROBLEM_KINDS[kind].title}.</span> <InlineCode text={HELP[kind]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
