import { getDb } from "@/lib/db";
import { addTextDraft } from "@/lib/test/drafts";
import { actorFor } from "@/lib/test/factories";
import { addDocxDraft } from "@/lib/test/redline-fixtures";

// Adds a round of the sample vendor draft (lib/test/drafts.ts) to a deal of the demo organisation,
// through the real service (extraction, analysis, mapping), as the negotiator: a Word file ("docx")
// or pasted text ("text"). Prints the draft's id. Run by e2e specs in a child process against
// DATABASE_URL: `tsx --conditions=react-server e2e/support/add-draft-round.ts <deal name> docx|text`.

/** The round (the caller disconnects). */
export async function addDemoDraftRound(dealName: string, kind: string) {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email: "negotiator@example.com" } });
  const deal = await db.deal.findFirstOrThrow({ where: { name: dealName, organization: { slug: "demo-corp" } }, orderBy: { createdAt: "asc" } });
  const actor = await actorFor(user.id, deal.organizationId);
  const draft = kind === "docx" ? await addDocxDraft(actor, deal.id) : await addTextDraft(actor, deal.id);
  return { dealId: deal.id, draftId: draft.id };
}

async function main(dealName: string, kind: string) {
  process.stdout.write(JSON.stringify(await addDemoDraftRound(dealName, kind)) + "\n");
  await getDb().$disconnect();
}

if (process.argv[1]?.endsWith("add-draft-round.ts")) {
  main(process.argv[2] ?? "", process.argv[3] ?? "docx").then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
