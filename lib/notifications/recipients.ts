import type { Role } from "@/lib/domain/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

// Who a notification can go to: active people with an enabled membership of the organisation.
// Everyone with one may read every deal of it (deal:read is everyone's), so membership is access.

/** Of `userIds`, those who are active, enabled members of the organisation. */
export async function activeMembersAmong(tx: Tx, organizationId: string, userIds: Iterable<string>) {
  const ids = [...new Set(userIds)];
  if (!ids.length) return [];
  return tx.membership.findMany({
    where: { organizationId, userId: { in: ids }, disabledAt: null, user: { active: true } },
    select: { userId: true, role: true, approver: true, user: { select: { email: true, name: true } } },
  });
}

/** Ids of the active, enabled members holding one of the roles. */
export async function memberIdsWithRole(tx: Tx, organizationId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { organizationId, role: { in: [...roles] }, disabledAt: null, user: { active: true } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

/** Ids of the active, enabled members flagged as approvers (the approval policy's second approvers). */
export async function approverIds(tx: Tx, organizationId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { organizationId, approver: true, disabledAt: null, user: { active: true } }, select: { userId: true } });
  return rows.map((r) => r.userId);
}
