import { createHmac, timingSafeEqual } from "node:crypto";

// Each delivery is signed like this, and receivers check it with verifyWebhookSignature (or the same
// few lines in their own language):
//   Dealplaybook-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
// The timestamp is signed with the body, so an old delivery cannot be replayed later. Several v1
// values may appear (a receiver accepts any that matches).

export const SIGNATURE_HEADER = "Dealplaybook-Signature";
export const EVENT_ID_HEADER = "Dealplaybook-Event-Id";
export const EVENT_TYPE_HEADER = "Dealplaybook-Event-Type";

export function webhookSignature(secret: string, timestamp: number, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
}

export function signatureHeader(secret: string, rawBody: string, now = new Date()): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${webhookSignature(secret, t, rawBody)}`;
}

export type VerifyResult = { ok: true; timestamp: number } | { ok: false; reason: "malformed" | "too-old" | "mismatch" };

/** A receiver's check of a delivery: the header's timestamp is recent and one of its v1 values signs the raw body with the secret. */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  rawBody: string,
  { toleranceSeconds = 300, now = new Date() }: { toleranceSeconds?: number; now?: Date } = {},
): VerifyResult {
  if (!header) return { ok: false, reason: "malformed" };
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t" && /^\d{1,12}$/.test(value ?? "")) timestamp = Number(value);
    else if (key === "v1" && /^[0-9a-f]{64}$/i.test(value ?? "")) signatures.push(value.toLowerCase());
  }
  if (timestamp === null || !signatures.length) return { ok: false, reason: "malformed" };
  if (Math.abs(Math.floor(now.getTime() / 1000) - timestamp) > toleranceSeconds) return { ok: false, reason: "too-old" };
  const expected = Buffer.from(webhookSignature(secret, timestamp, rawBody), "hex");
  // Every candidate is compared in full (no early exit on the first match), in constant time each.
  let matched = false;
  for (const candidate of signatures) if (timingSafeEqual(expected, Buffer.from(candidate, "hex"))) matched = true;
  return matched ? { ok: true, timestamp } : { ok: false, reason: "mismatch" };
}
