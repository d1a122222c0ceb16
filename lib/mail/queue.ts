import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type MailKind = "invitation" | "password-reset" | "password-changed" | "notification" | "digest";

export interface QueuedEmail {
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  /** The organisation whose admins see the message at /admin/outbox; null for account mail. */
  organizationId: string | null;
  /** The recipient's account, if they have one. */
  userId?: string | null;
}

/**
 * Queues a message in the transaction of the change that causes it: it exists if and only if the
 * change committed. Delivery happens afterwards (lib/mail/deliver.ts: call `deliverSoon()` once the
 * transaction has committed); a failing mail server never fails or slows the action.
 */
export async function queueEmail(tx: Tx, email: QueuedEmail): Promise<{ id: string }> {
  return tx.outboxMessage.create({
    data: {
      kind: email.kind,
      toAddress: email.to,
      subject: email.subject,
      text: email.text,
      organizationId: email.organizationId,
      userId: email.userId ?? null,
    },
    select: { id: true },
  });
}
