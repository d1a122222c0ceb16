"use client";

import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { deleteComment, editComment } from "@/lib/actions/comments";
import { formatDateTime } from "@/lib/format/dates";
import type { CommentDto } from "@/lib/services/comments";
import { CommentBody } from "./comment-body";
import { CommentField } from "./comment-field";
import type { MentionableMember } from "./mention-picker";

/** One comment of the thread: author, time, "edited", the text; Edit and Delete where the reader may. */
export function CommentItem({ comment, members, names }: { comment: CommentDto; members: readonly MentionableMember[]; names: Record<string, string> }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [body, setBody] = useState(comment.body);
  const form = useRef<HTMLFormElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const edit = useActionForm(editComment, { onSuccess: () => setEditing(false) });
  const remove = useActionForm(deleteComment);
  useFocusFirstInvalid(form, edit.failure, edit.pending, failureRef);

  return (
    <li id={`comment-${comment.id}`} className="scroll-mt-24 px-5 py-4 target:bg-brand-50/60" data-testid="comment">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-sm">
        <span className="font-semibold text-slate-900">{comment.author.name}</span>
        <time dateTime={comment.createdAt} className="text-xs text-slate-600">
          {formatDateTime(comment.createdAt)}
        </time>
        {comment.editedAt && !comment.deleted && (
          <span className="text-xs text-slate-600" title={`Edited ${formatDateTime(comment.editedAt)}`}>
            (edited)
          </span>
        )}
      </div>
      {comment.deleted ? (
        <p className="mt-1 text-sm italic text-slate-600">Comment deleted</p>
      ) : editing ? (
        <form
          ref={form}
          aria-label="Edit your comment"
          className="mt-2 space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            edit.run({ commentId: comment.id, body });
          }}
        >
          <FormFailure failure={edit.failure} fields={["body"]} ref={failureRef} />
          <CommentField
            id={`edit-${comment.id}`}
            label="Your comment"
            value={body}
            onChange={setBody}
            errors={edit.errors.body}
            members={members}
            actions={
              <>
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => {
                    setEditing(false);
                    setBody(comment.body);
                    edit.reset();
                    requestAnimationFrame(() => editButton.current?.focus());
                  }}
                >
                  Cancel
                </Button>
                <Button type="submit" disabled={edit.pending}>
                  {edit.pending ? "Saving…" : "Save"}
                </Button>
              </>
            }
          />
        </form>
      ) : (
        <div className="mt-1">
          <CommentBody body={comment.body} names={names} />
        </div>
      )}
      {!editing && !comment.deleted && (comment.canEdit || comment.canDelete) && (
        <div className="mt-2 space-y-2">
          {remove.failure && remove.message && <FormMessage tone={remove.message.tone}>{remove.message.text}</FormMessage>}
          {confirming ? (
            <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label="Confirm deletion">
              <span className="text-slate-700">Delete this comment? It will show as deleted.</span>
              <Button type="button" variant="danger" disabled={remove.pending} onClick={() => remove.run({ commentId: comment.id })}>
                {remove.pending ? "Deleting…" : "Delete"}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </div>
          ) : (
            <div className="flex flex-wrap gap-1">
              {comment.canEdit && (
                <button
                  ref={editButton}
                  type="button"
                  className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50 hover:underline"
                  aria-label={`Edit your comment of ${formatDateTime(comment.createdAt)}`}
                  title={comment.editableUntil ? `You can edit it until ${formatDateTime(comment.editableUntil)}` : undefined}
                  onClick={() => {
                    setBody(comment.body);
                    setEditing(true);
                  }}
                >
                  Edit
                </button>
              )}
              {comment.canDelete && (
                <button
                  type="button"
                  className="rounded px-1.5 py-0.5 text-xs font-medium text-red-700 hover:bg-red-50 hover:underline"
                  aria-label={`Delete the comment by ${comment.author.name} of ${formatDateTime(comment.createdAt)}`}
                  onClick={() => setConfirming(true)}
                >
                  Delete
                </button>
              )}
            </div>
          )}
        </div>
      )}
    </li>
  );
}
