import { z } from "zod";
import { requiredText, ZId } from "./common";

/** The longest comment: a few paragraphs, not a document. */
export const COMMENT_MAX_CHARS = 5000;

const ZCommentBody = requiredText("Comment", COMMENT_MAX_CHARS);

/** A new comment on a deal clause; mentions are "@email" tokens in the body. */
export const ZPostComment = z.object({ dealClauseId: ZId, body: ZCommentBody });
export type TPostComment = z.output<typeof ZPostComment>;

/** The author rewrites their comment (within the edit window). */
export const ZEditComment = z.object({ commentId: ZId, body: ZCommentBody });
export type TEditComment = z.output<typeof ZEditComment>;

/** The author (or a moderator) deletes a comment; it stays as "Comment deleted". */
export const ZDeleteComment = z.object({ commentId: ZId });
export type TDeleteComment = z.output<typeof ZDeleteComment>;
