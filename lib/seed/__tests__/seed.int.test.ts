import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { LAYER_KEYS } from "@/lib/domain/enums";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { DEMO_USERS, seedDemo } from "@/lib/seed/demo";
import { ensureDefaultPlaybookFor } from "@/lib/seed/playbook";
import { createOrganization } from "@/lib/test/factories";

async function tableCounts() {
  const db = getDb();
  const [orgs, users, memberships, playbooks, layers, clauses, pitches, scenarios, recommendations, clausePitches, scenarioClauses] = await Promise.all([
    db.organization.count(),
    db.user.count(),
    db.membership.count(),
    db.playbook.count(),
    db.layer.count(),
    db.clause.count(),
    db.pitch.count(),
    db.scenario.count(),
    db.recommendation.count(),
    db.clausePitch.count(),
    db.scenarioClause.count(),
  ]);
  return { orgs, users, memberships, playbooks, layers, clauses, pitches, scenarios, recommendations, clausePitches, scenarioClauses };
}

describe("demo seed", () => {
  it("is idempotent: a second and third run change nothing", async () => {
    await seedDemo(getDb());
    const afterFirst = await tableCounts();
    const second = await seedDemo(getDb());
    await seedDemo(getDb());
    expect(second.created).toBe(false);
    expect(await tableCounts()).toEqual(afterFirst);
  });

  it("creates one user per role in Demo Corp", async () => {
    await seedDemo(getDb());
    const org = await getDb().organization.findUniqueOrThrow({ where: { slug: "demo-corp" }, include: { memberships: { include: { user: true } } } });
    expect(org.name).toBe("Demo Corp");
    const byEmail = Object.fromEntries(org.memberships.map((m) => [m.user.email, m.role]));
    for (const demo of DEMO_USERS) expect(byEmail[demo.email]).toBe(demo.role);
  });
});

describe("default playbook in the database", () => {
  it("holds every layer, clause, pitch, scenario and recommendation with their links", async () => {
    const { playbook } = await createOrganization("Playbook Check");
    const db = getDb();
    const full = await db.playbook.findUniqueOrThrow({
      where: { id: playbook.id },
      include: {
        layers: { orderBy: { position: "asc" } },
        clauses: { include: { layer: true, pitches: { include: { pitch: true } }, scenarios: { include: { scenario: true } } } },
        pitches: true,
        scenarios: { include: { clauses: { include: { clause: true } } } },
        recommendations: { orderBy: { position: "asc" } },
      },
    });
    expect(full.layers.map((l) => l.key)).toEqual([...LAYER_KEYS]);
    expect(full.clauses).toHaveLength(DEFAULT_PLAYBOOK.clauses.length);
    expect(full.clauses.length).toBeGreaterThanOrEqual(25);
    expect(full.clauses.length).toBeLessThanOrEqual(35);
    expect(full.clauses.map((c) => c.key).sort()).toEqual(DEFAULT_PLAYBOOK.clauses.map((c) => c.key).sort());
    expect(full.pitches.map((p) => p.key).sort()).toEqual(DEFAULT_PLAYBOOK.pitches.map((p) => p.key).sort());
    expect(full.scenarios.map((s) => s.key).sort()).toEqual(DEFAULT_PLAYBOOK.scenarios.map((s) => s.key).sort());
    expect(full.recommendations.map((r) => r.key)).toEqual(DEFAULT_PLAYBOOK.steps.map((s) => s.key));

    for (const seed of DEFAULT_PLAYBOOK.clauses) {
      const clause = full.clauses.find((c) => c.key === seed.key)!;
      expect(clause.layer.key).toBe(seed.section);
      expect(clause.pitches.map((p) => p.pitch.key).sort()).toEqual([...seed.counters].sort());
      expect(clause.source.length).toBeGreaterThan(0);
    }
    for (const seed of DEFAULT_PLAYBOOK.scenarios) {
      const scenario = full.scenarios.find((s) => s.key === seed.key)!;
      expect(scenario.clauses.map((c) => c.clause.key).sort()).toEqual(
        DEFAULT_PLAYBOOK.clauses
          .filter((c) => c.defends.includes(seed.key))
          .map((c) => c.key)
          .sort(),
      );
      expect(scenario.clauses.length).toBeGreaterThan(0);
    }
    for (const item of [...full.layers, ...full.pitches, ...full.scenarios, ...full.recommendations]) {
      expect(item.source, `source note of ${item.key}`).toMatch(/\S/);
    }
  });

  it("does not duplicate or alter an organisation's playbook when seeded again", async () => {
    const { org, playbook } = await createOrganization("Reseed");
    const again = await ensureDefaultPlaybookFor(getDb(), org.id);
    expect(again.id).toBe(playbook.id);
    expect(await getDb().playbook.count({ where: { organizationId: org.id } })).toBe(1);
    expect(await getDb().clause.count({ where: { playbookId: playbook.id } })).toBe(DEFAULT_PLAYBOOK.clauses.length);
  });
});
