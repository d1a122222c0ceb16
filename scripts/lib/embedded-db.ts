import fs from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { applyMigrations } from "@/lib/db/migrations";

export interface EmbeddedDatabase {
  url: string;
  appliedMigrations: string[];
  stop(): Promise<void>;
}

/**
 * PostgreSQL compiled to WebAssembly, persisted under dataDir and served on a loopback port so
 * Prisma's pg adapter connects to it like to any server. PGlite is a single session: one socket
 * connection, and the app's pool must be max 1 (DEALPLAYBOOK_EMBEDDED_DB=1 does that).
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const appliedMigrations = await applyMigrations(db);
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 1 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    appliedMigrations,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
