import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// One Prisma client per process, created on first use: `next build` imports route modules while
// collecting page data, and an eagerly built client would need DATABASE_URL at build time.

const globalForDb = globalThis as unknown as { __dealplaybookDb?: PrismaClient };

/** The embedded PGlite database serves exactly one session; everything else gets a normal pool. */
export function isEmbeddedDatabase(): boolean {
  return process.env.DEALPLAYBOOK_EMBEDDED_DB === "1";
}

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  const embedded = isEmbeddedDatabase();
  const adapter = new PrismaPg({
    connectionString,
    max: embedded ? 1 : Number(process.env.DATABASE_POOL_SIZE ?? 10),
    idleTimeoutMillis: embedded ? 0 : 10_000,
  });
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

export async function disconnectDb(): Promise<void> {
  const client = globalForDb.__dealplaybookDb;
  globalForDb.__dealplaybookDb = undefined;
  await client?.$disconnect();
}

export type Db = PrismaClient;
export type { Prisma } from "@/lib/generated/prisma/client";
