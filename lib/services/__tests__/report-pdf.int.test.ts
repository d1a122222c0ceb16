import pdf from "pdf-parse";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logVendorResponse, updateDealClause } from "@/lib/services/deal-clauses";
import { getReadinessReport, REPORT_REVIEW_LIMIT } from "@/lib/services/report";
import { renderReportPdf, winAnsi } from "@/lib/services/report-pdf";
import { createTestDeal } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";

// pdf-parse 1.1.4's index.js here only re-exports lib/pdf-parse.js (no debug self-test on import).

const AGREED = "The Vendor hereby assigns to the Client all right, title and interest in the trained model weights, fine-tuned parameters and embeddings.";
const VENDOR_WORDS = "We can deliver the weights at the end of the term under an exclusive perpetual licence.";

/** Text of a PDF with whitespace collapsed, so wrapped lines compare as one sentence. */
async function pdfText(buffer: Buffer) {
  const parsed = await pdf(buffer);
  return { text: parsed.text.replace(/\s+/g, " "), pages: parsed.numpages };
}

async function setUp() {
  const team = await createTeam();
  const { deal, clause } = await createTestDeal(team.actors.NEGOTIATOR, { name: "Report “Ω” model" });
  const db = getDb();
  const weights = await db.dealClause.findFirstOrThrow({
    where: { dealId: deal.id, clause: { priority: "MUST_HAVE", layer: { key: "weights-artifacts" } } },
    include: { clause: { select: { title: true } } },
    orderBy: { clause: { position: "asc" } },
  });
  await updateDealClause(team.actors.NEGOTIATOR, {
    dealClauseId: weights.id,
    version: weights.version,
    status: "MUST_HAVE_MET",
    notApplicableReason: "",
    agreedLanguage: AGREED,
    contractReference: "§ 7.2",
    notes: "",
  });
  await logVendorResponse(team.actors.NEGOTIATOR, {
    dealClauseId: clause.id,
    version: clause.version,
    occurredOn: new Date("2026-03-02T00:00:00Z"),
    channel: "EMAIL",
    vendorText: "An older message that is no longer the latest.",
    stance: "DEFERS",
    offerPosition: "UNCLEAR",
    counterNextStep: "",
    newStatus: "",
    notApplicableReason: "",
  });
  await logVendorResponse(team.actors.NEGOTIATOR, {
    dealClauseId: clause.id,
    version: clause.version,
    occurredOn: new Date("2026-03-05T00:00:00Z"),
    channel: "REDLINE",
    vendorText: VENDOR_WORDS,
    stance: "COUNTERS",
    offerPosition: "FALLBACK",
    counterNextStep: "Insist on delivery at every release",
    newStatus: "",
    notApplicableReason: "",
  });
  const firstClause = await db.dealClause.findUniqueOrThrow({ where: { id: clause.id }, include: { clause: { select: { title: true } } } });
  return { ...team, deal, weights, firstClause };
}

describe("readiness report", () => {
  it("loads one DTO with the readiness, every section's clauses and the latest vendor response per clause", async () => {
    const { actors, deal, weights, firstClause } = await setUp();
    const report = await getReadinessReport(actors.VIEWER, deal.id);
    expect(report.deal.name).toBe("Report “Ω” model");
    expect(report.sections.map((s) => s.key)).toEqual([
      "training-data",
      "base-model",
      "weights-artifacts",
      "derived-data",
      "outputs",
      "know-how",
      "deployment-exit",
    ]);
    const clauses = report.sections.flatMap((s) => s.clauses);
    expect(clauses).toHaveLength(await getDb().dealClause.count({ where: { dealId: deal.id } }));
    expect(report.readiness.ready).toBe(false);
    expect(report.readiness.score).toBeGreaterThan(0);

    const agreed = clauses.find((c) => c.id === weights.id)!;
    expect(agreed).toMatchObject({ status: "MUST_HAVE_MET", agreedLanguage: AGREED, contractReference: "§ 7.2", latestResponse: null, responseCount: 0 });
    const logged = clauses.find((c) => c.id === firstClause.id)!;
    expect(logged.responseCount).toBe(2);
    expect(logged.latestResponse).toMatchObject({ vendorText: VENDOR_WORDS, stance: "COUNTERS", occurredOn: "2026-03-05", author: actors.NEGOTIATOR.name });
    expect(report.process).toHaveLength(7);
    expect(report.reviews).toEqual([]);
  });

  it("renders a PDF whose extractable text carries the deal, score, blockers, clauses, agreed language and vendor words", async () => {
    const { actors, deal, firstClause } = await setUp();
    const report = await getReadinessReport(actors.CIO, deal.id);
    const buffer = await renderReportPdf(report);
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, pages } = await pdfText(buffer);

    expect(text).toContain("Report “?” model"); // Ω is outside the standard fonts' character set
    expect(text).toMatch(new RegExp(`${report.readiness.score}\\s*/\\s*100`));
    expect(text).toContain("Not ready to sign");
    expect(report.readiness.blockers.length).toBeGreaterThan(0);
    const blocker = report.readiness.blockers.find((b) => b.kind === "MUST_HAVE_OPEN")!;
    expect(text).toContain(blocker.message.slice(0, 60));
    expect(text).toContain(firstClause.clause.title);
    expect(text).toContain(AGREED);
    expect(text).toContain(VENDOR_WORDS);
    expect(text).not.toContain("An older message");
    expect(text).toContain("Insist on delivery at every release");
    expect(text).toContain("§ 7.2");
    expect(text).toContain("Process checklist");
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it("shows review decisions with their risk acceptances", async () => {
    const { actors, deal } = await setUp();
    const db = getDb();
    const gap = await db.dealClause.findFirstOrThrow({ where: { dealId: deal.id, clause: { priority: "MUST_HAVE" }, status: "NOT_STARTED" } });
    const review = await db.review.create({
      data: {
        dealId: deal.id,
        reviewerId: actors.CIO.userId,
        decision: "CHANGES_REQUESTED",
        comment: "Close the escrow gap first.",
        snapshot: {
          // As an earlier release stored it: no clauses, sections or acceptances recorded.
          score: 12,
          ready: false,
          blockers: [
            { kind: "MUST_HAVE_OPEN", clauseKey: gap.id, message: "Escrow is not secured." },
            { kind: "SCENARIO_UNCOVERED", scenarioKey: "vendor-collapse", message: "Vendor collapse is not covered." },
          ],
        },
      },
    });
    await db.riskAcceptance.create({
      data: { dealId: deal.id, dealClauseId: gap.id, reviewId: review.id, acceptedById: actors.CIO.userId, rationale: "Pilot only, no production data." },
    });
    const report = await getReadinessReport(actors.MANAGER, deal.id);
    expect(report.reviews).toHaveLength(1);
    expect(report.reviews[0]).toMatchObject({
      decision: "CHANGES_REQUESTED",
      reviewer: actors.CIO.name,
      snapshot: { score: 12, ready: false, blockerCount: 2 },
    });
    expect(report.reviews[0].acceptedRisks[0]).toMatchObject({ rationale: "Pilot only, no production data.", acceptedBy: actors.CIO.name, revoked: false });
    expect(report.sections.flatMap((s) => s.clauses).find((c) => c.id === gap.id)?.riskAcceptance?.rationale).toBe("Pilot only, no production data.");
    const { text } = await pdfText(await renderReportPdf(report));
    expect(text).toContain("Close the escrow gap first.");
    expect(text).toContain("Pilot only, no production data.");
    expect(text).toContain("Changes requested");
  });

  it("stays bounded for a deal at every size limit: the newest 20 decisions, vendor quotes as excerpts, agreed language whole", async () => {
    const { actors, deal } = await setUp();
    const db = getDb();
    const longest = (word: string, max: number) => `${word} `.repeat(Math.ceil(max / (word.length + 1))).slice(0, max);
    const clauses = await db.dealClause.findMany({ where: { dealId: deal.id }, select: { id: true } });
    // Written directly: this is about the largest report the limits allow, not about how it got there.
    await db.dealClause.updateMany({ where: { dealId: deal.id }, data: { agreedLanguage: longest("assigns", 20_000) } });
    await db.vendorResponse.createMany({
      data: clauses.map((c) => ({
        dealId: deal.id,
        dealClauseId: c.id,
        occurredOn: new Date("2026-04-01T00:00:00Z"),
        channel: "EMAIL" as const,
        vendorText: longest("retains", 20_000),
        stance: "REJECTS" as const,
        offerPosition: "BELOW_WALK_AWAY" as const,
        counterNextStep: longest("insist", 5000),
        redFlagKeys: [],
        pitchKeys: [],
        authorId: actors.NEGOTIATOR.userId,
      })),
    });
    await db.review.createMany({
      data: Array.from({ length: REPORT_REVIEW_LIMIT + 5 }, (_, i) => ({
        dealId: deal.id,
        reviewerId: actors.CIO.userId,
        decision: "CHANGES_REQUESTED" as const,
        comment: `Decision ${i + 1}: ${longest("close", 3900)}`,
        snapshot: { score: 10, ready: false, blockers: [] },
        createdAt: new Date(Date.UTC(2026, 3, 1, 0, i)),
      })),
    });

    const report = await getReadinessReport(actors.MANAGER, deal.id);
    expect(report.reviews).toHaveLength(REPORT_REVIEW_LIMIT);
    expect(report.earlierReviews).toBe(5);
    expect(report.reviews[0].comment).toMatch(/^Decision 25:/);

    const started = performance.now();
    const buffer = await renderReportPdf(report);
    const ms = performance.now() - started;
    const { text, pages } = await pdfText(buffer);
    console.log(
      `[report-pdf] largest report: ${clauses.length} clauses, ${pages} pages, ${(buffer.length / 1024).toFixed(0)} KB, rendered in ${ms.toFixed(0)} ms`,
    );
    expect(text).toContain("[excerpt: 18,");
    expect(text).toContain("5 earlier decisions not shown here");
    expect(text).not.toContain("Decision 5:");
    // Every clause's agreed language is the contract itself: printed whole (20,000 characters each).
    expect(text.split("assigns").length - 1).toBeGreaterThanOrEqual(clauses.length * 2000);
    expect(pages).toBeLessThan(clauses.length * 12);
  }, 120_000);

  it("treats another organisation's deal as not found", async () => {
    const { deal, foreignAdmin } = await setUp();
    const error = await getReadinessReport(foreignAdmin, deal.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
    const missing = await getReadinessReport(foreignAdmin, "does-not-exist").catch((e: unknown) => e);
    expect((missing as AppError).code).toBe("NOT_FOUND");
  });
});

describe("winAnsi", () => {
  it("keeps Windows-1252 text, strips accents it cannot draw and spells out symbols", () => {
    expect(winAnsi("Café “quoted” – 5 € § 3")).toBe("Café “quoted” – 5 € § 3");
    expect(winAnsi("Łódź → Kraków ≥ 2\r\nnext")).toBe("Lódz -> Kraków >= 2\nnext");
    expect(winAnsi("模型 ✓")).toBe("?? v");
  });
});
