"use client";

import { useRef } from "react";
import { Field } from "@/components/ui/field";
import { COMMENT_MAX_CHARS } from "@/lib/validation/comments";
import { MentionPicker, type MentionableMember } from "./mention-picker";

/** The comment text with its member picker: used to post a comment and to edit one. */
export function CommentField({
  id,
  label,
  value,
  onChange,
  errors,
  members,
  actions,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  members: readonly MentionableMember[];
  /** The form's buttons, on the picker's row. */
  actions: React.ReactNode;
}) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  return (
    <div className="space-y-2">
      <Field id={id} label={label} hint="Mention a colleague with the button below (it adds their @address); they are told." errors={errors}>
        {(control) => (
          <textarea {...control} ref={textarea} name="body" rows={3} maxLength={COMMENT_MAX_CHARS} value={value} onChange={(e) => onChange(e.target.value)} />
        )}
      </Field>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <MentionPicker
          members={members}
          textarea={textarea}
          onInsert={(next, caret) => {
            onChange(next);
            // After React has written the new value: put the caret after the inserted token.
            requestAnimationFrame(() => textarea.current?.setSelectionRange(caret, caret));
          }}
        />
        <div className="flex flex-wrap gap-2">{actions}</div>
      </div>
    </div>
  );
}
