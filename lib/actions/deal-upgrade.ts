"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { confirmClauseStillHolds as confirmClauseStillHoldsService, upgradeDeal as upgradeDealService } from "@/lib/services/deal-upgrade";
import { ZConfirmClauseStillHolds, ZUpgradeDeal } from "@/lib/validation/deal-upgrade";

export const upgradeDeal = defineDealAction({ name: "upgradeDeal", permission: "deal:update", schema: ZUpgradeDeal, service: upgradeDealService });

export const confirmClauseStillHolds = defineDealAction({
  name: "confirmClauseStillHolds",
  permission: "clause:update",
  schema: ZConfirmClauseStillHolds,
  service: confirmClauseStillHoldsService,
});
