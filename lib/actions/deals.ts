"use server";

import { defineDealAction } from "@/lib/actions/define-deal-action";
import { createDeal as createDealService, setDealArchived, updateDeal as updateDealService } from "@/lib/services/deals";
import { ZArchiveDeal, ZCreateDeal, ZUpdateDeal } from "@/lib/validation/deal";

export const createDeal = defineDealAction({ name: "createDeal", permission: "deal:create", schema: ZCreateDeal, service: createDealService });

export const updateDeal = defineDealAction({ name: "updateDeal", permission: "deal:update", schema: ZUpdateDeal, service: updateDealService });

export const archiveDeal = defineDealAction({ name: "archiveDeal", permission: "deal:archive", schema: ZArchiveDeal, service: setDealArchived });
