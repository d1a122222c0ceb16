import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/load-actor";
import { recordAudit, type AuditInput } from "./audit";

type Tx = Prisma.TransactionClient;

/** Who an organisation event is about: a person acting in an organisation (also a sign-in, acted by the one signing in). */
export type OrganizationActor = Pick<Actor, "userId" | "organizationId" | "apiTokenId">;

/**
 * The last step of every change that is not a deal's (members, invitations, settings, passwords,
 * sign-ins): its audit event, in the transaction of the change. Deal changes end with
 * afterDealChange (lib/services/deal-changes.ts) instead.
 */
export async function afterOrganizationChange(tx: Tx, actor: OrganizationActor, audit: Omit<AuditInput, "dealId">): Promise<void> {
  await recordAudit(tx, actor, { ...audit, dealId: null });
}

/** The same event in each organisation the user belongs to (a password change, a sign-in): each organisation's log shows it. */
export async function afterAccountChange(tx: Tx, userId: string, audit: Omit<AuditInput, "dealId">): Promise<void> {
  const memberships = await tx.membership.findMany({ where: { userId }, select: { organizationId: true }, orderBy: { organizationId: "asc" } });
  for (const { organizationId } of memberships) await recordAudit(tx, { userId, organizationId }, { ...audit, dealId: null });
}
