// Types for pg-cluster.mjs, so TypeScript scripts (scripts/bench.ts) can import it.
export interface Cluster {
  port: number;
  url: (db: string) => string;
  /** The server's stderr (its log) is written here. */
  logPath: string;
  /** Current size of the log in bytes. */
  logSize: () => number;
  /** The log from byte `fromByte` (default 0) to its current end. */
  readLog: (fromByte?: number) => string;
  /** Stops the server like `pg_ctl stop -m fast` (open sessions are ended), keeping its data. */
  stopServer: () => Promise<void>;
  /** Starts it again on the same port and data. */
  startServer: () => Promise<void>;
  stop: () => Promise<void>;
}

export function findPostgresBin(): string;
export function startCluster(options?: { label?: string; extraArgs?: string[] }): Promise<Cluster>;
export function createDatabase(adminUrl: string, name: string): Promise<void>;
