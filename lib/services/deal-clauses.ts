import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { parseRuleEffects, type RuleEffectRecord } from "@/lib/domain/applicability";
import { assertTransition, isSettled } from "@/lib/domain/clause-status";
import type { ClauseStatus, LayerKey, OfferPosition, Priority, ResponseChannel, VendorStance } from "@/lib/domain/enums";
import { LAYER_KEYS } from "@/lib/domain/enums";
import { sectionProgress, type SectionProgress } from "@/lib/domain/progress";
import { detectRedFlags, pitchKeysOf, type PlaybookPitchText } from "@/lib/domain/red-flags";
import { AppError, notFound, rateLimited } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createRateLimiter } from "@/lib/rate-limit";
import type { TLogVendorResponse, TUpdateDealClause } from "@/lib/validation/deal-clause";
import { requireDeal, requireDealClause, requirePermission } from "./access";
import { pitchTextsOf } from "./playbook-pitches";
import { afterDealChange, beginDealChange, type DealAudit } from "./deal-changes";
import { retiredClause } from "./deal-upgrade";

export interface VendorResponseDto {
  id: string;
  occurredOn: string;
  channel: ResponseChannel;
  vendorText: string;
  stance: VendorStance;
  offerPosition: OfferPosition;
  redFlagKeys: string[];
  counterNextStep: string;
  author: { id: string; name: string };
  createdAt: string;
}

export interface DealClauseDto {
  id: string;
  version: number;
  status: ClauseStatus;
  /** The priority that counts on this deal: the clause's, or higher when a rule raised it. */
  priority: Priority;
  /** The rules that fired on this deal, with their reasons (also when set aside). */
  ruleEffects: RuleEffectRecord[];
  /** Set when a negotiator set this clause's rules aside, with why. */
  ruleOverrideReason: string | null;
  /** Whether "not applicable" was set by a rule (the status it replaced comes back when the rule stops). */
  notApplicableByRule: boolean;
  /** A clause added to this deal only, not part of the playbook. */
  dealOnly: boolean;
  notApplicableReason: string | null;
  agreedLanguage: string;
  contractReference: string;
  notes: string;
  updatedAt: string;
  /** What a playbook upgrade changed on this clause, until someone looks at it again (null: nothing to re-check). */
  recheckReason: string | null;
  /** Set when a playbook upgrade retired the clause: read-only history. */
  retired: { at: string; inVersion: number } | null;
  responseCount: number;
  latestResponse: VendorResponseDto | null;
  /** Who works on the clause (null: nobody) and by when (YYYY-MM-DD, null: no date). */
  assignee: { id: string; name: string } | null;
  dueOn: string | null;
  clause: {
    key: string;
    title: string;
    whyItMatters: string;
    mustHave: string;
    fallback: string;
    walkAway: string;
    sampleLanguage: string | null;
    priority: Priority;
    attackedBy: { key: string; quote: string; counter: string }[];
  };
}

export interface LayerChecklistDto {
  deal: { id: string; name: string; vendor: string; archived: boolean };
  layer: { key: LayerKey; title: string; summary: string; position: number };
  layers: { key: LayerKey; title: string }[];
  progress: SectionProgress;
  /** The active checklist items of the section. */
  items: DealClauseDto[];
  /** Items a playbook upgrade retired: shown read-only, apart. */
  retired: DealClauseDto[];
}

const CLAUSE_INCLUDE = {
  clause: {
    include: {
      layer: { select: { key: true, title: true } },
      pitches: { include: { pitch: { select: { key: true, quote: true, counter: true, position: true } } } },
    },
  },
  _count: { select: { responses: true } },
  assignee: { select: { id: true, name: true } },
  responses: { orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }], take: 1, include: { author: { select: { name: true } } } },
};

function toResponseDto(r: {
  id: string;
  occurredOn: Date;
  channel: string;
  vendorText: string;
  stance: string;
  offerPosition: string;
  redFlagKeys: string[];
  counterNextStep: string;
  authorId: string;
  author: { name: string };
  createdAt: Date;
}): VendorResponseDto {
  return {
    id: r.id,
    occurredOn: r.occurredOn.toISOString().slice(0, 10),
    channel: r.channel as ResponseChannel,
    vendorText: r.vendorText,
    stance: r.stance as VendorStance,
    offerPosition: r.offerPosition as OfferPosition,
    redFlagKeys: r.redFlagKeys,
    counterNextStep: r.counterNextStep,
    author: { id: r.authorId, name: r.author.name },
    createdAt: r.createdAt.toISOString(),
  };
}

type ClauseRow = Awaited<ReturnType<typeof loadClauseRows>>[number];

/** With `allResponses`, every response of each clause (newest first) instead of the latest only. */
function loadClauseRows(where: { dealId: string; id?: string; layerKey?: string }, allResponses = false) {
  return getDb().dealClause.findMany({
    where: { dealId: where.dealId, id: where.id, clause: where.layerKey ? { layer: { key: where.layerKey } } : undefined },
    include: allResponses ? { ...CLAUSE_INCLUDE, responses: { ...CLAUSE_INCLUDE.responses, take: undefined } } : CLAUSE_INCLUDE,
    orderBy: { clause: { position: "asc" } },
  });
}

/** The organisation's playbook versions, oldest first: which one a retired item was retired in. */
function playbookVersionsOf(organizationId: string) {
  return getDb().playbook.findMany({ where: { organizationId }, select: { version: true, createdAt: true }, orderBy: { version: "asc" } });
}

// An upgrade always moves a deal to the version current at that moment: the newest one published by then.
function versionCurrentAt(versions: readonly { version: number; createdAt: Date }[], at: Date): number {
  let current = versions[0]?.version ?? 1;
  for (const v of versions) if (v.createdAt <= at) current = v.version;
  return current;
}

function toDealClauseDto(row: ClauseRow, versions: readonly { version: number; createdAt: Date }[] = []): DealClauseDto {
  const c = row.clause;
  return {
    id: row.id,
    version: row.version,
    status: row.status as ClauseStatus,
    priority: row.priority as Priority,
    ruleEffects: parseRuleEffects(row.ruleEffects),
    ruleOverrideReason: row.ruleOverrideReason,
    notApplicableByRule: row.status === "NOT_APPLICABLE" && row.statusBeforeRule !== null,
    dealOnly: c.dealId !== null,
    notApplicableReason: row.notApplicableReason,
    agreedLanguage: row.agreedLanguage,
    contractReference: row.contractReference,
    notes: row.notes,
    updatedAt: row.updatedAt.toISOString(),
    recheckReason: row.recheckReason,
    retired: row.retiredAt ? { at: row.retiredAt.toISOString(), inVersion: versionCurrentAt(versions, row.retiredAt) } : null,
    responseCount: row._count.responses,
    latestResponse: row.responses[0] ? toResponseDto(row.responses[0]) : null,
    assignee: row.assignee,
    dueOn: row.dueOn?.toISOString().slice(0, 10) ?? null,
    clause: {
      key: c.key,
      title: c.title,
      whyItMatters: c.whyItMatters,
      mustHave: c.mustHave,
      fallback: c.fallback,
      walkAway: c.walkAway,
      sampleLanguage: c.sampleLanguage,
      priority: c.priority as Priority,
      attackedBy: c.pitches
        .map((p) => p.pitch)
        .sort((a, b) => a.position - b.position)
        .map((p) => ({ key: p.key, quote: p.quote, counter: p.counter })),
    },
  };
}

export async function getLayerChecklist(actor: Actor, dealId: string, layerKey: string): Promise<LayerChecklistDto> {
  requirePermission(actor, "deal:read");
  if (!(LAYER_KEYS as readonly string[]).includes(layerKey)) throw notFound("That section");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  const [layers, rows, versions] = await Promise.all([
    db.layer.findMany({ where: { playbookId: deal.playbookId }, orderBy: { position: "asc" } }),
    loadClauseRows({ dealId: deal.id, layerKey }),
    playbookVersionsOf(actor.organizationId),
  ]);
  const layer = layers.find((l) => l.key === layerKey);
  if (!layer) throw notFound("That section");
  const all = rows.map((row) => toDealClauseDto(row, versions));
  const items = all.filter((i) => !i.retired);
  const progress = sectionProgress(items.map((i) => ({ layerKey: layerKey as LayerKey, status: i.status }))).find((p) => p.layerKey === layerKey)!;
  return {
    deal: { id: deal.id, name: deal.name, vendor: deal.vendor, archived: deal.archivedAt !== null },
    layer: { key: layer.key as LayerKey, title: layer.title, summary: layer.summary, position: layer.position },
    layers: layers.map((l) => ({ key: l.key as LayerKey, title: l.title })),
    progress,
    items,
    retired: all.filter((i) => i.retired),
  };
}

export async function getDealClause(actor: Actor, dealId: string, dealClauseId: string) {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  // The clause with its whole response log (and each author), alongside the playbook's pitches.
  const [[row], pitches, versions] = await Promise.all([
    loadClauseRows({ dealId: deal.id, id: dealClauseId }, true),
    pitchTextsOf(db, deal.playbookId),
    playbookVersionsOf(actor.organizationId),
  ]);
  if (!row) throw notFound("The clause");
  return {
    /** The deal's playbook version's pitches (wording and phrases), so a red flag reads as the organisation's playbook says. */
    playbookPitches: Object.fromEntries(pitches.map((p) => [p.key, p])) as Record<string, PlaybookPitchText>,
    deal: { id: deal.id, name: deal.name, vendor: deal.vendor, archived: deal.archivedAt !== null },
    layer: { key: row.clause.layer.key as LayerKey, title: row.clause.layer.title },
    item: toDealClauseDto(row, versions),
    responses: row.responses.map((r) => toResponseDto(r)),
  };
}

function clauseAuditView(c: {
  status: string;
  notApplicableReason: string | null;
  agreedLanguage: string;
  contractReference: string;
  notes: string;
  version: number;
}) {
  return {
    status: c.status,
    notApplicableReason: c.notApplicableReason,
    agreedLanguage: c.agreedLanguage,
    contractReference: c.contractReference,
    notes: c.notes,
    version: c.version,
  };
}

function staleClause(current: {
  status: string;
  notApplicableReason: string | null;
  agreedLanguage: string;
  contractReference: string;
  notes: string;
  version: number;
}) {
  return new AppError(
    "CONFLICT",
    "Someone else saved this clause after you opened it. Their version is shown below; nothing of yours was saved. Review it and apply your change again.",
    undefined,
    { current: clauseAuditView(current) },
  );
}

/** Status, agreed language, contract reference and notes of one clause, refused on a stale version. */
export async function updateDealClause(actor: Actor, input: TUpdateDealClause) {
  requirePermission(actor, "clause:update");
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealClauseId: input.dealClauseId });
    const before = await requireDealClause(tx, actor, input.dealClauseId);
    if (before.retiredAt) throw retiredClause();
    if (before.version !== input.version) throw staleClause(before);
    const transition = assertTransition(before.status as ClauseStatus, input.status, {
      notApplicableReason: input.notApplicableReason,
      priority: before.priority as Priority,
      evidence: { agreedLanguage: input.agreedLanguage, contractReference: input.contractReference },
      evidenceBefore: before,
    });
    if (!transition.ok) throw new AppError("INVALID_INPUT", transition.message, transition.fieldErrors);
    const data = {
      status: input.status,
      notApplicableReason: input.status === "NOT_APPLICABLE" ? input.notApplicableReason : null,
      // A person's own status choice replaces a "not applicable" rule's: the rule no longer restores the old one.
      ...(input.status !== before.status ? { statusBeforeRule: null } : {}),
      agreedLanguage: input.agreedLanguage,
      contractReference: input.contractReference,
      notes: input.notes,
      // Saving the clause is looking at it again after an upgrade flagged it.
      recheckReason: null,
      updatedById: actor.userId,
      version: { increment: 1 },
    };
    const { count } = await tx.dealClause.updateMany({ where: { id: before.id, version: input.version }, data });
    if (count !== 1) throw staleClause(await tx.dealClause.findUniqueOrThrow({ where: { id: before.id } }));
    const after = await tx.dealClause.findUniqueOrThrow({ where: { id: before.id } });
    await afterDealChange(tx, actor, before.dealId, {
      entityType: "DealClause",
      entityId: before.id,
      action: "clause.updated",
      before: { clause: before.clause.key, ...clauseAuditView(before) },
      after: { clause: before.clause.key, ...clauseAuditView(after) },
    });
    return { id: after.id, version: after.version, status: after.status as ClauseStatus };
  });
}

/**
 * Adds an entry to a clause's vendor-response log, recognising red-flag pitches in the vendor's
 * words, and optionally moves the clause status in the same transaction (version-checked).
 */
/** Far above anyone typing, below a script pinning a core with the matcher; shared by every server process. */
export const RESPONSES_PER_MINUTE = 60;
const responseLogLimiter = createRateLimiter({ name: "vendor-response", limit: RESPONSES_PER_MINUTE, windowMs: 60_000 });

export async function logVendorResponse(actor: Actor, input: TLogVendorResponse) {
  requirePermission(actor, "response:log");
  const allowed = await responseLogLimiter.take(actor.userId);
  if (!allowed.ok) {
    throw rateLimited(
      `You have logged ${RESPONSES_PER_MINUTE} vendor responses in the last minute, the most we accept. Try again in ${allowed.retryAfterSeconds} s; nothing was saved.`,
      allowed.retryAfterSeconds,
    );
  }
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealClauseId: input.dealClauseId });
    const written = await writeVendorResponse(tx, actor, input);
    await afterDealChange(tx, actor, written.dealId, written.audit);
    return { id: written.id, version: written.version, status: written.status, redFlags: written.redFlags };
  });
}

/** Where a response logged from a vendor draft came from: the draft and the passages it quotes. */
export interface ResponseDraftSource {
  draftId: string;
  passageIds: readonly string[];
}

/**
 * The body of logging one vendor response, inside the caller's transaction (which has already locked
 * the deal with beginDealChange and ends with afterDealChange, passing `audit`): the clause in the
 * actor's organisation, red flags recognised in the vendor's words against the deal's playbook
 * version, the status change with its transition and evidence rules and the clause's version check,
 * the response row, and (from a draft) its passage links. logVendorResponse and logging a draft round
 * both write responses through here, so the rules cannot drift apart. Refusals throw with the form's
 * field names (newStatus, agreedLanguage, …).
 */
export async function writeVendorResponse(tx: Prisma.TransactionClient, actor: Actor, input: TLogVendorResponse, source?: ResponseDraftSource) {
  const before = await requireDealClause(tx, actor, input.dealClauseId);
  if (before.retiredAt) throw retiredClause();
  // Pitches read as the deal's own playbook version says them.
  const findings = detectRedFlags(input.vendorText, await pitchTextsOf(tx, before.deal.playbookId));
  const changesStatus = input.newStatus !== "" && input.newStatus !== before.status;
  if (changesStatus && before.version !== input.version) throw staleClause(before);
  // A settled status may bring the evidence along; an empty field keeps what the clause holds.
  const evidence = {
    agreedLanguage: input.agreedLanguage?.trim() ? input.agreedLanguage : before.agreedLanguage,
    contractReference: input.contractReference?.trim() ? input.contractReference : before.contractReference,
  };
  if (changesStatus) {
    const transition = assertTransition(before.status as ClauseStatus, input.newStatus as ClauseStatus, {
      notApplicableReason: input.notApplicableReason,
      priority: before.priority as Priority,
      evidence,
    });
    if (!transition.ok) {
      const { status, ...rest } = transition.fieldErrors;
      throw new AppError("INVALID_INPUT", transition.message, status ? { newStatus: status, ...rest } : rest);
    }
  }
  const response = await tx.vendorResponse.create({
    data: {
      dealId: before.dealId,
      dealClauseId: before.id,
      occurredOn: input.occurredOn,
      channel: input.channel,
      vendorText: input.vendorText,
      stance: input.stance,
      offerPosition: input.offerPosition,
      counterNextStep: input.counterNextStep,
      redFlagKeys: findings.map((f) => f.key),
      pitchKeys: pitchKeysOf(findings),
      authorId: actor.userId,
      draftId: source?.draftId,
    },
  });
  if (source?.passageIds.length) {
    await tx.responsePassage.createMany({ data: source.passageIds.map((passageId) => ({ responseId: response.id, passageId })) });
  }
  let version = before.version;
  if (changesStatus) {
    const { count } = await tx.dealClause.updateMany({
      where: { id: before.id, version: input.version },
      data: {
        status: input.newStatus as ClauseStatus,
        notApplicableReason: input.newStatus === "NOT_APPLICABLE" ? input.notApplicableReason : null,
        ...(isSettled(input.newStatus as ClauseStatus) ? evidence : {}),
        statusBeforeRule: null,
        recheckReason: null,
        updatedById: actor.userId,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw staleClause(await tx.dealClause.findUniqueOrThrow({ where: { id: before.id } }));
    version += 1;
  } else if (input.newStatus !== "" && before.recheckReason !== null) {
    // Logging a response with the status it keeps also settles a re-check: someone judged the clause again.
    await tx.dealClause.update({ where: { id: before.id }, data: { recheckReason: null } });
  }
  const status = (changesStatus ? input.newStatus : before.status) as ClauseStatus;
  const audit: DealAudit = {
    entityType: "VendorResponse",
    entityId: response.id,
    action: "response.logged",
    before: { clause: before.clause.key, status: before.status },
    after: {
      clause: before.clause.key,
      status,
      channel: input.channel,
      stance: input.stance,
      offerPosition: input.offerPosition,
      vendorText: input.vendorText,
      counterNextStep: input.counterNextStep,
      redFlags: findings.map((f) => f.key),
      ...(source ? { draftId: source.draftId, passageIds: source.passageIds } : {}),
    },
  };
  return {
    id: response.id,
    dealId: before.dealId,
    clause: { id: before.id, key: before.clause.key },
    statusBefore: before.status as ClauseStatus,
    status,
    version,
    redFlags: findings.map((f) => f.key),
    audit,
  };
}
