import { getDb, type Db } from "@/lib/db";
import { plural } from "@/lib/format/plural";
import { appBaseUrl } from "@/lib/mail/config";
import { deliverSoon } from "@/lib/mail/deliver";
import { queueEmail } from "@/lib/mail/queue";
import type { EmailContent } from "@/lib/mail/templates";

// The daily digest (the `digests` job, lib/jobs/): one email per person and organisation listing the
// notifications they chose to receive daily (email state DIGEST_PENDING), grouped by deal. The
// notifications are marked DIGESTED in the transaction that queues the email, and the person is
// claimed first (their membership row, FOR UPDATE SKIP LOCKED): two processes running at once never
// both send someone's digest, nor split it in two. One email per organisation, because an email is
// filed under one organisation's outbox (/admin/outbox) and must not show another's deals.

export interface DigestItem {
  title: string;
  link: string;
  dealId: string | null;
  dealName: string | null;
}

export interface DigestCounts {
  emails: number;
  notifications: number;
}

/** The digest email: items grouped under their deal (by deal name), the ones without a deal last. */
export function digestEmail(input: { name: string; organizationName: string; items: DigestItem[] }): EmailContent {
  const groups = new Map<string, { heading: string; items: DigestItem[] }>();
  for (const item of input.items) {
    const key = item.dealId ?? "";
    if (!groups.has(key)) groups.set(key, { heading: item.dealName ?? "Other updates", items: [] });
    groups.get(key)!.items.push(item);
  }
  const ordered = [...groups.entries()].sort(([a, x], [b, y]) => (a === "" ? 1 : b === "" ? -1 : x.heading.localeCompare(y.heading)));
  const lines = [`Hello ${input.name},`, "", `Your daily summary for ${input.organizationName}: ${plural(input.items.length, "update")}.`];
  for (const [, group] of ordered) {
    lines.push("", group.heading);
    for (const item of group.items) lines.push(`- ${item.title}`, `  ${appBaseUrl()}${item.link}`);
  }
  lines.push("", `You get this digest for the kinds of notification you chose to receive daily. Change that at ${appBaseUrl()}/account/notifications.`);
  return { subject: `Your Dealplaybook digest: ${plural(input.items.length, "update")} in ${input.organizationName}`, text: lines.join("\n") };
}

/** Claims and sends one person's pending digest in one organisation; null when another process has it or nothing is pending. */
async function sendDigest(db: Db, now: Date, userId: string, organizationId: string): Promise<number | null> {
  return db.$transaction(async (tx) => {
    const [member] = await tx.$queryRaw<{ email: string; name: string; organizationName: string }[]>`
      SELECT u."email", u."name", o."name" AS "organizationName"
      FROM "Membership" m JOIN "User" u ON u."id" = m."userId" JOIN "Organization" o ON o."id" = m."organizationId"
      WHERE m."userId" = ${userId} AND m."organizationId" = ${organizationId} AND m."disabledAt" IS NULL AND u."active"
      FOR NO KEY UPDATE OF m SKIP LOCKED`;
    if (!member) return null;
    const items = await tx.$queryRaw<(DigestItem & { createdAt: Date })[]>`
      WITH claimed AS (
        UPDATE "Notification" SET "email" = 'DIGESTED'
        WHERE "userId" = ${userId} AND "organizationId" = ${organizationId} AND "email" = 'DIGEST_PENDING' AND "createdAt" <= ${now}
        RETURNING "title", "link", "dealId", "createdAt")
      SELECT c."title", c."link", c."dealId", d."name" AS "dealName", c."createdAt"
      FROM claimed c LEFT JOIN "Deal" d ON d."id" = c."dealId"
      ORDER BY c."createdAt", c."title"`;
    if (!items.length) return null;
    await queueEmail(tx, { kind: "digest", to: member.email, ...digestEmail({ ...member, items }), organizationId, userId });
    return items.length;
  });
}

/** Sends every pending digest. Safe to run in several processes at once; lists what was notified up to `now`. */
export async function sendDigests(now: Date, db: Db = getDb()): Promise<DigestCounts> {
  const pending = await db.$queryRaw<{ userId: string; organizationId: string }[]>`
    SELECT DISTINCT n."userId", n."organizationId" FROM "Notification" n
    WHERE n."email" = 'DIGEST_PENDING' AND n."createdAt" <= ${now}`;
  const counts: DigestCounts = { emails: 0, notifications: 0 };
  let failed = 0;
  for (const person of pending) {
    try {
      const sent = await sendDigest(db, now, person.userId, person.organizationId);
      if (sent === null) continue;
      counts.emails++;
      counts.notifications += sent;
    } catch (error) {
      failed++;
      console.error(`[digest] for ${person.userId} failed:`, (error as Error)?.message ?? error);
    }
  }
  if (counts.emails > 0) deliverSoon();
  if (failed) throw new Error(`${plural(failed, "digest")} could not be sent; the next run tries again`);
  return counts;
}
