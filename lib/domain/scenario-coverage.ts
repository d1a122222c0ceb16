// A deal's failure-scenario coverage, keyed by scenario: {scenarioKey: covered} over every scenario
// of the deal's own playbook version ("Deal"."scenarioCoverage"). Keys, not positions, so deals of
// different playbook versions, with any number of scenarios, aggregate side by side.

export type CoverageByScenario = Record<string, boolean>;

export function coverageByScenario(scenarios: readonly { key: string; covered: boolean }[]): CoverageByScenario {
  return Object.fromEntries(scenarios.map((s) => [s.key, s.covered]));
}

/** How many of the deal's scenarios are not covered. */
export function uncoveredScenarioCount(coverage: unknown): number {
  if (!coverage || typeof coverage !== "object") return 0;
  return Object.values(coverage).filter((covered) => covered === false).length;
}
