import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordSignIn } from "@/lib/auth/sign-in-audit";
import type { SsoRefusalCode } from "@/lib/auth/sso-messages";
import { afterOrganizationChange } from "@/lib/services/organization-changes";

type Tx = Prisma.TransactionClient;

/** What the identity provider asserted about the person, as next-auth received it (not trusted until checked here). */
export interface SsoAssertion {
  provider: string;
  subject: string;
  email: unknown;
  emailVerified: unknown;
  name: unknown;
}

export type SsoSignInResult =
  { ok: true; userId: string; sessionVersion: number; joined: string[] } | { ok: false; code: SsoRefusalCode; organization?: string; userId?: string };

const ZEmail = z.string().trim().toLowerCase().email().max(320);
const ATTEMPTS = 3;

/**
 * The decision of a single sign-on: who the person is (by the provider's subject, else by the
 * verified email, else a new account without a password), which organisations they join just in
 * time, or why they are refused. Joins and their audit events are one transaction; a unique
 * constraint hit by a concurrent first sign-in of the same person retries it, and the retry finds
 * what the other one created. Every outcome of a known account is recorded (lib/auth/sign-in-audit.ts).
 */
export async function ssoSignIn(assertion: SsoAssertion, { ip = "unknown", now = new Date() }: { ip?: string; now?: Date } = {}): Promise<SsoSignInResult> {
  const method = `sso:${assertion.provider}` as const;
  let result: SsoSignInResult | undefined;
  for (let attempt = 1; !result; attempt++) {
    try {
      result = await getDb().$transaction((tx) => decide(tx, assertion, now));
    } catch (error) {
      if (attempt >= ATTEMPTS || !isUniqueViolation(error)) throw error;
    }
  }
  if (result.ok) await recordSignIn({ userId: result.userId, outcome: "succeeded", method, ip });
  else if (result.userId) await recordSignIn({ userId: result.userId, outcome: "refused", method, ip, reason: result.code });
  return result;
}

async function decide(tx: Tx, assertion: SsoAssertion, now: Date): Promise<SsoSignInResult> {
  const { provider, subject } = assertion;
  const parsedEmail = ZEmail.safeParse(assertion.email);
  const email = parsedEmail.success ? parsedEmail.data : null;
  const identity = await tx.userIdentity.findUnique({ where: { provider_subject: { provider, subject } }, include: { user: true } });
  const user = identity?.user ?? (email ? await tx.user.findUnique({ where: { email } }) : null);
  const refuse = (code: SsoRefusalCode, organization?: string): SsoSignInResult => ({ ok: false, code, organization, userId: user?.id });

  if (!email) return refuse("sso-email");
  if (assertion.emailVerified !== true) return refuse("sso-unverified");
  if (user && !user.active) return refuse("sso-inactive");

  const domain = email.slice(email.lastIndexOf("@") + 1);
  const accepting = await tx.organization.findMany({
    where: { ssoProviderId: provider },
    select: { id: true, name: true, ssoEmailDomains: true, ssoDefaultRole: true },
    orderBy: { createdAt: "asc" },
  });
  const memberships = user
    ? await tx.membership.findMany({
        where: { userId: user.id, organizationId: { in: accepting.map((o) => o.id) } },
        select: { organizationId: true, disabledAt: true },
      })
    : [];
  const membershipOf = new Map(memberships.map((m) => [m.organizationId, m]));
  const toJoin = accepting.filter((o) => !membershipOf.has(o.id) && o.ssoEmailDomains.includes(domain));
  const usable = memberships.some((m) => !m.disabledAt) || toJoin.length > 0;

  if (!usable) {
    // Someone invited by email may sign in to accept the invitation (/invite/<token> sends them back there).
    const invited = await tx.invitation.findFirst({ where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, select: { id: true } });
    if (!invited) {
      const disabledIn = accepting.find((o) => membershipOf.get(o.id)?.disabledAt);
      return disabledIn ? refuse("sso-disabled", disabledIn.name) : refuse("sso-domain");
    }
  }

  const account = user ?? (await tx.user.create({ data: { email, name: displayName(assertion.name, email), passwordHash: null } }));
  if (identity) await tx.userIdentity.update({ where: { id: identity.id }, data: { email, lastUsedAt: now } });
  else await tx.userIdentity.create({ data: { userId: account.id, provider, subject, email, lastUsedAt: now } });

  for (const org of toJoin) {
    const membership = await tx.membership.create({ data: { userId: account.id, organizationId: org.id, role: org.ssoDefaultRole, joinedVia: "sso" } });
    await afterOrganizationChange(
      tx,
      { userId: account.id, organizationId: org.id },
      { entityType: "Membership", entityId: membership.id, action: "member.joined-sso", after: { role: membership.role, provider, email } },
    );
  }
  return { ok: true, userId: account.id, sessionVersion: account.sessionVersion, joined: toJoin.map((o) => o.id) };
}

/** The account an SSO session belongs to (the jwt callback, right after ssoSignIn let it in). */
export async function ssoSessionUser(provider: string, subject: string): Promise<{ id: string; sessionVersion: number } | null> {
  const identity = await getDb().userIdentity.findUnique({
    where: { provider_subject: { provider, subject } },
    select: { user: { select: { id: true, sessionVersion: true } } },
  });
  return identity?.user ?? null;
}

function displayName(raw: unknown, email: string): string {
  const name = typeof raw === "string" ? raw.replace(/\s+/g, " ").trim().slice(0, 200) : "";
  return name || email.slice(0, email.lastIndexOf("@"));
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown }; meta?: { code?: unknown } } | null;
  return e?.code === "P2002" || e?.cause?.code === "23505" || e?.meta?.code === "23505";
}
