import { NextResponse } from "next/server";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { AppError, rateLimited } from "@/lib/errors";
import { defineRoute, readJsonBody } from "@/lib/http/route-handler";
import { createRateLimiter } from "@/lib/rate-limit";
import { analyzeText } from "@/lib/services/analyze-text";
import { ZAnalyzeText } from "@/lib/validation/deal-clause";

const ANALYZE_CALLS_PER_MINUTE = 60;
const BODY_SHAPE = 'The body must be JSON like {"text": "…"}.';

// Per user: the matcher is cheap, but not free, and a script should not be able to pin a core.
// Counted in PostgreSQL, so the limit holds across server processes (lib/rate-limit.ts).
const limiter = createRateLimiter({ name: "analyze", limit: ANALYZE_CALLS_PER_MINUTE, windowMs: 60_000 });

/**
 * POST /api/v1/analyze  { "text": "…" } → `findings` and `count`: the vendor pitches and risky
 * phrases recognised in the text, from the same function the vendor-response form uses; `passages`:
 * the text split into numbered passages (one a line), each with its flags (offsets into the passage's
 * text) and the playbook clauses it addresses with the reason; `silentClauses`: the clauses it says
 * nothing about, must-haves first. The same engine as a deal's vendor draft (lib/drafts). Signed-in sessions only, at most
 * ANALYZE_CALLS_PER_MINUTE calls a minute per user (then 429 with Retry-After).
 */
export const POST = defineRoute({
  name: "api/v1/analyze",
  permission: "text:analyze",
  errors: "json",
  signInMessage: "Sign in to use the analysis API.",
  handler: async ({ actor, request }) => {
    const allowed = await limiter.take(actor.userId);
    if (!allowed.ok) {
      throw rateLimited(
        `Too many analysis requests: at most ${ANALYZE_CALLS_PER_MINUTE} a minute. Try again in ${allowed.retryAfterSeconds} s.`,
        allowed.retryAfterSeconds,
      );
    }

    const body = await readJsonBody(request, BODY_SHAPE);
    const parsed = ZAnalyzeText.safeParse(body);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      throw new AppError("INVALID_INPUT", fieldErrors.text?.[0] ?? fieldErrors._form?.[0] ?? BODY_SHAPE, fieldErrors);
    }
    // Text outside any deal reads against the organisation's current playbook.
    return NextResponse.json(await analyzeText(actor, parsed.data.text));
  },
});
