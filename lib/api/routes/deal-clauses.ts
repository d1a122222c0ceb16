import { defineApiRoute } from "@/lib/api/define-api-route";
import { ApiProblem, problem } from "@/lib/api/problem";
import {
  ZApiDealClause,
  ZApiDealClauseList,
  ZApiLogVendorResponse,
  ZApiReadiness,
  ZApiUpdateDealClause,
  ZApiVendorResponse,
  ZDealClausePath,
  ZDealPath,
  ZListDealClausesQuery,
} from "@/lib/api/schemas/deal-clause";
import { readinessBand } from "@/lib/domain/readiness-band";
import { AppError } from "@/lib/errors";
import { getDealClauseRecord, listDealClauseRecords, type DealClauseRecord } from "@/lib/services/deal-clause-records";
import { logVendorResponse, updateDealClause } from "@/lib/services/deal-clauses";
import { getDealReadiness } from "@/lib/services/readiness";

export const listDealClauses = defineApiRoute(
  {
    operationId: "listDealClauses",
    method: "GET",
    path: "/deals/{dealId}/clauses",
    tag: "Clauses",
    summary: "A deal's clauses",
    description: "Every clause of the deal's checklist in playbook order (retired ones flagged), optionally filtered by status and section.",
    permission: "deal:read",
    params: ZDealPath,
    query: ZListDealClausesQuery,
    response: { status: 200, description: "The clauses.", schema: ZApiDealClauseList },
  },
  async ({ actor, params, query }) => ({ body: { data: await listDealClauseRecords(actor, params.dealId, query) } }),
);

export const getDealReadinessRoute = defineApiRoute(
  {
    operationId: "getDealReadiness",
    method: "GET",
    path: "/deals/{dealId}/readiness",
    tag: "Clauses",
    summary: "A deal's readiness",
    description: "Score, band, blockers and failure-scenario coverage, computed by the same function as the deal page and the CIO review.",
    permission: "deal:read",
    params: ZDealPath,
    response: { status: 200, description: "The readiness.", schema: ZApiReadiness },
  },
  async ({ actor, params }) => {
    const readiness = await getDealReadiness(actor, params.dealId);
    return {
      body: {
        dealId: params.dealId,
        score: readiness.score,
        ready: readiness.ready,
        band: readinessBand(readiness.score, readiness.ready),
        blockers: readiness.blockers.map((b) => ({
          kind: b.kind,
          clause: b.clauseKey ? { key: b.clauseKey, dealClauseId: readiness.clauseLinks[b.clauseKey]?.dealClauseId ?? null } : null,
          scenarioKey: b.scenarioKey ?? null,
          findingKey: b.findingKey ?? null,
          message: b.message,
        })),
        coverage: readiness.scenarios,
        sections: readiness.sections.map((s) => ({ key: s.layerKey, score: s.score, applicable: s.applicable })),
      },
    };
  },
);

export const updateDealClauseRoute = defineApiRoute(
  {
    operationId: "updateDealClause",
    method: "PATCH",
    path: "/deals/{dealId}/clauses/{dealClauseId}",
    tag: "Clauses",
    summary: "Change a clause's status and evidence",
    description:
      "The new status, with agreed language, contract section, notes and not-applicable reason replacing the clause's when sent (kept when absent). Send the version you read as If-Match (`\"3\"`): a stale one is refused with 412, `currentVersion` and `current` (the clause as it is now). The deal's readiness is recomputed in the same transaction.",
    permission: "clause:update",
    params: ZDealClausePath,
    body: ZApiUpdateDealClause,
    ifMatch: true,
    problems: [409],
    response: { status: 200, description: "The clause as saved; its new version is also the ETag.", schema: ZApiDealClause },
  },
  async ({ actor, params, body, ifMatchVersion }) => {
    const current = await getDealClauseRecord(actor, params.dealId, params.dealClauseId);
    try {
      await updateDealClause(actor, {
        dealClauseId: current.dealClauseId,
        version: ifMatchVersion,
        status: body.status,
        notApplicableReason: body.notApplicableReason ?? current.applicability.notApplicableReason ?? "",
        agreedLanguage: body.agreedLanguage ?? current.agreedLanguage,
        contractReference: body.contractReference ?? current.contractReference,
        notes: body.notes ?? current.notes,
      });
    } catch (error) {
      throw await staleAsPreconditionFailed(error, actor, params);
    }
    const after = await getDealClauseRecord(actor, params.dealId, params.dealClauseId);
    return { body: after, headers: { ETag: `"${after.version}"` } };
  },
);

export const logVendorResponseRoute = defineApiRoute(
  {
    operationId: "logVendorResponse",
    method: "POST",
    path: "/deals/{dealId}/clauses/{dealClauseId}/responses",
    tag: "Clauses",
    summary: "Log a vendor response",
    description:
      "Adds what the vendor said to the clause's response log; vendor pitches and risky phrases are recognised in its words. With `newStatus` the clause moves in the same transaction; then `clauseVersion` (in the body; If-Match is not used here) is required, and whenever it is sent it must be the clause's current version (412 with `currentVersion` and `current` otherwise). Send an Idempotency-Key to retry safely. Location names the clause's page in the app, where the log is shown.",
    permission: "response:log",
    params: ZDealClausePath,
    body: ZApiLogVendorResponse,
    idempotent: true,
    problems: [409, 412],
    response: { status: 201, description: "The response as logged, with the clause's status and version after it.", schema: ZApiVendorResponse },
  },
  async ({ actor, params, body }) => {
    const clause = await getDealClauseRecord(actor, params.dealId, params.dealClauseId);
    const { clauseVersion, ...input } = body;
    // A version sent is a precondition, as If-Match is elsewhere: checked even when the status stays.
    if (clauseVersion !== undefined && clauseVersion !== clause.version) throw staleClauseProblem(clause);
    let logged: Awaited<ReturnType<typeof logVendorResponse>>;
    try {
      // Without a new status the version is not compared (the service checks it only on a status change).
      logged = await logVendorResponse(actor, { ...input, dealClauseId: clause.dealClauseId, version: clauseVersion ?? clause.version });
    } catch (error) {
      throw await staleAsPreconditionFailed(error, actor, params);
    }
    return {
      status: 201,
      body: {
        id: logged.id,
        dealId: clause.dealId,
        dealClauseId: clause.dealClauseId,
        occurredOn: input.occurredOn.toISOString().slice(0, 10),
        channel: input.channel,
        vendorText: input.vendorText,
        stance: input.stance,
        offerPosition: input.offerPosition,
        counterNextStep: input.counterNextStep,
        redFlags: logged.redFlags,
        clause: { status: logged.status, version: logged.version },
      },
      headers: { Location: `/deals/${encodeURIComponent(clause.dealId)}/clauses/${encodeURIComponent(clause.dealClauseId)}` },
    };
  },
);

/** The services' stale-version refusal (CONFLICT with the current clause) → 412 with the clause as it is now. */
async function staleAsPreconditionFailed(
  error: unknown,
  actor: Parameters<typeof getDealClauseRecord>[0],
  params: { dealId: string; dealClauseId: string },
): Promise<unknown> {
  const stale =
    error instanceof AppError && error.code === "CONFLICT" && typeof error.details === "object" && error.details !== null && "current" in error.details;
  if (!stale) return error;
  return staleClauseProblem(await getDealClauseRecord(actor, params.dealId, params.dealClauseId), error.message);
}

function staleClauseProblem(
  current: DealClauseRecord,
  detail = "The clause changed after you read it. Nothing was saved; read it again and retry.",
): ApiProblem {
  return new ApiProblem(problem("precondition-failed", detail, { currentVersion: current.version, current }), { ETag: `"${current.version}"` });
}
