"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { overrideClauseRules as overrideService, restoreClauseRules as restoreService } from "@/lib/services/deal-rules";
import { addDealSpecificClause as addService, removeDealSpecificClause as removeService } from "@/lib/services/deal-specific-clauses";
import { ZAddDealSpecificClause, ZOverrideClauseRules, ZRemoveDealSpecificClause, ZRestoreClauseRules } from "@/lib/validation/deal-rules";

export const overrideClauseRules = defineDealAction({
  name: "overrideClauseRules",
  permission: "clause:update",
  schema: ZOverrideClauseRules,
  service: overrideService,
});

export const restoreClauseRules = defineDealAction({
  name: "restoreClauseRules",
  permission: "clause:update",
  schema: ZRestoreClauseRules,
  service: restoreService,
});

export const addDealSpecificClause = defineDealAction({
  name: "addDealSpecificClause",
  permission: "clause:update",
  schema: ZAddDealSpecificClause,
  service: addService,
});

export const removeDealSpecificClause = defineDealAction({
  name: "removeDealSpecificClause",
  permission: "clause:update",
  schema: ZRemoveDealSpecificClause,
  service: removeService,
});
