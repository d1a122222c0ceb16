import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { compareManifest } from "@/lib/assets/manifest-compare";
import { MANIFEST_MAX_BYTES, parseManifest } from "@/lib/assets/manifest-schema";
import { suggestedAssets } from "@/lib/assets/suggested";
import type { DeliverableKind } from "@/lib/domain/enums";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  TAddDeliverable,
  TAddSuggestedDeliverables,
  TRecordDelivery,
  TRemoveDeliverable,
  TUpdateDeliverable,
  TVerifyDeliverable,
} from "@/lib/validation/assets";
import { requireDeal, requirePermission } from "./access";
import { afterDealChange, beginDealChange } from "./deal-changes";

type Tx = Prisma.TransactionClient;

// The deal's manifest of promised model assets: promises, deliveries, checks and imported manifests.
// Every change is a deal change (beginDealChange … afterDealChange): allowed at any stage, signed deals
// included (delivery happens after signature), refused on an archived deal; the exit-readiness cache
// follows in the same transaction.

type DeliverableRow = NonNullable<Awaited<ReturnType<Tx["deliverable"]["findFirst"]>>>;

/** What the audit trail keeps of a deliverable. */
function auditView(d: DeliverableRow) {
  return {
    kind: d.kind,
    name: d.name,
    format: d.format,
    milestone: d.milestone,
    dueOn: d.dueOn?.toISOString().slice(0, 10) ?? null,
    expectedPath: d.expectedPath,
    expectedSha256: d.expectedSha256,
    delivered: d.deliveredSha256 ? { fileName: d.deliveredFileName, sizeBytes: d.deliveredSizeBytes?.toString() ?? null, sha256: d.deliveredSha256 } : null,
    version: d.version,
  };
}

async function requireDeliverable(tx: Tx, dealId: string, deliverableId: string) {
  const row = await tx.deliverable.findFirst({ where: { id: deliverableId, dealId } });
  if (!row) throw notFound("The asset");
  return row;
}

function staleDeliverable(current: DeliverableRow) {
  return new AppError(
    "CONFLICT",
    `Someone changed "${current.name}" after you opened it (it is at version ${current.version} now). Nothing of yours was saved; reload to see their change.`,
    undefined,
    auditView(current),
  );
}

/** Versioned write: refused with the current row when someone else wrote first. */
async function writeVersioned(tx: Tx, before: DeliverableRow, version: number, data: Prisma.DeliverableUpdateManyMutationInput) {
  if (before.version !== version) throw staleDeliverable(before);
  const { count } = await tx.deliverable.updateMany({ where: { id: before.id, version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw staleDeliverable(await tx.deliverable.findUniqueOrThrow({ where: { id: before.id } }));
  return tx.deliverable.findUniqueOrThrow({ where: { id: before.id } });
}

const promiseData = (input: TAddDeliverable) => ({
  kind: input.kind,
  name: input.name,
  format: input.format,
  milestone: input.milestone,
  dueOn: input.dueOn,
  expectedPath: input.expectedPath.replaceAll("\\", "/").replace(/^(\.\/|\/)+/, ""),
  expectedSha256: input.expectedSha256,
});

export async function addDeliverable(actor: Actor, input: TAddDeliverable) {
  requirePermission(actor, "assets:manage");
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealId: input.dealId });
    const row = await tx.deliverable.create({ data: { dealId: input.dealId, ...promiseData(input) } });
    await afterDealChange(tx, actor, input.dealId, { entityType: "Deliverable", entityId: row.id, action: "deliverable.added", after: auditView(row) });
    return { id: row.id, version: row.version };
  });
}

export async function updateDeliverable(actor: Actor, input: TUpdateDeliverable) {
  requirePermission(actor, "assets:manage");
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealId: input.dealId });
    const before = await requireDeliverable(tx, input.dealId, input.deliverableId);
    const after = await writeVersioned(tx, before, input.version, promiseData(input));
    await afterDealChange(tx, actor, input.dealId, {
      entityType: "Deliverable",
      entityId: before.id,
      action: "deliverable.updated",
      before: auditView(before),
      after: auditView(after),
    });
    return { id: after.id, version: after.version };
  });
}

export async function removeDeliverable(actor: Actor, input: TRemoveDeliverable) {
  requirePermission(actor, "assets:manage");
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealId: input.dealId });
    const before = await requireDeliverable(tx, input.dealId, input.deliverableId);
    if (before.version !== input.version) throw staleDeliverable(before);
    const { count } = await tx.deliverable.deleteMany({ where: { id: before.id, version: input.version } });
    if (count !== 1) throw staleDeliverable(await tx.deliverable.findUniqueOrThrow({ where: { id: before.id } }));
    await afterDealChange(tx, actor, input.dealId, {
      entityType: "Deliverable",
      entityId: before.id,
      action: "deliverable.removed",
      before: auditView(before),
    });
    return { id: before.id };
  });
}

/** Adds the usual set of assets the deal does not promise yet, in one change. */
export async function addSuggestedDeliverables(actor: Actor, input: TAddSuggestedDeliverables) {
  requirePermission(actor, "assets:manage");
  return getDb().$transaction(async (tx) => {
    const deal = await beginDealChange(tx, actor, { dealId: input.dealId });
    const present = await tx.deliverable.findMany({ where: { dealId: deal.id }, select: { kind: true } });
    const toAdd = suggestedAssets(deal, new Set(present.map((p) => p.kind as DeliverableKind)));
    if (!toAdd.length) throw new AppError("CONFLICT", "Every usual asset is already on the manifest; nothing was added.");
    await tx.deliverable.createMany({ data: toAdd.map((a) => ({ dealId: deal.id, ...a })) });
    await afterDealChange(tx, actor, deal.id, {
      entityType: "Deal",
      entityId: deal.id,
      action: "deliverables.suggested-added",
      after: { kinds: toAdd.map((a) => a.kind) },
    });
    return { added: toAdd.length };
  });
}

export async function recordDelivery(actor: Actor, input: TRecordDelivery) {
  requirePermission(actor, "assets:manage");
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealId: input.dealId });
    const before = await requireDeliverable(tx, input.dealId, input.deliverableId);
    const after = await writeVersioned(tx, before, input.version, {
      deliveredFileName: input.fileName,
      deliveredSizeBytes: BigInt(input.sizeBytes),
      deliveredSha256: input.sha256,
      deliveredAt: new Date(),
    });
    await afterDealChange(tx, actor, input.dealId, {
      entityType: "Deliverable",
      entityId: before.id,
      action: "deliverable.delivery-recorded",
      before: auditView(before),
      after: auditView(after),
    });
    return { id: after.id, version: after.version };
  });
}

export async function verifyDeliverable(actor: Actor, input: TVerifyDeliverable) {
  requirePermission(actor, "assets:verify");
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealId: input.dealId });
    const deliverable = await requireDeliverable(tx, input.dealId, input.deliverableId);
    if (!deliverable.deliveredSha256) throw new AppError("INVALID_INPUT", "Record the delivery before checking it.", { sha256: ["Nothing delivered yet"] });
    if (deliverable.deliveredSha256 !== input.sha256) {
      throw new AppError(
        "CONFLICT",
        `"${deliverable.name}" was delivered again (hash ${deliverable.deliveredSha256.slice(0, 12)}…) after you opened it. Nothing was saved; reload and check the new delivery.`,
      );
    }
    const check = await tx.deliverableVerification.create({
      data: { deliverableId: deliverable.id, method: input.method, passed: input.passed, sha256: input.sha256, note: input.note, verifiedById: actor.userId },
    });
    await afterDealChange(tx, actor, input.dealId, {
      entityType: "DeliverableVerification",
      entityId: check.id,
      action: input.passed ? "deliverable.verified" : "deliverable.verification-failed",
      after: { deliverable: deliverable.name, method: input.method, passed: input.passed, sha256: input.sha256, note: input.note },
    });
    return { id: check.id };
  });
}

export interface ImportManifestInput {
  dealId: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Imports a manifest file (as `npm run manifest` writes it): refused whole, with the problems' paths on
 * `file`, when it is not valid JSON or not a manifest. Otherwise compares it with the promise, records
 * each found file as the delivery of its asset, and stores the manifest, its SHA-256 and the comparison.
 */
export async function importManifest(actor: Actor, input: ImportManifestInput) {
  requirePermission(actor, "assets:manage");
  // The deal first: another organisation's deal is "not found" whatever the file holds.
  await requireDeal(getDb(), actor, input.dealId);
  if (input.bytes.byteLength > MANIFEST_MAX_BYTES)
    throw new AppError("INVALID_INPUT", "The manifest is larger than 5 MB; nothing was imported.", { file: ["At most 5 MB"] });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(input.bytes);
  } catch {
    throw new AppError("INVALID_INPUT", "The manifest is not UTF-8 text; nothing was imported.", { file: ["Not UTF-8 text"] });
  }
  const parsed = parseManifest(text);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", "This file is not a manifest the app can read; nothing was imported.", { file: parsed.errors });
  const manifestSha256 = createHash("sha256").update(input.bytes).digest("hex");
  return getDb().$transaction(async (tx) => {
    await beginDealChange(tx, actor, { dealId: input.dealId });
    const promised = await tx.deliverable.findMany({ where: { dealId: input.dealId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const comparison = compareManifest(promised, parsed.manifest.files);
    const now = new Date();
    for (const row of comparison.rows) {
      const file = row.file;
      const before = promised.find((p) => p.id === row.deliverableId)!;
      if (!file || (before.deliveredSha256 === file.sha256 && before.deliveredFileName === file.path && before.deliveredSizeBytes === BigInt(file.size)))
        continue;
      await tx.deliverable.update({
        where: { id: before.id },
        data: {
          deliveredFileName: file.path,
          deliveredSizeBytes: BigInt(file.size),
          deliveredSha256: file.sha256,
          deliveredAt: now,
          version: { increment: 1 },
        },
      });
    }
    const record = await tx.manifestImport.create({
      data: {
        dealId: input.dealId,
        fileName: input.fileName,
        manifestSha256,
        files: parsed.manifest.files,
        comparison: comparison as unknown as Prisma.InputJsonValue,
        importedById: actor.userId,
      },
    });
    await afterDealChange(tx, actor, input.dealId, {
      entityType: "ManifestImport",
      entityId: record.id,
      action: "manifest.imported",
      after: { fileName: input.fileName, manifestSha256, files: parsed.manifest.files.length, counts: comparison.counts },
    });
    return { id: record.id, manifestSha256, counts: comparison.counts };
  });
}
