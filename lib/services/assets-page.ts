import "server-only";
import type { Actor } from "@/lib/auth/load-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import type { DeliverableStatus } from "@/lib/assets/deliverable-status";
import type { ManifestComparison } from "@/lib/assets/manifest-compare";
import type { EscrowFreshness } from "@/lib/assets/escrow-freshness";
import type { ExitReadiness } from "@/lib/assets/exit-readiness";
import { suggestedAssets } from "@/lib/assets/suggested";
import type { DealStage, DeliverableKind, EscrowReleaseTrigger, HostingModel, VerificationMethod } from "@/lib/domain/enums";
import { isoDateInDays } from "@/lib/validation/review";
import { requireDeal, requirePermission } from "./access";
import { exitReadinessOfDeals } from "./exit-readiness";

// What the deal's Assets tab and the overview's exit-readiness card read.

export interface VerificationDto {
  id: string;
  method: VerificationMethod;
  passed: boolean;
  sha256: string | null;
  note: string;
  by: string;
  at: string;
  /** Made on the hash delivered now: only these count. */
  current: boolean;
}

export interface DeliverableDto {
  id: string;
  version: number;
  kind: DeliverableKind;
  name: string;
  format: string;
  milestone: string;
  dueOn: string | null;
  expectedPath: string;
  expectedSha256: string | null;
  delivered: { fileName: string; sizeBytes: number | null; sha256: string; at: string | null } | null;
  status: DeliverableStatus;
  checks: VerificationDto[];
}

export interface ManifestImportDto {
  id: string;
  fileName: string;
  manifestSha256: string;
  at: string;
  by: string;
  fileCount: number;
  comparison: ManifestComparison;
}

export interface EscrowDto {
  arrangement: { version: number; agent: string; freshnessDays: number; releaseTriggers: EscrowReleaseTrigger[]; notes: string } | null;
  deposits: { id: string; depositedOn: string; manifestSha256: string; note: string; by: string }[];
  freshness: EscrowFreshness;
}

export interface AssetsPageDto {
  deal: { id: string; name: string; vendor: string; stage: DealStage; archived: boolean; hostingModel: HostingModel };
  today: string;
  deliverables: DeliverableDto[];
  /** How many of the usual assets the deal does not promise yet. */
  suggestedCount: number;
  imports: ManifestImportDto[];
  escrow: EscrowDto;
  exit: ExitReadiness;
  canManage: boolean;
  canVerify: boolean;
}

const IMPORTS_SHOWN = 5;
const DEPOSITS_SHOWN = 12;

export async function getAssetsPage(actor: Actor, dealId: string): Promise<AssetsPageDto> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await requireDeal(db, actor, dealId);
  const today = isoDateInDays(0);
  const [rows, imports, arrangement, deposits, facts] = await Promise.all([
    db.deliverable.findMany({
      where: { dealId: deal.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: { verifications: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { verifiedBy: { select: { name: true } } } } },
    }),
    db.manifestImport.findMany({
      where: { dealId: deal.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: IMPORTS_SHOWN,
      include: { importedBy: { select: { name: true } } },
    }),
    db.escrowArrangement.findUnique({ where: { dealId: deal.id } }),
    db.escrowDeposit.findMany({
      where: { dealId: deal.id },
      orderBy: [{ depositedOn: "desc" }, { createdAt: "desc" }],
      take: DEPOSITS_SHOWN,
      include: { recordedBy: { select: { name: true } } },
    }),
    exitReadinessOfDeals(db, [deal.id], today),
  ]);
  const { readiness, statuses, escrow } = facts.get(deal.id)!;
  const deliverables = rows.map((d): DeliverableDto => ({
    id: d.id,
    version: d.version,
    kind: d.kind as DeliverableKind,
    name: d.name,
    format: d.format,
    milestone: d.milestone,
    dueOn: d.dueOn?.toISOString().slice(0, 10) ?? null,
    expectedPath: d.expectedPath,
    expectedSha256: d.expectedSha256,
    delivered: d.deliveredSha256
      ? {
          fileName: d.deliveredFileName ?? "",
          sizeBytes: d.deliveredSizeBytes === null ? null : Number(d.deliveredSizeBytes),
          sha256: d.deliveredSha256,
          at: d.deliveredAt?.toISOString() ?? null,
        }
      : null,
    status: statuses.get(d.id)!,
    checks: d.verifications.map((v) => ({
      id: v.id,
      method: v.method as VerificationMethod,
      passed: v.passed,
      sha256: v.sha256,
      note: v.note,
      by: v.verifiedBy.name,
      at: v.createdAt.toISOString(),
      current: v.sha256 !== null && v.sha256 === d.deliveredSha256,
    })),
  }));
  return {
    deal: {
      id: deal.id,
      name: deal.name,
      vendor: deal.vendor,
      stage: deal.stage as DealStage,
      archived: deal.archivedAt !== null,
      hostingModel: deal.hostingModel as HostingModel,
    },
    today,
    deliverables,
    suggestedCount: suggestedAssets(deal, new Set(deliverables.map((d) => d.kind))).length,
    imports: imports.map((i) => ({
      id: i.id,
      fileName: i.fileName,
      manifestSha256: i.manifestSha256,
      at: i.createdAt.toISOString(),
      by: i.importedBy.name,
      fileCount: Array.isArray(i.files) ? i.files.length : 0,
      comparison: i.comparison as unknown as ManifestComparison,
    })),
    escrow: {
      arrangement: arrangement && {
        version: arrangement.version,
        agent: arrangement.agent,
        freshnessDays: arrangement.freshnessDays,
        releaseTriggers: arrangement.releaseTriggers as EscrowReleaseTrigger[],
        notes: arrangement.notes,
      },
      deposits: deposits.map((e) => ({
        id: e.id,
        depositedOn: e.depositedOn.toISOString().slice(0, 10),
        manifestSha256: e.manifestSha256,
        note: e.note,
        by: e.recordedBy.name,
      })),
      freshness: escrow,
    },
    exit: readiness,
    canManage: can(actor.role, "assets:manage") && deal.archivedAt === null,
    canVerify: can(actor.role, "assets:verify") && deal.archivedAt === null,
  };
}

export interface ExitReadinessCardDto {
  dealId: string;
  /** Scored for approved and signed deals; before that the card only says when it will. */
  exit: ExitReadiness | null;
  escrow: EscrowFreshness | null;
}

/** The overview's card: the score once the deal is approved or signed. */
export async function getExitReadinessCard(actor: Actor, dealId: string): Promise<ExitReadinessCardDto> {
  requirePermission(actor, "deal:read");
  const db = getDb();
  const deal = await db.deal.findFirst({ where: { id: dealId, organizationId: actor.organizationId }, select: { id: true, stage: true } });
  if (!deal) return { dealId, exit: null, escrow: null };
  if (deal.stage !== "APPROVED" && deal.stage !== "SIGNED") return { dealId: deal.id, exit: null, escrow: null };
  const facts = (await exitReadinessOfDeals(db, [deal.id])).get(deal.id)!;
  return { dealId: deal.id, exit: facts.readiness, escrow: facts.escrow };
}
