import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, type SqlRunner } from "@/lib/db/migrations";
import { compareWithSource, listSqlSource, readRoutines, routinesFromSource, SQL_SOURCE_DIR } from "@/lib/test/sql-source";

// prisma/sql/ says what runs today; the migrations are how databases got there. A migrated database
// must hold exactly the functions and triggers of prisma/sql/: same text, none missing, none extra.
// On a change to a function, edit prisma/sql/ and copy the definition into a new migration.

let client: pg.Client;
let db: SqlRunner;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  db = { exec: (sql) => client.query(sql), query: <T>(sql: string, params?: unknown[]) => client.query(sql, params) as unknown as Promise<{ rows: T[] }> };
});

afterAll(async () => {
  await client?.end();
});

describe("prisma/sql/", () => {
  it("holds the functions and triggers of the migrated database, exactly", async () => {
    const { migrated, source } = await compareWithSource(db);
    expect(Object.keys(migrated.functions)).toContain('dp_apply_deal_tallies("Deal"[],"Deal"[])');
    expect(Object.keys(migrated.triggers)).toContain("Deal.deal_tallies_update");
    expect(source).toEqual(migrated);
  });

  it("is the same on the embedded database, migrated in-process", async () => {
    const lite = await PGlite.create();
    try {
      await applyMigrations(lite);
      const { migrated, source } = await compareWithSource(lite);
      expect(source).toEqual(migrated);
      // And the same definitions as on the PostgreSQL server.
      expect(migrated).toEqual((await compareWithSource(db)).migrated);
    } finally {
      await lite.close();
    }
  }, 120_000);

  it("tells a changed, a missing and an extra definition apart from the source", async () => {
    // Changed and missing in prisma/sql/: a copy with one body edited and one file left out.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dp-sql-source-"));
    try {
      const files = listSqlSource();
      expect(files.length).toBeGreaterThan(1);
      const edited = files.find((file) => file.name === "portfolio-tallies.sql")!;
      expect(edited.sql).toContain("'partial'");
      fs.writeFileSync(path.join(dir, edited.name), edited.sql.replace("'partial'", "'halfway'"));
      const skipped = files.find((file) => file.name === "response-clause-key.sql")!;
      for (const file of files) if (file !== edited && file !== skipped) fs.writeFileSync(path.join(dir, file.name), file.sql);
      const { migrated, source } = await compareWithSource(db, dir);
      expect(source).not.toEqual(migrated);
      const changed = Object.keys(migrated.functions).filter((name) => name in source.functions && source.functions[name] !== migrated.functions[name]);
      expect(changed).toEqual(["dp_readiness_band(integer,boolean)"]);
      expect(Object.keys(migrated.triggers).length).toBeGreaterThan(Object.keys(source.triggers).length);
      expect(skipped.name).toBeTruthy();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }

    // Extra in the database: a function a migration would add without prisma/sql/.
    await db.exec("BEGIN");
    try {
      await db.exec(`CREATE FUNCTION "dp_not_in_source"() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$`);
      const migrated = await readRoutines(db);
      const source = await routinesFromSource(db, SQL_SOURCE_DIR);
      expect(Object.keys(migrated.functions)).toContain("dp_not_in_source()");
      expect(Object.keys(source.functions)).not.toContain("dp_not_in_source()");
    } finally {
      await db.exec("ROLLBACK");
    }
  });
});
