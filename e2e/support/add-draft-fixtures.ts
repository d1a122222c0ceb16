import { getDb } from "@/lib/db";
import { addDemoDraftRound } from "./add-draft-round";
import { addDealWithRounds, type RoundsRequest } from "./add-draft-rounds";

// Several draft fixtures in ONE child process (tsx's start and the services' module graph cost
// seconds each time): the requests of add-draft-round.ts and add-draft-rounds.ts, in order. Prints
// one JSON array of their results.
//   tsx --conditions=react-server e2e/support/add-draft-fixtures.ts '[{"round":{"dealName":…,"kind":"docx"}},{"rounds":{…}}]'

export type FixtureRequest = { round: { dealName: string; kind: "docx" | "text" } } | { rounds: RoundsRequest };

async function main(requests: FixtureRequest[]) {
  const results: unknown[] = [];
  for (const request of requests) {
    results.push("round" in request ? await addDemoDraftRound(request.round.dealName, request.round.kind) : await addDealWithRounds(request.rounds));
  }
  await getDb().$disconnect();
  process.stdout.write(JSON.stringify(results) + "\n");
}

if (process.argv[1]?.endsWith("add-draft-fixtures.ts")) {
  main(JSON.parse(process.argv[2] ?? "[]") as FixtureRequest[]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
