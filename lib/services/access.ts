import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { forbidden, notFound } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

/** Fail-closed role check, the first line of every service. */
export function requirePermission(actor: Actor, permission: Permission) {
  if (!can(actor.role, permission)) throw forbidden();
}

/**
 * Loads a deal of the actor's organisation. Another organisation's deal does not exist for the
 * actor: it is "not found", never "forbidden", so ids cannot be probed.
 */
export async function requireDeal(tx: Tx, actor: Actor, dealId: string) {
  const deal = await tx.deal.findFirst({ where: { id: dealId, organizationId: actor.organizationId } });
  if (!deal) throw notFound("The deal");
  return deal;
}

/** Loads a deal clause through its deal, so the organisation scope always applies. */
export async function requireDealClause(tx: Tx, actor: Actor, dealClauseId: string) {
  const dealClause = await tx.dealClause.findFirst({
    where: { id: dealClauseId, deal: { organizationId: actor.organizationId } },
    include: { deal: true, clause: { include: { layer: { select: { key: true } } } } },
  });
  if (!dealClause) throw notFound("The clause");
  return dealClause;
}
