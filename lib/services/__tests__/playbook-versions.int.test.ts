import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { serializePlaybook, ZPlaybookDocument, type PlaybookDocument } from "@/lib/playbook/format";
import { readPlaybookDocument } from "@/lib/playbook/store";
import {
  diffWithPreviousVersion,
  exportPlaybookDraft,
  exportPlaybookVersion,
  getPublishPreview,
  importPlaybookDraft,
  listPlaybookVersions,
  publishPlaybookDraft,
} from "@/lib/services/playbook-versions";
import { snapshotOrgs, watchAudit } from "@/lib/test/db-snapshot";
import { createTestDeal } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";

type Team = Awaited<ReturnType<typeof createTeam>>;
let team: Team;

beforeEach(async () => {
  team = await createTeam();
});

const db = () => getDb();
const SUMMARY = "Walk-away for data deletion tightened to 10 days.";

/** The default playbook with the first clause's walk-away line changed. */
function edited(): PlaybookDocument {
  const doc = structuredClone(DEFAULT_PLAYBOOK);
  doc.clauses[0].walkAway = `${doc.clauses[0].walkAway} Not negotiable.`;
  return doc;
}

async function importDoc(doc: PlaybookDocument, replaceDraft = false) {
  return importPlaybookDraft(team.actors.ADMIN, { organizationId: team.org.id, json: serializePlaybook(doc), replaceDraft });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function playbookRows(playbookId: string) {
  const [clauses, layers, pitches, scenarios, steps, links] = await Promise.all([
    db().clause.findMany({ where: { playbookId }, orderBy: { id: "asc" } }),
    db().layer.findMany({ where: { playbookId }, orderBy: { id: "asc" } }),
    db().pitch.findMany({ where: { playbookId }, orderBy: { id: "asc" } }),
    db().scenario.findMany({ where: { playbookId }, orderBy: { id: "asc" } }),
    db().recommendation.findMany({ where: { playbookId }, orderBy: { id: "asc" } }),
    db().scenarioClause.findMany({ where: { clause: { playbookId } }, orderBy: [{ scenarioId: "asc" }, { clauseId: "asc" }] }),
  ]);
  return JSON.stringify({ clauses, layers, pitches, scenarios, steps, links });
}

describe("publishPlaybookDraft", () => {
  it("publishes the draft as v2 with exactly its content; v1 and the deals on it stay as they were; new deals start on v2", async () => {
    const v1 = team.playbook;
    const { deal: oldDeal } = await createTestDeal(team.actors.NEGOTIATOR);
    const oldDealClauses = await db().dealClause.findMany({ where: { dealId: oldDeal.id }, orderBy: { id: "asc" } });
    const v1Rows = await playbookRows(v1.id);
    const draft = edited();
    const { draftVersion } = await importDoc(draft);
    const audit = await watchAudit(team.org.id);

    const result = await publishPlaybookDraft(team.actors.ADMIN, { organizationId: team.org.id, draftVersion, changeSummary: SUMMARY });

    expect(result).toEqual({ version: 2, counts: { added: 0, retired: 0, changed: 1 } });
    const v2 = await db().playbook.findUniqueOrThrow({ where: { organizationId_version: { organizationId: team.org.id, version: 2 } } });
    const events = await audit.added();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "playbook.published",
      entityType: "Playbook",
      entityId: v2.id,
      actorId: team.users.ADMIN.id,
      after: { version: 2, changeSummary: SUMMARY, clauses: { added: 0, retired: 0, changed: 1 } },
    });
    expect(v2).toMatchObject({ isCurrent: true, changeSummary: SUMMARY, publishedById: team.users.ADMIN.id });
    expect(await readPlaybookDocument(db(), v2.id)).toEqual(ZPlaybookDocument.parse(draft));
    expect(await db().playbook.findUniqueOrThrow({ where: { id: v1.id } })).toMatchObject({ isCurrent: false, version: 1 });
    expect(await playbookRows(v1.id)).toBe(v1Rows);
    expect(await db().playbookDraft.findUnique({ where: { organizationId: team.org.id } })).toBeNull();

    const { deal: newDeal } = await createTestDeal(team.actors.NEGOTIATOR);
    expect(newDeal.playbookId).toBe(v2.id);
    expect((await db().deal.findUniqueOrThrow({ where: { id: oldDeal.id } })).playbookId).toBe(v1.id);
    expect(await db().dealClause.findMany({ where: { dealId: oldDeal.id }, orderBy: { id: "asc" } })).toEqual(oldDealClauses);
    const clausesOfOldDeal = await db().clause.findMany({ where: { id: { in: oldDealClauses.map((c) => c.clauseId) } }, select: { playbookId: true } });
    expect(new Set(clausesOfOldDeal.map((c) => c.playbookId))).toEqual(new Set([v1.id]));

    const versions = await listPlaybookVersions(team.actors.VIEWER);
    expect(versions.map((v) => [v.version, v.isCurrent, v.dealCount])).toEqual([
      [2, true, 1],
      [1, false, 1],
    ]);
    const compared = await diffWithPreviousVersion(team.actors.VIEWER, 2);
    expect(compared?.previous).toBe(1);
    expect(compared?.diff.clauses.filter((c) => c.status === "changed").map((c) => [c.key, c.positionsChanged])).toEqual([[draft.clauses[0].key, true]]);
    expect(await diffWithPreviousVersion(team.actors.VIEWER, 1)).toBeNull();
  });

  it("refuses a stale draft version, a draft identical to the current version, a missing draft and an outdated draft; nothing changes", async () => {
    expect((await rejection(publishPlaybookDraft(team.actors.ADMIN, { organizationId: team.org.id, draftVersion: 1, changeSummary: SUMMARY }))).code).toBe(
      "NOT_FOUND",
    );

    await importDoc(structuredClone(DEFAULT_PLAYBOOK));
    let before = await snapshotOrgs(team.org.id);
    const same = await rejection(publishPlaybookDraft(team.actors.ADMIN, { organizationId: team.org.id, draftVersion: 1, changeSummary: SUMMARY }));
    expect(same).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Nothing changed") });
    const stale = await rejection(publishPlaybookDraft(team.actors.ADMIN, { organizationId: team.org.id, draftVersion: 7, changeSummary: SUMMARY }));
    expect(stale).toMatchObject({ code: "CONFLICT", details: { currentVersion: 1 } });
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
    expect(await db().playbook.count({ where: { organizationId: team.org.id } })).toBe(1);

    // Someone publishes v2 while another draft (started from v1) is kept aside in the database.
    const { draftVersion } = await importDoc(edited(), true);
    await publishPlaybookDraft(team.actors.ADMIN, { organizationId: team.org.id, draftVersion, changeSummary: SUMMARY });
    await db().playbookDraft.create({ data: { organizationId: team.org.id, basedOnVersion: 1, document: structuredClone(DEFAULT_PLAYBOOK), version: 3 } });
    before = await snapshotOrgs(team.org.id);
    const outdated = await rejection(publishPlaybookDraft(team.actors.ADMIN, { organizationId: team.org.id, draftVersion: 3, changeSummary: SUMMARY }));
    expect(outdated).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("version 2 has been published since") });
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
    expect(await getPublishPreview(team.actors.ADMIN)).toMatchObject({ outdated: true, basedOnVersion: 1, currentVersion: 2 });
  });

  it("is refused to every role but admin and to another organisation's admin", async () => {
    const { draftVersion } = await importDoc(edited());
    for (const role of ["CIO", "MANAGER", "NEGOTIATOR", "VIEWER"] as const) {
      expect((await rejection(publishPlaybookDraft(team.actors[role], { organizationId: team.org.id, draftVersion, changeSummary: SUMMARY }))).code).toBe(
        "FORBIDDEN",
      );
    }
    expect((await rejection(publishPlaybookDraft(team.foreignAdmin, { organizationId: team.org.id, draftVersion, changeSummary: SUMMARY }))).code).toBe(
      "NOT_FOUND",
    );
    expect(await db().playbook.count({ where: { organizationId: { in: [team.org.id, team.otherOrg.id] } } })).toBe(2);
  });
});

describe("published versions are immutable in the database", () => {
  it("refuses UPDATE and DELETE of a version's rows; lets the current flag, deal-specific clauses and an organisation's deletion through", async () => {
    const playbookId = team.playbook.id;
    const clause = await db().clause.findFirstOrThrow({ where: { playbookId, scenarios: { some: {} }, pitches: { some: {} } } });
    const refusals = [
      db().clause.update({ where: { id: clause.id }, data: { mustHave: "Anything goes." } }),
      db().clause.delete({ where: { id: clause.id } }),
      db().layer.updateMany({ where: { playbookId }, data: { title: "Renamed" } }),
      db().pitch.deleteMany({ where: { playbookId } }),
      db().scenario.updateMany({ where: { playbookId }, data: { story: "Rewritten" } }),
      db().recommendation.deleteMany({ where: { playbookId } }),
      db().scenarioClause.deleteMany({ where: { clauseId: clause.id } }),
      db().clausePitch.deleteMany({ where: { clause: { playbookId } } }),
      db().playbook.update({ where: { id: playbookId }, data: { name: "Renamed" } }),
      db().playbook.delete({ where: { id: playbookId } }),
    ];
    const rows = await playbookRows(playbookId);
    for (const attempt of refusals) await expect(attempt).rejects.toThrow(/published playbook versions cannot be changed/);
    expect(await playbookRows(playbookId)).toBe(rows);

    await db().playbook.update({ where: { id: playbookId }, data: { isCurrent: false } });
    await db().playbook.update({ where: { id: playbookId }, data: { isCurrent: true } });

    const { deal } = await createTestDeal(team.actors.NEGOTIATOR);
    const own = await db().clause.create({
      data: { ...clause, id: undefined, key: "data-residency", dealId: deal.id, rules: [], position: 999 },
    });
    await db().clause.update({ where: { id: own.id }, data: { mustHave: "EU only." } });
    await db().clause.delete({ where: { id: own.id } });

    await db().organization.delete({ where: { id: team.otherOrg.id } });
    expect(await db().clause.count({ where: { playbook: { organizationId: team.otherOrg.id } } })).toBe(0);
  });
});

describe("JSON export and import", () => {
  it("round-trips byte for byte: export v1 → import → export the draft → publish → export v2", async () => {
    const original = await exportPlaybookVersion(team.actors.VIEWER, 1);
    expect(original.filename).toBe("playbook-v1.json");
    expect(original.text).toBe(serializePlaybook(DEFAULT_PLAYBOOK));
    const changed = original.text.replace(DEFAULT_PLAYBOOK.name, "Bank playbook");
    const { draftVersion } = await importPlaybookDraft(team.actors.ADMIN, { organizationId: team.org.id, json: changed, replaceDraft: false });
    expect((await exportPlaybookDraft(team.actors.ADMIN)).text).toBe(changed);
    await publishPlaybookDraft(team.actors.ADMIN, { organizationId: team.org.id, draftVersion, changeSummary: SUMMARY });
    expect((await exportPlaybookVersion(team.actors.VIEWER, 2)).text).toBe(changed);
    expect((await exportPlaybookVersion(team.actors.VIEWER, 1)).text).toBe(original.text);
  });

  it("another organisation's version does not exist for the caller; the draft export is for admins", async () => {
    expect((await rejection(exportPlaybookVersion(team.foreignAdmin, 2))).code).toBe("NOT_FOUND");
    expect((await rejection(exportPlaybookDraft(team.actors.ADMIN))).code).toBe("NOT_FOUND");
    await importDoc(edited());
    expect((await rejection(exportPlaybookDraft(team.foreignAdmin))).code).toBe("NOT_FOUND");
    expect((await rejection(exportPlaybookDraft(team.actors.CIO))).code).toBe("FORBIDDEN");
  });

  it("replaces an existing draft only when told to", async () => {
    await importDoc(edited());
    const before = await snapshotOrgs(team.org.id);
    const draftBefore = await db().playbookDraft.findUniqueOrThrow({ where: { organizationId: team.org.id } });
    const refused = await rejection(importDoc(structuredClone(DEFAULT_PLAYBOOK)));
    expect(refused.fieldErrors).toEqual({ replaceDraft: [expect.stringContaining("Replace the current draft")] });
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
    expect(await db().playbookDraft.findUniqueOrThrow({ where: { organizationId: team.org.id } })).toEqual(draftBefore);

    expect(await importDoc(structuredClone(DEFAULT_PLAYBOOK), true)).toEqual({ draftVersion: 2, basedOnVersion: 1, replaced: true });
    expect((await exportPlaybookDraft(team.actors.ADMIN)).text).toBe(serializePlaybook(DEFAULT_PLAYBOOK));
  });

  const json = () => serializePlaybook(DEFAULT_PLAYBOOK);
  const mutate = (change: (doc: Record<string, unknown> & PlaybookDocument) => void) => {
    const doc = JSON.parse(json());
    change(doc);
    return JSON.stringify(doc, null, 2);
  };
  const MALFORMED: [string, () => string, { path: string; message: RegExp }[]][] = [
    ["a syntax error", () => json().replace('"format"', "format"), [{ path: "$", message: /not valid JSON/ }]],
    ["a wrong format version", () => mutate((d) => Object.assign(d, { formatVersion: 2 })), [{ path: "$.formatVersion", message: /format version 1/ }]],
    ["a duplicate clause key", () => mutate((d) => (d.clauses[4].key = d.clauses[3].key)), [{ path: "$.clauses[4].key", message: /already has the key/ }]],
    [
      "an unknown scenario reference",
      () => mutate((d) => d.clauses[2].defends.push("no-such-scenario")),
      [{ path: `$.clauses[2].defends[${DEFAULT_PLAYBOOK.clauses[2].defends.length}]`, message: /No scenario has the key "no-such-scenario"/ }],
    ],
    ["a missing section", () => mutate((d) => d.sections.pop()), [{ path: "$.sections", message: /List the 7 sections/ }]],
    ["a bad priority", () => mutate((d) => Object.assign(d.clauses[1], { priority: "URGENT" })), [{ path: "$.clauses[1].priority", message: /./ }]],
    ["an extra field", () => mutate((d) => Object.assign(d.pitches[0], { colour: "red" })), [{ path: "$.pitches[0]", message: /colour/ }]],
    ["a NUL character", () => mutate((d) => (d.steps[0].detail = "a\u0000b")), [{ path: "$.steps[0].detail", message: /cannot be stored/ }]],
  ];

  it.each(MALFORMED)("rejects a file with %s: every problem with its path, nothing written", async (_name, file, expected) => {
    await importDoc(edited());
    const before = await snapshotOrgs(team.org.id);
    const draftBefore = await db().playbookDraft.findUniqueOrThrow({ where: { organizationId: team.org.id } });
    const error = await rejection(importPlaybookDraft(team.actors.ADMIN, { organizationId: team.org.id, json: file(), replaceDraft: true }));
    expect(error.code).toBe("INVALID_INPUT");
    const problems = (error.details as { problems: { path: string; message: string }[] }).problems;
    expect(problems).toEqual(expected.map((p) => ({ path: p.path, message: expect.stringMatching(p.message) })));
    expect(error.fieldErrors?.json?.[0]).toContain(expected[0].path);
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
    expect(await db().playbookDraft.findUniqueOrThrow({ where: { organizationId: team.org.id } })).toEqual(draftBefore);
  });

  it("reports every problem of a file at once", async () => {
    const file = mutate((d) => {
      Object.assign(d.clauses[0], { priority: "URGENT" });
      d.clauses[1].title = "";
      d.scenarios[0].key = "Not A Key";
    });
    const error = await rejection(importPlaybookDraft(team.actors.ADMIN, { organizationId: team.org.id, json: file, replaceDraft: false }));
    const paths = (error.details as { problems: { path: string }[] }).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["$.clauses[0].priority", "$.clauses[1].title", "$.scenarios[0].key"]));
    expect(await db().playbookDraft.findUnique({ where: { organizationId: team.org.id } })).toBeNull();
  });
});
