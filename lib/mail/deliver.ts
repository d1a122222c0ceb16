import nodemailer, { type Transporter } from "nodemailer";
import { getDb, type Db } from "@/lib/db";
import { mailFrom, mailMode, smtpUrl } from "@/lib/mail/config";
import { nextAttemptDelayMs, SENDING_LEASE_MS, withoutTokenLinks } from "@/lib/mail/retry";

// Delivers queued messages (lib/mail/queue.ts). Any process may run it, and several at once: a
// message is claimed with FOR UPDATE SKIP LOCKED and a lease, so each is sent by one process. Runs
// right after an action queued mail (`deliverSoon`) and every minute for retries (the `mail-deliver`
// job, lib/jobs/).

const BATCH = 20;

interface Claimed {
  id: string;
  toAddress: string;
  subject: string;
  text: string;
  attempts: number;
}

const globalForMail = globalThis as unknown as {
  __dpMailTransport?: Transporter;
  __dpMailRunning?: Promise<number>;
  __dpMailAgain?: boolean;
};

function transport(): Transporter {
  globalForMail.__dpMailTransport ??= nodemailer.createTransport(smtpUrl()!, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return globalForMail.__dpMailTransport;
}

async function claimDue(db: Db, now: Date): Promise<Claimed[]> {
  const leaseUntil = new Date(now.getTime() + SENDING_LEASE_MS);
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" m SET "status" = 'SENDING', "attempts" = m."attempts" + 1, "nextAttemptAt" = ${leaseUntil}
    WHERE m."id" IN (
      SELECT o."id" FROM "OutboxMessage" o
      WHERE o."status" IN ('PENDING', 'SENDING') AND o."nextAttemptAt" <= ${now}
      ORDER BY o."nextAttemptAt", o."id"
      LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED)
    RETURNING m."id", m."toAddress", m."subject", m."text", m."attempts"`;
}

async function sendOne(db: Db, message: Claimed): Promise<void> {
  if (mailMode() === "outbox") {
    await db.outboxMessage.update({ where: { id: message.id }, data: { status: "STORED", sentAt: new Date(), lastError: null } });
    return;
  }
  try {
    await transport().sendMail({ from: mailFrom(), to: message.toAddress, subject: message.subject, text: message.text });
    await db.outboxMessage.update({
      where: { id: message.id },
      data: { status: "SENT", sentAt: new Date(), lastError: null, text: withoutTokenLinks(message.text) },
    });
  } catch (error) {
    const delay = nextAttemptDelayMs(message.attempts);
    const lastError = String((error as Error)?.message ?? error).slice(0, 500);
    console.error(`[mail] sending ${message.id} failed (attempt ${message.attempts}): ${lastError}`);
    await db.outboxMessage.update({
      where: { id: message.id },
      data: delay === null ? { status: "FAILED", lastError } : { status: "PENDING", lastError, nextAttemptAt: new Date(Date.now() + delay) },
    });
  }
}

/** Sends every message that is due now; returns how many were tried. */
export async function deliverDueEmails(now = new Date(), db: Db = getDb()): Promise<number> {
  let tried = 0;
  for (;;) {
    const batch = await claimDue(db, now);
    for (const message of batch) await sendOne(db, message);
    tried += batch.length;
    if (batch.length < BATCH) return tried;
  }
}

/** After a transaction that queued mail committed: deliver in the background, never awaited by the action. */
export function deliverSoon(): void {
  // One run at a time per process; a call during a run asks for one more run after it (the run in
  // progress may have missed the new message).
  if (globalForMail.__dpMailRunning) {
    globalForMail.__dpMailAgain = true;
    return;
  }
  globalForMail.__dpMailAgain = false;
  globalForMail.__dpMailRunning = deliverDueEmails()
    .catch((error) => {
      console.error("[mail] delivery run failed:", (error as Error)?.message ?? error);
      return 0;
    })
    .finally(() => {
      globalForMail.__dpMailRunning = undefined;
      if (globalForMail.__dpMailAgain) setImmediate(deliverSoon);
    });
}

/** Resolves when this process has no delivery run in progress (tests). */
export async function deliveryIdle(): Promise<void> {
  while (globalForMail.__dpMailRunning || globalForMail.__dpMailAgain) {
    await (globalForMail.__dpMailRunning ?? new Promise<unknown>((resolve) => setImmediate(resolve)));
  }
}
