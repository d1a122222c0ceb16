"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { clearDraftCounter as clearDraftCounterService, setDraftCounter as setDraftCounterService } from "@/lib/services/drafts/counters";
import { ZClearDraftCounter, ZSetDraftCounter } from "@/lib/validation/draft-counter";

export const setDraftCounter = defineDealAction({
  name: "setDraftCounter",
  permission: "draft:manage",
  schema: ZSetDraftCounter,
  service: setDraftCounterService,
});

export const clearDraftCounter = defineDealAction({
  name: "clearDraftCounter",
  permission: "draft:manage",
  schema: ZClearDraftCounter,
  service: clearDraftCounterService,
});
