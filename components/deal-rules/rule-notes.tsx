import { Badge } from "@/components/ui/badge";
import { PRIORITY_LABEL, PRIORITY_TONE } from "@/lib/format/priority-labels";
import type { DealClauseDto } from "@/lib/services/deal-clauses";

type Item = Pick<DealClauseDto, "priority" | "ruleEffects" | "ruleOverrideReason" | "notApplicableByRule" | "dealOnly"> & {
  clause: Pick<DealClauseDto["clause"], "priority">;
};

/** The priority that counts on this deal, noting when a rule raised it above the playbook's. */
export function DealPriorityBadges({ item }: { item: Item }) {
  return (
    <>
      <Badge tone={PRIORITY_TONE[item.priority]}>{PRIORITY_LABEL[item.priority]}</Badge>
      {item.priority !== item.clause.priority && <Badge tone="info">Raised by rule</Badge>}
      {item.dealOnly && <Badge tone="info">This deal only</Badge>}
    </>
  );
}

/** What the clause's rules do on this deal, in a sentence each: not applicable, raised, or set aside. */
export function RuleNotes({ item }: { item: Item }) {
  if (item.ruleOverrideReason !== null) {
    return (
      <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-inset ring-amber-200" data-testid="rule-note">
        <span className="font-semibold">Rules set aside on this deal:</span> {item.ruleOverrideReason}
      </p>
    );
  }
  const notApplicable = item.notApplicableByRule ? item.ruleEffects.find((e) => e.effect === "NOT_APPLICABLE") : undefined;
  const raised =
    item.priority !== item.clause.priority ? item.ruleEffects.find((e) => e.effect === "RAISE_PRIORITY" && e.priority === item.priority) : undefined;
  if (!notApplicable && !raised) return null;
  return (
    <div className="space-y-1 rounded-md bg-brand-50 px-3 py-2 text-sm text-slate-800 ring-1 ring-inset ring-brand-600/20" data-testid="rule-note">
      {notApplicable && (
        <p>
          <span className="font-semibold">Not applicable by rule:</span> {notApplicable.reason}
        </p>
      )}
      {raised && (
        <p>
          <span className="font-semibold">{PRIORITY_LABEL[item.priority]} on this deal:</span> {raised.reason}
        </p>
      )}
    </div>
  );
}
