"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import {
  addDeliverable as addDeliverableService,
  addSuggestedDeliverables as addSuggestedDeliverablesService,
  recordDelivery as recordDeliveryService,
  removeDeliverable as removeDeliverableService,
  updateDeliverable as updateDeliverableService,
  verifyDeliverable as verifyDeliverableService,
} from "@/lib/services/assets";
import { recordEscrowDeposit as recordEscrowDepositService, saveEscrowArrangement as saveEscrowArrangementService } from "@/lib/services/escrow";
import {
  ZAddDeliverable,
  ZAddSuggestedDeliverables,
  ZRecordDelivery,
  ZRecordEscrowDeposit,
  ZRemoveDeliverable,
  ZSaveEscrowArrangement,
  ZUpdateDeliverable,
  ZVerifyDeliverable,
} from "@/lib/validation/assets";

export const addDeliverable = defineDealAction({
  name: "addDeliverable",
  permission: "assets:manage",
  schema: ZAddDeliverable,
  service: addDeliverableService,
});
export const updateDeliverable = defineDealAction({
  name: "updateDeliverable",
  permission: "assets:manage",
  schema: ZUpdateDeliverable,
  service: updateDeliverableService,
});
export const removeDeliverable = defineDealAction({
  name: "removeDeliverable",
  permission: "assets:manage",
  schema: ZRemoveDeliverable,
  service: removeDeliverableService,
});
export const addSuggestedDeliverables = defineDealAction({
  name: "addSuggestedDeliverables",
  permission: "assets:manage",
  schema: ZAddSuggestedDeliverables,
  service: addSuggestedDeliverablesService,
});
export const recordDelivery = defineDealAction({
  name: "recordDelivery",
  permission: "assets:manage",
  schema: ZRecordDelivery,
  service: recordDeliveryService,
});
export const verifyDeliverable = defineDealAction({
  name: "verifyDeliverable",
  permission: "assets:verify",
  schema: ZVerifyDeliverable,
  service: verifyDeliverableService,
});
export const saveEscrowArrangement = defineDealAction({
  name: "saveEscrowArrangement",
  permission: "assets:manage",
  schema: ZSaveEscrowArrangement,
  service: saveEscrowArrangementService,
});
export const recordEscrowDeposit = defineDealAction({
  name: "recordEscrowDeposit",
  permission: "assets:manage",
  schema: ZRecordEscrowDeposit,
  service: recordEscrowDepositService,
});
