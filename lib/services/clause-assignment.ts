import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { AppError, invalidField } from "@/lib/errors";
import { formatCalendarDate } from "@/lib/format/dates";
import { deliverSoon } from "@/lib/mail/deliver";
import { notify } from "@/lib/notifications/notify";
import { activeMembersAmong } from "@/lib/notifications/recipients";
import type { TAssignClause } from "@/lib/validation/clause-assignment";
import { requireDealClause, requirePermission } from "./access";
import { afterDealChange, beginDealChange } from "./deal-changes";
import { retiredClause } from "./deal-upgrade";

const isoDate = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/**
 * Who works on a clause and by when. Names the clause version the form read, like every clause
 * edit: a stale form is refused rather than undoing a colleague's change. A new assignee is told
 * (not when people assign themselves: notify never tells the actor).
 */
export async function assignClause(actor: Actor, input: TAssignClause) {
  requirePermission(actor, "clause:assign");
  const result = await getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealClauseId: input.dealClauseId });
    const before = await requireDealClause(tx, actor, input.dealClauseId);
    if (before.retiredAt) throw retiredClause();
    const stale = () =>
      new AppError(
        "CONFLICT",
        "Someone else changed this clause after you opened it, so nothing was saved. Reload to see who it is assigned to now, then assign it again.",
      );
    if (before.version !== input.version) throw stale();
    let assignee: { userId: string; user: { name: string } } | null = null;
    if (input.assigneeId) {
      [assignee] = await activeMembersAmong(tx, actor.organizationId, [input.assigneeId]);
      if (!assignee) throw invalidField("assigneeId", "Choose an active member of this organisation.");
    }
    const { count } = await tx.dealClause.updateMany({
      where: { id: before.id, version: input.version },
      data: { assigneeId: input.assigneeId, dueOn: input.dueOn, updatedById: actor.userId, version: { increment: 1 } },
    });
    if (count !== 1) throw stale();
    const dueOn = isoDate(input.dueOn);
    const told =
      assignee && input.assigneeId !== before.assigneeId
        ? await notify(tx, {
            organizationId: actor.organizationId,
            kind: "ASSIGNMENT",
            recipients: [assignee.userId],
            actorId: actor.userId,
            dealId: before.dealId,
            title: `${actor.name} assigned you ${before.clause.title} — ${before.deal.name}`,
            body: dueOn ? `Due ${formatCalendarDate(dueOn)}.` : "No due date set.",
            link: `/deals/${before.dealId}/clauses/${before.id}`,
          })
        : { emailsQueued: 0 };
    await afterDealChange(tx, actor, before.dealId, {
      entityType: "DealClause",
      entityId: before.id,
      action: "clause.assigned",
      before: { clause: before.clause.key, assigneeId: before.assigneeId, dueOn: isoDate(before.dueOn), version: before.version },
      after: { clause: before.clause.key, assigneeId: input.assigneeId, assignee: assignee?.user.name ?? null, dueOn, version: before.version + 1 },
    });
    return { id: before.id, version: before.version + 1, emailsQueued: told.emailsQueued };
  });
  if (result.emailsQueued > 0) deliverSoon();
  return { id: result.id, version: result.version };
}
