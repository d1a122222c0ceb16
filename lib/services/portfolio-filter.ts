import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TPortfolioFilter } from "@/lib/validation/portfolio";

// One meaning of the portfolio filters, in both query languages the portfolio uses: Prisma's
// where-input (deal list, export) and raw SQL (aggregates). Integration tests check they agree.

const DAY = 86_400_000;

export function startOfTodayUtc(now = new Date()) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function signingRange(window: TPortfolioFilter["signing"]): { from?: Date; to?: Date } | null {
  if (!window) return null;
  const today = startOfTodayUtc();
  if (window === "overdue") return { to: new Date(today.getTime() - DAY) };
  return { from: today, to: new Date(today.getTime() + Number(window) * DAY) };
}

export function isUnfiltered(filter: TPortfolioFilter): boolean {
  return !filter.stage && !filter.ownerId && !filter.vendor && !filter.signing;
}

export function portfolioDealWhere(actor: Actor, filter: TPortfolioFilter): Prisma.DealWhereInput {
  const range = signingRange(filter.signing);
  return {
    organizationId: actor.organizationId,
    archivedAt: null,
    stage: filter.stage,
    ownerId: filter.ownerId,
    vendor: filter.vendor,
    targetSigningDate: range ? { gte: range.from, lte: range.to } : undefined,
    // Overdue means still unsigned past the date.
    ...(filter.signing === "overdue" ? { stage: filter.stage ?? { notIn: ["SIGNED", "WALKED_AWAY"] } } : {}),
  };
}

/** The same filter as a SQL condition on the alias `d` of "Deal". */
export function portfolioDealSql(actor: Actor, filter: TPortfolioFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`d."organizationId" = ${actor.organizationId}`, Prisma.sql`d."archivedAt" IS NULL`];
  if (filter.stage) parts.push(Prisma.sql`d."stage" = ${filter.stage}::"DealStage"`);
  if (filter.ownerId) parts.push(Prisma.sql`d."ownerId" = ${filter.ownerId}`);
  if (filter.vendor) parts.push(Prisma.sql`d."vendor" = ${filter.vendor}`);
  const range = signingRange(filter.signing);
  if (range?.from) parts.push(Prisma.sql`d."targetSigningDate" >= ${range.from}::date`);
  if (range?.to) parts.push(Prisma.sql`d."targetSigningDate" <= ${range.to}::date`);
  if (filter.signing === "overdue" && !filter.stage) parts.push(Prisma.sql`d."stage" NOT IN ('SIGNED', 'WALKED_AWAY')`);
  return Prisma.join(parts, " AND ");
}
