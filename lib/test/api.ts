import { getDb } from "@/lib/db";
import { ROLES, type ApiScope, type ApiTokenKind, type Role } from "@/lib/domain/enums";
import type { createTeam } from "@/lib/test/factories";
import { newTokenSecret } from "@/lib/api/token-secret";
import { API_ROUTES } from "@/lib/api/routes";

// Integration tests call the /api/v1 handlers as the server would (no Next server): the route is found
// in the registry by method and path template, and handed a real Request.

export interface TestTokenOptions {
  organizationId: string;
  ownerId: string;
  scopes?: ApiScope[];
  kind?: ApiTokenKind;
  name?: string;
  expiresAt?: Date | null;
  revokedAt?: Date | null;
}

/** A token row made directly (the UI's own tests go through the service); returns the secret. */
export async function createTestToken(options: TestTokenOptions): Promise<{ id: string; secret: string }> {
  const { secret, hash, prefix } = newTokenSecret();
  const token = await getDb().apiToken.create({
    data: {
      organizationId: options.organizationId,
      ownerId: options.ownerId,
      createdById: options.ownerId,
      kind: options.kind ?? "PERSONAL",
      name: options.name ?? "test token",
      prefix,
      tokenHash: hash,
      scopes: options.scopes ?? ["READ", "WRITE"],
      expiresAt: options.expiresAt ?? null,
      revokedAt: options.revokedAt ?? null,
    },
  });
  return { id: token.id, secret };
}

/** For a test team: a read token and a read+write token per role, another organisation's, a revoked and an expired one (secrets). */
export async function createRoleTokens(team: Awaited<ReturnType<typeof createTeam>>) {
  const read = {} as Record<Role, string>;
  const write = {} as Record<Role, string>;
  for (const role of ROLES) {
    read[role] = (await createTestToken({ organizationId: team.org.id, ownerId: team.users[role].id, scopes: ["READ"] })).secret;
    write[role] = (await createTestToken({ organizationId: team.org.id, ownerId: team.users[role].id, scopes: ["READ", "WRITE"] })).secret;
  }
  const foreign = (await createTestToken({ organizationId: team.otherOrg.id, ownerId: team.foreignAdmin.userId })).secret;
  const revoked = (await createTestToken({ organizationId: team.org.id, ownerId: team.users.ADMIN.id, revokedAt: new Date() })).secret;
  const expired = (await createTestToken({ organizationId: team.org.id, ownerId: team.users.ADMIN.id, expiresAt: new Date(Date.now() - 1000) })).secret;
  return { read, write, foreign, revoked, expired };
}

export interface ApiCall {
  token?: string;
  body?: unknown;
  /** Sent as is (no JSON encoding), e.g. a manifest or a DOCX. */
  rawBody?: BodyInit;
  headers?: Record<string, string>;
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- whatever the endpoint answered
}

/** `callApi("GET", "/api/v1/deals?limit=2", { token })`. */
export async function callApi(method: string, url: string, call: ApiCall = {}): Promise<ApiAnswer> {
  const full = new URL(url, "http://test.local");
  const match = findRoute(method, full.pathname);
  if (!match) throw new Error(`No API route for ${method} ${full.pathname}`);
  const headers: Record<string, string> = { ...call.headers };
  if (call.token !== undefined) headers.authorization ??= `Bearer ${call.token}`;
  let body: BodyInit | undefined = call.rawBody;
  if (call.body !== undefined) {
    body = JSON.stringify(call.body);
    headers["content-type"] ??= "application/json";
  }
  if (body !== undefined && typeof body === "string") headers["content-length"] ??= String(Buffer.byteLength(body));
  const request = new Request(full, { method, headers, body });
  const response = await match.route.handle(request, { params: Promise.resolve(match.params) });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json };
}

function findRoute(method: string, pathname: string) {
  for (const route of API_ROUTES) {
    if (route.spec.method !== method.toUpperCase()) continue;
    const names: string[] = [];
    const pattern = new RegExp(
      `^/api/v1${route.spec.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), "([^/]+)"))}$`,
    );
    const found = pattern.exec(pathname);
    if (found) return { route, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])])) };
  }
  return null;
}
