import "server-only";
import { nearDuplicatePairs, normalizeVendorName, tidyVendorName } from "@/lib/domain/vendor-names";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export interface VendorRecord {
  id: string;
  name: string;
  normalizedName: string;
}

// Every writer of deals goes through here for the deal's vendor: the deal form, the seeds, the
// deal generator and the test fixtures. A name is its organisation's vendor with the same exact key
// (lib/domain/vendor-names.ts) or a new vendor with that name; the deal's text is then the vendor's
// name, whichever spelling was typed.

/**
 * The vendor records for `names` in the organisation, created where missing — two statements
 * whatever the number of names, and two more when some are new: each new vendor is checked against
 * the others at once, so the merge proposals are in place before anyone opens the admin page.
 * Concurrent callers with the same new name get the same record (the unique key makes the second
 * insert wait for the first, then skip). Returns a map from each name as given to its record, and
 * the ids created now.
 */
export async function ensureVendors(tx: Tx, organizationId: string, names: readonly string[]) {
  const wanted = new Map<string, string>();
  for (const raw of names) {
    const name = tidyVendorName(raw);
    const key = normalizeVendorName(name);
    if (!wanted.has(key)) wanted.set(key, name);
  }
  const keys = [...wanted.keys()];
  const inserted = await tx.vendor.createManyAndReturn({
    data: keys.map((key) => ({ organizationId, name: wanted.get(key)!, normalizedName: key })),
    skipDuplicates: true,
    select: { id: true },
  });
  if (inserted.length)
    await proposeVendorMerges(
      tx,
      organizationId,
      inserted.map((r) => r.id),
    );
  const records = await tx.vendor.findMany({ where: { organizationId, normalizedName: { in: keys } }, select: { id: true, name: true, normalizedName: true } });
  const byKey = new Map(records.map((r) => [r.normalizedName, r]));
  const byName = new Map<string, VendorRecord>(names.map((raw) => [raw, byKey.get(normalizeVendorName(tidyVendorName(raw)))!]));
  return { byName, createdIds: inserted.map((r) => r.id) };
}

/** One name's vendor (see ensureVendors), and whether it was created now. */
export async function ensureVendor(tx: Tx, organizationId: string, name: string): Promise<VendorRecord & { created: boolean }> {
  const { byName, createdIds } = await ensureVendors(tx, organizationId, [name]);
  const record = byName.get(name)!;
  return { ...record, created: createdIds.includes(record.id) };
}

/**
 * Inserts the merge proposals the organisation's vendors call for and does not hold yet — all of
 * them, or only those involving `onlyFor` (vendors just created or renamed). A pair already proposed,
 * whatever its status, is skipped: a dismissed pair is never proposed again. Returns how many were added.
 */
export async function proposeVendorMerges(tx: Tx, organizationId: string, onlyFor?: readonly string[]): Promise<number> {
  if (onlyFor && onlyFor.length === 0) return 0;
  const vendors = await tx.vendor.findMany({ where: { organizationId }, select: { id: true, name: true } });
  const pairs = nearDuplicatePairs(vendors, onlyFor ? new Set(onlyFor) : undefined);
  if (!pairs.length) return 0;
  const { count } = await tx.vendorMergeProposal.createMany({
    data: pairs.map((p) => ({ organizationId, vendorId: p.vendorId, otherVendorId: p.otherVendorId, reason: p.reason, score: p.score })),
    skipDuplicates: true,
  });
  return count;
}

/** Deal rows for createMany with their vendor records (one ensureVendors for the batch); `vendor` becomes the record's name. */
export async function withVendorRecords<T extends { organizationId: string; vendor: string }>(
  tx: Tx,
  deals: readonly T[],
): Promise<(T & { vendorId: string })[]> {
  const out: (T & { vendorId: string })[] = [];
  for (const organizationId of new Set(deals.map((d) => d.organizationId))) {
    const inOrg = deals.filter((d) => d.organizationId === organizationId);
    const { byName } = await ensureVendors(
      tx,
      organizationId,
      inOrg.map((d) => d.vendor),
    );
    for (const deal of inOrg) out.push({ ...deal, vendor: byName.get(deal.vendor)!.name, vendorId: byName.get(deal.vendor)!.id });
  }
  return out;
}
