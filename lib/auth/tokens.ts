import { createHash, randomBytes } from "node:crypto";

// Tokens that travel in links (invitations, password resets): 32 random bytes, base64url. Only their
// SHA-256 is stored, so a copy of the database opens no link.

export interface NewToken {
  /** Goes into the link, never stored. */
  token: string;
  /** Stored and looked up. */
  hash: string;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function newToken(): NewToken {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** A token as it can appear in a link: anything else is refused before a lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
