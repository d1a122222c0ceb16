import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { analyzeText } from "@/lib/services/analyze-text";
import { vendorRedlineText } from "@/lib/test/draft-files";
import { createTeam } from "@/lib/test/factories";
import { ZAnalyzeText } from "@/lib/validation/deal-clause";

const db = getDb();

describe("analysing pasted text against the organisation's current playbook", () => {
  it("answers findings and count as before, plus numbered passages with flags and mapped clauses, and the silent clauses; saves nothing", async () => {
    const { org, actors } = await createTeam();
    const auditBefore = await db.auditEvent.count({ where: { organizationId: org.id } });
    const result = await analyzeText(actors.VIEWER, vendorRedlineText());

    expect(result.count).toBe(result.findings.length);
    expect(result.findings.map((f) => f.key)).toContain("data-any-purpose");

    const escrow = result.passages.find((p) => p.number === "4.1")!;
    expect(escrow).toMatchObject({ heading: "Escrow", kind: "paragraph" });
    expect(escrow.clauses[0]).toMatchObject({ key: "model-escrow", priority: "MUST_HAVE" });
    expect(escrow.clauses[0].terms).toContain("escrow agent");

    const dataUse = result.passages.find((p) => p.number === "2.2")!;
    const anyPurpose = dataUse.flags.find((f) => f.key === "data-any-purpose")!;
    expect(dataUse.text.slice(anyPurpose.start, anyPurpose.end).toLowerCase()).toContain("any purpose");
    expect(anyPurpose.counter.length).toBeGreaterThan(20);
    expect(dataUse.clauses.map((c) => c.key)).toContain("data-use-limited-to-project");

    const silent = result.silentClauses.map((c) => c.key);
    expect(silent).toContain("client-retraining-rights");
    expect(silent).not.toContain("model-escrow");
    const priorities = result.silentClauses.map((c) => c.priority);
    expect(priorities.indexOf("IMPORTANT")).toBeGreaterThan(priorities.lastIndexOf("MUST_HAVE"));

    expect(await db.auditEvent.count({ where: { organizationId: org.id } })).toBe(auditBefore);
  });

  it("reads only blank lines as nothing to say, and the schema holds the text limit", async () => {
    const { actors } = await createTeam();
    expect(await analyzeText(actors.NEGOTIATOR, " \n \n")).toEqual({ findings: [], count: 0, passages: [], silentClauses: [] });
    expect(ZAnalyzeText.safeParse({ text: "x".repeat(20_000) }).success).toBe(true);
    expect(ZAnalyzeText.safeParse({ text: "x".repeat(20_001) }).error?.issues[0].message).toContain("at most 20,000");
  });
});
