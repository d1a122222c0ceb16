"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/ui/field";
import { SMALL_CONTROL } from "./controls";
import {
  discardPlaybookDraft,
  moveDraftClause,
  moveDraftStep,
  removeDraftPitch,
  removeDraftScenario,
  removeDraftStep,
  retireDraftClause,
} from "@/lib/actions/playbook-editor";

// The overview's one-click edits of the draft (move, retire, remove, discard): each names the draft
// version the page showed, so a click on a page someone else has changed since is refused.

const ACTIONS = {
  moveClause: moveDraftClause,
  retireClause: retireDraftClause,
  removeScenario: removeDraftScenario,
  removePitch: removeDraftPitch,
  removeStep: removeDraftStep,
  moveStep: moveDraftStep,
  discardDraft: discardPlaybookDraft,
} as const;

export type DraftButtonAction = keyof typeof ACTIONS;

interface Props {
  action: DraftButtonAction;
  input: { organizationId: string; draftVersion: number; key?: string; direction?: "up" | "down" };
  /** The button's visible text and what a screen reader hears after it (the item's name). */
  label: string;
  srLabel?: string;
  /** Asks first, with this question, when set. */
  confirm?: string;
  confirmLabel?: string;
  tone?: "neutral" | "danger";
  disabled?: boolean;
}

const CONFIRM = "inline-flex items-center rounded-md px-2 py-1 text-xs font-medium disabled:cursor-not-allowed";

export function DraftActionButton({ action, input, label, srLabel, confirm, confirmLabel, tone = "neutral", disabled }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { run, pending, message, failure } = useActionForm(ACTIONS[action], {
    onSuccess: () => setConfirming(false),
  });
  const color = tone === "danger" ? "text-red-700" : "text-brand-700";
  return (
    <span className="inline-flex flex-col gap-1">
      {!confirming && (
        <button
          type="button"
          className={`${SMALL_CONTROL} ${color}`}
          disabled={pending || disabled}
          onClick={() => (confirm ? setConfirming(true) : run(input))}
        >
          {pending ? "Saving…" : label}
          {srLabel && <span className="sr-only"> {srLabel}</span>}
        </button>
      )}
      {confirming && (
        <span
          role="group"
          aria-label={confirm}
          className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 p-2 text-xs text-red-900 ring-1 ring-inset ring-red-200"
        >
          <span>{confirm}</span>
          <button type="button" className={`${CONFIRM} bg-red-600 text-white hover:bg-red-700`} disabled={pending} onClick={() => run(input)}>
            {pending ? "Saving…" : (confirmLabel ?? label)}
          </button>
          <button
            type="button"
            className={`${CONFIRM} bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50`}
            disabled={pending}
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        </span>
      )}
      {failure && message && <FormMessage tone={message.tone}>{message.text}</FormMessage>}
    </span>
  );
}
