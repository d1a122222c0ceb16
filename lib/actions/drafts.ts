"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { addPastedDraftRound } from "@/lib/services/drafts/add-round";
import { deleteDraftRound as deleteDraftRoundService } from "@/lib/services/drafts/delete-round";
import {
  acceptDraftMapping as acceptDraftMappingService,
  dismissDraftFlag as dismissDraftFlagService,
  rejectDraftMapping as rejectDraftMappingService,
  remapDraftPassage as remapDraftPassageService,
  restoreDraftFlag as restoreDraftFlagService,
} from "@/lib/services/drafts/review-edits";
import { ZAddPastedDraft, ZDeleteDraft, ZDismissDraftFlag, ZDraftMappingChange, ZRemapDraftPassage, ZRestoreDraftFlag } from "@/lib/validation/draft";

// The vendor-draft workbench's form actions. A file upload is not an action: it goes to
// POST /api/v1/deals/<dealId>/drafts as the raw body, so the page can show its progress.

export const addPastedDraft = defineDealAction({ name: "addPastedDraft", permission: "draft:manage", schema: ZAddPastedDraft, service: addPastedDraftRound });

export const deleteDraftRound = defineDealAction({
  name: "deleteDraftRound",
  permission: "draft:manage",
  schema: ZDeleteDraft,
  service: deleteDraftRoundService,
});

export const acceptDraftMapping = defineDealAction({
  name: "acceptDraftMapping",
  permission: "draft:manage",
  schema: ZDraftMappingChange,
  service: acceptDraftMappingService,
});

export const rejectDraftMapping = defineDealAction({
  name: "rejectDraftMapping",
  permission: "draft:manage",
  schema: ZDraftMappingChange,
  service: rejectDraftMappingService,
});

export const remapDraftPassage = defineDealAction({
  name: "remapDraftPassage",
  permission: "draft:manage",
  schema: ZRemapDraftPassage,
  service: remapDraftPassageService,
});

export const dismissDraftFlag = defineDealAction({
  name: "dismissDraftFlag",
  permission: "draft:manage",
  schema: ZDismissDraftFlag,
  service: dismissDraftFlagService,
});

export const restoreDraftFlag = defineDealAction({
  name: "restoreDraftFlag",
  permission: "draft:manage",
  schema: ZRestoreDraftFlag,
  service: restoreDraftFlagService,
});
