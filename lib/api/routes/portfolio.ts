import { defineApiRoute } from "@/lib/api/define-api-route";
import { toApiPortfolio, ZApiPortfolio, ZApiPortfolioQuery } from "@/lib/api/schemas/portfolio";
import { getExitReadinessPanel } from "@/lib/services/assets-portfolio";
import { getPortfolio as getPortfolioService } from "@/lib/services/portfolio";
import { getPortfolioLicences } from "@/lib/services/portfolio-licences";

export const getPortfolio = defineApiRoute(
  {
    operationId: "getPortfolio",
    method: "GET",
    path: "/portfolio",
    tag: "Portfolio",
    summary: "Portfolio figures",
    description:
      "The figures of the portfolio dashboard over the organisation's live deals: totals, stages, readiness bands, lock-in exposure, deals at risk, " +
      "failure-scenario coverage, vendor pushback, pitches, licences and exit readiness. The filters are the dashboard's and apply to every figure.",
    permission: "portfolio:read",
    query: ZApiPortfolioQuery,
    response: { status: 200, description: "The portfolio figures.", schema: ZApiPortfolio },
  },
  async ({ actor, query }) => {
    const [portfolio, licences, exit] = await Promise.all([
      getPortfolioService(actor, query),
      getPortfolioLicences(actor, query),
      getExitReadinessPanel(actor, query),
    ]);
    return { body: toApiPortfolio(query, portfolio, licences, exit) };
  },
);
