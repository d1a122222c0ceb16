import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { normalizeVendorName } from "@/lib/domain/vendor-names";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, invalidField, notFound } from "@/lib/errors";
import type { TDismissVendorProposal, TMergeVendors, TRenameVendor } from "@/lib/validation/vendor";
import { requirePermission } from "./access";
import { afterOrganizationChange } from "./organization-changes";
import { proposeVendorMerges } from "./vendor-records";

type Tx = Prisma.TransactionClient;

// Changing vendor records: merging two into one, renaming one, dismissing a merge proposal. A deal's
// vendor text (Deal.vendor) follows its record's name in the same transaction, and the deals' versions
// are bumped, so a deal form opened before the change (which still carries the old name) is refused
// as stale instead of undoing it. The database triggers move the portfolio tallies that read the text.

export interface MergeProposalDto {
  id: string;
  reason: string;
  score: number;
  vendors: [ProposalVendor, ProposalVendor];
}

interface ProposalVendor {
  id: string;
  name: string;
  deals: number;
}

/**
 * The pending merge proposals, most certain first. New vendors are checked when they are created
 * (vendor-records.ts); this first proposes any pair still missing — the vendors the migration made
 * from free-text names, the first time an admin opens the page — and then writes nothing more. A
 * pair dismissed once stays dismissed.
 */
export async function listMergeProposals(actor: Actor): Promise<MergeProposalDto[]> {
  requirePermission(actor, "vendor:merge");
  const db = getDb();
  await db.$transaction((tx) => proposeVendorMerges(tx, actor.organizationId));
  const rows = await db.$queryRaw<
    { id: string; reason: string; score: number; aId: string; aName: string; aDeals: number; bId: string; bName: string; bDeals: number }[]
  >`
    SELECT p."id", p."reason", p."score",
           a."id" AS "aId", a."name" AS "aName", (SELECT count(*) FROM "Deal" d WHERE d."vendorId" = a."id")::int AS "aDeals",
           b."id" AS "bId", b."name" AS "bName", (SELECT count(*) FROM "Deal" d WHERE d."vendorId" = b."id")::int AS "bDeals"
    FROM "VendorMergeProposal" p JOIN "Vendor" a ON a."id" = p."vendorId" JOIN "Vendor" b ON b."id" = p."otherVendorId"
    WHERE p."organizationId" = ${actor.organizationId} AND p."status" = 'PENDING'
    ORDER BY p."score" DESC, a."name", b."name"
    LIMIT 500`;
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    score: r.score,
    // The vendor with more deals first: usually the name to keep.
    vendors: (r.aDeals >= r.bDeals
      ? [
          { id: r.aId, name: r.aName, deals: r.aDeals },
          { id: r.bId, name: r.bName, deals: r.bDeals },
        ]
      : [
          { id: r.bId, name: r.bName, deals: r.bDeals },
          { id: r.aId, name: r.aName, deals: r.aDeals },
        ]) as [ProposalVendor, ProposalVendor],
  }));
}

/** Points every deal of vendor `fromId` at `to` (id and name) and bumps their versions; returns how many. */
async function moveDeals(tx: Tx, organizationId: string, fromId: string, to: { id: string; name: string }) {
  const { count } = await tx.deal.updateMany({
    where: { organizationId, vendorId: fromId },
    data: { vendorId: to.id, vendor: to.name, version: { increment: 1 } },
  });
  return count;
}

/**
 * Merges vendor `mergedId` into `survivorId`: every deal moves to the survivor (its text becomes the
 * survivor's name), the merged vendor is deleted with the proposals that name it. One transaction.
 */
export async function mergeVendors(actor: Actor, input: TMergeVendors) {
  requirePermission(actor, "vendor:merge");
  return getDb().$transaction(async (tx) => {
    const vendors = await tx.vendor.findMany({
      where: { organizationId: actor.organizationId, id: { in: [input.survivorId, input.mergedId] } },
      select: { id: true, name: true },
    });
    const survivor = vendors.find((v) => v.id === input.survivorId);
    const merged = vendors.find((v) => v.id === input.mergedId);
    if (!survivor || !merged) throw notFound("The vendor");
    // Deals first (waiting for any change in progress on them), then the merged record locked so no
    // deal can be pointed at it any more, then whatever was pointed at it meanwhile.
    let moved = await moveDeals(tx, actor.organizationId, merged.id, survivor);
    await tx.$queryRaw`SELECT 1 FROM "Vendor" WHERE "id" = ${merged.id} FOR UPDATE`;
    moved += await moveDeals(tx, actor.organizationId, merged.id, survivor);
    const { count } = await tx.vendor.deleteMany({ where: { id: merged.id, organizationId: actor.organizationId } });
    if (count !== 1) throw new AppError("CONFLICT", `“${merged.name}” was merged or removed by someone else meanwhile. Reload the page.`);
    await tx.vendor.update({ where: { id: survivor.id }, data: { version: { increment: 1 } } });
    await afterOrganizationChange(tx, actor, {
      entityType: "Vendor",
      entityId: survivor.id,
      action: "vendor.merged",
      before: { survivor: survivor.name, merged: merged.name, mergedId: merged.id },
      after: { vendor: survivor.name, dealsMoved: moved },
    });
    return { id: survivor.id, dealsMoved: moved };
  });
}

function nameTaken(name: string) {
  return invalidField("name", `“${name}” is already a vendor under this name. Merge the two vendors instead (Admin › Vendors).`);
}

/**
 * Renames a vendor and its deals' text. A name with another vendor's exact key is refused (that is a
 * merge, not a rename). Its pending proposals are worked out again for the new name; dismissed ones stay.
 */
export async function renameVendor(actor: Actor, input: TRenameVendor) {
  requirePermission(actor, "vendor:manage");
  const key = normalizeVendorName(input.name);
  try {
    return await getDb().$transaction(async (tx) => {
      const before = await tx.vendor.findFirst({ where: { id: input.vendorId, organizationId: actor.organizationId } });
      if (!before) throw notFound("The vendor");
      const stale = new AppError("CONFLICT", "Someone else changed this vendor after you opened it. Reload to see the current name.", undefined, {
        currentVersion: before.version,
      });
      if (before.version !== input.version) throw stale;
      const other = await tx.vendor.findFirst({ where: { organizationId: actor.organizationId, normalizedName: key, id: { not: before.id } } });
      if (other) throw nameTaken(other.name);
      const { count } = await tx.vendor.updateMany({
        where: { id: before.id, version: input.version },
        data: { name: input.name, normalizedName: key, version: { increment: 1 } },
      });
      if (count !== 1) throw stale;
      const deals = await moveDeals(tx, actor.organizationId, before.id, { id: before.id, name: input.name });
      await tx.vendorMergeProposal.deleteMany({ where: { status: "PENDING", OR: [{ vendorId: before.id }, { otherVendorId: before.id }] } });
      await proposeVendorMerges(tx, actor.organizationId, [before.id]);
      await afterOrganizationChange(tx, actor, {
        entityType: "Vendor",
        entityId: before.id,
        action: "vendor.renamed",
        before: { name: before.name },
        after: { name: input.name, deals },
      });
      return { id: before.id, version: before.version + 1 };
    });
  } catch (error) {
    // Another rename or a new deal took the key between the check and the write.
    if ((error as { code?: unknown } | null)?.code === "P2002") throw nameTaken(input.name);
    throw error;
  }
}

/** Dismisses a pending proposal: the pair is not proposed again. */
export async function dismissVendorProposal(actor: Actor, input: TDismissVendorProposal) {
  requirePermission(actor, "vendor:merge");
  return getDb().$transaction(async (tx) => {
    const proposal = await tx.vendorMergeProposal.findFirst({
      where: { id: input.proposalId, organizationId: actor.organizationId },
      include: { vendor: { select: { name: true } }, otherVendor: { select: { name: true } } },
    });
    if (!proposal) throw notFound("The proposal");
    const { count } = await tx.vendorMergeProposal.updateMany({
      where: { id: proposal.id, status: "PENDING" },
      data: { status: "DISMISSED", decidedById: actor.userId, decidedAt: new Date() },
    });
    if (count !== 1) throw new AppError("CONFLICT", "This proposal was already dismissed.");
    await afterOrganizationChange(tx, actor, {
      entityType: "VendorMergeProposal",
      entityId: proposal.id,
      action: "vendor.merge-dismissed",
      after: { vendors: [proposal.vendor.name, proposal.otherVendor.name], reason: proposal.reason },
    });
    return { id: proposal.id };
  });
}
