import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import { createDatabase, startCluster, type Cluster } from "../../scripts/lib/pg-cluster.mjs";

// For specs that need a stack of their own: a PostgreSQL cluster they may stop, migrated and seeded
// with the demo data, and `next start` processes of the production build (`next build` first) on it.

const root = path.resolve(__dirname, "../..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

export async function startOwnDatabase(label: string): Promise<{ cluster: Cluster; databaseUrl: string }> {
  const cluster = await startCluster({ label });
  await createDatabase(cluster.url("postgres"), "app");
  const databaseUrl = cluster.url("app");
  const env = { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: "1", NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { cwd: root, env, stdio: "ignore" });
  return { cluster, databaseUrl };
}

export interface OwnApp {
  baseURL: string;
  /** Everything the server printed so far (its error log included). */
  output: () => string;
  stop: () => Promise<void>;
}

export async function startApp({ port, databaseUrl, env = {} }: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<OwnApp> {
  const baseURL = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(bin("next"), ["start", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
      NEXT_TELEMETRY_DISABLED: "1",
      TRUSTED_PROXY_HOPS: "0",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`${baseURL}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { baseURL, output: () => output, stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start on ${port} did not come up:\n${output}`);
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

/**
 * A client with a cookie jar that connects from a loopback address of its choice (127.0.0.2,
 * 127.0.0.3…), so that each test is a different client address to the servers.
 */
export class LoopbackClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly localAddress: string) {}

  request(
    url: string,
    { method = "GET", headers = {}, body, timeoutMs = 15_000 }: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
  ): Promise<HttpAnswer> {
    const started = Date.now();
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return new Promise((resolve, reject) => {
      const req = http.request(
        url,
        {
          method,
          localAddress: this.localAddress,
          // A declared length, as browsers send: proxy.ts refuses a chunked body without one (411).
          headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { "content-length": String(Buffer.byteLength(body)) } : {}), ...headers },
          timeout: timeoutMs,
        },
        (res) => {
          for (const line of res.headers["set-cookie"] ?? []) {
            const [pair] = line.split(";");
            const at = pair.indexOf("=");
            this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
          }
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, ms: Date.now() - started }));
        },
      );
      req.on("timeout", () => req.destroy(new Error(`${method} ${url}: no answer within ${timeoutMs} ms`)));
      req.on("error", reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }

  /** One credentials sign-in through next-auth, as the login form makes it: null when signed in, else next-auth's error. */
  async signIn(baseURL: string, email: string, password: string, headers: Record<string, string> = {}): Promise<string | null> {
    const csrf = JSON.parse((await this.request(`${baseURL}/api/auth/csrf`)).body) as { csrfToken: string };
    const answer = await this.request(`${baseURL}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: baseURL, ...headers },
      body: new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, callbackUrl: `${baseURL}/`, json: "true" }).toString(),
    });
    const { url } = JSON.parse(answer.body) as { url: string };
    return new URL(url, baseURL).searchParams.get("error");
  }
}

/** Text a user must never see: stack frames, driver and ORM error text. */
export const INTERNALS = /\bat [\w.<>]+ \(|node_modules|prisma|PrismaClient|ECONNREFUSED|ECONNRESET|57P01|Connection terminated|DriverAdapterError|pg-pool/i;
