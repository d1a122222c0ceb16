import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClauseStatus } from "@/lib/domain/enums";
import { afterDealsInserted } from "@/lib/services/deal-changes";
import { ensureVendors } from "@/lib/services/vendor-records";

type Tx = Prisma.TransactionClient;

// Vendor memory in the demo organisation, without changing what the demo's live deals count:
// - an earlier, archived pilot with Lumen AI Labs (the vendor of "Claims triage assistant") where the
//   vendor met our must-have on model escrow, with the agreed wording — the clause page of the live
//   deal, where Lumen now counters on escrow, cites it;
// - a second spelling of a demo vendor ("Helix Risk S.A."), a record with no deal yet, so that an
//   admin finds a merge proposal on /admin/vendors.
// Archived deals stay out of the deal list, the portfolio and the home page, so e2e counts hold.

const DAY = 86_400_000;

const PILOT = {
  name: "Claims triage pilot (2025)",
  vendor: "Lumen AI Labs",
  useCase: "Six-month pilot: route a sample of motor claims before the full roll-out.",
  daysAgo: 240,
  statuses: {
    "model-escrow": "MUST_HAVE_MET",
    "weights-as-deliverable": "MUST_HAVE_MET",
    "delivery-on-termination": "FALLBACK_ACCEPTED",
  } as Record<string, ClauseStatus>,
  agreed: {
    "model-escrow": {
      language:
        "The Supplier shall deposit the current model weights, training code and documentation with the escrow agent each quarter. The deposit is released to the Client on the Supplier's insolvency or if the Supplier fails to support the model for thirty consecutive days.",
      reference: "Pilot agreement §9.2",
    },
    "weights-as-deliverable": {
      language: "The trained model weights and adapters are deliverables under Schedule 2 and are delivered at the end of each milestone.",
      reference: "Pilot agreement Sch. 2",
    },
    "delivery-on-termination": {
      language: "On termination the Supplier delivers the weights last accepted, with their documentation, within fifteen business days.",
      reference: "Pilot agreement §14.4",
    },
  } as Record<string, { language: string; reference: string }>,
  acceptance: {
    clause: "model-escrow",
    daysAgo: 250,
    text: "Agreed: quarterly escrow deposits, released on insolvency or thirty days without support.",
  },
};

/** The demo's vendor memory: an archived earlier deal with a settled must-have, and a near-duplicate vendor name. */
export async function seedDemoVendors(tx: Tx, organizationId: string, playbookId: string, userIdByEmail: Map<string, string>) {
  const ownerId = userIdByEmail.get("negotiator@example.com")!;
  const { byName } = await ensureVendors(tx, organizationId, [PILOT.vendor, "Helix Risk S.A."]);
  const vendor = byName.get(PILOT.vendor)!;
  const at = new Date(Date.now() - PILOT.daysAgo * DAY);
  const clauses = await tx.clause.findMany({ where: { playbookId, dealId: null }, select: { id: true, key: true, priority: true } });
  const deal = await tx.deal.create({
    data: {
      organizationId,
      playbookId,
      name: PILOT.name,
      vendor: vendor.name,
      vendorId: vendor.id,
      useCase: PILOT.useCase,
      modelKind: "Fine-tuned LLM",
      hostingModel: "SELF_HOSTED",
      contractValueMinor: 60_000_00n,
      currency: "EUR",
      stage: "SIGNED",
      ownerId,
      createdAt: at,
      archivedAt: new Date(at.getTime() + 200 * DAY),
    },
  });
  await tx.dealClause.createMany({
    data: clauses.map((c) => ({
      dealId: deal.id,
      clauseId: c.id,
      priority: c.priority,
      status: PILOT.statuses[c.key] ?? "NOT_APPLICABLE",
      notApplicableReason: PILOT.statuses[c.key] ? null : "Out of scope for the pilot.",
      agreedLanguage: PILOT.agreed[c.key]?.language ?? "",
      contractReference: PILOT.agreed[c.key]?.reference ?? "",
      updatedAt: new Date(at.getTime() + 30 * DAY),
    })),
  });
  const escrow = await tx.dealClause.findFirstOrThrow({ where: { dealId: deal.id, clause: { key: PILOT.acceptance.clause } } });
  await tx.vendorResponse.create({
    data: {
      dealId: deal.id,
      dealClauseId: escrow.id,
      occurredOn: new Date(Date.now() - PILOT.acceptance.daysAgo * DAY),
      channel: "EMAIL",
      vendorText: PILOT.acceptance.text,
      stance: "ACCEPTS",
      offerPosition: "MUST_HAVE",
      redFlagKeys: [],
      pitchKeys: [],
      authorId: ownerId,
    },
  });
  await tx.auditEvent.create({
    data: {
      organizationId,
      actorId: ownerId,
      dealId: deal.id,
      entityType: "Deal",
      entityId: deal.id,
      action: "deal.created",
      after: { name: PILOT.name, vendor: vendor.name, stage: "SIGNED", source: "demo data" },
      createdAt: at,
    },
  });
  await afterDealsInserted(tx, [deal.id]);
}
