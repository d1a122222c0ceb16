import { createHash, randomBytes } from "node:crypto";

// API token secrets: "dpk_" and 43 base64url characters (32 random bytes). Only the SHA-256 is stored;
// the first 10 characters are kept as a prefix to tell tokens apart in lists and logs. The fixed
// "dpk_" start lets secret scanners recognise a leaked token.

export const TOKEN_SECRET_PATTERN = /^dpk_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 10;

export interface NewTokenSecret {
  /** Shown once to the person who made the token, never stored. */
  secret: string;
  hash: string;
  prefix: string;
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function newTokenSecret(): NewTokenSecret {
  const secret = `dpk_${randomBytes(32).toString("base64url")}`;
  return { secret, hash: hashTokenSecret(secret), prefix: secret.slice(0, PREFIX_LENGTH) };
}
