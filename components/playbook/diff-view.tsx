import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { Tone } from "@/lib/format/tone";
import { plural } from "@/lib/format/plural";
import { PRIORITY_LABEL } from "@/lib/format/priority-labels";
import type { ApplicabilityRule } from "@/lib/playbook/format";
import type { ClauseDiff, DiffCounts, FieldChange, ItemDiff, ItemStatus, PlaybookDiff, WordSegment } from "@/lib/playbook/diff";
import type { Priority } from "@/lib/domain/enums";

// The diff between two playbook documents, as an admin reads it before publishing and anyone reads it
// in the version history: clause by clause, word changes highlighted (and spoken: <ins>/<del> alone
// are silent in most screen readers).

const FIELD_LABEL: Record<string, string> = {
  name: "Name",
  title: "Title",
  priority: "Priority",
  whyItMatters: "Why it matters",
  mustHave: "Must-have",
  fallback: "Fallback",
  walkAway: "Walk-away",
  sampleLanguage: "Sample language",
  defends: "Scenarios defended",
  counters: "Pitches countered",
  source: "Source",
  summary: "Summary",
  story: "Story",
  whatWentWrong: "What went wrong",
  ifUncovered: "If uncovered",
  quote: "Pitch",
  section: "Section",
  danger: "Danger",
  counter: "Counter",
  phrases: "Recognising phrases",
  detail: "Detail",
};

const STATUS: Record<ItemStatus, { label: string; tone: Tone }> = {
  added: { label: "Added", tone: "good" },
  retired: { label: "Retired", tone: "bad" },
  changed: { label: "Changed", tone: "warn" },
  moved: { label: "Moved", tone: "info" },
  unchanged: { label: "Unchanged", tone: "muted" },
};

export function WordDiff({ segments }: { segments: WordSegment[] }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm leading-6 text-slate-800">
      {segments.map((s, i) =>
        s.kind === "same" ? (
          <span key={i}>{s.text}</span>
        ) : s.kind === "added" ? (
          <ins key={i} className="rounded-sm bg-emerald-100 text-emerald-900 underline decoration-emerald-700">
            <span className="sr-only">[added: </span>
            {s.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={i} className="rounded-sm bg-red-100 text-red-900 line-through decoration-red-700">
            <span className="sr-only">[removed: </span>
            {s.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </p>
  );
}

function valueLabel(field: string, value: string, sections: Map<string, string>) {
  if (field === "priority") return PRIORITY_LABEL[value as Priority] ?? value;
  if (field === "section") return sections.get(value) ?? value;
  return value;
}

function Change({ change, sections }: { change: FieldChange; sections: Map<string, string> }) {
  const label = FIELD_LABEL[change.field] ?? change.field;
  return (
    <div className="space-y-1">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</dt>
      <dd>
        {change.kind === "text" ? (
          <WordDiff segments={change.words} />
        ) : change.kind === "value" ? (
          <WordDiff
            segments={[
              { kind: "removed", text: valueLabel(change.field, change.from, sections) },
              { kind: "same", text: " → " },
              { kind: "added", text: valueLabel(change.field, change.to, sections) },
            ]}
          />
        ) : (
          <ul className="flex flex-wrap gap-1.5 text-sm">
            {change.added.map((key) => (
              <li key={`+${key}`}>
                <ins className="rounded-sm bg-emerald-100 px-1 text-emerald-900 underline decoration-emerald-700">
                  <span className="sr-only">[added: </span>
                  {key}
                  <span className="sr-only">]</span>
                </ins>
              </li>
            ))}
            {change.removed.map((key) => (
              <li key={`-${key}`}>
                <del className="rounded-sm bg-red-100 px-1 text-red-900 line-through decoration-red-700">
                  <span className="sr-only">[removed: </span>
                  {key}
                  <span className="sr-only">]</span>
                </del>
              </li>
            ))}
            {change.reordered && <li className="text-slate-600">order changed</li>}
          </ul>
        )}
      </dd>
    </div>
  );
}

export function describeRule(rule: ApplicabilityRule): string {
  const when = Object.entries(rule.when)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(" or ") : String(v)}`)
    .join(" and ");
  const effect = rule.effect === "NOT_APPLICABLE" ? "not applicable" : `priority ${PRIORITY_LABEL[rule.priority]}`;
  return `When ${when}: ${effect} (${rule.reason})`;
}

function RuleChanges({ rules }: { rules: NonNullable<ClauseDiff["rules"]> }) {
  return (
    <div className="space-y-1">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">Applicability rules</dt>
      <dd>
        <ul className="space-y-1 text-sm">
          {rules.added.map((rule, i) => (
            <li key={`+${i}`}>
              <ins className="rounded-sm bg-emerald-100 text-emerald-900 underline decoration-emerald-700">
                <span className="sr-only">[added: </span>
                {describeRule(rule)}
                <span className="sr-only">]</span>
              </ins>
            </li>
          ))}
          {rules.removed.map((rule, i) => (
            <li key={`-${i}`}>
              <del className="rounded-sm bg-red-100 text-red-900 line-through decoration-red-700">
                <span className="sr-only">[removed: </span>
                {describeRule(rule)}
                <span className="sr-only">]</span>
              </del>
            </li>
          ))}
          {rules.added.length === 0 && rules.removed.length === 0 && <li className="text-slate-600">Order changed</li>}
        </ul>
      </dd>
    </div>
  );
}

type AnyItem = ItemDiff<{ key: string }> & Partial<Pick<ClauseDiff, "positionsChanged" | "rules">>;

function ItemEntry({ item, title, sections }: { item: AnyItem; title: string; sections: Map<string, string> }) {
  const status = STATUS[item.status];
  const movedSection = item.moved && item.moved.fromSection !== item.moved.toSection;
  return (
    <li className="px-5 py-4" data-testid="diff-item" data-status={item.status} data-key={item.key}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={status.tone}>{status.label}</Badge>
        <h4 className="text-sm font-semibold text-slate-900">{title}</h4>
        <code className="text-xs text-slate-600">{item.key}</code>
        {item.positionsChanged && <Badge tone="bad">Positions changed: deals re-check it</Badge>}
        {item.moved && item.status !== "moved" && <Badge tone="info">Moved</Badge>}
      </div>
      {item.moved && (
        <p className="mt-1 text-sm text-slate-600">
          {movedSection
            ? `Moved from ${sections.get(item.moved.fromSection ?? "") ?? item.moved.fromSection} to ${sections.get(item.moved.toSection ?? "") ?? item.moved.toSection}.`
            : `Moved from position ${item.moved.fromIndex + 1} to ${item.moved.toIndex + 1}.`}
        </p>
      )}
      {(item.changes.length > 0 || item.rules) && (
        <dl className="mt-3 space-y-3">
          {item.changes.map((change) => (
            <Change key={change.field} change={change} sections={sections} />
          ))}
          {item.rules && <RuleChanges rules={item.rules} />}
        </dl>
      )}
    </li>
  );
}

function countsText(counts: DiffCounts) {
  const parts = [
    counts.added && `${counts.added} added`,
    counts.retired && `${counts.retired} retired`,
    counts.changed && `${counts.changed} changed`,
    counts.moved && `${counts.moved} moved`,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "no changes";
}

function DiffGroup<T extends { key: string }>({
  id,
  title,
  items,
  counts,
  titleOf,
  sections,
}: {
  id: string;
  title: string;
  items: (ItemDiff<T> & Partial<Pick<ClauseDiff, "positionsChanged" | "rules">>)[];
  counts: DiffCounts;
  titleOf: (item: T) => string;
  sections: Map<string, string>;
}) {
  const changed = items.filter((i) => i.status !== "unchanged");
  const unchanged = items.filter((i) => i.status === "unchanged");
  const name = (i: ItemDiff<T>) => titleOf((i.to ?? i.from)!);
  return (
    <Card aria-labelledby={`${id}-title`} data-testid={`diff-${id}`}>
      <CardHeader title={<span id={`${id}-title`}>{title}</span>} description={countsText(counts)} />
      {changed.length > 0 && (
        <ul className="divide-y divide-slate-100">
          {changed.map((item) => (
            <ItemEntry key={item.key} item={item as AnyItem} title={name(item)} sections={sections} />
          ))}
        </ul>
      )}
      {unchanged.length > 0 && (
        <details className="border-t border-slate-100 px-5 py-3 text-sm">
          <summary className="cursor-pointer text-slate-700">{plural(unchanged.length, "unchanged item")}</summary>
          <ul className="mt-2 list-disc space-y-0.5 pl-5 text-slate-600">
            {unchanged.map((item) => (
              <li key={item.key}>{name(item)}</li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}

/** The whole diff: the name, then clauses, scenarios, pitches, process steps and sections. */
export function PlaybookDiffView({ diff }: { diff: PlaybookDiff }) {
  const sections = new Map(diff.sections.map((s) => [s.key, (s.to ?? s.from)!.title]));
  if (diff.identical) {
    return (
      <Card className="p-5" data-testid="diff-identical">
        <p className="text-sm text-slate-700">Nothing differs: the two versions have the same content.</p>
      </Card>
    );
  }
  return (
    <div className="space-y-6">
      {diff.name && (
        <Card className="p-5">
          <dl>
            <Change change={diff.name} sections={sections} />
          </dl>
        </Card>
      )}
      <DiffGroup id="clauses" title="Clauses" items={diff.clauses} counts={diff.counts.clauses} titleOf={(c) => c.title} sections={sections} />
      <DiffGroup id="scenarios" title="Failure scenarios" items={diff.scenarios} counts={diff.counts.scenarios} titleOf={(s) => s.title} sections={sections} />
      <DiffGroup id="pitches" title="Vendor pitches" items={diff.pitches} counts={diff.counts.pitches} titleOf={(p) => p.quote} sections={sections} />
      <DiffGroup id="steps" title="Process steps" items={diff.steps} counts={diff.counts.steps} titleOf={(s) => s.title} sections={sections} />
      <DiffGroup id="sections" title="Checklist sections" items={diff.sections} counts={diff.counts.sections} titleOf={(s) => s.title} sections={sections} />
    </div>
  );
}

/** One line: what a diff changes in the clauses. */
export function diffSummary(diff: PlaybookDiff): string {
  return `Clauses: ${countsText(diff.counts.clauses)}. Scenarios: ${countsText(diff.counts.scenarios)}. Pitches: ${countsText(diff.counts.pitches)}. Process steps: ${countsText(diff.counts.steps)}.`;
}
