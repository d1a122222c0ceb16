import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { updateDealClause } from "@/lib/services/deal-clauses";
import { overrideClauseRules } from "@/lib/services/deal-rules";
import { addDealSpecificClause } from "@/lib/services/deal-specific-clauses";
import { acceptRisk } from "@/lib/services/reviews";
import { acceptLicenceFinding } from "@/lib/services/licence-findings";
import { postComment } from "@/lib/services/comments";
import { isoDateInDays } from "@/lib/validation/review";
import { createDealBehindCurrentVersion } from "@/lib/test/deal-behind-version";
import { deliveryIdle } from "@/lib/mail/deliver";
import { inviteMember } from "@/lib/services/members";
import { isoDayFrom } from "@/lib/domain/api-tokens";
import { createTestToken } from "@/lib/test/api";
import { startPlaybookDraft } from "@/lib/services/playbook-editor";
import { DEFAULT_PLAYBOOK } from "@/lib/playbook/default-playbook";
import { cookieJar, signIn } from "@/lib/test/action-env";
import { snapshotOrgs } from "@/lib/test/db-snapshot";
import { draftReviewFixture, type DraftReviewFixture } from "@/lib/test/drafts";
import { MAX_PASTED_DRAFT_CHARS } from "@/lib/drafts/limits";
import { createTestDeal } from "@/lib/test/deals";
import { addTextDraft } from "@/lib/test/drafts";
import type { Actor } from "@/lib/auth/load-actor";
import { createTeam, createUser, TEST_PASSWORD } from "@/lib/test/factories";
import { serializePlaybook } from "@/lib/playbook/format";
import { NOTIFICATION_KINDS } from "@/lib/domain/enums";
import { DEFAULT_DELIVERY } from "@/lib/notifications/kinds";
import { PLAYBOOK_IMPORT_MAX_BYTES } from "@/lib/validation/playbook-versions";
import { actionNamed, invoke, loadAllActions } from "@/lib/test/load-actions";
import { vendorPairFixture } from "@/lib/test/vendors";
import { addOnePassageRound, oneEntryRoundInput, type OnePassageRound } from "@/lib/test/draft-rounds";
import { addDeliverable, recordDelivery } from "@/lib/services/assets";
import { saveEscrowArrangement } from "@/lib/services/escrow";
import { webhookFixture } from "@/lib/test/webhooks";
import { webhookDeliveryIdle } from "@/lib/webhooks/deliver";

vi.mock("@/lib/auth/actor", () => import("@/lib/test/action-env"));
vi.mock("next/headers", () => import("@/lib/test/action-env"));
vi.mock("next/cache", () => import("@/lib/test/action-env"));

// Hostile and sloppy input to every server action, by a role that is allowed to call it: always an
// expected refusal (INVALID_INPUT naming the field, or NOT_FOUND for another organisation's object),
// never UNEXPECTED, and never a write.
const { registry, actions } = await loadAllActions();

const RULE_KEY = "regulator-audit-transparency";
const OVERRIDDEN_KEY = "open-source-licence-check";

interface DealFixture {
  /** A deal on the playbook version before the current one (it may be upgraded). */
  dealId: string;
  /** The organisation's current playbook version. */
  playbookVersion: number;
  /** A NOT_STARTED clause: a gap that may be accepted; flagged for re-check, as an upgrade leaves it. */
  clauseId: string;
  processStepId: string;
  /** A live risk acceptance on another clause of the deal. */
  riskAcceptanceId: string;
  /** A clause a rule raised (the deal is in a regulated sector), its rules in force, at its version. */
  ruleClauseId: string;
  ruleClauseVersion: number;
  /** A clause whose rules were set aside, at its version. */
  overriddenClauseId: string;
  overriddenClauseVersion: number;
  /** A clause added to this deal only. */
  dealOnlyClauseId: string;
  /** A standing written acceptance of the deal's blocking military-use licence finding (the deal is on Llama 3.1, above its user cap). */
  licenceAcceptanceId: string;
}

interface Ctx extends DealFixture {
  team: Awaited<ReturnType<typeof createTeam>>;
  /** A clause whose must-have is met: not a gap. */
  settledClauseId: string;
  /** A clause of another deal of the same organisation. */
  otherDealClauseId: string;
  foreign: DealFixture & {
    ownerId: string;
    organizationId: string;
    failedMessageId: string;
    membershipId: string;
    invitationId: string;
    draftId: string;
    passageId: string;
  };
  /** A message of the organisation that gave up (FAILED). */
  failedMessageId: string;
  /** Live API tokens: the negotiator's to revoke, the negotiator's named LIVE_TOKEN_NAME, a colleague's, the admin's service token (SERVICE_TOKEN_NAME), another organisation's. */
  tokens: Record<"revokeToken" | "named" | "colleagues" | "service" | "foreign", string>;
  /** A fresh viewer (a manager for the approver flag) per member action (each action's accepted call changes its own). */
  memberIds: Record<"changeMemberRole" | "setMemberDisabled" | "removeMember" | "setMemberApprover", string>;
  /** An open invitation per invitation action. */
  invitationIds: Record<"resendInvitation" | "revokeInvitation", string>;
  /** The address of an open invitation. */
  invitedEmail: string;
  /** A vendor draft (version 1) per counter action; clearDraftCounter's passage has counter wording. */
  vendorDrafts: Record<"setDraftCounter" | "clearDraftCounter", { id: string; passageId: string }>;
  /** A vendor-draft round of the deal (one passage, mapped), not logged yet; and one of another deal's. */
  round: OnePassageRound;
  otherRound: OnePassageRound;
  /** A vendor draft of the deal (version 1); the foreign one is another organisation's. */
  vendorDraft: DraftReviewFixture;
  foreignDraft: DraftReviewFixture;
  /** Unread notifications: the negotiator's own, a colleague's, another organisation's admin's. */
  notifications: Record<"own" | "colleagues" | "foreign", string>;
  /** The negotiator's fresh comment on the clause, made when the block of the action that changes it starts (the edit window is 5 minutes). */
  commentIds: Partial<Record<"editComment" | "deleteComment", string>>;
  /** A comment of another organisation. */
  foreignCommentId: string;
  /** A pair of vendor records proposed for merging, per vendor action (each accepted call changes its own); one of another organisation. */
  vendors: Record<"mergeVendors" | "dismissVendorProposal" | "renameVendor", VendorPair>;
  foreignVendors: VendorPair;
  /** Model assets: a deal with escrow and one asset per action that changes one (verifyDeliverable's delivered); another organisation's. */
  assets: AssetsFixture;
  foreignAssets: AssetsFixture;
  /** A webhook with a failed delivery per webhook action (each accepted call changes its own); one of another organisation. */
  webhooks: Record<"updateWebhook" | "rollWebhookSecret" | "deleteWebhook" | "resendWebhookDelivery", WebhookFixture>;
  foreignWebhook: WebhookFixture;
}

type WebhookFixture = Awaited<ReturnType<typeof webhookFixture>>;

interface AssetsFixture {
  dealId: string;
  deliverableIds: Record<"updateDeliverable" | "removeDeliverable" | "recordDelivery" | "verifyDeliverable", string>;
}

type VendorPair = Awaited<ReturnType<typeof vendorPairFixture>>;

type BaseInput = (ctx: Ctx) => Record<string, unknown>;

const DEFAULT_CLAUSE = DEFAULT_PLAYBOOK.clauses[0];
const RULE = { effect: "RAISE_PRIORITY", when: { regulatedSector: true, hostingModels: ["SELF_HOSTED"] }, priority: "MUST_HAVE", reason: "Regulators ask." };
const draftRef = (ctx: Ctx) => ({ organizationId: ctx.team.org.id, draftVersion: "1" });
const draftClause = (ctx: Ctx) => {
  const { key: _key, source: _source, ...fields } = DEFAULT_CLAUSE;
  return { ...draftRef(ctx), ...fields, sampleLanguage: "", rules: [RULE] };
};
const SCENARIO = { title: "Residency breach", story: "Data left the EU.", whatWentWrong: "No clause.", ifUncovered: "Fines." };
const PITCH = {
  quote: "We host it for you.",
  danger: "No weights.",
  counter: "Deliver them.",
  section: "outputs",
  phrases: "host it for you\nmanaged hosting",
};

/**
 * A valid input per action (checked below); each case changes one field of it. "no input" for an
 * action whose schema accepts anything (it is then checked to ignore what it is given).
 */
const BASE: Record<string, BaseInput | "no input"> = {
  // Model assets and escrow (issue 16): on the assets fixture's deal, so an accepted call needs no fresh deal.
  addDeliverable: (ctx) => ({
    dealId: ctx.assets.dealId,
    kind: "WEIGHTS",
    name: "Weights",
    format: "safetensors",
    milestone: "Acceptance",
    dueOn: "2027-01-31",
    expectedPath: "weights/model.safetensors",
    expectedSha256: SHA,
  }),
  updateDeliverable: (ctx) => ({
    dealId: ctx.assets.dealId,
    deliverableId: ctx.assets.deliverableIds.updateDeliverable,
    version: "1",
    kind: "TOKENIZER",
    name: "Tokenizer",
    format: "JSON",
    milestone: "",
    dueOn: "",
    expectedPath: "tokenizer.json",
    expectedSha256: "",
  }),
  removeDeliverable: (ctx) => ({ dealId: ctx.assets.dealId, deliverableId: ctx.assets.deliverableIds.removeDeliverable, version: "1" }),
  addSuggestedDeliverables: (ctx) => ({ dealId: ctx.assets.dealId }),
  recordDelivery: (ctx) => ({
    dealId: ctx.assets.dealId,
    deliverableId: ctx.assets.deliverableIds.recordDelivery,
    version: "1",
    fileName: "model.safetensors",
    sizeBytes: "1024",
    sha256: SHA,
  }),
  verifyDeliverable: (ctx) => ({
    dealId: ctx.assets.dealId,
    deliverableId: ctx.assets.deliverableIds.verifyDeliverable,
    sha256: SHA,
    method: "EVALUATION_REPRODUCED",
    passed: "true",
    note: "F1 0.91 vs 0.92 stated, tolerance 0.02.",
  }),
  saveEscrowArrangement: (ctx) => ({
    dealId: ctx.assets.dealId,
    version: "1",
    agent: "Escrow Co",
    freshnessDays: "90",
    releaseTriggers: ["INSOLVENCY"],
    notes: "",
  }),
  recordEscrowDeposit: (ctx) => ({ dealId: ctx.assets.dealId, depositedOn: isoDateInDays(-1), manifestSha256: SHA, note: "Quarterly deposit." }),
  // Vendors as records (issue 16).
  mergeVendors: (ctx) => ({ survivorId: ctx.vendors.mergeVendors.survivorId, mergedId: ctx.vendors.mergeVendors.mergedId }),
  dismissVendorProposal: (ctx) => ({ proposalId: ctx.vendors.dismissVendorProposal.proposalId }),
  renameVendor: (ctx) => ({ vendorId: ctx.vendors.renameVendor.survivorId, version: "1", name: `${ctx.vendors.renameVendor.survivorName} Group` }),
  // Clause discussion and assignment (issue 15).
  postComment: (ctx) => ({ dealClauseId: ctx.clauseId, body: `@${ctx.team.users.CIO.email} is escrow enough here?` }),
  editComment: (ctx) => ({ commentId: ctx.commentIds.editComment ?? "", body: `Corrected: @${ctx.team.users.CIO.email} is escrow enough?` }),
  deleteComment: (ctx) => ({ commentId: ctx.commentIds.deleteComment ?? "" }),
  assignClause: (ctx) => ({ dealClauseId: ctx.clauseId, version: "1", assigneeId: ctx.team.users.CIO.id, dueOn: "2027-01-31" }),
  logDraftRound: (ctx) => oneEntryRoundInput(ctx.round),
  createDeal: (ctx) => ({
    name: "Bad input deal",
    vendor: "Acme AI",
    useCase: "Claims",
    modelKind: "LLM",
    hostingModel: "VENDOR_HOSTED",
    baseModel: "Llama",
    baseModelLicence: "Community",
    contractValue: "250,000.50",
    currency: "EUR",
    stage: "INTAKE",
    targetSigningDate: "2026-12-31",
    ownerId: ctx.team.users.NEGOTIATOR.id,
  }),
  updateDeal: (ctx) => ({ ...base("createDeal")(ctx), dealId: ctx.dealId, version: "1", stage: "NEGOTIATING" }),
  archiveDeal: (ctx) => ({ dealId: ctx.dealId, version: "1", archived: "true" }),
  updateDealClause: (ctx) => ({
    dealClauseId: ctx.clauseId,
    version: "1",
    status: "IN_NEGOTIATION",
    notApplicableReason: "",
    agreedLanguage: "Client owns it",
    contractReference: "§3",
    notes: "Call went fine",
  }),
  logVendorResponse: (ctx) => ({
    dealClauseId: ctx.clauseId,
    version: "1",
    occurredOn: "2026-03-02",
    channel: "EMAIL",
    vendorText: "We accept your wording.",
    stance: "ACCEPTS",
    offerPosition: "MUST_HAVE",
    counterNextStep: "",
    newStatus: "MUST_HAVE_MET",
    notApplicableReason: "",
    agreedLanguage: "Client owns the weights.",
    contractReference: "MSA §4",
  }),
  overrideClauseRules: (ctx) => ({ dealClauseId: ctx.ruleClauseId, version: String(ctx.ruleClauseVersion), reason: "Internal tool only." }),
  restoreClauseRules: (ctx) => ({ dealClauseId: ctx.overriddenClauseId, version: String(ctx.overriddenClauseVersion) }),
  addDealSpecificClause: (ctx) => ({
    dealId: ctx.dealId,
    layerKey: "deployment-exit",
    title: "Data stays in the EU",
    whyItMatters: "Residency.",
    mustHave: "EU only.",
    fallback: "EU storage.",
    walkAway: "Outside the EU.",
    priority: "MUST_HAVE",
    sampleLanguage: "",
  }),
  removeDealSpecificClause: (ctx) => ({ dealClauseId: ctx.dealOnlyClauseId, version: "1" }),
  switchOrganization: (ctx) => ({ organizationId: ctx.team.org.id }),
  acceptRisk: (ctx) => ({ dealId: ctx.dealId, dealClauseId: ctx.clauseId, rationale: "Escrow covers this gap for the pilot phase." }),
  revokeRisk: (ctx) => ({ dealId: ctx.dealId, riskAcceptanceId: ctx.riskAcceptanceId }),
  acceptLicenceFinding: (ctx) => ({ dealId: ctx.dealId, findingKey: "user-threshold", rationale: "The licensor's separate permission is being negotiated." }),
  revokeLicenceFinding: (ctx) => ({ dealId: ctx.dealId, acceptanceId: ctx.licenceAcceptanceId }),
  decideReview: (ctx) => ({ dealId: ctx.dealId, decision: "CHANGES_REQUESTED", comment: "The weights clause is still open." }),
  giveSecondApproval: (ctx) => ({ dealId: ctx.dealId, decision: "CHANGES_REQUESTED", comment: "Legal wants the liability cap reworded." }),
  submitForReview: (ctx) => ({ dealId: ctx.dealId, version: "1", note: "Ready for the CIOs." }),
  updateProcessStep: (ctx) => ({ dealId: ctx.dealId, dealRecommendationId: ctx.processStepId, done: "true", note: "Kick-off held" }),
  upgradeDeal: (ctx) => ({ dealId: ctx.dealId, version: "1", toVersion: String(ctx.playbookVersion) }),
  confirmClauseStillHolds: (ctx) => ({ dealClauseId: ctx.clauseId, version: "1" }),
  createOrganization: () => ({ name: "Bad input org", defaultCurrency: "EUR" }),
  updateOrganizationSettings: (ctx) => ({
    organizationId: ctx.team.org.id,
    version: "0",
    name: "Team Org",
    defaultCurrency: "EUR",
    ssoProviderId: "",
    ssoEmailDomains: "example.com\nExample.org, example.com",
    ssoDefaultRole: "VIEWER",
    passwordSignInAllowed: "true",
  }),
  retryOutboxMessage: (ctx) => ({ messageId: ctx.failedMessageId }),
  // API tokens (issue 17).
  createPersonalToken: (ctx) => ({
    organizationId: ctx.team.org.id,
    name: "Bad-input token",
    scopes: ["READ", "WRITE"],
    expiresIn: "date",
    expiresOn: isoDayFrom(new Date(), 30),
  }),
  createServiceToken: (ctx) => ({
    organizationId: ctx.team.org.id,
    name: "Bad-input service",
    scopes: ["READ"],
    expiresIn: "date",
    expiresOn: isoDayFrom(new Date(), 30),
  }),
  revokeToken: (ctx) => ({ tokenId: ctx.tokens.revokeToken }),
  createWebhook: () => ({ url: "https://93.184.215.14/bad-input", description: "", events: ["DEAL_CREATED"] }),
  updateWebhook: (ctx) => ({
    webhookId: ctx.webhooks.updateWebhook.webhookId,
    version: "1",
    url: "https://93.184.215.14/bad-input-edited",
    description: "Edited",
    events: ["DEAL_APPROVED"],
    active: "false",
  }),
  rollWebhookSecret: (ctx) => ({ webhookId: ctx.webhooks.rollWebhookSecret.webhookId, version: "1" }),
  deleteWebhook: (ctx) => ({ webhookId: ctx.webhooks.deleteWebhook.webhookId, version: "1" }),
  resendWebhookDelivery: (ctx) => ({ deliveryId: ctx.webhooks.resendWebhookDelivery.deliveryId }),
  inviteMember: () => ({ email: "bad-input-invitee@new.example", role: "MANAGER" }),
  resendInvitation: (ctx) => ({ invitationId: ctx.invitationIds.resendInvitation }),
  revokeInvitation: (ctx) => ({ invitationId: ctx.invitationIds.revokeInvitation }),
  changeMemberRole: (ctx) => ({ membershipId: ctx.memberIds.changeMemberRole, role: "NEGOTIATOR" }),
  setMemberDisabled: (ctx) => ({ membershipId: ctx.memberIds.setMemberDisabled, disabled: "true" }),
  removeMember: (ctx) => ({ membershipId: ctx.memberIds.removeMember }),
  setMemberApprover: (ctx) => ({ membershipId: ctx.memberIds.setMemberApprover, approver: "true" }),
  // Publish first: its accepted call consumes the draft made in beforeAll; the import's then makes a new one.
  publishPlaybookDraft: (ctx) => ({ organizationId: ctx.team.org.id, draftVersion: "1", changeSummary: "Renamed the playbook for the bad-input test." }),
  importPlaybookDraft: (ctx) => ({ organizationId: ctx.team.org.id, json: serializePlaybook(DEFAULT_PLAYBOOK), replaceDraft: "true" }),
  signOut: "no input",
  // The playbook editor: every block starts on a fresh draft (version 1) of the default playbook.
  startPlaybookDraft: (ctx) => ({ organizationId: ctx.team.org.id }),
  discardPlaybookDraft: (ctx) => draftRef(ctx),
  updateDraftClause: (ctx) => ({ ...draftClause(ctx), key: DEFAULT_CLAUSE.key, mustHave: "Bad-input must-have." }),
  addDraftClause: (ctx) => ({ ...draftClause(ctx), key: "", title: "Bad input clause" }),
  retireDraftClause: (ctx) => ({ ...draftRef(ctx), key: DEFAULT_CLAUSE.key }),
  moveDraftClause: (ctx) => ({ ...draftRef(ctx), key: DEFAULT_CLAUSE.key, direction: "down" }),
  updateDraftSection: (ctx) => ({ ...draftRef(ctx), sectionKey: "outputs", title: "Outputs", summary: "What the model produces." }),
  addDraftScenario: (ctx) => ({ ...draftRef(ctx), ...SCENARIO, key: "" }),
  updateDraftScenario: (ctx) => ({ ...draftRef(ctx), ...SCENARIO, key: "vendor-collapse" }),
  removeDraftScenario: (ctx) => ({ ...draftRef(ctx), key: "vendor-collapse" }),
  addDraftPitch: (ctx) => ({ ...draftRef(ctx), ...PITCH, key: "" }),
  updateDraftPitch: (ctx) => ({ ...draftRef(ctx), ...PITCH, key: "trust-us" }),
  removeDraftPitch: (ctx) => ({ ...draftRef(ctx), key: "trust-us" }),
  addDraftStep: (ctx) => ({ ...draftRef(ctx), key: "", title: "Bad input step", detail: "Do it." }),
  updateDraftStep: (ctx) => ({ ...draftRef(ctx), key: "plan-exit", title: "Plan the exit", detail: "Early." }),
  removeDraftStep: (ctx) => ({ ...draftRef(ctx), key: "plan-exit" }),
  moveDraftStep: (ctx) => ({ ...draftRef(ctx), key: "plan-exit", direction: "up" }),
  setDraftCounter: (ctx) => ({
    draftId: ctx.vendorDrafts.setDraftCounter.id,
    version: "1",
    passageId: ctx.vendorDrafts.setDraftCounter.passageId,
    counterFrom: "sample",
    counterText: "The Supplier shall deposit the model weights with the escrow agent.",
  }),
  clearDraftCounter: (ctx) => ({ draftId: ctx.vendorDrafts.clearDraftCounter.id, version: "1", passageId: ctx.vendorDrafts.clearDraftCounter.passageId }),
  // The vendor-draft workbench.
  addPastedDraft: (ctx) => ({
    dealId: ctx.dealId,
    title: "Round 1",
    receivedOn: "2026-11-20",
    kind: "TEXT",
    text: "4.1 The Supplier need not deposit the weights in escrow.",
  }),
  deleteDraftRound: (ctx) => ({ draftId: ctx.vendorDraft.draftId, version: "1" }),
  acceptDraftMapping: (ctx) => ({ draftId: ctx.vendorDraft.draftId, version: "1", mappingId: ctx.vendorDraft.mappingId }),
  rejectDraftMapping: (ctx) => ({ draftId: ctx.vendorDraft.draftId, version: "1", mappingId: ctx.vendorDraft.mappingId }),
  remapDraftPassage: (ctx) => ({
    draftId: ctx.vendorDraft.draftId,
    version: "1",
    passageId: ctx.vendorDraft.passageId,
    dealClauseId: ctx.vendorDraft.unmappedClauseId,
  }),
  dismissDraftFlag: (ctx) => ({ draftId: ctx.vendorDraft.draftId, version: "1", flagId: ctx.vendorDraft.flagId, reason: "Limited by clause 9." }),
  restoreDraftFlag: (ctx) => ({ draftId: ctx.vendorDraft.draftId, version: "1", flagId: ctx.vendorDraft.dismissedFlagId }),
  // The inbox (issue 15).
  markNotificationRead: (ctx) => ({ notificationId: ctx.notifications.own }),
  markAllNotificationsRead: () => ({ upTo: "2026-11-30T12:00:00.000Z" }),
  updateNotificationPreferences: () => ({ ...DEFAULT_DELIVERY, MENTION: "IN_APP" }),
  // Last: its accepted input changes the negotiator's password.
  changePassword: () => ({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
};

function passwordRows(field: "newPassword" | "confirmPassword"): Row[] {
  // Both fields at once: a new password and its repetition that differ would also fail the match.
  const both = (value: unknown) => new Patch({ newPassword: value, confirmPassword: value });
  if (field === "confirmPassword") {
    return [
      ...WRONG_TYPES.map(([label, value]): Row => ["changePassword", field, label, value, "INVALID_INPUT"]),
      ["changePassword", field, "a different password", NEW_PASSWORD + "!", "INVALID_INPUT"],
      ["changePassword", field, "the same with a trailing space", NEW_PASSWORD + " ", "INVALID_INPUT"],
      ["changePassword", field, "empty", "", "INVALID_INPUT"],
      ["changePassword", field, "missing", OMIT, "INVALID_INPUT"],
    ];
  }
  return [
    ...WRONG_TYPES.map(([label, value]): Row => ["changePassword", field, label, value, "INVALID_INPUT"]),
    ["changePassword", field, "11 characters", both("x".repeat(11)), "INVALID_INPUT"],
    ["changePassword", field, "201 characters", both("x".repeat(201)), "INVALID_INPUT"],
    ["changePassword", field, "only spaces", both(" ".repeat(12)), "INVALID_INPUT"],
    ["changePassword", field, "a NUL character", both("long password\u0000"), "INVALID_INPUT"],
    ["changePassword", field, "a lone surrogate", both("long password \uD800"), "INVALID_INPUT"],
    ["changePassword", field, "empty", both(""), "INVALID_INPUT"],
    ["changePassword", field, "missing", new Patch({ newPassword: undefined }), "INVALID_INPUT"],
    ["changePassword", field, "the current password", both(TEST_PASSWORD), "INVALID_INPUT"],
  ];
}

function base(action: string): BaseInput {
  const b = BASE[action];
  if (typeof b !== "function") throw new Error(`${action} takes no input`);
  return b;
}

/** Negotiator where the matrix allows it, otherwise admin: bad input is tested past the role check. */
function allowedUser(action: string) {
  const permission = registry.get(action)!.permission;
  return can("NEGOTIATOR", permission) ? ctx.team.users.NEGOTIATOR : ctx.team.users.ADMIN;
}

const OMIT = Symbol("omitted");
/** Sets several fields at once, for rules across fields (e.g. a status that needs a reason). */
class Patch {
  constructor(readonly fields: Record<string, unknown>) {}
}
type Value = unknown | ((ctx: Ctx) => unknown);
/** [action, field, what is wrong, value, expected code (INVALID_INPUT naming `field` unless NOT_FOUND)] */
type Row = [action: string, field: string, label: string, value: Value, code: "INVALID_INPUT" | "NOT_FOUND"];

const long = (n: number) => "x".repeat(n);
const NEW_PASSWORD = "a new bad-input passphrase";
const WRONG_TYPES: [string, unknown][] = [
  ["a number", 42],
  ["an array", ["text"]],
  ["an object", { text: "x" }],
  ["a boolean", true],
  ["null", null],
];

function textRows(action: string, field: string, max: number, required: boolean): Row[] {
  const rows: Row[] = WRONG_TYPES.map(([label, value]) => [action, field, label, value, "INVALID_INPUT"]);
  rows.push([action, field, `${max + 1} characters`, long(max + 1), "INVALID_INPUT"]);
  if (required) {
    rows.push(
      [action, field, "empty", "", "INVALID_INPUT"],
      [action, field, "only spaces", "   ", "INVALID_INPUT"],
      [action, field, "missing", OMIT, "INVALID_INPUT"],
    );
  }
  return rows;
}

function enumRows(action: string, field: string, unknown: string[], required = true): Row[] {
  const rows: Row[] = WRONG_TYPES.map(([label, value]) => [action, field, label, value, "INVALID_INPUT"]);
  for (const value of unknown) rows.push([action, field, `unknown value ${JSON.stringify(value)}`, value, "INVALID_INPUT"]);
  if (required) rows.push([action, field, "missing", OMIT, "INVALID_INPUT"]);
  return rows;
}

function idRows(action: string, field: string): Row[] {
  return [
    ...WRONG_TYPES.map(([label, value]): Row => [action, field, label, value, "INVALID_INPUT"]),
    [action, field, "empty", "", "INVALID_INPUT"],
    [action, field, "65 characters", long(65), "INVALID_INPUT"],
    [action, field, "missing", OMIT, "INVALID_INPUT"],
  ];
}

const LIVE_TOKEN_NAME = "Bad-input reporting";
const SERVICE_TOKEN_NAME = "Bad-input warehouse";
/** The token forms: organisation, name, scopes and expiry. */
function tokenFormRows(action: string, liveName: string): Row[] {
  const date = (label: string, value: unknown): Row => [action, "expiresOn", label, value, "INVALID_INPUT"];
  return [
    ...idRows(action, "organizationId"),
    [action, "organizationId", "another organisation", (ctx: Ctx) => ctx.team.otherOrg.id, "NOT_FOUND"],
    ...textRows(action, "name", 100, true),
    [action, "name", "a NUL character", "Token\u0000", "INVALID_INPUT"],
    [action, "name", "the name of a live token, in other capitals", liveName.toUpperCase(), "INVALID_INPUT"],
    ...WRONG_TYPES.filter(([label]) => label !== "an array").map(([label, value]): Row => [action, "scopes", label, value, "INVALID_INPUT"]),
    [action, "scopes", "none", [], "INVALID_INPUT"],
    [action, "scopes", "an unknown scope", ["ADMIN"], "INVALID_INPUT"],
    [action, "scopes", "lower case", ["read"], "INVALID_INPUT"],
    [action, "scopes", "a number inside", [1], "INVALID_INPUT"],
    [action, "scopes", "three", ["READ", "WRITE", "READ"], "INVALID_INPUT"],
    [action, "scopes", "missing", OMIT, "INVALID_INPUT"],
    ...enumRows(action, "expiresIn", ["1", "366", "NEVER", "", "x".repeat(10_000)]),
    date("today", () => isoDayFrom(new Date(), 0)),
    date("in the past", "2020-01-01"),
    date("a year and a day ahead", () => isoDayFrom(new Date(), 366)),
    date("30 February", "2027-02-30"),
    date("month 13", "2027-13-01"),
    date("a word", "tomorrow"),
    date("with a time", "2027-01-01T10:00:00Z"),
    date("a number", 20270101),
    date("null", null),
    date("an array", ["2027-01-01"]),
    date("empty, with the date option", ""),
    date("missing, with the date option", OMIT),
  ];
}

/** A webhook's URL: not text, not a URL, or a target deliveries may not reach. */
function webhookUrlRows(action: string): Row[] {
  return [
    ...WRONG_TYPES.map(([label, value]): Row => [action, "url", label, value, "INVALID_INPUT"]),
    [action, "url", "empty", "", "INVALID_INPUT"],
    [action, "url", "missing", OMIT, "INVALID_INPUT"],
    [action, "url", "2001 characters", `https://example.com/${"x".repeat(1981)}`, "INVALID_INPUT"],
    [action, "url", "not a URL", "hooks.example.com/x", "INVALID_INPUT"],
    [action, "url", "http", "http://93.184.215.14/x", "INVALID_INPUT"],
    [action, "url", "credentials", "https://user:secret@93.184.215.14/x", "INVALID_INPUT"],
    [action, "url", "loopback", "https://127.0.0.1/x", "INVALID_INPUT"],
    [action, "url", "loopback as a decimal number", "https://2130706433/x", "INVALID_INPUT"],
    [action, "url", "IPv4-mapped loopback", "https://[::ffff:127.0.0.1]/x", "INVALID_INPUT"],
    [action, "url", "private", "https://10.0.0.8/x", "INVALID_INPUT"],
    [action, "url", "cloud metadata", "https://169.254.169.254/latest/meta-data", "INVALID_INPUT"],
  ];
}

function webhookEventRows(action: string): Row[] {
  return [
    [action, "events", "none", [], "INVALID_INPUT"],
    [action, "events", "a string", "DEAL_CREATED", "INVALID_INPUT"],
    [action, "events", "an unknown event", ["DEAL_DELETED"], "INVALID_INPUT"],
    [action, "events", "a wire name", ["deal.created"], "INVALID_INPUT"],
    [action, "events", "a number in the list", [7], "INVALID_INPUT"],
    [action, "events", "null", null, "INVALID_INPUT"],
    [action, "events", "missing", OMIT, "INVALID_INPUT"],
  ];
}

function versionRows(action: string): Row[] {
  return [
    [action, "version", "not a number", "abc", "INVALID_INPUT"],
    [action, "version", "empty", "", "INVALID_INPUT"],
    [action, "version", "zero", "0", "INVALID_INPUT"],
    [action, "version", "negative", -1, "INVALID_INPUT"],
    [action, "version", "a fraction", "1.5", "INVALID_INPUT"],
    [action, "version", "an object", { v: 1 }, "INVALID_INPUT"],
    [action, "version", "null", null, "INVALID_INPUT"],
    [action, "version", "missing", OMIT, "INVALID_INPUT"],
  ];
}

function dateRows(action: string, field: string, required: boolean): Row[] {
  const rows: Row[] = [
    [action, field, "30 February", "2026-02-30", "INVALID_INPUT"],
    [action, field, "month 13", "2026-13-01", "INVALID_INPUT"],
    [action, field, "a word", "tomorrow", "INVALID_INPUT"],
    [action, field, "day first", "31/12/2026", "INVALID_INPUT"],
    [action, field, "with a time", "2026-12-31T10:00:00Z", "INVALID_INPUT"],
    [action, field, "a number", 20261231, "INVALID_INPUT"],
    [action, field, "an array", ["2026-12-31"], "INVALID_INPUT"],
    [action, field, "an object", { date: "2026-12-31" }, "INVALID_INPUT"],
  ];
  if (required)
    rows.push([action, field, "empty", "", "INVALID_INPUT"], [action, field, "missing", OMIT, "INVALID_INPUT"], [action, field, "null", null, "INVALID_INPUT"]);
  return rows;
}

function dealFieldRows(action: string): Row[] {
  return [
    ...textRows(action, "name", 200, true),
    ...textRows(action, "vendor", 200, true),
    ...textRows(action, "useCase", 2000, false),
    ...textRows(action, "modelKind", 200, false),
    ...textRows(action, "baseModel", 200, false),
    ...textRows(action, "baseModelLicence", 200, false),
    ...enumRows(action, "baseModelLicenceType", ["OPEN", "none", ""], false),
    ...[["a number", 42] as const, ["an array", ["llama-3.1-community"]] as const, ["an object", { key: "x" }] as const, ["a boolean", true] as const].map(
      ([label, value]): Row => [action, "baseModelLicenceKey", label, value, "INVALID_INPUT"],
    ),
    [action, "baseModelLicenceKey", "a key the registry does not have", "llama-9-community", "INVALID_INPUT"],
    [action, "baseModelLicenceKey", "101 characters", long(101), "INVALID_INPUT"],
    [action, "expectedMonthlyUsers", "a word", "lots", "INVALID_INPUT"],
    [action, "expectedMonthlyUsers", "negative", "-5", "INVALID_INPUT"],
    [action, "expectedMonthlyUsers", "a negative number", -5, "INVALID_INPUT"],
    [action, "expectedMonthlyUsers", "a fraction", "1.5", "INVALID_INPUT"],
    [action, "expectedMonthlyUsers", "more than a database integer holds", "2,147,483,648", "INVALID_INPUT"],
    [action, "expectedMonthlyUsers", "exponent notation", "9e8", "INVALID_INPUT"],
    [action, "expectedMonthlyUsers", "an array", [900], "INVALID_INPUT"],
    [action, "expectedMonthlyUsers", "an object", { users: 900 }, "INVALID_INPUT"],
    [action, "expectedMonthlyUsers", "a boolean", true, "INVALID_INPUT"],
    ...enumRows(action, "useCaseCategory", ["MILITARY", "healthcare", ""], false),
    [action, "regulatedSector", "a word", "yes", "INVALID_INPUT"],
    [action, "regulatedSector", "a number", 1, "INVALID_INPUT"],
    [action, "regulatedSector", "an array", ["true"], "INVALID_INPUT"],
    [action, "regulatedSector", "null", null, "INVALID_INPUT"],
    ...enumRows(action, "hostingModel", ["ON_PREM", "self_hosted", ""]),
    ...enumRows(action, "currency", ["XXX", "usd", "€", ""]),
    ...enumRows(action, "stage", ["DONE", "intake", ""], false),
    [action, "contractValue", "negative", "-5", "INVALID_INPUT"],
    [action, "contractValue", "a word", "lots", "INVALID_INPUT"],
    [action, "contractValue", "three decimals", "1.234", "INVALID_INPUT"],
    [action, "contractValue", "too large", "99999999999999", "INVALID_INPUT"],
    [action, "contractValue", "exponent notation", "1e6", "INVALID_INPUT"],
    [action, "contractValue", "a negative number", -100, "INVALID_INPUT"],
    [action, "contractValue", "an array", [100], "INVALID_INPUT"],
    [action, "contractValue", "an object", { amount: 100 }, "INVALID_INPUT"],
    [action, "contractValue", "a boolean", true, "INVALID_INPUT"],
    [action, "contractValue", "null", null, "INVALID_INPUT"],
    ...dateRows(action, "targetSigningDate", false),
    ...idRows(action, "ownerId"),
    [action, "ownerId", "a user of another organisation", (ctx: Ctx) => ctx.foreign.ownerId, "INVALID_INPUT"],
    [action, "ownerId", "an id nobody has", "no-such-user", "INVALID_INPUT"],
  ];
}

/** The fields every editor action has: the organisation and the draft version its form read. */
function draftRefRows(action: string): Row[] {
  return [
    ...idRows(action, "organizationId"),
    [action, "organizationId", "another organisation", (ctx: Ctx) => ctx.foreign.organizationId, "NOT_FOUND"],
    ...versionRows(action).map(([a, , label, value, code]): Row => [a, "draftVersion", label, value, code]),
  ];
}

function draftKeyRows(action: string, missing: string): Row[] {
  return [
    ...WRONG_TYPES.map(([label, value]): Row => [action, "key", label, value, "INVALID_INPUT"]),
    [action, "key", "empty", "", "INVALID_INPUT"],
    [action, "key", "upper case and spaces", "Data Residency", "INVALID_INPUT"],
    [action, "key", "81 characters", long(81), "INVALID_INPUT"],
    [action, "key", "missing", OMIT, "INVALID_INPUT"],
    [action, "key", `a ${missing} the draft does not have`, "no-such-item", "NOT_FOUND"],
  ];
}

/** A new item's key may be left empty (one is made from the title); otherwise it must be a free, well-formed key. */
function newKeyRows(action: string, taken: string): Row[] {
  return [
    ...WRONG_TYPES.map(([label, value]): Row => [action, "key", label, value, "INVALID_INPUT"]),
    [action, "key", "upper case and spaces", "Data Residency", "INVALID_INPUT"],
    [action, "key", "a double hyphen", "data--residency", "INVALID_INPUT"],
    [action, "key", "81 characters", long(81), "INVALID_INPUT"],
    [action, "key", "reserved for the editor's pages", "new", "INVALID_INPUT"],
    [action, "key", "another item's key", taken, "INVALID_INPUT"],
  ];
}

function referenceRows(action: string, field: "defends" | "counters", existing: string): Row[] {
  return [
    [action, field, "a string", existing, "INVALID_INPUT"],
    [action, field, "an object", { key: existing }, "INVALID_INPUT"],
    [action, field, "null", null, "INVALID_INPUT"],
    [action, field, "missing", OMIT, "INVALID_INPUT"],
    [action, field, "listed twice", [existing, existing], "INVALID_INPUT"],
    [action, field, "a key the draft does not have", ["no-such-item"], "INVALID_INPUT"],
    [action, `${field}.0`, "a number in the list", new Patch({ [field]: [42] }), "INVALID_INPUT"],
    [action, `${field}.0`, "not a key", new Patch({ [field]: ["Not A Key"] }), "INVALID_INPUT"],
  ];
}

const rule = (patch: Record<string, unknown>) => new Patch({ rules: [{ ...RULE, ...patch }] });
function clauseRows(action: string): Row[] {
  return [
    ...draftRefRows(action),
    ...enumRows(action, "section", ["intro", "Outputs", ""]),
    ...enumRows(action, "priority", ["HIGH", "must_have", ""]),
    ...textRows(action, "title", 200, true),
    ...textRows(action, "whyItMatters", 4000, true),
    ...textRows(action, "mustHave", 4000, true),
    ...textRows(action, "fallback", 4000, true),
    ...textRows(action, "walkAway", 4000, true),
    ...WRONG_TYPES.filter(([label]) => label !== "null").map(([label, value]): Row => [action, "sampleLanguage", label, value, "INVALID_INPUT"]),
    [action, "sampleLanguage", "8001 characters", long(8001), "INVALID_INPUT"],
    ...referenceRows(action, "defends", "vendor-collapse"),
    ...referenceRows(action, "counters", "trust-us"),
    [action, "rules", "a string", "regulated", "INVALID_INPUT"],
    [action, "rules", "null", null, "INVALID_INPUT"],
    [action, "rules", "11 rules", Array.from({ length: 11 }, () => RULE), "INVALID_INPUT"],
    [action, "rules", "a NUL character in a reason", rule({ reason: "Regulators\u0000" }), "INVALID_INPUT"],
    [action, "rules.0", "an unknown property", rule({ extra: true }), "INVALID_INPUT"],
    [action, "rules.0.effect", "an unknown effect", rule({ effect: "MAYBE" }), "INVALID_INPUT"],
    [action, "rules.0.when", "no condition", rule({ when: {} }), "INVALID_INPUT"],
    [action, "rules.0.priority", "raise without a priority", rule({ priority: undefined }), "INVALID_INPUT"],
    [action, "rules.0.reason", "an empty reason", rule({ reason: "  " }), "INVALID_INPUT"],
    [action, "rules.0.reason", "501 characters", rule({ reason: long(501) }), "INVALID_INPUT"],
    [action, "rules.0.when.hostingModels.0", "an unknown hosting model", rule({ when: { hostingModels: ["ON_PREM"] } }), "INVALID_INPUT"],
    [action, "rules.0.when.regulatedSector", "a word for yes", rule({ when: { regulatedSector: "yes" } }), "INVALID_INPUT"],
    [action, "rules.0.when.contractValueBands", "an empty list", rule({ when: { contractValueBands: [] } }), "INVALID_INPUT"],
  ];
}

function scenarioRows(action: string): Row[] {
  return [
    ...draftRefRows(action),
    ...textRows(action, "title", 200, true),
    ...textRows(action, "story", 4000, true),
    ...textRows(action, "whatWentWrong", 4000, true),
    ...textRows(action, "ifUncovered", 1000, true),
  ];
}

function pitchRows(action: string): Row[] {
  return [
    ...draftRefRows(action),
    ...textRows(action, "quote", 1000, true),
    ...textRows(action, "danger", 4000, true),
    ...textRows(action, "counter", 4000, true),
    ...enumRows(action, "section", ["intro", "Outputs", ""]),
    ...WRONG_TYPES.filter(([label]) => label !== "an array").map(([label, value]): Row => [action, "phrases", label, value, "INVALID_INPUT"]),
    [action, "phrases", "missing", OMIT, "INVALID_INPUT"],
    [action, "phrases", "a line twice", "host it\nhost it", "INVALID_INPUT"],
    [action, "phrases", "41 lines", Array.from({ length: 41 }, (_, i) => `phrase ${i}`).join("\n"), "INVALID_INPUT"],
    [action, "phrases.0", "a number in the list", new Patch({ phrases: [42] }), "INVALID_INPUT"],
    [action, "phrases.0", "a phrase of 201 characters", new Patch({ phrases: long(201) }), "INVALID_INPUT"],
  ];
}

function stepRows(action: string): Row[] {
  return [...draftRefRows(action), ...textRows(action, "title", 200, true), ...textRows(action, "detail", 4000, true)];
}

const moveRows = (action: string): Row[] => enumRows(action, "direction", ["left", "UP", ""]);

/** The draft and the version of its review every review edit names. */
function draftEditRows(action: string): Row[] {
  return [
    ...idRows(action, "draftId"),
    [action, "draftId", "another organisation's draft", (ctx: Ctx) => ctx.foreignDraft.draftId, "NOT_FOUND"],
    ...versionRows(action),
  ];
}
function draftMappingRows(action: string): Row[] {
  return [
    ...draftEditRows(action),
    ...idRows(action, "mappingId"),
    [action, "mappingId", "another organisation's mapping", (ctx: Ctx) => ctx.foreignDraft.mappingId, "NOT_FOUND"],
  ];
}
/** A mention must name an active member of the organisation. */
function mentionRows(action: string): Row[] {
  return [
    [action, "body", "a mention of another organisation's member", (ctx: Ctx) => `@${ctx.team.foreignAdmin.email} have a look`, "INVALID_INPUT"],
    [action, "body", "a mention of an address nobody has", "@nobody@nowhere.example have a look", "INVALID_INPUT"],
  ];
}

// Model assets and escrow (issue 16).
const SHA = "ab".repeat(32);
function shaRows(action: string, field: string, required: boolean): Row[] {
  const rows: Row[] = WRONG_TYPES.filter(([label]) => required || label !== "null").map(([label, value]) => [action, field, label, value, "INVALID_INPUT"]);
  rows.push(
    [action, field, "63 characters", SHA.slice(1), "INVALID_INPUT"],
    [action, field, "not hexadecimal", "zz".repeat(32), "INVALID_INPUT"],
    [action, field, "with a prefix", `sha256:${SHA}`, "INVALID_INPUT"],
  );
  if (required) rows.push([action, field, "empty", "", "INVALID_INPUT"], [action, field, "missing", OMIT, "INVALID_INPUT"]);
  return rows;
}
function assetDealRows(action: string): Row[] {
  return [...idRows(action, "dealId"), [action, "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreignAssets.dealId, "NOT_FOUND"]];
}
function deliverableIdRows(action: keyof AssetsFixture["deliverableIds"]): Row[] {
  return [
    ...idRows(action, "deliverableId"),
    [action, "deliverableId", "an asset of another organisation", (ctx: Ctx) => ctx.foreignAssets.deliverableIds[action], "NOT_FOUND"],
    [action, "deliverableId", "a deal id instead", (ctx: Ctx) => ctx.assets.dealId, "NOT_FOUND"],
  ];
}
function promiseRows(action: string): Row[] {
  return [
    ...enumRows(action, "kind", ["MODEL", "weights", ""]),
    ...textRows(action, "name", 200, true),
    ...textRows(action, "format", 100, false),
    ...textRows(action, "milestone", 200, false),
    ...dateRows(action, "dueOn", false),
    ...textRows(action, "expectedPath", 1000, false),
    [action, "expectedPath", "leaves the folder", "../secrets/key.pem", "INVALID_INPUT"],
    ...shaRows(action, "expectedSha256", false),
  ];
}
const ASSET_ROWS: Row[] = [
  ...assetDealRows("addDeliverable"),
  ...promiseRows("addDeliverable"),
  ...assetDealRows("updateDeliverable"),
  ...deliverableIdRows("updateDeliverable"),
  ...versionRows("updateDeliverable"),
  ...promiseRows("updateDeliverable"),
  ...assetDealRows("removeDeliverable"),
  ...deliverableIdRows("removeDeliverable"),
  ...versionRows("removeDeliverable"),
  ...assetDealRows("addSuggestedDeliverables"),
  ...assetDealRows("recordDelivery"),
  ...deliverableIdRows("recordDelivery"),
  ...versionRows("recordDelivery"),
  ...textRows("recordDelivery", "fileName", 500, true),
  ...(
    [
      ["empty", ""],
      ["negative", "-1"],
      ["a fraction", "1.5"],
      ["a word", "big"],
      ["beyond exact integers", "9007199254740993"],
      ["a boolean", true],
      ["null", null],
      ["missing", OMIT],
    ] as const
  ).map(([label, value]): Row => ["recordDelivery", "sizeBytes", label, value, "INVALID_INPUT"]),
  ...shaRows("recordDelivery", "sha256", true),
  ...assetDealRows("verifyDeliverable"),
  ...deliverableIdRows("verifyDeliverable"),
  ...shaRows("verifyDeliverable", "sha256", true),
  ...enumRows("verifyDeliverable", "method", ["LOADED", "hash_match", ""]),
  ["verifyDeliverable", "passed", "a word", "yes", "INVALID_INPUT"],
  ["verifyDeliverable", "passed", "a number", 1, "INVALID_INPUT"],
  ["verifyDeliverable", "passed", "null", null, "INVALID_INPUT"],
  ["verifyDeliverable", "passed", "missing", OMIT, "INVALID_INPUT"],
  ...textRows("verifyDeliverable", "note", 4000, false),
  ["verifyDeliverable", "note", "a reproduced evaluation without figures", "", "INVALID_INPUT"],
  ["verifyDeliverable", "note", "a loaded model without a word on how", new Patch({ method: "MODEL_LOADED", note: "ok" }), "INVALID_INPUT"],
  ...assetDealRows("saveEscrowArrangement"),
  ...(
    [
      ["not a number", "abc"],
      ["negative", "-1"],
      ["a fraction", "1.5"],
      ["an object", { v: 1 }],
      ["null", null],
    ] as const
  ).map(([label, value]): Row => ["saveEscrowArrangement", "version", label, value, "INVALID_INPUT"]),
  ...textRows("saveEscrowArrangement", "agent", 200, true),
  ...(
    [
      ["zero", "0"],
      ["over five years", "1831"],
      ["a fraction", "7.5"],
      ["a word", "quarterly"],
      ["empty", ""],
      ["null", null],
      ["missing", OMIT],
    ] as const
  ).map(([label, value]): Row => ["saveEscrowArrangement", "freshnessDays", label, value, "INVALID_INPUT"]),
  ["saveEscrowArrangement", "releaseTriggers", "a string", "INSOLVENCY", "INVALID_INPUT"],
  ["saveEscrowArrangement", "releaseTriggers", "null", null, "INVALID_INPUT"],
  ["saveEscrowArrangement", "releaseTriggers.0", "an unknown trigger", new Patch({ releaseTriggers: ["BANKRUPT"] }), "INVALID_INPUT"],
  ...textRows("saveEscrowArrangement", "notes", 4000, false),
  ...assetDealRows("recordEscrowDeposit"),
  ...dateRows("recordEscrowDeposit", "depositedOn", true),
  ["recordEscrowDeposit", "depositedOn", "tomorrow", isoDateInDays(1), "INVALID_INPUT"],
  ...shaRows("recordEscrowDeposit", "manifestSha256", true),
  ...textRows("recordEscrowDeposit", "note", 2000, false),
];

const ROWS: Row[] = [
  // Vendors as records
  ...idRows("mergeVendors", "survivorId"),
  ["mergeVendors", "survivorId", "another organisation's vendor", (ctx: Ctx) => ctx.foreignVendors.survivorId, "NOT_FOUND"],
  ["mergeVendors", "survivorId", "a deal id instead", (ctx: Ctx) => ctx.dealId, "NOT_FOUND"],
  ...idRows("mergeVendors", "mergedId"),
  ["mergeVendors", "mergedId", "the vendor to keep itself", (ctx: Ctx) => ctx.vendors.mergeVendors.survivorId, "INVALID_INPUT"],
  ["mergeVendors", "mergedId", "another organisation's vendor", (ctx: Ctx) => ctx.foreignVendors.mergedId, "NOT_FOUND"],
  ...idRows("dismissVendorProposal", "proposalId"),
  ["dismissVendorProposal", "proposalId", "another organisation's proposal", (ctx: Ctx) => ctx.foreignVendors.proposalId, "NOT_FOUND"],
  ["dismissVendorProposal", "proposalId", "a vendor id instead", (ctx: Ctx) => ctx.vendors.dismissVendorProposal.survivorId, "NOT_FOUND"],
  ...idRows("renameVendor", "vendorId"),
  ["renameVendor", "vendorId", "another organisation's vendor", (ctx: Ctx) => ctx.foreignVendors.survivorId, "NOT_FOUND"],
  ...versionRows("renameVendor"),
  ...textRows("renameVendor", "name", 200, true),
  ["renameVendor", "name", "only punctuation", "— . —", "INVALID_INPUT"],
  [
    "renameVendor",
    "name",
    "another vendor's name in other letters",
    (ctx: Ctx) => ctx.vendors.renameVendor.survivorName.toUpperCase() + " INC",
    "INVALID_INPUT",
  ],
  // Clause discussion and assignment
  ...idRows("postComment", "dealClauseId"),
  ["postComment", "dealClauseId", "a clause of another organisation", (ctx: Ctx) => ctx.foreign.clauseId, "NOT_FOUND"],
  ["postComment", "dealClauseId", "a deal id instead of a clause id", (ctx: Ctx) => ctx.dealId, "NOT_FOUND"],
  ...textRows("postComment", "body", 5000, true),
  ...mentionRows("postComment"),
  ...idRows("editComment", "commentId"),
  ["editComment", "commentId", "a comment of another organisation", (ctx: Ctx) => ctx.foreignCommentId, "NOT_FOUND"],
  ["editComment", "commentId", "a clause id instead", (ctx: Ctx) => ctx.clauseId, "NOT_FOUND"],
  ...textRows("editComment", "body", 5000, true),
  ...mentionRows("editComment"),
  ...idRows("deleteComment", "commentId"),
  ["deleteComment", "commentId", "a comment of another organisation", (ctx: Ctx) => ctx.foreignCommentId, "NOT_FOUND"],
  ["deleteComment", "commentId", "a clause id instead", (ctx: Ctx) => ctx.clauseId, "NOT_FOUND"],
  ...idRows("assignClause", "dealClauseId"),
  ["assignClause", "dealClauseId", "a clause of another organisation", (ctx: Ctx) => ctx.foreign.clauseId, "NOT_FOUND"],
  ["assignClause", "dealClauseId", "a deal id instead of a clause id", (ctx: Ctx) => ctx.dealId, "NOT_FOUND"],
  ...versionRows("assignClause"),
  ...WRONG_TYPES.map(([label, value]): Row => ["assignClause", "assigneeId", label, value, "INVALID_INPUT"]),
  ["assignClause", "assigneeId", "65 characters", long(65), "INVALID_INPUT"],
  ["assignClause", "assigneeId", "missing", OMIT, "INVALID_INPUT"],
  ["assignClause", "assigneeId", "a user of another organisation", (ctx: Ctx) => ctx.foreign.ownerId, "INVALID_INPUT"],
  ["assignClause", "assigneeId", "an id nobody has", "no-such-user", "INVALID_INPUT"],
  ...dateRows("assignClause", "dueOn", false),

  // The vendor-draft workbench
  ...idRows("addPastedDraft", "dealId"),
  ["addPastedDraft", "dealId", "another organisation's deal", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ...textRows("addPastedDraft", "title", 200, false),
  ...dateRows("addPastedDraft", "receivedOn", true),
  ...enumRows("addPastedDraft", "kind", ["LETTER", "email", ""]),
  ...textRows("addPastedDraft", "text", MAX_PASTED_DRAFT_CHARS, true),
  ["addPastedDraft", "text", "no words at all", "— … — ¶ —", "INVALID_INPUT"],
  ...draftEditRows("deleteDraftRound"),
  ...draftMappingRows("acceptDraftMapping"),
  ...draftMappingRows("rejectDraftMapping"),
  ...draftEditRows("remapDraftPassage"),
  ...idRows("remapDraftPassage", "passageId"),
  ["remapDraftPassage", "passageId", "another organisation's passage", (ctx: Ctx) => ctx.foreignDraft.passageId, "NOT_FOUND"],
  ...idRows("remapDraftPassage", "dealClauseId"),
  ["remapDraftPassage", "dealClauseId", "another organisation's clause", (ctx: Ctx) => ctx.foreign.clauseId, "NOT_FOUND"],
  ["remapDraftPassage", "dealClauseId", "a clause of another deal", (ctx: Ctx) => ctx.otherDealClauseId, "NOT_FOUND"],
  ...draftEditRows("dismissDraftFlag"),
  ...idRows("dismissDraftFlag", "flagId"),
  ["dismissDraftFlag", "flagId", "another organisation's flag", (ctx: Ctx) => ctx.foreignDraft.flagId, "NOT_FOUND"],
  ...textRows("dismissDraftFlag", "reason", 500, true),
  ["dismissDraftFlag", "reason", "2 characters", "ok", "INVALID_INPUT"],
  ...draftEditRows("restoreDraftFlag"),
  ...idRows("restoreDraftFlag", "flagId"),
  ["restoreDraftFlag", "flagId", "another organisation's flag", (ctx: Ctx) => ctx.foreignDraft.dismissedFlagId, "NOT_FOUND"],

  // The playbook editor
  ...idRows("startPlaybookDraft", "organizationId"),
  ["startPlaybookDraft", "organizationId", "another organisation", (ctx: Ctx) => ctx.foreign.organizationId, "NOT_FOUND"],
  ...draftRefRows("discardPlaybookDraft"),
  ...clauseRows("updateDraftClause"),
  ...draftKeyRows("updateDraftClause", "clause"),
  ...clauseRows("addDraftClause"),
  ...newKeyRows("addDraftClause", DEFAULT_PLAYBOOK.clauses[1].key),
  ...draftRefRows("retireDraftClause"),
  ...draftKeyRows("retireDraftClause", "clause"),
  ...draftRefRows("moveDraftClause"),
  ...draftKeyRows("moveDraftClause", "clause"),
  ...moveRows("moveDraftClause"),
  ["moveDraftClause", "direction", "up from the first place", "up", "INVALID_INPUT"],
  ...draftRefRows("updateDraftSection"),
  ...enumRows("updateDraftSection", "sectionKey", ["intro", "Outputs", ""]),
  ...textRows("updateDraftSection", "title", 200, true),
  ...textRows("updateDraftSection", "summary", 4000, true),
  ...scenarioRows("addDraftScenario"),
  ...newKeyRows("addDraftScenario", "vendor-collapse"),
  ...scenarioRows("updateDraftScenario"),
  ...draftKeyRows("updateDraftScenario", "scenario"),
  ...draftRefRows("removeDraftScenario"),
  ...draftKeyRows("removeDraftScenario", "scenario"),
  ...pitchRows("addDraftPitch"),
  ...newKeyRows("addDraftPitch", "trust-us"),
  ...pitchRows("updateDraftPitch"),
  ...draftKeyRows("updateDraftPitch", "pitch"),
  ...draftRefRows("removeDraftPitch"),
  ...draftKeyRows("removeDraftPitch", "pitch"),
  ...stepRows("addDraftStep"),
  ...newKeyRows("addDraftStep", "plan-exit"),
  ...stepRows("updateDraftStep"),
  ...draftKeyRows("updateDraftStep", "process step"),
  ...draftRefRows("removeDraftStep"),
  ...draftKeyRows("removeDraftStep", "process step"),
  ...draftRefRows("moveDraftStep"),
  ...draftKeyRows("moveDraftStep", "process step"),
  ...moveRows("moveDraftStep"),

  // createDeal
  ...dealFieldRows("createDeal"),
  ["createDeal", "stage", "APPROVED (only a CIO review approves)", "APPROVED", "INVALID_INPUT"],
  ["createDeal", "stage", "SIGNED before approval", "SIGNED", "INVALID_INPUT"],

  // updateDeal
  ...dealFieldRows("updateDeal"),
  ...idRows("updateDeal", "dealId"),
  ["updateDeal", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ["updateDeal", "dealId", "a clause id instead of a deal id", (ctx: Ctx) => ctx.clauseId, "NOT_FOUND"],
  ...versionRows("updateDeal"),
  ["updateDeal", "stage", "APPROVED (only a CIO review approves)", "APPROVED", "INVALID_INPUT"],
  ["updateDeal", "stage", "SIGNED before approval", "SIGNED", "INVALID_INPUT"],

  // archiveDeal
  ...idRows("archiveDeal", "dealId"),
  ["archiveDeal", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ...versionRows("archiveDeal"),
  ["archiveDeal", "archived", "a word", "yes", "INVALID_INPUT"],
  ["archiveDeal", "archived", "upper case", "TRUE", "INVALID_INPUT"],
  ["archiveDeal", "archived", "a number", 1, "INVALID_INPUT"],
  ["archiveDeal", "archived", "an array", ["true"], "INVALID_INPUT"],
  ["archiveDeal", "archived", "an object", { archived: true }, "INVALID_INPUT"],
  ["archiveDeal", "archived", "null", null, "INVALID_INPUT"],

  // updateDealClause
  ...idRows("updateDealClause", "dealClauseId"),
  ["updateDealClause", "dealClauseId", "a clause of another organisation", (ctx: Ctx) => ctx.foreign.clauseId, "NOT_FOUND"],
  ["updateDealClause", "dealClauseId", "a deal id instead of a clause id", (ctx: Ctx) => ctx.dealId, "NOT_FOUND"],
  ...versionRows("updateDealClause"),
  ...enumRows("updateDealClause", "status", ["MAYBE", "in_negotiation", ""]),
  ...textRows("updateDealClause", "notApplicableReason", 1000, false),
  ...textRows("updateDealClause", "agreedLanguage", 20_000, false),
  ...textRows("updateDealClause", "contractReference", 200, false),
  ...textRows("updateDealClause", "notes", 20_000, false),
  [
    "updateDealClause",
    "notApplicableReason",
    "NOT_APPLICABLE without a reason",
    new Patch({ status: "NOT_APPLICABLE", notApplicableReason: "  " }),
    "INVALID_INPUT",
  ],

  // logVendorResponse
  ...idRows("logVendorResponse", "dealClauseId"),
  ["logVendorResponse", "dealClauseId", "a clause of another organisation", (ctx: Ctx) => ctx.foreign.clauseId, "NOT_FOUND"],
  ...versionRows("logVendorResponse"),
  ...dateRows("logVendorResponse", "occurredOn", true),
  ...enumRows("logVendorResponse", "channel", ["FAX", "email", ""]),
  ...textRows("logVendorResponse", "vendorText", 20_000, true),
  ...enumRows("logVendorResponse", "stance", ["MAYBE", "accepts", ""]),
  ...enumRows("logVendorResponse", "offerPosition", ["MAYBE", "WALK_AWAY"]),
  ...textRows("logVendorResponse", "counterNextStep", 5000, false),
  ...enumRows("logVendorResponse", "newStatus", ["MAYBE", "DONE"], false),
  ...textRows("logVendorResponse", "notApplicableReason", 1000, false),
  [
    "logVendorResponse",
    "notApplicableReason",
    "NOT_APPLICABLE without a reason",
    new Patch({ newStatus: "NOT_APPLICABLE", notApplicableReason: "" }),
    "INVALID_INPUT",
  ],
  ...textRows("logVendorResponse", "agreedLanguage", 20_000, false),
  ...textRows("logVendorResponse", "contractReference", 200, false),
  ["logVendorResponse", "contractReference", "must-have met without a contract section", new Patch({ contractReference: " " }), "INVALID_INPUT"],
  [
    "updateDealClause",
    "agreedLanguage",
    "must-have met without agreed language",
    new Patch({ status: "MUST_HAVE_MET", agreedLanguage: "", contractReference: "§3" }),
    "INVALID_INPUT",
  ],

  // logDraftRound (an entry's fields are named entries.<index>.<field>)
  ...idRows("logDraftRound", "draftId"),
  ["logDraftRound", "draftId", "a draft of another organisation", (ctx: Ctx) => ctx.foreign.draftId, "NOT_FOUND"],
  ["logDraftRound", "draftId", "a deal id instead", (ctx: Ctx) => ctx.dealId, "NOT_FOUND"],
  ...versionRows("logDraftRound"),
  ...WRONG_TYPES.filter(([label]) => label !== "an array").map(([label, value]): Row => ["logDraftRound", "entries", label, value, "INVALID_INPUT"]),
  ["logDraftRound", "entries", "no entry", [], "INVALID_INPUT"],
  ["logDraftRound", "entries.0", "an entry that is text", new Patch({ entries: ["text"] }), "INVALID_INPUT"],
  ["logDraftRound", "entries", "missing", OMIT, "INVALID_INPUT"],
  ["logDraftRound", "entries", "201 entries", (ctx: Ctx) => Array.from({ length: 201 }, () => entryOf(ctx)), "INVALID_INPUT"],
  [
    "logDraftRound",
    "entries",
    "more text than a round holds",
    (ctx: Ctx) => Array.from({ length: 21 }, (_, i) => ({ ...entryOf(ctx), dealClauseId: `clause-${i}`, vendorText: long(20_000) })),
    "INVALID_INPUT",
  ],
  ["logDraftRound", "entries.1.dealClauseId", "the same clause twice", (ctx: Ctx) => new Patch({ entries: [entryOf(ctx), entryOf(ctx)] }), "INVALID_INPUT"],
  ["logDraftRound", "entries.0.dealClauseId", "missing", (ctx: Ctx) => new Patch({ entries: [{ ...entryOf(ctx), dealClauseId: undefined }] }), "INVALID_INPUT"],
  ["logDraftRound", "entries.0.passageIds", "no passage", (ctx: Ctx) => new Patch({ entries: [{ ...entryOf(ctx), passageIds: [] }] }), "INVALID_INPUT"],
  [
    "logDraftRound",
    "entries.0.passageIds",
    "a passage of another draft",
    (ctx: Ctx) => new Patch({ entries: [{ ...entryOf(ctx), passageIds: [ctx.otherRound.passageId] }] }),
    "INVALID_INPUT",
  ],
  [
    "logDraftRound",
    "entries.0.passageIds",
    "a passage of another organisation",
    (ctx: Ctx) => new Patch({ entries: [{ ...entryOf(ctx), passageIds: [ctx.foreign.passageId] }] }),
    "INVALID_INPUT",
  ],
  ["logDraftRound", "entries.0.vendorText", "empty", (ctx: Ctx) => new Patch({ entries: [{ ...entryOf(ctx), vendorText: "  " }] }), "INVALID_INPUT"],
  [
    "logDraftRound",
    "entries.0.vendorText",
    "20,001 characters",
    (ctx: Ctx) => new Patch({ entries: [{ ...entryOf(ctx), vendorText: long(20_001) }] }),
    "INVALID_INPUT",
  ],
  ["logDraftRound", "entries.0.stance", "unknown value", (ctx: Ctx) => new Patch({ entries: [{ ...entryOf(ctx), stance: "MAYBE" }] }), "INVALID_INPUT"],
  [
    "logDraftRound",
    "entries.0.offerPosition",
    "unknown value",
    (ctx: Ctx) => new Patch({ entries: [{ ...entryOf(ctx), offerPosition: "WALK_AWAY" }] }),
    "INVALID_INPUT",
  ],
  ["logDraftRound", "entries.0.newStatus", "unknown value", (ctx: Ctx) => new Patch({ entries: [{ ...entryOf(ctx), newStatus: "DONE" }] }), "INVALID_INPUT"],
  [
    "logDraftRound",
    "entries.0.notApplicableReason",
    "NOT_APPLICABLE without a reason",
    (ctx: Ctx) => new Patch({ entries: [{ ...entryOf(ctx), newStatus: "NOT_APPLICABLE" }] }),
    "INVALID_INPUT",
  ],
  [
    "logDraftRound",
    "entries.0.counterNextStep",
    "5,001 characters",
    (ctx: Ctx) => new Patch({ entries: [{ ...entryOf(ctx), counterNextStep: long(5001) }] }),
    "INVALID_INPUT",
  ],

  // overrideClauseRules
  ...idRows("overrideClauseRules", "dealClauseId"),
  ["overrideClauseRules", "dealClauseId", "a clause of another organisation", (ctx: Ctx) => ctx.foreign.ruleClauseId, "NOT_FOUND"],
  ["overrideClauseRules", "reason", "a clause no rule changed", (ctx: Ctx) => new Patch({ dealClauseId: ctx.clauseId, version: "1" }), "INVALID_INPUT"],
  ...versionRows("overrideClauseRules"),
  ...textRows("overrideClauseRules", "reason", 1000, true),

  // restoreClauseRules
  ...idRows("restoreClauseRules", "dealClauseId"),
  ["restoreClauseRules", "dealClauseId", "a clause of another organisation", (ctx: Ctx) => ctx.foreign.overriddenClauseId, "NOT_FOUND"],
  ...versionRows("restoreClauseRules"),

  // addDealSpecificClause
  ...idRows("addDealSpecificClause", "dealId"),
  ["addDealSpecificClause", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ...enumRows("addDealSpecificClause", "layerKey", ["layer-8", "Outputs", ""]),
  ...textRows("addDealSpecificClause", "title", 200, true),
  ...textRows("addDealSpecificClause", "whyItMatters", 4000, true),
  ...textRows("addDealSpecificClause", "mustHave", 4000, true),
  ...textRows("addDealSpecificClause", "fallback", 4000, true),
  ...textRows("addDealSpecificClause", "walkAway", 4000, true),
  ...enumRows("addDealSpecificClause", "priority", ["HIGH", "must_have", ""]),
  ...textRows("addDealSpecificClause", "sampleLanguage", 8000, false),

  // removeDealSpecificClause
  ...idRows("removeDealSpecificClause", "dealClauseId"),
  ["removeDealSpecificClause", "dealClauseId", "a clause of another organisation", (ctx: Ctx) => ctx.foreign.dealOnlyClauseId, "NOT_FOUND"],
  ...versionRows("removeDealSpecificClause"),

  // switchOrganization
  ...idRows("switchOrganization", "organizationId"),
  ["switchOrganization", "organizationId", "an organisation the user does not belong to", (ctx: Ctx) => ctx.foreign.organizationId, "NOT_FOUND"],
  ["switchOrganization", "organizationId", "an id no organisation has", "no-such-org", "NOT_FOUND"],

  // acceptRisk
  ...idRows("acceptRisk", "dealId"),
  ["acceptRisk", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ...idRows("acceptRisk", "dealClauseId"),
  ["acceptRisk", "dealClauseId", "a clause of another organisation", (ctx: Ctx) => ctx.foreign.clauseId, "NOT_FOUND"],
  ["acceptRisk", "dealClauseId", "a clause of another deal", (ctx: Ctx) => ctx.otherDealClauseId, "NOT_FOUND"],
  ["acceptRisk", "dealClauseId", "a settled clause (not a gap)", (ctx: Ctx) => ctx.settledClauseId, "INVALID_INPUT"],
  ...textRows("acceptRisk", "rationale", 4000, true),
  ["acceptRisk", "rationale", "19 characters", "x".repeat(19), "INVALID_INPUT"],
  ...idRows("acceptRisk", "ownerId").filter((row) => row[2] !== "empty" && row[2] !== "missing"),
  ["acceptRisk", "ownerId", "a member of another organisation", (ctx: Ctx) => ctx.foreign.ownerId, "INVALID_INPUT"],
  ...dateRows("acceptRisk", "reviewOn", false),
  ["acceptRisk", "reviewOn", "today", isoDateInDays(0), "INVALID_INPUT"],
  ["acceptRisk", "reviewOn", "last week", isoDateInDays(-7), "INVALID_INPUT"],

  // giveSecondApproval
  ...idRows("giveSecondApproval", "dealId"),
  ["giveSecondApproval", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ...enumRows("giveSecondApproval", "decision", ["MAYBE", "approved", ""]),
  ...textRows("giveSecondApproval", "comment", 4000, false),
  ["giveSecondApproval", "comment", "changes requested without saying which", new Patch({ decision: "CHANGES_REQUESTED", comment: "" }), "INVALID_INPUT"],

  // submitForReview
  ...idRows("submitForReview", "dealId"),
  ["submitForReview", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ...versionRows("submitForReview"),
  ...textRows("submitForReview", "note", 2000, false),

  // acceptLicenceFinding
  ...idRows("acceptLicenceFinding", "dealId"),
  ["acceptLicenceFinding", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ...textRows("acceptLicenceFinding", "findingKey", 120, true),
  ["acceptLicenceFinding", "findingKey", "a finding that is not blocking", "attribution", "INVALID_INPUT"],
  ["acceptLicenceFinding", "findingKey", "a finding the deal does not have", "restricted-use:HEALTHCARE", "INVALID_INPUT"],
  ["acceptLicenceFinding", "findingKey", "punctuation", "user threshold!", "INVALID_INPUT"],
  ...textRows("acceptLicenceFinding", "rationale", 4000, true),
  ["acceptLicenceFinding", "rationale", "19 characters", "x".repeat(19), "INVALID_INPUT"],
  ...idRows("acceptLicenceFinding", "ownerId").filter((row) => row[2] !== "empty" && row[2] !== "missing"),
  ["acceptLicenceFinding", "ownerId", "a member of another organisation", (ctx: Ctx) => ctx.foreign.ownerId, "INVALID_INPUT"],
  ...dateRows("acceptLicenceFinding", "reviewOn", false),
  ["acceptLicenceFinding", "reviewOn", "last week", isoDateInDays(-7), "INVALID_INPUT"],

  // revokeLicenceFinding
  ...idRows("revokeLicenceFinding", "dealId"),
  ["revokeLicenceFinding", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ...idRows("revokeLicenceFinding", "acceptanceId"),
  ["revokeLicenceFinding", "acceptanceId", "an acceptance of another organisation", (ctx: Ctx) => ctx.foreign.licenceAcceptanceId, "NOT_FOUND"],
  ["revokeLicenceFinding", "acceptanceId", "a risk acceptance id instead", (ctx: Ctx) => ctx.riskAcceptanceId, "NOT_FOUND"],

  // revokeRisk
  ...idRows("revokeRisk", "dealId"),
  ["revokeRisk", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ...idRows("revokeRisk", "riskAcceptanceId"),
  ["revokeRisk", "riskAcceptanceId", "an acceptance of another organisation", (ctx: Ctx) => ctx.foreign.riskAcceptanceId, "NOT_FOUND"],
  ["revokeRisk", "riskAcceptanceId", "a clause id instead", (ctx: Ctx) => ctx.clauseId, "NOT_FOUND"],

  // decideReview
  ...idRows("decideReview", "dealId"),
  ["decideReview", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ...enumRows("decideReview", "decision", ["MAYBE", "approved", ""]),
  ["decideReview", "decision", "APPROVED while blockers remain", "APPROVED", "INVALID_INPUT"],
  ...textRows("decideReview", "comment", 4000, false),
  ["decideReview", "comment", "changes requested without saying which", new Patch({ decision: "CHANGES_REQUESTED", comment: "" }), "INVALID_INPUT"],

  // updateProcessStep
  ...idRows("updateProcessStep", "dealId"),
  ["updateProcessStep", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ...idRows("updateProcessStep", "dealRecommendationId"),
  ["updateProcessStep", "dealRecommendationId", "a step of another organisation", (ctx: Ctx) => ctx.foreign.processStepId, "NOT_FOUND"],
  ["updateProcessStep", "done", "a word", "yes", "INVALID_INPUT"],
  ["updateProcessStep", "done", "upper case", "TRUE", "INVALID_INPUT"],
  ["updateProcessStep", "done", "a number", 1, "INVALID_INPUT"],
  ["updateProcessStep", "done", "an array", ["true"], "INVALID_INPUT"],
  ["updateProcessStep", "done", "an object", { done: true }, "INVALID_INPUT"],
  ["updateProcessStep", "done", "null", null, "INVALID_INPUT"],
  ["updateProcessStep", "done", "missing", OMIT, "INVALID_INPUT"],
  ...textRows("updateProcessStep", "note", 2000, false),

  // createOrganization
  ...textRows("createOrganization", "name", 100, true),
  ...enumRows("createOrganization", "defaultCurrency", ["XXX", "usd", "€", ""]),

  // updateOrganizationSettings
  ...idRows("updateOrganizationSettings", "organizationId"),
  ["updateOrganizationSettings", "organizationId", "another organisation", (ctx: Ctx) => ctx.foreign.organizationId, "NOT_FOUND"],
  ["updateOrganizationSettings", "version", "not a number", "abc", "INVALID_INPUT"],
  ["updateOrganizationSettings", "version", "empty", "", "INVALID_INPUT"],
  ["updateOrganizationSettings", "version", "negative", -1, "INVALID_INPUT"],
  ["updateOrganizationSettings", "version", "a fraction", "1.5", "INVALID_INPUT"],
  ["updateOrganizationSettings", "version", "an object", { v: 0 }, "INVALID_INPUT"],
  ["updateOrganizationSettings", "version", "null", null, "INVALID_INPUT"],
  ["updateOrganizationSettings", "version", "missing", OMIT, "INVALID_INPUT"],
  ...textRows("updateOrganizationSettings", "name", 100, true),
  ...enumRows("updateOrganizationSettings", "defaultCurrency", ["XXX", "usd", "€", ""]),
  ...WRONG_TYPES.map(([label, value]): Row => ["updateOrganizationSettings", "ssoProviderId", label, value, "INVALID_INPUT"]),
  ["updateOrganizationSettings", "ssoProviderId", "missing", OMIT, "INVALID_INPUT"],
  ["updateOrganizationSettings", "ssoProviderId", "not an id", "Corp SSO!", "INVALID_INPUT"],
  ["updateOrganizationSettings", "ssoProviderId", "a provider the deployment does not configure", "no-such-idp", "INVALID_INPUT"],
  ...textRows("updateOrganizationSettings", "ssoEmailDomains", 10_000, false),
  ["updateOrganizationSettings", "ssoEmailDomains", "an email address", "someone@example.com", "INVALID_INPUT"],
  ["updateOrganizationSettings", "ssoEmailDomains", "a single label", "localhost", "INVALID_INPUT"],
  ["updateOrganizationSettings", "ssoEmailDomains", "a URL", "https://example.com", "INVALID_INPUT"],
  ["updateOrganizationSettings", "ssoEmailDomains", "a leading hyphen", "-example.com", "INVALID_INPUT"],
  ["updateOrganizationSettings", "ssoEmailDomains", "21 domains", Array.from({ length: 21 }, (_, i) => `d${i}.example`).join("\n"), "INVALID_INPUT"],
  ...enumRows("updateOrganizationSettings", "ssoDefaultRole", ["OWNER", "viewer", ""]),
  ["updateOrganizationSettings", "ssoDefaultRole", "ADMIN (newcomers never become admins)", "ADMIN", "INVALID_INPUT"],
  ["updateOrganizationSettings", "requireSecondApproval", "a word", "yes", "INVALID_INPUT"],
  ["updateOrganizationSettings", "requireSecondApproval", "a number", 1, "INVALID_INPUT"],
  ["updateOrganizationSettings", "requireSecondApproval", "an array", ["true"], "INVALID_INPUT"],
  ["updateOrganizationSettings", "requireSecondApproval", "null", null, "INVALID_INPUT"],
  ["updateOrganizationSettings", "passwordSignInAllowed", "a word", "yes", "INVALID_INPUT"],
  ["updateOrganizationSettings", "passwordSignInAllowed", "upper case", "TRUE", "INVALID_INPUT"],
  ["updateOrganizationSettings", "passwordSignInAllowed", "a number", 1, "INVALID_INPUT"],
  ["updateOrganizationSettings", "passwordSignInAllowed", "null", null, "INVALID_INPUT"],
  ["updateOrganizationSettings", "passwordSignInAllowed", "missing", OMIT, "INVALID_INPUT"],
  [
    "updateOrganizationSettings",
    "passwordSignInAllowed",
    "off without a provider",
    new Patch({ passwordSignInAllowed: "false", ssoProviderId: "" }),
    "INVALID_INPUT",
  ],

  // retryOutboxMessage
  ...idRows("retryOutboxMessage", "messageId"),
  ["retryOutboxMessage", "messageId", "a message of another organisation", (ctx: Ctx) => ctx.foreign.failedMessageId, "NOT_FOUND"],
  ["retryOutboxMessage", "messageId", "an id no message has", "no-such-message", "NOT_FOUND"],

  // Webhooks (issue 17)
  ...webhookUrlRows("createWebhook"),
  ...textRows("createWebhook", "description", 200, false),
  ...webhookEventRows("createWebhook"),
  ...idRows("updateWebhook", "webhookId"),
  ["updateWebhook", "webhookId", "another organisation's webhook", (ctx: Ctx) => ctx.foreignWebhook.webhookId, "NOT_FOUND"],
  ...versionRows("updateWebhook"),
  ...webhookUrlRows("updateWebhook"),
  ...textRows("updateWebhook", "description", 200, false),
  ...webhookEventRows("updateWebhook"),
  ...WRONG_TYPES.filter(([label]) => label !== "a boolean").map(([label, value]): Row => ["updateWebhook", "active", label, value, "INVALID_INPUT"]),
  ...["yes", "TRUE", "on", ""].map((value): Row => ["updateWebhook", "active", `unknown value ${JSON.stringify(value)}`, value, "INVALID_INPUT"]),
  ["updateWebhook", "active", "missing", OMIT, "INVALID_INPUT"],
  ...(["rollWebhookSecret", "deleteWebhook"] as const).flatMap((action): Row[] => [
    ...idRows(action, "webhookId"),
    [action, "webhookId", "another organisation's webhook", (ctx: Ctx) => ctx.foreignWebhook.webhookId, "NOT_FOUND"],
    [action, "webhookId", "a delivery id instead", (ctx: Ctx) => ctx.webhooks[action].deliveryId, "NOT_FOUND"],
    ...versionRows(action),
  ]),
  ...idRows("resendWebhookDelivery", "deliveryId"),
  ["resendWebhookDelivery", "deliveryId", "another organisation's delivery", (ctx: Ctx) => ctx.foreignWebhook.deliveryId, "NOT_FOUND"],
  ["resendWebhookDelivery", "deliveryId", "a webhook id instead", (ctx: Ctx) => ctx.webhooks.resendWebhookDelivery.webhookId, "NOT_FOUND"],

  // changePassword (each refusal that reaches the password check counts towards the per-user limit of 5)
  ...WRONG_TYPES.map(([label, value]): Row => ["changePassword", "currentPassword", label, value, "INVALID_INPUT"]),
  ["changePassword", "currentPassword", "empty", "", "INVALID_INPUT"],
  ["changePassword", "currentPassword", "201 characters", long(201), "INVALID_INPUT"],
  ["changePassword", "currentPassword", "missing", OMIT, "INVALID_INPUT"],
  ["changePassword", "currentPassword", "a wrong password", "not the password at all", "INVALID_INPUT"],
  ...passwordRows("newPassword"),
  ...passwordRows("confirmPassword"),
  // inviteMember
  ...textRows("inviteMember", "email", 254, true),
  ["inviteMember", "email", "no @", "person.example.com", "INVALID_INPUT"],
  ["inviteMember", "email", "no domain", "person@", "INVALID_INPUT"],
  ["inviteMember", "email", "two @", "a@@b.example", "INVALID_INPUT"],
  ["inviteMember", "email", "a space inside", "first last@b.example", "INVALID_INPUT"],
  ["inviteMember", "email", "a NUL character", "a\u0000@b.example", "INVALID_INPUT"],
  ["inviteMember", "email", "very long, valid shape", `${"x".repeat(250)}@b.example`, "INVALID_INPUT"],
  ["inviteMember", "email", "an existing member", (ctx: Ctx) => ctx.team.users.CIO.email, "INVALID_INPUT"],
  ["inviteMember", "email", "an existing member, in capitals", (ctx: Ctx) => ctx.team.users.CIO.email.toUpperCase(), "INVALID_INPUT"],
  ["inviteMember", "email", "an address with an open invitation", (ctx: Ctx) => ctx.invitedEmail, "INVALID_INPUT"],
  ...enumRows("inviteMember", "role", ["OWNER", "admin", "SUPERADMIN", "", "x".repeat(10_000)]),

  // createPersonalToken, createServiceToken, revokeToken
  ...tokenFormRows("createPersonalToken", LIVE_TOKEN_NAME),
  ["createPersonalToken", "expiresIn", "never (a personal token must expire)", "never", "INVALID_INPUT"],
  ...tokenFormRows("createServiceToken", SERVICE_TOKEN_NAME),
  ...idRows("revokeToken", "tokenId"),
  ["revokeToken", "tokenId", "a token of another organisation", (ctx: Ctx) => ctx.tokens.foreign, "NOT_FOUND"],
  ["revokeToken", "tokenId", "a colleague's token", (ctx: Ctx) => ctx.tokens.colleagues, "NOT_FOUND"],
  ["revokeToken", "tokenId", "the admin's service token", (ctx: Ctx) => ctx.tokens.service, "NOT_FOUND"],
  ["revokeToken", "tokenId", "a user id instead", (ctx: Ctx) => ctx.team.users.NEGOTIATOR.id, "NOT_FOUND"],

  // resendInvitation, revokeInvitation
  ...idRows("resendInvitation", "invitationId"),
  ["resendInvitation", "invitationId", "an invitation of another organisation", (ctx: Ctx) => ctx.foreign.invitationId, "NOT_FOUND"],
  ["resendInvitation", "invitationId", "a membership id instead", (ctx: Ctx) => ctx.memberIds.changeMemberRole, "NOT_FOUND"],
  ...idRows("revokeInvitation", "invitationId"),
  ["revokeInvitation", "invitationId", "an invitation of another organisation", (ctx: Ctx) => ctx.foreign.invitationId, "NOT_FOUND"],

  // changeMemberRole
  ...idRows("changeMemberRole", "membershipId"),
  ["changeMemberRole", "membershipId", "a member of another organisation", (ctx: Ctx) => ctx.foreign.membershipId, "NOT_FOUND"],
  ["changeMemberRole", "membershipId", "a user id instead", (ctx: Ctx) => ctx.team.users.VIEWER.id, "NOT_FOUND"],
  ...enumRows("changeMemberRole", "role", ["OWNER", "viewer", "", "x".repeat(10_000)]),
  ["changeMemberRole", "role", "the role they already have", "VIEWER", "INVALID_INPUT"],

  // setMemberDisabled
  ...idRows("setMemberDisabled", "membershipId"),
  ["setMemberDisabled", "membershipId", "a member of another organisation", (ctx: Ctx) => ctx.foreign.membershipId, "NOT_FOUND"],
  ["setMemberDisabled", "disabled", "a word", "yes", "INVALID_INPUT"],
  ["setMemberDisabled", "disabled", "upper case", "TRUE", "INVALID_INPUT"],
  ["setMemberDisabled", "disabled", "a number", 1, "INVALID_INPUT"],
  ["setMemberDisabled", "disabled", "an array", ["true"], "INVALID_INPUT"],
  ["setMemberDisabled", "disabled", "null", null, "INVALID_INPUT"],
  ["setMemberDisabled", "disabled", "missing", OMIT, "INVALID_INPUT"],

  // setMemberApprover
  ...idRows("setMemberApprover", "membershipId"),
  ["setMemberApprover", "membershipId", "a membership of another organisation", (ctx: Ctx) => ctx.foreign.membershipId, "NOT_FOUND"],
  ...enumRows("setMemberApprover", "approver", ["yes", "TRUE", ""]),

  // upgradeDeal
  ...idRows("upgradeDeal", "dealId"),
  ["upgradeDeal", "dealId", "a deal of another organisation", (ctx: Ctx) => ctx.foreign.dealId, "NOT_FOUND"],
  ["upgradeDeal", "dealId", "a clause id instead of a deal id", (ctx: Ctx) => ctx.clauseId, "NOT_FOUND"],
  ...versionRows("upgradeDeal"),
  ["upgradeDeal", "toVersion", "not a number", "latest", "INVALID_INPUT"],
  ["upgradeDeal", "toVersion", "zero", "0", "INVALID_INPUT"],
  ["upgradeDeal", "toVersion", "negative", -2, "INVALID_INPUT"],
  ["upgradeDeal", "toVersion", "a fraction", "2.5", "INVALID_INPUT"],
  ["upgradeDeal", "toVersion", "an array", ["2"], "INVALID_INPUT"],
  ["upgradeDeal", "toVersion", "null", null, "INVALID_INPUT"],
  ["upgradeDeal", "toVersion", "missing", OMIT, "INVALID_INPUT"],

  // confirmClauseStillHolds
  ...idRows("confirmClauseStillHolds", "dealClauseId"),
  ["confirmClauseStillHolds", "dealClauseId", "a clause of another organisation", (ctx: Ctx) => ctx.foreign.clauseId, "NOT_FOUND"],
  ["confirmClauseStillHolds", "dealClauseId", "a deal id instead of a clause id", (ctx: Ctx) => ctx.dealId, "NOT_FOUND"],
  ...versionRows("confirmClauseStillHolds"),

  // removeMember
  ...idRows("removeMember", "membershipId"),
  ["removeMember", "membershipId", "a member of another organisation", (ctx: Ctx) => ctx.foreign.membershipId, "NOT_FOUND"],

  // publishPlaybookDraft
  ...idRows("publishPlaybookDraft", "organizationId"),
  ["publishPlaybookDraft", "organizationId", "another organisation", (ctx: Ctx) => ctx.foreign.organizationId, "NOT_FOUND"],
  ...versionRows("publishPlaybookDraft").map(([action, , label, value, code]): Row => [action, "draftVersion", label, value, code]),
  ...textRows("publishPlaybookDraft", "changeSummary", 2000, true),
  ["publishPlaybookDraft", "changeSummary", "9 characters", "Too short", "INVALID_INPUT"],
  ["publishPlaybookDraft", "changeSummary", "a NUL character", "Renamed it\u0000 for good", "INVALID_INPUT"],

  // importPlaybookDraft
  ...idRows("importPlaybookDraft", "organizationId"),
  ["importPlaybookDraft", "organizationId", "another organisation", (ctx: Ctx) => ctx.foreign.organizationId, "NOT_FOUND"],
  ...textRows("importPlaybookDraft", "json", PLAYBOOK_IMPORT_MAX_BYTES, true),
  ["importPlaybookDraft", "json", "not JSON", "{ format: dealplaybook }", "INVALID_INPUT"],
  ["importPlaybookDraft", "json", "JSON, not a playbook", "[1, 2, 3]", "INVALID_INPUT"],
  [
    "importPlaybookDraft",
    "json",
    "a playbook of another format version",
    () => serializePlaybook(DEFAULT_PLAYBOOK).replace('"formatVersion": 1', '"formatVersion": 2'),
    "INVALID_INPUT",
  ],
  [
    "importPlaybookDraft",
    "json",
    "a NUL character escaped in a text",
    () => serializePlaybook(DEFAULT_PLAYBOOK).replace('"name": "', '"name": "\\u0000'),
    "INVALID_INPUT",
  ],
  ["importPlaybookDraft", "json", "over the size limit in multi-byte characters", "€".repeat(PLAYBOOK_IMPORT_MAX_BYTES / 3 + 1), "INVALID_INPUT"],
  ["importPlaybookDraft", "replaceDraft", "a word", "yes", "INVALID_INPUT"],
  ["importPlaybookDraft", "replaceDraft", "a number", 1, "INVALID_INPUT"],
  ["importPlaybookDraft", "replaceDraft", "an array", ["true"], "INVALID_INPUT"],
  ["importPlaybookDraft", "replaceDraft", "null", null, "INVALID_INPUT"],

  // setDraftCounter, clearDraftCounter
  ...(["setDraftCounter", "clearDraftCounter"] as const).flatMap((action): Row[] => [
    ...idRows(action, "draftId"),
    [action, "draftId", "a draft of another organisation", (ctx: Ctx) => ctx.foreignDraft.draftId, "NOT_FOUND"],
    ...versionRows(action),
    ...idRows(action, "passageId"),
    [action, "passageId", "a passage of another organisation's draft", (ctx: Ctx) => ctx.foreignDraft.passageId, "NOT_FOUND"],
    [action, "passageId", "a passage nobody has", "cnosuchpassage0000000000", "NOT_FOUND"],
  ]),
  ...enumRows("setDraftCounter", "counterFrom", ["clause", "Sample", ""]),
  ...textRows("setDraftCounter", "counterText", 10_000, true),
  ["setDraftCounter", "counterText", "a NUL character", "Deposit\u0000", "INVALID_INPUT"],

  // markNotificationRead: only the caller's own notification exists for them
  ...idRows("markNotificationRead", "notificationId"),
  ["markNotificationRead", "notificationId", "a colleague's notification", (ctx: Ctx) => ctx.notifications.colleagues, "NOT_FOUND"],
  ["markNotificationRead", "notificationId", "another organisation's notification", (ctx: Ctx) => ctx.notifications.foreign, "NOT_FOUND"],
  ["markNotificationRead", "notificationId", "an id nobody has", "cnosuchnotification000000", "NOT_FOUND"],

  // markAllNotificationsRead
  ...WRONG_TYPES.map(([label, value]): Row => ["markAllNotificationsRead", "upTo", label, value, "INVALID_INPUT"]),
  ["markAllNotificationsRead", "upTo", "not a time", "yesterday", "INVALID_INPUT"],
  ["markAllNotificationsRead", "upTo", "a date without a time", "2026-11-30", "INVALID_INPUT"],
  ["markAllNotificationsRead", "upTo", "year 0000", "0000-01-01T00:00:00Z", "INVALID_INPUT"],
  ["markAllNotificationsRead", "upTo", "empty", "", "INVALID_INPUT"],
  ["markAllNotificationsRead", "upTo", "missing", OMIT, "INVALID_INPUT"],

  // updateNotificationPreferences: one choice per kind
  ...enumRows("updateNotificationPreferences", "MENTION", ["SMS", "in_app", ""]),
  ...NOTIFICATION_KINDS.filter((kind) => kind !== "MENTION").flatMap((kind): Row[] => [
    ["updateNotificationPreferences", kind, "unknown value", "WEEKLY", "INVALID_INPUT"],
    ["updateNotificationPreferences", kind, "missing", OMIT, "INVALID_INPUT"],
  ]),

  ...ASSET_ROWS,
];

/** The base input's one round entry, to change one of its fields. */
function entryOf(ctx: Ctx) {
  return oneEntryRoundInput(ctx.round).entries[0];
}

/** The base input with the case's field changed (or removed, or several fields patched). */
function inputFor(row: Row, ctx: Ctx): unknown {
  const [action, field, , raw] = row;
  const value = typeof raw === "function" ? (raw as (c: Ctx) => unknown)(ctx) : raw;
  const input = { ...base(action)(ctx) };
  if (value === OMIT) delete input[field];
  else if (value instanceof Patch) Object.assign(input, value.fields);
  else input[field] = value;
  return input;
}

let ctx: Ctx;

/** An unread notification (a fixture: notify() writes them in the app). */
async function unreadNotification(organizationId: string, userId: string) {
  const row = await getDb().notification.create({ data: { organizationId, userId, kind: "MENTION", title: "Bad-input mention", link: "/deals/x" } });
  return row.id;
}

/** A vendor draft of one passage (countered when asked, written directly: a fixture, not a change under test). */
async function onePassageDraft(actor: Actor, dealId: string, countered = false) {
  const draft = await addTextDraft(actor, dealId, "4.1 The Supplier shall not deposit the model weights with an escrow agent.");
  const passage = await getDb().draftPassage.update({
    where: { draftId_ordinal: { draftId: draft.id, ordinal: 0 } },
    data: countered ? { counterText: "The Supplier shall deposit the model weights.", counterFrom: "sample" } : {},
  });
  return { id: draft.id, passageId: passage.id };
}

/** A deal with a process step and a live risk acceptance, made through the services. */
async function dealFixture(creator: Actor, cio: Actor): Promise<DealFixture & { clauseIds: string[] }> {
  const db = getDb();
  // Regulated, on a proprietary base model: one clause raised by a rule, one not applicable by rule (then set aside).
  // A version behind the current playbook, for the upgrade's rows.
  const { deal, clause, playbookVersion } = await createDealBehindCurrentVersion(creator, { regulatedSector: true, baseModelLicenceType: "PROPRIETARY" });
  const ruleKeys = [RULE_KEY, OVERRIDDEN_KEY];
  const clauses = await db.dealClause.findMany({
    where: { dealId: deal.id, id: { not: clause.id }, clause: { key: { notIn: ruleKeys } } },
    orderBy: { id: "asc" },
    take: 3,
  });
  const step = await db.dealRecommendation.findFirstOrThrow({ where: { dealId: deal.id }, orderBy: { id: "asc" } });
  const acceptance = await acceptRisk(cio, { dealId: deal.id, dealClauseId: clauses[0].id, rationale: "Accepted for the bad-input fixture." });
  await db.deal.update({
    where: { id: deal.id },
    data: { baseModelLicenceKey: "llama-3.1-community", expectedMonthlyUsers: 900_000_000, useCaseCategory: "MILITARY_DEFENCE" },
  });
  const licenceAcceptance = await acceptLicenceFinding(cio, {
    dealId: deal.id,
    findingKey: "restricted-use:MILITARY_DEFENCE",
    rationale: "Accepted for the bad-input fixture.",
  });
  // The clause flagged as an upgrade would leave it.
  await db.dealClause.update({ where: { id: clause.id }, data: { recheckReason: "Must-have position changed in version 2" } });
  const ruleItem = await db.dealClause.findFirstOrThrow({ where: { dealId: deal.id, clause: { key: RULE_KEY } } });
  const toOverride = await db.dealClause.findFirstOrThrow({ where: { dealId: deal.id, clause: { key: OVERRIDDEN_KEY } } });
  const overridden = await overrideClauseRules(creator, { dealClauseId: toOverride.id, version: toOverride.version, reason: "Fixture." });
  const dealOnly = await addDealSpecificClause(creator, {
    dealId: deal.id,
    layerKey: "outputs",
    title: "Bad-input deal-only clause",
    whyItMatters: "Fixture.",
    mustHave: "Fixture.",
    fallback: "Fixture.",
    walkAway: "Fixture.",
    priority: "IMPORTANT",
    sampleLanguage: "",
  });
  return {
    dealId: deal.id,
    playbookVersion,
    clauseId: clause.id,
    processStepId: step.id,
    riskAcceptanceId: acceptance.id,
    ruleClauseId: ruleItem.id,
    ruleClauseVersion: ruleItem.version,
    overriddenClauseId: toOverride.id,
    overriddenClauseVersion: overridden.version,
    dealOnlyClauseId: dealOnly.id,
    licenceAcceptanceId: licenceAcceptance.id,
    clauseIds: clauses.map((c) => c.id),
  };
}

/** A deal with an escrow arrangement (version 1) and one asset per action that changes one (each at version 1; verifyDeliverable's delivered with SHA). */
async function assetsFixture(actor: Actor): Promise<AssetsFixture> {
  const { deal } = await createTestDeal(actor);
  await saveEscrowArrangement(actor, { dealId: deal.id, version: 0, agent: "Escrow Co", freshnessDays: 90, releaseTriggers: [], notes: "" });
  const add = (name: string) =>
    addDeliverable(actor, { dealId: deal.id, kind: "WEIGHTS", name, format: "", milestone: "", dueOn: null, expectedPath: "", expectedSha256: null });
  const verified = await add("Delivered weights");
  await recordDelivery(actor, { dealId: deal.id, deliverableId: verified.id, version: 1, fileName: "w.bin", sizeBytes: 3, sha256: SHA });
  return {
    dealId: deal.id,
    deliverableIds: {
      updateDeliverable: (await add("Weights to edit")).id,
      removeDeliverable: (await add("Weights to remove")).id,
      recordDelivery: (await add("Weights to deliver")).id,
      verifyDeliverable: verified.id,
    },
  };
}

beforeAll(async () => {
  const team = await createTeam();
  const { clauseIds, ...own } = await dealFixture(team.actors.NEGOTIATOR, team.actors.CIO);
  await updateDealClause(team.actors.NEGOTIATOR, {
    dealClauseId: clauseIds[1],
    version: 1,
    status: "MUST_HAVE_MET",
    notApplicableReason: "",
    agreedLanguage: "Client owns it.",
    contractReference: "MSA §2",
    notes: "",
  });
  const other = await createTestDeal(team.actors.NEGOTIATOR);
  const { clauseIds: _unused, ...foreign } = await dealFixture(team.foreignAdmin, team.foreignAdmin);
  const failedMessage = (organizationId: string) =>
    getDb().outboxMessage.create({
      data: { organizationId, kind: "invitation", toAddress: "someone@test.example", subject: "Invitation", text: "Hello", status: "FAILED", attempts: 6 },
    });
  const db = getDb();
  const viewerMembership = async (organizationId: string, role: "VIEWER" | "MANAGER" = "VIEWER") => {
    const user = await createUser(organizationId, role);
    return (await db.membership.findFirstOrThrow({ where: { userId: user.id, organizationId } })).id;
  };
  const invitationIn = async (admin: Actor, email: string) => (await inviteMember(admin, { email, role: "VIEWER" })).invitationId;
  const token = async (ownerId: string, name: string, organizationId = team.org.id, kind: "PERSONAL" | "SERVICE" = "PERSONAL") =>
    (await createTestToken({ organizationId, ownerId, name, kind })).id;
  ctx = {
    team,
    ...own,
    tokens: {
      revokeToken: await token(team.users.NEGOTIATOR.id, "Bad-input token to revoke"),
      named: await token(team.users.NEGOTIATOR.id, LIVE_TOKEN_NAME),
      colleagues: await token(team.users.CIO.id, "A colleague's token"),
      service: await token(team.users.ADMIN.id, SERVICE_TOKEN_NAME, team.org.id, "SERVICE"),
      foreign: await token(team.foreignAdmin.userId, "Another organisation's token", team.otherOrg.id),
    },
    failedMessageId: (await failedMessage(team.org.id)).id,
    settledClauseId: clauseIds[1],
    otherDealClauseId: other.clause.id,
    foreign: {
      ...foreign,
      ownerId: team.foreignAdmin.userId,
      organizationId: team.otherOrg.id,
      failedMessageId: (await failedMessage(team.otherOrg.id)).id,
      membershipId: await viewerMembership(team.otherOrg.id),
      invitationId: await invitationIn(team.foreignAdmin, "foreign-invitee@new.example"),
      ...(await addOnePassageRound(team.foreignAdmin, foreign.dealId)),
    },
    round: await addOnePassageRound(team.actors.NEGOTIATOR, own.dealId),
    otherRound: await addOnePassageRound(team.actors.NEGOTIATOR, other.deal.id),
    memberIds: {
      changeMemberRole: await viewerMembership(team.org.id),
      setMemberDisabled: await viewerMembership(team.org.id),
      removeMember: await viewerMembership(team.org.id),
      // A viewer only reads and cannot be an approver: a manager can.
      setMemberApprover: await viewerMembership(team.org.id, "MANAGER"),
    },
    invitationIds: {
      resendInvitation: await invitationIn(team.actors.ADMIN, "resend-invitee@new.example"),
      revokeInvitation: await invitationIn(team.actors.ADMIN, "revoke-invitee@new.example"),
    },
    invitedEmail: "resend-invitee@new.example",
    vendorDrafts: {
      setDraftCounter: await onePassageDraft(team.actors.NEGOTIATOR, own.dealId),
      clearDraftCounter: await onePassageDraft(team.actors.NEGOTIATOR, own.dealId, true),
    },
    vendorDraft: await draftReviewFixture(team.actors.NEGOTIATOR, own.dealId),
    foreignDraft: await draftReviewFixture(team.foreignAdmin, foreign.dealId),
    notifications: {
      own: await unreadNotification(team.org.id, team.users.NEGOTIATOR.id),
      colleagues: await unreadNotification(team.org.id, team.users.CIO.id),
      foreign: await unreadNotification(team.otherOrg.id, team.foreignAdmin.userId),
    },
    commentIds: {},
    foreignCommentId: (await postComment(team.foreignAdmin, { dealClauseId: foreign.clauseId, body: "Another organisation's comment." })).id,
    assets: await assetsFixture(team.actors.NEGOTIATOR),
    foreignAssets: await assetsFixture(team.foreignAdmin),
    webhooks: {
      updateWebhook: await webhookFixture(team.org.id, team.users.ADMIN.id),
      rollWebhookSecret: await webhookFixture(team.org.id, team.users.ADMIN.id),
      deleteWebhook: await webhookFixture(team.org.id, team.users.ADMIN.id),
      resendWebhookDelivery: await webhookFixture(team.org.id, team.users.ADMIN.id),
    },
    foreignWebhook: await webhookFixture(team.otherOrg.id, team.foreignAdmin.userId),
    vendors: {
      mergeVendors: await vendorPairFixture(team.org.id),
      dismissVendorProposal: await vendorPairFixture(team.org.id),
      renameVendor: await vendorPairFixture(team.org.id),
    },
    foreignVendors: await vendorPairFixture(team.otherOrg.id),
  };
});

beforeEach(async () => {
  cookieJar.clear();
  // Mail queued by an earlier case is delivered (its outbox row changes) before a case takes its snapshot.
  await deliveryIdle();
});

describe("coverage of the bad-input table", () => {
  it("has a base input for every registered action", () => {
    expect(Object.keys(BASE).sort()).toEqual([...registry.keys()].sort());
  });

  it("has at least one bad value for every field of every action", () => {
    for (const [action, input] of Object.entries(BASE)) {
      if (input === "no input") continue;
      const covered = new Set(ROWS.filter((r) => r[0] === action).map((r) => r[1]));
      expect(
        [...Object.keys(input(ctx))].filter((field) => !covered.has(field)),
        action,
      ).toEqual([]);
    }
  });
});

/** A draft (version 1) that differs from the current playbook, for publishPlaybookDraft. */
async function draftDifferingFromCurrent(organizationId: string) {
  const db = getDb();
  const current = await db.playbook.findFirstOrThrow({ where: { organizationId, isCurrent: true } });
  await db.playbookDraft.create({
    data: { organizationId, basedOnVersion: current.version, document: { ...DEFAULT_PLAYBOOK, name: `Bad-input playbook ${current.version + 1}` }, version: 1 },
  });
}

/** The fields of the deal fixture (the team's own deal); an accepted call on one of them gets a fresh deal. */
const DEAL_FIXTURE_FIELDS: ReadonlySet<string> = new Set<keyof DealFixture>([
  "dealId",
  "playbookVersion",
  "clauseId",
  "processStepId",
  "riskAcceptanceId",
  "ruleClauseId",
  "ruleClauseVersion",
  "overriddenClauseId",
  "overriddenClauseVersion",
  "dealOnlyClauseId",
  "licenceAcceptanceId",
]);

/** Whether the action's base input reads a field of the deal fixture (its base input run once on a recording view of the context). */
function readsDealFixture(action: string): boolean {
  let reads = false;
  const recorder = new Proxy(ctx, {
    get: (target, key, receiver) => {
      if (typeof key === "string" && DEAL_FIXTURE_FIELDS.has(key)) reads = true;
      return Reflect.get(target, key, receiver);
    },
  });
  base(action)(recorder);
  return reads;
}

type Snapshot = Awaited<ReturnType<typeof snapshotOrgs>>;
const DRAFT_EDITS = new Set(["deleteDraftRound", "acceptDraftMapping", "rejectDraftMapping", "remapDraftPassage", "dismissDraftFlag", "restoreDraftFlag"]);

const WITH_INPUT = Object.keys(BASE).filter((action) => BASE[action] !== "no input");

describe.each(WITH_INPUT)("%s", (action) => {
  beforeAll(async () => {
    // The editor's accepted calls change the draft: each block starts on a fresh one (version 1); startPlaybookDraft's on none.
    await getDb().playbookDraft.deleteMany({ where: { organizationId: ctx.team.org.id } });
    if (action === "publishPlaybookDraft") await draftDifferingFromCurrent(ctx.team.org.id);
    else if (action !== "startPlaybookDraft") await startPlaybookDraft(ctx.team.actors.ADMIN, { organizationId: ctx.team.org.id });
    if (action === "editComment" || action === "deleteComment") {
      ctx.commentIds[action] = (await postComment(ctx.team.actors.NEGOTIATOR, { dealClauseId: ctx.clauseId, body: "A bad-input comment." })).id;
    }
    // The second approver's decision is tested past the flag the service reads.
    if (action === "giveSecondApproval") {
      await getDb().membership.update({
        where: { userId_organizationId: { userId: allowedUser(action).id, organizationId: ctx.team.org.id } },
        data: { approver: true },
      });
    }
  });

  beforeEach(async () => {
    await signIn(allowedUser(action).id);
  });

  // A refused case proves the database is as it was; the snapshot it ends with is the next case's "before".
  let unchanged: Snapshot | null = null;
  const snapshot = () => snapshotOrgs(ctx.team.org.id, ctx.team.otherOrg.id);

  it.each(ROWS.filter((r) => r[0] === action).map((r) => [r[1], r[2], r] as const))("%s: %s → refused, nothing written", async (field, _label, row) => {
    const before = unchanged ?? (await snapshot());
    unchanged = null;
    const result = await actionNamed(actions, action)(inputFor(row, ctx));
    const code = row[4];
    expect(result, JSON.stringify(result).slice(0, 500)).toMatchObject({ ok: false, code });
    if (!result.ok && code === "INVALID_INPUT") expect(Object.keys(result.fieldErrors ?? {})).toEqual([field]);
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(cookieJar.entries()).toEqual({});
    unchanged = after;
  });

  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a string", "dealId=1"],
    ["a number", 7],
    ["an array", [{ dealId: "x", version: "1" }]],
  ])("input that is %s → INVALID_INPUT on the whole form", async (_label, input) => {
    const before = unchanged ?? (await snapshot());
    unchanged = null;
    const result = await actionNamed(actions, action)(input);
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(Object.keys((!result.ok && result.fieldErrors) || {})).toEqual(["_form"]);
    const after = await snapshot();
    expect(after).toEqual(before);
    unchanged = after;
  });

  // Last, because it writes: proves every case above differs from an accepted input only in its field.
  it("accepts the base input unchanged", async () => {
    unchanged = null;
    // A fresh deal only for an action whose input names the deal's objects (the editor's, members' and
    // organisation's actions read none of them: the deal cost most of this case).
    const needsDeal = DRAFT_EDITS.has(action) || readsDealFixture(action);
    const fresh = needsDeal ? await dealFixture(ctx.team.actors.NEGOTIATOR, ctx.team.actors.CIO) : null;
    const { clauseIds: _unused, ...freshFields } = fresh ?? { clauseIds: [] };
    // A review edit bumps the draft's version: each accepted one gets a draft of its own.
    const drafts = fresh && DRAFT_EDITS.has(action) ? { vendorDraft: await draftReviewFixture(ctx.team.actors.NEGOTIATOR, fresh.dealId) } : {};
    // A second approver decides on a deal in CIO review.
    if (action === "giveSecondApproval") await getDb().deal.update({ where: { id: fresh!.dealId }, data: { stage: "CIO_REVIEW" } });
    const result = await actionNamed(actions, action)(base(action)({ ...ctx, ...freshFields, ...drafts }));
    // Mail and webhooks handed to delivery are sent in the background: done before the next test's snapshot.
    await deliveryIdle();
    await webhookDeliveryIdle();
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  });
});

describe.each(Object.keys(BASE).filter((action) => BASE[action] === "no input"))("%s (takes no input)", (action) => {
  it.each([
    ["nothing", undefined],
    ["an object", { userId: "someone-else", organizationId: "x" }],
    ["a huge string", "x".repeat(100_000)],
    ["null", null],
  ])("given %s: ignores it, never INVALID_INPUT or UNEXPECTED", async (_label, input) => {
    await signIn(allowedUser(action).id);
    const before = await snapshotOrgs(ctx.team.org.id, ctx.team.otherOrg.id);
    const result = await invoke(actionNamed(actions, action), input);
    // The action's own success (sign-out redirects to the login page), whatever it was given.
    expect(result).toEqual({ redirect: "/login" });
    expect(await snapshotOrgs(ctx.team.org.id, ctx.team.otherOrg.id)).toEqual(before);
  });
});

// Values PostgreSQL cannot store are refused by validation, not by the database (they used to
// surface as UNEXPECTED errors):
//  - PostgreSQL text cannot hold U+0000;
//  - a lone UTF-16 surrogate cannot be encoded for the query;
//  - PostgreSQL's date type has no year 0000.
const UNSTORABLE: Row[] = [
  ["createDeal", "name", "a NUL character", "Deal\u0000name", "INVALID_INPUT"],
  ["createDeal", "name", "a lone surrogate", "Deal \uD800", "INVALID_INPUT"],
  ["createDeal", "targetSigningDate", "year 0000", "0000-01-01", "INVALID_INPUT"],
  ["updateDeal", "dealId", "a NUL character", "deal\u0000", "INVALID_INPUT"],
  ["updateDealClause", "notes", "a NUL character", "note\u0000", "INVALID_INPUT"],
  ["logVendorResponse", "vendorText", "a NUL character", "We host it\u0000", "INVALID_INPUT"],
  ["logVendorResponse", "occurredOn", "year 0000", "0000-06-01", "INVALID_INPUT"],
  ["createOrganization", "name", "a NUL character", "Org\u0000", "INVALID_INPUT"],
  ["updateOrganizationSettings", "ssoEmailDomains", "a NUL character", "example.com\u0000", "INVALID_INPUT"],
  ["updateDraftClause", "mustHave", "a NUL character", "Every byte\u0000", "INVALID_INPUT"],
  ["addDraftScenario", "story", "a lone surrogate", "Data left \uD800", "INVALID_INPUT"],
  ["addDraftPitch", "phrases", "a NUL character", "host it\u0000", "INVALID_INPUT"],
  ["addPastedDraft", "text", "a NUL character", "4.1 Escrow\u0000", "INVALID_INPUT"],
  ["dismissDraftFlag", "reason", "a lone surrogate", "Fine \uD800", "INVALID_INPUT"],
  ["postComment", "body", "a NUL character", "Escrow\u0000", "INVALID_INPUT"],
  ["editComment", "body", "a lone surrogate", "Escrow \uD800", "INVALID_INPUT"],
];

describe("values the database cannot store", () => {
  it.each(UNSTORABLE.map((r) => [r[0], r[1], r[2], r] as const))(
    "%s › %s: %s → INVALID_INPUT on that field, nothing written",
    async (action, field, _label, row) => {
      await signIn(allowedUser(action).id);
      const before = await snapshotOrgs(ctx.team.org.id, ctx.team.otherOrg.id);
      const result = await actionNamed(actions, action)(inputFor(row, ctx));
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors: { [field]: expect.any(Array) } });
      expect(await snapshotOrgs(ctx.team.org.id, ctx.team.otherOrg.id)).toEqual(before);
    },
  );
});
