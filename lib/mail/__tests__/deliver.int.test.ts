import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { deliverDueEmails, deliverSoon, deliveryIdle } from "@/lib/mail/deliver";
import { queueEmail } from "@/lib/mail/queue";
import { MAX_ATTEMPTS } from "@/lib/mail/retry";
import { invitationEmail } from "@/lib/mail/templates";
import { newToken } from "@/lib/auth/tokens";
import { cookieJar, signIn } from "@/lib/test/action-env";
import { createTeam } from "@/lib/test/factories";
import { actionNamed, loadAllActions } from "@/lib/test/load-actions";
import { startSmtpSink } from "../../../e2e/support/smtp-sink";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));
vi.mock("next/cache", () => import("@/lib/test/action-env"));

// Delivery against a real SMTP server (smtp-server, the sink the end-to-end tests use) on a free
// loopback port. Other files' leftover messages may be due too: every assertion is about this file's
// own messages (its recipients are unique).

const { actions } = await loadAllActions();

type Sink = Awaited<ReturnType<typeof startSmtpSink>>;
let sink: Sink;
let refusing: Sink;
let team: Awaited<ReturnType<typeof createTeam>>;

/** deliver.ts keeps one nodemailer transport per process, made for the SMTP_URL of the time: forget it when the URL changes. */
function useSmtpUrl(url: string | undefined) {
  if (url === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = url;
  (globalThis as { __dpMailTransport?: unknown }).__dpMailTransport = undefined;
}

/** A port nothing listens on: bound, then closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let seq = 0;
const recipient = () => `deliver-${Date.now()}-${++seq}@test.example`;

async function queueInvitation(to = recipient()) {
  const { token } = newToken();
  const email = invitationEmail({
    organizationName: "Team Org",
    inviterName: "Ada",
    role: "NEGOTIATOR",
    token,
    expiresAt: new Date(Date.now() + 7 * 86_400_000),
  });
  const { id } = await getDb().$transaction((tx) => queueEmail(tx, { kind: "invitation", to, ...email, organizationId: team.org.id }));
  return { id, to, token };
}

const message = (id: string) => getDb().outboxMessage.findUniqueOrThrow({ where: { id } });
const received = (s: Sink, to: string) => s.messages.filter((m) => m.to.includes(to));

beforeAll(async () => {
  team = await createTeam();
  sink = await startSmtpSink(0);
  refusing = await startSmtpSink(0, { refuse: true });
});

afterEach(async () => {
  await deliveryIdle();
  useSmtpUrl(undefined);
});

afterAll(async () => {
  await Promise.all([sink.close(), refusing.close()]);
});

describe("with SMTP_URL", () => {
  it("sends a queued message once, and the copy kept in the outbox loses its single-use link", async () => {
    useSmtpUrl(`smtp://127.0.0.1:${sink.port}`);
    const { id, to, token } = await queueInvitation();
    expect((await message(id)).status).toBe("PENDING");

    await deliverDueEmails();
    await deliverDueEmails();

    const got = received(sink, to);
    expect(got).toHaveLength(1);
    expect(got[0].text).toContain(`/invite/${token}`);
    const kept = await message(id);
    expect(kept).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(kept.sentAt).toBeInstanceOf(Date);
    expect(kept.text).not.toContain(token);
    expect(kept.text).toContain("/invite/[link removed after sending]");
  });

  it("two deliveries running at once send each message exactly once", async () => {
    useSmtpUrl(`smtp://127.0.0.1:${sink.port}`);
    const queued = await Promise.all(Array.from({ length: 12 }, () => queueInvitation()));

    await Promise.all([deliverDueEmails(), deliverDueEmails()]);

    for (const { id, to } of queued) {
      expect(received(sink, to), to).toHaveLength(1);
      expect(await message(id)).toMatchObject({ status: "SENT", attempts: 1 });
    }
  });

  it("a server that refuses the message: PENDING again, the error kept, the next attempt later", async () => {
    useSmtpUrl(`smtp://127.0.0.1:${refusing.port}`);
    const { id, to } = await queueInvitation();
    const before = Date.now();

    await deliverDueEmails();

    const kept = await message(id);
    expect(kept.status).toBe("PENDING");
    expect(kept.attempts).toBe(1);
    expect(kept.lastError).toMatch(/550|refuses/);
    // The first back-off is a minute (lib/mail/retry.ts).
    expect(kept.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 60_000);
    expect(received(refusing, to)).toEqual([]);
    // Not due yet: a delivery run now leaves it alone.
    await deliverDueEmails();
    expect((await message(id)).attempts).toBe(1);
  });

  it("after the last attempt the message is FAILED", async () => {
    useSmtpUrl(`smtp://127.0.0.1:${await closedPort()}`);
    const { id } = await queueInvitation();
    await getDb().outboxMessage.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });

    await deliverDueEmails();

    const kept = await message(id);
    expect(kept).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, sentAt: null });
    expect(kept.lastError).toMatch(/ECONNREFUSED|connect/i);
  });
});

describe("without SMTP_URL", () => {
  it("stores the message for /admin/outbox and sends nothing; the link stays, it is how the message reaches its reader", async () => {
    useSmtpUrl(undefined);
    const { id, to, token } = await queueInvitation();

    await deliverDueEmails();

    expect(received(sink, to)).toEqual([]);
    expect(received(refusing, to)).toEqual([]);
    const kept = await message(id);
    expect(kept).toMatchObject({ status: "STORED", attempts: 1, lastError: null });
    expect(kept.text).toContain(`/invite/${token}`);
  });
});

describe("a failing mail server never fails what queued the mail", () => {
  it("deliverSoon after a commit returns at once and swallows the failure; the message waits for its retry", async () => {
    useSmtpUrl(`smtp://127.0.0.1:${await closedPort()}`);
    const { id } = await queueInvitation();

    expect(deliverSoon()).toBeUndefined();
    await deliveryIdle();

    expect(await message(id)).toMatchObject({ status: "PENDING", attempts: 1 });
  });

  it("the retry action succeeds although the server is down; the message is FAILED again after its one more try", async () => {
    useSmtpUrl(`smtp://127.0.0.1:${await closedPort()}`);
    const { id } = await queueInvitation();
    await getDb().outboxMessage.update({ where: { id }, data: { status: "FAILED", attempts: MAX_ATTEMPTS, lastError: "earlier failure" } });
    await signIn(team.users.ADMIN.id);
    cookieJar.clear();

    const result = await actionNamed(actions, "retryOutboxMessage")({ messageId: id });
    expect(result).toEqual({ ok: true, data: { id } });

    await deliveryIdle();
    const kept = await message(id);
    expect(kept.status).toBe("FAILED");
    expect(kept.attempts).toBe(MAX_ATTEMPTS + 1);
    expect(kept.lastError).not.toBe("earlier failure");
  });
});
