import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { detectRedFlags } from "@/lib/domain/red-flags";
import { fieldErrorsOf } from "@/lib/actions/define-action";
import { ZAnalyzeText } from "@/lib/validation/deal-clause";

/**
 * POST /api/v1/analyze  { "text": "…" } → the vendor pitches and risky phrases recognised in the
 * text, from the same function the vendor-response form uses. Signed-in sessions only.
 */
export async function POST(request: Request) {
  const actor = await getActor();
  if (!actor) return NextResponse.json({ error: "Sign in to use the analysis API." }, { status: 401 });
  if (!can(actor.role, "text:analyze")) return NextResponse.json({ error: "Your role does not allow this." }, { status: 403 });

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
  const findings = detectRedFlags(parsed.data.text).map((f) => ({
    key: f.key,
    kind: f.kind,
    pitchKey: f.pitchKey,
    title: f.title,
    severity: f.severity,
    layer: f.layer,
    match: f.match,
    danger: f.danger,
    counter: f.counter,
  }));
  return NextResponse.json({ findings, count: findings.length });
}
