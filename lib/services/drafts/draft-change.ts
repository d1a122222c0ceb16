import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { beginDealChange } from "../deal-changes";
import { requireDraft } from "./access";

type Tx = Prisma.TransactionClient;

export const STALE_DRAFT_MESSAGE = "Someone else changed this draft's review since you opened it. Reload the page and try again; nothing was saved.";
export const LOGGED_DRAFT_MESSAGE = "This round is already logged as vendor responses: its mapping can no longer change.";

/**
 * Call first in every transaction that changes a draft's review (mappings, flags, counter wording,
 * logging the round): locks the deal (beginDealChange), loads the draft in the actor's organisation,
 * refuses a stale `version` and, unless `logged: "allow"`, a round already logged. End the
 * transaction with `finishDraftChange` and then afterDealChange, like any deal change.
 */
export async function beginDraftChange(
  tx: Tx,
  actor: Pick<Actor, "organizationId">,
  target: { draftId: string; version: number },
  options: { logged?: "refuse" | "allow" } = {},
) {
  const draft = await requireDraft(tx, actor, target.draftId);
  await beginDealChange(tx, actor, { dealId: draft.dealId });
  const locked = await tx.dealDraft.findUniqueOrThrow({ where: { id: draft.id } });
  if (locked.version !== target.version) throw new AppError("CONFLICT", STALE_DRAFT_MESSAGE, { version: [STALE_DRAFT_MESSAGE] });
  if (locked.loggedAt && options.logged !== "allow") throw new AppError("CONFLICT", LOGGED_DRAFT_MESSAGE);
  return locked;
}

/** Bumps the draft's version: the review a person has open is now stale. */
export async function finishDraftChange(tx: Tx, draftId: string, data: Prisma.DealDraftUpdateInput = {}) {
  const draft = await tx.dealDraft.update({ where: { id: draftId }, data: { ...data, version: { increment: 1 } } });
  return draft.version;
}
