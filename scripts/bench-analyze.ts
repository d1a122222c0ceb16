// Worst-case timing of the red-flag matcher (issue 11.1, "Matching is linear-time").
//
//   npm run bench:analyze            every rule at the maximum input size; exits 1 above the budget
//   npm run bench:analyze -- --quick  a quarter of the fragments (a faster look while editing patterns)
//
// For every rule: adversarial inputs built from its own literal fragments (lib/test/adversarial-text.ts)
// plus generic ones (the `gpt-` attack, long words, random unicode), each MAX_ANALYZED_CHARS long, timed
// with that rule alone. Then the worst inputs found, plus the generic ones, timed with ALL rules, which
// is what one analysis of a vendor text costs (POST /api/v1/analyze, logVendorResponse, the live panel).
//
// Times are CPU time of this process (process.cpuUsage), so that other work on the shared cores does not
// count; the wall time on an idle machine is the same or lower (the matcher is single-threaded).
// A run is an attempt at two sizes (4,000, then the maximum); an input that already takes more
// than the cap at a smaller size is not run bigger (a backtracking pattern could take minutes), and counts
// as over the budget. A timing over RETRY_ABOVE_MS is re-run twice and the fastest of the three kept, so a
// garbage collection does not count as the matcher's cost; a backtracking blow-up is slow every time.
import { detectRedFlags, MAX_ANALYZED_CHARS } from "@/lib/domain/red-flags";
import { RED_FLAG_RULES, type RedFlagRule } from "@/lib/playbook/pitch-patterns";
import { genericInputs, ruleInputs, type AdversarialInput } from "@/lib/test/adversarial-text";

const BUDGET_MS = 50;
const ATTEMPT_CAP_MS = 250;
/** Typical runs take 1–5 ms; a slower one is re-run (a garbage collection can land in any single run). */
const RETRY_ABOVE_MS = 10;
const quick = process.argv.includes("--quick");
const SIZES = [4_000, MAX_ANALYZED_CHARS];

type Timing = { ms: number; size: number; stopped: boolean };

/** CPU time (user + system) of one analysis, in ms: the work done, not how long a busy machine made us wait. */
function timeOnce(text: string, rules?: readonly RedFlagRule[]): number {
  const t0 = process.cpuUsage();
  detectRedFlags(text, undefined, rules);
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

function timeFair(text: string, rules?: readonly RedFlagRule[]): number {
  let ms = timeOnce(text, rules);
  if (ms > RETRY_ABOVE_MS) ms = Math.min(ms, timeOnce(text, rules), timeOnce(text, rules));
  return ms;
}

/** Times `make(size)` at growing sizes, stopping early when a smaller size already exceeds the attempt cap. */
function ladder(make: (size: number) => string, rules?: readonly RedFlagRule[]): Timing {
  let last: Timing = { ms: 0, size: 0, stopped: false };
  for (const size of SIZES) {
    const ms = timeFair(make(size), rules);
    last = { ms, size, stopped: false };
    if (ms > ATTEMPT_CAP_MS && size < MAX_ANALYZED_CHARS) return { ...last, stopped: true };
  }
  return last;
}

const fmt = (t: Timing) => (t.stopped ? `>${t.ms.toFixed(0)} ms already at ${t.size.toLocaleString("en")} chars (stopped)` : `${t.ms.toFixed(1)} ms`);
const over = (t: Timing) => t.stopped || t.ms > BUDGET_MS;

// Warm up: compile every pattern once.
detectRedFlags(
  genericInputs(2_000)
    .map((i) => i.text)
    .join("\n"),
);

type Worst = { input: string; timing: Timing };
const started = performance.now();
const perRule: Array<{ rule: RedFlagRule; runs: number; worst: Worst[] }> = [];
for (const rule of RED_FLAG_RULES) {
  const names = [...genericInputs(100), ...ruleInputs(rule, 100)].map((i) => i.name).filter((_, k) => !quick || k % 4 === 0);
  const bySize = new Map<number, Map<string, string>>();
  const textOf = (name: string, size: number) => {
    let m = bySize.get(size);
    if (!m) {
      m = new Map([...genericInputs(size), ...ruleInputs(rule, size)].map((i: AdversarialInput) => [i.name, i.text]));
      bySize.set(size, m);
    }
    return m.get(name)!;
  };
  const results: Worst[] = names.map((name) => ({ input: name, timing: ladder((size) => textOf(name, size), [rule]) }));
  results.sort((a, b) => Number(b.timing.stopped) - Number(a.timing.stopped) || b.timing.ms - a.timing.ms);
  perRule.push({ rule, runs: names.length, worst: results.slice(0, 3) });
  console.log(`${rule.key.padEnd(27)} ${String(names.length).padStart(4)} inputs  worst ${fmt(results[0].timing).padEnd(10)} ← ${results[0].input}`);
}

// All rules together, on the worst inputs of every rule and the generic ones, at the maximum size.
const candidates = new Map<string, (size: number) => string>();
for (const i of genericInputs(100)) candidates.set(`generic: ${i.name}`, (size) => genericInputs(size).find((g) => g.name === i.name)!.text);
for (const { rule, worst } of perRule) {
  for (const w of worst)
    candidates.set(
      `${rule.key}: ${w.input}`,
      (size) =>
        ruleInputs(rule, size)
          .concat(genericInputs(size))
          .find((g) => g.name === w.input)!.text,
    );
}
let overall: { input: string; timing: Timing } = { input: "", timing: { ms: 0, size: 0, stopped: false } };
for (const [name, make] of candidates) {
  const timing = ladder(make);
  if (over(timing) || timing.ms > overall.timing.ms) {
    if (!over(overall.timing) || timing.stopped) overall = { input: name, timing };
  }
}

const totalRuns = perRule.reduce((n, r) => n + r.runs, 0);
console.log(`\nALL ${RED_FLAG_RULES.length} rules              ${String(candidates.size).padStart(4)} inputs  worst ${fmt(overall.timing)} ← ${overall.input}`);
console.log(
  `\n${totalRuns} rule×input runs + ${candidates.size} all-rule runs at up to ${MAX_ANALYZED_CHARS.toLocaleString("en")} characters, in ${((performance.now() - started) / 1000).toFixed(1)} s; budget ${BUDGET_MS} ms per analysis.`,
);
const failing = perRule.filter((r) => over(r.worst[0].timing)).map((r) => r.rule.key);
if (over(overall.timing) || failing.length > 0) {
  console.error(`OVER BUDGET: ${failing.length ? failing.join(", ") : "all rules together"}`);
  process.exit(1);
}
console.log("OK: every analysis within budget.");
