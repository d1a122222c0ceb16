// Writes the fingerprints of the seed document's 12-word runs, for the default playbook's copy guard:
//   npx tsx scripts/seed-fingerprint.ts <seed document .txt>... > lib/playbook/__tests__/seed-runs.txt
// Run it again when the seed document changes.
import fs from "node:fs";
import { fingerprint, runsOf } from "@/lib/test/seed-fingerprint";

const files = process.argv.slice(2);
if (!files.length) {
  console.error("usage: npx tsx scripts/seed-fingerprint.ts <seed.txt>...");
  process.exit(2);
}
const text = files.map((f) => fs.readFileSync(f, "utf8")).join("\n");
process.stdout.write([...new Set([...runsOf(text)].map(fingerprint))].sort().join("\n") + "\n");
