import { getDb } from "@/lib/db";
import { afterDealsInserted } from "@/lib/services/deal-changes";
import { createTestDeal, TEST_EVIDENCE } from "@/lib/test/deals";
import { actorFor } from "@/lib/test/factories";

// Adds a deal to the demo organisation, owned by the negotiator, in negotiation, with every clause at its
// must-have except one (a gap a CIO may accept in writing), for the review-workflow journey. Prints its
// id and the gap's deal-clause id. Run by e2e specs in a child process against DATABASE_URL:
// `tsx --conditions=react-server e2e/support/add-review-deal.ts <deal name>`.

async function main(name: string) {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email: "negotiator@example.com" } });
  const org = await db.organization.findUniqueOrThrow({ where: { slug: "demo-corp" } });
  const actor = await actorFor(user.id, org.id);
  const { deal } = await createTestDeal(actor, { name, vendor: "Lumen Legal AI", stage: "NEGOTIATING" });
  await db.dealClause.updateMany({ where: { dealId: deal.id }, data: { status: "MUST_HAVE_MET", ...TEST_EVIDENCE } });
  const gap = await db.dealClause.findFirstOrThrow({ where: { dealId: deal.id, priority: "MUST_HAVE" }, orderBy: { clause: { position: "asc" } } });
  await db.dealClause.update({ where: { id: gap.id }, data: { status: "IN_NEGOTIATION", agreedLanguage: "", contractReference: "" } });
  await db.$transaction((tx) => afterDealsInserted(tx, [deal.id]));
  process.stdout.write(JSON.stringify({ dealId: deal.id, gapClauseId: gap.id }) + "\n");
  await db.$disconnect();
}

if (process.argv[1]?.endsWith("add-review-deal.ts")) {
  main(process.argv[2] ?? "Review workflow deal").then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
