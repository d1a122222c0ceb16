"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { logDraftRound as logDraftRoundService } from "@/lib/services/drafts/log-round";
import { ZLogDraftRound } from "@/lib/validation/draft-log";

export const logDraftRound = defineDealAction({
  name: "logDraftRound",
  permission: "draft:manage",
  schema: ZLogDraftRound,
  service: logDraftRoundService,
});
