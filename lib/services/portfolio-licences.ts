import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { findLicence } from "@/lib/licences/findings";
import type { TPortfolioFilter } from "@/lib/validation/portfolio";
import { requirePermission } from "./access";
import { portfolioDealSql } from "./portfolio-filter";

/** A row of the licence panel: a registry key, or "unchecked" (free text) or "none" (no licence stated). */
export interface LicenceTallyDto {
  licence: string;
  label: string;
  /** Whether the licence is a registry entry (its terms were checked). */
  checked: boolean;
  deals: number;
  /** Of them, deals still in play (not walked away) with a blocking licence finding not accepted in writing. */
  openFindings: number;
}

export interface PortfolioLicencesDto {
  byLicence: LicenceTallyDto[];
  /** Deals still in play with open blocking licence findings, over every licence. */
  openFindingDeals: number;
}

/**
 * The portfolio's licence panel in one statement, from the deal rows' own columns: the licence key and
 * the open-findings count the readiness cache keeps (lib/services/readiness-cache.ts), so no finding is
 * derived here whatever the number of deals. The portfolio's filter applies, as to every panel.
 */
export async function getPortfolioLicences(actor: Actor, filter: TPortfolioFilter): Promise<PortfolioLicencesDto> {
  requirePermission(actor, "portfolio:read");
  const rows = await getDb().$queryRaw<{ licence: string; deals: number; open: number }[]>(Prisma.sql`
    SELECT coalesce(d."baseModelLicenceKey", CASE WHEN d."baseModelLicence" = '' THEN 'none' ELSE 'unchecked' END) AS licence,
           count(*)::int AS deals,
           (count(*) FILTER (WHERE d."openLicenceFindings" > 0 AND d."stage" <> 'WALKED_AWAY'))::int AS open
    FROM "Deal" d WHERE ${portfolioDealSql(actor, filter)}
    GROUP BY 1`);
  const byLicence = rows
    .map((row) => {
      const entry = row.licence === "none" || row.licence === "unchecked" ? undefined : findLicence(row.licence);
      return {
        licence: row.licence,
        label: entry?.name ?? (row.licence === "none" ? "None stated" : row.licence === "unchecked" ? "Unchecked (free text)" : row.licence),
        checked: entry !== undefined,
        deals: row.deals,
        openFindings: row.open,
      };
    })
    // Registry licences first, most deals first; then unchecked, then none stated.
    .sort((a, b) => Number(b.checked) - Number(a.checked) || rank(a.licence) - rank(b.licence) || b.deals - a.deals || (a.label < b.label ? -1 : 1));
  return { byLicence, openFindingDeals: rows.reduce((sum, row) => sum + row.open, 0) };
}

function rank(licence: string): number {
  return licence === "none" ? 2 : licence === "unchecked" ? 1 : 0;
}
