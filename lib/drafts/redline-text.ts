import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun, type ParagraphChild } from "docx";
import type { RevisionMark } from "./redline";
import { splitLeadingNumber, wordChange } from "./redline-diff";

// The redline of a draft that came without a Word file (a PDF, pasted text or an email): the draft's
// passages written out as a new DOCX, headings as Word headings, with our counter wording as tracked
// changes in the countered passages, so the vendor receives a redline either way.

export interface RedlinePassage {
  number: string;
  kind: string;
  /** The passage as the draft has it (number included). */
  text: string;
  /** Our wording for it, or null when it is not countered. */
  proposed: string | null;
}

export interface GeneratedRedline {
  title: string;
  passages: readonly RedlinePassage[];
}

function runsOf(passage: RedlinePassage, mark: RevisionMark, ids: { next: number }): ParagraphChild[] {
  if (passage.proposed === null) return [new TextRun(passage.text)];
  const { prefix } = splitLeadingNumber(passage.text, passage.number);
  const change = wordChange(passage.text, prefix + passage.proposed);
  if (!change) return [new TextRun(passage.text)];
  const runs: ParagraphChild[] = [];
  const kept = passage.text.slice(0, change.start);
  if (kept) runs.push(new TextRun(kept));
  const removed = passage.text.slice(change.start, change.end);
  if (removed) runs.push(new DeletedTextRun({ ...mark, id: ids.next++, text: removed }));
  if (change.inserted) runs.push(new InsertedTextRun({ ...mark, id: ids.next++, text: change.inserted }));
  const rest = passage.text.slice(change.end);
  if (rest) runs.push(new TextRun(rest));
  return runs;
}

export async function redlineFromPassages(draft: GeneratedRedline, mark: RevisionMark): Promise<Uint8Array> {
  const ids = { next: 1 };
  const children = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(draft.title)] }),
    ...draft.passages.map(
      (passage) =>
        new Paragraph({
          heading: passage.kind === "heading" ? HeadingLevel.HEADING_2 : undefined,
          spacing: { after: 120 },
          children: runsOf(passage, mark, ids),
        }),
    ),
  ];
  const doc = new Document({ creator: mark.author, title: draft.title, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
