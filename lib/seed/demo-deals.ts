import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClauseStatus, DealStage, HostingModel, OfferPosition, ResponseChannel, VendorStance } from "@/lib/domain/enums";
import { detectRedFlags, pitchKeysOf } from "@/lib/domain/red-flags";
import { afterDealsInserted } from "@/lib/services/deal-changes";
import { ensureVendors } from "@/lib/services/vendor-records";

type Tx = Prisma.TransactionClient;

interface DemoResponse {
  clause: string;
  daysAgo: number;
  channel: ResponseChannel;
  text: string;
  stance: VendorStance;
  offer: OfferPosition;
  counter: string;
}

interface DemoDeal {
  name: string;
  vendor: string;
  useCase: string;
  modelKind: string;
  hostingModel: HostingModel;
  baseModel: string;
  baseModelLicence: string;
  valueMajor: number;
  currency: string;
  stage: DealStage;
  signInDays: number | null;
  ownerEmail: string;
  /** Share of clauses (in playbook order) at each status; the rest stay NOT_STARTED. */
  statuses: Partial<Record<string, ClauseStatus>>;
  defaultStatus: ClauseStatus;
  responses: DemoResponse[];
}

const DEMO_DEALS: DemoDeal[] = [
  {
    name: "Demand forecasting model",
    vendor: "Northstar Analytics",
    useCase: "Fine-tune a forecasting model on five years of store-level sales to plan replenishment.",
    modelKind: "Time-series forecaster",
    hostingModel: "VENDOR_HOSTED",
    baseModel: "Northstar TS-2",
    baseModelLicence: "Proprietary",
    valueMajor: 850_000,
    currency: "USD",
    stage: "NEGOTIATING",
    signInDays: 21,
    ownerEmail: "negotiator@example.com",
    defaultStatus: "NOT_STARTED",
    statuses: {
      "client-data-ownership": "MUST_HAVE_MET",
      "data-use-limited-to-project": "IN_NEGOTIATION",
      "weights-as-deliverable": "IN_NEGOTIATION",
      "self-host-option": "BELOW_WALK_AWAY",
      "base-vs-custom-boundary": "FALLBACK_ACCEPTED",
    },
    responses: [
      {
        clause: "self-host-option",
        daysAgo: 6,
        channel: "CALL",
        text: "Honestly you don't need the raw model. We'll host it for you and you just call our API; that's how all our customers work.",
        stance: "REJECTS",
        offer: "BELOW_WALK_AWAY",
        counter: "Ask for the model on request or in escrow; raise with their commercial lead.",
      },
      {
        clause: "data-use-limited-to-project",
        daysAgo: 3,
        channel: "REDLINE",
        text: "Vendor may use aggregated and de-identified Customer Data to improve its services.",
        stance: "COUNTERS",
        offer: "FALLBACK",
        counter: "Strike the improvement right, or limit it to learnings that contain none of our data.",
      },
    ],
  },
  {
    name: "Claims triage assistant",
    vendor: "Lumen AI Labs",
    useCase: "Classify and route incoming insurance claims; fine-tuned on historical claims notes.",
    modelKind: "Fine-tuned LLM",
    hostingModel: "SELF_HOSTED",
    baseModel: "Open-weights 8B model",
    baseModelLicence: "Apache-2.0",
    valueMajor: 420_000,
    currency: "EUR",
    stage: "CIO_REVIEW",
    signInDays: 9,
    ownerEmail: "negotiator@example.com",
    defaultStatus: "MUST_HAVE_MET",
    statuses: {
      "reuse-compensation": "NOT_APPLICABLE",
      "sector-exclusivity-head-start": "NOT_APPLICABLE",
      "vendor-hosting-sla": "NOT_APPLICABLE",
      "capped-renewal-pricing": "FALLBACK_ACCEPTED",
      "model-escrow": "IN_NEGOTIATION",
    },
    responses: [
      {
        clause: "model-escrow",
        daysAgo: 2,
        channel: "EMAIL",
        text: "We can deposit the weights with an escrow agent, but release only on formal insolvency, not on failure to support.",
        stance: "COUNTERS",
        offer: "FALLBACK",
        counter: "Add failure to support for 30 days as a release trigger.",
      },
    ],
  },
  {
    name: "Contract clause extraction",
    vendor: "Parallax Legal Tech",
    useCase: "Extract obligations and renewal terms from supplier contracts.",
    modelKind: "Document extraction model",
    hostingModel: "API_ONLY",
    baseModel: "Hosted foundation model (big-tech platform)",
    baseModelLicence: "Platform terms",
    valueMajor: 180_000,
    currency: "GBP",
    stage: "INTAKE",
    signInDays: 60,
    ownerEmail: "negotiator@example.com",
    defaultStatus: "NOT_STARTED",
    statuses: {},
    responses: [
      {
        clause: "big-tech-exit-path",
        daysAgo: 1,
        channel: "MEETING",
        text: "Because the model is fine-tuned on a hyperscaler's platform, we can't export the weights to you.",
        stance: "REJECTS",
        offer: "UNCLEAR",
        counter: "Ask for an export of all fine-tuning data and a retrain commitment on an open model.",
      },
    ],
  },
  {
    name: "Fraud scoring model",
    vendor: "Helix Risk",
    useCase: "Score card transactions for fraud in real time.",
    modelKind: "Gradient-boosted ensemble",
    hostingModel: "HYBRID",
    baseModel: "Helix core features",
    baseModelLicence: "Proprietary",
    valueMajor: 1_250_000,
    currency: "USD",
    stage: "SIGNED",
    signInDays: -40,
    ownerEmail: "negotiator@example.com",
    defaultStatus: "MUST_HAVE_MET",
    statuses: { "reuse-compensation": "NOT_APPLICABLE", "funded-improvements-shared": "FALLBACK_ACCEPTED" },
    responses: [],
  },
];

const DAY = 24 * 60 * 60 * 1000;

function dateOnly(daysFromNow: number) {
  const d = new Date(Date.now() + daysFromNow * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** A few realistic deals for the demo organisation, written only when it has none. */
export async function seedDemoDeals(tx: Tx, organizationId: string, playbookId: string, userIdByEmail: Map<string, string>) {
  if ((await tx.deal.count({ where: { organizationId } })) > 0) return;
  const [clauses, recommendations] = await Promise.all([
    tx.clause.findMany({ where: { playbookId, dealId: null }, select: { id: true, key: true, priority: true } }),
    tx.recommendation.findMany({ where: { playbookId }, select: { id: true } }),
  ]);
  const dealIds: string[] = [];
  const vendors = (
    await ensureVendors(
      tx,
      organizationId,
      DEMO_DEALS.map((d) => d.vendor),
    )
  ).byName;
  for (const demo of DEMO_DEALS) {
    const ownerId = userIdByEmail.get(demo.ownerEmail)!;
    const vendor = vendors.get(demo.vendor)!;
    const deal = await tx.deal.create({
      data: {
        organizationId,
        playbookId,
        name: demo.name,
        vendor: vendor.name,
        vendorId: vendor.id,
        useCase: demo.useCase,
        modelKind: demo.modelKind,
        hostingModel: demo.hostingModel,
        baseModel: demo.baseModel,
        baseModelLicence: demo.baseModelLicence,
        contractValueMinor: BigInt(demo.valueMajor) * 100n,
        currency: demo.currency,
        stage: demo.stage,
        targetSigningDate: demo.signInDays === null ? null : dateOnly(demo.signInDays),
        ownerId,
      },
    });
    dealIds.push(deal.id);
    await tx.dealClause.createMany({
      data: clauses.map((c) => {
        const status = demo.statuses[c.key] ?? demo.defaultStatus;
        return {
          dealId: deal.id,
          clauseId: c.id,
          priority: c.priority,
          status,
          notApplicableReason: status === "NOT_APPLICABLE" ? "Does not apply to this deal's commercial model." : null,
        };
      }),
    });
    await tx.dealRecommendation.createMany({ data: recommendations.map((r) => ({ dealId: deal.id, recommendationId: r.id })) });
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorId: ownerId,
        dealId: deal.id,
        entityType: "Deal",
        entityId: deal.id,
        action: "deal.created",
        after: { name: demo.name, vendor: demo.vendor, stage: demo.stage, source: "demo data" },
      },
    });
    for (const r of demo.responses) {
      const dealClause = await tx.dealClause.findFirstOrThrow({ where: { dealId: deal.id, clause: { key: r.clause } } });
      const findings = detectRedFlags(r.text);
      const response = await tx.vendorResponse.create({
        data: {
          dealId: deal.id,
          dealClauseId: dealClause.id,
          occurredOn: dateOnly(-r.daysAgo),
          channel: r.channel,
          vendorText: r.text,
          stance: r.stance,
          offerPosition: r.offer,
          counterNextStep: r.counter,
          redFlagKeys: findings.map((f) => f.key),
          pitchKeys: pitchKeysOf(findings),
          authorId: ownerId,
        },
      });
      await tx.auditEvent.create({
        data: {
          organizationId,
          actorId: ownerId,
          dealId: deal.id,
          entityType: "VendorResponse",
          entityId: response.id,
          action: "response.logged",
          after: { clause: r.clause, stance: r.stance, vendorText: r.text },
        },
      });
    }
  }
  await afterDealsInserted(tx, dealIds);
}
