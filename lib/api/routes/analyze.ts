import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { LAYER_KEYS, PRIORITIES } from "@/lib/domain/enums";
import { rateLimited } from "@/lib/errors";
import { createRateLimiter } from "@/lib/rate-limit";
import { analyzeText as analyze } from "@/lib/services/analyze-text";
import { ZAnalyzeText } from "@/lib/validation/deal-clause";

export const ANALYZE_CALLS_PER_MINUTE = 60;

// Per person, on top of the API's per-token limit: the matcher is cheap, but not free, and a script
// should not be able to pin a core. Counted in PostgreSQL, so the limit holds across server processes.
const limiter = createRateLimiter({ name: "analyze", limit: ANALYZE_CALLS_PER_MINUTE, windowMs: 60_000 });

const ZFlag = z.object({
  key: z.string(),
  kind: z.string(),
  pitchKey: z.string().nullable(),
  title: z.string(),
  severity: z.string(),
  danger: z.string(),
  counter: z.string(),
});

export const ZTextAnalysis = z
  .object({
    findings: z.array(ZFlag.extend({ layer: z.enum(LAYER_KEYS), match: z.object({ text: z.string(), start: z.number(), end: z.number() }) })).meta({
      description: "The vendor pitches and risky phrases recognised in the whole text, with offsets into it.",
    }),
    count: z.number().int(),
    passages: z.array(
      z.object({
        number: z.string(),
        heading: z.string(),
        kind: z.enum(["paragraph", "heading", "list-item", "table-cell"]),
        text: z.string(),
        flags: z.array(ZFlag.extend({ start: z.number(), end: z.number() })),
        clauses: z.array(z.object({ key: z.string(), title: z.string(), priority: z.enum(PRIORITIES), terms: z.array(z.string()) })),
      }),
    ),
    silentClauses: z.array(z.object({ key: z.string(), title: z.string(), priority: z.enum(PRIORITIES) })).meta({
      description: "The playbook clauses the text says nothing about, must-haves first.",
    }),
  })
  .meta({ id: "TextAnalysis", description: "Vendor text read against the organisation's current playbook. Nothing is saved." });

export const analyzeTextRoute = defineApiRoute(
  {
    operationId: "analyzeText",
    method: "POST",
    path: "/analyze",
    tag: "Analysis",
    summary: "Analyse vendor text",
    description: `Reads pasted vendor wording (one passage a line, at most 20,000 characters) with the draft workbench's engine against the organisation's current playbook: recognised pitches and risky phrases, the clauses each passage addresses, and the clauses it is silent on. Nothing is saved. At most ${ANALYZE_CALLS_PER_MINUTE} calls a minute per person (on top of the per-token limit), then 429 with Retry-After.`,
    permission: "text:analyze",
    body: ZAnalyzeText.meta({ id: "AnalyzeText", description: 'The text to analyse: {"text": "…"}.' }),
    response: { status: 200, description: "The analysis.", schema: ZTextAnalysis },
  },
  async ({ actor, body }) => {
    const allowed = await limiter.take(actor.userId);
    if (!allowed.ok) {
      throw rateLimited(
        `Too many analysis requests: at most ${ANALYZE_CALLS_PER_MINUTE} a minute. Try again in ${allowed.retryAfterSeconds} s.`,
        allowed.retryAfterSeconds,
      );
    }
    // Text outside any deal reads against the organisation's current playbook.
    return { body: await analyze(actor, body.text) };
  },
);
