// The default playbook's clauses each risky-language finding concerns: a passage flagged for the
// wording is mapped to these clauses (when the deal has them), with the finding as the reason.
// Pitches need no table: a playbook pitch names the clauses that counter it.

const RISK_CLAUSES: Record<string, readonly string[]> = {
  "data-any-purpose": ["data-use-limited-to-project", "no-vague-data-use-terms"],
  "aggregated-data-exception": ["generic-learnings-anonymised", "no-vague-data-use-terms"],
  "weak-licence": ["base-model-licence", "licence-survives-termination", "weights-ip-assignment"],
  "vendor-owns-improvements": ["funded-improvements-shared", "weights-ip-assignment"],
  "destroy-on-termination": ["delivery-on-termination", "data-return-deletion"],
};

export function riskClauseKeysOf(flagKey: string): readonly string[] {
  return RISK_CLAUSES[flagKey] ?? [];
}
