import { execFileSync } from "node:child_process";

/**
 * Adds a round of the sample vendor draft to a demo deal through the real service (see
 * add-draft-round.ts, run in a child process: the app's modules are server-only ES modules).
 */
export function addDraftRound(dealName: string, kind: "docx" | "text"): { dealId: string; draftId: string } {
  const out = execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "e2e/support/add-draft-round.ts", dealName, kind], {
    env: process.env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").pop()!);
}
