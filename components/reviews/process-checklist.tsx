"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Card, CardHeader } from "@/components/ui/card";
import { updateProcessStep } from "@/lib/actions/reviews";
import type { ProcessStepDto } from "@/lib/services/process";

function Step({ dealId, step, editable }: { dealId: string; step: ProcessStepDto; editable: boolean }) {
  const [note, setNote] = useState(step.note);
  const { run, pending, errors, message } = useActionForm(updateProcessStep);
  const save = (done: boolean) => run({ dealId, dealRecommendationId: step.id, done, note });
  return (
    <li className="px-5 py-3" data-testid="process-step">
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600"
          checked={step.done}
          disabled={!editable || pending}
          onChange={(e) => save(e.target.checked)}
        />
        <span>
          <span className={`text-sm font-medium ${step.done ? "text-slate-600 line-through" : "text-slate-900"}`}>{step.title}</span>
          <span className="block text-xs text-slate-600">{step.detail}</span>
        </span>
      </label>
      {editable ? (
        <div className="ml-7 mt-1.5 flex gap-2">
          <input
            aria-label={`Note on ${step.title}`}
            placeholder="Add a note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => note !== step.note && save(step.done)}
            className="w-full rounded-md border-0 px-2 py-1 text-xs ring-1 ring-inset ring-slate-200 focus:ring-2 focus:ring-brand-500"
          />
        </div>
      ) : (
        step.note && <p className="ml-7 mt-1 text-xs text-slate-600">{step.note}</p>
      )}
      {(errors.note || (message && message.tone !== "success")) && <p className="ml-7 mt-1 text-xs text-red-600">{errors.note?.join(" ") ?? message?.text}</p>}
    </li>
  );
}

export function ProcessChecklist({ dealId, steps, editable }: { dealId: string; steps: ProcessStepDto[]; editable: boolean }) {
  const done = steps.filter((s) => s.done).length;
  return (
    <Card>
      <CardHeader
        title="Process checklist"
        description="The playbook's seven recommendations for this deal."
        actions={
          <span className="text-sm font-medium text-slate-600">
            {done}/{steps.length}
          </span>
        }
      />
      <ul className="divide-y divide-slate-100">
        {steps.map((step) => (
          <Step key={step.id} dealId={dealId} step={step} editable={editable} />
        ))}
      </ul>
    </Card>
  );
}
