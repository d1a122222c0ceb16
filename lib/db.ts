import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

// One Prisma client per process, created on first use: `next build` imports route modules while
// collecting page data, and an eagerly built client would need DATABASE_URL at build time.

const globalForDb = globalThis as unknown as { __dealplaybookDb?: PrismaClient; __dealplaybookPool?: pg.Pool };

/** The embedded PGlite database serves exactly one session; everything else gets a normal pool. */
export function isEmbeddedDatabase(): boolean {
  return process.env.DEALPLAYBOOK_EMBEDDED_DB === "1";
}

const CONNECT_TIMEOUT_MS = 5_000;

/** DATABASE_STATEMENT_TIMEOUT_MS, 30 s by default (bulk scripts may raise it; 0 turns it off). */
export function statementTimeoutMs(): number {
  const configured = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 30_000);
  return Number.isInteger(configured) && configured >= 0 ? configured : 30_000;
}

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  const embedded = isEmbeddedDatabase();
  // Prisma and queryPrepared share this pool (and so the embedded database's single session).
  const pool = new pg.Pool({
    connectionString,
    max: embedded ? 1 : Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idleTimeoutMillis: embedded ? 0 : 10_000,
    // A database that does not answer fails the request after a few seconds instead of hanging it,
    // and no statement holds a connection (and its locks) for longer than STATEMENT_TIMEOUT_MS.
    ...(embedded ? {} : { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, statement_timeout: statementTimeoutMs() }),
  });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  globalForDb.__dealplaybookPool = pool;
  return new PrismaClient({
    adapter,
    // At one connection, transactions queue behind each other: give them room to wait.
    transactionOptions: embedded ? { maxWait: 30_000, timeout: 30_000 } : { maxWait: 10_000, timeout: 15_000 },
  });
}

export function getDb(): PrismaClient {
  globalForDb.__dealplaybookDb ??= createClient();
  return globalForDb.__dealplaybookDb;
}

/** The pool under the Prisma client (the job queue runs through it on the embedded database's single session). */
export function getPool(): pg.Pool {
  getDb();
  return globalForDb.__dealplaybookPool!;
}

export async function disconnectDb(): Promise<void> {
  const client = globalForDb.__dealplaybookDb;
  globalForDb.__dealplaybookDb = undefined;
  globalForDb.__dealplaybookPool = undefined;
  await client?.$disconnect();
}

/**
 * Runs one read-only statement as a named prepared statement, so that PostgreSQL parses and plans
 * it once per connection instead of on every call. For a large statement on a hot page (the
 * portfolio's), planning cost more than running it. Outside transactions only (on the embedded
 * database's single connection it would wait for the transaction to end); rows come back as
 * node-postgres parses them (json as objects, bigint as strings). Not for a pooler in transaction
 * mode, which hands each statement to any server session.
 */
export async function queryPrepared<T>(query: Prisma.Sql): Promise<T[]> {
  getDb();
  const name = `dp_${createHash("sha1").update(query.text).digest("hex").slice(0, 20)}`;
  const values = query.values.map((v) => (v instanceof Date ? v.toISOString() : typeof v === "bigint" ? v.toString() : v));
  const client = await globalForDb.__dealplaybookPool!.connect();
  try {
    try {
      return (await client.query<T & pg.QueryResultRow>({ name, text: query.text, values })).rows;
    } catch (error) {
      // 42P05: the session already has a statement of that name, prepared by an earlier client. The
      // embedded database is one session that outlives its socket clients.
      if ((error as { code?: string }).code !== "42P05") throw error;
      await client.query(`DEALLOCATE "${name}"`);
      return (await client.query<T & pg.QueryResultRow>({ name, text: query.text, values })).rows;
    }
  } finally {
    client.release();
  }
}

export type Db = PrismaClient;
export type { Prisma } from "@/lib/generated/prisma/client";
