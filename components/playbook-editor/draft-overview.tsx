import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PRIORITY_LABEL, PRIORITY_TONE } from "@/lib/format/priority-labels";
import { plural } from "@/lib/format/plural";
import type { PlaybookDocument } from "@/lib/playbook/format";
import { SMALL_CONTROL } from "./controls";
import { DraftActionButton } from "./draft-action-button";

// The draft at a glance: the seven sections with their clauses in order, then the scenarios,
// pitches and process steps, each with its edits. Every button names the draft version shown.

interface Props {
  organizationId: string;
  draftVersion: number;
  document: PlaybookDocument;
}

const LINK = `${SMALL_CONTROL} text-brand-700`;

function ItemLink({ href, label, name }: { href: string; label: string; name?: string }) {
  return (
    <Link href={href} className={LINK}>
      {label}
      {name && <span className="sr-only"> {name}</span>}
    </Link>
  );
}

export function DraftOverview({ organizationId, draftVersion, document }: Props) {
  const ref = { organizationId, draftVersion };
  const onlyClause = document.clauses.length === 1;
  return (
    <div className="space-y-6">
      {document.sections.map((section) => {
        const clauses = document.clauses.filter((c) => c.section === section.key);
        return (
          <Card key={section.key} id={`section-${section.key}`} aria-labelledby={`section-${section.key}-title`} className="scroll-mt-20">
            <div className="flex flex-wrap items-start justify-between gap-3 border-b border-slate-100 px-5 py-4">
              <div className="min-w-0">
                <h2 id={`section-${section.key}-title`} className="text-base font-semibold text-slate-900">
                  {section.title}
                </h2>
                <p className="mt-0.5 text-sm text-slate-600">{section.summary}</p>
              </div>
              <div className="flex flex-wrap gap-2">
                <ItemLink href={`/playbook/edit/sections/${section.key}`} label="Edit section" name={section.title} />
                <ItemLink href={`/playbook/edit/clauses/new?section=${section.key}`} label="Add clause" name={`to ${section.title}`} />
              </div>
            </div>
            {clauses.length === 0 ? (
              <p className="px-5 py-4 text-sm text-slate-600">No clauses in this section yet.</p>
            ) : (
              <ol className="divide-y divide-slate-100" data-testid={`draft-section-${section.key}`}>
                {clauses.map((clause, i) => (
                  <li key={clause.key} id={`clause-${clause.key}`} className="scroll-mt-20 px-5 py-3" data-testid="draft-clause">
                    <div className="flex items-start justify-between gap-3">
                      <div className="min-w-0 flex-1">
                        <Link href={`/playbook/edit/clauses/${clause.key}`} className="text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline">
                          {clause.title}
                        </Link>
                        <p className="mt-0.5 line-clamp-2 text-xs text-slate-600">Must-have: {clause.mustHave}</p>
                      </div>
                      <div className="flex shrink-0 flex-col items-end gap-1">
                        <Badge tone={PRIORITY_TONE[clause.priority]}>{PRIORITY_LABEL[clause.priority]}</Badge>
                        {clause.rules.length > 0 && <Badge tone="info">{plural(clause.rules.length, "rule")}</Badge>}
                      </div>
                    </div>
                    <div className="mt-2 flex flex-wrap items-start gap-2">
                      <ItemLink href={`/playbook/edit/clauses/${clause.key}`} label="Edit" name={clause.title} />
                      <DraftActionButton
                        action="moveClause"
                        input={{ ...ref, key: clause.key, direction: "up" }}
                        label="Move up"
                        srLabel={clause.title}
                        disabled={i === 0}
                      />
                      <DraftActionButton
                        action="moveClause"
                        input={{ ...ref, key: clause.key, direction: "down" }}
                        label="Move down"
                        srLabel={clause.title}
                        disabled={i === clauses.length - 1}
                      />
                      {!onlyClause && (
                        <DraftActionButton
                          action="retireClause"
                          input={{ ...ref, key: clause.key }}
                          label="Retire"
                          srLabel={clause.title}
                          tone="danger"
                          confirm={`Retire “${clause.title}”? Deals keep it in their history once the draft is published.`}
                          confirmLabel="Retire the clause"
                        />
                      )}
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        );
      })}

      <Card id="scenarios" aria-labelledby="scenarios-title" className="scroll-mt-20">
        <CardHeader
          title={<span id="scenarios-title">Failure scenarios</span>}
          description="What goes wrong without the clauses that defend against it."
          actions={<ItemLink href="/playbook/edit/scenarios/new" label="Add scenario" />}
        />
        <ul className="divide-y divide-slate-100" data-testid="draft-scenarios">
          {document.scenarios.map((scenario) => {
            const defendedBy = document.clauses.filter((c) => c.defends.includes(scenario.key)).length;
            return (
              <li key={scenario.key} id={`scenario-${scenario.key}`} className="scroll-mt-20 px-5 py-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-sm font-medium text-slate-900">{scenario.title}</p>
                    <p className="text-xs text-slate-600">Defended by {plural(defendedBy, "clause")}</p>
                  </div>
                  <div className="flex flex-wrap items-start gap-2">
                    <ItemLink href={`/playbook/edit/scenarios/${scenario.key}`} label="Edit" name={scenario.title} />
                    <DraftActionButton
                      action="removeScenario"
                      input={{ ...ref, key: scenario.key }}
                      label="Remove"
                      srLabel={scenario.title}
                      tone="danger"
                      confirm={`Remove “${scenario.title}”? ${defendedBy ? `${plural(defendedBy, "clause")} will no longer defend it.` : ""}`}
                      confirmLabel="Remove the scenario"
                    />
                  </div>
                </div>
              </li>
            );
          })}
          {document.scenarios.length === 0 && <li className="px-5 py-3 text-sm text-slate-600">No scenarios yet.</li>}
        </ul>
      </Card>

      <Card id="pitches" aria-labelledby="pitches-title" className="scroll-mt-20">
        <CardHeader
          title={<span id="pitches-title">Vendor pitches</span>}
          description="What vendors say, the phrases that recognise it, and the counter."
          actions={<ItemLink href="/playbook/edit/pitches/new" label="Add pitch" />}
        />
        <ul className="divide-y divide-slate-100" data-testid="draft-pitches">
          {document.pitches.map((pitch) => {
            const counteredBy = document.clauses.filter((c) => c.counters.includes(pitch.key)).length;
            return (
              <li key={pitch.key} id={`pitch-${pitch.key}`} className="scroll-mt-20 px-5 py-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-sm font-medium text-slate-900">“{pitch.quote}”</p>
                    <p className="text-xs text-slate-600">
                      {plural(pitch.phrases.length, "phrase")} · countered by {plural(counteredBy, "clause")}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-start gap-2">
                    <ItemLink href={`/playbook/edit/pitches/${pitch.key}`} label="Edit" name={`pitch ${pitch.key}`} />
                    <DraftActionButton
                      action="removePitch"
                      input={{ ...ref, key: pitch.key }}
                      label="Remove"
                      srLabel={`pitch ${pitch.key}`}
                      tone="danger"
                      confirm={`Remove this pitch? ${counteredBy ? `${plural(counteredBy, "clause")} will no longer counter it.` : ""}`}
                      confirmLabel="Remove the pitch"
                    />
                  </div>
                </div>
              </li>
            );
          })}
          {document.pitches.length === 0 && <li className="px-5 py-3 text-sm text-slate-600">No pitches yet.</li>}
        </ul>
      </Card>

      <Card id="steps" aria-labelledby="steps-title" className="scroll-mt-20">
        <CardHeader
          title={<span id="steps-title">Process steps</span>}
          description="The negotiation process every deal follows, in order."
          actions={<ItemLink href="/playbook/edit/steps/new" label="Add step" />}
        />
        <ol className="divide-y divide-slate-100" data-testid="draft-steps">
          {document.steps.map((step, i) => (
            <li key={step.key} id={`step-${step.key}`} className="scroll-mt-20 px-5 py-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="min-w-0 text-sm font-medium text-slate-900">
                  {i + 1}. {step.title}
                </p>
                <div className="flex flex-wrap items-start gap-2">
                  <ItemLink href={`/playbook/edit/steps/${step.key}`} label="Edit" name={step.title} />
                  <DraftActionButton
                    action="moveStep"
                    input={{ ...ref, key: step.key, direction: "up" }}
                    label="Move up"
                    srLabel={step.title}
                    disabled={i === 0}
                  />
                  <DraftActionButton
                    action="moveStep"
                    input={{ ...ref, key: step.key, direction: "down" }}
                    label="Move down"
                    srLabel={step.title}
                    disabled={i === document.steps.length - 1}
                  />
                  <DraftActionButton
                    action="removeStep"
                    input={{ ...ref, key: step.key }}
                    label="Remove"
                    srLabel={step.title}
                    tone="danger"
                    confirm={`Remove “${step.title}”?`}
                    confirmLabel="Remove the step"
                  />
                </div>
              </div>
            </li>
          ))}
          {document.steps.length === 0 && <li className="px-5 py-3 text-sm text-slate-600">No process steps yet.</li>}
        </ol>
      </Card>
    </div>
  );
}

/** The draft's size, for the overview's header. */
export function draftCounts(document: PlaybookDocument): string {
  return [
    plural(document.clauses.length, "clause"),
    plural(document.scenarios.length, "scenario"),
    plural(document.pitches.length, "pitch", "pitches"),
    plural(document.steps.length, "process step"),
  ].join(", ");
}
