import path from "node:path";
import pg from "pg";
import type { PrismaConfig } from "prisma";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma's native engines cannot be downloaded on our machines, so the CLI runs on the
// WebAssembly schema engine through adapter-pg (engine "js"). See README › Architecture.
//
// The CLI still checks that native engine files exist before generate/migrate; with engine "js"
// and engineType "client" they are never executed, so any existing file satisfies the check.
const placeholderEngine = path.resolve("package.json");
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= placeholderEngine;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= placeholderEngine;
// Prisma config disables .env loading and the schema requires DATABASE_URL even for `generate`.
process.env.DATABASE_URL ??= "postgresql://localhost:5432/dealplaybook";

const PG_CHAR_OID = 18;
const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

type QueryResult = { fields?: { dataTypeID: number }[] };

/**
 * prisma/orm#27403: through adapter-pg the WebAssembly schema engine cannot read catalog columns
 * of type "char" and name, so even `migrate deploy` fails with "Column type 'name' could not be
 * deserialized". Both are plain text on the wire; report them as text. CLI process only.
 */
function catalogColumnsAsText(res: QueryResult | undefined) {
  for (const field of res?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID || field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return res;
}

class CatalogAsTextClient extends pg.Client {
  // pg-pool calls query with a callback, adapter-pg's transactions with a promise: handle both.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last];
      args[last] = (err: unknown, res: QueryResult) => callback(err, catalogColumnsAsText(res));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    return result && typeof result.then === "function" ? result.then(catalogColumnsAsText) : result;
  }
}

/**
 * adapter-pg's executeScript splits a migration on every ";" — also inside function bodies and
 * strings — so a migration that creates a plpgsql trigger fails ("unterminated dollar-quoted
 * string"). Send each script whole instead: PostgreSQL's simple query protocol runs several
 * statements in one round trip.
 */
class WholeScriptPrismaPg extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    const driver = adapter as unknown as { client: pg.Pool; onError(error: unknown): never };
    adapter.executeScript = async (script: string) => {
      try {
        await driver.client.query(script);
      } catch (error) {
        driver.onError(error);
      }
    };
    return adapter;
  }
}

export default {
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () =>
    new WholeScriptPrismaPg({
      connectionString: process.env.DATABASE_URL,
      max: 2,
      idleTimeoutMillis: 100,
      Client: CatalogAsTextClient,
    } as pg.PoolConfig),
} satisfies PrismaConfig;
