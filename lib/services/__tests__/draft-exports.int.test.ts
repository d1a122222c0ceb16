import JSZip from "jszip";
import mammoth from "mammoth";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { clearDraftCounter, getRedlineWorkbench, setDraftCounter } from "@/lib/services/drafts/counters";
import { draftMemo, draftRedline, type DocxExport } from "@/lib/services/drafts/exports";
import { appErrorOf } from "@/lib/test/app-error";
import { createTestDeal } from "@/lib/test/deals";
import { addTextDraft } from "@/lib/test/drafts";
import { createTeam } from "@/lib/test/factories";
import { addDocxDraft, sampleDraftDocx } from "@/lib/test/redline-fixtures";

const db = getDb();
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const ESCROW_WORDING = "The Supplier shall deposit the model weights and training code with the escrow agent within 10 business days of each release.";

async function draftWithPassage(kind: "text" | "docx" = "text") {
  const team = await createTeam();
  const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
  const draft = kind === "text" ? await addTextDraft(team.actors.NEGOTIATOR, deal.id) : await addDocxDraft(team.actors.NEGOTIATOR, deal.id);
  const passage = await db.draftPassage.findFirstOrThrow({ where: { draftId: draft.id, number: "4.1" } });
  return { team, deal, draft, passage };
}

/** The download's file name and bytes. */
async function built(download: Promise<DocxExport>) {
  const { fileName, render } = await download;
  return { fileName, bytes: await render() };
}

const counterState = (passageId: string) => db.draftPassage.findUniqueOrThrow({ where: { id: passageId }, select: { counterText: true, counterFrom: true } });

async function paragraphsOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const doc = new DOMParser().parseFromString(await zip.file("word/document.xml")!.async("string"), "application/xml");
  return (Array.from(doc.getElementsByTagNameNS(W, "p")) as unknown as Element[]).map((p) => ({
    xml: new XMLSerializer().serializeToString(p as never),
    del: Array.from(p.getElementsByTagNameNS(W, "del")) as unknown as Element[],
    ins: Array.from(p.getElementsByTagNameNS(W, "ins")) as unknown as Element[],
  }));
}

describe("counter wording", () => {
  it("is set and cleared by a negotiator, version-checked and audited with the text before and after", async () => {
    const { team, deal, draft, passage } = await draftWithPassage();
    const set = await setDraftCounter(team.actors.NEGOTIATOR, {
      draftId: draft.id,
      version: 1,
      passageId: passage.id,
      counterFrom: "sample",
      counterText: ESCROW_WORDING,
    });
    expect(set.version).toBe(2);
    expect(await counterState(passage.id)).toEqual({ counterText: ESCROW_WORDING, counterFrom: "sample" });

    // A page still holding version 1 is refused and changes nothing.
    const stale = await appErrorOf(
      setDraftCounter(team.actors.NEGOTIATOR, { draftId: draft.id, version: 1, passageId: passage.id, counterFrom: "own", counterText: "Other words." }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(await counterState(passage.id)).toEqual({ counterText: ESCROW_WORDING, counterFrom: "sample" });

    const cleared = await clearDraftCounter(team.actors.ADMIN, { draftId: draft.id, version: 2, passageId: passage.id });
    expect(cleared.version).toBe(3);
    expect(await counterState(passage.id)).toEqual({ counterText: null, counterFrom: null });
    expect((await appErrorOf(clearDraftCounter(team.actors.ADMIN, { draftId: draft.id, version: 3, passageId: passage.id }))).code).toBe("CONFLICT");

    const events = await db.auditEvent.findMany({ where: { dealId: deal.id, action: { startsWith: "draft.counter" } }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.entityType, e.entityId, e.actorId])).toEqual([
      ["draft.counter-set", "DraftPassage", passage.id, team.users.NEGOTIATOR.id],
      ["draft.counter-cleared", "DraftPassage", passage.id, team.users.ADMIN.id],
    ]);
    expect(events[0].before).toMatchObject({ counterText: null, passage: "4.1" });
    expect(events[0].after).toMatchObject({ counterText: ESCROW_WORDING, counterFrom: "sample", round: 1 });
    expect(events[1].before).toMatchObject({ counterText: ESCROW_WORDING });
  });

  it("may still change after the round is logged", async () => {
    const { team, draft, passage } = await draftWithPassage();
    await db.dealDraft.update({ where: { id: draft.id }, data: { loggedAt: new Date(), loggedById: team.users.NEGOTIATOR.id } });
    await setDraftCounter(team.actors.NEGOTIATOR, {
      draftId: draft.id,
      version: 1,
      passageId: passage.id,
      counterFrom: "fallback",
      counterText: "Escrow of the weights.",
    });
    expect(await counterState(passage.id)).toEqual({ counterText: "Escrow of the weights.", counterFrom: "fallback" });
  });

  it("is refused to a viewer, to another organisation and for a passage of another draft, writing nothing", async () => {
    const { team, draft, passage } = await draftWithPassage();
    const other = await createTeam();
    const input = { draftId: draft.id, version: 1, passageId: passage.id, counterFrom: "own" as const, counterText: "Mine." };
    expect((await appErrorOf(setDraftCounter(team.actors.VIEWER, input))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(setDraftCounter(team.actors.CIO, input))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(setDraftCounter(other.actors.NEGOTIATOR, input))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(clearDraftCounter(other.actors.ADMIN, input))).code).toBe("NOT_FOUND");
    // The other organisation's own draft, naming this organisation's passage.
    const { deal: otherDeal } = await createTestDeal(other.actors.NEGOTIATOR);
    const otherDraft = await addTextDraft(other.actors.NEGOTIATOR, otherDeal.id);
    expect((await appErrorOf(setDraftCounter(other.actors.NEGOTIATOR, { ...input, draftId: otherDraft.id }))).code).toBe("NOT_FOUND");
    expect(await counterState(passage.id)).toEqual({ counterText: null, counterFrom: null });
    expect((await db.dealDraft.findUniqueOrThrow({ where: { id: draft.id } })).version).toBe(1);
    expect((await db.dealDraft.findUniqueOrThrow({ where: { id: otherDraft.id } })).version).toBe(1);
  });

  it("starts from the passages worth answering, with the mapped clause's sample language and fallback", async () => {
    const { team, deal, draft } = await draftWithPassage();
    const bench = await getRedlineWorkbench(team.actors.VIEWER, deal.id, draft.id);
    expect(bench.canManage).toBe(false);
    const numbers = bench.passages.map((p) => p.number);
    expect(numbers).toContain("4.1");
    expect(numbers).toContain("6.1");
    expect(numbers).not.toContain("4");
    const escrow = bench.passages.find((p) => p.number === "4.1")!;
    expect(escrow.body.startsWith("The Supplier shall not")).toBe(true);
    const clause = escrow.clauses.find((c) => c.title.toLowerCase().includes("escrow"))!;
    expect(clause.sampleLanguage).toMatch(/Escrow Agent/);
    expect(clause.fallback).toMatch(/escrow/i);
    expect(bench.passages.length + bench.otherPassages).toBe(10);
    expect((await getRedlineWorkbench(team.actors.NEGOTIATOR, deal.id, draft.id)).canManage).toBe(true);
  });
});

describe("downloads", () => {
  it("are open to a viewer, and another organisation's draft (or the draft under another deal) is not found", async () => {
    const { team, deal, draft } = await draftWithPassage();
    const other = await createTeam();
    const { deal: otherDeal } = await createTestDeal(team.actors.NEGOTIATOR);
    expect((await (await draftRedline(team.actors.VIEWER, deal.id, draft.id)).render()).byteLength).toBeGreaterThan(0);
    expect((await (await draftMemo(team.actors.VIEWER, deal.id, draft.id)).render()).byteLength).toBeGreaterThan(0);
    for (const download of [draftRedline, draftMemo]) {
      expect((await appErrorOf(download(other.actors.ADMIN, deal.id, draft.id))).code).toBe("NOT_FOUND");
      expect((await appErrorOf(download(team.actors.ADMIN, otherDeal.id, draft.id))).code).toBe("NOT_FOUND");
    }
  });

  it("redline of a Word draft: the vendor's file with one tracked deletion and insertion in the countered paragraph, the rest unchanged", async () => {
    const { team, deal, draft, passage } = await draftWithPassage("docx");
    await setDraftCounter(team.actors.NEGOTIATOR, { draftId: draft.id, version: 1, passageId: passage.id, counterFrom: "sample", counterText: ESCROW_WORDING });
    const { bytes, fileName } = await built(draftRedline(team.actors.CIO, deal.id, draft.id));
    expect(fileName).toBe("acme-msa-v2-redline.docx");

    const before = await paragraphsOf(await sampleDraftDocx());
    const after = await paragraphsOf(bytes);
    expect(after).toHaveLength(before.length);
    const changed = after.map((p, i) => (p.xml === before[i].xml ? null : i)).filter((i) => i !== null);
    expect(changed).toEqual([passage.sourceIndex]);
    const { del, ins } = after[passage.sourceIndex!];
    expect(del).toHaveLength(1);
    expect(ins).toHaveLength(1);
    expect(ins[0].getAttributeNS(W, "author")).toBe(team.actors.CIO.name);
    expect(del[0].textContent).toBe("not be required to deposit the model weights with any escrow agent.");

    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain(`4.1 ${ESCROW_WORDING}`);
    expect(value).toContain("5.1 The model stays in our cloud at all times; there is nothing for you to download.");
    expect(value).not.toContain("escrow agent.\n");

    // Every other part of the vendor's package is theirs, byte for byte.
    const original = await JSZip.loadAsync(new Uint8Array((await db.dealDraftFile.findUniqueOrThrow({ where: { draftId: draft.id } })).bytes));
    const redline = await JSZip.loadAsync(bytes);
    expect(Object.keys(redline.files)).toEqual(Object.keys(original.files));
    for (const name of Object.keys(original.files).filter((n) => n !== "word/document.xml")) {
      expect(await redline.file(name)!.async("string"), name).toBe(await original.file(name)!.async("string"));
    }
  });

  it("redline of a pasted draft: every passage, the countered one as a tracked change", async () => {
    const { team, deal, draft, passage } = await draftWithPassage("text");
    await setDraftCounter(team.actors.NEGOTIATOR, {
      draftId: draft.id,
      version: 1,
      passageId: passage.id,
      counterFrom: "own",
      counterText: "The Supplier shall deposit the model weights with an escrow agent.",
    });
    const { bytes, fileName } = await built(draftRedline(team.actors.NEGOTIATOR, deal.id, draft.id));
    expect(fileName).toBe("vendor-redline-round-1-redline.docx");
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain("4.1 The Supplier shall deposit the model weights with an escrow agent.");
    expect(value).toContain("6.1 The Supplier may use Customer Data for any purpose, including improving its services.");
    const tracked = (await paragraphsOf(bytes)).filter((p) => p.del.length || p.ins.length);
    expect(tracked).toHaveLength(1);
    // One change from the first word that differs to the last: "not be required to … any" becomes "… an".
    expect(tracked[0].del.map((d) => d.textContent)).toEqual(["not be required to deposit the model weights with any"]);
    expect(tracked[0].ins.map((d) => d.textContent)).toEqual(["deposit the model weights with an"]);
  });

  it("memo: the flagged and countered passages with why, our position and the counter, then what the draft is silent on", async () => {
    const { team, deal, draft, passage } = await draftWithPassage();
    await setDraftCounter(team.actors.NEGOTIATOR, { draftId: draft.id, version: 1, passageId: passage.id, counterFrom: "sample", counterText: ESCROW_WORDING });
    const { bytes, fileName } = await built(draftMemo(team.actors.NEGOTIATOR, deal.id, draft.id));
    expect(fileName).toBe("vendor-redline-round-1-negotiation-memo.docx");
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(text).toContain(`Negotiation memo: ${deal.name}`);
    expect(html).toContain("<h2>4.1 (Escrow)</h2>");
    expect(html).toContain("<h2>6.1 (Data)</h2>");
    expect(text).toContain(ESCROW_WORDING);
    const escrow = await db.dealClause.findFirstOrThrow({ where: { dealId: deal.id, clause: { key: "model-escrow" } }, include: { clause: true } });
    expect(text).toContain(`Must-have: ${escrow.clause.mustHave}`);
    expect(text).toContain(`Walk away if: ${escrow.clause.walkAway}`);
    expect(html).toContain("<h1>The draft is silent on</h1>");
    const silent = text.slice(text.lastIndexOf("The draft is silent on"));
    expect(silent).toMatch(/\(must-have\)/);
    expect(silent).not.toContain(escrow.clause.title);

    // A passage whose flags were all dismissed (and not countered) is no longer in the memo.
    const dataUse = await db.draftPassage.findFirstOrThrow({ where: { draftId: draft.id, number: "6.1" } });
    await db.draftFlag.updateMany({ where: { passageId: dataUse.id }, data: { dismissedAt: new Date(), dismissedReason: "Covered by the DPA." } });
    const again = (await mammoth.convertToHtml({ buffer: Buffer.from(await (await draftMemo(team.actors.NEGOTIATOR, deal.id, draft.id)).render()) })).value;
    expect(again).not.toContain("<h2>6.1 (Data)</h2>");
    expect(again).toContain("<h2>4.1 (Escrow)</h2>");
  });
});
