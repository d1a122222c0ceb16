import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { dealLicenceFindings, type DealLicenceFacts } from "@/lib/domain/deal-licence";
import type { BaseModelLicenceType, HostingModel, UseCaseCategory } from "@/lib/domain/enums";
import { AppError, invalidField, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findLicence } from "@/lib/licences/findings";
import type { LicenceFinding } from "@/lib/licences/types";
import { activeMembersAmong } from "@/lib/notifications/recipients";
import type { TAcceptLicenceFinding, TRevokeLicenceFinding } from "@/lib/validation/licence";
import { isoDateInDays, RISK_REVIEW_DEFAULT_DAYS } from "@/lib/validation/review";
import { requireDeal, requirePermission } from "./access";
import { afterDealChange, beginDealChange } from "./deal-changes";

type Tx = Prisma.TransactionClient;

// The deal's base-model licence findings (derived from its facts and the registry, never stored) and
// the CIO's written acceptances of the blocking ones. An acceptance lifts the finding's readiness
// blocker, like a clause's risk acceptance lifts the clause's.

export interface LicenceAcceptanceDto {
  id: string;
  findingKey: string;
  rationale: string;
  acceptedBy: string;
  createdAt: string;
  owner: string | null;
  reviewOn: string | null;
}

export interface DealLicenceFindingsDto {
  dealId: string;
  /** The registry entry the deal picked; null when the licence is free text (unchecked) or not stated. */
  licence: { key: string; name: string; version: string; textUrl: string; reviewedOn: string; licenceType: BaseModelLicenceType } | null;
  /** The licence as typed, when not from the registry ("" when none stated). */
  freeText: string;
  facts: { expectedMonthlyUsers: number | null; useCaseCategory: UseCaseCategory; hostingModel: HostingModel; threshold: number | null };
  findings: (LicenceFinding & { acceptance: LicenceAcceptanceDto | null })[];
  /** Standing acceptances whose finding the deal no longer has (its facts changed since): kept until revoked. */
  orphanAcceptances: LicenceAcceptanceDto[];
  openBlocking: number;
  /** The actor may accept and revoke (CIO or admin) and the deal is not archived. */
  canAccept: boolean;
}

/** The deal's licence findings with the written acceptances in force. */
export async function getDealLicenceFindings(actor: Actor, dealId: string): Promise<DealLicenceFindingsDto> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  return { ...(await licenceFindingsOf(db, deal)), canAccept: can(actor.role, "risk:accept") && !deal.archivedAt };
}

/** The same for a deal already scoped by the caller, in one statement (the report reads it in its transaction). */
export async function licenceFindingsOf(db: Tx, deal: DealLicenceFacts & { id: string }): Promise<Omit<DealLicenceFindingsDto, "canAccept">> {
  const acceptances = await standingAcceptances(db, deal.id);
  const byKey = new Map(acceptances.map((a) => [a.findingKey, a]));
  const { findings, open } = dealLicenceFindings(deal, new Set(byKey.keys()));
  const keys = new Set(findings.map((f) => f.key));
  const entry = findLicence(deal.baseModelLicenceKey);
  return {
    dealId: deal.id,
    licence: entry
      ? { key: entry.key, name: entry.name, version: entry.version, textUrl: entry.textUrl, reviewedOn: entry.reviewedOn, licenceType: entry.licenceType }
      : null,
    freeText: entry ? "" : deal.baseModelLicence,
    facts: {
      expectedMonthlyUsers: deal.expectedMonthlyUsers,
      useCaseCategory: deal.useCaseCategory as UseCaseCategory,
      hostingModel: deal.hostingModel as HostingModel,
      threshold: entry?.facts.userThreshold.value ?? null,
    },
    findings: findings.map((f) => ({ ...f, acceptance: byKey.get(f.key) ?? null })),
    orphanAcceptances: acceptances.filter((a) => !keys.has(a.findingKey)),
    openBlocking: open.length,
  };
}

/** The deal's acceptances in force with the names of who accepted and who owns them, in one statement. */
async function standingAcceptances(db: Tx, dealId: string): Promise<LicenceAcceptanceDto[]> {
  const rows = await db.$queryRaw<
    { id: string; findingKey: string; rationale: string; acceptedBy: string; createdAt: Date; owner: string | null; reviewOn: Date | null }[]
  >`
    SELECT a."id", a."findingKey", a."rationale", u."name" AS "acceptedBy", a."createdAt", o."name" AS owner, a."reviewOn"
    FROM "LicenceFindingAcceptance" a JOIN "User" u ON u."id" = a."acceptedById" LEFT JOIN "User" o ON o."id" = a."ownerId"
    WHERE a."dealId" = ${dealId} AND a."revokedAt" IS NULL
    ORDER BY a."createdAt", a."id"`;
  return rows.map((a) => ({
    id: a.id,
    findingKey: a.findingKey,
    rationale: a.rationale,
    acceptedBy: a.acceptedBy,
    createdAt: a.createdAt.toISOString(),
    owner: a.owner,
    reviewOn: a.reviewOn?.toISOString().slice(0, 10) ?? null,
  }));
}

/** A CIO's written acceptance of one blocking licence finding: it lifts that finding's readiness blocker. */
export async function acceptLicenceFinding(
  actor: Actor,
  input: Omit<TAcceptLicenceFinding, "ownerId" | "reviewOn"> & Partial<Pick<TAcceptLicenceFinding, "ownerId" | "reviewOn">>,
) {
  requirePermission(actor, "risk:accept");
  return getDb().$transaction(async (tx) => {
    const deal = await beginDealChange(tx, actor, { dealId: input.dealId });
    const { findings } = dealLicenceFindings(deal, new Set());
    const finding = findings.find((f) => f.key === input.findingKey && f.severity === "BLOCKING");
    if (!finding) throw invalidField("findingKey", "This is not a blocking licence finding of this deal (its facts may have changed): reload the page.");
    const existing = await tx.licenceFindingAcceptance.findFirst({
      where: { dealId: deal.id, findingKey: finding.key, revokedAt: null },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", "This finding is already accepted in writing.");
    const ownerId = input.ownerId ?? actor.userId;
    if (ownerId !== actor.userId) {
      const [owner] = await activeMembersAmong(tx, actor.organizationId, [ownerId]);
      if (!owner) throw invalidField("ownerId", "Choose a member of this organisation as the owner.");
    }
    const reviewOn = input.reviewOn ?? new Date(`${isoDateInDays(RISK_REVIEW_DEFAULT_DAYS)}T00:00:00Z`);
    const acceptance = await tx.licenceFindingAcceptance.create({
      data: { dealId: deal.id, findingKey: finding.key, rationale: input.rationale, acceptedById: actor.userId, ownerId, reviewOn },
    });
    await afterDealChange(tx, actor, deal.id, {
      entityType: "LicenceFindingAcceptance",
      entityId: acceptance.id,
      action: "licence-finding.accepted",
      after: {
        finding: finding.key,
        title: finding.title,
        licence: deal.baseModelLicenceKey,
        rationale: input.rationale,
        ownerId,
        reviewOn: reviewOn.toISOString().slice(0, 10),
      },
    });
    return { id: acceptance.id };
  });
}

/** Withdraws a written acceptance: the finding, if the deal still has it, blocks readiness again. */
export async function revokeLicenceFinding(actor: Actor, input: TRevokeLicenceFinding) {
  requirePermission(actor, "risk:accept");
  return getDb().$transaction(async (tx) => {
    const deal = await beginDealChange(tx, actor, { dealId: input.dealId });
    const acceptance = await tx.licenceFindingAcceptance.findFirst({ where: { id: input.acceptanceId, dealId: deal.id, revokedAt: null } });
    if (!acceptance) throw notFound("The licence finding acceptance");
    await tx.licenceFindingAcceptance.update({ where: { id: acceptance.id }, data: { revokedAt: new Date() } });
    await afterDealChange(tx, actor, deal.id, {
      entityType: "LicenceFindingAcceptance",
      entityId: acceptance.id,
      action: "licence-finding.revoked",
      before: { finding: acceptance.findingKey, rationale: acceptance.rationale },
      after: { revoked: true },
    });
    return { id: acceptance.id };
  });
}
