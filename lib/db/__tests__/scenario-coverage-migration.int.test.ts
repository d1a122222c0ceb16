import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations, MIGRATIONS_DIR } from "@/lib/db/migrations";

// Migration 20261201181000 turns the positional scenario mask and heat-map letters of an existing
// (embedded) database into keyed data, and the 8-slot scenario tallies into "ScenarioTally" rows.
// A database migrated up to the one before it gets deals written the old way, then the migration.

const MIGRATION = "20261201181000_scenario_coverage_as_data";

let lite: PGlite;

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  return (await lite.query<T>(sql, params)).rows[0];
}

beforeAll(async () => {
  const before = fs.mkdtempSync(path.join(os.tmpdir(), "dp-migrations-"));
  for (const m of listMigrations().filter((m) => m.name < MIGRATION)) {
    fs.mkdirSync(path.join(before, m.name));
    fs.writeFileSync(path.join(before, m.name, "migration.sql"), m.sql);
  }
  lite = await PGlite.create();
  await applyMigrations(lite, before);
  fs.rmSync(before, { recursive: true });

  await lite.exec(`
    INSERT INTO "Organization" ("id", "name", "slug") VALUES ('org', 'Org', 'org');
    INSERT INTO "User" ("id", "email", "name") VALUES ('u', 'u@example.com', 'U');
    INSERT INTO "Playbook" ("id", "organizationId", "version", "name", "isCurrent") VALUES ('pb1', 'org', 1, 'v1', false), ('pb2', 'org', 2, 'v2', true);
    -- v1: four scenarios; v2: "b" retired, "e" added, positions not starting at 0 (bits follow the order, not the number).
    INSERT INTO "Scenario" ("id", "playbookId", "key", "title", "position", "story", "whatWentWrong", "ifUncovered", "source") VALUES
      ('s1a', 'pb1', 'a', 'A', 0, '', '', '', ''), ('s1b', 'pb1', 'b', 'B', 1, '', '', '', ''),
      ('s1c', 'pb1', 'c', 'C', 2, '', '', '', ''), ('s1d', 'pb1', 'd', 'D', 3, '', '', '', ''),
      ('s2a', 'pb2', 'a', 'A', 10, '', '', '', ''), ('s2c', 'pb2', 'c', 'C', 11, '', '', '', ''),
      ('s2d', 'pb2', 'd', 'D', 12, '', '', '', ''), ('s2e', 'pb2', 'e', 'E', 13, '', '', '', '');
    INSERT INTO "Deal" ("id", "organizationId", "playbookId", "name", "vendor", "hostingModel", "ownerId", "updatedAt", "scenariosCoveredMask", "heatCells", "archivedAt") VALUES
      ('d1', 'org', 'pb1', 'One', 'V', 'VENDOR_HOSTED', 'u', now(), 5, 'bopsnoo', NULL),   -- covers a, c
      ('d2', 'org', 'pb2', 'Two', 'V', 'VENDOR_HOSTED', 'u', now(), 10, 'sssssss', NULL),  -- covers c, e
      ('d3', 'org', 'pb1', 'Three', 'V', 'VENDOR_HOSTED', 'u', now(), 0, '', NULL),        -- never computed
      ('d4', 'org', 'pb2', 'Four', 'V', 'VENDOR_HOSTED', 'u', now(), 15, 'ooooooo', now()); -- archived
  `);
  expect(await applyMigrations(lite)).toEqual([
    MIGRATION,
    ...listMigrations(MIGRATIONS_DIR)
      .filter((m) => m.name > MIGRATION)
      .map((m) => m.name),
  ]);
}, 120_000);

afterAll(async () => {
  await lite?.close();
});

describe("migration 20261201181000 on a database with deals written the old way", () => {
  it("turns each computed deal's mask into {scenarioKey: covered} over its own version's scenarios", async () => {
    const { rows } = await lite.query<{ id: string; scenarioCoverage: unknown }>(`SELECT "id", "scenarioCoverage" FROM "Deal" ORDER BY "id"`);
    expect(rows).toEqual([
      { id: "d1", scenarioCoverage: { a: true, b: false, c: true, d: false } },
      { id: "d2", scenarioCoverage: { a: false, c: true, d: false, e: true } },
      { id: "d3", scenarioCoverage: {} },
      { id: "d4", scenarioCoverage: { a: true, c: true, d: true, e: true } },
    ]);
  });

  it("keys the heat-map letters by section; a deal never computed keeps {} for the start-up backfill", async () => {
    const { rows } = await lite.query<{ id: string; heatCells: unknown }>(`SELECT "id", "heatCells" FROM "Deal" WHERE "id" IN ('d1', 'd3') ORDER BY "id"`);
    expect(rows).toEqual([
      {
        id: "d1",
        heatCells: {
          "training-data": "b",
          "base-model": "o",
          "weights-artifacts": "p",
          "derived-data": "s",
          outputs: "n",
          "know-how": "o",
          "deployment-exit": "o",
        },
      },
      { id: "d3", heatCells: {} },
    ]);
  });

  it("recounts the tallies per scenario key over live deals, and drops the positional columns", async () => {
    const { rows } = await lite.query(`SELECT "scenarioKey", "deals", "covered" FROM "ScenarioTally" WHERE "organizationId" = 'org' ORDER BY 1`);
    expect(rows).toEqual([
      { scenarioKey: "a", deals: 2, covered: 1 },
      { scenarioKey: "b", deals: 1, covered: 0 },
      { scenarioKey: "c", deals: 2, covered: 2 },
      { scenarioKey: "d", deals: 2, covered: 0 },
      { scenarioKey: "e", deals: 1, covered: 1 },
    ]);
    expect(await one(`SELECT sum("deals")::int AS deals FROM "PortfolioTally" WHERE "organizationId" = 'org'`)).toEqual({ deals: 3 });
    const columns = await lite.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE (table_name, column_name) IN (('Deal', 'scenariosCoveredMask'), ('PortfolioTally', 'scenariosCovered'))`,
    );
    expect(columns.rows).toEqual([]);
  });

  it("keeps the tallies by trigger afterwards: archiving a deal takes its coverage out", async () => {
    await lite.exec(`UPDATE "Deal" SET "archivedAt" = now() WHERE "id" = 'd1'`);
    const { rows } = await lite.query(
      `SELECT "scenarioKey", "deals", "covered" FROM "ScenarioTally" WHERE "organizationId" = 'org' AND "deals" <> 0 ORDER BY 1`,
    );
    expect(rows).toEqual([
      { scenarioKey: "a", deals: 1, covered: 0 },
      { scenarioKey: "c", deals: 1, covered: 1 },
      { scenarioKey: "d", deals: 1, covered: 0 },
      { scenarioKey: "e", deals: 1, covered: 1 },
    ]);
  });
});
