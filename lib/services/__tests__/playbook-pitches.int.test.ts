import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { detectRedFlags } from "@/lib/domain/red-flags";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { createPlaybookVersion } from "@/lib/playbook/store";
import { getDealClause, logVendorResponse } from "@/lib/services/deal-clauses";
import { getPortfolio } from "@/lib/services/portfolio";
import { currentPitchTexts } from "@/lib/services/playbook-pitches";
import { createTestDeal, responseInput } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";

// A vendor's words read against the deal's own playbook version: v2 edits the hosting-only counter,
// adds a pitch recognised by its phrases and drops "trust-us"; a deal still on v1 reads as v1.

const db = getDb();

const RESIDENCY_PHRASE = "same as your country";

function versionTwo() {
  const doc = structuredClone(DEFAULT_PLAYBOOK);
  doc.pitches = doc.pitches.filter((p) => p.key !== "trust-us");
  for (const c of doc.clauses) c.counters = c.counters.filter((k) => k !== "trust-us");
  const hosting = doc.pitches.find((p) => p.key === "hosting-only")!;
  hosting.counter = "Version 2 counter: ask for the weights at every milestone.";
  doc.pitches.push({
    key: "data-residency-waiver",
    quote: "Our EU region is the same as your country.",
    danger: "The model may run outside the jurisdiction the client promised its regulator.",
    counter: "Name the permitted regions and require consent before any move.",
    section: "deployment-exit",
    phrases: [RESIDENCY_PHRASE],
    source: "",
  });
  return doc;
}

const SAID = "Leave it to us, just call our API. Our EU region is the same as your country. Trust us on this.";

async function log(actor: Parameters<typeof logVendorResponse>[0], dealId: string) {
  const dc = await db.dealClause.findFirstOrThrow({ where: { dealId, clause: { key: "weights-as-deliverable" } } });
  await logVendorResponse(actor, responseInput(dc.id, dc.version, { vendorText: SAID, stance: "REJECTS" }));
  return db.vendorResponse.findFirstOrThrow({ where: { dealId }, orderBy: { createdAt: "desc" } });
}

describe("pitches recognised as the deal's playbook version says", () => {
  it("logging a response records the pitches of the deal's version; the clause page gets that version's wording", async () => {
    const { org, actors } = await createTeam();
    const onV1 = (await createTestDeal(actors.NEGOTIATOR)).deal;
    await db.$transaction((tx) => createPlaybookVersion(tx, versionTwo(), { organizationId: org.id, version: 2, changeSummary: "v2" }));
    const onV2 = (await createTestDeal(actors.NEGOTIATOR)).deal;

    const v1 = await log(actors.NEGOTIATOR, onV1.id);
    expect(v1.redFlagKeys.sort()).toEqual(["hosting-only", "trust-us"]);
    expect(v1.pitchKeys.sort()).toEqual(["hosting-only", "trust-us"]);

    const v2 = await log(actors.NEGOTIATOR, onV2.id);
    expect(v2.redFlagKeys.sort()).toEqual(["data-residency-waiver", "hosting-only"]);
    expect(v2.pitchKeys.sort()).toEqual(["data-residency-waiver", "hosting-only"]);

    // The portfolio's pitch panel counts the added pitch under its playbook quote.
    const portfolio = await getPortfolio(actors.MANAGER, {});
    expect(portfolio.pitches.find((p) => p.pitchKey === "data-residency-waiver")).toMatchObject({
      quote: "Our EU region is the same as your country.",
      total: 1,
    });

    // What the live preview runs in the browser, with the props the clause page passes.
    const dc = await db.dealClause.findFirstOrThrow({ where: { dealId: onV2.id, clause: { key: "weights-as-deliverable" } } });
    const page = await getDealClause(actors.VIEWER, onV2.id, dc.id);
    expect(page.playbookPitches["data-residency-waiver"].phrases).toEqual([RESIDENCY_PHRASE]);
    expect(page.playbookPitches["trust-us"]).toBeUndefined();
    const preview = detectRedFlags(SAID, Object.values(page.playbookPitches));
    expect(preview.map((f) => f.key).sort()).toEqual(v2.redFlagKeys.sort());
    expect(preview.find((f) => f.key === "hosting-only")!.counter).toBe("Version 2 counter: ask for the weights at every milestone.");
  });

  it("text outside any deal (POST /api/v1/analyze) reads against the organisation's current playbook", async () => {
    const { org, actors, foreignAdmin } = await createTeam();
    const before = detectRedFlags(SAID, await currentPitchTexts(actors.VIEWER));
    expect(before.map((f) => f.key).sort()).toEqual(["hosting-only", "trust-us"]);
    await db.$transaction((tx) => createPlaybookVersion(tx, versionTwo(), { organizationId: org.id, version: 2, changeSummary: "v2" }));
    const after = detectRedFlags(SAID, await currentPitchTexts(actors.VIEWER));
    expect(after.map((f) => f.key).sort()).toEqual(["data-residency-waiver", "hosting-only"]);
    // Another organisation's playbook is its own.
    expect(
      detectRedFlags(SAID, await currentPitchTexts(foreignAdmin))
        .map((f) => f.key)
        .sort(),
    ).toEqual(["hosting-only", "trust-us"]);
  });
});
