import { getDb, type Db } from "@/lib/db";
import type { NotificationKind } from "@/lib/domain/enums";
import { formatCalendarDate } from "@/lib/format/dates";
import { plural } from "@/lib/format/plural";
import { Prisma } from "@/lib/generated/prisma/client";
import { deliverSoon } from "@/lib/mail/deliver";
import { notify } from "./notify";

// The scheduled reminders (the `reminders` job, lib/jobs/): signing date near with must-haves open,
// accepted risks due for review, deals idle in negotiation. Every reminder carries a dedupe key, and
// Notification is unique per (person, key): however many processes run this at once, and however
// often, each person gets each reminder once. The queries only return what nobody was told yet, so a
// run over 10,000 deals costs a few set-based queries plus one transaction per new reminder.

/** Days before the target signing date at which the owner and the CIOs are reminded, widest first. */
export const SIGNING_THRESHOLDS = [30, 14, 7] as const;
export const IDLE_DAYS = 14;

const SETTLED_MUST_HAVE = Prisma.sql`('MUST_HAVE_MET', 'FALLBACK_ACCEPTED', 'NOT_APPLICABLE')`;

export interface ReminderCounts {
  signingNear: number;
  riskReviewDue: number;
  dealIdle: number;
  emailsQueued: number;
}

interface Reminder {
  organizationId: string;
  kind: NotificationKind;
  recipients: string[];
  dealId: string;
  title: string;
  body: string;
  link: string;
  dedupeKey: string;
}

/** "2026-03-14": the calendar date (UTC) of an instant or of a date column read as UTC midnight. */
function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** The tightest threshold reached `daysLeft` days before signing; null when none is (or the date has passed). */
export function signingThreshold(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  let reached: number | null = null;
  for (const threshold of SIGNING_THRESHOLDS) if (daysLeft <= threshold) reached = threshold;
  return reached;
}

function signsIn(days: number): string {
  if (days === 0) return "signs today";
  if (days === 1) return "signs tomorrow";
  return `signs in ${days} days`;
}

async function signingNear(db: Db, today: string): Promise<Reminder[]> {
  const rows = await db.$queryRaw<{ id: string; organizationId: string; name: string; ownerId: string; target: Date; open: number }[]>`
    WITH due AS (
      SELECT d."id", d."organizationId", d."name", d."ownerId", d."targetSigningDate" AS target,
        (d."targetSigningDate" - ${today}::date) AS days
      FROM "Deal" d
      WHERE d."archivedAt" IS NULL AND d."stage" NOT IN ('SIGNED', 'WALKED_AWAY')
        AND d."targetSigningDate" BETWEEN ${today}::date AND ${today}::date + ${SIGNING_THRESHOLDS[0]}::int
    ), open AS (
      -- The key of the threshold reached (as signingThreshold computes it), to skip deals already reminded.
      SELECT due.*, (
        SELECT count(*)::int FROM "DealClause" c
        WHERE c."dealId" = due."id" AND c."priority" = 'MUST_HAVE' AND c."retiredAt" IS NULL AND c."status" NOT IN ${SETTLED_MUST_HAVE}
      ) AS open,
      'signing-near:' || due."id" || ':' ||
        (CASE WHEN due.days <= 7 THEN 7 WHEN due.days <= 14 THEN 14 ELSE 30 END) || ':' || to_char(due.target, 'YYYY-MM-DD') AS key
      FROM due
    )
    SELECT o."id", o."organizationId", o."name", o."ownerId", o.target, o.open FROM open o
    WHERE o.open > 0 AND NOT EXISTS (
      SELECT 1 FROM "Notification" n
      WHERE n."dedupeKey" = o.key AND (n."userId" = o."ownerId" OR n."userId" IN (
        SELECT m."userId" FROM "Membership" m WHERE m."organizationId" = o."organizationId" AND m."role" = 'CIO')))`;
  if (!rows.length) return [];
  const cios = await db.membership.findMany({
    where: { organizationId: { in: [...new Set(rows.map((r) => r.organizationId))] }, role: "CIO" },
    select: { organizationId: true, userId: true },
  });
  const ciosOf = new Map<string, string[]>();
  for (const m of cios) ciosOf.set(m.organizationId, [...(ciosOf.get(m.organizationId) ?? []), m.userId]);
  return rows.map((deal) => {
    const target = isoDate(deal.target);
    const days = Math.round((deal.target.getTime() - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
    const threshold = signingThreshold(days)!;
    return {
      organizationId: deal.organizationId,
      kind: "SIGNING_NEAR",
      recipients: [deal.ownerId, ...(ciosOf.get(deal.organizationId) ?? [])],
      dealId: deal.id,
      title: `${deal.name} ${signsIn(days)} with ${plural(deal.open, "must-have")} open`,
      body: `Target signing date: ${formatCalendarDate(target)}. Settle the open must-haves, accept the risk in writing, or move the date.`,
      link: `/deals/${deal.id}`,
      dedupeKey: `signing-near:${deal.id}:${threshold}:${target}`,
    };
  });
}

async function riskReviewDue(db: Db, today: string): Promise<Reminder[]> {
  const rows = await db.$queryRaw<
    { id: string; dealId: string; organizationId: string; dealName: string; clauseTitle: string; recipientId: string; reviewOn: Date }[]
  >`
    SELECT r."id", r."dealId", d."organizationId", d."name" AS "dealName", c."title" AS "clauseTitle",
      COALESCE(r."ownerId", r."acceptedById") AS "recipientId", r."reviewOn"
    FROM "RiskAcceptance" r
    JOIN "Deal" d ON d."id" = r."dealId"
    JOIN "DealClause" dc ON dc."id" = r."dealClauseId"
    JOIN "Clause" c ON c."id" = dc."clauseId"
    WHERE r."revokedAt" IS NULL AND r."reviewOn" <= ${today}::date AND d."archivedAt" IS NULL
      AND NOT EXISTS (
        SELECT 1 FROM "Notification" n
        WHERE n."userId" = COALESCE(r."ownerId", r."acceptedById")
          AND n."dedupeKey" = 'risk-review:' || r."id" || ':' || to_char(r."reviewOn", 'YYYY-MM-DD'))`;
  return rows.map((risk) => ({
    organizationId: risk.organizationId,
    kind: "RISK_REVIEW_DUE",
    recipients: [risk.recipientId],
    dealId: risk.dealId,
    title: `Review the accepted risk on “${risk.clauseTitle}” in ${risk.dealName}`,
    body: `It was due for review on ${formatCalendarDate(isoDate(risk.reviewOn))}. Keep it, or revoke it and negotiate the clause again.`,
    link: `/deals/${risk.dealId}/review`,
    dedupeKey: `risk-review:${risk.id}:${isoDate(risk.reviewOn)}`,
  }));
}

async function dealIdle(db: Db, now: Date): Promise<Reminder[]> {
  const idleSince = new Date(now.getTime() - IDLE_DAYS * 86_400_000);
  const rows = await db.$queryRaw<{ id: string; organizationId: string; name: string; ownerId: string; updatedAt: Date }[]>`
    SELECT d."id", d."organizationId", d."name", d."ownerId", d."updatedAt"
    FROM "Deal" d
    WHERE d."stage" = 'NEGOTIATING' AND d."archivedAt" IS NULL AND d."updatedAt" < ${idleSince}
      AND NOT EXISTS (
        SELECT 1 FROM "Notification" n
        WHERE n."userId" = d."ownerId" AND n."dedupeKey" = 'deal-idle:' || d."id" || ':' || to_char(d."updatedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS'))`;
  return rows.map((deal) => {
    const lastActivity = deal.updatedAt.toISOString().slice(0, 23);
    const days = Math.floor((now.getTime() - deal.updatedAt.getTime()) / 86_400_000);
    return {
      organizationId: deal.organizationId,
      kind: "DEAL_IDLE",
      recipients: [deal.ownerId],
      dealId: deal.id,
      title: `${deal.name} has had no activity for ${days} days`,
      body: `Last change on ${formatCalendarDate(isoDate(deal.updatedAt))}, still in negotiation. Log the vendor's latest position or move the deal on.`,
      link: `/deals/${deal.id}`,
      dedupeKey: `deal-idle:${deal.id}:${lastActivity}`,
    };
  });
}

/** Sends every reminder that is due at `now` and was not sent yet. Safe to run anywhere, any number of times at once. */
export async function runReminders(now: Date, db: Db = getDb()): Promise<ReminderCounts> {
  const today = isoDate(now);
  const [signing, risks, idle] = await Promise.all([signingNear(db, today), riskReviewDue(db, today), dealIdle(db, now)]);
  const counts: ReminderCounts = { signingNear: 0, riskReviewDue: 0, dealIdle: 0, emailsQueued: 0 };
  const counter = { SIGNING_NEAR: "signingNear", RISK_REVIEW_DUE: "riskReviewDue", DEAL_IDLE: "dealIdle" } as const;
  let failed = 0;
  // One transaction per reminder: one that fails does not hold back the others (the next run retries it).
  for (const reminder of [...signing, ...risks, ...idle]) {
    try {
      const result = await db.$transaction((tx) => notify(tx, { ...reminder, actorId: null }));
      if (result.notifiedUserIds.length) counts[counter[reminder.kind as keyof typeof counter]]++;
      counts.emailsQueued += result.emailsQueued;
    } catch (error) {
      failed++;
      console.error(`[reminders] ${reminder.dedupeKey} failed:`, (error as Error)?.message ?? error);
    }
  }
  if (counts.emailsQueued > 0) deliverSoon();
  if (failed) throw new Error(`${plural(failed, "reminder")} could not be sent; the next run tries again`);
  return counts;
}
