import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * A CIO approval holds only for the clauses as they were approved. When a clause changes on an
 * approved deal, the approval is marked stale and the deal goes back to CIO review, in the same
 * transaction as the change. Returns the id of the approval that went stale, if any.
 */
export async function invalidateApproval(tx: Tx, deal: { id: string; stage: string }): Promise<string | null> {
  if (deal.stage !== "APPROVED") return null;
  const approval = await tx.review.findFirst({
    where: { dealId: deal.id, decision: "APPROVED", staleAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  await tx.deal.update({ where: { id: deal.id }, data: { stage: "CIO_REVIEW", version: { increment: 1 } } });
  if (!approval) return null;
  await tx.review.updateMany({ where: { dealId: deal.id, decision: "APPROVED", staleAt: null }, data: { staleAt: new Date() } });
  return approval.id;
}
