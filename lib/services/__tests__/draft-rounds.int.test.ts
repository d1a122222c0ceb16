import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { appErrorOf } from "@/lib/test/app-error";
import { createTestDeal } from "@/lib/test/deals";
import { addTextDraft } from "@/lib/test/drafts";
import { createTeam } from "@/lib/test/factories";

const db = getDb();

describe("adding a vendor draft round", () => {
  it("splits, flags and maps the draft against the deal's clauses, numbering rounds per deal", async () => {
    const team = await createTeam();
    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    const first = await addTextDraft(team.actors.NEGOTIATOR, deal.id);
    const second = await addTextDraft(team.actors.NEGOTIATOR, deal.id);
    expect([first.round, second.round]).toEqual([1, 2]);

    const passages = await db.draftPassage.findMany({
      where: { draftId: first.id },
      orderBy: { ordinal: "asc" },
      include: { flags: true, mappings: { include: { dealClause: { include: { clause: { select: { key: true } } } } } } },
    });
    expect(passages.map((p) => p.number)).toEqual(["1", "1.1", "4", "4.1", "5", "5.1", "6", "6.1", "7", "7.1"]);
    const escrow = passages.find((p) => p.number === "4.1")!;
    expect(escrow.heading).toBe("Escrow");
    expect(escrow.mappings.map((m) => m.dealClause.clause.key)).toContain("model-escrow");
    const dataUse = passages.find((p) => p.number === "6.1")!;
    expect(dataUse.flags.map((f) => f.key)).toContain("data-any-purpose");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { dealId: deal.id, action: "draft.added" } });
    expect(audit.entityId).toBe(first.id);
  });

  it("never reaches another organisation's deal, and a viewer cannot add a round", async () => {
    const home = await createTeam();
    const other = await createTeam();
    const { deal } = await createTestDeal(home.actors.NEGOTIATOR);
    expect((await appErrorOf(addTextDraft(other.actors.NEGOTIATOR, deal.id))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(addTextDraft(home.actors.VIEWER, deal.id))).code).toBe("FORBIDDEN");
    expect(await db.dealDraft.count({ where: { dealId: deal.id } })).toBe(0);
  });
});
