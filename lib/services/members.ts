import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { oidcProvider } from "@/lib/auth/oidc-config";
import { newToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { AppError, forbidden, invalidField, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROLE_LABEL } from "@/lib/format/role-labels";
import { deliverSoon } from "@/lib/mail/deliver";
import { queueEmail } from "@/lib/mail/queue";
import { invitationEmail } from "@/lib/mail/templates";
import type { TChangeMemberRole, TInvitationRef, TInviteMember, TMemberRef, TSetMemberApprover, TSetMemberDisabled } from "@/lib/validation/members";
import { requirePermission } from "./access";
import { afterOrganizationChange } from "./organization-changes";

type Tx = Prisma.TransactionClient;

/** How long an invitation link stays valid after it was (re-)sent. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** The most recent invitations the members page lists. */
const INVITATIONS_SHOWN = 200;

export type InvitationStatus = "open" | "expired" | "accepted" | "revoked";

export interface MemberDto {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  /** May give the approval policy's second approval. */
  approver: boolean;
  lastSignInAt: string | null;
  /** "password" and/or the names of the SSO providers the person has signed in with. */
  signInMethods: { password: boolean; sso: string[] };
  joinedAt: string;
  joinedVia: string;
  isYou: boolean;
}

export interface InvitationDto {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  invitedBy: string;
  sentAt: string;
  expiresAt: string;
  sendCount: number;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export function invitationStatus(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "open";
}

const STATUS_ORDER: Record<InvitationStatus, number> = { open: 0, expired: 1, accepted: 2, revoked: 3 };

/** Every member of the actor's organisation and its recent invitations (open ones first). */
export async function listMembers(actor: Actor): Promise<{ members: MemberDto[]; invitations: InvitationDto[] }> {
  requirePermission(actor, "members:manage");
  const db = getDb();
  const [memberships, invitations] = await Promise.all([
    db.membership.findMany({
      where: { organizationId: actor.organizationId },
      include: {
        user: { select: { id: true, name: true, email: true, passwordHash: true, lastSignInAt: true, identities: { select: { provider: true } } } },
      },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    }),
    db.invitation.findMany({
      where: { organizationId: actor.organizationId },
      include: { invitedBy: { select: { name: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: INVITATIONS_SHOWN,
    }),
  ]);
  const now = new Date();
  return {
    members: memberships.map((m) => ({
      membershipId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role as Role,
      disabled: m.disabledAt !== null,
      approver: m.approver,
      lastSignInAt: m.user.lastSignInAt?.toISOString() ?? null,
      signInMethods: {
        password: m.user.passwordHash !== null,
        sso: [...new Set(m.user.identities.map((i) => oidcProvider(i.provider)?.name ?? i.provider))],
      },
      joinedAt: m.createdAt.toISOString(),
      joinedVia: m.joinedVia,
      isYou: m.userId === actor.userId,
    })),
    invitations: invitations
      .map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role as Role,
        status: invitationStatus(i, now),
        invitedBy: i.invitedBy.name,
        sentAt: i.sentAt.toISOString(),
        expiresAt: i.expiresAt.toISOString(),
        sendCount: i.sendCount,
        acceptedAt: i.acceptedAt?.toISOString() ?? null,
        revokedAt: i.revokedAt?.toISOString() ?? null,
      }))
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]),
  };
}

/**
 * First statement of every transaction that changes who belongs to an organisation: member changes
 * of one organisation run one after the other, so "is there another active admin?" stays true when
 * it commits (two admins demoting each other at once leave one admin).
 */
export async function lockOrganization(tx: Tx, organizationId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
}

/** The actor may still manage members once the organisation is locked (a concurrent change may have demoted them). */
async function requireStillAdmin(tx: Tx, actor: Actor) {
  const own = await tx.membership.findUnique({ where: { userId_organizationId: { userId: actor.userId, organizationId: actor.organizationId } } });
  if (!own || own.disabledAt || !can(own.role, "members:manage")) throw forbidden();
}

async function requireMembership(tx: Tx, actor: Actor, membershipId: string) {
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, organizationId: actor.organizationId },
    include: { user: { select: { id: true, name: true, email: true, active: true } } },
  });
  if (!membership) throw notFound("That member");
  return membership;
}

type LoadedMembership = Awaited<ReturnType<typeof requireMembership>>;

const isActiveAdmin = (m: { role: string; disabledAt: Date | null; user: { active: boolean } }) => m.role === "ADMIN" && !m.disabledAt && m.user.active;

/** Refuses a change that would leave the organisation without an active admin. Call with the organisation locked. */
async function keepAnActiveAdmin(tx: Tx, actor: Actor, target: LoadedMembership, what: string) {
  if (!isActiveAdmin(target)) return;
  const others = await tx.membership.count({
    where: { organizationId: actor.organizationId, role: "ADMIN", disabledAt: null, user: { active: true }, id: { not: target.id } },
  });
  if (others === 0) {
    const who = target.userId === actor.userId ? "You are" : `${target.user.name} is`;
    throw new AppError("CONFLICT", `${who} the organisation's last active admin, so you cannot ${what}. Make someone else an admin first.`);
  }
}

/** Locks the organisation and loads the member: the start of every member change (the actor is re-checked once the invariant holds). */
async function beginMemberChange(tx: Tx, actor: Actor, membershipId: string) {
  await lockOrganization(tx, actor.organizationId);
  return requireMembership(tx, actor, membershipId);
}

const memberAudit = (m: { role: string; disabledAt: Date | null; userId: string; user: { email: string } }) => ({
  userId: m.userId,
  email: m.user.email,
  role: m.role,
  disabled: m.disabledAt !== null,
});

export async function changeMemberRole(actor: Actor, input: TChangeMemberRole) {
  requirePermission(actor, "members:manage");
  return getDb().$transaction(async (tx) => {
    const target = await beginMemberChange(tx, actor, input.membershipId);
    if (target.role === input.role) throw invalidField("role", `${target.user.name} already has the role ${ROLE_LABEL[input.role]}.`);
    if (input.role !== "ADMIN") await keepAnActiveAdmin(tx, actor, target, "change their role");
    await requireStillAdmin(tx, actor);
    const updated = await tx.membership.update({
      where: { id: target.id },
      data: { role: input.role, ...(input.role === "VIEWER" ? { approver: false } : {}) },
      include: { user: { select: { email: true } } },
    });
    await afterOrganizationChange(tx, actor, {
      entityType: "Membership",
      entityId: target.id,
      action: "member.role-changed",
      before: memberAudit(target),
      after: memberAudit(updated),
    });
    return { membershipId: target.id, role: input.role };
  });
}

export async function setMemberDisabled(actor: Actor, input: TSetMemberDisabled) {
  requirePermission(actor, "members:manage");
  return getDb().$transaction(async (tx) => {
    const target = await beginMemberChange(tx, actor, input.membershipId);
    if ((target.disabledAt !== null) === input.disabled) {
      throw new AppError("CONFLICT", `${target.user.name} is already ${input.disabled ? "disabled" : "active"}.`);
    }
    if (input.disabled) await keepAnActiveAdmin(tx, actor, target, "disable them");
    await requireStillAdmin(tx, actor);
    const updated = await tx.membership.update({
      where: { id: target.id },
      data: { disabledAt: input.disabled ? new Date() : null },
      include: { user: { select: { email: true } } },
    });
    await afterOrganizationChange(tx, actor, {
      entityType: "Membership",
      entityId: target.id,
      action: input.disabled ? "member.disabled" : "member.enabled",
      before: memberAudit(target),
      after: memberAudit(updated),
    });
    return { membershipId: target.id, disabled: input.disabled };
  });
}

/**
 * Flags a member as one who may give the second approval of the approval policy (for example a
 * legal reviewer), whatever their role, or takes the flag away.
 */
export async function setMemberApprover(actor: Actor, input: TSetMemberApprover) {
  requirePermission(actor, "members:manage");
  return getDb().$transaction(async (tx) => {
    const target = await beginMemberChange(tx, actor, input.membershipId);
    if (target.approver === input.approver) {
      throw new AppError("CONFLICT", `${target.user.name} is already ${input.approver ? "flagged as an approver" : "not an approver"}.`);
    }
    if (input.approver && target.role === "VIEWER") {
      throw invalidField("approver", `${target.user.name} is a viewer, and a viewer only reads. Give them another role before flagging them as an approver.`);
    }
    await requireStillAdmin(tx, actor);
    await tx.membership.update({ where: { id: target.id }, data: { approver: input.approver } });
    await afterOrganizationChange(tx, actor, {
      entityType: "Membership",
      entityId: target.id,
      action: "member.approver-changed",
      before: { userId: target.userId, email: target.user.email, approver: target.approver },
      after: { userId: target.userId, email: target.user.email, approver: input.approver },
    });
    return { membershipId: target.id, approver: input.approver };
  });
}

/** Ends a membership. The user stays (their history keeps its author), as do their other organisations. */
export async function removeMember(actor: Actor, input: TMemberRef) {
  requirePermission(actor, "members:manage");
  return getDb().$transaction(async (tx) => {
    const target = await beginMemberChange(tx, actor, input.membershipId);
    await keepAnActiveAdmin(tx, actor, target, "remove them");
    await requireStillAdmin(tx, actor);
    await tx.membership.delete({ where: { id: target.id } });
    await afterOrganizationChange(tx, actor, {
      entityType: "Membership",
      entityId: target.id,
      action: "member.removed",
      before: memberAudit(target),
    });
    return { membershipId: target.id };
  });
}

async function organizationAndInviter(tx: Tx, actor: Actor) {
  const [organization, inviter] = await Promise.all([
    tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { name: true } }),
    tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } }),
  ]);
  return { organizationName: organization.name, inviterName: inviter.name };
}

const invitationAudit = (i: { email: string; role: string; expiresAt: Date; sendCount: number }) => ({
  email: i.email,
  role: i.role,
  expiresAt: i.expiresAt,
  sendCount: i.sendCount,
});

/**
 * Invites an email address with a role (admins may invite admins). Stores only the token's hash;
 * the message with the link is queued in the same transaction and delivered after it commits.
 */
export async function inviteMember(actor: Actor, input: TInviteMember) {
  requirePermission(actor, "members:manage");
  const result = await getDb().$transaction(async (tx) => {
    await lockOrganization(tx, actor.organizationId);
    await requireStillAdmin(tx, actor);
    const member = await tx.membership.findFirst({ where: { organizationId: actor.organizationId, user: { email: input.email } }, select: { id: true } });
    if (member) throw invalidField("email", `${input.email} is already a member of this organisation.`);
    const pending = await tx.invitation.findFirst({ where: { organizationId: actor.organizationId, email: input.email, acceptedAt: null, revokedAt: null } });
    if (pending) {
      const expired = invitationStatus(pending) === "expired";
      throw invalidField(
        "email",
        `${input.email} is already invited${expired ? " (the link has expired)" : ""} — re-send that invitation from the list below.`,
      );
    }
    const { token, hash } = newToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    const invitation = await tx.invitation.create({
      data: { organizationId: actor.organizationId, email: input.email, role: input.role, tokenHash: hash, invitedById: actor.userId, sentAt: now, expiresAt },
    });
    const mail = invitationEmail({ ...(await organizationAndInviter(tx, actor)), role: input.role, token, expiresAt });
    await queueEmail(tx, { kind: "invitation", to: input.email, ...mail, organizationId: actor.organizationId });
    await afterOrganizationChange(tx, actor, {
      entityType: "Invitation",
      entityId: invitation.id,
      action: "invitation.sent",
      after: invitationAudit(invitation),
    });
    return { invitationId: invitation.id, email: input.email };
  });
  deliverSoon();
  return result;
}

async function requireInvitation(tx: Tx, actor: Actor, invitationId: string) {
  const invitation = await tx.invitation.findFirst({ where: { id: invitationId, organizationId: actor.organizationId } });
  if (!invitation) throw notFound("That invitation");
  return invitation;
}

/** A new link (new token, new expiry) for an open or expired invitation; the old link stops working. */
export async function resendInvitation(actor: Actor, input: TInvitationRef) {
  requirePermission(actor, "members:manage");
  const result = await getDb().$transaction(async (tx) => {
    await lockOrganization(tx, actor.organizationId);
    await requireStillAdmin(tx, actor);
    const invitation = await requireInvitation(tx, actor, input.invitationId);
    const status = invitationStatus(invitation);
    if (status === "accepted" || status === "revoked")
      throw new AppError("CONFLICT", `This invitation was ${status}; it cannot be re-sent. Invite ${invitation.email} again instead.`);
    const { token, hash } = newToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    const updated = await tx.invitation.update({
      where: { id: invitation.id },
      data: { tokenHash: hash, sentAt: now, expiresAt, sendCount: { increment: 1 } },
    });
    const mail = invitationEmail({ ...(await organizationAndInviter(tx, actor)), role: updated.role as Role, token, expiresAt });
    await queueEmail(tx, { kind: "invitation", to: updated.email, ...mail, organizationId: actor.organizationId });
    await afterOrganizationChange(tx, actor, {
      entityType: "Invitation",
      entityId: invitation.id,
      action: "invitation.resent",
      before: invitationAudit(invitation),
      after: invitationAudit(updated),
    });
    return { invitationId: invitation.id, email: updated.email };
  });
  deliverSoon();
  return result;
}

export async function revokeInvitation(actor: Actor, input: TInvitationRef) {
  requirePermission(actor, "members:manage");
  return getDb().$transaction(async (tx) => {
    await lockOrganization(tx, actor.organizationId);
    await requireStillAdmin(tx, actor);
    const invitation = await requireInvitation(tx, actor, input.invitationId);
    const status = invitationStatus(invitation);
    if (status === "accepted" || status === "revoked") throw new AppError("CONFLICT", `This invitation was already ${status}.`);
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    await afterOrganizationChange(tx, actor, {
      entityType: "Invitation",
      entityId: invitation.id,
      action: "invitation.revoked",
      before: invitationAudit(invitation),
    });
    return { invitationId: invitation.id };
  });
}
