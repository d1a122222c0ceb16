import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
} from "docx";
import PDFDocument from "pdfkit";

// Vendor-draft files for tests (unit, integration and e2e: nothing here may import server-only code).
// DOCX files are written with the `docx` package using real Word numbering, heading styles, tables,
// text boxes and tracked changes; PDFs with pdfkit, with a running header and footer on every page.

// ── DOCX ─────────────────────────────────────────────────────────────────────────────────────────────

/** A run of text in a paragraph: plain, or a tracked change already in the vendor's file. */
export type DocxRun = string | { inserted: string } | { deleted: string };

export type DocxBlock =
  | { heading: string; level?: 1 | 2 }
  /** A heading numbered by Word ("4." rendered from numbering.xml, not typed). */
  | { numberedHeading: string }
  /** A clause numbered by Word under the last numbered heading ("4.1", "4.2" …), or one level deeper ("(a)"). */
  | { clause: string; level?: 1 | 2 }
  | { paragraph: string | DocxRun[] }
  /** A list in its own numbering: (i), (ii) … or A., B. … */
  | { list: string[]; format: "lowerRoman" | "upperLetter" }
  | { table: string[][] }
  | { textBox: string };

const CLAUSES = "clauses";
const LIST_FORMATS = {
  lowerRoman: { format: LevelFormat.LOWER_ROMAN, text: "(%1)" },
  upperLetter: { format: LevelFormat.UPPER_LETTER, text: "%1." },
} as const;

const AUTHOR = "Vendor Counsel";
const DATE = "2026-11-20T09:00:00Z";

function runsOf(content: string | DocxRun[], nextId: () => number) {
  const runs = typeof content === "string" ? [content] : content;
  return runs.map((run) => {
    if (typeof run === "string") return new TextRun(run);
    if ("inserted" in run) return new InsertedTextRun({ text: run.inserted, id: nextId(), author: AUTHOR, date: DATE });
    return new DeletedTextRun({ text: run.deleted, id: nextId(), author: AUTHOR, date: DATE });
  });
}

/** A DOCX holding the blocks in order. */
export async function makeDocx(blocks: readonly DocxBlock[]): Promise<Uint8Array> {
  let changeId = 1;
  const nextId = () => changeId++;
  let listCount = 0;
  const lists: {
    reference: string;
    levels: { level: number; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; alignment: typeof AlignmentType.START }[];
  }[] = [];
  const children: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if ("heading" in block) {
      children.push(new Paragraph({ text: block.heading, heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1 }));
    } else if ("numberedHeading" in block) {
      children.push(new Paragraph({ text: block.numberedHeading, heading: HeadingLevel.HEADING_1, numbering: { reference: CLAUSES, level: 0 } }));
    } else if ("clause" in block) {
      children.push(new Paragraph({ text: block.clause, numbering: { reference: CLAUSES, level: block.level ?? 1 } }));
    } else if ("paragraph" in block) {
      children.push(new Paragraph({ children: runsOf(block.paragraph, nextId) }));
    } else if ("list" in block) {
      const reference = `list-${++listCount}`;
      lists.push({ reference, levels: [{ level: 0, ...LIST_FORMATS[block.format], alignment: AlignmentType.START }] });
      for (const item of block.list) children.push(new Paragraph({ text: item, numbering: { reference, level: 0 } }));
    } else if ("table" in block) {
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: block.table.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
        }),
      );
    } else {
      children.push(new Paragraph({ children: [new Textbox({ style: { width: "300pt", height: "60pt" }, children: [new Paragraph(block.textBox)] })] }));
    }
  }
  const document = new Document({
    creator: AUTHOR,
    numbering: {
      config: [
        {
          reference: CLAUSES,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", alignment: AlignmentType.START },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: "(%3)", alignment: AlignmentType.START },
          ],
        },
        ...lists,
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

// ── PDF ──────────────────────────────────────────────────────────────────────────────────────────────

export interface PdfOptions {
  /** Paragraphs per page (default 12). */
  perPage?: number;
  /** A running header on every page (default "Draft for discussion – Acme Models Ltd"). */
  header?: string;
  /** An open password: the PDF cannot be read without it. */
  userPassword?: string;
}

const collect = (doc: PDFKit.PDFDocument) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });

/**
 * A PDF with one paragraph per entry (pdfkit wraps long ones over several lines; "\n" inside an entry
 * forces a line break within the paragraph), a running header and a "Page N of M" footer on every page.
 */
export async function makePdf(paragraphs: readonly string[], options: PdfOptions = {}): Promise<Uint8Array> {
  const perPage = options.perPage ?? 12;
  const header = options.header ?? "Draft for discussion – Acme Models Ltd";
  const pages = Math.max(1, Math.ceil(paragraphs.length / perPage));
  const doc = new PDFDocument({
    size: "A4",
    margin: 72,
    autoFirstPage: false,
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner`, pdfVersion: "1.7" } : {}),
  });
  const done = collect(doc);
  doc.font("Helvetica").fontSize(11);
  for (let page = 0; page < pages; page++) {
    doc.addPage();
    doc.fontSize(9).text(header, 72, 36, { lineBreak: false });
    doc.fontSize(11).text("", 72, 90);
    for (const paragraph of paragraphs.slice(page * perPage, (page + 1) * perPage)) {
      doc.text(paragraph, { width: 451 });
      doc.moveDown(0.9);
    }
    doc.fontSize(9).text(`Page ${page + 1} of ${pages}`, 72, 800, { lineBreak: false });
  }
  doc.end();
  return done;
}

export function makeEncryptedPdf(paragraphs: readonly string[] = ["Confidential draft."]): Promise<Uint8Array> {
  return makePdf(paragraphs, { userPassword: "vendor-secret" });
}

/** A 2×2 grey PNG: an "image-only" PDF is a scan with no text layer. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNoaGBoaAAABgYCASzBUNcAAAAASUVORK5CYII=", "base64");

export async function makeImageOnlyPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", margin: 72 });
  const done = collect(doc);
  doc.image(PNG, 72, 72, { width: 451, height: 640 });
  doc.end();
  return done;
}

/** A DOCX cut off half way: the ZIP's central directory is missing. */
export async function makeCorruptDocx(): Promise<Uint8Array> {
  const whole = await makeDocx([{ paragraph: "This file will be cut short." }]);
  return whole.slice(0, Math.floor(whole.length / 2));
}

/** What a password-protected DOCX (or an old .doc) starts with: an OLE compound file header. */
export function makeOleFile(): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return bytes;
}

export const EMPTY_FILE = new Uint8Array(0);

// ── The standard vendor redline ──────────────────────────────────────────────────────────────────────

export interface RedlineSection {
  number: string;
  heading: string;
  clauses: readonly { number: string; text: string }[];
}

/**
 * A vendor's redline of an AI-model development agreement, written for these tests: fifteen clauses
 * under nine headings touching escrow, weights, hosting, data use, outputs, exit fees, deemed
 * acceptance and residuals. It is silent on, among others, retraining rights and audit.
 */
export const VENDOR_REDLINE: readonly RedlineSection[] = [
  {
    number: "1",
    heading: "Definitions",
    clauses: [
      { number: "1.1", text: "“Customer Data” means all data the Customer provides to the Supplier under this Agreement." },
      { number: "1.2", text: "“Model” means the machine-learning model the Supplier trains for the Customer, including its weights." },
    ],
  },
  {
    number: "2",
    heading: "Data",
    clauses: [
      { number: "2.1", text: "Customer Data remains the property of the Customer." },
      { number: "2.2", text: "The Supplier may use Customer Data for any purpose, including improving its services." },
    ],
  },
  {
    number: "3",
    heading: "Delivery and Acceptance",
    clauses: [
      { number: "3.1", text: "The Supplier shall make the Model available through its hosted API." },
      { number: "3.2", text: "If the Customer does not reject the Model within five days of delivery, it is deemed accepted." },
    ],
  },
  {
    number: "4",
    heading: "Escrow",
    clauses: [{ number: "4.1", text: "The Supplier shall not be required to deposit the model weights with any escrow agent." }],
  },
  {
    number: "5",
    heading: "Hosting",
    clauses: [
      { number: "5.1", text: "The Model stays in our cloud at all times; there is nothing for you to download." },
      { number: "5.2", text: "The Supplier shall keep the hosted API available 99.5 % of each month." },
    ],
  },
  {
    number: "6",
    heading: "Outputs",
    clauses: [
      { number: "6.1", text: "The Customer owns all outputs generated by the Model for the Customer." },
      { number: "6.2", text: "The Supplier may use outputs to train and improve its other products." },
    ],
  },
  {
    number: "7",
    heading: "Termination and Exit",
    clauses: [
      { number: "7.1", text: "On termination the Supplier shall export Customer Data on request, subject to an exit fee of USD 40,000." },
      { number: "7.2", text: "Upon termination, the Supplier shall destroy all copies of the Model." },
    ],
  },
  {
    number: "8",
    heading: "Residuals",
    clauses: [
      {
        number: "8.1",
        text: "Nothing prevents the Supplier from using the general skills, know-how and residual knowledge its staff retain in unaided memory.",
      },
    ],
  },
  {
    number: "9",
    heading: "General",
    clauses: [{ number: "9.1", text: "This Agreement is governed by the laws of England and Wales." }],
  },
];

/** The redline as lines of text ("4. Escrow", "4.1 The Supplier …"): what a person pastes, and the PDF's paragraphs. */
export function vendorRedlineLines(): string[] {
  return VENDOR_REDLINE.flatMap((s) => [`${s.number}. ${s.heading}`, ...s.clauses.map((c) => `${c.number} ${c.text}`)]);
}

export const vendorRedlineText = () => vendorRedlineLines().join("\n");

/** The redline as a DOCX: headings and clause numbers are Word numbering (rendered, not typed). */
export function vendorRedlineDocx(): Promise<Uint8Array> {
  return makeDocx(VENDOR_REDLINE.flatMap((s): DocxBlock[] => [{ numberedHeading: s.heading }, ...s.clauses.map((c) => ({ clause: c.text }))]));
}

export function vendorRedlinePdf(): Promise<Uint8Array> {
  return makePdf(vendorRedlineLines(), { perPage: 9 });
}
