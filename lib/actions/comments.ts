"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { deleteComment as deleteCommentService, editComment as editCommentService, postComment as postCommentService } from "@/lib/services/comments";
import { ZDeleteComment, ZEditComment, ZPostComment } from "@/lib/validation/comments";

export const postComment = defineDealAction({
  name: "postComment",
  permission: "comment:write",
  schema: ZPostComment,
  service: postCommentService,
});

export const editComment = defineDealAction({
  name: "editComment",
  permission: "comment:write",
  schema: ZEditComment,
  service: editCommentService,
});

// Deleting another's comment also needs comment:moderate; the service decides, knowing whose it is.
export const deleteComment = defineDealAction({
  name: "deleteComment",
  permission: "comment:write",
  schema: ZDeleteComment,
  service: deleteCommentService,
});
