import type { Actor } from "@/lib/auth/load-actor";
import type { ApiScope, ApiTokenKind, Role } from "@/lib/domain/enums";
import { getDb } from "@/lib/db";
import { hashTokenSecret, TOKEN_SECRET_PATTERN } from "./token-secret";

/** The token a call was made with. */
export interface ApiCaller {
  tokenId: string;
  kind: ApiTokenKind;
  scopes: ApiScope[];
}

export type TokenVerdict =
  { ok: true; actor: Actor; token: ApiCaller } | { ok: false; reason: "malformed" | "unknown" | "revoked" | "expired" | "owner-inactive" };

/**
 * Who a bearer secret acts as: the token's owner with their current role in the token's organisation,
 * re-read on every call (one statement). A revoked or expired token, or one whose owner is deactivated
 * or no longer an enabled member of the organisation, is refused.
 */
export async function authenticateToken(secret: string, now: Date = new Date()): Promise<TokenVerdict> {
  if (!TOKEN_SECRET_PATTERN.test(secret)) return { ok: false, reason: "malformed" };
  const rows = await getDb().$queryRaw<
    {
      tokenId: string;
      kind: ApiTokenKind;
      scopes: ApiScope[];
      expiresAt: Date | null;
      revokedAt: Date | null;
      userId: string;
      email: string;
      name: string;
      active: boolean;
      organizationId: string;
      organizationName: string;
      role: Role | null;
    }[]
  >`
    SELECT t."id" AS "tokenId", t."kind"::text AS kind, t."scopes"::text[] AS scopes, t."expiresAt", t."revokedAt",
           u."id" AS "userId", u."email", u."name", u."active",
           o."id" AS "organizationId", o."name" AS "organizationName", m."role"::text AS role
    FROM "ApiToken" t
    JOIN "User" u ON u."id" = t."ownerId"
    JOIN "Organization" o ON o."id" = t."organizationId"
    LEFT JOIN "Membership" m ON m."userId" = t."ownerId" AND m."organizationId" = t."organizationId" AND m."disabledAt" IS NULL
    WHERE t."tokenHash" = ${hashTokenSecret(secret)}`;
  const row = rows[0];
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  if (!row.active || !row.role) return { ok: false, reason: "owner-inactive" };
  const membership = { organizationId: row.organizationId, organizationName: row.organizationName, role: row.role };
  return {
    ok: true,
    actor: { userId: row.userId, email: row.email, name: row.name, ...membership, memberships: [membership], apiTokenId: row.tokenId },
    token: { tokenId: row.tokenId, kind: row.kind, scopes: row.scopes },
  };
}
