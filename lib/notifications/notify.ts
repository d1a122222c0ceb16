import type { NotificationDelivery, NotificationKind } from "@/lib/domain/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/mail/queue";
import { notificationEmail } from "./email";
import { DEFAULT_DELIVERY } from "./kinds";
import { activeMembersAmong } from "./recipients";

type Tx = Prisma.TransactionClient;

export interface NotificationInput {
  organizationId: string;
  kind: NotificationKind;
  /** User ids; whoever is not an active, enabled member of the organisation is left out, and so is the actor. */
  recipients: Iterable<string>;
  /** Who caused it (never told about their own action); null for the scheduler. */
  actorId: string | null;
  dealId?: string | null;
  title: string;
  body?: string;
  /** An app path to the thing, e.g. /deals/<id>/review. */
  link: string;
  /** Once per person: a second notify with the same key for someone already told inserts nothing for them. */
  dedupeKey?: string;
}

export interface NotifyResult {
  /** The people told this time (a dedupe key already used for someone leaves them out). */
  notifiedUserIds: string[];
  /** Emails queued in the transaction: call deliverSoon() after it commits when > 0. */
  emailsQueued: number;
}

const EMAIL_STATE: Record<NotificationDelivery, "NONE" | "QUEUED" | "DIGEST_PENDING"> = { IN_APP: "NONE", EMAIL: "QUEUED", DIGEST: "DIGEST_PENDING" };

/**
 * Tells people about something, in the transaction of the change that caused it: the inbox entry and
 * (by each person's preference) the email exist if and only if the change committed.
 */
export async function notify(tx: Tx, input: NotificationInput): Promise<NotifyResult> {
  if (!input.link.startsWith("/") || input.link.startsWith("//")) throw new Error(`notification link must be an app path: ${input.link}`);
  const wanted = [...new Set(input.recipients)].filter((id) => id !== input.actorId);
  const members = await activeMembersAmong(tx, input.organizationId, wanted);
  if (!members.length) return { notifiedUserIds: [], emailsQueued: 0 };
  const preferences = await tx.notificationPreference.findMany({
    where: { userId: { in: members.map((m) => m.userId) }, kind: input.kind },
    select: { userId: true, delivery: true },
  });
  const deliveryOf = new Map(preferences.map((p) => [p.userId, p.delivery as NotificationDelivery]));
  const created = await tx.notification.createManyAndReturn({
    data: members.map((m) => ({
      organizationId: input.organizationId,
      userId: m.userId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? "",
      link: input.link,
      dealId: input.dealId ?? null,
      actorId: input.actorId,
      dedupeKey: input.dedupeKey ?? null,
      email: EMAIL_STATE[deliveryOf.get(m.userId) ?? DEFAULT_DELIVERY[input.kind]],
    })),
    skipDuplicates: true,
    select: { id: true, userId: true, email: true },
  });
  const byUser = new Map(members.map((m) => [m.userId, m.user]));
  let emailsQueued = 0;
  for (const row of created) {
    if (row.email !== "QUEUED") continue;
    const user = byUser.get(row.userId)!;
    await queueEmail(tx, {
      kind: "notification",
      to: user.email,
      ...notificationEmail({ name: user.name, kind: input.kind, title: input.title, body: input.body ?? "", link: input.link }),
      organizationId: input.organizationId,
      userId: row.userId,
    });
    emailsQueued++;
  }
  return { notifiedUserIds: created.map((r) => r.userId), emailsQueued };
}
