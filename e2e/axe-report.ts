import fs from "node:fs";
import type AxeBuilder from "@axe-core/playwright";

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

const MAX_TARGETS = 5;

/**
 * A failure message a developer can act on: per rule its id, impact, how many elements, the first
 * few target selectors and the rule's help page.
 */
export function describeViolations(where: string, violations: Violation[]): string {
  if (violations.length === 0) return `${where}: no violations`;
  const nodes = violations.reduce((sum, v) => sum + v.nodes.length, 0);
  const lines = [`${where}: ${violations.length} rule(s) violated on ${nodes} element(s)`];
  for (const v of violations) {
    lines.push(`  • ${v.id} [${v.impact ?? "unknown"}] ${v.help} — ${v.nodes.length} node(s)  ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, MAX_TARGETS))
      lines.push(`      ${node.target.join(" ")}${node.failureSummary ? `  (${firstLine(node.failureSummary)})` : ""}`);
    if (v.nodes.length > MAX_TARGETS) lines.push(`      … and ${v.nodes.length - MAX_TARGETS} more`);
  }
  return lines.join("\n");
}

function firstLine(summary: string): string {
  return summary.split("\n").slice(1, 2).join("").trim();
}

/** With AXE_COUNTS_FILE set, appends one JSON line per audited page: nodes per rule (for before/after counts). */
export function recordCounts(page: string, viewport: string, violations: Violation[]) {
  const file = process.env.AXE_COUNTS_FILE;
  if (!file) return;
  const rules = Object.fromEntries(violations.map((v) => [v.id, v.nodes.length]));
  fs.appendFileSync(file, JSON.stringify({ page, viewport, rules }) + "\n");
}
