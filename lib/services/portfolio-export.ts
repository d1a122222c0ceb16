import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TPortfolioFilter } from "@/lib/validation/portfolio";
import { requirePermission } from "./access";
import { portfolioDealSql } from "./portfolio-filter";

const BATCH = 1000;

export const EXPORT_HEADER = [
  "deal_id",
  "name",
  "vendor",
  "stage",
  "owner",
  "contract_value",
  "currency",
  "target_signing_date",
  "readiness_score",
  "ready",
  "blockers",
  "scenarios_covered",
  "scenarios_uncovered",
  "lock_in_exposed",
];

export interface ExportRow {
  id: string;
  name: string;
  vendor: string;
  stage: string;
  owner: string;
  valueMinor: bigint;
  currency: string;
  targetSigningDate: Date | null;
  score: number;
  ready: boolean;
  blockers: number;
  coverage: Record<string, boolean>;
  exposed: boolean;
}

function money(minor: bigint) {
  const whole = minor / 100n;
  const cents = (minor % 100n).toString().padStart(2, "0");
  return `${whole}.${cents}`;
}

/**
 * The filtered deal list with readiness, blockers, scenario coverage and value, in keyset-paginated
 * batches: memory stays flat whatever the number of deals.
 */
export async function* iteratePortfolioExport(actor: Actor, filter: TPortfolioFilter): AsyncGenerator<unknown[][]> {
  requirePermission(actor, "portfolio:export");
  const db = getDb();
  const where = portfolioDealSql(actor, filter);
  // Every scenario key of the organisation's versions, titled as the portfolio titles them (the current
  // version's, else the latest that has it) and in its order: a deal lists the scenarios of its own version.
  const scenarios = await db.$queryRaw<{ key: string; title: string }[]>`
    SELECT t."key", t."title" FROM (
      SELECT DISTINCT ON (s."key") s."key", s."title", pb."isCurrent" AS "current", s."position"
      FROM "Scenario" s JOIN "Playbook" pb ON pb."id" = s."playbookId"
      WHERE pb."organizationId" = ${actor.organizationId} ORDER BY s."key", pb."isCurrent" DESC, pb."version" DESC
    ) t
    ORDER BY t."current" DESC, CASE WHEN t."current" THEN t."position" END, t."title" COLLATE "C", t."key" COLLATE "C"`;
  let after = "";
  for (;;) {
    const rows = await db.$queryRaw<ExportRow[]>`
      SELECT d."id", d."name", d."vendor", d."stage"::text AS stage, u."name" AS owner, d."contractValueMinor" AS "valueMinor", d."currency",
             d."targetSigningDate", d."readinessScore" AS score, d."readinessReady" AS ready, d."blockerCount" AS blockers,
             d."scenarioCoverage" AS coverage, d."lockInExposed" AS exposed
      FROM "Deal" d JOIN "User" u ON u."id" = d."ownerId"
      WHERE ${where} AND d."id" > ${after}
      ORDER BY d."id" LIMIT ${Prisma.raw(String(BATCH))}`;
    if (!rows.length) return;
    yield rows.map((r) => [
      r.id,
      r.name,
      r.vendor,
      r.stage,
      r.owner,
      money(BigInt(r.valueMinor)),
      r.currency,
      r.targetSigningDate ? r.targetSigningDate.toISOString().slice(0, 10) : "",
      r.score,
      r.ready ? "yes" : "no",
      r.blockers,
      scenarios
        .filter((s) => r.coverage[s.key] === true)
        .map((s) => s.title)
        .join("; "),
      scenarios
        .filter((s) => r.coverage[s.key] === false)
        .map((s) => s.title)
        .join("; "),
      r.exposed ? "yes" : "no",
    ]);
    after = rows[rows.length - 1].id;
  }
}
