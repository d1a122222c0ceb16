import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db";
import { WEBHOOK_EVENT_TYPES, type ClauseStatus, type WebhookEventType } from "@/lib/domain/enums";
import { appBaseUrl } from "@/lib/mail/config";
import { afterDealsInserted } from "@/lib/services/deal-changes";
import { logVendorResponse } from "@/lib/services/deal-clauses";
import { updateDeal } from "@/lib/services/deals";
import { decideReview } from "@/lib/services/reviews";
import { submitForReview } from "@/lib/services/submissions";
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, resendWebhookDelivery, rollWebhookSecret, updateWebhook } from "@/lib/services/webhooks";
import { appErrorOf } from "@/lib/test/app-error";
import { createTestDeal, dealInput, evidenceFor, responseInput } from "@/lib/test/deals";
import { createTeam } from "@/lib/test/factories";
import { WEBHOOK_MAX_ATTEMPTS } from "@/lib/webhooks/backoff";
import { deliverDueWebhooks, webhookDeliveryIdle } from "@/lib/webhooks/deliver";
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, verifyWebhookSignature } from "@/lib/webhooks/signature";

// Webhooks end to end against a real HTTP receiver on loopback (so this file allows private
// targets, as an on-premises deployment would): events written with the changes that cause them,
// signed deliveries, retries with back-off, re-sending, and the refusals.

interface Received {
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

const received: Received[] = [];
/** Status codes the receiver answers with, per path, in order (then 200). */
const answers = new Map<string, number[]>();
let server: Server;
let base: string;

const db = getDb();
const team = await createTeam();
const ALL = [...WEBHOOK_EVENT_TYPES];

beforeAll(async () => {
  vi.stubEnv("DEALPLAYBOOK_WEBHOOKS_ALLOW_PRIVATE", "true");
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.statusCode = answers.get(path)?.shift() ?? 200;
      if (response.statusCode >= 300 && response.statusCode < 400) response.setHeader("Location", `${base}/followed`);
      // A long answer: the sender reads 2 KB of it at most.
      response.end(path === "/long" ? "x".repeat(1_000_000) : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await webhookDeliveryIdle();
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
});

const deliveriesOf = (webhookId: string) => db.webhookDelivery.findMany({ where: { webhookId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
const receivedAt = (path: string) => received.filter((r) => r.path === path);
const sorted = (types: WebhookEventType[]) => [...types].sort();

/** Every clause of the deal at its must-have (a fixture written directly, as the service would leave them). */
async function settleEveryClause(dealId: string, userId: string) {
  await db.$transaction(async (tx) => {
    await tx.dealClause.updateMany({
      where: { dealId },
      data: { status: "MUST_HAVE_MET", ...evidenceFor("MUST_HAVE_MET"), notApplicableReason: null, updatedById: userId, version: { increment: 1 } },
    });
    await afterDealsInserted(tx, [dealId]);
  });
}

describe("events are written with the change and delivered signed", () => {
  it("a deal's life reports created, stage changes, submitted, approved, response logged and approval stale, only to subscribed endpoints", async () => {
    const all = await createWebhook(team.actors.ADMIN, { url: `${base}/all`, description: "Everything", events: ALL });
    const approvals = await createWebhook(team.actors.ADMIN, { url: `${base}/approved`, description: "", events: ["DEAL_APPROVED"] });
    // One endpoint per URL: a second would receive every event twice.
    const twice = await appErrorOf(createWebhook(team.actors.ADMIN, { url: `${base}/approved`, description: "", events: ["DEAL_CREATED"] }));
    expect(twice.fieldErrors).toEqual({ url: [expect.stringMatching(/already sends to this URL/)] });
    expect(all.secret).toMatch(/^whsec_/);
    // The secret is stored sealed, never as given.
    expect((await db.webhook.findUniqueOrThrow({ where: { id: all.id } })).secretEncrypted).not.toContain(all.secret);

    const { deal, clause } = await createTestDeal(team.actors.NEGOTIATOR, { stage: "INTAKE" });
    const moved = await updateDeal(team.actors.NEGOTIATOR, {
      ...dealInput(team.users.NEGOTIATOR.id, { stage: "NEGOTIATING" }),
      dealId: deal.id,
      version: deal.version,
    });
    expect(moved).toBeTruthy();
    await settleEveryClause(deal.id, team.users.NEGOTIATOR.id);
    const version = (await db.deal.findUniqueOrThrow({ where: { id: deal.id } })).version;
    const submission = await submitForReview(team.actors.NEGOTIATOR, { dealId: deal.id, version, note: "" });
    const review = await decideReview(team.actors.CIO, { dealId: deal.id, decision: "APPROVED", comment: "Fine." });
    expect(review.stage).toBe("APPROVED");
    const clauseNow = await db.dealClause.findUniqueOrThrow({ where: { id: clause.id }, include: { clause: { select: { key: true, title: true } } } });
    const vendorText = "We can offer a perpetual licence to the weights, not ownership.";
    const response = await logVendorResponse(
      team.actors.NEGOTIATOR,
      responseInput(clause.id, clauseNow.version, { newStatus: "IN_NEGOTIATION" as ClauseStatus, stance: "COUNTERS", offerPosition: "FALLBACK", vendorText }),
    );
    await webhookDeliveryIdle();

    const toAll = await deliveriesOf(all.id);
    expect(sorted(toAll.map((d) => d.eventType))).toEqual(
      sorted([
        "DEAL_CREATED",
        "DEAL_STAGE_CHANGED",
        "DEAL_STAGE_CHANGED",
        "DEAL_SUBMITTED",
        "DEAL_STAGE_CHANGED",
        "DEAL_APPROVED",
        "DEAL_STAGE_CHANGED",
        "RESPONSE_LOGGED",
        "APPROVAL_STALE",
      ]),
    );
    const toApprovals = await deliveriesOf(approvals.id);
    expect(toApprovals.map((d) => d.eventType)).toEqual(["DEAL_APPROVED"]);
    // One event, one id, whichever endpoint receives it.
    const approvedToAll = toAll.find((d) => d.eventType === "DEAL_APPROVED")!;
    expect(toApprovals[0].eventId).toBe(approvedToAll.eventId);

    const payloads = toAll.map((d) => d.payload as { id: string; type: string; organizationId: string; createdAt: string; data: Record<string, unknown> });
    const dealView = (stage: string, v: number) => ({
      id: deal.id,
      name: deal.name,
      vendor: deal.vendor,
      stage,
      version: v,
      url: `${appBaseUrl()}/deals/${deal.id}`,
    });
    const of = (type: string) => payloads.filter((p) => p.type === type);
    for (const p of payloads) {
      expect(p.organizationId).toBe(team.org.id);
      expect(p.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Date(p.createdAt).toISOString()).toBe(p.createdAt);
    }
    expect(of("deal.created")[0].data).toEqual({ deal: dealView("INTAKE", 1) });
    expect(of("deal.stage_changed").map((p) => [p.data.from, p.data.to])).toEqual(
      expect.arrayContaining([
        ["INTAKE", "NEGOTIATING"],
        ["NEGOTIATING", "CIO_REVIEW"],
        ["CIO_REVIEW", "APPROVED"],
        ["APPROVED", "CIO_REVIEW"],
      ]),
    );
    expect(of("deal.submitted")[0].data).toMatchObject({ submissionId: submission.id, deal: { stage: "CIO_REVIEW" } });
    expect(of("deal.approved")[0].data).toMatchObject({ approvalId: review.id, deal: { stage: "APPROVED" } });
    expect(of("deal.approval_stale")[0].data).toMatchObject({ approvalId: review.id, deal: { stage: "CIO_REVIEW" } });
    expect(of("response.logged")[0].data).toMatchObject({
      deal: { id: deal.id, stage: "CIO_REVIEW" },
      response: {
        id: response.id,
        clause: { key: clauseNow.clause.key, title: clauseNow.clause.title },
        stance: "COUNTERS",
        offerPosition: "FALLBACK",
        channel: "EMAIL",
        occurredOn: "2026-03-02",
        summary: vendorText,
      },
    });
    // Nothing beyond what the deal's page shows its readers: no author, no internal notes, no next step.
    expect(Object.keys((of("response.logged")[0].data as { response: object }).response).sort()).toEqual(
      ["channel", "clause", "id", "occurredOn", "offerPosition", "stance", "summary"].sort(),
    );

    // Delivered right after each change committed, each signed with the secret shown at creation.
    expect(toAll.every((d) => d.status === "SUCCEEDED" && d.attempts === 1 && d.lastResponseStatus === 200 && d.deliveredAt)).toBe(true);
    const got = receivedAt("/all");
    expect(got).toHaveLength(toAll.length);
    for (const request of got) {
      const verified = verifyWebhookSignature(all.secret, request.headers[SIGNATURE_HEADER.toLowerCase()] as string, request.body);
      expect(verified.ok).toBe(true);
      expect(verifyWebhookSignature(approvals.secret, request.headers[SIGNATURE_HEADER.toLowerCase()] as string, request.body).ok).toBe(false);
      const body = JSON.parse(request.body) as { id: string; type: string };
      expect(request.headers[EVENT_ID_HEADER.toLowerCase()]).toBe(body.id);
      expect(request.headers[EVENT_TYPE_HEADER.toLowerCase()]).toBe(body.type);
      expect(request.headers["content-type"]).toBe("application/json");
    }
    expect(receivedAt("/approved")).toHaveLength(1);

    // The list shows each endpoint's latest delivery.
    const listed = await listWebhooks(team.actors.ADMIN);
    expect(listed.find((w) => w.id === all.id)?.lastDelivery).toMatchObject({ status: "SUCCEEDED", responseStatus: 200 });

    // A deal change that is none of these events (a plain edit) writes nothing; a switched-off endpoint gets nothing.
    const before = await db.webhookDelivery.count({ where: { organizationId: team.org.id } });
    const current = await db.deal.findUniqueOrThrow({ where: { id: deal.id } });
    await updateDeal(team.actors.NEGOTIATOR, {
      ...dealInput(team.users.NEGOTIATOR.id, { name: "Renamed", stage: "CIO_REVIEW" }),
      dealId: deal.id,
      version: current.version,
    });
    expect(await db.webhookDelivery.count({ where: { organizationId: team.org.id } })).toBe(before);
    for (const w of [all, approvals]) {
      const row = await db.webhook.findUniqueOrThrow({ where: { id: w.id } });
      await updateWebhook(team.actors.ADMIN, {
        webhookId: w.id,
        version: row.version,
        url: row.url,
        description: row.description,
        events: row.events,
        active: false,
      });
    }
    await createTestDeal(team.actors.NEGOTIATOR);
    expect(await db.webhookDelivery.count({ where: { organizationId: team.org.id } })).toBe(before);
  });
});

describe("retries", () => {
  it("a 500 is retried after the back-off, a later 200 succeeds; after the last attempt it is FAILED; a re-send sends the event again", async () => {
    const flaky = await createWebhook(team.actors.ADMIN, { url: `${base}/flaky`, description: "Flaky", events: ["DEAL_CREATED"] });
    answers.set("/flaky", [500, 200]);
    await createTestDeal(team.actors.NEGOTIATOR);
    await webhookDeliveryIdle();
    const [first] = await deliveriesOf(flaky.id);
    expect(first).toMatchObject({ status: "PENDING", attempts: 1, lastResponseStatus: 500, lastError: "The endpoint answered 500." });
    expect(first.nextAttemptAt!.getTime() - first.lastAttemptAt!.getTime()).toBe(60_000);

    // Not due yet: nothing is sent.
    await deliverDueWebhooks(new Date(first.lastAttemptAt!.getTime() + 30_000));
    expect(receivedAt("/flaky")).toHaveLength(1);
    const later = new Date(first.lastAttemptAt!.getTime() + 61_000);
    await deliverDueWebhooks(later);
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "SUCCEEDED",
      attempts: 2,
      lastResponseStatus: 200,
      lastError: null,
      deliveredAt: later,
      nextAttemptAt: null,
    });
    const bodies = receivedAt("/flaky").map((r) => r.body);
    expect(bodies[0]).toBe(bodies[1]);
    // The retry is signed at its own time, with the same secret.
    expect(verifyWebhookSignature(flaky.secret, receivedAt("/flaky")[1].headers["dealplaybook-signature"] as string, bodies[1], { now: later }).ok).toBe(true);

    // The last attempt fails: FAILED, no next attempt.
    answers.set("/flaky", [503, 200]);
    await db.webhookDelivery.update({ where: { id: first.id }, data: { status: "PENDING", attempts: WEBHOOK_MAX_ATTEMPTS - 1, nextAttemptAt: later } });
    await deliverDueWebhooks(later);
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "FAILED",
      attempts: WEBHOOK_MAX_ATTEMPTS,
      lastResponseStatus: 503,
      nextAttemptAt: null,
    });

    // Re-send: a fresh delivery of the same event, audited; the failed one stays as it was.
    const resent = await resendWebhookDelivery(team.actors.ADMIN, { deliveryId: first.id });
    const copy = await db.webhookDelivery.findUniqueOrThrow({ where: { id: resent.id } });
    expect(copy).toMatchObject({ status: "PENDING", attempts: 0, eventId: first.eventId, eventType: "DEAL_CREATED", payload: first.payload });
    expect(await db.auditEvent.findFirst({ where: { organizationId: team.org.id, action: "webhook.delivery-resent", entityId: resent.id } })).toBeTruthy();
    await deliverDueWebhooks(new Date());
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: resent.id } })).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
    expect((await db.webhookDelivery.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("FAILED");

    // The detail page lists the deliveries newest first.
    const page = await getWebhook(team.actors.ADMIN, flaky.id);
    expect(page.deliveries.map((d) => d.id)).toEqual([resent.id, first.id]);
  });

  it("a redirect is a failed attempt and is not followed; a long answer is cut short and still succeeds", async () => {
    const moved = await createWebhook(team.actors.ADMIN, { url: `${base}/moved`, description: "", events: ["DEAL_CREATED"] });
    const long = await createWebhook(team.actors.ADMIN, { url: `${base}/long`, description: "", events: ["DEAL_CREATED"] });
    answers.set("/moved", [302]);
    await createTestDeal(team.actors.NEGOTIATOR);
    await webhookDeliveryIdle();
    expect((await deliveriesOf(moved.id))[0]).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastResponseStatus: 302,
      lastError: "The endpoint answered 302.",
    });
    expect(receivedAt("/followed")).toHaveLength(0);
    expect((await deliveriesOf(long.id))[0]).toMatchObject({ status: "SUCCEEDED", lastResponseStatus: 200 });
    for (const w of [moved, long]) await deleteWebhook(team.actors.ADMIN, { webhookId: w.id, version: 1 });
  });

  it("a rolled secret signs what is sent next; the old one no longer verifies", async () => {
    const hook = await createWebhook(team.actors.ADMIN, { url: `${base}/rolled`, description: "", events: ["DEAL_CREATED"] });
    const rolled = await rollWebhookSecret(team.actors.ADMIN, { webhookId: hook.id, version: 1 });
    expect(rolled.secret).not.toBe(hook.secret);
    await createTestDeal(team.actors.NEGOTIATOR);
    await webhookDeliveryIdle();
    const [request] = receivedAt("/rolled");
    const header = request.headers["dealplaybook-signature"] as string;
    expect(verifyWebhookSignature(rolled.secret, header, request.body).ok).toBe(true);
    expect(verifyWebhookSignature(hook.secret, header, request.body).ok).toBe(false);
    expect(await db.auditEvent.count({ where: { entityId: hook.id, action: { in: ["webhook.created", "webhook.secret-rolled"] } } })).toBe(2);
    // A stale version is refused; deleting takes the deliveries with it.
    expect((await appErrorOf(deleteWebhook(team.actors.ADMIN, { webhookId: hook.id, version: 1 }))).code).toBe("CONFLICT");
    await deleteWebhook(team.actors.ADMIN, { webhookId: hook.id, version: 2 });
    expect(await db.webhookDelivery.count({ where: { webhookId: hook.id } })).toBe(0);
  });
});

describe("targets and access", () => {
  it("without the deployment's allowance, loopback is refused at registration and at delivery", async () => {
    // Registered while allowed, by a host name that resolves to loopback (as a DNS answer might later).
    const hook = await createWebhook(team.actors.ADMIN, {
      url: `${base.replace("127.0.0.1", "localhost")}/rebound`,
      description: "",
      events: ["DEAL_CREATED"],
    });
    vi.stubEnv("DEALPLAYBOOK_WEBHOOKS_ALLOW_PRIVATE", "false");
    try {
      for (const url of [
        `${base}/x`,
        "https://127.0.0.1/x",
        "https://[::ffff:127.0.0.1]/x",
        "https://2130706433/x",
        "https://169.254.169.254/latest",
        "https://localhost/x",
      ]) {
        const error = await appErrorOf(createWebhook(team.actors.ADMIN, { url, description: "", events: ["DEAL_CREATED"] }));
        expect(error.code, url).toBe("INVALID_INPUT");
        expect(Object.keys(error.fieldErrors ?? {}), url).toEqual(["url"]);
      }
      await db.webhook.update({ where: { id: hook.id }, data: { url: `https://localhost:${new URL(base).port}/rebound` } });
      await createTestDeal(team.actors.NEGOTIATOR);
      await webhookDeliveryIdle();
      const [delivery] = await deliveriesOf(hook.id);
      expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, lastResponseStatus: null });
      expect(delivery.lastError).toMatch(/not public/);
      expect(receivedAt("/rebound")).toHaveLength(0);
    } finally {
      vi.stubEnv("DEALPLAYBOOK_WEBHOOKS_ALLOW_PRIVATE", "true");
    }
    await deleteWebhook(team.actors.ADMIN, { webhookId: hook.id, version: 1 });
  });

  it("another organisation's webhook is not found; roles other than admin are refused", async () => {
    const hook = await createWebhook(team.actors.ADMIN, { url: `${base}/private`, description: "", events: ["DEAL_CREATED"] });
    await db.webhookDelivery.create({
      data: { organizationId: team.org.id, webhookId: hook.id, eventId: "e", eventType: "DEAL_CREATED", payload: {}, status: "FAILED" },
    });
    const delivery = (await deliveriesOf(hook.id))[0];
    const foreign = team.foreignAdmin;
    expect((await appErrorOf(getWebhook(foreign, hook.id))).code).toBe("NOT_FOUND");
    expect((await listWebhooks(foreign)).map((w) => w.id)).not.toContain(hook.id);
    const ref = { webhookId: hook.id, version: 1 };
    for (const attempt of [
      () => updateWebhook(foreign, { ...ref, url: `${base}/x`, description: "", events: ["DEAL_CREATED"], active: true }),
      () => rollWebhookSecret(foreign, ref),
      () => deleteWebhook(foreign, ref),
      () => resendWebhookDelivery(foreign, { deliveryId: delivery.id }),
    ]) {
      expect((await appErrorOf(attempt())).code).toBe("NOT_FOUND");
    }
    for (const role of ["VIEWER", "NEGOTIATOR", "MANAGER", "CIO"] as const) {
      expect((await appErrorOf(listWebhooks(team.actors[role]))).code).toBe("FORBIDDEN");
      expect((await appErrorOf(createWebhook(team.actors[role], { url: `${base}/x`, description: "", events: ["DEAL_CREATED"] }))).code).toBe("FORBIDDEN");
      expect((await appErrorOf(resendWebhookDelivery(team.actors[role], { deliveryId: delivery.id }))).code).toBe("FORBIDDEN");
    }
    expect(await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).toMatchObject({ version: 1, url: `${base}/private` });
  });
});
