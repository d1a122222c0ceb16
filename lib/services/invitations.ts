import "server-only";
import { oidcProvider } from "@/lib/auth/oidc-config";
import { hashPassword } from "@/lib/auth/password";
import { hashToken, TOKEN_PATTERN } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { AppError, rateLimited } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createRateLimiter } from "@/lib/rate-limit";
import type { TAcceptInvitationAsNewUser } from "@/lib/validation/members";
import { invitationStatus, lockOrganization } from "./members";
import { afterOrganizationChange } from "./organization-changes";

type Tx = Prisma.TransactionClient;

// Accepting an invitation from its link (/invite/<token>): the token proves the right to join, once.

export type InvitationView =
  | { state: "invalid"; organizationName: string | null }
  | {
      state: "valid";
      organizationId: string;
      organizationName: string;
      email: string;
      role: Role;
      /** An account with the invited email exists (it must sign in to accept). */
      accountExists: boolean;
      /** The organisation's SSO provider, when one is linked and configured. */
      sso: { id: string; name: string } | null;
    };

/** What the invitation page shows for a token: no more than "no longer valid" for a link that cannot be used. */
export async function describeInvitation(token: string): Promise<InvitationView> {
  if (!TOKEN_PATTERN.test(token)) return { state: "invalid", organizationName: null };
  const db = getDb();
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: { select: { id: true, name: true, ssoProviderId: true } } },
  });
  if (!invitation) return { state: "invalid", organizationName: null };
  if (invitationStatus(invitation) !== "open") return { state: "invalid", organizationName: invitation.organization.name };
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  const provider = oidcProvider(invitation.organization.ssoProviderId);
  return {
    state: "valid",
    organizationId: invitation.organization.id,
    organizationName: invitation.organization.name,
    email: invitation.email,
    role: invitation.role as Role,
    accountExists: account !== null,
    sso: provider ? { id: provider.id, name: provider.name } : null,
  };
}

/** Accept attempts per client address: far above a person retrying, far below guessing. */
export const ACCEPTS_PER_WINDOW = 30;
const acceptLimiter = createRateLimiter({ name: "invitation-accept", limit: ACCEPTS_PER_WINDOW, windowMs: 10 * 60_000 });

async function throttle(ip: string) {
  const allowed = await acceptLimiter.take(ip);
  if (!allowed.ok) throw rateLimited(`Too many attempts from your network. Try again in ${allowed.retryAfterSeconds} s.`, allowed.retryAfterSeconds);
}

const noLongerValid = (organizationName: string | null) =>
  new AppError(
    "NOT_FOUND",
    organizationName
      ? `This invitation link is no longer valid — ask ${organizationName}'s admin to send a new one.`
      : "This invitation link is no longer valid — ask the organisation's admin to send a new one.",
  );

/**
 * The open invitation of a token, read again with its organisation locked: member changes and the
 * admin's re-send and revoke lock it first too, so two accepts of one link run one after the other
 * and the second finds it accepted.
 */
async function lockOpenInvitation(tx: Tx, token: string) {
  const tokenHash = hashToken(token);
  const found = await tx.invitation.findUnique({ where: { tokenHash }, select: { organizationId: true } });
  if (!found) throw noLongerValid(null);
  await lockOrganization(tx, found.organizationId);
  const invitation = await tx.invitation.findUnique({ where: { tokenHash }, include: { organization: { select: { name: true } } } });
  if (!invitation) throw noLongerValid(null);
  if (invitationStatus(invitation) !== "open") throw noLongerValid(invitation.organization.name);
  return invitation;
}

async function accept(tx: Tx, invitation: Awaited<ReturnType<typeof lockOpenInvitation>>, userId: string) {
  const membership = await tx.membership.create({
    data: { userId, organizationId: invitation.organizationId, role: invitation.role, joinedVia: "invitation" },
  });
  await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date(), acceptedById: userId } });
  await afterOrganizationChange(
    tx,
    { userId, organizationId: invitation.organizationId },
    {
      entityType: "Invitation",
      entityId: invitation.id,
      action: "invitation.accepted",
      after: { email: invitation.email, role: invitation.role, membershipId: membership.id },
    },
  );
  return { organizationId: invitation.organizationId, email: invitation.email };
}

/** A signed-out person with no account yet: the account (email = the invited one) and the membership, in one transaction. */
export async function acceptInvitationAsNewUser(input: TAcceptInvitationAsNewUser, { ip }: { ip: string }) {
  await throttle(ip);
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    const invitation = await lockOpenInvitation(tx, input.token);
    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", `An account for ${invitation.email} already exists: sign in to accept the invitation.`);
    const user = await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash, passwordChangedAt: new Date() } });
    return accept(tx, invitation, user.id);
  });
}

/** A signed-in person whose email is the invited one: they gain the membership (a second organisation for an existing user). */
export async function joinInvitedOrganization(user: { userId: string; email: string }, token: string, { ip }: { ip: string }) {
  await throttle(ip);
  return getDb().$transaction(async (tx) => {
    const invitation = await lockOpenInvitation(tx, token);
    if (invitation.email !== user.email.toLowerCase()) {
      throw new AppError("FORBIDDEN", `This invitation is for another email address. Sign out and open the link again as ${invitation.email}.`);
    }
    const member = await tx.membership.findUnique({ where: { userId_organizationId: { userId: user.userId, organizationId: invitation.organizationId } } });
    if (member) throw new AppError("CONFLICT", `You are already a member of ${invitation.organization.name}.`);
    return accept(tx, invitation, user.userId);
  });
}
