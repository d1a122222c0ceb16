// The default playbook's clauses each risky-language finding concerns: a passage flagged for the
// wording is mapped to these clauses (when the deal has them), with the finding as the reason.
// Pitches need no table: a playbook pitch names the clauses that counter it.

const RISK_CLAUSES: Record<string, readonly string[]> = {
  "data-any-purpose": ["data-use-limited-to-project", "no-vague-data-use-terms"],
  "aggregated-data-exception": ["generic-learnings-anonymised", "no-vague-data-use-terms"],
  "weak-licence": ["base-model-licence", "licence-survives-termination", "weights-ip-assignment"],
  "vendor-owns-improvements": ["funded-improvements-shared", "weights-ip-assignment"],
  "destroy-on-termination": ["delivery-on-termination", "data-return-deletion"],
  "deemed-acceptance": ["acceptance-testing"],
  "exit-fees": ["cloud-exit-costs", "termination-assistance", "delivery-on-termination"],
  "residuals-know-how": ["know-how-carve-out", "generic-learnings-anonymised", "no-derivative-models-for-others"],
  "audit-refusal": ["regulator-audit-transparency", "model-documentation", "third-party-dependency-warranty"],
  "vendor-owns-outputs": ["output-ownership", "no-vendor-licence-to-outputs"],
  "no-escrow": ["model-escrow"],
  "uncapped-renewal-pricing": ["capped-renewal-pricing"],
  "data-retained-after-exit": ["data-return-deletion", "client-data-ownership"],
};

export function riskClauseKeysOf(flagKey: string): readonly string[] {
  return RISK_CLAUSES[flagKey] ?? [];
}
