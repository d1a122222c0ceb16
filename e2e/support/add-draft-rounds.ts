import { getDb } from "@/lib/db";
import { addDraftRound } from "@/lib/services/drafts/add-round";
import { createTestDeal } from "@/lib/test/deals";
import { actorFor } from "@/lib/test/factories";

// Makes a fresh deal of the demo organisation with vendor-draft rounds pasted as text, through the
// services a paste form calls (addDraftRound: split, flag, map). Run by the rounds specs in a child
// process (tsx --conditions=react-server: the services are server-only modules) against DATABASE_URL,
// until the workbench's paste page can make them through the UI. Prints {"dealId","draftIds"}.
//   tsx --conditions=react-server e2e/support/add-draft-rounds.ts '{"email":…,"dealName":…,"rounds":[{"title":…,"text":…}]}'

export interface RoundsRequest {
  email: string;
  dealName: string;
  rounds: { title: string; text: string; source?: "TEXT" | "EMAIL" }[];
}

/** The deal and its rounds (the caller disconnects). */
export async function addDealWithRounds(request: RoundsRequest) {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email: request.email } });
  const org = await db.organization.findUniqueOrThrow({ where: { slug: "demo-corp" } });
  const actor = await actorFor(user.id, org.id);
  const { deal } = await createTestDeal(actor, { name: request.dealName, vendor: "Rounds Vendor Ltd" });
  const draftIds: string[] = [];
  for (const round of request.rounds) {
    const draft = await addDraftRound(actor, {
      dealId: deal.id,
      title: round.title,
      receivedOn: new Date("2026-11-20T00:00:00Z"),
      text: round.text,
      source: round.source ?? "TEXT",
    });
    draftIds.push(draft.id);
  }
  return { dealId: deal.id, draftIds };
}

async function main(request: RoundsRequest) {
  process.stdout.write(JSON.stringify(await addDealWithRounds(request)));
  await getDb().$disconnect();
}

if (process.argv[1]?.endsWith("add-draft-rounds.ts")) {
  main(JSON.parse(process.argv[2] ?? "{}") as RoundsRequest).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
