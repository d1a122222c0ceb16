import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { connect } from "../http/database";

// Notifications written directly in the e2e database, as notify() would leave them (the inbox is under
// test here, not the changes that cause them): on the demo organisation's newest live deal, caused by
// the demo CIO.

export interface NotificationSeed {
  kind: "SUBMITTED" | "MENTION" | "CHANGES_REQUESTED" | "SIGNING_NEAR";
  title: string;
  body?: string;
  /** Where it leads: the deal's review page or its overview. */
  to: "review" | "deal";
  minutesAgo: number;
  read?: boolean;
  /** From the scheduler (no one caused it). */
  reminder?: boolean;
}

export async function addNotifications(userId: string, seeds: NotificationSeed[]): Promise<{ ids: string[]; dealId: string; dealName: string }> {
  const db = connect();
  await db.connect();
  try {
    const { rows } = await db.query<{ orgId: string; dealId: string; dealName: string; cioId: string }>(
      `SELECT o."id" AS "orgId", d."id" AS "dealId", d."name" AS "dealName", u."id" AS "cioId"
       FROM "Organization" o JOIN "Deal" d ON d."organizationId" = o."id" AND d."archivedAt" IS NULL
       JOIN "User" u ON u."email" = 'cio@example.com'
       WHERE o."slug" = 'demo-corp' ORDER BY d."createdAt" DESC, d."id" LIMIT 1`,
    );
    const { orgId, dealId, dealName, cioId } = rows[0];
    const ids: string[] = [];
    for (const seed of seeds) {
      const id = `e2en${randomUUID().replace(/-/g, "").slice(0, 21)}`;
      const link = seed.to === "review" ? `/deals/${dealId}/review` : `/deals/${dealId}`;
      await db.query(
        `INSERT INTO "Notification" ("id", "organizationId", "userId", "kind", "title", "body", "link", "dealId", "actorId", "createdAt", "readAt")
         VALUES ($1, $2, $3, $4::"NotificationKind", $5, $6, $7, $8, $9, now() - make_interval(mins => $10), CASE WHEN $11 THEN now() END)`,
        [id, orgId, userId, seed.kind, seed.title, seed.body ?? "", link, dealId, seed.reminder ? null : cioId, seed.minutesAgo, Boolean(seed.read)],
      );
      ids.push(id);
    }
    return { ids, dealId, dealName };
  } finally {
    await db.end();
  }
}

/**
 * A negotiator of the demo organisation with the given address and password and a few notifications
 * (two unread, one read), made once: an inbox with items whose count no other spec changes.
 */
export async function ensureInboxReader(email: string, password: string): Promise<void> {
  const db = connect();
  await db.connect();
  let userId: string;
  try {
    const existing = await db.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [email]);
    if (existing.rows[0]) return;
    userId = `e2eu${randomUUID().replace(/-/g, "").slice(0, 21)}`;
    await db.query(`INSERT INTO "User" ("id", "email", "name", "passwordHash") VALUES ($1, $2, 'Inbox Reader', $3)`, [
      userId,
      email,
      await hashPassword(password),
    ]);
    await db.query(
      `INSERT INTO "Membership" ("id", "userId", "organizationId", "role") SELECT $1, $2, o."id", 'NEGOTIATOR' FROM "Organization" o WHERE o."slug" = 'demo-corp'`,
      [`e2em${randomUUID().replace(/-/g, "").slice(0, 21)}`, userId],
    );
  } finally {
    await db.end();
  }
  await addNotifications(userId, [
    {
      kind: "CHANGES_REQUESTED",
      title: "Changes requested on the deal",
      body: "Escrow of the weights is still open; please push back once more.",
      to: "review",
      minutesAgo: 5,
    },
    { kind: "SIGNING_NEAR", title: "Signing in 7 days with must-haves open", to: "deal", minutesAgo: 90, reminder: true },
    { kind: "MENTION", title: "Chris Ito mentioned you on a clause", body: "@you can you check the audit wording?", to: "deal", minutesAgo: 3000, read: true },
  ]);
}
