import "server-only";
import { EXIT_BAND_MIN_SCORE, EXIT_PART_MAX, type ExitBand } from "@/lib/assets/exit-readiness";
import type { Actor } from "@/lib/auth/load-actor";
import { queryPrepared } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TPortfolioFilter } from "@/lib/validation/portfolio";
import { isoDateInDays } from "@/lib/validation/review";
import { requirePermission } from "./access";
import { portfolioDealSql } from "./portfolio-filter";

// The portfolio's exit-readiness panel: signed deals by band, the weakest few, and the escrow deposits
// gone stale. One statement whatever the number of deals. It reads the cache the after-change step
// writes (lib/services/exit-readiness.ts) and adds the one part that moves with the clock, escrow: its
// points count when the vendor runs the model and the latest deposit is within the required freshness
// on today's date — the same rule as lib/assets/escrow-freshness.ts (an integration test holds the
// two equal). Today is the app's UTC date, passed in, so the panel and the deal pages agree.

const WEAKEST = 5;

export interface ExitPanelDeal {
  id: string;
  name: string;
  vendor: string;
  score: number;
}

export interface ExitReadinessPanelDto {
  signed: number;
  bands: Record<ExitBand, number>;
  weakest: ExitPanelDeal[];
  staleEscrowCount: number;
  staleEscrow: (ExitPanelDeal & { lastDepositOn: string | null; freshnessDays: number })[];
}

export async function getExitReadinessPanel(actor: Actor, filter: TPortfolioFilter): Promise<ExitReadinessPanelDto> {
  requirePermission(actor, "portfolio:read");
  const today = isoDateInDays(0);
  const [row] = await queryPrepared<{ doc: ExitReadinessPanelDto }>(Prisma.sql`
    WITH s AS (
      SELECT d."id", d."name", d."vendor", d."escrowLastDepositOn", d."escrowFreshnessDays",
             COALESCE(d."exitReadinessBase", 0)
               + CASE WHEN d."exitEscrowCounts" AND d."escrowLastDepositOn" + d."escrowFreshnessDays" >= ${today}::date THEN ${EXIT_PART_MAX.escrow}::int ELSE 0 END AS score,
             d."escrowFreshnessDays" IS NOT NULL AND (d."escrowLastDepositOn" IS NULL OR d."escrowLastDepositOn" + d."escrowFreshnessDays" < ${today}::date) AS stale
      FROM "Deal" d
      WHERE ${portfolioDealSql(actor, filter)} AND d."stage" = 'SIGNED'
    )
    SELECT json_build_object(
      'signed', (SELECT count(*) FROM s),
      'bands', json_build_object(
        'ready', (SELECT count(*) FROM s WHERE score >= ${EXIT_BAND_MIN_SCORE.ready}::int),
        'partial', (SELECT count(*) FROM s WHERE score >= ${EXIT_BAND_MIN_SCORE.partial}::int AND score < ${EXIT_BAND_MIN_SCORE.ready}::int),
        'exposed', (SELECT count(*) FROM s WHERE score < ${EXIT_BAND_MIN_SCORE.partial}::int)),
      'weakest', COALESCE((SELECT json_agg(w ORDER BY w.score, w.name, w.id) FROM (
        SELECT "id", "name", "vendor", score FROM s ORDER BY score, "name", "id" LIMIT ${WEAKEST}) w), '[]'::json),
      'staleEscrowCount', (SELECT count(*) FROM s WHERE stale),
      'staleEscrow', COALESCE((SELECT json_agg(w ORDER BY w."lastDepositOn" NULLS FIRST, w.name, w.id) FROM (
        SELECT "id", "name", "vendor", score, "escrowLastDepositOn" AS "lastDepositOn", "escrowFreshnessDays" AS "freshnessDays"
        FROM s WHERE stale ORDER BY "escrowLastDepositOn" NULLS FIRST, "name", "id" LIMIT ${WEAKEST}) w), '[]'::json)
    ) AS doc`);
  return row.doc;
}
