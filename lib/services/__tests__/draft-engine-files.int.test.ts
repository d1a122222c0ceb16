import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { addDraftRound } from "@/lib/services/drafts/add-round";
import { appErrorOf } from "@/lib/test/app-error";
import { createTestDeal } from "@/lib/test/deals";
import { makeEncryptedPdf, VENDOR_REDLINE, vendorRedlineDocx, vendorRedlinePdf } from "@/lib/test/draft-files";
import { createTeam } from "@/lib/test/factories";

// The engine on real files through the service: the fixture redline as a DOCX (Word numbering) and
// as a PDF gives the same numbered passages under the same headings, mapped to the deal's clauses.

const db = getDb();
const receivedOn = new Date("2026-11-20T00:00:00Z");

describe("vendor drafts from files", () => {
  it("a DOCX and a PDF of the same redline give the same numbered passages; the DOCX keeps each w:p index", async () => {
    const { actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR);
    const add = async (bytes: Uint8Array, fileName: string, mediaType: string) =>
      addDraftRound(actors.NEGOTIATOR, { dealId: deal.id, title: fileName, receivedOn, file: { bytes, fileName, mediaType } });
    const docx = await add(await vendorRedlineDocx(), "redline.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const pdf = await add(await vendorRedlinePdf(), "redline.pdf", "application/pdf");

    const passagesOf = (draftId: string) =>
      db.draftPassage.findMany({
        where: { draftId, kind: { not: "heading" } },
        orderBy: { ordinal: "asc" },
        include: { mappings: { include: { dealClause: { select: { clause: { select: { key: true } } } } } } },
      });
    const fromDocx = await passagesOf(docx.id);
    const fromPdf = await passagesOf(pdf.id);
    const expected = VENDOR_REDLINE.flatMap((s) => s.clauses.map((c) => [c.number, s.heading]));
    expect(fromDocx.map((p) => [p.number, p.heading])).toEqual(expected);
    expect(fromPdf.map((p) => [p.number, p.heading])).toEqual(expected);
    expect(fromDocx.every((p) => p.sourceIndex !== null)).toBe(true);
    expect(fromPdf.every((p) => p.sourceIndex === null)).toBe(true);

    const escrowOf = (passages: typeof fromDocx) => passages.find((p) => p.number === "4.1")!.mappings.map((m) => m.dealClause.clause.key);
    expect(escrowOf(fromDocx)).toContain("model-escrow");
    expect(escrowOf(fromPdf)).toContain("model-escrow");
  });

  it("a password-protected PDF gets the sentence on the file field and writes nothing", async () => {
    const { actors } = await createTeam();
    const { deal } = await createTestDeal(actors.NEGOTIATOR);
    const error = await appErrorOf(
      addDraftRound(actors.NEGOTIATOR, {
        dealId: deal.id,
        title: "locked",
        receivedOn,
        file: { bytes: await makeEncryptedPdf(), fileName: "locked.pdf", mediaType: "application/pdf" },
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors?.file?.[0]).toMatch(/password-protected/);
    expect(await db.dealDraft.count({ where: { dealId: deal.id } })).toBe(0);
  });
});
