// Clause-mapping quality (lib/drafts/map.ts) on the labelled sets in lib/drafts/eval/.
//
//   npm run eval:mapping                      precision / recall on the tuning set and the held-out sets
//   npm run eval:mapping -- --misses          also lists the tuning passages (both tuning sets) mapped differently from their label
//   npm run eval:mapping -- file.json …       measures a labelled file too: [{ text, heading, expect: [clause keys] }]
//                                             (its misses are never printed: a blind set stays blind)
import { readFileSync } from "node:fs";
import { measureMapping, type MappingMeasure } from "@/lib/drafts/eval/measure";
import { BLIND_HELD_OUT, BLIND_TUNING } from "@/lib/drafts/eval/blind-set";
import { BLIND_SECOND } from "@/lib/drafts/eval/blind-set-2";
import { HELD_OUT_SET, MAPPING_SET, type LabelledPassage } from "@/lib/drafts/eval/mapping-set";

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function line(name: string, m: MappingMeasure): void {
  console.log(
    `${name.padEnd(34)} ${String(m.passages).padStart(4)} passages · precision ${pct(m.precision).padStart(7)} (${m.truePositives}/${m.predicted}) · recall ${pct(m.recall).padStart(7)} (${m.truePositives}/${m.expected}) · unrelated passages mapped ${m.unrelatedMapped}/${m.unrelated}`,
  );
}

const args = process.argv.slice(2);
const tuning = measureMapping(MAPPING_SET);
line("tuning set", tuning);
line("held-out set", measureMapping(HELD_OUT_SET));
const blindTuning = measureMapping(BLIND_TUNING);
line("blind set 1, tuning part", blindTuning);
line("blind set 1, held-out part", measureMapping(BLIND_HELD_OUT));
line("blind set 2 (never tuned on)", measureMapping(BLIND_SECOND));
for (const file of args.filter((a) => !a.startsWith("--"))) {
  const items = JSON.parse(readFileSync(file, "utf8")) as { text: string; heading?: string; expect: string[] }[];
  const set: LabelledPassage[] = items.map((i) => ({ text: i.text, heading: i.heading ?? "", clauses: i.expect }));
  line(file, measureMapping(set));
}
if (args.includes("--misses")) for (const m of [...tuning.misses, ...blindTuning.misses]) console.log(`- ${m}`);
