import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { TDeleteDraft } from "@/lib/validation/draft";
import { requirePermission } from "../access";
import { afterDealChange } from "../deal-changes";
import { beginDraftChange } from "./draft-change";

/**
 * Deletes a round added by mistake, with its file, passages, mappings and flags. Only while it is not
 * logged: a logged round is the source of vendor responses and stays on the deal's record
 * (beginDraftChange refuses it). The round numbers of later rounds stay as they are.
 */
export async function deleteDraftRound(actor: Actor, input: TDeleteDraft) {
  requirePermission(actor, "draft:manage");
  return getDb().$transaction(async (tx) => {
    const draft = await beginDraftChange(tx, actor, input);
    await tx.dealDraft.delete({ where: { id: draft.id } });
    await afterDealChange(tx, actor, draft.dealId, {
      entityType: "DealDraft",
      entityId: draft.id,
      action: "draft.deleted",
      before: { round: draft.round, title: draft.title, source: draft.source, fileName: draft.fileName, sha256: draft.sha256 },
    });
    return { id: draft.id, dealId: draft.dealId };
  });
}
