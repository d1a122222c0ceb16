import "server-only";
import PDFDocument from "pdfkit";
import { isSettled } from "@/lib/domain/clause-status";
import { READINESS_BAND_MIN_SCORE } from "@/lib/domain/readiness-band";
import { CLAUSE_STATUS_LABEL, CLAUSE_STATUS_TONE, type StatusTone } from "@/lib/format/clause-status-labels";
import { formatCalendarDate, formatDateTime } from "@/lib/format/dates";
import { earlierReviewsNote, excerpt, QUOTE_EXCERPT_CHARS } from "@/lib/format/excerpt";
import { BASE_MODEL_LICENCE_TYPE_LABEL, DEAL_STAGE_LABEL, HOSTING_MODEL_LABEL } from "@/lib/format/deal-labels";
import { FINDING_SEVERITY_LABEL, formatUsers, USE_CASE_CATEGORY_LABEL } from "@/lib/format/licence-labels";
import { formatMinor } from "@/lib/format/money";
import { plural } from "@/lib/format/plural";
import { PRIORITY_LABEL } from "@/lib/format/priority-labels";
import { CHANNEL_LABEL, OFFER_LABEL, STANCE_LABEL } from "@/lib/format/response-labels";
import type { ReadinessReportDto, ReportClauseDto, ReportReviewDto } from "./report";

// The readiness report as a PDF, drawn with pdfkit from the same DTO as the printable page.
// Only the 14 standard PDF fonts are used (no font files, nothing fetched at run time), so every
// string is real, extractable text. Those fonts cover Windows-1252: other characters are
// transliterated where possible (see `winAnsi`).

type Doc = PDFKit.PDFDocument;

const PAGE_MARGIN = { top: 56, bottom: 62, left: 56, right: 56 };

// Space (pt) an item needs on the current page before it starts, so its title and first lines stay together.
const CLAUSE_KEEP = 92;
const SCENARIO_KEEP = 44;
const REVIEW_KEEP = 70;
const STEP_KEEP = 30;

const COLOR = {
  ink: "#0f172a",
  body: "#334155",
  muted: "#64748b",
  faint: "#94a3b8",
  rule: "#e2e8f0",
  brand: "#1f57c3",
  good: "#047857",
  ok: "#0369a1",
  warn: "#b45309",
  bad: "#b91c1c",
};

const TONE: Record<StatusTone | "warn", { fg: string; bg: string }> = {
  good: { fg: "#065f46", bg: "#ecfdf5" },
  ok: { fg: "#075985", bg: "#f0f9ff" },
  bad: { fg: "#991b1b", bg: "#fef2f2" },
  warn: { fg: "#92400e", bg: "#fffbeb" },
  open: { fg: "#334155", bg: "#f1f5f9" },
  muted: { fg: "#64748b", bg: "#f8fafc" },
};

const FONT = {
  regular: "Helvetica",
  bold: "Helvetica-Bold",
  italic: "Helvetica-Oblique",
  serif: "Times-Roman",
  serifItalic: "Times-Italic",
};

// Windows-1252 characters above U+00FF that the standard fonts can draw.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const REPLACEMENTS: Record<string, string> = {
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2212": "-",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2194": "<->",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2260": "!=",
  "\u2248": "~",
  "\u2713": "v",
  "\u2714": "v",
  "\u2717": "x",
  "\u2022": "•",
  "\u00b7": "·",
  "\u2032": "'",
  "\u2033": '"',
  "\u201b": "'",
  "\u201f": '"',
  "\u2009": " ",
  "\u200a": " ",
  "\u0141": "L",
  "\u0142": "l",
  "\u0110": "D",
  "\u0111": "d",
  "\u0131": "i",
  "\u202f": " ",
  "\u2007": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u200b": "",
  "\ufeff": "",
};

/** Text the standard fonts can draw: Windows-1252, with accents stripped and symbols spelled out where needed. */
export function winAnsi(input: string): string {
  let out = "";
  for (const ch of input.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\t/g, "    ")) {
    const code = ch.codePointAt(0)!;
    if (ch === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) {
      out += ch;
    } else if (ch in REPLACEMENTS) {
      out += REPLACEMENTS[ch];
    } else {
      const stripped = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      out += [...stripped].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) <= 0x7e) && stripped ? stripped : code < 0x20 ? "" : "?";
    }
  }
  return out;
}

function scoreColor(score: number, ready: boolean) {
  if (ready) return COLOR.good;
  return score >= READINESS_BAND_MIN_SCORE.close ? COLOR.warn : COLOR.bad;
}

class Writer {
  constructor(readonly doc: Doc) {}

  get left() {
    return this.doc.page.margins.left;
  }
  get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get right() {
    return this.left + this.width;
  }
  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points still fit, so a heading never sits alone at the foot of a page. */
  ensure(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
    this.doc.x = this.left;
  }

  style(font: string, size: number, color: string = COLOR.body) {
    this.doc.font(font).fontSize(size).fillColor(color);
    return this;
  }

  /** A paragraph that wraps to the content width (minus `indent`) and flows onto further pages. */
  text(value: string, options: { font?: string; size?: number; color?: string; indent?: number; gap?: number; lineGap?: number } = {}) {
    const indent = options.indent ?? 0;
    this.style(options.font ?? FONT.regular, options.size ?? 9.5, options.color ?? COLOR.body);
    this.doc.text(winAnsi(value), this.left + indent, this.doc.y, { width: this.width - indent, lineGap: options.lineGap ?? 1.5 });
    this.doc.x = this.left;
    if (options.gap) this.doc.y += options.gap;
  }

  /** "Label: value" with the label in bold, wrapping as one paragraph. */
  labelled(label: string, value: string, options: { indent?: number; size?: number; valueFont?: string; color?: string } = {}) {
    const indent = options.indent ?? 0;
    const size = options.size ?? 9.5;
    this.style(FONT.bold, size, COLOR.ink);
    this.doc.text(winAnsi(`${label} `), this.left + indent, this.doc.y, { width: this.width - indent, continued: true, lineGap: 1.5 });
    this.style(options.valueFont ?? FONT.regular, size, options.color ?? COLOR.body);
    this.doc.text(winAnsi(value), { lineGap: 1.5 });
    this.doc.x = this.left;
  }

  /** A small uppercase caption above a block of text. */
  caption(value: string, indent = 0) {
    this.ensure(30);
    this.style(FONT.bold, 7.5, COLOR.muted);
    this.doc.text(winAnsi(value.toUpperCase()), this.left + indent, this.doc.y, { width: this.width - indent });
    this.doc.y += 1.5;
    this.doc.x = this.left;
  }

  rule(gapBefore = 6, gapAfter = 8, color = COLOR.rule) {
    this.doc.y += gapBefore;
    if (this.doc.y > this.bottom) return;
    this.doc.moveTo(this.left, this.doc.y).lineTo(this.right, this.doc.y).lineWidth(0.6).strokeColor(color).stroke();
    this.doc.y += gapAfter;
  }

  /**
   * A section heading with a rule under it. `keepWith` is the space the first item after it asks
   * for (its own `ensure`), so a heading never ends a page without the start of its content.
   */
  heading(title: string, aside: string | undefined, keepWith: number) {
    this.ensure(38 + keepWith);
    this.doc.y += 6;
    const y = this.doc.y;
    this.style(FONT.bold, 13, COLOR.ink);
    this.doc.text(winAnsi(title), this.left, y, { width: this.width - 140 });
    const after = this.doc.y;
    if (aside) {
      this.style(FONT.regular, 9, COLOR.muted);
      this.doc.text(winAnsi(aside), this.right - 140, y + 3, { width: 140, align: "right" });
    }
    this.doc.y = after;
    this.rule(3, 8, "#cbd5e1");
  }

  pillWidth(label: string) {
    this.style(FONT.bold, 7.5);
    return this.doc.widthOfString(winAnsi(label)) + 12;
  }

  /** A coloured status label (drawn as text on a rounded background, so it stays extractable). */
  pill(label: string, tone: keyof typeof TONE, x: number, y: number) {
    const width = this.pillWidth(label);
    const { fg, bg } = TONE[tone];
    this.doc.roundedRect(x, y, width, 13, 6.5).fill(bg);
    this.style(FONT.bold, 7.5, fg);
    this.doc.text(winAnsi(label), x + 6, y + 3.2, { lineBreak: false });
    return width;
  }

  /** A title on the left with a pill on the right of its first line; returns below both. */
  titleWithPill(title: string, label: string, tone: keyof typeof TONE, size = 10.5) {
    const pillWidth = this.pillWidth(label);
    const y = this.doc.y;
    this.style(FONT.bold, size, COLOR.ink);
    this.doc.text(winAnsi(title), this.left, y, { width: this.width - pillWidth - 12, lineGap: 1 });
    const after = this.doc.y;
    this.pill(label, tone, this.right - pillWidth, y - 0.5);
    this.doc.x = this.left;
    this.doc.y = Math.max(after, y + 14);
  }

  /** Numbered or bulleted items with a hanging indent. */
  list(items: { marker: string; text: string; color?: string }[], options: { indent?: number; size?: number } = {}) {
    const indent = options.indent ?? 0;
    const size = options.size ?? 9.5;
    for (const item of items) {
      this.ensure(size * 2.6);
      const y = this.doc.y;
      this.style(FONT.bold, size, item.color ?? COLOR.muted);
      this.doc.text(winAnsi(item.marker), this.left + indent, y, { width: 18, lineBreak: false });
      this.style(FONT.regular, size, COLOR.body);
      this.doc.text(winAnsi(item.text), this.left + indent + 18, y, { width: this.width - indent - 18, lineGap: 1.5 });
      this.doc.y += 3;
      this.doc.x = this.left;
    }
  }
}

function drawTitle(w: Writer, report: ReadinessReportDto) {
  const { doc } = w;
  const { deal } = report;
  w.style(FONT.bold, 8, COLOR.brand);
  doc.text("DEALPLAYBOOK  ·  READINESS REPORT", w.left, doc.y);
  doc.y += 4;
  w.style(FONT.bold, 22, COLOR.ink);
  doc.text(winAnsi(deal.name), w.left, doc.y, { width: w.width, lineGap: 1 });
  doc.y += 2;
  w.style(FONT.regular, 10.5, COLOR.muted);
  doc.text(winAnsi(`${deal.vendor}  ·  ${DEAL_STAGE_LABEL[deal.stage]}${deal.archived ? "  ·  Archived" : ""}`), w.left, doc.y, { width: w.width });
  doc.y += 12;

  // Facts in two columns of label / value rows.
  const facts: [string, string][] = [
    ["Vendor", deal.vendor],
    ["Stage", DEAL_STAGE_LABEL[deal.stage]],
    ["Contract value", formatMinor(deal.contractValueMinor, deal.currency)],
    ["Target signing", deal.targetSigningDate ? formatCalendarDate(deal.targetSigningDate) : "Not set"],
    ["Owner", deal.owner],
    ["Hosting", HOSTING_MODEL_LABEL[deal.hostingModel]],
    ["Model kind", deal.modelKind || "—"],
    ["Base model", [deal.baseModel, deal.baseModelLicence].filter(Boolean).join(" · ") || "—"],
    ["Licence type", BASE_MODEL_LICENCE_TYPE_LABEL[deal.baseModelLicenceType]],
    ["Regulated sector", deal.regulatedSector ? "Yes" : "No"],
    ["Use case", deal.useCase || "—"],
    ["Playbook", `${deal.playbook.name} · v${deal.playbook.version}`],
  ];
  const colWidth = (w.width - 20) / 2;
  const labelWidth = 78;
  for (let i = 0; i < facts.length; i += 2) {
    const y = doc.y;
    let rowBottom = y;
    for (const [col, fact] of [facts[i], facts[i + 1]].entries()) {
      if (!fact) continue;
      const x = w.left + col * (colWidth + 20);
      w.style(FONT.regular, 8.5, COLOR.muted);
      doc.text(winAnsi(fact[0]), x, y, { width: labelWidth });
      w.style(FONT.bold, 9, COLOR.ink);
      doc.text(winAnsi(fact[1]), x + labelWidth, y - 0.3, { width: colWidth - labelWidth, lineGap: 1 });
      rowBottom = Math.max(rowBottom, doc.y);
    }
    doc.y = rowBottom + 4;
  }
  doc.x = w.left;
  w.style(FONT.regular, 8, COLOR.faint);
  doc.text(`Generated ${formatDateTime(report.generatedAt)}. Readiness is computed from the clause statuses at that moment.`, w.left, doc.y + 4, {
    width: w.width,
  });
  w.rule(6, 4);
}

function drawScore(w: Writer, report: ReadinessReportDto) {
  const { doc } = w;
  const { readiness, counts } = report;
  w.heading("Readiness", undefined, 80);
  const boxY = doc.y;
  const boxHeight = 66;
  doc.roundedRect(w.left, boxY, w.width, boxHeight, 6).lineWidth(0.8).strokeColor(COLOR.rule).stroke();
  const color = scoreColor(readiness.score, readiness.ready);
  w.style(FONT.bold, 36, color);
  const scoreText = String(readiness.score);
  doc.text(scoreText, w.left + 16, boxY + 15, { lineBreak: false });
  const scoreWidth = doc.widthOfString(scoreText);
  w.style(FONT.regular, 13, COLOR.muted);
  doc.text(" / 100", w.left + 16 + scoreWidth, boxY + 32, { lineBreak: false });

  const textX = w.left + 150;
  const verdict = readiness.ready ? "Ready to sign" : "Not ready to sign";
  w.style(FONT.bold, 14, readiness.ready ? COLOR.good : COLOR.bad);
  doc.text(verdict, textX, boxY + 14, { width: w.right - textX - 16 });
  const applicable = counts.total - counts.notApplicable;
  w.style(FONT.regular, 9, COLOR.body);
  doc.text(
    `${readiness.blockers.length === 0 ? "No blockers" : plural(readiness.blockers.length, "blocker")}  ·  ${counts.settled} of ${applicable} applicable clauses settled${counts.notApplicable ? ` (${counts.notApplicable} not applicable)` : ""}`,
    textX,
    boxY + 34,
    { width: w.right - textX - 16 },
  );
  doc.y = boxY + boxHeight + 10;
  doc.x = w.left;
  w.text(
    "Score: clauses weighted by priority (must-have 3, important 2, nice to have 1); must-have met earns the full weight, fallback 60 %, anything else nothing. Any blocker makes the deal not ready whatever the score.",
    { size: 8, color: COLOR.muted, gap: 8 },
  );

  // Section scores, as a compact two-column table.
  w.caption("Score by section");
  const colWidth = (w.width - 24) / 2;
  const rows = report.sections;
  const half = Math.ceil(rows.length / 2);
  const startY = doc.y;
  let maxY = startY;
  rows.forEach((section, i) => {
    const col = i < half ? 0 : 1;
    const x = w.left + col * (colWidth + 24);
    const y = startY + (i % half) * 15;
    const settled = section.clauses.filter((c) => isSettled(c.status)).length;
    w.style(FONT.regular, 9, COLOR.body);
    doc.text(winAnsi(`${i + 1}. ${section.title}`), x, y, { width: colWidth - 90, lineBreak: false, ellipsis: true, height: 12 });
    w.style(FONT.regular, 8.5, COLOR.muted);
    doc.text(`${settled}/${section.applicable}`, x + colWidth - 90, y, { width: 40, align: "right", lineBreak: false });
    w.style(FONT.bold, 9, section.applicable ? scoreColor(section.score, section.score === 100) : COLOR.faint);
    doc.text(section.applicable ? String(section.score) : "—", x + colWidth - 40, y, { width: 40, align: "right", lineBreak: false });
    maxY = Math.max(maxY, y + 15);
  });
  doc.y = maxY + 4;
  doc.x = w.left;
}

function drawBlockers(w: Writer, report: ReadinessReportDto) {
  const { blockers } = report.readiness;
  w.heading("Blockers", blockers.length ? plural(blockers.length, "blocker") : "none", 36);
  if (!blockers.length) {
    w.text("No blockers: every must-have is secured or risk-accepted, nothing is below walk-away and every failure scenario is covered.", {
      color: COLOR.good,
    });
    return;
  }
  w.list(blockers.map((b, i) => ({ marker: `${i + 1}.`, text: b.message, color: COLOR.bad })));
}

function drawScenarios(w: Writer, report: ReadinessReportDto) {
  const { scenarios } = report.readiness;
  const covered = scenarios.filter((s) => s.covered).length;
  w.heading("Failure scenario coverage", `${covered} of ${scenarios.length} covered`, SCENARIO_KEEP);
  for (const s of scenarios) {
    w.ensure(SCENARIO_KEEP);
    const [label, tone] = s.covered
      ? s.acceptedRisk
        ? (["Covered, risk accepted", "warn"] as const)
        : (["Covered", "good"] as const)
      : (["Not covered", "bad"] as const);
    w.titleWithPill(s.title, label, tone, 10);
    w.doc.y += 1;
    w.text(s.message, { size: 9, color: COLOR.body, gap: 8 });
  }
}

const FINDING_PILL: Record<"BLOCKING" | "WARNING" | "INFO", keyof typeof TONE> = { BLOCKING: "bad", WARNING: "warn", INFO: "ok" };

/** The base-model licence: the licence, the facts that matter, the findings and their written acceptances. */
function drawLicence(w: Writer, report: ReadinessReportDto) {
  const { licence } = report;
  const { facts } = licence;
  w.heading("Base-model licence", licence.openBlocking ? plural(licence.openBlocking, "open blocking finding") : "nothing blocking", SCENARIO_KEEP);
  w.labelled(
    "Licence:",
    licence.licence
      ? `${licence.licence.name} (${licence.licence.version}; registry reviewed ${formatCalendarDate(licence.licence.reviewedOn)})`
      : licence.freeText
        ? `${licence.freeText} (unchecked free text)`
        : "None stated",
  );
  w.labelled(
    "Expected users:",
    `${formatUsers(facts.expectedMonthlyUsers)} a month${facts.threshold !== null ? ` (licence threshold ${formatUsers(facts.threshold)})` : ""}`,
  );
  w.labelled("Use case:", `${USE_CASE_CATEGORY_LABEL[facts.useCaseCategory]} · ${HOSTING_MODEL_LABEL[facts.hostingModel]}`);
  w.doc.y += 6;
  for (const f of licence.findings) {
    w.ensure(SCENARIO_KEEP);
    w.titleWithPill(f.title, f.acceptance ? "Accepted in writing" : FINDING_SEVERITY_LABEL[f.severity], f.acceptance ? "warn" : FINDING_PILL[f.severity], 10);
    w.doc.y += 1;
    w.text(`${f.message}${f.cite ? ` (licence ${f.cite.section})` : ""}`, { size: 9, color: COLOR.body, gap: f.acceptance ? 2 : 8 });
    if (f.acceptance) {
      const a = f.acceptance;
      w.text(
        `Accepted by ${a.acceptedBy} on ${formatCalendarDate(a.createdAt.slice(0, 10))}: "${a.rationale}" Owner ${a.owner ?? a.acceptedBy}${a.reviewOn ? `, review on ${formatCalendarDate(a.reviewOn)}` : ""}.`,
        { size: 9, color: COLOR.body, gap: 8 },
      );
    }
  }
}

function drawClause(w: Writer, clause: ReportClauseDto) {
  const { doc } = w;
  w.ensure(CLAUSE_KEEP);
  w.titleWithPill(clause.title, CLAUSE_STATUS_LABEL[clause.status], CLAUSE_STATUS_TONE[clause.status]);
  const meta = [
    `${PRIORITY_LABEL[clause.priority]} priority${clause.raisedByRule ? " (raised by rule)" : ""}`,
    ...(clause.dealOnly ? ["This deal only"] : []),
    clause.contractReference ? `Contract reference: ${clause.contractReference}` : "No contract reference yet",
  ];
  w.text(meta.join("  ·  "), { size: 8.5, color: COLOR.muted, gap: 5 });

  if (clause.status === "NOT_APPLICABLE" && clause.notApplicableReason) {
    w.labelled("Not applicable:", clause.notApplicableReason, { size: 9 });
    doc.y += 4;
  }

  w.caption("Agreed language");
  if (clause.agreedLanguage.trim()) {
    w.text(clause.agreedLanguage, { font: FONT.serif, size: 10.5, color: COLOR.ink, indent: 10, lineGap: 2, gap: 5 });
  } else {
    w.text("No agreed language recorded yet.", { font: FONT.italic, size: 9, color: COLOR.faint, indent: 10, gap: 5 });
  }

  if (clause.riskAcceptance) {
    w.ensure(30);
    const a = clause.riskAcceptance;
    const owner = a.owner || a.reviewOn ? ` (owner ${a.owner ?? a.acceptedBy}${a.reviewOn ? `, review on ${formatCalendarDate(a.reviewOn)}` : ""})` : "";
    w.labelled("Risk accepted", `by ${a.acceptedBy} on ${formatCalendarDate(a.createdAt.slice(0, 10))}${owner}: ${a.rationale}`, {
      size: 9,
      color: TONE.warn.fg,
    });
    doc.y += 5;
  }

  const r = clause.latestResponse;
  if (r) {
    w.caption(`Latest vendor response${clause.responseCount > 1 ? ` (newest of ${clause.responseCount})` : ""}`);
    w.text(
      `${formatCalendarDate(r.occurredOn)}  ·  ${CHANNEL_LABEL[r.channel]}  ·  ${STANCE_LABEL[r.stance]}  ·  ${OFFER_LABEL[r.offerPosition]}  ·  logged by ${r.author}`,
      {
        size: 8.5,
        color: COLOR.muted,
        indent: 10,
        gap: 2,
      },
    );
    w.text(`“${excerpt(r.vendorText.trim(), QUOTE_EXCERPT_CHARS)}”`, { font: FONT.serifItalic, size: 10.5, color: COLOR.ink, indent: 10, lineGap: 2, gap: 3 });
    if (r.counterNextStep) w.labelled("Our counter / next step:", excerpt(r.counterNextStep, QUOTE_EXCERPT_CHARS), { indent: 10, size: 9 });
  } else {
    w.caption("Latest vendor response");
    w.text("No vendor response logged.", { font: FONT.italic, size: 9, color: COLOR.faint, indent: 10 });
  }
  w.rule(8, 10);
}

function drawSections(w: Writer, report: ReadinessReportDto) {
  report.sections.forEach((section, i) => {
    const settled = section.clauses.filter((c) => isSettled(c.status)).length;
    w.heading(
      `${i + 1}. ${section.title}`,
      section.applicable ? `score ${section.score} · ${settled} of ${section.applicable} settled` : "no applicable clause",
      CLAUSE_KEEP,
    );
    if (!section.clauses.length) {
      w.text("This playbook has no clause in this section.", { font: FONT.italic, size: 9, color: COLOR.faint, gap: 8 });
      return;
    }
    for (const clause of section.clauses) drawClause(w, clause);
  });
}

function drawReview(w: Writer, review: ReportReviewDto) {
  const { doc } = w;
  w.ensure(REVIEW_KEEP);
  const approved = review.decision === "APPROVED";
  const label = approved ? (review.staleAt ? "Approved, now stale" : "Approved") : "Changes requested";
  const capacity = approved ? (review.secondApproval ? " as second approver" : " as CIO") : "";
  w.titleWithPill(
    `${approved ? "Approved" : "Changes requested"} by ${review.reviewer}${capacity}`,
    label,
    approved ? (review.staleAt ? "warn" : "good") : "bad",
    10.5,
  );
  const s = review.snapshot;
  w.text(
    `${formatDateTime(review.createdAt)}  ·  readiness at decision ${s.score} / 100, ${s.ready ? "ready" : `not ready (${plural(s.blockerCount, "blocker")})`}`,
    { size: 8.5, color: COLOR.muted, gap: 4 },
  );
  if (review.staleAt) {
    w.text(`Stale since ${formatDateTime(review.staleAt)}: clause terms changed after this approval, so the deal went back to CIO review.`, {
      size: 9,
      color: TONE.warn.fg,
      gap: 4,
    });
  }
  if (review.comment.trim()) {
    w.text(`“${review.comment.trim()}”`, { font: FONT.serifItalic, size: 10, color: COLOR.ink, indent: 10, lineGap: 2, gap: 4 });
  }
  if (review.acceptedRisks.length) {
    w.caption(`Accepted risks (${review.acceptedRisks.length})`, 10);
    for (const a of review.acceptedRisks) {
      w.ensure(28);
      w.labelled(`${a.clauseTitle}${a.revoked ? " (revoked)" : ""}:`, `${a.rationale}  (accepted by ${a.acceptedBy})`, { indent: 10, size: 9 });
      doc.y += 3;
    }
  }
  w.rule(6, 10);
}

function drawApprovals(w: Writer, report: ReadinessReportDto) {
  const { approval } = report;
  w.heading("Approvals", approval.label, REVIEW_KEEP);
  w.text(
    approval.requireSecondApproval
      ? "Policy: a CIO approval and a second approval by another member flagged as approver."
      : "Policy: one CIO approval; someone who accepted a risk is never the only approver.",
    { size: 9, color: COLOR.muted, gap: 4 },
  );
  if (!approval.approvers.length) {
    w.text("No approval stands on the deal as it is now.", { font: FONT.italic, size: 9, color: COLOR.muted, gap: 8 });
    return;
  }
  approval.approvers.forEach((a, i) => {
    const last = i === approval.approvers.length - 1;
    w.text(`${a.name}  ·  ${a.secondApproval ? "second approver" : "CIO approval"}  ·  ${formatDateTime(a.createdAt)}`, {
      size: 10,
      color: COLOR.ink,
      gap: last ? 8 : 2,
    });
  });
}

function drawReviews(w: Writer, report: ReadinessReportDto) {
  w.heading("Review history", report.reviews.length ? plural(report.reviews.length, "decision") : undefined, REVIEW_KEEP);
  if (!report.reviews.length) {
    w.text("No CIO review has been recorded for this deal yet.", { font: FONT.italic, size: 9, color: COLOR.muted, gap: 8 });
    return;
  }
  for (const review of report.reviews) drawReview(w, review);
  if (report.earlierReviews > 0) w.text(earlierReviewsNote(report.earlierReviews), { font: FONT.italic, size: 9, color: COLOR.muted, gap: 8 });
}

function drawProcess(w: Writer, report: ReadinessReportDto) {
  const { doc } = w;
  const done = report.process.filter((s) => s.done).length;
  w.heading("Process checklist", `${done} of ${report.process.length} done`, STEP_KEEP);
  for (const step of report.process) {
    w.ensure(STEP_KEEP);
    const y = doc.y;
    doc
      .rect(w.left, y + 0.5, 9, 9)
      .lineWidth(0.8)
      .strokeColor(step.done ? COLOR.good : COLOR.faint)
      .stroke();
    if (step.done) {
      doc
        .moveTo(w.left + 2, y + 5)
        .lineTo(w.left + 4, y + 7.5)
        .lineTo(w.left + 7.5, y + 2.5)
        .lineWidth(1.2)
        .strokeColor(COLOR.good)
        .stroke();
    }
    w.style(FONT.bold, 9.5, COLOR.ink);
    doc.text(winAnsi(`${step.title} — ${step.done ? "done" : "open"}`), w.left + 16, y, { width: w.width - 16 });
    if (step.note.trim()) {
      w.style(FONT.regular, 9, COLOR.body);
      doc.text(winAnsi(step.note), w.left + 16, doc.y + 1, { width: w.width - 16, lineGap: 1.5 });
    }
    doc.y += 5;
    doc.x = w.left;
  }
}

function drawFooters(w: Writer, report: ReadinessReportDto) {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    const y = doc.page.height - 38;
    doc
      .moveTo(w.left, y - 8)
      .lineTo(w.right, y - 8)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke();
    const pageLabel = `Page ${i + 1 - range.start} of ${range.count}`;
    w.style(FONT.regular, 8, COLOR.muted);
    const pageWidth = doc.widthOfString(pageLabel);
    let name = winAnsi(report.deal.name);
    const prefix = "Readiness report · ";
    const room = w.width - pageWidth - 24 - doc.widthOfString(`${prefix} · ${formatCalendarDate(report.generatedAt.slice(0, 10))}`);
    if (doc.widthOfString(name) > room) {
      while (name.length > 1 && doc.widthOfString(`${name}…`) > room) name = name.slice(0, -1);
      name = `${name.trimEnd()}…`;
    }
    doc.text(`${prefix}${name} · ${formatCalendarDate(report.generatedAt.slice(0, 10))}`, w.left, y, { lineBreak: false });
    doc.text(pageLabel, w.right - pageWidth, y, { lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
}

/** The readiness report as an A4 PDF with "Page N of M" footers. */
export function renderReportPdf(report: ReadinessReportDto): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margins: PAGE_MARGIN,
      bufferPages: true,
      info: {
        Title: winAnsi(`Readiness report: ${report.deal.name}`),
        Subject: winAnsi(`${report.deal.vendor} · ${DEAL_STAGE_LABEL[report.deal.stage]}`),
        Author: "Dealplaybook",
        Creator: "Dealplaybook",
        CreationDate: new Date(report.generatedAt),
      },
    });
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      const w = new Writer(doc);
      drawTitle(w, report);
      drawScore(w, report);
      drawBlockers(w, report);
      drawScenarios(w, report);
      drawLicence(w, report);
      drawSections(w, report);
      drawApprovals(w, report);
      drawReviews(w, report);
      drawProcess(w, report);
      drawFooters(w, report);
      doc.end();
    } catch (error) {
      reject(error);
    }
  });
}
