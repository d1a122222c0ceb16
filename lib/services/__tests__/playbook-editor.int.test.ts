import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import { ROLES, type Role } from "@/lib/domain/enums";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import type { PlaybookClause } from "@/lib/playbook/format";
import { getPlaybookDraft } from "@/lib/services/playbook-draft";
import * as editor from "@/lib/services/playbook-editor";
import { appErrorOf } from "@/lib/test/app-error";
import { snapshotOrgs, watchAudit } from "@/lib/test/db-snapshot";
import { createTestDeal } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";

type Team = Awaited<ReturnType<typeof createTeam>>;
let team: Team;
let admin: Actor;

beforeAll(async () => {
  team = await createTeam();
  admin = team.actors.ADMIN;
});

/** Every test starts from a fresh draft of the team's current version (version 1). */
async function freshDraft() {
  await getDb().playbookDraft.deleteMany({ where: { organizationId: { in: [team.org.id, team.otherOrg.id] } } });
  await editor.startPlaybookDraft(admin, { organizationId: team.org.id });
}

beforeEach(freshDraft);

const ref = (draftVersion = 1) => ({ organizationId: team.org.id, draftVersion });
const firstClause = DEFAULT_PLAYBOOK.clauses[0];
const clauseFields = (c: PlaybookClause) => {
  const { key: _key, source: _source, ...fields } = c;
  return fields;
};
const draftDocument = async () => (await getPlaybookDraft(admin))!.document;

/** One valid call of every editor service, on the default playbook's draft at `draftVersion`. */
const CALLS: Record<string, (actor: Actor, draftVersion: number) => Promise<unknown>> = {
  updateDraftClause: (a, v) => editor.updateDraftClause(a, { ...ref(v), key: firstClause.key, ...clauseFields(firstClause), mustHave: "Changed." }),
  addDraftClause: (a, v) => editor.addDraftClause(a, { ...ref(v), key: null, ...clauseFields(firstClause), title: "Data residency" }),
  retireDraftClause: (a, v) => editor.retireDraftClause(a, { ...ref(v), key: firstClause.key }),
  moveDraftClause: (a, v) => editor.moveDraftClause(a, { ...ref(v), key: firstClause.key, direction: "down" }),
  updateDraftSection: (a, v) => editor.updateDraftSection(a, { ...ref(v), sectionKey: "outputs", title: "Outputs", summary: "What it makes." }),
  addDraftScenario: (a, v) =>
    editor.addDraftScenario(a, { ...ref(v), key: null, title: "Residency breach", story: "Data left.", whatWentWrong: "No clause.", ifUncovered: "Fines." }),
  updateDraftScenario: (a, v) =>
    editor.updateDraftScenario(a, {
      ...ref(v),
      key: "vendor-collapse",
      title: "Vendor collapse",
      story: "Gone.",
      whatWentWrong: "No escrow.",
      ifUncovered: "Gone.",
    }),
  removeDraftScenario: (a, v) => editor.removeDraftScenario(a, { ...ref(v), key: "vendor-collapse" }),
  addDraftPitch: (a, v) =>
    editor.addDraftPitch(a, {
      ...ref(v),
      key: "we-host",
      quote: "We host it.",
      danger: "No weights.",
      counter: "Deliver them.",
      section: "outputs",
      phrases: ["we host"],
    }),
  updateDraftPitch: (a, v) =>
    editor.updateDraftPitch(a, {
      ...ref(v),
      key: "trust-us",
      quote: "Trust us.",
      danger: "Nothing written.",
      counter: "Write it.",
      section: "outputs",
      phrases: [],
    }),
  removeDraftPitch: (a, v) => editor.removeDraftPitch(a, { ...ref(v), key: "trust-us" }),
  addDraftStep: (a, v) => editor.addDraftStep(a, { ...ref(v), key: null, title: "Sign", detail: "Sign it." }),
  updateDraftStep: (a, v) => editor.updateDraftStep(a, { ...ref(v), key: "plan-exit", title: "Plan the exit", detail: "Early." }),
  removeDraftStep: (a, v) => editor.removeDraftStep(a, { ...ref(v), key: "plan-exit" }),
  moveDraftStep: (a, v) => editor.moveDraftStep(a, { ...ref(v), key: "plan-exit", direction: "up" }),
  discardPlaybookDraft: (a, v) => editor.discardPlaybookDraft(a, ref(v)),
};

describe("starting a draft", () => {
  it("copies the current version, once, audited", async () => {
    await getDb().playbookDraft.deleteMany({ where: { organizationId: team.org.id } });
    expect((await editor.getPlaybookEditor(admin)).draft).toBeNull();
    const audit = await watchAudit(team.org.id);
    expect(await editor.startPlaybookDraft(admin, { organizationId: team.org.id })).toEqual({ draftVersion: 1, key: null });
    const draft = await getPlaybookDraft(admin);
    expect(draft).toMatchObject({ basedOnVersion: 1, version: 1 });
    // (The version's rows list a clause's scenarios and pitches in their own order, not the file's.)
    const sortedRefs = (doc: typeof DEFAULT_PLAYBOOK) => ({
      ...doc,
      clauses: doc.clauses.map((c) => ({ ...c, defends: [...c.defends].sort(), counters: [...c.counters].sort() })),
    });
    expect(sortedRefs(draft!.document)).toEqual(sortedRefs(DEFAULT_PLAYBOOK));
    expect((await audit.added()).map((e) => [e.action, e.entityType, e.entityId, e.actorId])).toEqual([
      ["playbook.draft-started", "PlaybookDraft", team.org.id, admin.userId],
    ]);

    const before = await snapshotOrgs(team.org.id);
    expect((await appErrorOf(editor.startPlaybookDraft(admin, { organizationId: team.org.id }))).code).toBe("CONFLICT");
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
  });
});

describe("each edit persists in the draft, with its audit event", () => {
  it("clauses: edit the must-have, add one with a rule, move, retire", async () => {
    const audit = await watchAudit(team.org.id);
    const rule = { effect: "RAISE_PRIORITY" as const, when: { regulatedSector: true }, priority: "MUST_HAVE" as const, reason: "Regulators ask for it." };
    await editor.updateDraftClause(admin, { ...ref(1), key: firstClause.key, ...clauseFields(firstClause), mustHave: "Every byte stays ours." });
    const added = await editor.addDraftClause(admin, {
      ...ref(2),
      key: null,
      ...clauseFields(firstClause),
      title: "Data stays in the EU",
      section: "deployment-exit",
      priority: "IMPORTANT",
      rules: [rule],
      defends: ["vendor-collapse"],
    });
    expect(added).toEqual({ draftVersion: 3, key: "data-stays-in-the-eu" });
    await editor.moveDraftClause(admin, { ...ref(3), key: "data-stays-in-the-eu", direction: "up" });
    const retired = DEFAULT_PLAYBOOK.clauses[1].key;
    expect(await editor.retireDraftClause(admin, { ...ref(4), key: retired })).toEqual({ draftVersion: 5, key: retired });

    const doc = await draftDocument();
    expect(doc.clauses.find((c) => c.key === firstClause.key)?.mustHave).toBe("Every byte stays ours.");
    const exit = doc.clauses.filter((c) => c.section === "deployment-exit").map((c) => c.key);
    const defaultExit = DEFAULT_PLAYBOOK.clauses.filter((c) => c.section === "deployment-exit").map((c) => c.key);
    expect(exit).toEqual([...defaultExit.slice(0, -1), "data-stays-in-the-eu", defaultExit.at(-1)]);
    expect(doc.clauses.find((c) => c.key === "data-stays-in-the-eu")).toMatchObject({ rules: [rule], defends: ["vendor-collapse"], priority: "IMPORTANT" });
    expect(doc.clauses.some((c) => c.key === retired)).toBe(false);
    expect((await getPlaybookDraft(admin))!.version).toBe(5);

    const events = await audit.added();
    expect(events.map((e) => e.action)).toEqual([
      "playbook.draft-clause-updated",
      "playbook.draft-clause-added",
      "playbook.draft-clause-moved",
      "playbook.draft-clause-retired",
    ]);
    expect(events[0].before).toMatchObject({ key: firstClause.key, mustHave: firstClause.mustHave });
    expect(events[0].after).toMatchObject({ key: firstClause.key, mustHave: "Every byte stays ours." });
    expect(events[1].before).toBeNull();
    expect(events[3]).toMatchObject({ before: { key: retired }, after: null, entityType: "PlaybookDraft", entityId: team.org.id });
  });

  it("scenarios, pitches, steps and sections, with references stripped on removal", async () => {
    await editor.addDraftScenario(admin, {
      ...ref(1),
      key: null,
      title: "Residency breach",
      story: "Data left.",
      whatWentWrong: "No clause.",
      ifUncovered: "Fines.",
    });
    await editor.updateDraftScenario(admin, {
      ...ref(2),
      key: "residency-breach",
      title: "Residency breach",
      story: "Data left the EU.",
      whatWentWrong: "No clause.",
      ifUncovered: "Fines.",
    });
    await editor.removeDraftScenario(admin, { ...ref(3), key: "vendor-collapse" });
    await editor.addDraftPitch(admin, {
      ...ref(4),
      key: null,
      quote: "We host it for you.",
      danger: "No weights.",
      counter: "Deliver them.",
      section: "deployment-exit",
      phrases: ["host it for you"],
    });
    await editor.updateDraftPitch(admin, {
      ...ref(5),
      key: "we-host-it-for-you",
      quote: "We host it for you.",
      danger: "No weights.",
      counter: "Deliver them.",
      section: "deployment-exit",
      phrases: ["host it for you", "managed hosting"],
    });
    await editor.removeDraftPitch(admin, { ...ref(6), key: "trust-us" });
    await editor.addDraftStep(admin, { ...ref(7), key: "sign", title: "Sign", detail: "Sign it." });
    await editor.updateDraftStep(admin, { ...ref(8), key: "sign", title: "Sign", detail: "Sign both copies." });
    await editor.moveDraftStep(admin, { ...ref(9), key: "sign", direction: "up" });
    await editor.removeDraftStep(admin, { ...ref(10), key: "plan-exit" });
    await editor.updateDraftSection(admin, { ...ref(11), sectionKey: "outputs", title: "Outputs and results", summary: "What the model produces." });

    const doc = await draftDocument();
    expect(doc.scenarios.map((s) => s.key)).toEqual([
      ...DEFAULT_PLAYBOOK.scenarios.map((s) => s.key).filter((k) => k !== "vendor-collapse"),
      "residency-breach",
    ]);
    expect(doc.scenarios.at(-1)?.story).toBe("Data left the EU.");
    expect(doc.clauses.some((c) => c.defends.includes("vendor-collapse"))).toBe(false);
    expect(doc.pitches.find((p) => p.key === "we-host-it-for-you")?.phrases).toEqual(["host it for you", "managed hosting"]);
    expect(doc.clauses.some((c) => c.counters.includes("trust-us"))).toBe(false);
    const steps = DEFAULT_PLAYBOOK.steps.map((s) => s.key).filter((k) => k !== "plan-exit");
    expect(doc.steps.map((s) => s.key)).toEqual([...steps.slice(0, -1), "sign", steps.at(-1)]);
    expect(doc.sections.find((s) => s.key === "outputs")).toMatchObject({ title: "Outputs and results", summary: "What the model produces." });
    expect((await getPlaybookDraft(admin))!.version).toBe(12);
  });

  it("discarding deletes the draft, audited; an edit of a discarded draft is refused", async () => {
    const audit = await watchAudit(team.org.id);
    await editor.discardPlaybookDraft(admin, ref(1));
    expect(await getPlaybookDraft(admin)).toBeNull();
    expect((await audit.added()).map((e) => e.action)).toEqual(["playbook.draft-discarded"]);
    const before = await snapshotOrgs(team.org.id);
    const error = await appErrorOf(CALLS.updateDraftClause(admin, 1));
    expect(error.code).toBe("CONFLICT");
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
    expect((await appErrorOf(CALLS.discardPlaybookDraft(admin, 1))).code).toBe("NOT_FOUND");
  });
});

describe("a stale draft version", () => {
  it.each(Object.keys(CALLS))("%s: refused with CONFLICT, nothing written", async (name) => {
    await CALLS.updateDraftSection(admin, 1); // someone else saved: the draft is at version 2
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    const error = await appErrorOf(CALLS[name](admin, 1));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/Someone else changed the playbook draft/);
    expect(error.details).toEqual({ currentVersion: 2 });
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });
});

describe("problems of an edit are field errors, and write nothing", () => {
  it.each([
    ["an unknown clause", () => editor.retireDraftClause(admin, { ...ref(), key: "no-such-clause" }), "NOT_FOUND", undefined],
    ["an unknown scenario", () => editor.removeDraftScenario(admin, { ...ref(), key: "no-such-scenario" }), "NOT_FOUND", undefined],
    ["a taken clause key", () => editor.addDraftClause(admin, { ...ref(), ...clauseFields(firstClause), key: firstClause.key }), "INVALID_INPUT", "key"],
    [
      "defending a scenario the draft lacks",
      () => editor.updateDraftClause(admin, { ...ref(), key: firstClause.key, ...clauseFields(firstClause), defends: ["ghost"] }),
      "INVALID_INPUT",
      "defends",
    ],
    [
      "moving the first step up",
      () => editor.moveDraftStep(admin, { ...ref(), key: DEFAULT_PLAYBOOK.steps[0].key, direction: "up" }),
      "INVALID_INPUT",
      "direction",
    ],
  ] as const)("%s → %s", async (_label, call, code, field) => {
    const before = await snapshotOrgs(team.org.id);
    const error = await appErrorOf(call());
    expect(error.code).toBe(code);
    if (field) expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
  });
});

describe("only admins edit the playbook", () => {
  const cases = [...Object.keys(CALLS), "startPlaybookDraft"].flatMap((name) =>
    ROLES.filter((role): role is Exclude<Role, "ADMIN"> => role !== "ADMIN").map((role) => [name, role] as const),
  );
  const call = (name: string, actor: Actor) =>
    name === "startPlaybookDraft" ? editor.startPlaybookDraft(actor, { organizationId: team.org.id }) : CALLS[name](actor, 1);

  it.each(cases)("%s as %s → FORBIDDEN, nothing changed", async (name, role) => {
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    expect((await appErrorOf(call(name, team.actors[role]))).code).toBe("FORBIDDEN");
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });

  it.each([...Object.keys(CALLS), "startPlaybookDraft"])("%s by another organisation's admin → NOT_FOUND, nothing changed", async (name) => {
    await editor.startPlaybookDraft(team.foreignAdmin, { organizationId: team.otherOrg.id });
    const before = await snapshotOrgs(team.org.id, team.otherOrg.id);
    expect((await appErrorOf(call(name, team.foreignAdmin))).code).toBe("NOT_FOUND");
    expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
  });

  it("reading the editor is refused to every other role", async () => {
    for (const role of ROLES.filter((r) => r !== "ADMIN")) {
      expect((await appErrorOf(editor.getPlaybookEditor(team.actors[role]))).code).toBe("FORBIDDEN");
    }
  });
});

describe("the draft is the organisation's own", () => {
  it("another organisation never sees it, and has its own", async () => {
    await CALLS.updateDraftClause(admin, 1);
    expect((await editor.getPlaybookEditor(team.foreignAdmin)).draft).toBeNull();
    await editor.startPlaybookDraft(team.foreignAdmin, { organizationId: team.otherOrg.id });
    const theirs = await getPlaybookDraft(team.foreignAdmin);
    expect(theirs!.document.clauses[0].mustHave).toBe(firstClause.mustHave);
    expect((await getPlaybookDraft(admin))!.document.clauses[0].mustHave).toBe("Changed.");
  });

  it("editing it never changes a published version or a deal", async () => {
    await createTestDeal(team.actors.NEGOTIATOR, { hostingModel: "SELF_HOSTED" });
    const { PlaybookDraft: draftBefore, AuditEvent: _a, counts: _c, ...before } = await snapshotOrgs(team.org.id, team.otherOrg.id);
    // Every edit once, in an order where each still finds what it names.
    const edits = ["updateDraftClause", "addDraftClause", "moveDraftClause", "updateDraftSection", "addDraftScenario", "updateDraftScenario", "addDraftPitch"];
    edits.push(
      "updateDraftPitch",
      "addDraftStep",
      "updateDraftStep",
      "moveDraftStep",
      "removeDraftStep",
      "removeDraftPitch",
      "removeDraftScenario",
      "retireDraftClause",
    );
    expect([...edits, "discardPlaybookDraft"].sort()).toEqual(Object.keys(CALLS).sort());
    for (const [i, name] of edits.entries()) await CALLS[name](admin, i + 1);
    const { PlaybookDraft: draftAfter, AuditEvent: _a2, counts: _c2, ...after } = await snapshotOrgs(team.org.id, team.otherOrg.id);
    expect(after).toEqual(before);
    expect(draftAfter).not.toEqual(draftBefore);
  });
});
