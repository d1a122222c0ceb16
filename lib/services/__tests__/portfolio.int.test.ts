import { beforeAll, describe, expect, it } from "vitest";
import { appErrorOf } from "@/lib/test/app-error";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { DEAL_STAGES, LAYER_KEYS, type ClauseStatus, type DealStage, type LayerKey, type Priority, type VendorStance } from "@/lib/domain/enums";
import { LOCK_IN_DEFENCE_CLAUSES } from "@/lib/domain/lock-in";
import { computeReadiness, type Readiness, type ReadinessScenario } from "@/lib/domain/readiness";
import { READINESS_BANDS, readinessBand, type ReadinessBand } from "@/lib/domain/readiness-band";
import { updateDealClause } from "@/lib/services/deal-clauses";
import { listDeals } from "@/lib/services/deals";
import { getPortfolio, PITCH_TOP_VENDORS, type PortfolioDto } from "@/lib/services/portfolio";
import { EXPORT_HEADER, iteratePortfolioExport } from "@/lib/services/portfolio-export";
import { acceptRisk } from "@/lib/services/reviews";
import { createTestDeal } from "@/lib/test/deals";
import { actorFor, createTeam, createUser } from "@/lib/test/factories";
import { ADDED_SCENARIO, publishVersion, RETIRED_SCENARIO, scenarioSwappedPlaybook } from "@/lib/test/playbook-versions";
import { createPortfolioFixture, PORTFOLIO_VENDORS } from "@/lib/test/portfolio-fixture";
import { ZDealListQuery } from "@/lib/validation/deal";
import type { TPortfolioFilter } from "@/lib/validation/portfolio";

// The manager dashboard against an independent computation from the raw rows: every figure is
// recomputed here with THE readiness function (computeReadiness) over the deals' clause statuses,
// the playbook's scenarios and the active risk acceptances, and with plain JavaScript over the
// responses, then compared with what getPortfolio aggregates in SQL over the readiness cache.

const db = getDb();
const DAY = 86_400_000;
const AT_RISK_DAYS = 30;
const HEATMAP_DEALS = 150;
/** Deals on the playbook's version 2, next to the 200 (4 archived) on version 1. */
const V2_DEALS = 24;
const LIVE_DEALS = 196 + V2_DEALS;
const SETTLED: readonly ClauseStatus[] = ["MUST_HAVE_MET", "FALLBACK_ACCEPTED"];

// ---------------------------------------------------------------------------------------------
// Independent model of an organisation's portfolio, from the raw rows.

interface ModelDeal {
  id: string;
  name: string;
  vendor: string;
  stage: DealStage;
  ownerId: string;
  ownerName: string;
  currency: string;
  valueMinor: bigint;
  /** YYYY-MM-DD or null. */
  signing: string | null;
  archived: boolean;
  readiness: Readiness;
  band: ReadinessBand;
  exposed: boolean;
  /** {scenarioKey: covered} over the deal's own playbook version's scenarios. */
  coverage: Record<string, boolean>;
  clauses: { id: string; key: string; title: string; layerKey: string; priority: Priority; status: ClauseStatus; accepted: boolean }[];
  responses: { stance: VendorStance; clauseKey: string; clauseTitle: string; pitchKeys: string[] }[];
  cache: { score: number; ready: boolean; blockers: number; coverage: unknown; exposed: boolean };
  /** The scenarios of the deal's playbook, as computeReadiness takes them. */
  scenarioInput: ReadinessScenario[];
}

interface Model {
  deals: ModelDeal[];
  /** The current version's scenarios in order, then those only older versions have (title from the latest), by title. */
  scenarios: { key: string; title: string; current: boolean }[];
  layers: { key: string; title: string }[];
  pitchQuote: Map<string, string>;
}

function isoDate(date: Date) {
  return date.toISOString().slice(0, 10);
}

function todayIso(offsetDays = 0) {
  const now = new Date();
  return isoDate(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + offsetDays * DAY));
}

async function loadModel(organizationId: string): Promise<Model> {
  const [deals, playbooks, activeAcceptances] = await Promise.all([
    db.deal.findMany({
      where: { organizationId },
      select: {
        id: true,
        name: true,
        vendor: true,
        stage: true,
        ownerId: true,
        currency: true,
        contractValueMinor: true,
        targetSigningDate: true,
        archivedAt: true,
        playbookId: true,
        readinessScore: true,
        readinessReady: true,
        blockerCount: true,
        scenarioCoverage: true,
        lockInExposed: true,
        owner: { select: { name: true } },
        clauses: {
          select: { id: true, status: true, clause: { select: { key: true, title: true, priority: true, position: true, layer: { select: { key: true } } } } },
        },
        responses: { select: { stance: true, pitchKeys: true, dealClause: { select: { clause: { select: { key: true, title: true } } } } } },
      },
    }),
    db.playbook.findMany({
      where: { organizationId },
      include: {
        scenarios: { include: { clauses: { select: { clause: { select: { key: true } } } } } },
        layers: { select: { key: true, title: true, position: true } },
        pitches: { select: { key: true, quote: true } },
      },
    }),
    db.riskAcceptance.findMany({ where: { revokedAt: null, dealClause: { deal: { organizationId } } }, select: { dealClauseId: true } }),
  ]);
  const accepted = new Set(activeAcceptances.map((a) => a.dealClauseId));
  const playbookById = new Map(playbooks.map((p) => [p.id, p]));
  const current = playbooks.filter((p) => p.isCurrent).sort((a, b) => b.version - a.version)[0];

  const modelDeals = deals.map((d): ModelDeal => {
    const playbook = playbookById.get(d.playbookId)!;
    const scenarios = [...playbook.scenarios].sort((a, b) => a.position - b.position);
    const clauses = [...d.clauses]
      .sort((a, b) => a.clause.position - b.clause.position)
      .map((c) => ({
        id: c.id,
        key: c.clause.key,
        title: c.clause.title,
        layerKey: c.clause.layer.key,
        priority: c.clause.priority as Priority,
        status: c.status as ClauseStatus,
        accepted: accepted.has(c.id),
      }));
    const scenarioInput = scenarios.map((s) => ({
      key: s.key,
      title: s.title,
      ifUncovered: s.ifUncovered,
      defendedBy: s.clauses.map((x) => x.clause.key),
    }));
    const readiness = computeReadiness({
      clauses: clauses.map((c) => ({
        clauseKey: c.key,
        title: c.title,
        layerKey: c.layerKey as LayerKey,
        priority: c.priority,
        status: c.status,
        riskAccepted: c.accepted,
      })),
      scenarios: scenarioInput,
    });
    // Lock-in: any defence clause that applies and is not at must-have or fallback.
    const exposed = clauses.some(
      (c) => (LOCK_IN_DEFENCE_CLAUSES as readonly string[]).includes(c.key) && c.status !== "NOT_APPLICABLE" && !SETTLED.includes(c.status),
    );
    const coverage = Object.fromEntries(readiness.scenarios.map((x) => [x.key, x.covered]));
    return {
      id: d.id,
      name: d.name,
      vendor: d.vendor,
      stage: d.stage as DealStage,
      ownerId: d.ownerId,
      ownerName: d.owner.name,
      currency: d.currency,
      valueMinor: d.contractValueMinor,
      signing: d.targetSigningDate ? isoDate(d.targetSigningDate) : null,
      archived: d.archivedAt !== null,
      readiness,
      band: readinessBand(readiness.score, readiness.ready),
      exposed,
      coverage,
      clauses,
      responses: d.responses.map((r) => ({
        stance: r.stance as VendorStance,
        clauseKey: r.dealClause.clause.key,
        clauseTitle: r.dealClause.clause.title,
        pitchKeys: r.pitchKeys,
      })),
      cache: { score: d.readinessScore, ready: d.readinessReady, blockers: d.blockerCount, coverage: d.scenarioCoverage, exposed: d.lockInExposed },
      scenarioInput,
    };
  });
  return {
    deals: modelDeals,
    scenarios: scenarioCatalogue(playbooks, current),
    layers: [...current.layers].sort((a, b) => a.position - b.position).map((l) => ({ key: l.key, title: l.title })),
    pitchQuote: new Map(current.pitches.map((p) => [p.key, p.quote])),
  };
}

/** Every scenario key of the organisation's versions: the current one's in order, then the rest by title (from the latest version that has it). */
function scenarioCatalogue(
  playbooks: { version: number; isCurrent: boolean; scenarios: { key: string; title: string; position: number }[] }[],
  current: { scenarios: { key: string; title: string; position: number }[] },
): Model["scenarios"] {
  const currentKeys = new Set(current.scenarios.map((s) => s.key));
  const older = new Map<string, string>();
  for (const p of [...playbooks].sort((a, b) => a.version - b.version)) for (const s of p.scenarios) if (!currentKeys.has(s.key)) older.set(s.key, s.title);
  return [
    ...[...current.scenarios].sort((a, b) => a.position - b.position).map((s) => ({ key: s.key, title: s.title, current: true })),
    ...[...older].sort(([ka, a], [kb, b]) => (a < b ? -1 : a > b ? 1 : ka < kb ? -1 : 1)).map(([key, title]) => ({ key, title, current: false })),
  ];
}

/** The documented meaning of the portfolio filters, over the model. */
function matches(d: ModelDeal, filter: TPortfolioFilter): boolean {
  if (d.archived) return false;
  if (filter.stage && d.stage !== filter.stage) return false;
  if (filter.ownerId && d.ownerId !== filter.ownerId) return false;
  if (filter.vendor && d.vendor !== filter.vendor) return false;
  if (filter.signing === "overdue") {
    // Still unsigned past the date (unless a stage is chosen explicitly).
    if (d.signing === null || d.signing > todayIso(-1)) return false;
    if (!filter.stage && (d.stage === "SIGNED" || d.stage === "WALKED_AWAY")) return false;
  } else if (filter.signing) {
    if (d.signing === null || d.signing < todayIso() || d.signing > todayIso(Number(filter.signing))) return false;
  }
  return true;
}

function addMoney(target: Record<string, string>, currency: string, minor: bigint) {
  target[currency] = (BigInt(target[currency] ?? "0") + minor).toString();
}

function isAtRisk(d: ModelDeal) {
  return (
    !d.readiness.ready &&
    d.stage !== "SIGNED" &&
    d.stage !== "WALKED_AWAY" &&
    d.signing !== null &&
    d.signing >= todayIso() &&
    d.signing <= todayIso(AT_RISK_DAYS)
  );
}

/** The documented letters of "Deal"."heatCells", one per section in LAYER_KEYS order. */
const HEAT_LETTER: Record<string, string> = { below: "b", open: "o", partial: "p", settled: "s", na: "n" };

function heatCell(clauses: ModelDeal["clauses"]): string {
  const below = clauses.filter((c) => c.status === "BELOW_WALK_AWAY").length;
  const na = clauses.filter((c) => c.status === "NOT_APPLICABLE").length;
  const settled = clauses.filter((c) => SETTLED.includes(c.status)).length;
  if (below > 0) return "below";
  if (na === clauses.length) return "na";
  if (settled === clauses.length - na) return "settled";
  return settled > 0 ? "partial" : "open";
}

/** Pushback per clause key over every (COUNTERS | REJECTS) response, not truncated. */
function pushbackOf(deals: ModelDeal[]) {
  const byKey = new Map<string, { clauseKey: string; title: string; counters: number; rejects: number; dealIds: Set<string> }>();
  for (const d of deals) {
    for (const r of d.responses) {
      if (r.stance !== "COUNTERS" && r.stance !== "REJECTS") continue;
      const entry = byKey.get(r.clauseKey) ?? { clauseKey: r.clauseKey, title: r.clauseTitle, counters: 0, rejects: 0, dealIds: new Set<string>() };
      if (r.stance === "COUNTERS") entry.counters++;
      else entry.rejects++;
      entry.dealIds.add(d.id);
      byKey.set(r.clauseKey, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => b.counters + b.rejects - (a.counters + a.rejects) || (a.clauseKey < b.clauseKey ? -1 : 1));
}

/** Pitches per key and per vendor (one count per pitch key per response), with the deals behind them. */
function pitchesOf(deals: ModelDeal[], model: Model) {
  const byKey = new Map<
    string,
    { pitchKey: string; quote: string; total: number; vendors: Map<string, number>; dealIds: Set<string>; dealIdsByVendor: Map<string, Set<string>> }
  >();
  for (const d of deals) {
    for (const r of d.responses) {
      for (const pk of r.pitchKeys) {
        const entry = byKey.get(pk) ?? {
          pitchKey: pk,
          quote: model.pitchQuote.get(pk) ?? pk,
          total: 0,
          vendors: new Map(),
          dealIds: new Set(),
          dealIdsByVendor: new Map(),
        };
        entry.total++;
        entry.vendors.set(d.vendor, (entry.vendors.get(d.vendor) ?? 0) + 1);
        entry.dealIds.add(d.id);
        entry.dealIdsByVendor.set(d.vendor, (entry.dealIdsByVendor.get(d.vendor) ?? new Set()).add(d.id));
        byKey.set(pk, entry);
      }
    }
  }
  return byKey;
}

/** Signed and walked-away deals: latest signing date first, no date last. */
function compareSigningLatestFirst(a: ModelDeal, b: ModelDeal) {
  if (a.signing === b.signing) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  if (a.signing === null) return 1;
  if (b.signing === null) return -1;
  return a.signing > b.signing ? -1 : 1;
}

function compareSigning(a: ModelDeal, b: ModelDeal) {
  if (a.signing === b.signing) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  if (a.signing === null) return 1;
  if (b.signing === null) return -1;
  return a.signing < b.signing ? -1 : 1;
}

/** Every dashboard figure, computed independently over the deals matching the filter. */
function expectedPortfolio(model: Model, filter: TPortfolioFilter): PortfolioDto {
  const deals = model.deals.filter((d) => matches(d, filter));
  const byStage = Object.fromEntries(DEAL_STAGES.map((s) => [s, 0])) as Record<DealStage, number>;
  const byBand = Object.fromEntries(READINESS_BANDS.map((b) => [b, { deals: 0, value: {} as Record<string, string> }])) as PortfolioDto["byBand"];
  const exposed = { deals: 0, value: {} as Record<string, string> };
  const totalValue: Record<string, string> = {};
  for (const d of deals) {
    byStage[d.stage]++;
    byBand[d.band].deals++;
    addMoney(byBand[d.band].value, d.currency, d.valueMinor);
    addMoney(totalValue, d.currency, d.valueMinor);
    if (d.exposed) {
      exposed.deals++;
      addMoney(exposed.value, d.currency, d.valueMinor);
    }
  }
  const atRisk = deals
    .filter(isAtRisk)
    .sort((a, b) => a.readiness.score - b.readiness.score || (a.signing! < b.signing! ? -1 : a.signing! > b.signing! ? 1 : 0) || (a.id < b.id ? -1 : 1));
  const closed = (d: ModelDeal) => d.stage === "SIGNED" || d.stage === "WALKED_AWAY";
  const heatDeals = [...deals.filter((d) => !closed(d)).sort(compareSigning), ...deals.filter(closed).sort(compareSigningLatestFirst)].slice(0, HEATMAP_DEALS);
  const pitches = pitchesOf(deals, model);
  return {
    totalDeals: deals.length,
    byStage,
    byBand,
    exposed,
    totalValue,
    scenarios: model.scenarios.flatMap((s) => {
      const having = deals.filter((d) => s.key in d.coverage);
      const covered = having.filter((d) => d.coverage[s.key]).length;
      return s.current || having.length ? [{ key: s.key, title: s.title, current: s.current, covered, uncovered: having.length - covered }] : [];
    }),
    atRisk: {
      total: atRisk.length,
      deals: atRisk.slice(0, 10).map((d) => ({
        id: d.id,
        name: d.name,
        vendor: d.vendor,
        owner: d.ownerName,
        score: d.readiness.score,
        blockers: d.readiness.blockers.length,
        targetSigningDate: d.signing!,
        valueMinor: d.valueMinor.toString(),
        currency: d.currency,
      })),
    },
    heatmap: {
      totalDeals: deals.length,
      layers: model.layers as PortfolioDto["heatmap"]["layers"],
      deals: heatDeals.map((d) => {
        const cells = LAYER_KEYS.map((layer) => {
          const clauses = d.clauses.filter((c) => c.layerKey === layer);
          return [layer, clauses.length ? HEAT_LETTER[heatCell(clauses)] : "n"];
        });
        return { id: d.id, name: d.name, vendor: d.vendor, cells: Object.fromEntries(cells) };
      }),
    },
    pushback: pushbackOf(deals)
      .slice(0, 10)
      .map(({ clauseKey, title, counters, rejects, dealIds }) => ({ clauseKey, title, counters, rejects, deals: dealIds.size })),
    pitches: [...pitches.values()].map((p) => ({
      pitchKey: p.pitchKey,
      quote: p.quote,
      total: p.total,
      vendorCount: p.vendors.size,
      vendors: [...p.vendors]
        .map(([vendor, count]) => ({ vendor, count }))
        .sort((a, b) => b.count - a.count || (a.vendor < b.vendor ? -1 : 1))
        .slice(0, PITCH_TOP_VENDORS),
    })),
  };
}

/** getPortfolio orders pitches by total, then key; vendors by count, then name (code-unit order). */
function normalised(dto: PortfolioDto): PortfolioDto {
  return {
    ...dto,
    pitches: [...dto.pitches]
      .sort((a, b) => b.total - a.total || (a.pitchKey < b.pitchKey ? -1 : 1))
      .map((p) => ({ ...p, vendors: [...p.vendors].sort((a, b) => b.count - a.count || (a.vendor < b.vendor ? -1 : 1)) })),
  };
}

function expectSortedByCountDesc(dto: PortfolioDto) {
  for (let i = 1; i < dto.pitches.length; i++) expect(dto.pitches[i - 1].total).toBeGreaterThanOrEqual(dto.pitches[i].total);
  for (const p of dto.pitches) for (let i = 1; i < p.vendors.length; i++) expect(p.vendors[i - 1].count).toBeGreaterThanOrEqual(p.vendors[i].count);
}

async function expectDashboardMatches(actor: Actor, model: Model, filter: TPortfolioFilter) {
  const actual = await getPortfolio(actor, filter);
  expectSortedByCountDesc(actual);
  expect(normalised(actual)).toEqual(normalised(expectedPortfolio(model, filter)));
  return actual;
}

async function exportRows(actor: Actor, filter: TPortfolioFilter) {
  const rows: unknown[][] = [];
  for await (const batch of iteratePortfolioExport(actor, filter)) rows.push(...batch);
  return rows;
}

function majorUnits(minor: bigint) {
  const digits = minor.toString().padStart(3, "0");
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

// ---------------------------------------------------------------------------------------------

let team: Awaited<ReturnType<typeof createTeam>>;
let owners: string[];
let foreignOwnerId: string;
let mainIds: string[];
let foreignIds: string[];
let model: Model;

beforeAll(async () => {
  team = await createTeam();
  const extra = await Promise.all([
    createUser(team.org.id, "NEGOTIATOR", { name: "Nora Negotiator" }),
    createUser(team.org.id, "NEGOTIATOR", { name: "Ned Negotiator" }),
  ]);
  owners = [team.users.NEGOTIATOR.id, ...extra.map((u) => u.id)];
  const foreignNegotiator = await createUser(team.otherOrg.id, "NEGOTIATOR", { name: "Olga Other" });
  foreignOwnerId = foreignNegotiator.id;
  ({ dealIds: mainIds } = await createPortfolioFixture({
    organizationId: team.org.id,
    ownerIds: owners,
    acceptedById: team.users.CIO.id,
    count: 200,
    seed: 20260301,
    archived: 4,
  }));
  // Then the playbook's version 2 (a scenario retired, one added) and deals pinned to it: every
  // figure below is over deals of both versions.
  await publishVersion(team.org.id, 2, scenarioSwappedPlaybook());
  const onV2 = await createPortfolioFixture({
    organizationId: team.org.id,
    ownerIds: owners,
    acceptedById: team.users.CIO.id,
    count: V2_DEALS,
    seed: 20261201,
    namePrefix: "V2",
  });
  mainIds = [...mainIds, ...onV2.dealIds];
  ({ dealIds: foreignIds } = await createPortfolioFixture({
    organizationId: team.otherOrg.id,
    ownerIds: [team.foreignAdmin.userId, foreignOwnerId],
    acceptedById: team.foreignAdmin.userId,
    count: 30,
    seed: 777,
    namePrefix: "Foreign",
  }));
  model = await loadModel(team.org.id);
}, 120_000);

describe("the fixture", () => {
  it("is a realistic mix (so that every figure below is exercised)", () => {
    const live = model.deals.filter((d) => !d.archived);
    expect(model.deals).toHaveLength(200 + V2_DEALS);
    expect(live.length).toBe(LIVE_DEALS);
    // Deals of both versions, each with its own version's scenarios.
    expect(live.filter((d) => RETIRED_SCENARIO in d.coverage).length).toBe(196);
    expect(live.filter((d) => ADDED_SCENARIO in d.coverage).length).toBe(V2_DEALS);
    expect(model.scenarios.map((s) => [s.key, s.current])).toContainEqual([RETIRED_SCENARIO, false]);
    for (const band of READINESS_BANDS) expect(live.filter((d) => d.band === band).length, band).toBeGreaterThan(3);
    for (const stage of DEAL_STAGES) expect(live.filter((d) => d.stage === stage).length, stage).toBeGreaterThan(0);
    expect(live.filter((d) => d.exposed).length).toBeGreaterThan(10);
    expect(live.filter((d) => !d.exposed).length).toBeGreaterThan(10);
    expect(live.filter(isAtRisk).length).toBeGreaterThan(10);
    // Deals exactly on the edges of the signing windows.
    for (const offset of [0, -1, 30, 31, 90, 91])
      expect(
        live.some((d) => d.signing === todayIso(offset)),
        `signing at ${offset} days`,
      ).toBe(true);
    expect(live.some((d) => isAtRisk(d) && d.signing === todayIso(AT_RISK_DAYS))).toBe(true);
    expect(live.some((d) => d.signing === null)).toBe(true);
    expect(live.filter((d) => d.readiness.ready && d.clauses.some((c) => c.accepted)).length).toBeGreaterThan(0);
    expect(live.filter((d) => d.clauses.every((c) => c.status === "NOT_APPLICABLE")).length).toBe(2); // one per fixture
    for (const s of model.scenarios) expect(live.filter((d) => d.coverage[s.key] === false).length, s.key).toBeGreaterThan(0);
    expect(new Set(live.map((d) => d.currency))).toEqual(new Set(["USD", "EUR", "GBP"]));
    // Money sums beyond Number.MAX_SAFE_INTEGER must stay exact.
    const usd = live.filter((d) => d.currency === "USD").reduce((s, d) => s + d.valueMinor, 0n);
    expect(usd > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });
});

describe("every dashboard figure equals an independent computation from the raw rows", () => {
  it("unfiltered, for the manager", async () => {
    const actual = await expectDashboardMatches(team.actors.MANAGER, model, {});
    expect(actual.totalDeals).toBe(LIVE_DEALS);
    expect(actual.heatmap.deals).toHaveLength(HEATMAP_DEALS);
    expect(actual.atRisk.deals).toHaveLength(10);
    expect(actual.pushback).toHaveLength(10);
    expect(actual.pitches.length).toBe(7);
  });

  it("the same for every role that may read the portfolio", async () => {
    const expected = normalised(expectedPortfolio(model, {}));
    for (const role of ["ADMIN", "CIO", "NEGOTIATOR", "VIEWER"] as const) {
      expect(normalised(await getPortfolio(team.actors[role], {})), role).toEqual(expected);
    }
  });
});

describe("the readiness cache agrees with THE readiness function", () => {
  it("for every deal: score, ready, blockers, scenario coverage, lock-in exposure", () => {
    for (const d of model.deals) {
      expect(d.cache, d.name).toEqual({
        score: d.readiness.score,
        ready: d.readiness.ready,
        blockers: d.readiness.blockers.length,
        coverage: d.coverage,
        exposed: d.exposed,
      });
    }
  });
});

describe("filters narrow every panel consistently", () => {
  const filters: [string, () => TPortfolioFilter][] = [
    ["stage NEGOTIATING", () => ({ stage: "NEGOTIATING" })],
    ["stage SIGNED", () => ({ stage: "SIGNED" })],
    ["owner", () => ({ ownerId: owners[1] })],
    ["vendor", () => ({ vendor: PORTFOLIO_VENDORS[3] })],
    ["signing 30", () => ({ signing: "30" })],
    ["signing 90", () => ({ signing: "90" })],
    ["signing overdue", () => ({ signing: "overdue" })],
    ["owner + signing 90", () => ({ ownerId: owners[0], signing: "90" })],
    ["stage + vendor", () => ({ stage: "NEGOTIATING", vendor: PORTFOLIO_VENDORS[0] })],
    ["stage + overdue", () => ({ stage: "NEGOTIATING", signing: "overdue" })],
    ["nothing matches", () => ({ ownerId: team.users.VIEWER.id })],
  ];

  it.each(filters.map(([name]) => name))("%s", async (name) => {
    const filter = filters.find(([n]) => n === name)![1]();
    const all = await getPortfolio(team.actors.MANAGER, {});
    const actual = await expectDashboardMatches(team.actors.MANAGER, model, filter);
    const matching = model.deals.filter((d) => matches(d, filter));
    if (name === "nothing matches") expect(actual.totalDeals).toBe(0);
    else expect(actual.totalDeals, "a filter that matches nothing proves nothing").toBeGreaterThan(0);

    expect(actual.totalDeals).toBeLessThanOrEqual(all.totalDeals);
    for (const s of DEAL_STAGES) expect(actual.byStage[s]).toBeLessThanOrEqual(all.byStage[s]);
    for (const b of READINESS_BANDS) {
      expect(actual.byBand[b].deals).toBeLessThanOrEqual(all.byBand[b].deals);
      for (const [cur, v] of Object.entries(actual.byBand[b].value)) expect(BigInt(v) <= BigInt(all.byBand[b].value[cur])).toBe(true);
    }
    for (const [cur, v] of Object.entries(actual.totalValue)) expect(BigInt(v) <= BigInt(all.totalValue[cur])).toBe(true);
    for (const [cur, v] of Object.entries(actual.exposed.value)) expect(BigInt(v) <= BigInt(all.exposed.value[cur])).toBe(true);
    expect(actual.exposed.deals).toBeLessThanOrEqual(all.exposed.deals);
    expect(actual.atRisk.total).toBeLessThanOrEqual(all.atRisk.total);
    expect(actual.heatmap.totalDeals).toBe(actual.totalDeals);
    for (const s of actual.scenarios) {
      const whole = all.scenarios.find((x) => x.key === s.key)!;
      expect(s.covered).toBeLessThanOrEqual(whole.covered);
      expect(s.uncovered).toBeLessThanOrEqual(whole.uncovered);
    }
    const allPushback = new Map(pushbackOf(model.deals.filter((d) => !d.archived)).map((p) => [p.clauseKey, p]));
    for (const p of actual.pushback) {
      expect(p.counters).toBeLessThanOrEqual(allPushback.get(p.clauseKey)!.counters);
      expect(p.rejects).toBeLessThanOrEqual(allPushback.get(p.clauseKey)!.rejects);
    }
    const allPitches = new Map(all.pitches.map((p) => [p.pitchKey, p]));
    for (const p of actual.pitches) expect(p.total).toBeLessThanOrEqual(allPitches.get(p.pitchKey)!.total);

    // Every deal on a panel passes the filter.
    const ids = new Set(matching.map((d) => d.id));
    for (const d of [...actual.atRisk.deals, ...actual.heatmap.deals]) expect(ids.has(d.id)).toBe(true);
  });

  it("a filter on a foreign owner or a vendor that only exists elsewhere counts nothing", async () => {
    expect((await getPortfolio(team.actors.MANAGER, { ownerId: foreignOwnerId })).totalDeals).toBe(0);
    expect((await getPortfolio(team.actors.MANAGER, { ownerId: team.foreignAdmin.userId })).totalDeals).toBe(0);
  });
});

describe("drill-down: the deal list a figure links to counts the same deals", () => {
  const filters: [string, () => TPortfolioFilter][] = [
    ["no filter", () => ({})],
    ["owner", () => ({ ownerId: owners[2] })],
    ["signing 90", () => ({ signing: "90" })],
    ["vendor", () => ({ vendor: PORTFOLIO_VENDORS[5] })],
  ];

  async function total(filter: TPortfolioFilter, figure: Record<string, string>) {
    return (await listDeals(team.actors.MANAGER, ZDealListQuery.parse({ ...filter, ...figure }))).total;
  }

  it.each(filters.map(([name]) => name))("%s", async (name) => {
    const filter = filters.find(([n]) => n === name)![1]();
    const dto = await expectDashboardMatches(team.actors.MANAGER, model, filter);
    const deals = model.deals.filter((d) => matches(d, filter));
    expect(dto.totalDeals).toBeGreaterThan(0);

    expect(await total(filter, {}), "all deals").toBe(dto.totalDeals);
    for (const stage of DEAL_STAGES) {
      if (filter.stage) continue;
      expect(await total(filter, { stage }), stage).toBe(dto.byStage[stage]);
    }
    for (const band of READINESS_BANDS) expect(await total(filter, { band }), band).toBe(dto.byBand[band].deals);
    expect(await total(filter, { exposed: "1" }), "exposed").toBe(dto.exposed.deals);
    expect(await total(filter, { atRisk: "1" }), "at risk").toBe(dto.atRisk.total);
    for (const s of dto.scenarios) expect(await total(filter, { uncovered: s.key }), s.key).toBe(s.uncovered);
    for (const p of dto.pushback) {
      expect(await total(filter, { pushback: p.clauseKey }), p.clauseKey).toBe(p.deals);
      expect(p.deals).toBe(
        new Set(
          deals.filter((d) => d.responses.some((r) => r.clauseKey === p.clauseKey && (r.stance === "COUNTERS" || r.stance === "REJECTS"))).map((d) => d.id),
        ).size,
      );
    }
    const pitches = pitchesOf(deals, model);
    for (const p of dto.pitches) {
      expect(await total(filter, { pitch: p.pitchKey }), p.pitchKey).toBe(pitches.get(p.pitchKey)!.dealIds.size);
      for (const v of p.vendors) {
        if (filter.vendor && v.vendor !== filter.vendor) continue;
        expect(await total(filter, { pitch: p.pitchKey, vendor: v.vendor }), `${p.pitchKey} × ${v.vendor}`).toBe(
          pitches.get(p.pitchKey)!.dealIdsByVendor.get(v.vendor)!.size,
        );
      }
    }
  });

  it("the deals of the at-risk list are among the deals of the at-risk drill-down", async () => {
    const dto = await getPortfolio(team.actors.MANAGER, {});
    const atRisk = model.deals.filter((d) => matches(d, {}) && isAtRisk(d));
    const listed = await listDeals(team.actors.MANAGER, ZDealListQuery.parse({ atRisk: "1", sort: "signing", dir: "asc" }));
    expect(listed.total).toBe(atRisk.length);
    expect(new Set(dto.atRisk.deals.map((d) => d.id)).size).toBe(10);
    for (const d of dto.atRisk.deals) expect(atRisk.some((x) => x.id === d.id)).toBe(true);
  });
});

describe("drill-down with vendor names that differ only in case", () => {
  // Regression: the deal list matched vendors case-insensitively while the dashboard matched them
  // exactly, so with "Acme AI" and "ACME AI" a per-vendor figure of 1 opened a list of 2.
  it("a per-vendor figure and its deal list count the same deals", async () => {
    const t = await createTeam();
    for (const vendor of ["Acme AI", "ACME AI"]) {
      const { deal, clause } = await createTestDeal(t.actors.NEGOTIATOR, { vendor });
      await db.vendorResponse.create({
        data: {
          dealId: deal.id,
          dealClauseId: clause.id,
          occurredOn: new Date(),
          channel: "EMAIL",
          vendorText: "Trust us.",
          stance: "COUNTERS",
          offerPosition: "UNCLEAR",
          redFlagKeys: [],
          pitchKeys: ["trust-us"],
          authorId: t.users.NEGOTIATOR.id,
        },
      });
    }
    const filtered = await getPortfolio(t.actors.MANAGER, { vendor: "Acme AI" });
    const listed = await listDeals(t.actors.MANAGER, ZDealListQuery.parse({ vendor: "Acme AI" }));
    const chip = (await getPortfolio(t.actors.MANAGER, {})).pitches[0].vendors.find((v) => v.vendor === "Acme AI")!;
    const chipList = await listDeals(t.actors.MANAGER, ZDealListQuery.parse({ pitch: "trust-us", vendor: "Acme AI" }));
    expect({ dashboard: filtered.totalDeals, chip: chip.count }).toEqual({ dashboard: listed.total, chip: chipList.total });
  });
});

describe("another organisation's deals never count", () => {
  it("the fixture really gives the other organisation pushback, pitches, shared vendors and at-risk deals", async () => {
    const foreign = await loadModel(team.otherOrg.id);
    expect(foreign.deals).toHaveLength(30);
    expect(foreign.deals.some((d) => d.responses.some((r) => r.pitchKeys.length))).toBe(true);
    expect(foreign.deals.some((d) => d.responses.some((r) => r.stance === "REJECTS"))).toBe(true);
    expect(foreign.deals.some((d) => model.deals.some((m) => m.vendor === d.vendor))).toBe(true);
    expect(new Set(foreignIds).size).toBe(30);
    expect(mainIds.some((id) => foreignIds.includes(id))).toBe(false);
  });

  it("totals equal the first organisation's deals only, with and without a vendor filter shared by both", async () => {
    const dto = await getPortfolio(team.actors.MANAGER, {});
    const ownIds = new Set(mainIds);
    expect(dto.totalDeals).toBe(model.deals.filter((d) => !d.archived).length);
    for (const d of [...dto.atRisk.deals, ...dto.heatmap.deals]) expect(ownIds.has(d.id)).toBe(true);
    const shared = PORTFOLIO_VENDORS.find((v) => model.deals.some((d) => d.vendor === v && !d.archived))!;
    await expectDashboardMatches(team.actors.MANAGER, model, { vendor: shared });
    expect((await listDeals(team.actors.MANAGER, ZDealListQuery.parse({ ownerId: foreignOwnerId }))).total).toBe(0);
  });

  it("a foreign admin's dashboard shows only their organisation", async () => {
    const foreign = await loadModel(team.otherOrg.id);
    const dto = await expectDashboardMatches(team.foreignAdmin, foreign, {});
    expect(dto.totalDeals).toBe(30);
    const ids = new Set(foreignIds);
    for (const d of [...dto.atRisk.deals, ...dto.heatmap.deals]) expect(ids.has(d.id)).toBe(true);
    // The foreign admin's filters cannot reach into the first organisation either.
    expect((await getPortfolio(team.foreignAdmin, { ownerId: owners[0] })).totalDeals).toBe(0);
  });

  it("a member of both organisations sees the organisation they act in", async () => {
    const both = await createUser(team.org.id, "MANAGER");
    await db.membership.create({ data: { userId: both.id, organizationId: team.otherOrg.id, role: "MANAGER" } });
    const inMain = await actorFor(both.id, team.org.id);
    const inOther = await actorFor(both.id, team.otherOrg.id);
    expect((await getPortfolio(inMain, {})).totalDeals).toBe(LIVE_DEALS);
    expect((await getPortfolio(inOther, {})).totalDeals).toBe(30);
    const exported = (await exportRows(inOther, {})).map((r) => r[0] as string);
    expect(new Set(exported)).toEqual(new Set(foreignIds));
  });

  it("the export of the first organisation contains none of the other's deals", async () => {
    const ids = (await exportRows(team.actors.MANAGER, {})).map((r) => r[0] as string);
    expect(ids.length).toBe(LIVE_DEALS);
    const foreign = new Set(foreignIds);
    expect(ids.filter((id) => foreign.has(id))).toEqual([]);
  });
});

describe("export", () => {
  const filters: [string, () => TPortfolioFilter][] = [
    ["no filter", () => ({})],
    ["stage", () => ({ stage: "NEGOTIATING" })],
    ["signing 30", () => ({ signing: "30" })],
    ["owner + overdue", () => ({ ownerId: owners[0], signing: "overdue" })],
    ["vendor", () => ({ vendor: PORTFOLIO_VENDORS[7] })],
  ];

  it("has the documented header", () => {
    expect(EXPORT_HEADER).toEqual([
      "deal_id",
      "name",
      "vendor",
      "stage",
      "owner",
      "contract_value",
      "currency",
      "target_signing_date",
      "readiness_score",
      "ready",
      "blockers",
      "scenarios_covered",
      "scenarios_uncovered",
      "lock_in_exposed",
    ]);
  });

  it.each(filters.map(([name]) => name))("yields exactly the filtered deals, each once, with their values: %s", async (name) => {
    const filter = filters.find(([n]) => n === name)![1]();
    const rows = await exportRows(team.actors.MANAGER, filter);
    const ids = rows.map((r) => r[0] as string);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = model.deals.filter((d) => matches(d, filter));
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(expected.map((d) => d.id)));
    expect(ids.length).toBe((await getPortfolio(team.actors.MANAGER, filter)).totalDeals);
    const byId = new Map(expected.map((d) => [d.id, d]));
    for (const row of rows) {
      expect(row).toHaveLength(EXPORT_HEADER.length);
      const d = byId.get(row[0] as string)!;
      const covered = model.scenarios.filter((s) => d.coverage[s.key] === true).map((s) => s.title);
      const uncovered = model.scenarios.filter((s) => d.coverage[s.key] === false).map((s) => s.title);
      expect(row, d.name).toEqual([
        d.id,
        d.name,
        d.vendor,
        d.stage,
        d.ownerName,
        majorUnits(d.valueMinor),
        d.currency,
        d.signing ?? "",
        d.readiness.score,
        d.readiness.ready ? "yes" : "no",
        d.readiness.blockers.length,
        covered.join("; "),
        uncovered.join("; "),
        d.exposed ? "yes" : "no",
      ]);
    }
  });

  it("formats contract values as major units with two decimals, exactly (zero, cents, near the maximum)", async () => {
    const rows = await exportRows(team.actors.MANAGER, {});
    const value = new Map(rows.map((r) => [r[0] as string, r[5] as string]));
    const zero = model.deals.find((d) => !d.archived && d.valueMinor === 0n)!;
    const cents = model.deals.find((d) => !d.archived && d.valueMinor === 7n)!;
    // The largest: rows come back in no fixed order, and a deal updated by an earlier test moves.
    const huge = model.deals.filter((d) => !d.archived && d.valueMinor > 10n ** 14n).sort((a, b) => (b.valueMinor > a.valueMinor ? 1 : -1))[0];
    expect(value.get(zero.id)).toBe("0.00");
    expect(value.get(cents.id)).toBe("0.07");
    expect(value.get(huge.id)).toBe(majorUnits(huge.valueMinor));
    expect(value.get(huge.id)).toMatch(/^9999999999999\.\d\d$/);
    for (const v of value.values()) expect(v).toMatch(/^\d+\.\d\d$/);
  });

  it("is refused to roles without portfolio:export, allowed to the others", async () => {
    for (const role of ["NEGOTIATOR", "VIEWER"] as const) {
      const error = await appErrorOf(exportRows(team.actors[role], {}));
      expect(error.code, role).toBe("FORBIDDEN");
    }
    for (const role of ["ADMIN", "CIO", "MANAGER"] as const)
      expect((await exportRows(team.actors[role], { stage: "SIGNED" })).length, role).toBe(model.deals.filter((d) => matches(d, { stage: "SIGNED" })).length);
  });
});

// Mutations last: they change the portfolio the tests above compare against.
describe("the cache follows every change in the same call", () => {
  it("updateDealClause: the deal's cache and the dashboard reflect the new status at once", async () => {
    // A deal exposed to lock-in through exactly one open defence clause: securing it ends the exposure.
    const target = model.deals.find((d) => {
      if (d.archived || !d.exposed) return false;
      const open = d.clauses.filter(
        (c) => (LOCK_IN_DEFENCE_CLAUSES as readonly string[]).includes(c.key) && c.status !== "NOT_APPLICABLE" && !SETTLED.includes(c.status),
      );
      return open.length === 1;
    })!;
    expect(target).toBeDefined();
    const clause = target.clauses.find(
      (c) => (LOCK_IN_DEFENCE_CLAUSES as readonly string[]).includes(c.key) && c.status !== "NOT_APPLICABLE" && !SETTLED.includes(c.status),
    )!;
    const { version } = await db.dealClause.findUniqueOrThrow({ where: { id: clause.id } });
    await updateDealClause(team.actors.NEGOTIATOR, {
      dealClauseId: clause.id,
      version,
      status: "MUST_HAVE_MET",
      notApplicableReason: "",
      agreedLanguage: "Weights delivered on every milestone.",
      contractReference: "§7",
      notes: "",
    });

    const after = await loadModel(team.org.id);
    const deal = after.deals.find((d) => d.id === target.id)!;
    expect(deal.exposed).toBe(false);
    expect(deal.readiness.score).toBeGreaterThan(target.readiness.score);
    expect(deal.cache).toEqual({
      score: deal.readiness.score,
      ready: deal.readiness.ready,
      blockers: deal.readiness.blockers.length,
      coverage: deal.coverage,
      exposed: false,
    });
    const dto = await expectDashboardMatches(team.actors.MANAGER, after, {});
    const before = expectedPortfolio(model, {});
    expect(dto.exposed.deals).toBe(before.exposed.deals - 1);
    model = after;
  });

  it("acceptRisk: the deal's cache and the dashboard reflect the acceptance at once", async () => {
    // A deal that one written acceptance makes ready.
    let target: ModelDeal | undefined;
    let gap: ModelDeal["clauses"][number] | undefined;
    for (const d of model.deals) {
      if (d.archived || d.readiness.ready) continue;
      for (const c of d.clauses) {
        if (c.accepted || c.status === "NOT_APPLICABLE" || SETTLED.includes(c.status)) continue;
        const r = computeReadiness({
          clauses: d.clauses.map((x) => ({
            clauseKey: x.key,
            title: x.title,
            layerKey: x.layerKey as LayerKey,
            priority: x.priority,
            status: x.status,
            riskAccepted: x.accepted || x.id === c.id,
          })),
          scenarios: d.scenarioInput,
        });
        if (r.ready) {
          target = d;
          gap = c;
          break;
        }
      }
      if (target) break;
    }
    expect(target, "the fixture has a deal one acceptance makes ready").toBeDefined();
    const before = expectedPortfolio(model, {});
    await acceptRisk(team.actors.CIO, {
      dealId: target!.id,
      dealClauseId: gap!.id,
      rationale: "The vendor's indemnity covers this gap; accepted for this deal only.",
    });

    const after = await loadModel(team.org.id);
    const deal = after.deals.find((d) => d.id === target!.id)!;
    expect(deal.readiness.ready).toBe(true);
    expect(deal.readiness.score).toBe(target!.readiness.score); // an accepted gap is still a gap
    expect(deal.cache).toEqual({ score: deal.readiness.score, ready: true, blockers: 0, coverage: deal.coverage, exposed: deal.exposed });
    const dto = await expectDashboardMatches(team.actors.MANAGER, after, {});
    expect(dto.byBand.ready.deals).toBe(before.byBand.ready.deals + 1);
    expect((await listDeals(team.actors.MANAGER, ZDealListQuery.parse({ band: "ready" }))).total).toBe(dto.byBand.ready.deals);
    for (const d of after.deals)
      expect(d.cache, d.name).toEqual({
        score: d.readiness.score,
        ready: d.readiness.ready,
        blockers: d.readiness.blockers.length,
        coverage: d.coverage,
        exposed: d.exposed,
      });
    model = after;
  });
});
