import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { ensureVendors } from "@/lib/services/vendor-records";

/**
 * Two vendor records of the organisation that look like one company ("Pair 1a2b3c4d" and "Pair
 * 1a2b3c4d Inc."), with no deals, and the pending merge proposal between them (made with the records). Names are unique per
 * call, so fixtures of one organisation do not propose each other.
 */
export async function vendorPairFixture(organizationId: string) {
  const tag = randomBytes(4).toString("hex");
  const names = [`Pair ${tag}`, `Pair ${tag} Inc.`];
  return getDb().$transaction(async (tx) => {
    const { byName } = await ensureVendors(tx, organizationId, names);
    const [a, b] = names.map((name) => byName.get(name)!);
    const proposal = await tx.vendorMergeProposal.findFirstOrThrow({ where: { vendorId: { in: [a.id, b.id] }, otherVendorId: { in: [a.id, b.id] } } });
    return { survivorId: a.id, survivorName: a.name, mergedId: b.id, proposalId: proposal.id };
  });
}
