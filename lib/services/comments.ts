import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { mentionedEmails, withMentionNames } from "@/lib/domain/mentions";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliverSoon } from "@/lib/mail/deliver";
import { notify } from "@/lib/notifications/notify";
import type { TDeleteComment, TEditComment, TPostComment } from "@/lib/validation/comments";
import { requireDeal, requireDealClause, requirePermission } from "./access";
import { afterDealChange, beginDealChange } from "./deal-changes";
import { retiredClause } from "./deal-upgrade";

type Tx = Prisma.TransactionClient;

/** How long the author may still correct a comment: long enough for a typo, short enough that replies do not lose their context. */
export const COMMENT_EDIT_WINDOW_MS = 5 * 60_000;

export interface CommentDto {
  id: string;
  author: { id: string; name: string };
  /** Empty once deleted: a deleted comment's words are kept for the audit trail only. */
  body: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  /** What the reader may do with it now. */
  canEdit: boolean;
  canDelete: boolean;
  /** Until when the author may edit it (ISO), while they still may. */
  editableUntil: string | null;
}

export interface MemberOptionDto {
  userId: string;
  name: string;
  email: string;
}

/** The organisation's active members: whom a comment may mention and a clause may be assigned to. */
export async function listActiveMembers(actor: Actor): Promise<MemberOptionDto[]> {
  requirePermission(actor, "deal:read");
  const rows = await getDb().membership.findMany({
    where: { organizationId: actor.organizationId, disabledAt: null, user: { active: true } },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email.toLowerCase() }));
}

/** A clause's discussion, oldest first, as the actor may act on it. */
export async function listClauseComments(actor: Actor, dealId: string, dealClauseId: string, now = new Date()): Promise<CommentDto[]> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  const rows = await db.clauseComment.findMany({
    where: { dealId: deal.id, dealClauseId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { author: { select: { id: true, name: true } } },
  });
  const writable = deal.archivedAt === null && can(actor.role, "comment:write");
  return rows.map((c) => {
    const deleted = c.deletedAt !== null;
    const own = c.authorId === actor.userId;
    const editableUntil = new Date(c.createdAt.getTime() + COMMENT_EDIT_WINDOW_MS);
    const canEdit = writable && own && !deleted && editableUntil > now;
    return {
      id: c.id,
      author: { id: c.author.id, name: c.author.name },
      body: deleted ? "" : c.body,
      createdAt: c.createdAt.toISOString(),
      editedAt: c.editedAt?.toISOString() ?? null,
      deleted,
      canEdit,
      canDelete: writable && !deleted && (own || can(actor.role, "comment:moderate")),
      editableUntil: canEdit ? editableUntil.toISOString() : null,
    };
  });
}

/**
 * The members a body's "@email" tokens name, refused (on `body`) when one names nobody who is an
 * active member of the actor's organisation: a mention must reach the person it names.
 */
async function resolveMentions(tx: Tx, actor: Actor, body: string) {
  const emails = mentionedEmails(body);
  if (!emails.length) return [];
  const members = await tx.membership.findMany({
    where: { organizationId: actor.organizationId, disabledAt: null, user: { active: true, email: { in: emails, mode: "insensitive" } } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  const byEmail = new Map(members.map((m) => [m.user.email.toLowerCase(), m.user]));
  const unknown = emails.filter((e) => !byEmail.has(e));
  if (unknown.length) {
    const list = unknown.map((e) => `@${e}`).join(", ");
    const message = `${list} ${unknown.length === 1 ? "is not a member" : "are not members"} of this organisation. Pick people from "Mention someone".`;
    throw new AppError("INVALID_INPUT", "A mention must name a member of this organisation; nothing was posted.", { body: [message] });
  }
  return emails.map((e) => byEmail.get(e)!);
}

type Mentioned = Awaited<ReturnType<typeof resolveMentions>>;

/** Tells the newly mentioned, once per comment each (the dedupe key), in the change's transaction. */
async function notifyMentioned(
  tx: Tx,
  actor: Actor,
  comment: { id: string; dealId: string; dealClauseId: string; body: string },
  context: { dealName: string; clauseTitle: string },
  mentioned: Mentioned,
  recipients: string[],
) {
  if (!recipients.length) return { emailsQueued: 0 };
  const names = new Map(mentioned.map((m) => [m.email.toLowerCase(), m.name]));
  const text = withMentionNames(comment.body, (email) => names.get(email));
  return notify(tx, {
    organizationId: actor.organizationId,
    kind: "MENTION",
    recipients,
    actorId: actor.userId,
    dealId: comment.dealId,
    title: `${actor.name} mentioned you on ${context.clauseTitle} — ${context.dealName}`,
    body: text.length > 500 ? `${text.slice(0, 499)}…` : text,
    link: `/deals/${comment.dealId}/clauses/${comment.dealClauseId}#comment-${comment.id}`,
    dedupeKey: `mention:${comment.id}`,
  });
}

/** Posts a comment on a deal clause, telling each member it mentions. */
export async function postComment(actor: Actor, input: TPostComment) {
  requirePermission(actor, "comment:write");
  const result = await getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealClauseId: input.dealClauseId });
    const clause = await requireDealClause(tx, actor, input.dealClauseId);
    if (clause.retiredAt) throw retiredClause();
    const mentioned = await resolveMentions(tx, actor, input.body);
    const comment = await tx.clauseComment.create({
      data: {
        dealId: clause.dealId,
        dealClauseId: clause.id,
        authorId: actor.userId,
        body: input.body,
        mentionedUserIds: mentioned.map((m) => m.id),
      },
    });
    const told = await notifyMentioned(
      tx,
      actor,
      comment,
      { dealName: clause.deal.name, clauseTitle: clause.clause.title },
      mentioned,
      mentioned.map((m) => m.id),
    );
    await afterDealChange(tx, actor, clause.dealId, {
      entityType: "ClauseComment",
      entityId: comment.id,
      action: "comment.posted",
      after: { clause: clause.clause.key, body: comment.body, mentioned: mentioned.map((m) => m.email) },
    });
    return { id: comment.id, emailsQueued: told.emailsQueued };
  });
  if (result.emailsQueued > 0) deliverSoon();
  return { id: result.id };
}

/** The comment, in the actor's organisation, with the deal row locked for the change. */
async function lockComment(tx: Tx, actor: Actor, commentId: string) {
  const found = await tx.clauseComment.findFirst({ where: { id: commentId, deal: { organizationId: actor.organizationId } }, select: { dealClauseId: true } });
  if (!found) throw notFound("The comment");
  await beginDealChange(tx, actor, { dealClauseId: found.dealClauseId });
  const comment = await tx.clauseComment.findUniqueOrThrow({
    where: { id: commentId },
    include: { deal: { select: { name: true } }, dealClause: { select: { retiredAt: true, clause: { select: { key: true, title: true } } } } },
  });
  if (comment.deletedAt) throw new AppError("CONFLICT", "This comment was deleted: it can no longer be changed.");
  return comment;
}

/**
 * The author corrects their comment within the edit window (the server's clock decides). Members
 * mentioned for the first time are told; those already mentioned are not told again.
 */
export async function editComment(actor: Actor, input: TEditComment, now = () => new Date()) {
  requirePermission(actor, "comment:write");
  const result = await getDb().$transaction(async (tx) => {
    const before = await lockComment(tx, actor, input.commentId);
    if (before.authorId !== actor.userId) throw forbidden("Only its author can edit a comment.");
    if (before.dealClause.retiredAt) throw retiredClause();
    if (now().getTime() - before.createdAt.getTime() > COMMENT_EDIT_WINDOW_MS) {
      throw new AppError(
        "CONFLICT",
        `A comment can be edited for ${COMMENT_EDIT_WINDOW_MS / 60_000} minutes after it is posted, and that time has passed. Post a new comment to add or correct something.`,
      );
    }
    const mentioned = await resolveMentions(tx, actor, input.body);
    const already = new Set(before.mentionedUserIds);
    const after = await tx.clauseComment.update({
      where: { id: before.id },
      data: { body: input.body, mentionedUserIds: mentioned.map((m) => m.id), editedAt: now() },
    });
    const told = await notifyMentioned(
      tx,
      actor,
      after,
      { dealName: before.deal.name, clauseTitle: before.dealClause.clause.title },
      mentioned,
      mentioned.filter((m) => !already.has(m.id)).map((m) => m.id),
    );
    await afterDealChange(tx, actor, before.dealId, {
      entityType: "ClauseComment",
      entityId: before.id,
      action: "comment.edited",
      before: { clause: before.dealClause.clause.key, body: before.body, mentionedUserIds: before.mentionedUserIds },
      after: { clause: before.dealClause.clause.key, body: after.body, mentionedUserIds: after.mentionedUserIds },
    });
    return { id: after.id, editedAt: after.editedAt!.toISOString(), emailsQueued: told.emailsQueued };
  });
  if (result.emailsQueued > 0) deliverSoon();
  return { id: result.id, editedAt: result.editedAt };
}

/** Deletes a comment softly: its author may, and so may a moderator (admins) for anyone's. */
export async function deleteComment(actor: Actor, input: TDeleteComment) {
  requirePermission(actor, "comment:write");
  return getDb().$transaction(async (tx) => {
    const before = await lockComment(tx, actor, input.commentId);
    const own = before.authorId === actor.userId;
    if (!own && !can(actor.role, "comment:moderate")) throw forbidden("Only its author or an admin can delete a comment.");
    const deletedAt = new Date();
    await tx.clauseComment.update({ where: { id: before.id }, data: { deletedAt, deletedById: actor.userId } });
    await afterDealChange(tx, actor, before.dealId, {
      entityType: "ClauseComment",
      entityId: before.id,
      action: "comment.deleted",
      before: { clause: before.dealClause.clause.key, authorId: before.authorId, body: before.body },
      after: { clause: before.dealClause.clause.key, deletedBy: own ? "author" : "moderator" },
    });
    return { id: before.id };
  });
}
