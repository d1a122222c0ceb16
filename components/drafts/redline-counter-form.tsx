"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { clearDraftCounter, setDraftCounter } from "@/lib/actions/draft-counters";
import type { CounterPassage } from "@/lib/services/drafts/counters";
import type { CounterSource } from "@/lib/validation/draft-counter";

interface StartingPoint {
  key: string;
  from: CounterSource;
  label: string;
  text: string;
}

/** Where the wording may start: each mapped clause's sample language and fallback, or the vendor's own words. */
function startingPoints(passage: CounterPassage): StartingPoint[] {
  const points: StartingPoint[] = [];
  const several = passage.clauses.length > 1;
  for (const clause of passage.clauses.slice(0, 3)) {
    const of = several ? ` (${clause.title})` : "";
    if (clause.sampleLanguage)
      points.push({ key: `sample:${clause.dealClauseId}`, from: "sample", label: `The playbook's sample language${of}`, text: clause.sampleLanguage });
    points.push({ key: `fallback:${clause.dealClauseId}`, from: "fallback", label: `Our fallback position${of}`, text: clause.fallback });
  }
  points.push({ key: "own", from: "own", label: "The vendor's text", text: passage.body });
  return points;
}

const FIELDS = ["counterText", "counterFrom"] as const;

export function RedlineCounterForm({ draftId, version, passage }: { draftId: string; version: number; passage: CounterPassage }) {
  const router = useRouter();
  const points = startingPoints(passage);
  const initial = passage.counterText !== null ? (points.find((p) => p.from === passage.counterFrom) ?? points[0]) : points[0];
  const [open, setOpen] = useState(false);
  const [start, setStart] = useState(initial.key);
  const [text, setText] = useState(passage.counterText ?? initial.text);
  const form = useRef<HTMLFormElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const save = useActionForm(setDraftCounter, { success: "Wording saved.", onSuccess: () => setOpen(false) });
  const stop = useActionForm(clearDraftCounter, { success: "This passage is no longer countered." });
  useFocusFirstInvalid(form, save.failure, save.pending, failureRef);
  const id = `counter-${passage.id}`;
  const textArea = useRef<HTMLTextAreaElement>(null);
  // The button that opened the form is gone: keyboard and screen-reader users land in the wording.
  useEffect(() => {
    if (open) textArea.current?.focus();
  }, [open]);
  const countered = passage.counterText !== null;

  if (!open) {
    return (
      <div className="space-y-2">
        {save.message && <FormMessage tone={save.message.tone}>{save.message.text}</FormMessage>}
        {stop.message && <FormMessage tone={stop.message.tone}>{stop.message.text}</FormMessage>}
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setStart(initial.key);
              setText(passage.counterText ?? initial.text);
              setOpen(true);
            }}
          >
            {countered ? "Edit the wording" : "Counter this passage"}
          </Button>
          {countered && (
            <Button
              type="button"
              variant="ghost"
              disabled={stop.pending}
              onClick={() => stop.run({ draftId, version: String(version), passageId: passage.id })}
            >
              {stop.pending ? "Stopping…" : "Stop countering"}
            </Button>
          )}
        </div>
      </div>
    );
  }

  const choose = (key: string) => {
    const point = points.find((p) => p.key === key)!;
    setStart(key);
    setText(point.text);
  };
  const from = points.find((p) => p.key === start)?.from ?? "own";

  return (
    <form
      id={`${id}-form`}
      ref={form}
      aria-label={`Counter wording for ${passage.number || "this passage"}`}
      className="space-y-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200"
      onSubmit={(e) => {
        e.preventDefault();
        save.run({ draftId, version: String(version), passageId: passage.id, counterFrom: from, counterText: text });
      }}
    >
      <FormFailure failure={save.failure} fields={FIELDS} ref={failureRef} onReload={() => router.refresh()} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Start from</legend>
        <p id={`${id}-start-hint`} className="text-xs text-slate-600">
          Choosing a starting point replaces the wording below.
        </p>
        <div className="mt-2 space-y-1.5">
          {points.map((point) => (
            <label key={point.key} className="flex items-start gap-2 text-sm text-slate-800">
              <input
                type="radio"
                name={`${id}-start`}
                value={point.key}
                checked={start === point.key}
                onChange={() => choose(point.key)}
                aria-describedby={`${id}-start-hint`}
                className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
              />
              <span className="min-w-0 break-words">{point.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        id={`${id}-text`}
        label="Our wording"
        hint="What the redline puts in place of the vendor's words (the passage number stays theirs)."
        errors={save.errors.counterText ?? save.errors.counterFrom}
      >
        {(control) => <textarea {...control} ref={textArea} rows={6} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.pending}>
          {save.pending ? "Saving…" : "Save wording"}
        </Button>
        <Button
          type="button"
          variant="ghost"
          onClick={() => {
            setOpen(false);
            save.reset();
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
