import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Signing secrets must be readable again to sign deliveries, so they are encrypted (not hashed) at
// rest: AES-256-GCM with a key derived from NEXTAUTH_SECRET. A database copy alone does not give them
// away; rotating NEXTAUTH_SECRET makes them unreadable (roll each endpoint's secret then).

const FORMAT = "v1";

/** A new signing secret: "whsec_" and 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: webhook signing secrets cannot be encrypted or read without it.");
  return Buffer.from(hkdfSync("sha256", secret, "dealplaybook", "webhook-signing-secret", 32));
}

export function sealWebhookSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return `${FORMAT}:${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url")}`;
}

export class UnreadableSecretError extends Error {
  constructor(message = "The signing secret cannot be read (NEXTAUTH_SECRET changed since it was made): roll the secret.") {
    super(message);
  }
}

/** What an endpoint made without a key (the demo data, seeded before the app has one) holds: roll it to get a secret. */
export const NO_SECRET_YET = "none";

export function openWebhookSecret(stored: string): string {
  if (stored === NO_SECRET_YET) throw new UnreadableSecretError("This webhook has no signing secret yet: roll the secret to make one.");
  const [format, body] = stored.split(":", 2);
  if (format !== FORMAT || !body) throw new UnreadableSecretError();
  const raw = Buffer.from(body, "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new UnreadableSecretError();
  }
}
