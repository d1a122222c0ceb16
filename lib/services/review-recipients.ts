import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

// Who hears about a deal's review (the teamwork contract): the person who last submitted it and its owner.

/** The person who submitted the deal for review most recently, if anyone has. */
export async function latestSubmitterId(tx: Tx, dealId: string): Promise<string | null> {
  const latest = await tx.dealSubmission.findFirst({ where: { dealId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { submittedById: true } });
  return latest?.submittedById ?? null;
}

/** The latest submitter and the deal owner (CHANGES_REQUESTED, APPROVED, APPROVAL_STALE). */
export async function submitterAndOwner(tx: Tx, deal: { id: string; ownerId: string }): Promise<string[]> {
  const submitter = await latestSubmitterId(tx, deal.id);
  return submitter ? [submitter, deal.ownerId] : [deal.ownerId];
}

export const reviewLink = (dealId: string) => `/deals/${dealId}/review`;
