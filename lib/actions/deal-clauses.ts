"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { logVendorResponse as logVendorResponseService, updateDealClause as updateDealClauseService } from "@/lib/services/deal-clauses";
import { ZLogVendorResponse, ZUpdateDealClause } from "@/lib/validation/deal-clause";

export const updateDealClause = defineDealAction({
  name: "updateDealClause",
  permission: "clause:update",
  schema: ZUpdateDealClause,
  service: updateDealClauseService,
});

export const logVendorResponse = defineDealAction({
  name: "logVendorResponse",
  permission: "response:log",
  schema: ZLogVendorResponse,
  service: logVendorResponseService,
});
