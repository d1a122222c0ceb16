import { describe, expect, it } from "vitest";
import { signatureHeader, verifyWebhookSignature, webhookSignature } from "@/lib/webhooks/signature";
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from "@/lib/webhooks/backoff";
import { newWebhookSecret, openWebhookSecret, sealWebhookSecret, UnreadableSecretError } from "@/lib/webhooks/secret-box";

const SECRET = "whsec_test-secret";
const BODY = JSON.stringify({ id: "e1", type: "deal.created", data: { deal: { id: "d1" } } });
const NOW = new Date("2026-12-03T10:00:00Z");

describe("webhook signatures", () => {
  it("verifies what it signed", () => {
    const header = signatureHeader(SECRET, BODY, NOW);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(SECRET, header, BODY, { now: NOW })).toEqual({ ok: true, timestamp: NOW.getTime() / 1000 });
  });

  it("refuses a tampered body, another secret, an old or future timestamp, and a malformed header", () => {
    const header = signatureHeader(SECRET, BODY, NOW);
    expect(verifyWebhookSignature(SECRET, header, BODY.replace("d1", "d2"), { now: NOW })).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyWebhookSignature("whsec_other", header, BODY, { now: NOW })).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyWebhookSignature(SECRET, header, BODY, { now: new Date(NOW.getTime() + 301_000) })).toEqual({ ok: false, reason: "too-old" });
    expect(verifyWebhookSignature(SECRET, header, BODY, { now: new Date(NOW.getTime() - 301_000) })).toEqual({ ok: false, reason: "too-old" });
    expect(verifyWebhookSignature(SECRET, header, BODY, { now: new Date(NOW.getTime() + 299_000) }).ok).toBe(true);
    expect(verifyWebhookSignature(SECRET, header, BODY, { now: new Date(NOW.getTime() + 3_600_000), toleranceSeconds: 7200 }).ok).toBe(true);
    for (const bad of [undefined, "", "v1=abc", `t=${NOW.getTime() / 1000}`, "t=x,v1=" + "0".repeat(64)]) {
      expect(verifyWebhookSignature(SECRET, bad, BODY, { now: NOW })).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("accepts a header with several v1 values when one of them matches", () => {
    const t = NOW.getTime() / 1000;
    const good = webhookSignature(SECRET, t, BODY);
    const other = webhookSignature("whsec_old", t, BODY);
    expect(verifyWebhookSignature(SECRET, `t=${t},v1=${other},v1=${good}`, BODY, { now: NOW }).ok).toBe(true);
    expect(verifyWebhookSignature(SECRET, `t=${t}, v1=${good}, v1=${other}`, BODY, { now: NOW }).ok).toBe(true);
    expect(verifyWebhookSignature(SECRET, `t=${t},v1=${other},v1=${other}`, BODY, { now: NOW })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("signs the timestamp with the body (t and body are both covered)", () => {
    const t = NOW.getTime() / 1000;
    const replayed = `t=${t + 60},v1=${webhookSignature(SECRET, t, BODY)}`;
    expect(verifyWebhookSignature(SECRET, replayed, BODY, { now: NOW })).toEqual({ ok: false, reason: "mismatch" });
  });
});

describe("webhook retry back-off", () => {
  it("waits 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h, then gives up", () => {
    const minutes = Array.from({ length: WEBHOOK_MAX_ATTEMPTS }, (_, i) => webhookRetryDelayMs(i + 1)).map((ms) => (ms === null ? null : ms / 60_000));
    expect(minutes).toEqual([1, 5, 30, 120, 360, 720, 1440, null]);
    expect(webhookRetryDelayMs(WEBHOOK_MAX_ATTEMPTS + 3)).toBeNull();
  });
});

describe("signing secrets at rest", () => {
  it("are whsec_ and 32 random bytes, sealed with AES-GCM under NEXTAUTH_SECRET", () => {
    process.env.NEXTAUTH_SECRET ??= "unit-test-secret";
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const sealed = sealWebhookSecret(secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(sealWebhookSecret(secret)).not.toBe(sealed);
    expect(openWebhookSecret(sealed)).toBe(secret);
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BB" : "AA");
    expect(() => openWebhookSecret(tampered)).toThrow(UnreadableSecretError);
    const saved = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = "another-deployment";
    expect(() => openWebhookSecret(sealed)).toThrow(UnreadableSecretError);
    delete process.env.NEXTAUTH_SECRET;
    expect(() => sealWebhookSecret(secret)).toThrow(/NEXTAUTH_SECRET is not set/);
    process.env.NEXTAUTH_SECRET = saved;
  });
});
