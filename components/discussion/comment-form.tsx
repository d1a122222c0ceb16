"use client";

import { useRef, useState } from "react";
import { FormFailure } from "@/components/forms/form-failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { postComment } from "@/lib/actions/comments";
import { CommentField } from "./comment-field";
import type { MentionableMember } from "./mention-picker";

/** Post a comment on the clause. */
export function CommentForm({ dealClauseId, members }: { dealClauseId: string; members: readonly MentionableMember[] }) {
  const [body, setBody] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const post = useActionForm(postComment, {
    onSuccess: ({ id }) => {
      setBody("");
      // The new comment appears after the refresh; its anchor is where the reader looks next.
      history.replaceState(null, "", `#comment-${id}`);
    },
  });
  useFocusFirstInvalid(form, post.failure, post.pending, failureRef);
  return (
    <form
      ref={form}
      aria-label="Post a comment"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        post.run({ dealClauseId, body });
      }}
    >
      <FormFailure failure={post.failure} fields={["body"]} ref={failureRef} />
      <CommentField
        id="new-comment"
        label="Add a comment"
        value={body}
        onChange={setBody}
        errors={post.errors.body}
        members={members}
        actions={
          <Button type="submit" disabled={post.pending}>
            {post.pending ? "Posting…" : "Post comment"}
          </Button>
        }
      />
    </form>
  );
}
