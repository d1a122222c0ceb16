import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { detectRedFlags } from "@/lib/domain/red-flags";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { createRateLimiter } from "@/lib/rate-limit";
import { ZAnalyzeText } from "@/lib/validation/deal-clause";

const ANALYZE_CALLS_PER_MINUTE = 60;

// Per user: the matcher is cheap, but not free, and a script should not be able to pin a core.
const limiter = createRateLimiter({ limit: ANALYZE_CALLS_PER_MINUTE, windowMs: 60_000 });

/**
 * POST /api/v1/analyze  { "text": "…" } → the vendor pitches and risky phrases recognised in the
 * text, from the same function the vendor-response form uses. Signed-in sessions only, at most
 * ANALYZE_CALLS_PER_MINUTE calls a minute per user (then 429 with Retry-After).
 */
export async function POST(request: Request) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Sign in to use the analysis API." }, { status: 401 });
  if (!can(actor.role, "text:analyze")) return NextResponse.json({ error: "Your role does not allow this." }, { status: 403 });
  const allowed = limiter.take(actor.userId);
  if (!allowed.ok) {
    return NextResponse.json(
      { error: `Too many analysis requests: at most ${ANALYZE_CALLS_PER_MINUTE} a minute. Try again in ${allowed.retryAfterSeconds} s.` },
      { status: 429, headers: { "Retry-After": String(allowed.retryAfterSeconds) } },
    );
  }

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: 'The body must be JSON like {"text": "…"}.' }, { status: 400 });
  }
  const parsed = ZAnalyzeText.safeParse(body);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const message = fieldErrors.text?.[0] ?? fieldErrors._form?.[0] ?? 'The body must be JSON like {"text": "…"}.';
    return NextResponse.json({ error: message, fieldErrors }, { status: 400 });
  }
  const findings = detectRedFlags(parsed.data.text);
  return NextResponse.json({ findings, count: findings.length });
}
