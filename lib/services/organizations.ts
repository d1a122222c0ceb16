import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { oidcProviders } from "@/lib/auth/oidc-config";
import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/enums";
import { firstFreeSlug, slugBase } from "@/lib/domain/organization-slug";
import { AppError, invalidField, notFound, rateLimited } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createRateLimiter } from "@/lib/rate-limit";
import { ensureDefaultPlaybook } from "@/lib/seed/playbook";
import type { TCreateOrganization, TOrganizationSettings } from "@/lib/validation/organization";
import { requirePermission } from "./access";
import { afterOrganizationChange } from "./organization-changes";

type Tx = Prisma.TransactionClient;

/** Anyone may create an organisation: at most this many per person per hour, so nobody can flood the database with them. */
export const ORGANIZATIONS_PER_HOUR = 5;
const creationLimiter = createRateLimiter({ name: "organization-create", limit: ORGANIZATIONS_PER_HOUR, windowMs: 60 * 60_000 });

const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === "P2002";

/**
 * A new organisation with the creator as its admin and its own copy of the default playbook (the
 * one the seed gives every organisation), audited in the new organisation. The slug comes from the
 * name; a taken one gets a suffix (two creations racing for the same slug: the loser tries again).
 */
export async function createOrganization(actor: Actor, input: TCreateOrganization): Promise<{ id: string; slug: string }> {
  requirePermission(actor, "organization:create");
  const verdict = await creationLimiter.take(actor.userId);
  if (!verdict.ok) {
    throw rateLimited(`You have created ${ORGANIZATIONS_PER_HOUR} organisations in the last hour. Try again later.`, verdict.retryAfterSeconds);
  }
  const base = slugBase(input.name);
  for (let attempt = 1; ; attempt++) {
    try {
      return await getDb().$transaction(
        async (tx) => {
          const taken = await tx.organization.findMany({ where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] }, select: { slug: true } });
          const slug = firstFreeSlug(base, new Set(taken.map((o) => o.slug)));
          const org = await tx.organization.create({
            data: { name: input.name, slug, defaultCurrency: input.defaultCurrency },
            select: { id: true, slug: true },
          });
          await tx.membership.create({ data: { organizationId: org.id, userId: actor.userId, role: "ADMIN", joinedVia: "created" } });
          await ensureDefaultPlaybook(tx, org.id);
          await afterOrganizationChange(
            tx,
            { userId: actor.userId, organizationId: org.id },
            {
              entityType: "Organization",
              entityId: org.id,
              action: "organization.created",
              after: { name: input.name, slug, defaultCurrency: input.defaultCurrency },
            },
          );
          return org;
        },
        { timeout: 30_000 },
      );
    } catch (error) {
      if (isUniqueViolation(error) && attempt < 3) continue;
      throw error;
    }
  }
}

export interface SsoProviderOption {
  id: string;
  name: string;
}

export interface OrganizationSettingsDto {
  organizationId: string;
  version: number;
  name: string;
  slug: string;
  defaultCurrency: string;
  ssoProviderId: string | null;
  ssoEmailDomains: string[];
  ssoDefaultRole: Role;
  passwordSignInAllowed: boolean;
  requireSecondApproval: boolean;
}

const SETTINGS_SELECT = {
  id: true,
  version: true,
  name: true,
  slug: true,
  defaultCurrency: true,
  ssoProviderId: true,
  ssoEmailDomains: true,
  ssoDefaultRole: true,
  passwordSignInAllowed: true,
  requireSecondApproval: true,
} as const;

type SettingsRow = Prisma.OrganizationGetPayload<{ select: typeof SETTINGS_SELECT }>;

function toSettingsDto(org: SettingsRow): OrganizationSettingsDto {
  const { id, ...rest } = org;
  return { organizationId: id, ...rest, ssoDefaultRole: org.ssoDefaultRole as Role };
}

/** The providers an organisation may link: the deployment's (lib/auth/oidc-config.ts), id and label only. */
export function ssoProviderOptions(): SsoProviderOption[] {
  return oidcProviders().map(({ id, name }) => ({ id, name }));
}

export async function getOrganizationSettings(actor: Actor): Promise<OrganizationSettingsDto> {
  requirePermission(actor, "organization:settings");
  const org = await getDb().organization.findUnique({ where: { id: actor.organizationId }, select: SETTINGS_SELECT });
  if (!org) throw notFound("The organisation");
  return toSettingsDto(org);
}

/** The currency a new deal of the actor's organisation starts with. */
export async function getDefaultCurrency(actor: Actor): Promise<string> {
  requirePermission(actor, "deal:create");
  const org = await getDb().organization.findUnique({ where: { id: actor.organizationId }, select: { defaultCurrency: true } });
  if (!org) throw notFound("The organisation");
  return org.defaultCurrency;
}

type SettingsField = "name" | "defaultCurrency" | "ssoProviderId" | "ssoEmailDomains" | "ssoDefaultRole" | "passwordSignInAllowed" | "requireSecondApproval";
const SETTINGS_FIELDS: SettingsField[] = [
  "name",
  "defaultCurrency",
  "ssoProviderId",
  "ssoEmailDomains",
  "ssoDefaultRole",
  "passwordSignInAllowed",
  "requireSecondApproval",
];

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves the settings form. The organisation's row is locked and its version compared: a form read
 * before someone else's save is refused (CONFLICT, with the settings as they are now). Only the
 * fields that changed are written and audited (before/after).
 */
export async function updateOrganizationSettings(actor: Actor, input: TOrganizationSettings): Promise<OrganizationSettingsDto> {
  requirePermission(actor, "organization:settings");
  // The form names its organisation: one saved after switching to another organisation (or another
  // organisation's id) is not this organisation's form.
  if (input.organizationId !== actor.organizationId) throw notFound("The organisation");
  return getDb().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Organization" WHERE "id" = ${actor.organizationId} FOR UPDATE`;
    if (!locked) throw notFound("The organisation");
    const current = await tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: SETTINGS_SELECT });
    if (current.version !== input.version) {
      throw new AppError(
        "CONFLICT",
        "Someone changed the settings meanwhile. Reload to see their version, then make your change again.",
        undefined,
        toSettingsDto(current),
      );
    }
    // A provider the deployment no longer configures may stay linked, but none can be newly chosen.
    if (input.ssoProviderId !== null && input.ssoProviderId !== current.ssoProviderId && !oidcProviders().some((p) => p.id === input.ssoProviderId)) {
      throw invalidField("ssoProviderId", "Choose a provider from the list");
    }
    await refuseClaimedDomains(tx, actor.organizationId, input.ssoProviderId, input.ssoEmailDomains);

    const changed = SETTINGS_FIELDS.filter((field) => input[field] !== undefined && !sameValue(current[field], input[field]));
    if (!changed.length) return toSettingsDto(current);
    const pick = (source: Partial<Record<SettingsField, unknown>>) => Object.fromEntries(changed.map((field) => [field, source[field]]));
    const updated = await tx.organization.update({
      where: { id: actor.organizationId },
      data: { ...pick(input), version: { increment: 1 } },
      select: SETTINGS_SELECT,
    });
    await afterOrganizationChange(tx, actor, {
      entityType: "Organization",
      entityId: actor.organizationId,
      action: "organization.settings-changed",
      before: pick(current),
      after: pick(input),
    });
    return toSettingsDto(updated);
  });
}

/**
 * A verified email domain leads a single sign-on newcomer to one organisation only: a domain another
 * organisation already allows for the same provider is refused. Claims of one provider are
 * serialised (an advisory lock until commit), so two organisations cannot claim a domain at once.
 */
async function refuseClaimedDomains(tx: Tx, organizationId: string, providerId: string | null, domains: string[]) {
  if (providerId === null || domains.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sso-domains:${providerId}`}))`;
  const others = await tx.organization.findMany({
    where: { id: { not: organizationId }, ssoProviderId: providerId, ssoEmailDomains: { hasSome: domains } },
    select: { ssoEmailDomains: true },
  });
  const claimed = domains.filter((domain) => others.some((o) => o.ssoEmailDomains.includes(domain)));
  if (claimed.length) {
    throw invalidField(
      "ssoEmailDomains",
      `${claimed.join(", ")} ${claimed.length === 1 ? "is" : "are"} already claimed by another organisation for this provider. Remove ${claimed.length === 1 ? "it" : "them"}, or ask that organisation to release ${claimed.length === 1 ? "it" : "them"}.`,
    );
  }
}
