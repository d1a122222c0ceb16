import http from "node:http";
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";

// Talking to the running app the way a script would, without a browser: a credentials sign-in that
// keeps next-auth's cookies in the request context, and server actions posted as React's client does.

export const PASSWORD = "playbook-demo";

/** A request context signed in as `email` (GET /api/auth/csrf, then the credentials callback). */
export async function signedInContext(baseURL: string, email: string, password = PASSWORD): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  const me = await context.get("/api/v1/me");
  if (me.status() !== 200) throw new Error(`Sign-in as ${email} failed (callback ${response.status()}, /api/v1/me ${me.status()})`);
  return context;
}

export async function anonymousContext(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL });
}

export interface ActionCall {
  status: number;
  /** Where a redirect points (the sign-in redirect of proxy.ts, an action's redirect()). */
  location?: string;
  /** The action's return value, when the answer carried one. */
  result?: unknown;
  body: string;
}

/**
 * Posts a server action as React's client does: the action id in Next-Action, the arguments as a
 * JSON array (encodeReply of plain objects is JSON), this app's Origin. `body` replaces the JSON
 * array with raw text when given.
 */
export async function callAction(
  context: APIRequestContext,
  options: { baseURL: string; path: string; id: string; args?: unknown[]; body?: string; headers?: Record<string, string> },
): Promise<ActionCall> {
  const response = await context.post(options.path, {
    headers: {
      "Next-Action": options.id,
      Origin: options.baseURL,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      ...options.headers,
    },
    data: options.body ?? JSON.stringify(options.args ?? []),
    maxRedirects: 0,
    timeout: 30_000,
  });
  return readActionCall(response);
}

async function readActionCall(response: APIResponse): Promise<ActionCall> {
  const body = await response.text();
  const call: ActionCall = { status: response.status(), location: response.headers()["location"], body };
  const result = actionResult(body);
  if (result !== undefined) call.result = result;
  return call;
}

/**
 * The return value in an action's RSC answer: row 0 is `{"a": <value or "$@<row>">, …}`, a value
 * that is an object is sent in its own row (`1:{"ok":false,…}`). Undefined when there is none.
 */
export function actionResult(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1], match[2]);
  }
  const root = rows.get("0");
  if (root === undefined) return undefined;
  let value: unknown;
  try {
    value = (JSON.parse(root) as { a?: unknown }).a;
  } catch {
    return undefined;
  }
  const ref = typeof value === "string" ? /^\$@([0-9a-f]+)$/.exec(value) : null;
  if (!ref) return value;
  const row = rows.get(ref[1]);
  if (row === undefined) return undefined;
  try {
    return JSON.parse(row);
  } catch {
    return row;
  }
}

export function resultCode(result: unknown): string | undefined {
  if (result && typeof result === "object") {
    const r = result as { ok?: unknown; code?: unknown };
    if (r.ok === true) return "OK";
    if (typeof r.code === "string") return r.code;
  }
  return undefined;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A GET with the path sent byte for byte: URL parsers (Playwright's included) resolve "/a/../b" and
 * read "//deals" as a host, which is exactly what a bypass attempt must not have done for it.
 */
export function rawGet(baseURL: string, rawPath: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method: "GET", path: rawPath, headers, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`GET ${rawPath} timed out`)));
    req.on("error", reject);
    req.end();
  });
}
