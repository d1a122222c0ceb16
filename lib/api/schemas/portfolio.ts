import { z } from "zod";
import { EXIT_BANDS } from "@/lib/assets/exit-readiness";
import { DEAL_STAGES, type DealStage } from "@/lib/domain/enums";
import { READINESS_BANDS, type ReadinessBand } from "@/lib/domain/readiness-band";
import type { ExitReadinessPanelDto } from "@/lib/services/assets-portfolio";
import type { PortfolioDto } from "@/lib/services/portfolio";
import type { PortfolioLicencesDto } from "@/lib/services/portfolio-licences";
import { SIGNING_WINDOWS, type TPortfolioFilter } from "@/lib/validation/portfolio";
import { dealLinks } from "./deal";
import { minorToDecimal, moneyByCurrency, ZDecimalAmount, ZMoneyByCurrency } from "./money";

// The portfolio dashboard's figures as the public API shows them: the same services and filters as
// /portfolio, without what only the page needs (the heat map's per-deal cells, labels).

/** The dashboard's filters (lib/validation/portfolio.ts), but a bad value is a 400 naming it rather than ignored. */
export const ZApiPortfolioQuery = z.object({
  stage: z.enum(DEAL_STAGES, { error: `Use one of ${DEAL_STAGES.join(", ")}` }).optional(),
  ownerId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid id")
    .optional()
    .meta({ description: "Only deals this person owns." }),
  vendor: z
    .string()
    .trim()
    .min(1, "Give a vendor name")
    .max(200, "At most 200 characters")
    .refine((v) => !v.includes("\u0000") && v.isWellFormed(), "Contains characters that cannot be stored")
    .optional()
    .meta({ description: "Only deals with this vendor (exact name)." }),
  signing: z
    .enum(SIGNING_WINDOWS, { error: `Use one of ${SIGNING_WINDOWS.join(", ")}` })
    .optional()
    .meta({ description: "Target signing date: overdue (past and unsigned), or within the next 30, 90 or 180 days." }),
}) satisfies z.ZodType<TPortfolioFilter>;

const ZDealsAndValue = z.object({ deals: z.number().int(), value: ZMoneyByCurrency });

export const ZApiPortfolio = z
  .object({
    filter: z.object({
      stage: z.enum(DEAL_STAGES).nullable(),
      ownerId: z.string().nullable(),
      vendor: z.string().nullable(),
      signing: z.enum(SIGNING_WINDOWS).nullable(),
    }),
    deals: z.number().int().meta({ description: "Live (not archived) deals matching the filter." }),
    totalValue: ZMoneyByCurrency,
    byStage: z.record(z.enum(DEAL_STAGES), z.number().int()),
    readiness: z
      .record(z.enum(READINESS_BANDS), ZDealsAndValue)
      .meta({ description: "Deals and contract value per readiness band: ready (no blockers), close (70+), partial (40+), early." }),
    lockInExposure: ZDealsAndValue.meta({ description: "Deals with no secured route to the model yet (weights delivery, self-hosting or exit still open)." }),
    atRisk: z.object({
      total: z.number().int(),
      deals: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          vendor: z.string(),
          owner: z.string(),
          readinessScore: z.number().int(),
          blockers: z.number().int(),
          targetSigningDate: z.iso.date(),
          contractValue: ZDecimalAmount,
          currency: z.string(),
          links: z.object({ self: z.string(), app: z.string() }),
        }),
      ),
    }),
    scenarios: z
      .array(z.object({ key: z.string(), title: z.string(), current: z.boolean(), covered: z.number().int(), uncovered: z.number().int() }))
      .meta({ description: "Failure-scenario coverage; `current` false for a scenario only older playbook versions have." }),
    pushback: z
      .array(z.object({ clauseKey: z.string(), title: z.string(), counters: z.number().int(), rejects: z.number().int(), deals: z.number().int() }))
      .meta({ description: "Clauses vendors counter or reject most, from the response log." }),
    pitches: z
      .array(
        z.object({
          pitchKey: z.string(),
          quote: z.string(),
          total: z.number().int(),
          vendorCount: z.number().int(),
          vendors: z.array(z.object({ vendor: z.string(), count: z.number().int() })),
        }),
      )
      .meta({ description: "Red-flag pitches heard, most heard first, with the vendors using them most." }),
    licences: z.object({
      openFindingDeals: z.number().int().meta({ description: "Deals still in play with blocking licence findings not accepted in writing." }),
      byLicence: z.array(
        z.object({
          licence: z.string().meta({ description: "A licence registry key, or unchecked (free text), or none (not stated)." }),
          label: z.string(),
          checked: z.boolean(),
          deals: z.number().int(),
          openFindings: z.number().int(),
        }),
      ),
    }),
    exitReadiness: z
      .object({ signed: z.number().int(), bands: z.record(z.enum(EXIT_BANDS), z.number().int()), staleEscrowDeals: z.number().int() })
      .meta({ description: "Signed deals by exit readiness, and those whose escrow deposit is stale." }),
  })
  .meta({ id: "Portfolio", description: "The portfolio dashboard's figures. Money is summed per currency, never converted." });
export type ApiPortfolio = z.output<typeof ZApiPortfolio>;

export function toApiPortfolio(filter: TPortfolioFilter, portfolio: PortfolioDto, licences: PortfolioLicencesDto, exit: ExitReadinessPanelDto): ApiPortfolio {
  const dealsAndValue = (entry: { deals: number; value: Record<string, string> }) => ({ deals: entry.deals, value: moneyByCurrency(entry.value) });
  return {
    filter: { stage: filter.stage ?? null, ownerId: filter.ownerId ?? null, vendor: filter.vendor ?? null, signing: filter.signing ?? null },
    deals: portfolio.totalDeals,
    totalValue: moneyByCurrency(portfolio.totalValue),
    byStage: Object.fromEntries(DEAL_STAGES.map((stage) => [stage, portfolio.byStage[stage]])) as Record<DealStage, number>,
    readiness: Object.fromEntries(READINESS_BANDS.map((band) => [band, dealsAndValue(portfolio.byBand[band])])) as Record<
      ReadinessBand,
      ReturnType<typeof dealsAndValue>
    >,
    lockInExposure: dealsAndValue(portfolio.exposed),
    atRisk: {
      total: portfolio.atRisk.total,
      deals: portfolio.atRisk.deals.map((d) => ({
        id: d.id,
        name: d.name,
        vendor: d.vendor,
        owner: d.owner,
        readinessScore: d.score,
        blockers: d.blockers,
        targetSigningDate: d.targetSigningDate.slice(0, 10),
        contractValue: minorToDecimal(d.valueMinor),
        currency: d.currency,
        links: dealLinks(d.id),
      })),
    },
    scenarios: portfolio.scenarios.map(({ key, title, current, covered, uncovered }) => ({ key, title, current, covered, uncovered })),
    pushback: portfolio.pushback.map(({ clauseKey, title, counters, rejects, deals }) => ({ clauseKey, title, counters, rejects, deals })),
    pitches: portfolio.pitches.map(({ pitchKey, quote, total, vendorCount, vendors }) => ({
      pitchKey,
      quote,
      total,
      vendorCount,
      vendors: vendors.map(({ vendor, count }) => ({ vendor, count })),
    })),
    licences: {
      openFindingDeals: licences.openFindingDeals,
      byLicence: licences.byLicence.map(({ licence, label, checked, deals, openFindings }) => ({ licence, label, checked, deals, openFindings })),
    },
    exitReadiness: {
      signed: Number(exit.signed),
      bands: Object.fromEntries(EXIT_BANDS.map((band) => [band, Number(exit.bands[band])])) as Record<(typeof EXIT_BANDS)[number], number>,
      staleEscrowDeals: Number(exit.staleEscrowCount),
    },
  };
}
