import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb, type Db } from "@/lib/db";
import type { OutboxStatus } from "@/lib/domain/enums";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mailMode, smtpUrl } from "@/lib/mail/config";
import type { TOutboxQuery, TRetryOutboxMessage } from "@/lib/validation/organization";
import { requirePermission } from "./access";
import { afterOrganizationChange } from "./organization-changes";

export const OUTBOX_PAGE_SIZE = 25;

export interface OutboxMessageDto {
  id: string;
  createdAt: string;
  to: string;
  subject: string;
  kind: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  /** The message's text where an admin may read it (see readableText); null otherwise. */
  text: string | null;
}

/** How the deployment delivers mail; for SMTP only the server's host and port, never its credentials. */
export type MailDelivery = { mode: "outbox" } | { mode: "smtp"; server: string };

export function mailDelivery(): MailDelivery {
  if (mailMode() === "outbox") return { mode: "outbox" };
  try {
    const url = new URL(smtpUrl()!);
    return { mode: "smtp", server: url.port ? `${url.hostname}:${url.port}` : url.hostname };
  } catch {
    return { mode: "smtp", server: "the configured server" };
  }
}

/**
 * The organisation's mail: what it queued (invitations…) and the account mail (password resets…) of
 * its members. Another organisation's messages do not exist here. Prisma has no relation from
 * OutboxMessage.userId to memberships, so the members are read first.
 */
async function outboxWhere(db: Db | Prisma.TransactionClient, organizationId: string): Promise<Prisma.OutboxMessageWhereInput> {
  const members = await db.membership.findMany({ where: { organizationId }, select: { userId: true } });
  return { OR: [{ organizationId }, { organizationId: null, userId: { in: members.map((m) => m.userId) } }] };
}

/**
 * Text with a single-use link is shown only where that is how it reaches its reader: a STORED message
 * (no mail server: the admin copies the link). A SENT one lost its token links when it was sent. A
 * message still on its way (pending, sending, failed) keeps its link out of sight.
 */
function readableText(status: OutboxStatus, text: string): string | null {
  return status === "STORED" || status === "SENT" ? text : null;
}

export async function listOutbox(actor: Actor, query: TOutboxQuery) {
  requirePermission(actor, "outbox:read");
  const db = getDb();
  const where: Prisma.OutboxMessageWhereInput = { AND: [await outboxWhere(db, actor.organizationId), query.status ? { status: query.status } : {}] };
  const [total, rows] = await Promise.all([
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
    }),
  ]);
  const items: OutboxMessageDto[] = rows.map((m) => ({
    id: m.id,
    createdAt: m.createdAt.toISOString(),
    to: m.toAddress,
    subject: m.subject,
    kind: m.kind,
    status: m.status as OutboxStatus,
    attempts: m.attempts,
    lastError: m.lastError,
    sentAt: m.sentAt?.toISOString() ?? null,
    text: readableText(m.status as OutboxStatus, m.text),
  }));
  return { items, total, page: query.page, pageSize: OUTBOX_PAGE_SIZE, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

/**
 * "Retry now" for a message that gave up (FAILED): it is due again at once and delivered after the
 * commit. Its attempts are kept, so it gets exactly one more try: failing again makes it FAILED again
 * instead of starting a new series of back-offs.
 */
export async function retryOutboxMessage(actor: Actor, input: TRetryOutboxMessage): Promise<{ id: string }> {
  requirePermission(actor, "outbox:read");
  return getDb().$transaction(async (tx) => {
    const message = await tx.outboxMessage.findFirst({ where: { AND: [{ id: input.messageId }, await outboxWhere(tx, actor.organizationId)] } });
    if (!message) throw notFound("The message");
    // Conditional on the status, so two admins retrying at once (or a retry racing the worker) change it once.
    const { count } = await tx.outboxMessage.updateMany({
      where: { id: message.id, status: "FAILED" },
      data: { status: "PENDING", nextAttemptAt: new Date() },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Only a message that failed can be retried; this one is no longer failed.");
    await afterOrganizationChange(tx, actor, {
      entityType: "OutboxMessage",
      entityId: message.id,
      action: "outbox.retried",
      before: { status: "FAILED", attempts: message.attempts, lastError: message.lastError },
      after: { status: "PENDING" },
    });
    return { id: message.id };
  });
}
