import { getDb } from "@/lib/db";
import type { ClauseStatus, DealStage, HostingModel, OfferPosition, Priority, ResponseChannel, VendorStance } from "@/lib/domain/enums";
import { PITCH_KEYS } from "@/lib/playbook/pitch-patterns";
import { afterDealsInserted } from "@/lib/services/deal-changes";
import { withVendorRecords } from "@/lib/services/vendor-records";
import { mulberry32 } from "@/lib/seeded-random";

// A deterministic portfolio for integration tests of the manager dashboard: deals, clause statuses,
// vendor responses and risk acceptances written directly with createMany (fast enough for hundreds
// of deals), then the readiness cache refreshed with THE readiness function, as the app does.
// Same seed → same portfolio (apart from generated ids and the dates, which are relative to today).

const DAY = 86_400_000;

export const PORTFOLIO_VENDORS = [
  "Northstar Analytics",
  "Lumen AI Labs",
  "Parallax Legal Tech",
  "Helix Risk",
  "Corvid Intelligence",
  "Bluefin Machine Learning",
  "Quarry Data Works",
  "Meridian Cognitive",
  "Tessellate AI",
  "Orchard Insights",
  "Halcyon Models",
  "Brightwater Labs",
] as const;

const USE_CASES = [
  "Claims triage assistant",
  "Demand forecasting model",
  "Contract clause extraction",
  "Fraud scoring model",
  "Customer service copilot",
  "Churn prediction",
  "Invoice matching",
  "Predictive maintenance",
];

const HOSTING: HostingModel[] = ["SELF_HOSTED", "VENDOR_HOSTED", "API_ONLY", "HYBRID"];
const CHANNELS: ResponseChannel[] = ["REDLINE", "EMAIL", "CALL", "MEETING"];

/** Deals whose contract value is just under the per-deal maximum, so per-currency sums exceed 2^53. */
const HUGE_VALUE_EVERY = 20;
const HUGE_VALUE_MINOR = 999_999_999_999_999n;

const BOUNDARY_FROM = 20;
const BOUNDARY_OFFSETS = [0, -1, 30, 31, 90, 91, 0, 30];

type Profile = "clean" | "accepted" | "intake" | "mixed" | "all-na";

export interface PortfolioFixtureOptions {
  organizationId: string;
  /** Deal owners, also the authors of the vendor responses. */
  ownerIds: string[];
  /** Who records the risk acceptances (a CIO or admin of the organisation). */
  acceptedById: string;
  count: number;
  seed: number;
  /** Prefix of the deal names (names are unique within one fixture). */
  namePrefix?: string;
  /** Deals archived after creation: they must never count on the dashboard. */
  archived?: number;
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function weighted<T>(rng: () => number, entries: readonly [T, number][]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1][0];
}

function settledStatus(rng: () => number): ClauseStatus {
  return rng() < 0.65 ? "MUST_HAVE_MET" : "FALLBACK_ACCEPTED";
}

function stageFor(rng: () => number, profile: Profile): DealStage {
  switch (profile) {
    case "clean":
    case "accepted":
      return weighted(rng, [
        ["CIO_REVIEW", 2],
        ["APPROVED", 3],
        ["SIGNED", 3],
        ["NEGOTIATING", 1],
      ]);
    case "intake":
    case "all-na":
      return "INTAKE";
    default:
      return weighted(rng, [
        ["INTAKE", 1],
        ["NEGOTIATING", 6],
        ["CIO_REVIEW", 2],
        ["WALKED_AWAY", 1],
        ["SIGNED", 1],
      ]);
  }
}

function statusesFor(rng: () => number, profile: Profile, clauses: { priority: Priority }[]): ClauseStatus[] {
  if (profile === "all-na") return clauses.map(() => "NOT_APPLICABLE");
  if (profile === "intake") return clauses.map(() => (rng() < 0.05 ? "NOT_APPLICABLE" : "NOT_STARTED"));
  if (profile === "clean") return clauses.map(() => (rng() < 0.07 ? "NOT_APPLICABLE" : settledStatus(rng)));
  if (profile === "accepted") {
    // Settled except a few gaps that a CIO accepts in writing.
    const statuses = clauses.map(() => (rng() < 0.07 ? "NOT_APPLICABLE" : settledStatus(rng))) as ClauseStatus[];
    const gaps = 1 + Math.floor(rng() * 3);
    for (let g = 0; g < gaps; g++) statuses[Math.floor(rng() * statuses.length)] = rng() < 0.4 ? "BELOW_WALK_AWAY" : "IN_NEGOTIATION";
    return statuses;
  }
  const maturity = rng();
  return clauses.map(() => {
    const r = rng();
    if (r < 0.06) return "NOT_APPLICABLE";
    if (r < 0.1) return "BELOW_WALK_AWAY";
    if (rng() < maturity) return settledStatus(rng);
    return rng() < 0.7 ? "IN_NEGOTIATION" : "NOT_STARTED";
  });
}

function offerFor(rng: () => number, stance: VendorStance): OfferPosition {
  if (stance === "ACCEPTS") return rng() < 0.7 ? "MUST_HAVE" : "FALLBACK";
  if (stance === "REJECTS") return rng() < 0.6 ? "BELOW_WALK_AWAY" : "UNCLEAR";
  if (stance === "COUNTERS") return rng() < 0.5 ? "FALLBACK" : "UNCLEAR";
  return "UNCLEAR";
}

function pitchKeysFor(rng: () => number): string[] {
  const r = rng();
  const n = r < 0.45 ? 0 : r < 0.8 ? 1 : 2;
  const keys = new Set<string>();
  while (keys.size < n) keys.add(pick(rng, PITCH_KEYS));
  return [...keys];
}

function chunks<T>(items: T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Creates `count` deals for the organisation pinned to its current playbook: varied stages, owners,
 * vendors, values in USD/EUR/GBP (some zero, some a few cents, some near the maximum), signing dates
 * from 40 days ago to 120 days ahead (a few without a date), clause statuses from untouched to fully
 * settled (incl. BELOW_WALK_AWAY and NOT_APPLICABLE; one deal entirely N/A), 0–4 vendor responses per
 * deal with stances and pitch keys, risk acceptances (some revoked), and a few archived deals.
 * Returns the ids of the deals in creation order.
 */
export async function createPortfolioFixture(options: PortfolioFixtureOptions): Promise<{ dealIds: string[] }> {
  const { organizationId, ownerIds, acceptedById, count, seed } = options;
  const prefix = options.namePrefix ?? `PF${seed}`;
  const rng = mulberry32(seed);
  const db = getDb();
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

  const playbook = await db.playbook.findFirstOrThrow({
    where: { organizationId, isCurrent: true },
    orderBy: { version: "desc" },
    include: { clauses: { select: { id: true, key: true, priority: true }, orderBy: { position: "asc" } } },
  });
  const clauses = playbook.clauses.map((c) => ({ ...c, priority: c.priority as Priority }));

  interface Planned {
    name: string;
    statuses: ClauseStatus[];
    profile: Profile;
    responses: { clauseIndex: number; stance: VendorStance; offer: OfferPosition; pitchKeys: string[]; channel: ResponseChannel; daysAgo: number }[];
    acceptances: { clauseIndex: number; revoked: boolean }[];
    archived: boolean;
  }
  const planned: Planned[] = [];
  const dealRows = [];
  const archivedEvery = options.archived ? Math.max(2, Math.floor(count / options.archived)) : 0;

  for (let i = 0; i < count; i++) {
    const profile: Profile =
      i === 7
        ? "all-na"
        : weighted<Profile>(rng, [
            ["clean", 12],
            ["accepted", 7],
            ["intake", 10],
            ["mixed", 71],
          ]);
    const stage = stageFor(rng, profile);
    const huge = i % HUGE_VALUE_EVERY === 3;
    const currency = huge
      ? "USD"
      : weighted(rng, [
          ["USD", 5],
          ["EUR", 3],
          ["GBP", 2],
        ] as [string, number][]);
    let value = BigInt(Math.floor(rng() * 5_000_000)) * 100n + BigInt(Math.floor(rng() * 100));
    if (huge) value = HUGE_VALUE_MINOR - BigInt(i);
    else if (i % 37 === 11) value = 0n;
    else if (i % 41 === 5) value = 7n;
    let signing = rng() < 0.06 ? null : new Date(today + (Math.floor(rng() * 161) - 40) * DAY);
    // Signing dates on the edges of the filter windows (today, yesterday, +30/+31, +90/+91).
    if (i >= BOUNDARY_FROM && i < BOUNDARY_FROM + BOUNDARY_OFFSETS.length) signing = new Date(today + BOUNDARY_OFFSETS[i - BOUNDARY_FROM] * DAY);
    const name = `${prefix} #${String(i + 1).padStart(4, "0")} ${pick(rng, USE_CASES)}`;
    const statuses = statusesFor(rng, profile, clauses);

    const responses: Planned["responses"] = [];
    const nResponses = Math.floor(rng() * 5);
    const applicable = statuses.map((s, idx) => (s === "NOT_APPLICABLE" ? -1 : idx)).filter((idx) => idx >= 0);
    for (let r = 0; r < nResponses && applicable.length; r++) {
      const stance = weighted<VendorStance>(rng, [
        ["COUNTERS", 35],
        ["REJECTS", 20],
        ["ACCEPTS", 25],
        ["DEFERS", 20],
      ]);
      responses.push({
        clauseIndex: pick(rng, applicable),
        stance,
        offer: offerFor(rng, stance),
        pitchKeys: pitchKeysFor(rng),
        channel: pick(rng, CHANNELS),
        daysAgo: Math.floor(rng() * 60),
      });
    }

    const gaps = statuses.map((s, idx) => (s === "NOT_APPLICABLE" || s === "MUST_HAVE_MET" || s === "FALLBACK_ACCEPTED" ? -1 : idx)).filter((idx) => idx >= 0);
    const acceptances: Planned["acceptances"] = [];
    if (profile === "accepted") {
      for (const idx of gaps) acceptances.push({ clauseIndex: idx, revoked: false });
      // Every fourth of these deals also carries an older, revoked acceptance of one gap.
      if (gaps.length && i % 4 === 0) acceptances.push({ clauseIndex: gaps[0], revoked: true });
    } else if (profile === "mixed" && gaps.length && rng() < 0.08) {
      acceptances.push({ clauseIndex: pick(rng, gaps), revoked: rng() < 0.35 });
    }

    const archived = archivedEvery > 0 && i % archivedEvery === archivedEvery - 1;
    planned.push({ name, statuses, profile, responses, acceptances, archived });
    dealRows.push({
      organizationId,
      playbookId: playbook.id,
      name,
      vendor: pick(rng, PORTFOLIO_VENDORS),
      useCase: "Generated for the portfolio tests",
      modelKind: "Fine-tuned LLM",
      hostingModel: pick(rng, HOSTING),
      contractValueMinor: value,
      currency,
      stage,
      targetSigningDate: signing,
      ownerId: ownerIds[Math.floor(rng() * ownerIds.length)],
      archivedAt: archived ? new Date(today - 3 * DAY) : null,
    });
  }

  await db.deal.createMany({ data: await withVendorRecords(db, dealRows) });
  const created = await db.deal.findMany({
    where: { organizationId, name: { in: planned.map((p) => p.name) } },
    select: { id: true, name: true, ownerId: true },
  });
  const byName = new Map(created.map((d) => [d.name, d]));
  const deals = planned.map((p) => ({ ...p, ...byName.get(p.name)! }));

  for (const batch of chunks(
    deals.flatMap((d) =>
      clauses.map((c, idx) => ({
        dealId: d.id,
        clauseId: c.id,
        priority: c.priority,
        status: d.statuses[idx],
        notApplicableReason: d.statuses[idx] === "NOT_APPLICABLE" ? "Does not apply to this model" : null,
      })),
    ),
  )) {
    await db.dealClause.createMany({ data: batch });
  }
  const dealClauses = await db.dealClause.findMany({ where: { dealId: { in: deals.map((d) => d.id) } }, select: { id: true, dealId: true, clauseId: true } });
  const dealClauseId = new Map(dealClauses.map((dc) => [`${dc.dealId}:${dc.clauseId}`, dc.id]));
  const dcId = (dealId: string, clauseIndex: number) => dealClauseId.get(`${dealId}:${clauses[clauseIndex].id}`)!;

  const responses = deals.flatMap((d) =>
    d.responses.map((r) => ({
      dealId: d.id,
      dealClauseId: dcId(d.id, r.clauseIndex),
      occurredOn: new Date(today - r.daysAgo * DAY),
      channel: r.channel,
      vendorText: `The vendor ${r.stance.toLowerCase()} our position on ${clauses[r.clauseIndex].key}.`,
      stance: r.stance,
      offerPosition: r.offer,
      redFlagKeys: [],
      pitchKeys: r.pitchKeys,
      authorId: d.ownerId,
    })),
  );
  for (const batch of chunks(responses)) await db.vendorResponse.createMany({ data: batch });

  const acceptances = deals.flatMap((d) =>
    d.acceptances.map((a) => ({
      dealId: d.id,
      dealClauseId: dcId(d.id, a.clauseIndex),
      acceptedById,
      rationale: "Accepted in writing: the residual risk is covered by the indemnity and the exit plan.",
      revokedAt: a.revoked ? new Date(today - DAY) : null,
    })),
  );
  if (acceptances.length) await db.riskAcceptance.createMany({ data: acceptances });

  const dealIds = deals.map((d) => d.id);
  await db.$transaction((tx) => afterDealsInserted(tx, dealIds), { timeout: 120_000 });
  return { dealIds };
}
