import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { escrowFreshness } from "@/lib/assets/escrow-freshness";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addDeliverable, importManifest, recordDelivery, verifyDeliverable } from "@/lib/services/assets";
import { getAssetsPage, getExitReadinessCard } from "@/lib/services/assets-page";
import { getExitReadinessPanel } from "@/lib/services/assets-portfolio";
import { recordEscrowDeposit, saveEscrowArrangement } from "@/lib/services/escrow";
import { snapshotOrgs } from "@/lib/test/db-snapshot";
import { createTestDeal } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";
import { ZAddDeliverable, ZRecordEscrowDeposit, ZSaveEscrowArrangement, ZVerifyDeliverable } from "@/lib/validation/assets";
import { isoDateInDays } from "@/lib/validation/review";

const db = getDb();
type Team = Awaited<ReturnType<typeof createTeam>>;
let team: Team;

const H = (c: string) => c.repeat(64);
const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
const manifest = (files: { path: string; size: number; sha256: string }[]) => ({
  format: "dealplaybook-manifest",
  version: 1,
  createdAt: "2026-06-01T10:00:00.000Z",
  root: "delivery",
  files,
});

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function signedDeal(hostingModel: "VENDOR_HOSTED" | "SELF_HOSTED" = "VENDOR_HOSTED") {
  const { deal } = await createTestDeal(team.actors.NEGOTIATOR, { hostingModel });
  // Delivery happens after signature: the fixture starts there.
  await db.deal.update({ where: { id: deal.id }, data: { stage: "SIGNED" } });
  return deal;
}

const promise = (dealId: string, overrides: Record<string, unknown>) =>
  addDeliverable(team.actors.NEGOTIATOR, ZAddDeliverable.parse({ dealId, kind: "WEIGHTS", name: "Weights", ...overrides }));

beforeAll(async () => {
  team = await createTeam();
});

describe("importManifest", () => {
  it("refuses malformed JSON and a malformed manifest with the problems' paths, and writes nothing", async () => {
    const deal = await signedDeal();
    await promise(deal.id, { expectedPath: "weights/model.safetensors" });
    const before = await snapshotOrgs(team.org.id);
    const broken = await errorOf(importManifest(team.actors.NEGOTIATOR, { dealId: deal.id, fileName: "m.json", bytes: bytesOf('{"files": [') }));
    expect(broken.code).toBe("INVALID_INPUT");
    expect(broken.fieldErrors?.file?.[0]).toMatch(/^Not valid JSON/);
    const files = [0, 1, 2].map((i) => ({ path: `f${i}`, size: 1, sha256: H("a") }));
    const wrong = await errorOf(
      importManifest(team.actors.NEGOTIATOR, {
        dealId: deal.id,
        fileName: "m.json",
        bytes: bytesOf(manifest([...files, { path: "weights/model.safetensors", size: 1, sha256: "XYZ" }])),
      }),
    );
    expect(wrong.fieldErrors).toEqual({ file: ["files[3].sha256: must be 64 lower-case hex characters"] });
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
  });

  it("records matched files as delivered, flags the one whose hash differs from the vendor's, and keeps the manifest's own hash", async () => {
    const deal = await signedDeal();
    const weights = await promise(deal.id, { expectedPath: "weights/model.safetensors", expectedSha256: H("a") });
    const tokenizer = await promise(deal.id, { kind: "TOKENIZER", name: "Tokenizer", expectedPath: "tokenizer.json", expectedSha256: H("b") });
    await promise(deal.id, { kind: "MODEL_CARD", name: "Model card", expectedPath: "MODEL_CARD.md" });
    const body = bytesOf(
      manifest([
        { path: "weights/model.safetensors", size: 10, sha256: H("a") },
        { path: "tokenizer.json", size: 2, sha256: H("c") },
        { path: "extra.bin", size: 1, sha256: H("d") },
      ]),
    );
    const result = await importManifest(team.actors.NEGOTIATOR, { dealId: deal.id, fileName: "delivery.json", bytes: body });
    expect(result.counts).toEqual({ MATCH: 1, MISMATCH: 1, DELIVERED: 0, MISSING: 1, unpromised: 1 });
    expect(result.manifestSha256).toBe(createHash("sha256").update(body).digest("hex"));
    const page = await getAssetsPage(team.actors.VIEWER, deal.id);
    const byId = new Map(page.deliverables.map((d) => [d.id, d]));
    expect(byId.get(weights.id)).toMatchObject({ status: "DELIVERED", delivered: { fileName: "weights/model.safetensors", sizeBytes: 10, sha256: H("a") } });
    expect(byId.get(tokenizer.id)).toMatchObject({ status: "MISMATCH", delivered: { sha256: H("c") }, expectedSha256: H("b") });
    expect(page.imports).toHaveLength(1);
    expect(page.imports[0].comparison.rows.find((r) => r.deliverableId === tokenizer.id)).toMatchObject({ outcome: "MISMATCH", expectedSha256: H("b") });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { dealId: deal.id, action: "manifest.imported" } });
    expect(audit.after).toMatchObject({ fileName: "delivery.json", files: 3 });
  });
});

describe("verification", () => {
  it("counts only for the hash it was made on: a new delivery with another hash is unverified again", async () => {
    const deal = await signedDeal();
    const item = await promise(deal.id, {});
    const delivered = await recordDelivery(team.actors.NEGOTIATOR, {
      dealId: deal.id,
      deliverableId: item.id,
      version: 1,
      fileName: "w.bin",
      sizeBytes: 3,
      sha256: H("a"),
    });
    await verifyDeliverable(
      team.actors.CIO,
      ZVerifyDeliverable.parse({ dealId: deal.id, deliverableId: item.id, sha256: H("a"), method: "HASH_MATCH", passed: true }),
    );
    expect((await getAssetsPage(team.actors.VIEWER, deal.id)).deliverables[0].status).toBe("VERIFIED");
    await recordDelivery(team.actors.NEGOTIATOR, {
      dealId: deal.id,
      deliverableId: item.id,
      version: delivered.version,
      fileName: "w.bin",
      sizeBytes: 4,
      sha256: H("b"),
    });
    const after = (await getAssetsPage(team.actors.VIEWER, deal.id)).deliverables[0];
    expect(after.status).toBe("DELIVERED");
    expect(after.checks).toMatchObject([{ passed: true, sha256: H("a"), current: false }]);
    // A check sent for the old hash (a page opened before the new delivery) is refused, not recorded.
    const stale = await errorOf(
      verifyDeliverable(
        team.actors.CIO,
        ZVerifyDeliverable.parse({ dealId: deal.id, deliverableId: item.id, sha256: H("a"), method: "HASH_MATCH", passed: true }),
      ),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await db.deliverableVerification.count({ where: { deliverableId: item.id } })).toBe(1);
  });

  it("needs a note with the tolerance and figures for a reproduced evaluation", () => {
    const parsed = ZVerifyDeliverable.safeParse({ dealId: "d", deliverableId: "x", sha256: H("a"), method: "EVALUATION_REPRODUCED", passed: "true", note: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["note"], message: "Give the tolerance and the figures you measured" });
  });
});

describe("organisation scope and archived deals", () => {
  it("another organisation's deal is not found, for reads and changes, and nothing is written", async () => {
    const deal = await signedDeal();
    const item = await promise(deal.id, {});
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    expect((await errorOf(addDeliverable(team.foreignAdmin, ZAddDeliverable.parse({ dealId: deal.id, kind: "WEIGHTS", name: "x" })))).code).toBe("NOT_FOUND");
    expect(
      (await errorOf(recordDelivery(team.foreignAdmin, { dealId: deal.id, deliverableId: item.id, version: 1, fileName: "w", sizeBytes: 1, sha256: H("a") })))
        .code,
    ).toBe("NOT_FOUND");
    expect((await errorOf(importManifest(team.foreignAdmin, { dealId: deal.id, fileName: "m.json", bytes: bytesOf(manifest([])) }))).code).toBe("NOT_FOUND");
    expect((await errorOf(getAssetsPage(team.foreignAdmin, deal.id))).code).toBe("NOT_FOUND");
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });

  it("refuses changes on an archived deal", async () => {
    const deal = await signedDeal();
    await db.deal.update({ where: { id: deal.id }, data: { archivedAt: new Date() } });
    expect((await errorOf(promise(deal.id, {}))).code).toBe("CONFLICT");
  });
});

describe("escrow freshness and exit readiness", () => {
  it("shows the escrow's freshness on the overview card, and the portfolio panel's SQL scores signed deals as the deal pages do", async () => {
    const stale = await signedDeal();
    const fresh = await signedDeal();
    const selfHosted = await signedDeal("SELF_HOSTED");
    for (const deal of [stale, fresh]) {
      await saveEscrowArrangement(
        team.actors.NEGOTIATOR,
        ZSaveEscrowArrangement.parse({ dealId: deal.id, agent: "Escrow Co", freshnessDays: "90", releaseTriggers: ["INSOLVENCY"] }),
      );
    }
    await recordEscrowDeposit(
      team.actors.NEGOTIATOR,
      ZRecordEscrowDeposit.parse({ dealId: stale.id, depositedOn: isoDateInDays(-120), manifestSha256: H("e") }),
    );
    await recordEscrowDeposit(
      team.actors.NEGOTIATOR,
      ZRecordEscrowDeposit.parse({ dealId: fresh.id, depositedOn: isoDateInDays(-80), manifestSha256: H("e") }),
    );

    const cards = await Promise.all([stale, fresh, selfHosted].map((d) => getExitReadinessCard(team.actors.VIEWER, d.id)));
    expect(cards.map((c) => c.escrow?.status)).toEqual(["STALE", "DUE_SOON", "NONE"]);
    expect(cards[1].escrow).toEqual({
      ...escrowFreshness({ freshnessDays: 90 }, isoDateInDays(-80), isoDateInDays(0)),
      lastDepositOn: isoDateInDays(-80),
      freshnessDays: 90,
    });
    const escrowPoints = (i: number) => cards[i].exit!.parts.find((p) => p.key === "escrow")!.points;
    expect([escrowPoints(0), escrowPoints(1), escrowPoints(2)]).toEqual([0, 15, 15]);

    const panel = await getExitReadinessPanel(team.actors.MANAGER, {});
    const scoreOf = new Map(
      (
        await Promise.all(
          (await db.deal.findMany({ where: { organizationId: team.org.id, stage: "SIGNED", archivedAt: null } })).map((d) =>
            getExitReadinessCard(team.actors.VIEWER, d.id),
          ),
        )
      ).map((c) => [c.dealId, c.exit!.score]),
    );
    expect(panel.signed).toBe(scoreOf.size);
    for (const d of panel.weakest) expect(d.score, d.name).toBe(scoreOf.get(d.id));
    expect(panel.bands.ready + panel.bands.partial + panel.bands.exposed).toBe(panel.signed);
    expect(panel.staleEscrow.map((d) => d.id)).toContain(stale.id);
    expect(panel.staleEscrow.map((d) => d.id)).not.toContain(fresh.id);
    // Every signed deal of the panel, not just the weakest: one statement, compared on all of them.
    const all = await getExitReadinessPanel(team.actors.MANAGER, { vendor: "Acme AI" });
    expect(all.signed).toBe(scoreOf.size);
  });

  it("says when the overview card will score a deal that is not approved yet", async () => {
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    expect(await getExitReadinessCard(team.actors.VIEWER, deal.id)).toEqual({ dealId: deal.id, exit: null, escrow: null });
  });
});
