import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRecordEscrowDeposit, TSaveEscrowArrangement } from "@/lib/validation/assets";
import { requirePermission } from "./access";
import { afterDealChange, beginDealChange } from "./deal-changes";

// The deal's escrow: one arrangement (agent, required freshness, release triggers; versioned) and its
// deposits. Deal changes like any other: the exit-readiness cache keeps the latest deposit date.

const arrangementView = (a: { agent: string; freshnessDays: number; releaseTriggers: string[]; notes: string; version: number }) => ({
  agent: a.agent,
  freshnessDays: a.freshnessDays,
  releaseTriggers: a.releaseTriggers,
  notes: a.notes,
  version: a.version,
});

const staleArrangement = (current: { version: number } | null) =>
  new AppError(
    "CONFLICT",
    current
      ? `Someone saved the escrow arrangement after you opened it (version ${current.version} now). Nothing of yours was saved; reload to see it.`
      : "The escrow arrangement you edited is gone. Nothing was saved; reload the page.",
  );

export async function saveEscrowArrangement(actor: Actor, input: TSaveEscrowArrangement) {
  requirePermission(actor, "assets:manage");
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealId: input.dealId });
    const before = await tx.escrowArrangement.findUnique({ where: { dealId: input.dealId } });
    const data = { agent: input.agent, freshnessDays: input.freshnessDays, releaseTriggers: [...new Set(input.releaseTriggers)], notes: input.notes };
    if (!before && input.version !== 0) throw staleArrangement(null);
    if (before && before.version !== input.version) throw staleArrangement(before);
    let after;
    if (!before) after = await tx.escrowArrangement.create({ data: { dealId: input.dealId, ...data } });
    else {
      const { count } = await tx.escrowArrangement.updateMany({
        where: { id: before.id, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count !== 1) throw staleArrangement(await tx.escrowArrangement.findUnique({ where: { id: before.id } }));
      after = await tx.escrowArrangement.findUniqueOrThrow({ where: { id: before.id } });
    }
    await afterDealChange(tx, actor, input.dealId, {
      entityType: "EscrowArrangement",
      entityId: after.id,
      action: "escrow.arrangement-saved",
      before: before ? arrangementView(before) : undefined,
      after: arrangementView(after),
    });
    return { id: after.id, version: after.version };
  });
}

export async function recordEscrowDeposit(actor: Actor, input: TRecordEscrowDeposit) {
  requirePermission(actor, "assets:manage");
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealId: input.dealId });
    const arrangement = await tx.escrowArrangement.findUnique({ where: { dealId: input.dealId }, select: { id: true } });
    if (!arrangement)
      throw new AppError("INVALID_INPUT", "Record the escrow arrangement (agent and freshness) before its deposits.", {
        depositedOn: ["No escrow arrangement yet"],
      });
    const deposit = await tx.escrowDeposit.create({
      data: { dealId: input.dealId, depositedOn: input.depositedOn, manifestSha256: input.manifestSha256, note: input.note, recordedById: actor.userId },
    });
    await afterDealChange(tx, actor, input.dealId, {
      entityType: "EscrowDeposit",
      entityId: deposit.id,
      action: "escrow.deposit-recorded",
      after: { depositedOn: input.depositedOn.toISOString().slice(0, 10), manifestSha256: input.manifestSha256, note: input.note },
    });
    return { id: deposit.id };
  });
}
