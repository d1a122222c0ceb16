import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { newTokenSecret } from "@/lib/api/token-secret";
import { getDb } from "@/lib/db";
import { LIVE_PERSONAL_TOKEN_CAP, tokenExpiresAt, tokenStatus, type TokenStatus } from "@/lib/domain/api-tokens";
import type { ApiScope, ApiTokenKind } from "@/lib/domain/enums";
import { AppError, forbidden, invalidField, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/format/dates";
import type { TCreatePersonalToken, TCreateServiceToken, TTokenRef } from "@/lib/validation/api-tokens";
import { requirePermission } from "./access";
import { lockOrganization } from "./members";
import { afterOrganizationChange } from "./organization-changes";

type Tx = Prisma.TransactionClient;

// API tokens (/account/tokens, /admin/tokens). The secret is made here, handed back once, and never
// stored: only its SHA-256 and its first characters. A token acts with its owner's current role
// (lib/api/authenticate-token.ts), so nothing about the role is copied onto it.

/** Uses of each token shown on the pages. */
export const RECENT_USES_SHOWN = 10;
/** The most recent tokens a page lists (live ones are capped anyway; the rest is history). */
const TOKENS_SHOWN = 200;

export interface TokenUseDto {
  at: string;
  method: string;
  path: string;
  status: number;
  address: string | null;
}

export interface ApiTokenDto {
  id: string;
  kind: ApiTokenKind;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  status: TokenStatus;
  createdAt: string;
  createdBy: string;
  expiresAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  lastUsedAt: string | null;
  lastUsedAddress: string | null;
  owner: { id: string; name: string; email: string };
  isYours: boolean;
  /** The newest uses first, at most RECENT_USES_SHOWN. */
  recentUses: TokenUseDto[];
}

/** What the create actions answer: the secret, shown once on the page and never again. */
export interface CreatedToken {
  tokenId: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  expiresAt: string | null;
  secret: string;
}

const TOKEN_INCLUDE = {
  owner: { select: { id: true, name: true, email: true } },
  createdBy: { select: { name: true } },
  revokedBy: { select: { name: true } },
} as const;

/** The actor's own personal tokens in the current organisation, newest first. */
export async function listOwnTokens(actor: Actor): Promise<ApiTokenDto[]> {
  requirePermission(actor, "api-token:own");
  return listTokens(actor, { ownerId: actor.userId, kind: "PERSONAL" });
}

/** Every token of the organisation (service tokens and everyone's personal ones), for its admins. */
export async function listOrganizationTokens(actor: Actor): Promise<ApiTokenDto[]> {
  requirePermission(actor, "api-token:service");
  return listTokens(actor, {});
}

/** Two statements whatever the number of tokens: the tokens, then the last uses of all of them at once. */
async function listTokens(actor: Actor, where: Prisma.ApiTokenWhereInput): Promise<ApiTokenDto[]> {
  const db = getDb();
  const tokens = await db.apiToken.findMany({
    where: { ...where, organizationId: actor.organizationId },
    include: TOKEN_INCLUDE,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: TOKENS_SHOWN,
  });
  const ids = tokens.map((t) => t.id);
  const uses = ids.length
    ? await db.$queryRaw<(TokenUseDto & { tokenId: string; at: Date })[]>`
        SELECT "tokenId", "at", "method", "path", "status", "address" FROM (
          SELECT u.*, row_number() OVER (PARTITION BY u."tokenId" ORDER BY u."at" DESC, u."id" DESC) AS n
          FROM "ApiTokenUse" u WHERE u."tokenId" = ANY(${ids}) AND u."organizationId" = ${actor.organizationId}
        ) recent WHERE n <= ${RECENT_USES_SHOWN} ORDER BY "at" DESC, "tokenId"`
    : [];
  const usesOf = new Map<string, TokenUseDto[]>();
  for (const { tokenId, at, ...use } of uses) {
    const list = usesOf.get(tokenId) ?? [];
    list.push({ ...use, at: at.toISOString() });
    usesOf.set(tokenId, list);
  }
  const now = new Date();
  return tokens.map((t) => ({
    id: t.id,
    kind: t.kind as ApiTokenKind,
    name: t.name,
    prefix: t.prefix,
    scopes: t.scopes as ApiScope[],
    status: tokenStatus(t, now),
    createdAt: t.createdAt.toISOString(),
    createdBy: t.createdBy.name,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    revokedBy: t.revokedBy?.name ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    lastUsedAddress: t.lastUsedAddress,
    owner: t.owner,
    isYours: t.ownerId === actor.userId,
    recentUses: usesOf.get(t.id) ?? [],
  }));
}

const liveTokens = (now: Date): Prisma.ApiTokenWhereInput => ({ revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });

/**
 * A personal token of the actor in the current organisation. Creates of one person run one after the
 * other (their membership row is locked), so two at once cannot pass the cap together; a disabled
 * membership finds no row and is refused.
 */
export async function createPersonalToken(actor: Actor, input: TCreatePersonalToken): Promise<CreatedToken> {
  requirePermission(actor, "api-token:own");
  requireCurrentOrganization(actor, input.organizationId);
  return getDb().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Membership" WHERE "userId" = ${actor.userId} AND "organizationId" = ${actor.organizationId} AND "disabledAt" IS NULL FOR UPDATE`;
    if (!locked.length) throw forbidden();
    const now = new Date();
    const live = await tx.apiToken.findMany({
      where: { organizationId: actor.organizationId, ownerId: actor.userId, kind: "PERSONAL", ...liveTokens(now) },
      select: { name: true },
    });
    refuseTakenName(live, input.name, "You already have");
    if (live.length >= LIVE_PERSONAL_TOKEN_CAP) {
      throw new AppError(
        "CONFLICT",
        `You already have ${LIVE_PERSONAL_TOKEN_CAP} live tokens in ${actor.organizationName}, the most one person may hold. Revoke one you no longer use first.`,
      );
    }
    return createToken(tx, actor, "PERSONAL", input, now);
  });
}

/** An organisation service token: owned by the admin who makes it (it acts with their current role). */
export async function createServiceToken(actor: Actor, input: TCreateServiceToken): Promise<CreatedToken> {
  requirePermission(actor, "api-token:service");
  requireCurrentOrganization(actor, input.organizationId);
  return getDb().$transaction(async (tx) => {
    // Service token names are the organisation's: creates of one organisation run one after the other.
    await lockOrganization(tx, actor.organizationId);
    const own = await tx.membership.findUnique({ where: { userId_organizationId: { userId: actor.userId, organizationId: actor.organizationId } } });
    if (!own || own.disabledAt || !can(own.role, "api-token:service")) throw forbidden();
    const now = new Date();
    const live = await tx.apiToken.findMany({ where: { organizationId: actor.organizationId, kind: "SERVICE", ...liveTokens(now) }, select: { name: true } });
    refuseTakenName(live, input.name, "The organisation already has");
    return createToken(tx, actor, "SERVICE", input, now);
  });
}

function requireCurrentOrganization(actor: Actor, organizationId: string) {
  // A form of another organisation (a tab left open after switching): nothing of it exists here.
  if (organizationId !== actor.organizationId) throw notFound("The organisation");
}

function refuseTakenName(live: { name: string }[], name: string, who: string) {
  const taken = live.some((t) => t.name.toLocaleLowerCase("en") === name.toLocaleLowerCase("en"));
  if (taken) throw invalidField("name", `${who} a live token called "${name}". Choose another name, or revoke that one first.`);
}

async function createToken(tx: Tx, actor: Actor, kind: ApiTokenKind, input: TCreatePersonalToken | TCreateServiceToken, now: Date): Promise<CreatedToken> {
  const { secret, hash, prefix } = newTokenSecret();
  const expiresAt = tokenExpiresAt(input.expiresIn, input.expiresOn, now);
  const token = await tx.apiToken.create({
    data: {
      organizationId: actor.organizationId,
      kind,
      ownerId: actor.userId,
      createdById: actor.userId,
      name: input.name,
      prefix,
      tokenHash: hash,
      scopes: input.scopes,
      expiresAt,
      createdAt: now,
    },
  });
  // What the log keeps: enough to recognise the token, never the secret or its hash.
  await afterOrganizationChange(tx, actor, {
    entityType: "ApiToken",
    entityId: token.id,
    action: "api-token.created",
    after: { name: token.name, kind, scopes: input.scopes, expiresAt, prefix, ownerId: actor.userId },
  });
  return { tokenId: token.id, name: token.name, prefix, scopes: input.scopes, expiresAt: expiresAt?.toISOString() ?? null, secret };
}

/**
 * Revokes a token: its owner revokes their own personal tokens; an admin (api-token:service) any token
 * of the organisation. Someone else's token does not exist for a member who may not oversee tokens.
 */
export async function revokeToken(actor: Actor, input: TTokenRef): Promise<{ tokenId: string; name: string; revokedAt: string }> {
  requirePermission(actor, "api-token:own");
  return getDb().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: input.tokenId, organizationId: actor.organizationId },
      include: { revokedBy: { select: { name: true } } },
    });
    const oversees = can(actor.role, "api-token:service");
    const ownsIt = token !== null && token.ownerId === actor.userId;
    if (!token || (!ownsIt && !oversees)) throw notFound("That token");
    // A service token's maker who is no longer an admin still sees it named, but may not end it.
    if (token.kind === "SERVICE" && !oversees) throw forbidden("Only an admin can revoke a service token.");
    const now = new Date();
    const revoked = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: now, revokedById: actor.userId } });
    if (revoked.count !== 1) {
      const current = token.revokedAt
        ? token
        : await tx.apiToken.findUniqueOrThrow({ where: { id: token.id }, include: { revokedBy: { select: { name: true } } } });
      const when = current.revokedAt ? ` on ${formatDateTime(current.revokedAt.toISOString())}` : "";
      const by = current.revokedBy ? ` by ${current.revokedBy.name}` : "";
      throw new AppError("CONFLICT", `The token "${token.name}" was already revoked${when}${by}. It no longer works.`);
    }
    await afterOrganizationChange(tx, actor, {
      entityType: "ApiToken",
      entityId: token.id,
      action: "api-token.revoked",
      before: { name: token.name, kind: token.kind, prefix: token.prefix, ownerId: token.ownerId },
      after: { revokedAt: now },
    });
    return { tokenId: token.id, name: token.name, revokedAt: now.toISOString() };
  });
}
