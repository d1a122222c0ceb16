import type { Prisma } from "@/lib/generated/prisma/client";
import { findLicence } from "@/lib/licences/findings";
import { afterDealsInserted } from "@/lib/services/deal-changes";
import { ensureVendor } from "@/lib/services/vendor-records";

type Tx = Prisma.TransactionClient;

const DAY = 24 * 60 * 60 * 1000;

/**
 * A demo deal built on a registry licence with a user cap, expecting more users than the cap allows:
 * its blocking licence finding shows on the deal, the review page and the portfolio's licence panel.
 * Written with the other demo deals, only on the first seed.
 */
export async function seedDemoLicenceDeal(tx: Tx, organizationId: string, playbookId: string, userIdByEmail: Map<string, string>) {
  const licence = findLicence("llama-3.1-community");
  if (!licence) return;
  const ownerId = userIdByEmail.get("negotiator@example.com")!;
  const [clauses, recommendations] = await Promise.all([
    tx.clause.findMany({ where: { playbookId, dealId: null }, select: { id: true, key: true, priority: true } }),
    tx.recommendation.findMany({ where: { playbookId }, select: { id: true } }),
  ]);
  const signing = new Date(Date.now() + 75 * DAY);
  const vendor = await ensureVendor(tx, organizationId, "Lumen AI Labs");
  const deal = await tx.deal.create({
    data: {
      organizationId,
      playbookId,
      name: "Customer support assistant",
      vendor: vendor.name,
      vendorId: vendor.id,
      useCase: "Answer retail customers' questions in the app and on the web, fine-tuned on past support conversations.",
      modelKind: "Fine-tuned LLM",
      hostingModel: "SELF_HOSTED",
      baseModel: "Llama 3.1 70B",
      baseModelLicence: licence.name,
      baseModelLicenceType: licence.licenceType,
      baseModelLicenceKey: licence.key,
      expectedMonthlyUsers: 900_000_000,
      useCaseCategory: "CUSTOMER_FACING",
      contractValueMinor: 640_000n * 100n,
      currency: "USD",
      stage: "NEGOTIATING",
      targetSigningDate: new Date(Date.UTC(signing.getUTCFullYear(), signing.getUTCMonth(), signing.getUTCDate())),
      ownerId,
    },
  });
  const settled = new Set(["client-data-ownership", "base-vs-custom-boundary", "weights-as-deliverable"]);
  await tx.dealClause.createMany({
    data: clauses.map((c) => ({ dealId: deal.id, clauseId: c.id, priority: c.priority, status: settled.has(c.key) ? "MUST_HAVE_MET" : "NOT_STARTED" })),
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
      after: { name: deal.name, vendor: deal.vendor, stage: deal.stage, baseModelLicenceKey: licence.key, source: "demo data" },
    },
  });
  await afterDealsInserted(tx, [deal.id]);
}
