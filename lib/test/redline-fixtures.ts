import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { Actor } from "@/lib/auth/load-actor";
import { addDraftRound } from "@/lib/services/drafts/add-round";
import { SAMPLE_DRAFT_TEXT } from "./drafts";

// A vendor's Word file with the sample draft's text (lib/test/drafts.ts): section titles as headings,
// clauses as paragraphs, one of them spread over runs in different formatting as Word leaves text
// after editing. Used by the redline's integration test and the e2e support script.

export async function sampleDraftDocx(): Promise<Uint8Array> {
  const children = SAMPLE_DRAFT_TEXT.split("\n").map((line) => {
    if (/^\d+\. /.test(line)) return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(line)] });
    const split = line.indexOf(" shall not be required ");
    if (split < 0) return new Paragraph({ children: [new TextRun({ text: line, font: "Garamond" })] });
    return new Paragraph({
      children: [
        new TextRun({ text: line.slice(0, split), font: "Garamond" }),
        new TextRun({ text: line.slice(split, split + 23), font: "Garamond", bold: true }),
        new TextRun({ text: line.slice(split + 23), font: "Garamond" }),
      ],
    });
  });
  const doc = new Document({ creator: "Acme AI legal", sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export async function addDocxDraft(actor: Actor, dealId: string, title = "Acme redline (Word)") {
  const bytes = await sampleDraftDocx();
  return addDraftRound(actor, {
    dealId,
    title,
    receivedOn: new Date("2026-11-20T00:00:00Z"),
    file: { bytes, fileName: "Acme MSA v2.docx", mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  });
}
