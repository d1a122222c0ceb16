import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import type { Actor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiProblem, problem } from "./problem";

// Idempotency-Key on creates: the first request with a key runs and its 2xx answer is kept for a day;
// a retry with the same key and the same body gets that answer again (with `Idempotent-Replayed: true`)
// instead of creating twice. The same key with another body is refused (422); while the first request
// still runs, a retry is told to wait (409 with Retry-After). A failed first request keeps nothing, so
// the client may retry it.

export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** What a replay answers again: the body and the headers that name what was made. */
interface KeptResponse {
  body: Prisma.InputJsonValue;
  headers: Record<string, string>;
}

const KEPT_HEADERS = ["location", "etag"];

function keptHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries(KEPT_HEADERS.flatMap((name) => (headers.has(name) ? [[name, headers.get(name)!]] : [])));
}

interface IdempotentCall {
  actor: Actor;
  callerKey: string;
  key: string;
  request: Request;
  bodyText: string;
}

export async function runIdempotently({ actor, callerKey, key, request, bodyText }: IdempotentCall, invoke: () => Promise<Response>): Promise<Response> {
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new ApiProblem(
      problem("validation", "Idempotency-Key must be 1 to 255 visible ASCII characters.", {
        errors: [{ detail: "Not a valid key.", parameter: "Idempotency-Key" }],
      }),
    );
  }
  const db = getDb();
  const path = new URL(request.url).pathname;
  const requestHash = createHash("sha256").update(`${request.method} ${path}\n${bodyText}`).digest("hex");
  await db.idempotencyKey.deleteMany({ where: { callerKey, key, createdAt: { lt: new Date(Date.now() - IDEMPOTENCY_TTL_MS) } } });
  const claimed = await db.idempotencyKey.createMany({
    data: [{ organizationId: actor.organizationId, callerKey, key, method: request.method, path, requestHash }],
    skipDuplicates: true,
  });
  if (claimed.count === 0) {
    const first = await db.idempotencyKey.findUnique({ where: { callerKey_key: { callerKey, key } } });
    if (!first) throw new ApiProblem(problem("idempotency-in-progress", "Retry in a moment."), { "Retry-After": "1" });
    if (first.requestHash !== requestHash) {
      throw new ApiProblem(problem("idempotency-key-reused", "This Idempotency-Key was used for a different request. Use a new key for a new request."));
    }
    if (first.responseStatus === null) throw new ApiProblem(problem("idempotency-in-progress", "Retry in a moment."), { "Retry-After": "1" });
    const kept = first.responseBody as unknown as KeptResponse;
    return NextResponse.json(kept.body, {
      status: first.responseStatus,
      headers: { ...kept.headers, "Cache-Control": "no-store", "Idempotent-Replayed": "true" },
    });
  }
  let response: Response;
  try {
    response = await invoke();
  } catch (error) {
    await db.idempotencyKey.deleteMany({ where: { callerKey, key } });
    throw error;
  }
  if (response.status >= 200 && response.status < 300) {
    const kept: KeptResponse = { body: (await response.clone().json()) as Prisma.InputJsonValue, headers: keptHeaders(response.headers) };
    await db.idempotencyKey.update({
      where: { callerKey_key: { callerKey, key } },
      data: { responseStatus: response.status, responseBody: kept as unknown as Prisma.InputJsonValue },
    });
  } else {
    await db.idempotencyKey.deleteMany({ where: { callerKey, key } });
  }
  return response;
}
