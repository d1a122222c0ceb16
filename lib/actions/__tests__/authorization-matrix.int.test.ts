import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { can, type Permission } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { NOTIFICATION_KINDS, ROLES, type Role } from "@/lib/domain/enums";
import { AppError } from "@/lib/errors";
import { deliveryIdle } from "@/lib/mail/deliver";
import { webhookDeliveryIdle } from "@/lib/webhooks/deliver";
import { webhookFixture } from "@/lib/test/webhooks";
import { createWebhook, deleteWebhook, resendWebhookDelivery } from "@/lib/services/webhooks";
import { logVendorResponse, updateDealClause } from "@/lib/services/deal-clauses";
import { clearDraftCounter, setDraftCounter } from "@/lib/services/drafts/counters";
import { overrideClauseRules, restoreClauseRules } from "@/lib/services/deal-rules";
import { addDealSpecificClause, removeDealSpecificClause } from "@/lib/services/deal-specific-clauses";
import { createDeal, setDealArchived, updateDeal } from "@/lib/services/deals";
import { updateOrganizationSettings } from "@/lib/services/organizations";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { serializePlaybook } from "@/lib/playbook/format";
import { importPlaybookDraft, publishPlaybookDraft } from "@/lib/services/playbook-versions";
import { retryOutboxMessage } from "@/lib/services/outbox";
import { updateProcessStep } from "@/lib/services/process";
import { confirmClauseStillHolds, upgradeDeal } from "@/lib/services/deal-upgrade";
import { createDealBehindCurrentVersion } from "@/lib/test/deal-behind-version";
import { afterDealChange } from "@/lib/services/deal-changes";
import { acceptRisk, decideReview, revokeRisk } from "@/lib/services/reviews";
import { acceptLicenceFinding, revokeLicenceFinding } from "@/lib/services/licence-findings";
import { assignClause } from "@/lib/services/clause-assignment";
import { postComment } from "@/lib/services/comments";
import { changeMemberRole, inviteMember, removeMember, resendInvitation, revokeInvitation, setMemberApprover, setMemberDisabled } from "@/lib/services/members";
import { submitForReview } from "@/lib/services/submissions";
import { addDeliverable, addSuggestedDeliverables, recordDelivery, removeDeliverable, updateDeliverable, verifyDeliverable } from "@/lib/services/assets";
import { recordEscrowDeposit, saveEscrowArrangement } from "@/lib/services/escrow";
import { createServiceToken } from "@/lib/services/api-tokens";
import { createTestToken } from "@/lib/test/api";
import { cookieJar, getActor, ORG_COOKIE, revalidatePath, signIn, signOut } from "@/lib/test/action-env";
import { snapshotOrgs, watchAudit } from "@/lib/test/db-snapshot";
import { draftReviewFixture, type DraftReviewFixture } from "@/lib/test/drafts";
import { dealInput } from "@/lib/test/deals";
import { createOrganization, createTeam, createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { addOnePassageRound, oneEntryRoundInput, type OnePassageRound } from "@/lib/test/draft-rounds";
import { decode } from "next-auth/jwt";
import { SESSION_COOKIE_NAME } from "@/lib/auth/session-cookie";
import { actionNamed, invoke, loadAllActions, type Outcome } from "@/lib/test/load-actions";
import { vendorPairFixture } from "@/lib/test/vendors";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));
vi.mock("next/cache", () => import("@/lib/test/action-env"));
vi.mock("@/lib/services/deal-changes", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/services/deal-changes")>();
  return { ...original, afterDealChange: vi.fn(original.afterDealChange) };
});

// Every server action × every kind of caller. The registry is filled by importing every module in
// lib/actions/, so a new action without a row below fails the completeness test.
const { registry: ACTION_REGISTRY, actions } = await loadAllActions();

type Team = Awaited<ReturnType<typeof createTeam>>;

interface MatrixCtx {
  team: Team;
  deal: { id: string; version: number };
  /** A NOT_STARTED clause: a gap a CIO may accept. Flagged for re-check (as a playbook upgrade leaves it). */
  clause: { id: string; version: number };
  /** The organisation's current playbook version: newer than the one the deal follows. */
  playbookVersion: number;
  /** A clause a rule raised (the deal is in a regulated sector), its rules in force. */
  ruleClause: { id: string; version: number };
  /** A clause whose rules a negotiator set aside. */
  overriddenClause: { id: string; version: number };
  /** A clause added to this deal only, not negotiated yet. */
  dealOnlyClause: { id: string; version: number };
  /** The deal's first process step (playbook recommendation). */
  processStepId: string;
  /** A live risk acceptance on another clause of the deal. */
  riskAcceptanceId: string;
  /** The organisation's settings version now. */
  organizationVersion: number;
  /** A message of the organisation that gave up (FAILED). */
  failedMessageId: string;
  /** A fresh viewer of the team's organisation, for the member actions. */
  membershipId: string;
  /** An open invitation of the team's organisation. */
  invitationId: string;
  /** A member of the other organisation only: the team's admin may invite them, their own admin may not. */
  otherOrgMemberEmail: string;
  /** The version of the organisation's playbook draft, which differs from the current playbook version (a fresh one per context). */
  playbookDraftVersion: number;
  /** The same draft's version, for the editor's actions. */
  draftVersion: number;
  /** A vendor draft of the deal (one passage), at its review version; the passage has counter wording. */
  /** A vendor-draft round of the deal, made by the rows that need one (setup). */
  round?: OnePassageRound;
  /** A vendor draft of the deal (version 1) with a proposed mapping, an open and a dismissed flag. */
  vendorDraft: DraftReviewFixture;
  /** An unread notification, made by the rows that need one (setup). */
  notificationId?: string;
  /** A comment on the clause by the caller (another organisation's admin and the signed-out: by the team's admin), made by the rows that need one. */
  commentId?: string;
  /** Model assets on the deal: a promised asset (version 1), a delivered one (hash ASSET_SHA) and an escrow arrangement (version 1). */
  assets: { deliverableId: string; deliveredId: string; escrowVersion: number; manifestSha256: string };
  /** A standing written acceptance of the deal's user-threshold licence finding, made by the rows that need one (setup). */
  licenceAcceptanceId?: string;
  /** A live API token of the caller (another organisation's admin and the signed-out: of the team's admin), made by the rows that need one. */
  tokenId?: string;
  /** Two vendor records of the organisation proposed for merging (no deals), and the proposal. */
  vendors: Awaited<ReturnType<typeof vendorPairFixture>>;
  /** A webhook of the organisation (version 1) with a FAILED delivery. */
  webhook: Awaited<ReturnType<typeof webhookFixture>>;
}

interface MatrixRow {
  /** Pinned here so an action cannot silently change the permission it checks. */
  permission: Permission;
  /** Input as a form would send it, valid for the team's organisation. */
  validInput: (ctx: MatrixCtx, caller?: Caller) => unknown;
  /**
   * What an admin of another organisation gets (default NOT_FOUND: the team's objects do not exist
   * for them); "allowed" for actions that only concern the caller themselves.
   */
  foreign?: { code: AppError["code"]; field?: string } | "allowed";
  /**
   * Where an allowed call leaves its trace: a change to a deal (which must end with the after-change
   * step, exactly once, and an audit event naming the deal), another change plus its audit event, the
   * org cookie, the ended session, or a new organisation (the caller its admin, its audit event in
   * it, the cookie moved to it); "account": a change to the caller's own account that ends their other
   * sessions (session version + 1, this browser's session cookie re-issued with the new version) with
   * an audit event in each of their organisations. "own": a change to the caller's own inbox or
   * settings (whoever they are, wherever), audited as `ownAuditAction` in each of their organisations
   * when given, else not at all.
   */
  effect: "deal" | "database" | "cookie" | "session" | "new organization" | "account" | "own";
  ownAuditAction?: string;
  /** The row touches nothing of the context (only the caller's own things): the context of the case before serves. */
  anyContext?: true;
  /** Audit events an allowed "deal" or "database" call writes (default 1): a change made of recorded steps writes its own and theirs. */
  auditEvents?: number;
  /** Prepares what the action needs beyond the fresh context (before the snapshot is taken). */
  setup?: (ctx: MatrixCtx, caller: Caller) => Promise<void>;
}

const DEFAULT_CLAUSE = DEFAULT_PLAYBOOK.clauses[0];
/** The playbook editor's forms name the organisation and the draft version they read. */
const draftRef = (ctx: MatrixCtx) => ({ organizationId: ctx.team.org.id, draftVersion: String(ctx.draftVersion) });
const draftClause = (ctx: MatrixCtx) => {
  const { key: _key, source: _source, ...fields } = DEFAULT_CLAUSE;
  return { ...draftRef(ctx), ...fields, sampleLanguage: fields.sampleLanguage ?? "" };
};
const editorRow = (validInput: (ctx: MatrixCtx) => unknown, setup?: MatrixRow["setup"]): MatrixRow => ({
  permission: "playbook:edit",
  validInput,
  effect: "database",
  setup,
});

/** The vendor draft's countered passage, at the draft's first version (what the counter actions name). */
const counterTarget = (ctx: MatrixCtx) => ({ draftId: ctx.vendorDraft.draftId, version: "1", passageId: ctx.vendorDraft.passageId });

/** The caller's own fresh comment on the clause: what the comment actions change (an author edits and deletes their own). */
const ownCommentRow = (validInput: (commentId: string) => unknown): MatrixRow => ({
  permission: "comment:write",
  // Without its setup (the ended-session test) the comment is a placeholder: the call is refused before the input is read.
  validInput: (ctx) => validInput(ctx.commentId ?? "no-comment"),
  effect: "deal",
  setup: async (ctx, caller) => {
    // A viewer cannot write comments: theirs (refused before the input is read) names the admin's.
    const author =
      caller && caller !== "signed out" && caller !== "ADMIN of another organisation" && caller !== "VIEWER" ? team.actors[caller] : team.actors.ADMIN;
    ctx.commentId = (await postComment(author, { dealClauseId: ctx.clause.id, body: "A matrix comment." })).id;
  },
});

const ASSET_SHA = "cd".repeat(32);
const assetRow = (validInput: MatrixRow["validInput"], permission: Permission = "assets:manage"): MatrixRow => ({ permission, validInput, effect: "deal" });
const MATRIX_RATIONALE = "Accepted for the matrix test fixture.";
/** The deal on the Llama 3.1 licence with more expected users than its cap: a blocking "user-threshold" finding. */
const overLicenceCap = async (dealId: string) => {
  await getDb().deal.update({ where: { id: dealId }, data: { baseModelLicenceKey: "llama-3.1-community", expectedMonthlyUsers: 900_000_000 } });
};

const MATRIX_ROWS: Record<string, MatrixRow> = {
  // Model assets and escrow (issue 16).
  addDeliverable: assetRow((ctx) => ({ dealId: ctx.deal.id, kind: "WEIGHTS", name: "Matrix weights" })),
  updateDeliverable: assetRow((ctx) => ({
    dealId: ctx.deal.id,
    deliverableId: ctx.assets.deliverableId,
    version: "1",
    kind: "TOKENIZER",
    name: "Matrix tokenizer",
  })),
  removeDeliverable: assetRow((ctx) => ({ dealId: ctx.deal.id, deliverableId: ctx.assets.deliverableId, version: "1" })),
  addSuggestedDeliverables: assetRow((ctx) => ({ dealId: ctx.deal.id })),
  recordDelivery: assetRow((ctx) => ({
    dealId: ctx.deal.id,
    deliverableId: ctx.assets.deliverableId,
    version: "1",
    fileName: "w.bin",
    sizeBytes: "3",
    sha256: ASSET_SHA,
  })),
  verifyDeliverable: assetRow(
    (ctx) => ({ dealId: ctx.deal.id, deliverableId: ctx.assets.deliveredId, sha256: ASSET_SHA, method: "HASH_MATCH", passed: "true" }),
    "assets:verify",
  ),
  saveEscrowArrangement: assetRow((ctx) => ({
    dealId: ctx.deal.id,
    version: String(ctx.assets.escrowVersion),
    agent: "Matrix Escrow",
    freshnessDays: "90",
    releaseTriggers: ["INSOLVENCY"],
  })),
  recordEscrowDeposit: assetRow((ctx) => ({ dealId: ctx.deal.id, depositedOn: "2026-01-15", manifestSha256: ctx.assets.manifestSha256 })),
  // Vendors as records (issue 16).
  mergeVendors: {
    permission: "vendor:merge",
    validInput: (ctx) => ({ survivorId: ctx.vendors.survivorId, mergedId: ctx.vendors.mergedId }),
    effect: "database",
  },
  dismissVendorProposal: { permission: "vendor:merge", validInput: (ctx) => ({ proposalId: ctx.vendors.proposalId }), effect: "database" },
  renameVendor: {
    permission: "vendor:manage",
    validInput: (ctx) => ({ vendorId: ctx.vendors.survivorId, version: "1", name: `${ctx.vendors.survivorName} Renamed` }),
    effect: "database",
  },
  // Webhooks (issue 17).
  createWebhook: {
    permission: "webhook:manage",
    validInput: () => ({ url: "https://93.184.215.14/matrix", description: "Matrix", events: ["DEAL_CREATED"] }),
    // Their own organisation already sends to this URL (beforeAll).
    foreign: { code: "INVALID_INPUT", field: "url" },
    effect: "database",
  },
  updateWebhook: {
    permission: "webhook:manage",
    validInput: (ctx) => ({
      webhookId: ctx.webhook.webhookId,
      version: "1",
      url: "https://93.184.215.14/matrix-edited",
      description: "",
      events: ["DEAL_APPROVED"],
      active: "true",
    }),
    effect: "database",
  },
  rollWebhookSecret: { permission: "webhook:manage", validInput: (ctx) => ({ webhookId: ctx.webhook.webhookId, version: "1" }), effect: "database" },
  deleteWebhook: { permission: "webhook:manage", validInput: (ctx) => ({ webhookId: ctx.webhook.webhookId, version: "1" }), effect: "database" },
  resendWebhookDelivery: { permission: "webhook:manage", validInput: (ctx) => ({ deliveryId: ctx.webhook.deliveryId }), effect: "database" },
  // Clause discussion and assignment (issue 15).
  postComment: {
    permission: "comment:write",
    validInput: (ctx) => ({ dealClauseId: ctx.clause.id, body: `@${ctx.team.users.CIO.email} is escrow enough here?` }),
    effect: "deal",
  },
  editComment: ownCommentRow((commentId) => ({ commentId, body: "A matrix comment, corrected." })),
  deleteComment: ownCommentRow((commentId) => ({ commentId })),
  assignClause: {
    permission: "clause:assign",
    validInput: (ctx) => ({ dealClauseId: ctx.clause.id, version: String(ctx.clause.version), assigneeId: ctx.team.users.NEGOTIATOR.id, dueOn: "2027-01-31" }),
    effect: "deal",
  },
  logDraftRound: {
    permission: "draft:manage",
    // Without its setup (the ended-session test) the round is a placeholder: the call is refused before the input is read.
    validInput: (ctx) =>
      oneEntryRoundInput(ctx.round ?? { draftId: "no-round", version: 1, passageId: "no-passage", dealClauseId: ctx.clause.id, clauseVersion: 1 }),
    effect: "deal",
    // draft.logged, then the response's own response.logged.
    auditEvents: 2,
    setup: async (ctx) => {
      ctx.round = await addOnePassageRound(team.actors.ADMIN, ctx.deal.id);
    },
  },
  createDeal: {
    permission: "deal:create",
    validInput: (ctx) => ({
      name: "Matrix deal",
      vendor: "Acme AI",
      useCase: "",
      hostingModel: "SELF_HOSTED",
      contractValue: "250,000.00",
      currency: "USD",
      stage: "INTAKE",
      targetSigningDate: "2026-12-31",
      ownerId: ctx.team.users.NEGOTIATOR.id,
    }),
    // There is no deal to find: the owner named is not a member of their organisation.
    foreign: { code: "INVALID_INPUT", field: "ownerId" },
    effect: "deal",
  },
  updateDeal: {
    permission: "deal:update",
    validInput: (ctx) => ({
      dealId: ctx.deal.id,
      version: String(ctx.deal.version),
      name: "Matrix deal, renamed",
      vendor: "Acme AI",
      hostingModel: "HYBRID",
      contractValue: "1000",
      currency: "EUR",
      stage: "NEGOTIATING",
      targetSigningDate: "",
      ownerId: ctx.team.users.ADMIN.id,
    }),
    effect: "deal",
  },
  archiveDeal: {
    permission: "deal:archive",
    validInput: (ctx) => ({ dealId: ctx.deal.id, version: String(ctx.deal.version), archived: "true" }),
    effect: "deal",
  },
  updateDealClause: {
    permission: "clause:update",
    validInput: (ctx) => ({
      dealClauseId: ctx.clause.id,
      version: String(ctx.clause.version),
      status: "IN_NEGOTIATION",
      notes: "Matrix note",
      agreedLanguage: "",
      contractReference: "§1",
      notApplicableReason: "",
    }),
    effect: "deal",
  },
  overrideClauseRules: {
    permission: "clause:update",
    validInput: (ctx) => ({ dealClauseId: ctx.ruleClause.id, version: String(ctx.ruleClause.version), reason: "Not used for regulated decisions." }),
    effect: "deal",
  },
  restoreClauseRules: {
    permission: "clause:update",
    validInput: (ctx) => ({ dealClauseId: ctx.overriddenClause.id, version: String(ctx.overriddenClause.version) }),
    effect: "deal",
  },
  addDealSpecificClause: {
    permission: "clause:update",
    validInput: (ctx) => ({
      dealId: ctx.deal.id,
      layerKey: "deployment-exit",
      title: "Data stays in the EU",
      whyItMatters: "Residency.",
      mustHave: "EU only.",
      fallback: "EU storage.",
      walkAway: "Outside the EU.",
      priority: "MUST_HAVE",
      sampleLanguage: "",
    }),
    effect: "deal",
  },
  removeDealSpecificClause: {
    permission: "clause:update",
    validInput: (ctx) => ({ dealClauseId: ctx.dealOnlyClause.id, version: String(ctx.dealOnlyClause.version) }),
    effect: "deal",
  },
  logVendorResponse: {
    permission: "response:log",
    validInput: (ctx) => ({
      dealClauseId: ctx.clause.id,
      version: String(ctx.clause.version),
      occurredOn: "2026-03-02",
      channel: "MEETING",
      vendorText: "We will host the model for you.",
      stance: "COUNTERS",
      offerPosition: "UNCLEAR",
      counterNextStep: "",
      newStatus: "IN_NEGOTIATION",
      notApplicableReason: "",
    }),
    effect: "deal",
  },
  switchOrganization: {
    permission: "organization:switch",
    validInput: (ctx) => ({ organizationId: ctx.team.org.id }),
    effect: "cookie",
  },
  acceptRisk: {
    permission: "risk:accept",
    validInput: (ctx) => ({ dealId: ctx.deal.id, dealClauseId: ctx.clause.id, rationale: "Escrow covers this gap for the pilot phase." }),
    effect: "deal",
  },
  revokeRisk: {
    permission: "risk:accept",
    validInput: (ctx) => ({ dealId: ctx.deal.id, riskAcceptanceId: ctx.riskAcceptanceId }),
    effect: "deal",
  },
  // Licence findings (issue 16): the deal's base model on a capped licence, above its cap.
  acceptLicenceFinding: {
    permission: "risk:accept",
    validInput: (ctx) => ({ dealId: ctx.deal.id, findingKey: "user-threshold", rationale: "The licensor's separate permission is being negotiated." }),
    effect: "deal",
    setup: (ctx) => overLicenceCap(ctx.deal.id),
  },
  revokeLicenceFinding: {
    permission: "risk:accept",
    // Without its setup (the ended-session test) the acceptance is a placeholder: the call is refused before the input is read.
    validInput: (ctx) => ({ dealId: ctx.deal.id, acceptanceId: ctx.licenceAcceptanceId ?? "no-acceptance" }),
    effect: "deal",
    setup: async (ctx) => {
      await overLicenceCap(ctx.deal.id);
      ctx.licenceAcceptanceId = (
        await acceptLicenceFinding(team.actors.CIO, { dealId: ctx.deal.id, findingKey: "user-threshold", rationale: MATRIX_RATIONALE })
      ).id;
    },
  },
  decideReview: {
    permission: "review:decide",
    validInput: (ctx) => ({ dealId: ctx.deal.id, decision: "CHANGES_REQUESTED", comment: "The weights clause is still open." }),
    effect: "deal",
  },
  giveSecondApproval: {
    permission: "review:second-approve",
    // Every role may hold the approver flag: the callers have it, and the deal is in CIO review (a request for changes needs no approval before it).
    validInput: (ctx) => ({ dealId: ctx.deal.id, decision: "CHANGES_REQUESTED", comment: "Legal wants the liability cap reworded." }),
    effect: "deal",
    setup: async (ctx) => {
      const db = getDb();
      await db.membership.updateMany({
        where: { userId: { in: Object.values(team.users).map((u) => u.id) }, organizationId: team.org.id },
        data: { approver: true },
      });
      await db.deal.update({ where: { id: ctx.deal.id }, data: { stage: "CIO_REVIEW" } });
    },
  },
  submitForReview: {
    permission: "deal:submit-for-review",
    validInput: (ctx) => ({ dealId: ctx.deal.id, version: String(ctx.deal.version), note: "Ready for the CIOs." }),
    effect: "deal",
  },
  upgradeDeal: {
    permission: "deal:update",
    validInput: (ctx) => ({ dealId: ctx.deal.id, version: String(ctx.deal.version), toVersion: String(ctx.playbookVersion) }),
    effect: "deal",
  },
  confirmClauseStillHolds: {
    permission: "clause:update",
    validInput: (ctx) => ({ dealClauseId: ctx.clause.id, version: String(ctx.clause.version) }),
    effect: "deal",
  },
  updateProcessStep: {
    permission: "process:update",
    validInput: (ctx) => ({ dealId: ctx.deal.id, dealRecommendationId: ctx.processStepId, done: "true", note: "Kick-off held" }),
    effect: "deal",
  },
  createOrganization: {
    permission: "organization:create",
    validInput: () => ({ name: "Matrix Org", defaultCurrency: "EUR" }),
    // Anyone may create an organisation of their own: it concerns no other organisation's objects.
    foreign: "allowed",
    effect: "new organization",
  },
  updateOrganizationSettings: {
    permission: "organization:settings",
    validInput: (ctx) => ({
      organizationId: ctx.team.org.id,
      version: String(ctx.organizationVersion),
      name: `Team Org ${ctx.organizationVersion + 1}`,
      defaultCurrency: "EUR",
      ssoProviderId: "",
      ssoEmailDomains: "",
      ssoDefaultRole: "NEGOTIATOR",
      passwordSignInAllowed: "true",
    }),
    effect: "database",
  },
  retryOutboxMessage: {
    permission: "outbox:read",
    validInput: (ctx) => ({ messageId: ctx.failedMessageId }),
    effect: "database",
  },
  // API tokens (issue 17). The forms name the organisation they were shown in: another organisation's admin sending the team's is not found.
  createPersonalToken: {
    permission: "api-token:own",
    validInput: (ctx) => ({ organizationId: ctx.team.org.id, name: "Matrix token", scopes: ["READ"], expiresIn: "30" }),
    effect: "database",
    anyContext: true,
  },
  createServiceToken: {
    permission: "api-token:service",
    validInput: (ctx) => ({ organizationId: ctx.team.org.id, name: "Matrix service token", scopes: ["READ", "WRITE"], expiresIn: "never" }),
    effect: "database",
    anyContext: true,
  },
  revokeToken: {
    permission: "api-token:own",
    // Each caller revokes their own token; another organisation's admin names the team admin's: not found.
    validInput: (ctx) => ({ tokenId: ctx.tokenId ?? "no-token" }),
    effect: "database",
    anyContext: true,
    setup: async (ctx, caller) => {
      const ownerId = caller === "signed out" || caller === "ADMIN of another organisation" ? team.users.ADMIN.id : team.users[caller].id;
      ctx.tokenId = (await createTestToken({ organizationId: team.org.id, ownerId })).id;
    },
  },
  changePassword: {
    permission: "account:update",
    validInput: () => ({ currentPassword: TEST_PASSWORD, newPassword: "a new matrix password", confirmPassword: "a new matrix password" }),
    // One's own password, whatever the organisation.
    foreign: "allowed",
    effect: "account",
  },
  inviteMember: {
    permission: "members:manage",
    validInput: (ctx) => ({ email: ` ${ctx.otherOrgMemberEmail.toUpperCase()} `, role: "NEGOTIATOR" }),
    // Their own organisation: the address is already a member there.
    foreign: { code: "INVALID_INPUT", field: "email" },
    effect: "database",
  },
  resendInvitation: {
    permission: "members:manage",
    validInput: (ctx) => ({ invitationId: ctx.invitationId }),
    effect: "database",
  },
  revokeInvitation: {
    permission: "members:manage",
    validInput: (ctx) => ({ invitationId: ctx.invitationId }),
    effect: "database",
  },
  changeMemberRole: {
    permission: "members:manage",
    validInput: (ctx) => ({ membershipId: ctx.membershipId, role: "NEGOTIATOR" }),
    effect: "database",
  },
  setMemberDisabled: {
    permission: "members:manage",
    validInput: (ctx) => ({ membershipId: ctx.membershipId, disabled: "true" }),
    effect: "database",
  },
  removeMember: {
    permission: "members:manage",
    validInput: (ctx) => ({ membershipId: ctx.membershipId }),
    effect: "database",
  },
  setMemberApprover: {
    permission: "members:manage",
    validInput: (ctx) => ({ membershipId: ctx.membershipId, approver: "true" }),
    effect: "database",
    // The context's member is a viewer, who only reads and cannot be an approver: made a manager first.
    setup: async (ctx) => {
      await getDb().membership.update({ where: { id: ctx.membershipId }, data: { role: "MANAGER" } });
    },
  },
  publishPlaybookDraft: {
    permission: "playbook:edit",
    validInput: (ctx) => ({ organizationId: ctx.team.org.id, draftVersion: String(ctx.playbookDraftVersion), changeSummary: "Published by the matrix test." }),
    effect: "database",
  },
  importPlaybookDraft: {
    permission: "playbook:edit",
    // Renamed, so the draft it leaves can be published.
    validInput: (ctx) => ({
      organizationId: ctx.team.org.id,
      json: serializePlaybook({ ...DEFAULT_PLAYBOOK, name: "Imported by the matrix test" }),
      replaceDraft: "true",
    }),
    effect: "database",
  },
  signOut: {
    permission: "session:sign-out",
    validInput: () => ({}),
    // Signing out concerns only the caller's own session.
    foreign: "allowed",
    effect: "session",
  },
  // The vendor-draft workbench (issue 14).
  addPastedDraft: {
    permission: "draft:manage",
    validInput: (ctx) => ({ dealId: ctx.deal.id, title: "", receivedOn: "2026-11-20", kind: "EMAIL", text: "We will not put the weights in escrow." }),
    effect: "deal",
  },
  deleteDraftRound: {
    permission: "draft:manage",
    validInput: (ctx) => ({ draftId: ctx.vendorDraft.draftId, version: "1" }),
    effect: "deal",
  },
  acceptDraftMapping: {
    permission: "draft:manage",
    validInput: (ctx) => ({ draftId: ctx.vendorDraft.draftId, version: "1", mappingId: ctx.vendorDraft.mappingId }),
    effect: "deal",
  },
  rejectDraftMapping: {
    permission: "draft:manage",
    validInput: (ctx) => ({ draftId: ctx.vendorDraft.draftId, version: "1", mappingId: ctx.vendorDraft.mappingId }),
    effect: "deal",
  },
  remapDraftPassage: {
    permission: "draft:manage",
    validInput: (ctx) => ({
      draftId: ctx.vendorDraft.draftId,
      version: "1",
      passageId: ctx.vendorDraft.passageId,
      dealClauseId: ctx.vendorDraft.unmappedClauseId,
    }),
    effect: "deal",
  },
  dismissDraftFlag: {
    permission: "draft:manage",
    validInput: (ctx) => ({ draftId: ctx.vendorDraft.draftId, version: "1", flagId: ctx.vendorDraft.flagId, reason: "Limited elsewhere in the draft." }),
    effect: "deal",
  },
  restoreDraftFlag: {
    permission: "draft:manage",
    validInput: (ctx) => ({ draftId: ctx.vendorDraft.draftId, version: "1", flagId: ctx.vendorDraft.dismissedFlagId }),
    effect: "deal",
  },
  // The playbook editor: another organisation's admin sends a form of the team's organisation (NOT_FOUND).
  startPlaybookDraft: editorRow(
    (ctx) => ({ organizationId: ctx.team.org.id }),
    async (ctx) => {
      await getDb().playbookDraft.delete({ where: { organizationId: ctx.team.org.id } });
    },
  ),
  discardPlaybookDraft: editorRow(draftRef),
  updateDraftClause: editorRow((ctx) => ({ ...draftClause(ctx), key: DEFAULT_CLAUSE.key, mustHave: "Matrix must-have." })),
  addDraftClause: editorRow((ctx) => ({ ...draftClause(ctx), key: "", title: "Matrix clause" })),
  retireDraftClause: editorRow((ctx) => ({ ...draftRef(ctx), key: DEFAULT_CLAUSE.key })),
  moveDraftClause: editorRow((ctx) => ({ ...draftRef(ctx), key: DEFAULT_CLAUSE.key, direction: "down" })),
  updateDraftSection: editorRow((ctx) => ({ ...draftRef(ctx), sectionKey: "outputs", title: "Matrix outputs", summary: "Matrix summary." })),
  addDraftScenario: editorRow((ctx) => ({ ...draftRef(ctx), key: "", title: "Matrix scenario", story: "S.", whatWentWrong: "W.", ifUncovered: "U." })),
  updateDraftScenario: editorRow((ctx) => ({
    ...draftRef(ctx),
    key: "vendor-collapse",
    title: "Matrix scenario",
    story: "S.",
    whatWentWrong: "W.",
    ifUncovered: "U.",
  })),
  removeDraftScenario: editorRow((ctx) => ({ ...draftRef(ctx), key: "vendor-collapse" })),
  addDraftPitch: editorRow((ctx) => ({
    ...draftRef(ctx),
    key: "",
    quote: "Matrix pitch.",
    danger: "D.",
    counter: "C.",
    section: "outputs",
    phrases: "matrix pitch",
  })),
  updateDraftPitch: editorRow((ctx) => ({
    ...draftRef(ctx),
    key: "trust-us",
    quote: "Trust us.",
    danger: "D.",
    counter: "C.",
    section: "outputs",
    phrases: "",
  })),
  removeDraftPitch: editorRow((ctx) => ({ ...draftRef(ctx), key: "trust-us" })),
  addDraftStep: editorRow((ctx) => ({ ...draftRef(ctx), key: "", title: "Matrix step", detail: "D." })),
  updateDraftStep: editorRow((ctx) => ({ ...draftRef(ctx), key: "plan-exit", title: "Matrix step", detail: "D." })),
  removeDraftStep: editorRow((ctx) => ({ ...draftRef(ctx), key: "plan-exit" })),
  moveDraftStep: editorRow((ctx) => ({ ...draftRef(ctx), key: "plan-exit", direction: "up" })),
  setDraftCounter: {
    permission: "draft:manage",
    validInput: (ctx) => ({
      ...counterTarget(ctx),
      counterFrom: "fallback",
      counterText: "Escrow of the weights, refreshed at each release.",
    }),
    effect: "deal",
  },
  clearDraftCounter: {
    permission: "draft:manage",
    validInput: counterTarget,
    effect: "deal",
  },
  // The inbox (issue 15): each caller's own notifications and settings.
  markNotificationRead: {
    permission: "notifications:read",
    validInput: (ctx) => ({ notificationId: ctx.notificationId ?? "no-notification" }),
    // Another organisation's admin names the team admin's notification: not theirs, so not found.
    effect: "own",
    anyContext: true,
    setup: async (ctx, caller) => {
      ctx.notificationId = (await unreadNotificationOf(caller === "signed out" || caller === "ADMIN of another organisation" ? "ADMIN" : caller)).id;
    },
  },
  markAllNotificationsRead: {
    permission: "notifications:read",
    validInput: () => ({ upTo: new Date().toISOString() }),
    foreign: "allowed",
    effect: "own",
    anyContext: true,
    setup: async (_ctx, caller) => {
      if (caller !== "signed out") await unreadNotificationOf(caller);
    },
  },
  updateNotificationPreferences: {
    permission: "notifications:read",
    // Every kind in the app only: unlike every default, and each caller saves once in this file.
    validInput: () => Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, "IN_APP"])),
    foreign: "allowed",
    effect: "own",
    ownAuditAction: "notifications.preferences-changed",
    anyContext: true,
  },
};

/** An unread notification of the caller in their own organisation (a fixture: notify() writes them in the app). */
function unreadNotificationOf(caller: Exclude<Caller, "signed out">) {
  const foreign = caller === "ADMIN of another organisation";
  return getDb().notification.create({
    data: {
      organizationId: foreign ? team.otherOrg.id : team.org.id,
      userId: userIdOf(caller),
      kind: "MENTION",
      title: "Matrix mention",
      link: "/deals/matrix/clauses/matrix",
    },
  });
}

type Caller = "signed out" | Role | "ADMIN of another organisation";
const CALLERS: readonly Caller[] = ["signed out", "VIEWER", "NEGOTIATOR", "CIO", "MANAGER", "ADMIN", "ADMIN of another organisation"];

type Expected = { ok: true } | { ok: false; code: AppError["code"]; field?: string };

function expectedFor(row: MatrixRow, caller: Caller): Expected {
  if (caller === "signed out") return { ok: false, code: "UNAUTHENTICATED" };
  if (caller === "ADMIN of another organisation") {
    if (!can("ADMIN", row.permission)) return { ok: false, code: "FORBIDDEN" };
    return row.foreign === "allowed" ? { ok: true } : { ok: false, code: "NOT_FOUND", ...row.foreign };
  }
  return can(caller, row.permission) ? { ok: true } : { ok: false, code: "FORBIDDEN" };
}

let team: Team;

beforeAll(async () => {
  team = await createTeam();
  // The other organisation already sends to the URL createWebhook's row registers.
  await createWebhook(team.foreignAdmin, { url: "https://93.184.215.14/matrix", description: "", events: ["DEAL_CREATED"] });
});

beforeEach(() => {
  signOut();
  cookieJar.clear();
  revalidatePath.mockClear();
});

/**
 * The parts of a context that cost a service call or more: an allowed case gets only those its row's
 * input reads (the deal family alone is most of a context's cost, the vendor draft most of the rest;
 * the playbook editor's and the members' rows need no deal at all). Refused cases share one complete
 * context, and a row with a setup gets a complete one: the setup may read anything.
 */
type Part =
  | "deal"
  | "ruleClause"
  | "overriddenClause"
  | "dealOnlyClause"
  | "processStepId"
  | "riskAcceptanceId"
  | "members"
  | "vendorDraft"
  | "assets"
  | "vendors"
  | "webhook";
const PART_OF: Partial<Record<keyof MatrixCtx, Part>> = {
  deal: "deal",
  clause: "deal",
  playbookVersion: "deal",
  ruleClause: "ruleClause",
  overriddenClause: "overriddenClause",
  dealOnlyClause: "dealOnlyClause",
  processStepId: "processStepId",
  riskAcceptanceId: "riskAcceptanceId",
  membershipId: "members",
  invitationId: "members",
  otherOrgMemberEmail: "members",
  vendorDraft: "vendorDraft",
  assets: "assets",
  vendors: "vendors",
  webhook: "webhook",
};
const ALL_PARTS: ReadonlySet<Part> = new Set(Object.values(PART_OF));

/** The parts a row's input reads: its validInput run once on a stand-in that records which fields it touches. */
function partsRead(row: MatrixRow): ReadonlySet<Part> {
  if (row.setup) return ALL_PARTS;
  const read = new Set<Part>();
  // Any property, call or conversion of the stand-in gives the stand-in again (or 0 as a primitive).
  const anything: object = new Proxy(() => anything, { get: (_target, key) => (key === Symbol.toPrimitive ? () => 0 : anything) });
  const recorder = new Proxy({} as MatrixCtx, {
    get: (_target, key) => {
      const part = PART_OF[key as keyof MatrixCtx];
      if (part) read.add(part);
      return anything;
    },
  });
  try {
    row.validInput(recorder);
  } catch {
    return ALL_PARTS;
  }
  return read;
}

async function freshCtx(parts: ReadonlySet<Part> = ALL_PARTS): Promise<MatrixCtx> {
  const db = getDb();
  // Fields of parts not asked for stay unset: a row that reads one anyway fails on it, it never passes on a stand-in.
  const ctx = { team } as MatrixCtx;
  if ([...parts].some((part) => part !== "members")) {
    // The deal is a version behind the current playbook, for the upgrade's row.
    const { deal, clause, playbookVersion } = await createDealBehindCurrentVersion(team.actors.ADMIN, {
      regulatedSector: true,
      baseModelLicenceType: "PROPRIETARY",
    });
    // The clause flagged as an upgrade would leave it.
    await db.dealClause.update({ where: { id: clause.id }, data: { recheckReason: "Must-have position changed in version 2" } });
    Object.assign(ctx, { deal: { id: deal.id, version: deal.version }, clause: { id: clause.id, version: clause.version }, playbookVersion });
    if (parts.has("ruleClause")) {
      const ruleItem = await db.dealClause.findFirstOrThrow({ where: { dealId: deal.id, clause: { key: "regulator-audit-transparency" } } });
      ctx.ruleClause = { id: ruleItem.id, version: ruleItem.version };
    }
    if (parts.has("overriddenClause")) {
      const licenceItem = await db.dealClause.findFirstOrThrow({ where: { dealId: deal.id, clause: { key: "open-source-licence-check" } } });
      const overridden = await overrideClauseRules(team.actors.ADMIN, {
        dealClauseId: licenceItem.id,
        version: licenceItem.version,
        reason: "Matrix fixture.",
      });
      ctx.overriddenClause = { id: overridden.id, version: overridden.version };
    }
    if (parts.has("dealOnlyClause")) {
      const dealOnly = await addDealSpecificClause(team.actors.ADMIN, {
        dealId: deal.id,
        layerKey: "outputs",
        title: "Matrix deal-only clause",
        whyItMatters: "Fixture.",
        mustHave: "Fixture must-have.",
        fallback: "Fixture fallback.",
        walkAway: "Fixture walk-away.",
        priority: "IMPORTANT",
        sampleLanguage: "",
      });
      ctx.dealOnlyClause = { id: dealOnly.id, version: 1 };
    }
    if (parts.has("processStepId")) {
      const [step] = await db.dealRecommendation.findMany({ where: { dealId: deal.id }, orderBy: { id: "asc" }, take: 1 });
      ctx.processStepId = step.id;
    }
    if (parts.has("assets")) {
      const promise = (name: string) =>
        addDeliverable(team.actors.ADMIN, {
          dealId: deal.id,
          kind: "WEIGHTS",
          name,
          format: "",
          milestone: "",
          dueOn: null,
          expectedPath: "",
          expectedSha256: null,
        });
      const delivered = await promise("Matrix delivered weights");
      await recordDelivery(team.actors.ADMIN, { dealId: deal.id, deliverableId: delivered.id, version: 1, fileName: "w.bin", sizeBytes: 3, sha256: ASSET_SHA });
      await saveEscrowArrangement(team.actors.ADMIN, {
        dealId: deal.id,
        version: 0,
        agent: "Matrix Escrow",
        freshnessDays: 90,
        releaseTriggers: [],
        notes: "",
      });
      ctx.assets = { deliverableId: (await promise("Matrix weights")).id, deliveredId: delivered.id, escrowVersion: 1, manifestSha256: ASSET_SHA };
    }
    if (parts.has("riskAcceptanceId")) {
      const other = await db.dealClause.findFirstOrThrow({ where: { dealId: deal.id, id: { not: clause.id } } });
      const acceptance = await acceptRisk(team.actors.CIO, { dealId: deal.id, dealClauseId: other.id, rationale: "Accepted for the matrix test fixture." });
      ctx.riskAcceptanceId = acceptance.id;
    }
  }
  const failed = await db.outboxMessage.create({
    data: {
      organizationId: team.org.id,
      kind: "invitation",
      toAddress: "someone@test.example",
      subject: "Invitation",
      text: "Hello",
      status: "FAILED",
      attempts: 6,
    },
  });
  ctx.failedMessageId = failed.id;
  if (parts.has("members")) {
    const member = await createUser(team.org.id, "VIEWER");
    const otherOrgMember = await createUser(team.otherOrg.id, "VIEWER");
    const invitation = await inviteMember(team.actors.ADMIN, { email: `matrix-${member.id}@invited.example`, role: "VIEWER" });
    // The invitation's mail is delivered (its outbox row changes) before the test takes its snapshot.
    await deliveryIdle();
    ctx.membershipId = (await db.membership.findFirstOrThrow({ where: { userId: member.id } })).id;
    ctx.invitationId = invitation.invitationId;
    ctx.otherOrgMemberEmail = otherOrgMember.email;
  }
  // A fresh playbook draft for the editor's, import's and publish's actions, based on the current version.
  await db.playbookDraft.deleteMany({ where: { organizationId: team.org.id } });
  const draft = await matrixPlaybookDraft();
  ctx.playbookDraftVersion = draft.version;
  ctx.draftVersion = draft.version;
  if (parts.has("vendorDraft")) {
    const vendorDraft = await draftReviewFixture(team.actors.NEGOTIATOR, ctx.deal.id);
    // Its mapped passage is countered already (written directly: a fixture, not a change under test), so clearing it changes something.
    await db.draftPassage.update({
      where: { id: vendorDraft.passageId },
      data: { counterText: "The Supplier shall deposit the model weights.", counterFrom: "sample" },
    });
    ctx.vendorDraft = vendorDraft;
  }
  if (parts.has("vendors")) ctx.vendors = await vendorPairFixture(team.org.id);
  if (parts.has("webhook")) ctx.webhook = await webhookFixture(team.org.id, team.users.ADMIN.id);
  ctx.organizationVersion = (await db.organization.findUniqueOrThrow({ where: { id: team.org.id } })).version;
  return ctx;
}

/** The team's playbook draft, made (without an audit event) when a publish consumed the last one; it renames the playbook, so it always differs from the current version. */
async function matrixPlaybookDraft() {
  const db = getDb();
  const existing = await db.playbookDraft.findUnique({ where: { organizationId: team.org.id } });
  if (existing) return existing;
  const current = await db.playbook.findFirstOrThrow({ where: { organizationId: team.org.id, isCurrent: true } });
  const document = { ...DEFAULT_PLAYBOOK, name: `Matrix playbook ${current.version + 1}` };
  return db.playbookDraft.create({ data: { organizationId: team.org.id, basedOnVersion: current.version, document, version: 1 } });
}

function userIdOf(caller: Exclude<Caller, "signed out">) {
  return caller === "ADMIN of another organisation" ? team.foreignAdmin.userId : team.users[caller].id;
}

async function signInAs(caller: Caller) {
  if (caller === "signed out") return signOut();
  await signIn(userIdOf(caller));
}

const sessionVersionOf = async (userId: string) => (await getDb().user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;

describe("the matrix covers every server action", () => {
  it("has exactly one row per registered action", () => {
    expect([...ACTION_REGISTRY.keys()].sort()).toEqual(Object.keys(MATRIX_ROWS).sort());
  });

  it("finds every registered action exported under its name, with the permission its row pins", () => {
    for (const [name, { permission }] of ACTION_REGISTRY) {
      expect(actions.get(name), name).toBeTypeOf("function");
      expect(permission, name).toBe(MATRIX_ROWS[name]?.permission);
    }
  });
});

// A refused call changes nothing (each case checks it), so the next refused case may start from the
// same context; an allowed call, or a row with its own setup, gets a fresh one. The refused cases
// without a setup run first, so that they all share one context; then the rest, each on its own.
const isSharedRefusal = ([name, caller]: readonly [string, Caller]) => {
  const row = MATRIX_ROWS[name];
  return row !== undefined && !row.setup && !expectedFor(row, caller).ok;
};
const allCases = [...ACTION_REGISTRY.keys()].sort().flatMap((name) => CALLERS.map((caller) => [name, caller] as const));
const cases = [...allCases.filter(isSharedRefusal), ...allCases.filter((c) => !isSharedRefusal(c))];

let unchangedCtx: MatrixCtx | null = null;
/** The context of the case before, for rows that touch nothing of it (anyContext). */
let lastCtx: MatrixCtx | null = null;
/** The snapshot a refused case ended with: the database as `unchangedCtx` left it. */
let unchangedSnapshot: Awaited<ReturnType<typeof snapshotOrgs>> | null = null;

describe.each(cases)("%s as %s", (name, caller) => {
  it(`is ${(() => {
    const row = MATRIX_ROWS[name];
    if (!row) return "listed in MATRIX_ROWS";
    const e = expectedFor(row, caller);
    return e.ok ? "allowed" : `refused with ${e.code}`;
  })()}`, async () => {
    const row = MATRIX_ROWS[name];
    expect(row, `MATRIX_ROWS has no row for "${name}"`).toBeDefined();
    const expected = expectedFor(row, caller);
    const reuse = !expected.ok && !row.setup && unchangedCtx !== null;
    const ctx = reuse ? unchangedCtx! : row.anyContext && lastCtx ? lastCtx : await freshCtx(expected.ok ? partsRead(row) : ALL_PARTS);
    lastCtx = ctx;
    const reusedSnapshot = reuse ? unchangedSnapshot : null;
    unchangedCtx = null;
    unchangedSnapshot = null;
    await row.setup?.(ctx, caller);
    await signInAs(caller);
    const audit = await watchAudit(team.org.id);
    const before = reusedSnapshot ?? (await snapshotOrgs(team.org.id, team.otherOrg.id));

    const sessionVersionBefore = caller === "signed out" ? 0 : await sessionVersionOf(userIdOf(caller));
    const ownEventsBefore = new Set(
      row.effect === "own" && caller !== "signed out"
        ? (await getDb().auditEvent.findMany({ where: { actorId: userIdOf(caller) }, select: { id: true } })).map((e) => e.id)
        : [],
    );
    vi.mocked(afterDealChange).mockClear();

    const result: Outcome = await invoke(actionNamed(actions, name), row.validInput(ctx, caller));
    // Mail and webhooks an action hands to delivery are sent in the background: done before anything is compared.
    await deliveryIdle();
    await webhookDeliveryIdle();

    if (expected.ok) {
      const userId = userIdOf(caller as Exclude<Caller, "signed out">);
      if (row.effect === "session") {
        expect(result).toEqual({ redirect: "/login" });
        expect(await sessionVersionOf(userId)).toBe(sessionVersionBefore + 1);
        expect(await getActor()).toBeNull();
        expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
        return;
      }
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      if (row.effect === "new organization") {
        const organizationId = (result as { data: { organizationId: string } }).data.organizationId;
        expect(organizationId).not.toBe(team.org.id);
        expect(cookieJar.get(ORG_COOKIE)).toBe(organizationId);
        expect(await getDb().membership.findMany({ where: { organizationId }, select: { userId: true, role: true } })).toEqual([{ userId, role: "ADMIN" }]);
        const events = await getDb().auditEvent.findMany({ where: { organizationId } });
        expect(events.map((e) => [e.action, e.actorId])).toEqual([["organization.created", userId]]);
        expect(await audit.added()).toEqual([]);
        expect(revalidatePath).toHaveBeenCalled();
        expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).not.toEqual(before);
        return;
      }
      if (row.effect === "account") {
        expect(revalidatePath).toHaveBeenCalled();
        expect(await sessionVersionOf(userId)).toBe(sessionVersionBefore + 1);
        // The session it was called from has the old version: over, unless its cookie is the re-issued one.
        expect(await getActor()).toBeNull();
        const token = await decode({ token: cookieJar.get(SESSION_COOKIE_NAME) ?? "", secret: process.env.NEXTAUTH_SECRET! });
        expect(token).toMatchObject({ sub: userId, sessionVersion: sessionVersionBefore + 1 });
        const memberships = await getDb().membership.count({ where: { userId } });
        // Each caller changes their password once in this file.
        const events = await getDb().auditEvent.findMany({ where: { actorId: userId, action: "password.changed" } });
        expect(events).toHaveLength(memberships);
        expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).not.toEqual(before);
        return;
      }
      if (row.effect === "own") {
        expect(revalidatePath).toHaveBeenCalled();
        expect(await sessionVersionOf(userId)).toBe(sessionVersionBefore);
        const events = (await getDb().auditEvent.findMany({ where: { actorId: userId } })).filter((e) => !ownEventsBefore.has(e.id));
        const memberships = await getDb().membership.count({ where: { userId } });
        expect(events.map((e) => e.action)).toEqual(row.ownAuditAction ? Array(memberships).fill(row.ownAuditAction) : []);
        expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).not.toEqual(before);
        return;
      }
      if (row.effect === "deal" || row.effect === "database") {
        expect(revalidatePath).toHaveBeenCalled();
        const events = await audit.added();
        expect(events).toHaveLength(row.auditEvents ?? 1);
        expect(events[0].actorId).toBe(userId);
        expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).not.toEqual(before);
        if (row.effect === "deal") {
          expect(events[0].dealId).toBeTruthy();
          expect(vi.mocked(afterDealChange).mock.calls.map((call) => call[2])).toEqual([events[0].dealId]);
        }
      } else {
        expect(cookieJar.get(ORG_COOKIE)).toBe(team.org.id);
        expect(await snapshotOrgs(team.org.id, team.otherOrg.id)).toEqual(before);
      }
      return;
    }

    expect(result).toMatchObject({ ok: false, code: expected.code });
    if (expected.field) expect(Object.keys(("fieldErrors" in result && result.fieldErrors) || {})).toEqual([expected.field]);
    const after = await snapshotOrgs(team.org.id, team.otherOrg.id);
    expect(after).toEqual(before);
    expect(cookieJar.entries()).toEqual({});
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(afterDealChange).not.toHaveBeenCalled();
    if (caller !== "signed out") expect(await sessionVersionOf(userIdOf(caller))).toBe(sessionVersionBefore);
    if (!row.setup) {
      unchangedCtx = ctx;
      unchangedSnapshot = after;
    }
  });
});

describe("a session that has ended is signed out for every action", () => {
  // Every case is refused and proves it changed nothing, so one context serves them all; each case
  // signs in two new members of their own organisation, one whose session ends and one disabled.
  let shared: { ctx: MatrixCtx; local: Awaited<ReturnType<typeof createTeam>> } | undefined;

  it.each([...ACTION_REGISTRY.keys()].sort())("%s: deactivated user and ended session get UNAUTHENTICATED", async (name) => {
    const row = MATRIX_ROWS[name];
    expect(row, `MATRIX_ROWS has no row for "${name}"`).toBeDefined();
    shared ??= { ctx: await freshCtx(), local: await createTeam() };
    const { ctx, local } = shared;
    const [ended, disabled] = [await createUser(local.org.id, "ADMIN"), await createUser(local.org.id, "NEGOTIATOR")];
    const before = await snapshotOrgs(team.org.id, local.org.id);

    await signIn(ended.id);
    await getDb().user.update({ where: { id: ended.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await invoke(actionNamed(actions, name), row.validInput(ctx))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    await signIn(disabled.id);
    await getDb().user.update({ where: { id: disabled.id }, data: { active: false } });
    expect(await invoke(actionNamed(actions, name), row.validInput(ctx))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    expect(await snapshotOrgs(team.org.id, local.org.id)).toEqual(before);
  });
});

describe("switchOrganization", () => {
  it("moves later actions into the chosen organisation, and only into one the user belongs to", async () => {
    const { org: second } = await createOrganization("Second Org");
    const user = await createUser(team.org.id, "VIEWER");
    await getDb().membership.create({ data: { userId: user.id, organizationId: second.id, role: "NEGOTIATOR" } });
    await signIn(user.id);
    const create = actionNamed(actions, "createDeal");
    const input = { ...(MATRIX_ROWS.createDeal.validInput({ team } as MatrixCtx) as object), ownerId: user.id };

    // In the first organisation they are a viewer.
    expect(await create(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await actionNamed(actions, "switchOrganization")({ organizationId: second.id })).toEqual({ ok: true, data: { organizationId: second.id } });
    const created = await create(input);
    expect(created).toMatchObject({ ok: true });
    const deal = await getDb().deal.findUniqueOrThrow({ where: { id: (created as { data: { id: string } }).data.id } });
    expect(deal.organizationId).toBe(second.id);

    // An organisation they do not belong to leaves the cookie as it was.
    expect(await actionNamed(actions, "switchOrganization")({ organizationId: team.otherOrg.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(cookieJar.get(ORG_COOKIE)).toBe(second.id);
  });
});

describe("services re-check the role themselves (defence in depth)", () => {
  const calls: Record<string, (role: Role, ctx: MatrixCtx) => Promise<unknown>> = {
    addDeliverable: (role, ctx) =>
      addDeliverable(team.actors[role], {
        dealId: ctx.deal.id,
        kind: "WEIGHTS",
        name: "No",
        format: "",
        milestone: "",
        dueOn: null,
        expectedPath: "",
        expectedSha256: null,
      }),
    updateDeliverable: (role, ctx) =>
      updateDeliverable(team.actors[role], {
        dealId: ctx.deal.id,
        deliverableId: ctx.assets.deliverableId,
        version: 1,
        kind: "WEIGHTS",
        name: "No",
        format: "",
        milestone: "",
        dueOn: null,
        expectedPath: "",
        expectedSha256: null,
      }),
    removeDeliverable: (role, ctx) => removeDeliverable(team.actors[role], { dealId: ctx.deal.id, deliverableId: ctx.assets.deliverableId, version: 1 }),
    addSuggestedDeliverables: (role, ctx) => addSuggestedDeliverables(team.actors[role], { dealId: ctx.deal.id }),
    recordDelivery: (role, ctx) =>
      recordDelivery(team.actors[role], {
        dealId: ctx.deal.id,
        deliverableId: ctx.assets.deliverableId,
        version: 1,
        fileName: "w",
        sizeBytes: 1,
        sha256: ASSET_SHA,
      }),
    verifyDeliverable: (role, ctx) =>
      verifyDeliverable(team.actors[role], {
        dealId: ctx.deal.id,
        deliverableId: ctx.assets.deliveredId,
        sha256: ASSET_SHA,
        method: "HASH_MATCH",
        passed: true,
        note: "",
      }),
    saveEscrowArrangement: (role, ctx) =>
      saveEscrowArrangement(team.actors[role], { dealId: ctx.deal.id, version: 1, agent: "No", freshnessDays: 30, releaseTriggers: [], notes: "" }),
    recordEscrowDeposit: (role, ctx) =>
      recordEscrowDeposit(team.actors[role], { dealId: ctx.deal.id, depositedOn: new Date("2026-01-15T00:00:00Z"), manifestSha256: ASSET_SHA, note: "" }),
    createDeal: (role) => createDeal(team.actors[role], dealInput(team.users.NEGOTIATOR.id)),
    updateDeal: (role, ctx) =>
      updateDeal(team.actors[role], { ...dealInput(team.users.NEGOTIATOR.id, { name: "Not allowed" }), dealId: ctx.deal.id, version: 1 }),
    archiveDeal: (role, ctx) => setDealArchived(team.actors[role], { dealId: ctx.deal.id, version: 1, archived: true }),
    updateDealClause: (role, ctx) =>
      updateDealClause(team.actors[role], {
        dealClauseId: ctx.clause.id,
        version: 1,
        status: "MUST_HAVE_MET",
        notes: "",
        agreedLanguage: "",
        contractReference: "",
        notApplicableReason: "",
      }),
    logVendorResponse: (role, ctx) =>
      logVendorResponse(team.actors[role], {
        dealClauseId: ctx.clause.id,
        version: 1,
        occurredOn: new Date("2026-03-02T00:00:00Z"),
        channel: "CALL",
        vendorText: "Fine.",
        stance: "ACCEPTS",
        offerPosition: "MUST_HAVE",
        counterNextStep: "",
        newStatus: "MUST_HAVE_MET",
        notApplicableReason: "",
      }),
    overrideClauseRules: (role, ctx) =>
      overrideClauseRules(team.actors[role], { dealClauseId: ctx.ruleClause.id, version: ctx.ruleClause.version, reason: "No." }),
    restoreClauseRules: (role, ctx) => restoreClauseRules(team.actors[role], { dealClauseId: ctx.overriddenClause.id, version: ctx.overriddenClause.version }),
    addDealSpecificClause: (role, ctx) =>
      addDealSpecificClause(team.actors[role], {
        dealId: ctx.deal.id,
        layerKey: "outputs",
        title: "Not allowed",
        whyItMatters: "x",
        mustHave: "x",
        fallback: "x",
        walkAway: "x",
        priority: "IMPORTANT",
        sampleLanguage: "",
      }),
    removeDealSpecificClause: (role, ctx) => removeDealSpecificClause(team.actors[role], { dealClauseId: ctx.dealOnlyClause.id, version: 1 }),
    acceptRisk: (role, ctx) =>
      acceptRisk(team.actors[role], { dealId: ctx.deal.id, dealClauseId: ctx.clause.id, rationale: "Not allowed to accept this one." }),
    revokeRisk: (role, ctx) => revokeRisk(team.actors[role], { dealId: ctx.deal.id, riskAcceptanceId: ctx.riskAcceptanceId }),
    acceptLicenceFinding: (role, ctx) =>
      acceptLicenceFinding(team.actors[role], { dealId: ctx.deal.id, findingKey: "user-threshold", rationale: "Not allowed to accept this one." }),
    revokeLicenceFinding: (role, ctx) => revokeLicenceFinding(team.actors[role], { dealId: ctx.deal.id, acceptanceId: ctx.riskAcceptanceId }),
    decideReview: (role, ctx) => decideReview(team.actors[role], { dealId: ctx.deal.id, decision: "CHANGES_REQUESTED", comment: "Not allowed to decide." }),
    updateProcessStep: (role, ctx) =>
      updateProcessStep(team.actors[role], { dealId: ctx.deal.id, dealRecommendationId: ctx.processStepId, done: true, note: "" }),
    upgradeDeal: (role, ctx) => upgradeDeal(team.actors[role], { dealId: ctx.deal.id, version: ctx.deal.version, toVersion: ctx.playbookVersion }),
    confirmClauseStillHolds: (role, ctx) => confirmClauseStillHolds(team.actors[role], { dealClauseId: ctx.clause.id, version: ctx.clause.version }),
    updateOrganizationSettings: (role, ctx) =>
      updateOrganizationSettings(team.actors[role], {
        organizationId: team.org.id,
        version: ctx.organizationVersion,
        name: "Not allowed",
        defaultCurrency: "GBP",
        ssoProviderId: null,
        ssoEmailDomains: [],
        ssoDefaultRole: "VIEWER",
        passwordSignInAllowed: true,
      }),
    retryOutboxMessage: (role, ctx) => retryOutboxMessage(team.actors[role], { messageId: ctx.failedMessageId }),
    createServiceToken: (role) =>
      createServiceToken(team.actors[role], { organizationId: team.org.id, name: "Not allowed", scopes: ["READ"], expiresIn: "never", expiresOn: null }),
    createWebhook: (role) => createWebhook(team.actors[role], { url: "https://93.184.215.14/no", description: "", events: ["DEAL_CREATED"] }),
    deleteWebhook: (role, ctx) => deleteWebhook(team.actors[role], { webhookId: ctx.webhook.webhookId, version: 1 }),
    resendWebhookDelivery: (role, ctx) => resendWebhookDelivery(team.actors[role], { deliveryId: ctx.webhook.deliveryId }),
    inviteMember: (role) => inviteMember(team.actors[role], { email: "not-allowed@invited.example", role: "ADMIN" }),
    resendInvitation: (role, ctx) => resendInvitation(team.actors[role], { invitationId: ctx.invitationId }),
    revokeInvitation: (role, ctx) => revokeInvitation(team.actors[role], { invitationId: ctx.invitationId }),
    changeMemberRole: (role, ctx) => changeMemberRole(team.actors[role], { membershipId: ctx.membershipId, role: "ADMIN" }),
    setMemberDisabled: (role, ctx) => setMemberDisabled(team.actors[role], { membershipId: ctx.membershipId, disabled: true }),
    removeMember: (role, ctx) => removeMember(team.actors[role], { membershipId: ctx.membershipId }),
    setMemberApprover: (role, ctx) => setMemberApprover(team.actors[role], { membershipId: ctx.membershipId, approver: true }),
    submitForReview: (role, ctx) => submitForReview(team.actors[role], { dealId: ctx.deal.id, version: ctx.deal.version, note: "" }),
    publishPlaybookDraft: (role, ctx) =>
      publishPlaybookDraft(team.actors[role], {
        organizationId: team.org.id,
        draftVersion: ctx.playbookDraftVersion,
        changeSummary: "Not allowed to publish.",
      }),
    importPlaybookDraft: (role) =>
      importPlaybookDraft(team.actors[role], { organizationId: team.org.id, json: serializePlaybook(DEFAULT_PLAYBOOK), replaceDraft: true }),
    setDraftCounter: (role, ctx) =>
      setDraftCounter(team.actors[role], { ...counterTarget(ctx), version: 1, counterFrom: "own", counterText: "Not allowed to counter." }),
    clearDraftCounter: (role, ctx) => clearDraftCounter(team.actors[role], { ...counterTarget(ctx), version: 1 }),
    assignClause: (role, ctx) => assignClause(team.actors[role], { dealClauseId: ctx.clause.id, version: ctx.clause.version, assigneeId: null, dueOn: null }),
  };
  const cases = Object.keys(calls).flatMap((name) => ROLES.filter((role) => !can(role, MATRIX_ROWS[name].permission)).map((role) => [name, role] as const));

  // Each case is refused and proves it changed nothing: one context serves them all.
  let shared: MatrixCtx | undefined;

  it.each(cases)("%s as %s → FORBIDDEN", async (name, role) => {
    const ctx = (shared ??= await freshCtx());
    const before = await snapshotOrgs(team.org.id);
    const error = await calls[name](role, ctx).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
    expect(await snapshotOrgs(team.org.id)).toEqual(before);
  });
});
