import { getDb, type Db } from "@/lib/db";
import type { WebhookEventType } from "@/lib/domain/enums";
import { webhookRetryDelayMs } from "./backoff";
import { WEBHOOK_EVENT_NAME } from "./events";
import { openWebhookSecret } from "./secret-box";
import { postWebhook } from "./send";
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, signatureHeader } from "./signature";

// Sends the deliveries written with the changes they report (lib/webhooks/emit.ts). Any process may
// run it, and several at once: a delivery is claimed with FOR UPDATE SKIP LOCKED and a lease (its
// nextAttemptAt moves past the attempt), so each attempt is made by one process. Runs right after a
// change wrote deliveries (`deliverWebhooksAfterCommit`) and every minute (the `webhook-deliver` job).

const BATCH = 20;
const LEASE_MS = 5 * 60_000;

interface Claimed {
  id: string;
  eventId: string;
  eventType: WebhookEventType;
  payload: unknown;
  attempts: number;
  url: string;
  secretEncrypted: string;
}

async function claimDue(db: Db, now: Date): Promise<Claimed[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  // An inactive endpoint's deliveries wait (they go out if it is switched back on); a deleted one's went with it.
  return db.$queryRaw<Claimed[]>`
    UPDATE "WebhookDelivery" d SET "nextAttemptAt" = ${leaseUntil}
    FROM "Webhook" w
    WHERE w."id" = d."webhookId" AND d."id" IN (
      SELECT c."id" FROM "WebhookDelivery" c JOIN "Webhook" h ON h."id" = c."webhookId"
      WHERE c."status" = 'PENDING' AND c."nextAttemptAt" <= ${now} AND h."active"
      ORDER BY c."nextAttemptAt", c."id"
      LIMIT ${BATCH}
      FOR UPDATE OF c SKIP LOCKED)
    RETURNING d."id", d."eventId", d."eventType"::text AS "eventType", d."payload", d."attempts", w."url", w."secretEncrypted"`;
}

function attempt(delivery: Claimed, now: Date) {
  const body = JSON.stringify(delivery.payload);
  let secret: string;
  try {
    secret = openWebhookSecret(delivery.secretEncrypted);
  } catch (error) {
    return Promise.resolve({ status: null, error: (error as Error).message });
  }
  return postWebhook(delivery.url, body, {
    [SIGNATURE_HEADER]: signatureHeader(secret, body, now),
    [EVENT_ID_HEADER]: delivery.eventId,
    [EVENT_TYPE_HEADER]: WEBHOOK_EVENT_NAME[delivery.eventType],
  });
}

async function sendOne(db: Db, delivery: Claimed, now: Date): Promise<void> {
  const outcome = await attempt(delivery, now);
  const attempts = delivery.attempts + 1;
  const recorded = { attempts, lastAttemptAt: now, lastResponseStatus: outcome.status, lastError: outcome.error?.slice(0, 500) ?? null };
  if (!outcome.error) {
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { ...recorded, status: "SUCCEEDED", deliveredAt: now, nextAttemptAt: null } });
    return;
  }
  const delay = webhookRetryDelayMs(attempts);
  await db.webhookDelivery.update({
    where: { id: delivery.id },
    data: delay === null ? { ...recorded, status: "FAILED", nextAttemptAt: null } : { ...recorded, nextAttemptAt: new Date(now.getTime() + delay) },
  });
}

/** Sends every delivery due at `now`; returns how many were tried. */
export async function deliverDueWebhooks(now = new Date(), db: Db = getDb()): Promise<number> {
  let tried = 0;
  for (;;) {
    const batch = await claimDue(db, now);
    await Promise.all(batch.map((delivery) => sendOne(db, delivery, now)));
    tried += batch.length;
    if (batch.length < BATCH) return tried;
  }
}

const globalForWebhooks = globalThis as unknown as {
  __dpWebhooksRunning?: Promise<number>;
  __dpWebhooksAgain?: boolean;
  __dpWebhooksWaiting?: Set<Promise<void>>;
};

/** Runs a delivery in the background, one run at a time per process (a call during a run asks for one more after it). */
export function deliverWebhooksSoon(): void {
  if (globalForWebhooks.__dpWebhooksRunning) {
    globalForWebhooks.__dpWebhooksAgain = true;
    return;
  }
  globalForWebhooks.__dpWebhooksAgain = false;
  globalForWebhooks.__dpWebhooksRunning = deliverDueWebhooks()
    .catch((error) => {
      console.error("[webhooks] delivery run failed:", (error as Error)?.message ?? error);
      return 0;
    })
    .finally(() => {
      globalForWebhooks.__dpWebhooksRunning = undefined;
      if (globalForWebhooks.__dpWebhooksAgain) setImmediate(deliverWebhooksSoon);
    });
}

const POLL_MS = 100;
// Longer than any transaction may run (lib/db.ts): rows not visible by then were rolled back.
const GIVE_UP_MS = 35_000;

async function untilVisible(deliveryIds: string[]): Promise<boolean> {
  const started = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if ((await getDb().webhookDelivery.count({ where: { id: { in: deliveryIds } } })) > 0) return true;
    if (Date.now() - started > GIVE_UP_MS) return false;
  }
}

/**
 * Called inside the transaction that wrote these deliveries: sends them once it committed. The change
 * may be any deal change (many services, from the app and the API), so rather than each caller saying
 * when it committed, this waits until the rows are visible outside the transaction. A rolled-back
 * change's rows never are; the minute job sends anything this misses.
 */
export function deliverWebhooksAfterCommit(deliveryIds: string[]): void {
  if (!deliveryIds.length) return;
  const waiting = (globalForWebhooks.__dpWebhooksWaiting ??= new Set());
  const wait: Promise<void> = untilVisible(deliveryIds)
    .then((visible) => {
      if (visible) deliverWebhooksSoon();
    })
    .catch((error) => console.error("[webhooks] waiting for a change to commit failed:", (error as Error)?.message ?? error))
    .finally(() => waiting.delete(wait));
  waiting.add(wait);
}

/** Resolves when this process has no delivery run in progress or waiting for a commit (tests). */
export async function webhookDeliveryIdle(): Promise<void> {
  for (;;) {
    const waiting = [...(globalForWebhooks.__dpWebhooksWaiting ?? [])];
    if (waiting.length) await Promise.all(waiting);
    else if (globalForWebhooks.__dpWebhooksRunning) await globalForWebhooks.__dpWebhooksRunning;
    else if (globalForWebhooks.__dpWebhooksAgain) await new Promise((resolve) => setImmediate(resolve));
    else return;
  }
}
