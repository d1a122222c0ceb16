// Fills an organisation with N realistic deals for scale tests and the benchmark (scripts/bench.ts,
// scripts/generate-deals.ts). Deterministic: deal #k of a given seed is the same deal (name, vendor,
// stage, clause statuses, responses, reviews) in every organisation, whatever N, so the 1k and 10k
// organisations differ only in how many deals there are. Bulk inserts with createMany, one
// transaction per batch, and the readiness cache refreshed in the same transaction.
import "./server-only-shim";
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { isSettled } from "@/lib/domain/clause-status";
import type { ClauseStatus, DealStage, HostingModel, LayerKey, OfferPosition, Priority, Role, VendorStance } from "@/lib/domain/enums";
import { computeReadiness, type ReadinessClause, type ReadinessScenario } from "@/lib/domain/readiness";
import { detectRedFlags, pitchKeysOf } from "@/lib/domain/red-flags";
import { buildReviewSnapshot, dealFactsOf } from "@/lib/domain/review-snapshot";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ensureDefaultPlaybook } from "@/lib/seed/playbook";
import { afterDealsInserted } from "@/lib/services/deal-changes";
import { withVendorRecords } from "@/lib/services/vendor-records";
import { mulberry32 } from "@/lib/seeded-random";
import {
  BUSINESS_UNITS,
  CHANNELS,
  NA_REASONS,
  NEXT_STEPS,
  REVIEW_COMMENTS,
  RISK_RATIONALES,
  USE_CASES,
  VENDOR_LINES,
  VENDORS,
  type Tone,
  type VendorLine,
} from "./deal-fixtures";

export const BENCH_PASSWORD = "playbook-demo";

export interface GenerateOptions {
  /** Organisation name; its slug (derived from the name unless given) identifies it on re-runs. */
  orgName: string;
  slug?: string;
  deals: number;
  seed?: number;
  /** Delete the organisation's deals (and their audit trail) first. */
  reset?: boolean;
  /** Deals per transaction. */
  batchSize?: number;
  log?: (message: string) => void;
}

export interface BenchUser {
  email: string;
  name: string;
  role: Role;
}

export interface GenerateResult {
  organizationId: string;
  slug: string;
  users: BenchUser[];
  /** The new deals, in generation order. */
  dealIds: string[];
  /** A mid-negotiation deal with several vendor responses; the same deal content in every organisation of a seed. */
  sampleDealId: string | null;
  counts: { deals: number; dealClauses: number; responses: number; recommendations: number; reviews: number; riskAcceptances: number; auditEvents: number };
  timings: { setupMs: number; resetMs: number; insertMs: number; readinessCacheMs: number; totalMs: number };
}

type Tx = Prisma.TransactionClient;

const DAY = 24 * 60 * 60 * 1000;

// ── Deterministic randomness ─────────────────────────────────────────────────────────────────────────

/** One independent stream per (seed, deal index), so deal #k never depends on N or on other deals. */
function dealRandom(seed: number, index: number) {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  const next = mulberry32(h ^ (h >>> 15));
  const rnd = {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    between: (min: number, max: number) => min + next() * (max - min),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    weighted: <T>(pairs: readonly (readonly [T, number])[]): T => {
      const total = pairs.reduce((n, [, w]) => n + w, 0);
      let x = next() * total;
      for (const [value, w] of pairs) {
        if ((x -= w) < 0) return value;
      }
      return pairs[pairs.length - 1][0];
    },
  };
  return rnd;
}
type Rnd = ReturnType<typeof dealRandom>;

let idCounter = 0;
const idPrefix = randomBytes(4).toString("hex");
/** cuid-like ids made here, so child rows can reference their parents within one createMany batch. */
function newId(): string {
  idCounter = (idCounter + 1) % 1_679_616;
  return `c${Date.now().toString(36)}${idCounter.toString(36).padStart(4, "0")}${idPrefix}${randomBytes(3).toString("hex")}`;
}

function dateOnly(ms: number): Date {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

// ── What a deal looks like at each stage ─────────────────────────────────────────────────────────────

const STAGE_WEIGHTS: [DealStage, number][] = [
  ["INTAKE", 15],
  ["NEGOTIATING", 40],
  ["CIO_REVIEW", 12],
  ["APPROVED", 8],
  ["SIGNED", 18],
  ["WALKED_AWAY", 7],
];

interface StageProfile {
  /** Age of the deal in days. */
  age: [number, number];
  /** Share of clauses settled (drawn per deal) for must-have and other clauses. */
  settled: (rnd: Rnd) => { mustHave: number; other: number };
  /** Status of a clause that is not settled. */
  open: [ClauseStatus, number][];
  notApplicable: number;
  responses: [number, number];
  recommendationsDone: number;
}

const PROFILES: Record<DealStage, StageProfile> = {
  INTAKE: {
    age: [0, 30],
    settled: () => ({ mustHave: 0.02, other: 0.03 }),
    open: [
      ["NOT_STARTED", 88],
      ["IN_NEGOTIATION", 12],
    ],
    notApplicable: 0.02,
    responses: [0, 1],
    recommendationsDone: 0.1,
  },
  NEGOTIATING: {
    age: [10, 200],
    settled: (rnd) => {
      const p = rnd.between(0.15, 0.75);
      return { mustHave: p, other: p };
    },
    open: [
      ["IN_NEGOTIATION", 50],
      ["NOT_STARTED", 40],
      ["BELOW_WALK_AWAY", 10],
    ],
    notApplicable: 0.05,
    responses: [1, 6],
    recommendationsDone: 0.4,
  },
  CIO_REVIEW: {
    age: [30, 250],
    settled: (rnd) => {
      const p = rnd.between(0.8, 0.97);
      return { mustHave: p, other: p };
    },
    open: [
      ["IN_NEGOTIATION", 70],
      ["BELOW_WALK_AWAY", 20],
      ["NOT_STARTED", 10],
    ],
    notApplicable: 0.06,
    responses: [2, 6],
    recommendationsDone: 0.7,
  },
  APPROVED: {
    age: [40, 300],
    settled: () => ({ mustHave: 0.97, other: 0.92 }),
    open: [
      ["IN_NEGOTIATION", 60],
      ["BELOW_WALK_AWAY", 40],
    ],
    notApplicable: 0.06,
    responses: [1, 5],
    recommendationsDone: 0.9,
  },
  SIGNED: {
    age: [60, 365],
    settled: () => ({ mustHave: 0.97, other: 0.92 }),
    open: [
      ["IN_NEGOTIATION", 60],
      ["BELOW_WALK_AWAY", 40],
    ],
    notApplicable: 0.06,
    responses: [1, 5],
    recommendationsDone: 0.95,
  },
  WALKED_AWAY: {
    age: [30, 365],
    settled: (rnd) => {
      const p = rnd.between(0.1, 0.6);
      return { mustHave: p, other: p };
    },
    open: [
      ["BELOW_WALK_AWAY", 40],
      ["IN_NEGOTIATION", 40],
      ["NOT_STARTED", 20],
    ],
    notApplicable: 0.04,
    responses: [1, 6],
    recommendationsDone: 0.3,
  },
};

const TONE_BY_STATUS: Record<ClauseStatus, [Tone, number][]> = {
  MUST_HAVE_MET: [
    ["accept", 7],
    ["counter", 3],
  ],
  FALLBACK_ACCEPTED: [
    ["counter", 8],
    ["accept", 2],
  ],
  BELOW_WALK_AWAY: [
    ["reject", 9],
    ["counter", 1],
  ],
  IN_NEGOTIATION: [
    ["counter", 40],
    ["reject", 35],
    ["defer", 25],
  ],
  NOT_STARTED: [["defer", 1]],
  NOT_APPLICABLE: [["defer", 1]],
};

const STANCE_BY_TONE: Record<Tone, [VendorStance, OfferPosition]> = {
  accept: ["ACCEPTS", "MUST_HAVE"],
  counter: ["COUNTERS", "FALLBACK"],
  reject: ["REJECTS", "BELOW_WALK_AWAY"],
  defer: ["DEFERS", "UNCLEAR"],
};

const CURRENCIES: [string, number][] = [
  ["USD", 70],
  ["EUR", 15],
  ["GBP", 10],
  ["CHF", 3],
  ["CAD", 2],
];

const LINES_BY_LAYER_TONE = new Map<string, VendorLine[]>();
const LINES_BY_TONE = new Map<Tone, VendorLine[]>();
for (const line of VENDOR_LINES) {
  const key = `${line.layer}/${line.tone}`;
  LINES_BY_LAYER_TONE.set(key, [...(LINES_BY_LAYER_TONE.get(key) ?? []), line]);
  LINES_BY_TONE.set(line.tone, [...(LINES_BY_TONE.get(line.tone) ?? []), line]);
}
// detectRedFlags is pure: recognise each sentence once.
const FINDINGS = new Map(VENDOR_LINES.map((l) => [l.text, detectRedFlags(l.text)]));

const FIRST_NAMES = [
  "Amira",
  "Ben",
  "Chloe",
  "Dev",
  "Elena",
  "Farid",
  "Grace",
  "Hugo",
  "Ines",
  "Jonas",
  "Keiko",
  "Liam",
  "Mei",
  "Nadia",
  "Omar",
  "Priya",
  "Quentin",
  "Rosa",
  "Sami",
  "Tara",
  "Umar",
  "Vik",
  "Wanda",
  "Xavier",
  "Yara",
];
const LAST_NAMES = [
  "Okafor",
  "Lindqvist",
  "Moreau",
  "Patel",
  "Rossi",
  "Haddad",
  "Kim",
  "Novak",
  "Silva",
  "Berg",
  "Tanaka",
  "Walsh",
  "Chen",
  "Ibrahim",
  "Kowalski",
  "Mendes",
  "Dubois",
  "Fischer",
  "Garcia",
  "Ahmed",
  "Nakamura",
  "Olsen",
  "Petrov",
  "Quinn",
  "Reyes",
];

// ── Playbook shape the generator needs ───────────────────────────────────────────────────────────────

interface PlaybookShape {
  playbookId: string;
  clauses: { id: string; key: string; title: string; priority: Priority; layerKey: LayerKey }[];
  scenarios: ReadinessScenario[];
  recommendationIds: string[];
}

async function loadPlaybookShape(tx: Tx, playbookId: string): Promise<PlaybookShape> {
  const [clauses, scenarios, recommendations] = await Promise.all([
    tx.clause.findMany({
      where: { playbookId, dealId: null },
      orderBy: { position: "asc" },
      select: { id: true, key: true, title: true, priority: true, layer: { select: { key: true } } },
    }),
    tx.scenario.findMany({
      where: { playbookId },
      orderBy: { position: "asc" },
      select: { key: true, title: true, ifUncovered: true, clauses: { select: { clause: { select: { key: true, position: true } } } } },
    }),
    tx.recommendation.findMany({ where: { playbookId }, orderBy: { position: "asc" }, select: { id: true } }),
  ]);
  return {
    playbookId,
    clauses: clauses.map((c) => ({ id: c.id, key: c.key, title: c.title, priority: c.priority as Priority, layerKey: c.layer.key as LayerKey })),
    scenarios: scenarios.map((s) => ({
      key: s.key,
      title: s.title,
      ifUncovered: s.ifUncovered,
      defendedBy: [...s.clauses].sort((a, b) => a.clause.position - b.clause.position).map((x) => x.clause.key),
    })),
    recommendationIds: recommendations.map((r) => r.id),
  };
}

// ── One deal, in memory ──────────────────────────────────────────────────────────────────────────────

interface DealClauseRow {
  id: string;
  dealId: string;
  clauseId: string;
  status: ClauseStatus;
  notApplicableReason: string | null;
  contractReference: string;
  notes: string;
  version: number;
  updatedAt: Date;
  updatedById: string | null;
}

interface RecommendationRow {
  id: string;
  dealId: string;
  recommendationId: string;
  done: boolean;
  note: string;
  updatedAt: Date;
  updatedById: string | null;
}

interface Rows {
  /** The vendor record is resolved from the name when the batch is inserted. */
  deals: Omit<Prisma.DealCreateManyInput, "vendorId">[];
  dealClauses: DealClauseRow[];
  responses: Prisma.VendorResponseCreateManyInput[];
  recommendations: RecommendationRow[];
  reviews: Prisma.ReviewCreateManyInput[];
  riskAcceptances: Prisma.RiskAcceptanceCreateManyInput[];
  auditEvents: Prisma.AuditEventCreateManyInput[];
}

function emptyRows(): Rows {
  return { deals: [], dealClauses: [], responses: [], recommendations: [], reviews: [], riskAcceptances: [], auditEvents: [] };
}

interface DealContext {
  organizationId: string;
  playbook: PlaybookShape;
  negotiatorIds: string[];
  cioId: string;
  now: number;
  seed: number;
}

/** Appends deal #index and everything that hangs off it to `rows`; returns the deal id and whether it makes a good sample. */
function buildDeal(ctx: DealContext, index: number, rows: Rows): { id: string; sample: boolean } {
  const rnd = dealRandom(ctx.seed, index);
  const { now, organizationId, playbook } = ctx;
  const stage = rnd.weighted(STAGE_WEIGHTS);
  const profile = PROFILES[stage];
  const template = rnd.pick(USE_CASES);
  const unit = rnd.pick(BUSINESS_UNITS);
  const vendor = rnd.pick(VENDORS);
  const [baseModel, baseModelLicence] = rnd.pick(template.bases);
  const hostingModel: HostingModel = rnd.weighted(template.hosting);
  const currency = rnd.weighted(CURRENCIES);
  const valueMajor = Math.round(Math.exp(rnd.between(Math.log(50_000), Math.log(5_000_000))) / 1000) * 1000;
  const ownerId = ctx.negotiatorIds[Math.floor(rnd.next() * ctx.negotiatorIds.length)];
  const phase = rnd.weighted<string>([
    ["", 6],
    [" (pilot)", 2],
    [" phase 2", 1],
    [" renewal", 1],
  ]);

  const createdAt = now - rnd.between(profile.age[0], profile.age[1]) * DAY - rnd.int(0, 86_399) * 1000;
  // Active deals were touched recently; closed ones some time after they were created.
  const lastTouch = stage === "SIGNED" || stage === "WALKED_AWAY" ? rnd.between(0.5, 0.95) : rnd.between(0.85, 1);
  const updatedAt = Math.min(now - rnd.int(60, 3600) * 1000, createdAt + (now - createdAt) * lastTouch);
  const signInDays =
    stage === "SIGNED" ? -rnd.int(1, 60) : stage === "INTAKE" && rnd.chance(0.25) ? null : stage === "WALKED_AWAY" ? rnd.int(-60, 60) : rnd.int(-20, 180);
  const archived = (stage === "SIGNED" && rnd.chance(0.2)) || (stage === "WALKED_AWAY" && rnd.chance(0.5));

  const dealId = newId();
  const dealRow = {
    id: dealId,
    organizationId,
    playbookId: playbook.playbookId,
    name: `${template.name}${phase} — ${unit}`,
    vendor,
    useCase: template.useCase,
    modelKind: template.modelKind,
    hostingModel,
    baseModel,
    baseModelLicence,
    baseModelLicenceType: "UNKNOWN" as const,
    regulatedSector: false,
    baseModelLicenceKey: null,
    expectedMonthlyUsers: null,
    useCaseCategory: "UNSPECIFIED" as const,
    contractValueMinor: BigInt(valueMajor) * 100n,
    currency,
    stage,
    targetSigningDate: signInDays === null ? null : dateOnly(now + signInDays * DAY),
    ownerId,
    archivedAt: archived ? new Date(updatedAt) : null,
    version: 1 + rnd.int(0, 6),
    createdAt: new Date(createdAt),
    updatedAt: new Date(updatedAt),
  };
  rows.deals.push(dealRow);
  rows.auditEvents.push({
    organizationId,
    actorId: ownerId,
    dealId,
    entityType: "Deal",
    entityId: dealId,
    action: "deal.created",
    after: { name: `${template.name}${phase} — ${unit}`, vendor, stage: "INTAKE", source: "generated" },
    createdAt: new Date(createdAt),
  });

  // Clause statuses.
  const share = profile.settled(rnd);
  const statuses: ClauseStatus[] = playbook.clauses.map((c) => {
    if (c.priority !== "MUST_HAVE" && rnd.chance(profile.notApplicable)) return "NOT_APPLICABLE";
    if (rnd.chance(c.priority === "MUST_HAVE" ? share.mustHave : share.other)) return rnd.chance(0.65) ? "MUST_HAVE_MET" : "FALLBACK_ACCEPTED";
    return rnd.weighted(profile.open);
  });
  if (stage === "WALKED_AWAY" && !statuses.includes("BELOW_WALK_AWAY")) {
    // Walking away happens for a reason: a must-have the vendor would not meet.
    const mustHaves = playbook.clauses.map((c, i) => (c.priority === "MUST_HAVE" ? i : -1)).filter((i) => i >= 0);
    statuses[rnd.pick(mustHaves)] = "BELOW_WALK_AWAY";
  }
  // Approved and signed deals: every clause was last changed before the approval (a later change
  // would have made it stale).
  const reviewed = stage === "APPROVED" || stage === "SIGNED";
  const approvedAt = reviewed ? rnd.between((createdAt + updatedAt) / 2, updatedAt) : null;
  const clausesSettledBy = approvedAt === null ? updatedAt : approvedAt - 2 * 3_600_000;
  const dealClauseIds = playbook.clauses.map(() => newId());
  const clauseVersions = statuses.map((s) => (s === "NOT_STARTED" ? 1 : rnd.int(2, 5)));
  const clauseChangedAt = statuses.map((s) => (s === "NOT_STARTED" ? createdAt : rnd.between(createdAt, clausesSettledBy)));
  const contractReferences: string[] = [];
  playbook.clauses.forEach((c, i) => {
    const status = statuses[i];
    const touched = status !== "NOT_STARTED";
    const notApplicableReason = status === "NOT_APPLICABLE" ? rnd.pick(NA_REASONS) : null;
    contractReferences[i] = isSettled(status) && rnd.chance(0.6) ? `§ ${rnd.int(2, 18)}.${rnd.int(1, 9)}` : "";
    rows.dealClauses.push({
      id: dealClauseIds[i],
      dealId,
      clauseId: c.id,
      status,
      notApplicableReason,
      contractReference: contractReferences[i],
      notes: touched && rnd.chance(0.1) ? "Discussed on the last call; see the vendor response log." : "",
      version: clauseVersions[i],
      updatedAt: new Date(clauseChangedAt[i]),
      updatedById: touched ? ownerId : null,
    });
  });

  // Vendor responses on clauses that are being (or were) negotiated.
  const active = statuses.map((s, i) => (s !== "NOT_STARTED" && s !== "NOT_APPLICABLE" ? i : -1)).filter((i) => i >= 0);
  const pool = active.length ? active : statuses.map((s, i) => (s !== "NOT_APPLICABLE" ? i : -1)).filter((i) => i >= 0);
  const responseCount = rnd.int(profile.responses[0], profile.responses[1]);
  for (let r = 0; r < responseCount && pool.length; r++) {
    const i = rnd.pick(pool);
    const clause = playbook.clauses[i];
    const tone = rnd.weighted(TONE_BY_STATUS[statuses[i]]);
    const line = rnd.pick(LINES_BY_LAYER_TONE.get(`${clause.layerKey}/${tone}`) ?? LINES_BY_TONE.get(tone)!);
    const findings = FINDINGS.get(line.text) ?? [];
    const [stance, offerPosition] = STANCE_BY_TONE[line.tone];
    const at = rnd.between(createdAt, updatedAt);
    const responseId = newId();
    rows.responses.push({
      id: responseId,
      dealId,
      dealClauseId: dealClauseIds[i],
      occurredOn: dateOnly(at),
      channel: rnd.weighted(CHANNELS),
      vendorText: line.text,
      stance,
      offerPosition,
      redFlagKeys: findings.map((f) => f.key),
      pitchKeys: pitchKeysOf(findings),
      counterNextStep: rnd.pick(NEXT_STEPS[line.tone]),
      authorId: ownerId,
      createdAt: new Date(at),
    });
    rows.auditEvents.push({
      organizationId,
      actorId: ownerId,
      dealId,
      entityType: "VendorResponse",
      entityId: responseId,
      action: "response.logged",
      after: { clause: clause.key, stance, vendorText: line.text },
      createdAt: new Date(at),
    });
  }

  // Process checklist.
  for (const recommendationId of playbook.recommendationIds) {
    const done = rnd.chance(profile.recommendationsDone);
    rows.recommendations.push({
      id: newId(),
      dealId,
      recommendationId,
      done,
      note: "",
      updatedAt: new Date(done ? rnd.between(createdAt, updatedAt) : createdAt),
      updatedById: done ? ownerId : null,
    });
  }

  // CIO reviews: an earlier request for changes on some deals, an approval on approved and signed ones.
  // A review freezes the clauses as they stood then: a clause changed later was still open.
  const statusesAt = (at: number): ClauseStatus[] => statuses.map((s, i) => (clauseChangedAt[i] > at && s !== "NOT_APPLICABLE" ? "IN_NEGOTIATION" : s));
  const readinessClauses = (at: number, accepted: Set<number>): ReadinessClause[] => {
    const then = statusesAt(at);
    return playbook.clauses.map((c, i) => ({
      clauseKey: c.key,
      title: c.title,
      layerKey: c.layerKey,
      priority: c.priority,
      status: then[i],
      riskAccepted: accepted.has(i),
    }));
  };
  const addReview = (decision: "APPROVED" | "CHANGES_REQUESTED", at: number, accepted: Set<number>, rationale: string) => {
    const reviewId = newId();
    const clauses = readinessClauses(at, accepted);
    const changedLater = (i: number) => clauseChangedAt[i] > at;
    const snapshot = buildReviewSnapshot({
      readiness: computeReadiness({ clauses, scenarios: playbook.scenarios }),
      takenAt: new Date(at),
      clauses: clauses.map((c, i) => ({
        dealClauseId: dealClauseIds[i],
        clauseKey: c.clauseKey,
        title: c.title,
        status: c.status,
        version: changedLater(i) ? 1 : clauseVersions[i],
        agreedLanguage: "",
        contractReference: changedLater(i) ? "" : contractReferences[i],
      })),
      acceptedRisks: [...accepted].map((i) => ({ dealClauseId: dealClauseIds[i], clauseKey: playbook.clauses[i].key, rationale, acceptedById: ctx.cioId })),
      deal: dealFactsOf(dealRow),
      playbookId: playbook.playbookId,
    });
    const comment = rnd.pick(REVIEW_COMMENTS[decision]);
    rows.reviews.push({ id: reviewId, dealId, reviewerId: ctx.cioId, decision, comment, snapshot: snapshot as Prisma.InputJsonValue, createdAt: new Date(at) });
    rows.auditEvents.push({
      organizationId,
      actorId: ctx.cioId,
      dealId,
      entityType: "Review",
      entityId: reviewId,
      action: decision === "APPROVED" ? "review.approved" : "review.changes-requested",
      after: { decision, comment, score: snapshot.score, acceptedRisks: snapshot.acceptedRisks.length },
      createdAt: new Date(at),
    });
    return { reviewId, snapshot };
  };
  const earlierChanges = reviewed ? 0.25 : stage === "CIO_REVIEW" ? 0.2 : stage === "NEGOTIATING" ? 0.1 : 0;
  if (rnd.chance(earlierChanges)) addReview("CHANGES_REQUESTED", rnd.between(createdAt, approvedAt ?? updatedAt), new Set(), "");
  if (approvedAt !== null) {
    // The CIO accepts, in writing, every gap that would otherwise block the approval.
    const before = computeReadiness({ clauses: readinessClauses(approvedAt, new Set()), scenarios: playbook.scenarios });
    const gapKeys = new Set(
      [...before.blockers.map((b) => b.clauseKey), ...before.scenarios.flatMap((s) => s.missing.map((m) => m.clauseKey))].filter((k): k is string => !!k),
    );
    const accepted = new Set(playbook.clauses.map((c, i) => (gapKeys.has(c.key) ? i : -1)).filter((i) => i >= 0));
    const rationale = rnd.pick(RISK_RATIONALES);
    const acceptedAt = new Date(approvedAt - 3_600_000);
    const { reviewId, snapshot } = addReview("APPROVED", approvedAt, accepted, rationale);
    if (!snapshot.ready) throw new Error(`generator bug: approved deal #${index} is not ready`);
    for (const i of accepted) {
      const acceptanceId = newId();
      rows.riskAcceptances.push({
        id: acceptanceId,
        dealId,
        dealClauseId: dealClauseIds[i],
        reviewId,
        acceptedById: ctx.cioId,
        rationale,
        createdAt: acceptedAt,
      });
      rows.auditEvents.push({
        organizationId,
        actorId: ctx.cioId,
        dealId,
        entityType: "RiskAcceptance",
        entityId: acceptanceId,
        action: "risk.accepted",
        after: { clause: playbook.clauses[i].key, rationale },
        createdAt: acceptedAt,
      });
    }
  }

  return { id: dealId, sample: stage === "NEGOTIATING" && !archived && responseCount >= 3 };
}

// ── Organisation, users, batches ─────────────────────────────────────────────────────────────────────

function benchUsers(slug: string, dealCount: number, seed: number): BenchUser[] {
  const rnd = dealRandom(seed, -1);
  const name = () => `${rnd.pick(FIRST_NAMES)} ${rnd.pick(LAST_NAMES)}`;
  const users: BenchUser[] = (["ADMIN", "CIO", "MANAGER", "VIEWER"] as const).map((role) => ({
    email: `${role.toLowerCase()}+${slug}@bench.example`,
    name: name(),
    role,
  }));
  // About one negotiator per 200 deals, between 1 and 25.
  const negotiators = Math.max(1, Math.min(25, Math.ceil(dealCount / 200)));
  for (let n = 1; n <= negotiators; n++) users.push({ email: `negotiator${n === 1 ? "" : n}+${slug}@bench.example`, name: name(), role: "NEGOTIATOR" });
  return users;
}

const CHUNK = 4000;

// The two tables that get one row per playbook clause / recommendation of every deal (41 of the ~48
// rows a deal brings) go in with one INSERT … SELECT FROM unnest(arrays) each: 6–8× faster here than
// createMany, whose client-side query compilation costs ~0.2 ms a row. Timestamps travel as ISO text
// and are stored as UTC, as Prisma does.
async function insertDealClauses(tx: Tx, rows: DealClauseRow[]) {
  if (!rows.length) return;
  const col = <K extends keyof DealClauseRow>(key: K) => rows.map((r) => r[key]);
  await tx.$executeRaw`
    INSERT INTO "DealClause" ("id", "dealId", "clauseId", "status", "notApplicableReason", "contractReference", "notes", "version", "updatedAt", "updatedById", "priority")
    SELECT id, deal_id, clause_id, status::"ClauseStatus", na_reason, contract_ref, notes, version, updated_at::timestamptz AT TIME ZONE 'UTC', updated_by,
           (SELECT c."priority" FROM "Clause" c WHERE c."id" = clause_id)
    FROM unnest(${col("id")}::text[], ${col("dealId")}::text[], ${col("clauseId")}::text[], ${col("status")}::text[], ${col("notApplicableReason")}::text[],
                ${col("contractReference")}::text[], ${col("notes")}::text[], ${col("version")}::int[], ${rows.map((r) => r.updatedAt.toISOString())}::text[], ${col("updatedById")}::text[])
      AS u(id, deal_id, clause_id, status, na_reason, contract_ref, notes, version, updated_at, updated_by)`;
}

async function insertRecommendations(tx: Tx, rows: RecommendationRow[]) {
  if (!rows.length) return;
  const col = <K extends keyof RecommendationRow>(key: K) => rows.map((r) => r[key]);
  await tx.$executeRaw`
    INSERT INTO "DealRecommendation" ("id", "dealId", "recommendationId", "done", "note", "updatedAt", "updatedById")
    SELECT id, deal_id, recommendation_id, done, note, updated_at::timestamptz AT TIME ZONE 'UTC', updated_by
    FROM unnest(${col("id")}::text[], ${col("dealId")}::text[], ${col("recommendationId")}::text[], ${col("done")}::boolean[], ${col("note")}::text[],
                ${rows.map((r) => r.updatedAt.toISOString())}::text[], ${col("updatedById")}::text[])
      AS u(id, deal_id, recommendation_id, done, note, updated_at, updated_by)`;
}

async function insertRows(tx: Tx, rows: Rows) {
  const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));
  await tx.deal.createMany({ data: await withVendorRecords(tx, rows.deals) });
  await insertDealClauses(tx, rows.dealClauses);
  await insertRecommendations(tx, rows.recommendations);
  for (const data of chunks(rows.responses)) await tx.vendorResponse.createMany({ data });
  for (const data of chunks(rows.reviews)) await tx.review.createMany({ data });
  for (const data of chunks(rows.riskAcceptances)) await tx.riskAcceptance.createMany({ data });
  for (const data of chunks(rows.auditEvents)) await tx.auditEvent.createMany({ data });
}

/** Creates (or reuses by slug) the organisation, its playbook and users, then N deals. */
export async function generateDeals(db: PrismaClient, options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const seed = options.seed ?? 42;
  const slug = options.slug ?? slugify(options.orgName);
  const batchSize = options.batchSize ?? 500;
  if (!slug) throw new Error(`Cannot derive a slug from the organisation name "${options.orgName}"`);
  if (!Number.isInteger(options.deals) || options.deals < 0) throw new Error("--deals must be a whole number ≥ 0");
  const started = Date.now();

  const users = benchUsers(slug, options.deals, seed);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const { organizationId, userIds, playbook } = await db.$transaction(
    async (tx) => {
      const org = await tx.organization.upsert({ where: { slug }, update: {}, create: { slug, name: options.orgName } });
      const pb = await ensureDefaultPlaybook(tx, org.id);
      const ids = new Map<string, string>();
      for (const u of users) {
        const user = await tx.user.upsert({ where: { email: u.email }, update: {}, create: { email: u.email, name: u.name, passwordHash } });
        await tx.membership.upsert({
          where: { userId_organizationId: { userId: user.id, organizationId: org.id } },
          update: { role: u.role },
          create: { userId: user.id, organizationId: org.id, role: u.role },
        });
        ids.set(u.email, user.id);
      }
      return { organizationId: org.id, userIds: ids, playbook: await loadPlaybookShape(tx, pb.id) };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  const setupMs = Date.now() - started;

  let resetMs = 0;
  if (options.reset) {
    const t = Date.now();
    const removed = await db.$transaction(
      async (tx) => {
        // The deals' audit events stay: the trail is append-only (prisma/sql/audit-append-only.sql).
        return (await tx.deal.deleteMany({ where: { organizationId } })).count;
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
    resetMs = Date.now() - t;
    log(`reset: removed ${removed} deals in ${(resetMs / 1000).toFixed(1)} s`);
  }

  const firstIndex = await db.deal.count({ where: { organizationId } });
  const ctx: DealContext = {
    organizationId,
    playbook,
    negotiatorIds: users.filter((u) => u.role === "NEGOTIATOR").map((u) => userIds.get(u.email)!),
    cioId: userIds.get(users.find((u) => u.role === "CIO")!.email)!,
    now: Date.now(),
    seed,
  };

  const counts = { deals: 0, dealClauses: 0, responses: 0, recommendations: 0, reviews: 0, riskAcceptances: 0, auditEvents: 0 };
  const dealIds: string[] = [];
  let sampleDealId: string | null = null;
  let insertMs = 0;
  let readinessCacheMs = 0;
  for (let from = 0; from < options.deals; from += batchSize) {
    const rows = emptyRows();
    const batchIds: string[] = [];
    for (let k = from; k < Math.min(options.deals, from + batchSize); k++) {
      const { id, sample } = buildDeal(ctx, firstIndex + k, rows);
      batchIds.push(id);
      if (sample && !sampleDealId) sampleDealId = id;
    }
    await db.$transaction(
      async (tx) => {
        const t0 = Date.now();
        await insertRows(tx, rows);
        const t1 = Date.now();
        await afterDealsInserted(tx, batchIds);
        insertMs += t1 - t0;
        readinessCacheMs += Date.now() - t1;
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
    dealIds.push(...batchIds);
    for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += rows[key].length;
    if (options.deals >= 2000 && (dealIds.length % 2000 === 0 || dealIds.length === options.deals)) log(`${dealIds.length}/${options.deals} deals`);
  }
  return {
    organizationId,
    slug,
    users,
    dealIds,
    sampleDealId,
    counts,
    timings: { setupMs, resetMs, insertMs, readinessCacheMs, totalMs: Date.now() - started },
  };
}
