import { Card, CardHeader } from "@/components/ui/card";
import type { CommentDto, MemberOptionDto } from "@/lib/services/comments";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";

/** The clause's discussion: the thread, oldest first, and the form to add to it. */
export function ClauseDiscussion({
  dealClauseId,
  comments,
  members,
  canPost,
  readOnlyReason,
}: {
  dealClauseId: string;
  comments: CommentDto[];
  members: MemberOptionDto[];
  canPost: boolean;
  /** Why there is no form (archived deal, retired clause), shown instead of it. */
  readOnlyReason: string | null;
}) {
  const names = Object.fromEntries(members.map((m) => [m.email, m.name]));
  const live = comments.filter((c) => !c.deleted).length;
  return (
    <Card data-testid="clause-discussion">
      <CardHeader
        title="Discussion"
        description={comments.length ? `${live} comment${live === 1 ? "" : "s"} · oldest first` : "Ask a colleague about this clause."}
      />
      {comments.length > 0 ? (
        <ol className="divide-y divide-slate-100" aria-label="Comments">
          {comments.map((c) => (
            <CommentItem key={c.id} comment={c} members={members} names={names} />
          ))}
        </ol>
      ) : (
        <p className="px-5 py-4 text-sm text-slate-600">No comments yet.</p>
      )}
      <div className="border-t border-slate-100 px-5 py-4">
        {canPost ? (
          <CommentForm dealClauseId={dealClauseId} members={members} />
        ) : (
          <p className="text-sm text-slate-600">{readOnlyReason ?? "Your role can read the discussion but not add to it."}</p>
        )}
      </div>
    </Card>
  );
}
