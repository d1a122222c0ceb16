import { expect, test, type APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { callAction, rawGet, signedInContext } from "./http/client";
import { connect, draftFixture, fingerprint, orgFixture, talliesAndRecount, type DraftFixture, type OrgFixture } from "./http/database";
import { buildActions, fillPath } from "./http/endpoints";
import { HUGE, malformedQueries, malformedSegments, malformedVariants, RAW_BODIES, seeded } from "./http/malformed";
import { contractDocx, uploadDraft } from "./support/vendor-drafts";
import { NOTIFICATION_KINDS } from "@/lib/domain/enums";

// Hundreds of malformed inputs to every server action and every route handler or page that reads
// input, over HTTP against `next start`, from callers allowed to use them. Every answer must be a
// clean refusal (or a harmless success): no 5xx, no stack trace or internals in the body. The inputs
// never name a real object the call could change (ids that exist only with a stale version), so the
// database must be exactly as before, and the organisation tallies must still equal a recount.

// Each endpoint gets every category of malformed input once (http/malformed.ts: malformedVariants,
// malformedQueries, malformedSegments), plus this many random ones that combine several faults.
const PER_ENDPOINT = Number(process.env.BAD_INPUT_PER_ENDPOINT ?? 20);
const PARALLEL = 4;
const SEED = 20261201;

/** Well-formed, never an object of this app: the call is refused with NOT_FOUND or INVALID_INPUT. */
const NO_SUCH_ID = "cnosuchobject000000000000";
/** What draftFixture answers for a deal without a draft. */
const NO_SUCH_DRAFT = "cnosuchdraftthing00000000";
const STALE_VERSION = "999999";
/** Items of the default playbook: the editor's pages in the path of its actions. */
const DRAFT_KEYS = { clauseKey: "client-data-ownership", scenarioKey: "vendor-collapse", pitchKey: "trust-us", stepKey: "plan-exit", sectionKey: "outputs" };

/** What must never appear in an answer: stack frames, ORM and database internals, module paths. */
const INTERNALS: [string, RegExp][] = [
  ["stack frame", /\n\s+at [^\n]*(?:\(|:\d+:\d+)/],
  ["Prisma", /prisma/i],
  ["node_modules path", /node_modules/],
  ["error class", /\b(?:TypeError|RangeError|SyntaxError|ReferenceError|PrismaClient\w*Error|ZodError)\b/],
  [
    "SQL",
    /\b(?:SELECT\s+[^<]{0,200}\s+FROM\s+"|INSERT INTO\s+"|UPDATE\s+"\w+"\s+SET|syntax error at or near|violates (?:foreign key|unique|check) constraint)/i,
  ],
  ["server path", /\/work\/|\/home\/\w+\/|\.next\/server\//],
];

const ACTION_INPUTS: Record<string, (f: OrgFixture) => Record<string, unknown>> = {
  // A comment on no clause, a comment nobody wrote, an assignment of a stale version.
  "lib/actions/comments.ts#postComment": () => ({ dealClauseId: NO_SUCH_ID, body: "A bad-input comment." }),
  "lib/actions/comments.ts#editComment": () => ({ commentId: NO_SUCH_ID, body: "A bad-input comment." }),
  "lib/actions/comments.ts#deleteComment": () => ({ commentId: NO_SUCH_ID }),
  "lib/actions/clause-assignment.ts#assignClause": (f) => ({
    dealClauseId: f.dealClauseId,
    version: STALE_VERSION,
    assigneeId: f.ownerId,
    dueOn: "2027-01-31",
  }),
  "lib/actions/draft-log.ts#logDraftRound": (f) => ({
    draftId: NO_SUCH_ID,
    version: STALE_VERSION,
    entries: [
      {
        dealClauseId: f.dealClauseId,
        version: STALE_VERSION,
        passageIds: [NO_SUCH_ID],
        vendorText: "We accept.",
        stance: "ACCEPTS",
        offerPosition: "MUST_HAVE",
      },
    ],
  }),
  // A merge naming no vendor, a dismissal of no proposal, a rename at a stale version.
  "lib/actions/vendors.ts#mergeVendors": (f) => ({ survivorId: f.vendorId, mergedId: NO_SUCH_ID }),
  "lib/actions/vendors.ts#dismissVendorProposal": () => ({ proposalId: NO_SUCH_ID }),
  "lib/actions/vendors.ts#renameVendor": (f) => ({ vendorId: f.vendorId, version: STALE_VERSION, name: "A bad-input vendor" }),
  "lib/actions/deals.ts#createDeal": () => ({ ...dealFields(), ownerId: NO_SUCH_ID }),
  "lib/actions/deals.ts#updateDeal": (f) => ({ ...dealFields(), ownerId: NO_SUCH_ID, dealId: f.dealId, version: STALE_VERSION }),
  "lib/actions/deals.ts#archiveDeal": (f) => ({ dealId: f.dealId, version: STALE_VERSION, archived: "true" }),
  "lib/actions/deal-clauses.ts#updateDealClause": (f) => ({
    dealClauseId: f.dealClauseId,
    version: STALE_VERSION,
    status: "IN_NEGOTIATION",
    notes: "Note",
    agreedLanguage: "",
    contractReference: "§1",
    notApplicableReason: "",
  }),
  "lib/actions/deal-clauses.ts#logVendorResponse": () => ({
    dealClauseId: NO_SUCH_ID,
    version: STALE_VERSION,
    occurredOn: "2026-03-02",
    channel: "MEETING",
    vendorText: "We will host the model for you.",
    stance: "COUNTERS",
    offerPosition: "UNCLEAR",
    counterNextStep: "",
    newStatus: "IN_NEGOTIATION",
    notApplicableReason: "",
  }),
  "lib/actions/deal-rules.ts#overrideClauseRules": () => ({ dealClauseId: NO_SUCH_ID, version: STALE_VERSION, reason: "Not used for regulated decisions." }),
  "lib/actions/deal-rules.ts#restoreClauseRules": () => ({ dealClauseId: NO_SUCH_ID, version: STALE_VERSION }),
  "lib/actions/deal-rules.ts#addDealSpecificClause": () => ({
    dealId: NO_SUCH_ID,
    layerKey: "deployment-exit",
    title: "Data stays in the EU",
    whyItMatters: "Residency.",
    mustHave: "EU only.",
    fallback: "EU storage.",
    walkAway: "Outside the EU.",
    priority: "MUST_HAVE",
    sampleLanguage: "",
  }),
  "lib/actions/deal-rules.ts#removeDealSpecificClause": () => ({ dealClauseId: NO_SUCH_ID, version: STALE_VERSION }),
  "lib/actions/organizations.ts#switchOrganization": () => ({ organizationId: NO_SUCH_ID }),
  // Vendor drafts: a draft and passage nobody has, at a stale version.
  "lib/actions/draft-counters.ts#setDraftCounter": () => ({
    draftId: NO_SUCH_ID,
    version: STALE_VERSION,
    passageId: NO_SUCH_ID,
    counterFrom: "sample",
    counterText: "The Supplier shall deposit the model weights.",
  }),
  "lib/actions/draft-counters.ts#clearDraftCounter": () => ({ draftId: NO_SUCH_ID, version: STALE_VERSION, passageId: NO_SUCH_ID }),
  "lib/actions/deal-upgrade.ts#upgradeDeal": (f) => ({ dealId: f.dealId, version: STALE_VERSION, toVersion: "2" }),
  "lib/actions/deal-upgrade.ts#confirmClauseStillHolds": () => ({ dealClauseId: NO_SUCH_ID, version: STALE_VERSION }),
  // Two fields wrong, so no single mutation makes a valid call that would create an organisation.
  "lib/actions/organizations.ts#createOrganization": () => ({ name: "", defaultCurrency: "XXX" }),
  "lib/actions/organizations.ts#updateOrganizationSettings": () => ({
    organizationId: NO_SUCH_ID,
    version: STALE_VERSION,
    name: "Bad input org",
    defaultCurrency: "EUR",
    ssoProviderId: "",
    ssoEmailDomains: "example.com",
    ssoDefaultRole: "VIEWER",
    passwordSignInAllowed: "true",
  }),
  "lib/actions/outbox.ts#retryOutboxMessage": () => ({ messageId: NO_SUCH_ID }),
  // Webhooks: the URL the demo endpoint already has (a second is refused), no webhook or delivery of anyone.
  "lib/actions/webhooks.ts#createWebhook": () => ({ url: "https://hooks.example.com/dealplaybook", description: "", events: ["DEAL_CREATED"] }),
  "lib/actions/webhooks.ts#updateWebhook": () => ({
    webhookId: NO_SUCH_ID,
    version: STALE_VERSION,
    url: "https://hooks.example.com/other",
    description: "",
    events: ["DEAL_CREATED"],
    active: "true",
  }),
  "lib/actions/webhooks.ts#rollWebhookSecret": () => ({ webhookId: NO_SUCH_ID, version: STALE_VERSION }),
  "lib/actions/webhooks.ts#deleteWebhook": () => ({ webhookId: NO_SUCH_ID, version: STALE_VERSION }),
  "lib/actions/webhooks.ts#resendWebhookDelivery": () => ({ deliveryId: NO_SUCH_ID }),
  // The inbox: no notification of anyone; a moment that is not one; every kind's choice unknown.
  "lib/actions/notifications.ts#markNotificationRead": () => ({ notificationId: NO_SUCH_ID }),
  "lib/actions/notifications.ts#markAllNotificationsRead": () => ({ upTo: "not a time" }),
  "lib/actions/notifications.ts#updateNotificationPreferences": () => Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, "SMS"])),
  // Model assets and escrow (issue 16): no deal of anyone, so no mutation of a field can make a call that writes.
  "lib/actions/assets.ts#addDeliverable": () => ({ dealId: NO_SUCH_ID, kind: "WEIGHTS", name: "Weights", expectedSha256: "ab".repeat(32) }),
  "lib/actions/assets.ts#updateDeliverable": () => ({
    dealId: NO_SUCH_ID,
    deliverableId: NO_SUCH_ID,
    version: STALE_VERSION,
    kind: "WEIGHTS",
    name: "Weights",
  }),
  "lib/actions/assets.ts#removeDeliverable": () => ({ dealId: NO_SUCH_ID, deliverableId: NO_SUCH_ID, version: STALE_VERSION }),
  "lib/actions/assets.ts#addSuggestedDeliverables": () => ({ dealId: NO_SUCH_ID }),
  "lib/actions/assets.ts#recordDelivery": () => ({
    dealId: NO_SUCH_ID,
    deliverableId: NO_SUCH_ID,
    version: STALE_VERSION,
    fileName: "w.bin",
    sizeBytes: "3",
    sha256: "ab".repeat(32),
  }),
  "lib/actions/assets.ts#verifyDeliverable": () => ({
    dealId: NO_SUCH_ID,
    deliverableId: NO_SUCH_ID,
    sha256: "ab".repeat(32),
    method: "EVALUATION_REPRODUCED",
    passed: "true",
    note: "F1 within 0.01",
  }),
  "lib/actions/assets.ts#saveEscrowArrangement": () => ({
    dealId: NO_SUCH_ID,
    version: "0",
    agent: "Escrow Co",
    freshnessDays: "90",
    releaseTriggers: ["INSOLVENCY"],
  }),
  "lib/actions/assets.ts#recordEscrowDeposit": () => ({ dealId: NO_SUCH_ID, depositedOn: "2026-01-15", manifestSha256: "ab".repeat(32), note: "" }),
  "lib/actions/reviews.ts#acceptRisk": () => ({ dealId: NO_SUCH_ID, dealClauseId: NO_SUCH_ID, rationale: "Escrow covers this gap for the pilot phase." }),
  "lib/actions/reviews.ts#revokeRisk": () => ({ dealId: NO_SUCH_ID, riskAcceptanceId: NO_SUCH_ID }),
  "lib/actions/licence-findings.ts#acceptLicenceFinding": () => ({
    dealId: NO_SUCH_ID,
    findingKey: "user-threshold",
    rationale: "Permission is being negotiated.",
  }),
  "lib/actions/licence-findings.ts#revokeLicenceFinding": () => ({ dealId: NO_SUCH_ID, acceptanceId: NO_SUCH_ID }),
  "lib/actions/reviews.ts#decideReview": () => ({ dealId: NO_SUCH_ID, decision: "APPROVED", comment: "Fine." }),
  "lib/actions/reviews.ts#giveSecondApproval": () => ({ dealId: NO_SUCH_ID, decision: "CHANGES_REQUESTED", comment: "Legal wants the cap reworded." }),
  "lib/actions/reviews.ts#submitForReview": () => ({ dealId: NO_SUCH_ID, version: STALE_VERSION, note: "" }),
  "lib/actions/reviews.ts#updateProcessStep": () => ({ dealId: NO_SUCH_ID, dealRecommendationId: NO_SUCH_ID, done: "true", note: "" }),
  // A mismatched confirmation: refused before the current password is checked.
  "lib/actions/passwords.ts#changePassword": () => ({
    currentPassword: "not the password",
    newPassword: "a bad-input passphrase",
    confirmPassword: "another one",
  }),
  // Not an address, so no variant is ever answered with the neutral success.
  "lib/actions/passwords.ts#requestPasswordReset": () => ({ email: "not an address" }),
  // A well-formed link nobody was sent.
  "lib/actions/passwords.ts#resetPassword": () => ({ token: "A".repeat(43), newPassword: "a bad-input passphrase", confirmPassword: "a bad-input passphrase" }),
  // API tokens: a form of no organisation, a token nobody has.
  "lib/actions/api-tokens.ts#createPersonalToken": () => ({ organizationId: NO_SUCH_ID, name: "Bad-input token", scopes: ["READ"], expiresIn: "30" }),
  "lib/actions/api-tokens.ts#createServiceToken": () => ({ organizationId: NO_SUCH_ID, name: "Bad-input token", scopes: ["READ"], expiresIn: "never" }),
  "lib/actions/api-tokens.ts#revokeToken": () => ({ tokenId: NO_SUCH_ID }),
  "lib/actions/members.ts#inviteMember": () => ({ email: "admin@example.com", role: "VIEWER" }),
  "lib/actions/members.ts#resendInvitation": () => ({ invitationId: NO_SUCH_ID }),
  "lib/actions/members.ts#revokeInvitation": () => ({ invitationId: NO_SUCH_ID }),
  "lib/actions/members.ts#changeMemberRole": () => ({ membershipId: NO_SUCH_ID, role: "VIEWER" }),
  "lib/actions/members.ts#setMemberDisabled": () => ({ membershipId: NO_SUCH_ID, disabled: "true" }),
  "lib/actions/members.ts#setMemberApprover": () => ({ membershipId: NO_SUCH_ID, approver: "true" }),
  "lib/actions/members.ts#removeMember": () => ({ membershipId: NO_SUCH_ID }),
  "lib/actions/playbook-versions.ts#publishPlaybookDraft": () => ({
    organizationId: NO_SUCH_ID,
    draftVersion: STALE_VERSION,
    changeSummary: "A bad-input summary.",
  }),
  "lib/actions/playbook-versions.ts#importPlaybookDraft": () => ({ organizationId: NO_SUCH_ID, json: "{}", replaceDraft: "true" }),
  // An unknown token: "no longer valid" (or, once the address's budget is spent, rate-limited).
  "lib/actions/invitations.ts#acceptInvitationAsNewUser": () => ({
    token: "u".repeat(43),
    name: "Bad Input",
    password: "a long enough password",
    confirmPassword: "a long enough password",
  }),
  "lib/actions/invitations.ts#joinInvitedOrganization": () => ({ token: "u".repeat(43) }),
  // The playbook editor: another organisation's form (NOT_FOUND before the draft is read), whatever else is malformed.
  "lib/actions/playbook-editor.ts#startPlaybookDraft": () => ({ organizationId: NO_SUCH_ID }),
  "lib/actions/playbook-editor.ts#discardPlaybookDraft": () => ({ organizationId: NO_SUCH_ID, draftVersion: STALE_VERSION }),
  "lib/actions/playbook-editor.ts#updateDraftClause": () => ({
    organizationId: NO_SUCH_ID,
    draftVersion: STALE_VERSION,
    key: "client-data-ownership",
    section: "outputs",
    title: "T",
    whyItMatters: "W",
    mustHave: "M",
    fallback: "F",
    walkAway: "W",
    sampleLanguage: "",
    priority: "IMPORTANT",
    defends: [],
    counters: [],
    rules: [],
  }),
  "lib/actions/playbook-editor.ts#addDraftClause": () => ({
    organizationId: NO_SUCH_ID,
    draftVersion: STALE_VERSION,
    key: "",
    section: "outputs",
    title: "T",
    whyItMatters: "W",
    mustHave: "M",
    fallback: "F",
    walkAway: "W",
    sampleLanguage: "",
    priority: "IMPORTANT",
    defends: [],
    counters: [],
    rules: [],
  }),
  "lib/actions/playbook-editor.ts#retireDraftClause": () => ({ organizationId: NO_SUCH_ID, draftVersion: STALE_VERSION, key: "client-data-ownership" }),
  "lib/actions/playbook-editor.ts#moveDraftClause": () => ({
    organizationId: NO_SUCH_ID,
    draftVersion: STALE_VERSION,
    key: "client-data-ownership",
    direction: "down",
  }),
  "lib/actions/playbook-editor.ts#updateDraftSection": () => ({
    organizationId: NO_SUCH_ID,
    draftVersion: STALE_VERSION,
    sectionKey: "outputs",
    title: "T",
    summary: "S",
  }),
  "lib/actions/playbook-editor.ts#addDraftScenario": () => ({
    organizationId: NO_SUCH_ID,
    draftVersion: STALE_VERSION,
    key: "",
    title: "T",
    story: "S",
    whatWentWrong: "W",
    ifUncovered: "U",
  }),
  "lib/actions/playbook-editor.ts#updateDraftScenario": () => ({
    organizationId: NO_SUCH_ID,
    draftVersion: STALE_VERSION,
    key: "vendor-collapse",
    title: "T",
    story: "S",
    whatWentWrong: "W",
    ifUncovered: "U",
  }),
  "lib/actions/playbook-editor.ts#removeDraftScenario": () => ({ organizationId: NO_SUCH_ID, draftVersion: STALE_VERSION, key: "vendor-collapse" }),
  "lib/actions/playbook-editor.ts#addDraftPitch": () => ({
    organizationId: NO_SUCH_ID,
    draftVersion: STALE_VERSION,
    key: "",
    quote: "Q",
    danger: "D",
    counter: "C",
    section: "outputs",
    phrases: "p",
  }),
  "lib/actions/playbook-editor.ts#updateDraftPitch": () => ({
    organizationId: NO_SUCH_ID,
    draftVersion: STALE_VERSION,
    key: "trust-us",
    quote: "Q",
    danger: "D",
    counter: "C",
    section: "outputs",
    phrases: "p",
  }),
  "lib/actions/playbook-editor.ts#removeDraftPitch": () => ({ organizationId: NO_SUCH_ID, draftVersion: STALE_VERSION, key: "trust-us" }),
  "lib/actions/playbook-editor.ts#addDraftStep": () => ({ organizationId: NO_SUCH_ID, draftVersion: STALE_VERSION, key: "", title: "T", detail: "D" }),
  "lib/actions/playbook-editor.ts#updateDraftStep": () => ({
    organizationId: NO_SUCH_ID,
    draftVersion: STALE_VERSION,
    key: "plan-exit",
    title: "T",
    detail: "D",
  }),
  "lib/actions/playbook-editor.ts#removeDraftStep": () => ({ organizationId: NO_SUCH_ID, draftVersion: STALE_VERSION, key: "plan-exit" }),
  "lib/actions/playbook-editor.ts#moveDraftStep": () => ({ organizationId: NO_SUCH_ID, draftVersion: STALE_VERSION, key: "plan-exit", direction: "up" }),
  // The vendor-draft workbench: a deal or draft that does not exist, or a stale version.
  "lib/actions/drafts.ts#addPastedDraft": () => ({ dealId: NO_SUCH_ID, title: "", receivedOn: "2026-11-20", kind: "TEXT", text: "4.1 No escrow." }),
  "lib/actions/drafts.ts#deleteDraftRound": () => ({ draftId: NO_SUCH_ID, version: STALE_VERSION }),
  "lib/actions/drafts.ts#acceptDraftMapping": () => ({ draftId: NO_SUCH_ID, version: STALE_VERSION, mappingId: NO_SUCH_ID }),
  "lib/actions/drafts.ts#rejectDraftMapping": () => ({ draftId: NO_SUCH_ID, version: STALE_VERSION, mappingId: NO_SUCH_ID }),
  "lib/actions/drafts.ts#remapDraftPassage": (f) => ({ draftId: NO_SUCH_ID, version: STALE_VERSION, passageId: NO_SUCH_ID, dealClauseId: f.dealClauseId }),
  "lib/actions/drafts.ts#dismissDraftFlag": () => ({ draftId: NO_SUCH_ID, version: STALE_VERSION, flagId: NO_SUCH_ID, reason: "Harmless here." }),
  "lib/actions/drafts.ts#restoreDraftFlag": () => ({ draftId: NO_SUCH_ID, version: STALE_VERSION, flagId: NO_SUCH_ID }),
  // Sign-out reads no input; it is sent on a session of its own (ended by the first call that gets
  // through, so the rest exercise the request decoding and the signed-out refusal).
  "lib/actions/session.ts#signOut": () => ({}),
  "components/layout/sign-out-button.tsx#$$RSC_SERVER_ACTION_0": () => ({}),
};
const SIGN_OUT_ACTIONS = new Set(["lib/actions/session.ts#signOut", "components/layout/sign-out-button.tsx#$$RSC_SERVER_ACTION_0"]);

function dealFields() {
  return {
    name: "Bad input deal",
    vendor: "Acme AI",
    useCase: "",
    hostingModel: "SELF_HOSTED",
    contractValue: "250,000.00",
    currency: "USD",
    stage: "INTAKE",
    targetSigningDate: "2026-12-31",
  };
}

/** GET endpoints that read the query string (pages and downloads), with the keys they read. */
const QUERY_ENDPOINTS: { path: string; keys: string[] }[] = [
  {
    path: "/deals",
    keys: ["q", "stage", "ownerId", "vendor", "sort", "dir", "page", "archived", "signing", "band", "exposed", "atRisk", "uncovered", "pushback", "pitch"],
  },
  { path: "/portfolio", keys: ["stage", "ownerId", "vendor", "signing"] },
  { path: "/portfolio/export", keys: ["stage", "ownerId", "vendor", "signing"] },
  { path: "/deals/[dealId]/activity", keys: ["entityType", "actorId", "action", "page"] },
  { path: "/deals/[dealId]/activity/export", keys: ["entityType", "actorId", "action", "page"] },
  { path: "/deals/[dealId]/drafts/[draftId]/compare", keys: ["with"] },
  { path: "/admin/outbox", keys: ["status", "page"] },
  { path: "/inbox", keys: ["filter", "before"] },
  { path: "/api/v1/deals/[dealId]/clauses", keys: ["status", "section"] },
  { path: "/admin/audit", keys: ["actorId", "action", "from", "to", "after", "before"] },
  { path: "/admin/audit/export", keys: ["actorId", "action", "from", "to", "after", "before"] },
  { path: "/playbook/versions/[version]", keys: ["view"] },
  { path: "/playbook/edit/clauses/new", keys: ["section"] },
];
/** Endpoints whose input is the deal id in the path. */
const SEGMENT_ENDPOINTS = [
  "/deals/[dealId]/report/pdf",
  "/deals/[dealId]/activity/export",
  "/deals/[dealId]/activity",
  "/deals/[dealId]/upgrade",
  "/deals/[dealId]/drafts",
  "/deals/[dealId]/assets",
  "/api/v1/deals/[dealId]",
  "/api/v1/deals/[dealId]/clauses",
  "/api/v1/deals/[dealId]/readiness",
];
/** Endpoints whose input is a vendor draft's id in the path (with the deal's). */
const DRAFT_SEGMENT_ENDPOINTS = [
  "/deals/[dealId]/drafts/[draftId]",
  "/deals/[dealId]/drafts/[draftId]/file",
  "/deals/[dealId]/drafts/[draftId]/log",
  "/deals/[dealId]/drafts/[draftId]/redline",
  "/deals/[dealId]/drafts/[draftId]/redline.docx",
  "/deals/[dealId]/drafts/[draftId]/memo.docx",
];
/** Endpoints whose input is a playbook version number in the path. */
const VERSION_ENDPOINTS = ["/playbook/versions/[version]", "/playbook/versions/[version]/export"];

/** Users allowed to analyze, one rate-limit budget (60 a minute) each: of the generated organisation. */
const ANALYZE_USERS = ["admin", "cio", "manager", "viewer", "negotiator"].map((role) => `${role}+portfolio-200@bench.example`);

/**
 * What the sign-out calls change on purpose: the session version of the user signing out; and what
 * the sign-ins of the tests that need a session of their own (sign-out, analyze) write: the user's
 * last sign-in and a signin.* audit event.
 */
const SIGN_OUT_CHANGES = { User: ["sessionVersion", "updatedAt", "lastSignInAt", "lastSignInMethod"] };
const SIGN_IN_EVENTS = { AuditEvent: `t."action" LIKE 'signin.%'` };

let db: pg.Client;
let home: OrgFixture;
let other: OrgFixture;
let homeDraft: DraftFixture;
let admin: APIRequestContext;
let before: Record<string, string>;
const stats = new Map<string, { sent: number; statuses: Map<number, number> }>();
const problems: string[] = [];

test.describe.configure({ timeout: 300_000 });

test.beforeAll(async ({ baseURL }) => {
  db = connect();
  await db.connect();
  home = await orgFixture(db, "demo-corp");
  other = await orgFixture(db, "portfolio-200");
  admin = await signedInContext(baseURL!, "admin@example.com");
  // The review page is where the workbench's actions are posted: the home deal has a draft to show.
  homeDraft = await draftFixture(db, home.dealId);
  if (homeDraft.draftId === NO_SUCH_DRAFT) {
    const uploaded = await uploadDraft(admin, baseURL!, home.dealId, await contractDocx(), { title: "Bad-input round" });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
    homeDraft = await draftFixture(db, home.dealId);
  }
  before = await fingerprint(db, SIGN_OUT_CHANGES, SIGN_IN_EVENTS);
});

test.afterAll(async () => {
  const total = [...stats.values()].reduce((sum, s) => sum + s.sent, 0);
  console.log(`[http-bad-input] ${total} malformed requests to ${stats.size} endpoints; problems: ${problems.length}`);
  for (const [endpoint, s] of stats) {
    console.log(`  ${endpoint}: ${s.sent} · ${[...s.statuses].map(([status, n]) => `${status}×${n}`).join(" ")}`);
  }
  await admin?.dispose();
  await db?.end();
});

/** Records the answer; a 5xx or internals in the body are collected as problems (asserted per test). */
function check(endpoint: string, what: string, status: number, body: string) {
  const s = stats.get(endpoint) ?? { sent: 0, statuses: new Map() };
  s.sent += 1;
  s.statuses.set(status, (s.statuses.get(status) ?? 0) + 1);
  stats.set(endpoint, s);
  const found: string[] = [];
  if (status >= 500) found.push(`status ${status}`);
  for (const [name, pattern] of INTERNALS) if (pattern.test(body)) found.push(`${name} (${pattern.exec(body)![0].slice(0, 80)})`);
  if (found.length) problems.push(`${endpoint} ${what.slice(0, 160)}: ${found.join(", ")} — ${body.slice(0, 300)}`);
}

async function inParallel<T>(items: T[], send: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < items.length) {
        const index = next++;
        await send(items[index], index);
      }
    }),
  );
}

function problemsOf(endpointPrefix: string) {
  return problems.filter((p) => p.startsWith(endpointPrefix));
}

for (const action of buildActions()) {
  test(`action ${action.name}: malformed arguments get a clean refusal`, async ({ baseURL }) => {
    const base = ACTION_INPUTS[action.name];
    expect(base, `${action.name} has no base input in ACTION_INPUTS`).toBeDefined();
    const random = seeded(SEED + [...action.name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0));
    const path = fillPath(action.pages[0] ?? "/", {
      dealId: home.dealId,
      vendorId: home.vendorId,
      dealClauseId: home.dealClauseId,
      layer: home.layer,
      token: "A".repeat(43),
      ...DRAFT_KEYS,
      draftId: homeDraft.draftId,
      webhookId: home.webhookId,
    });
    const signsOut = SIGN_OUT_ACTIONS.has(action.name);
    const context = signsOut ? await signedInContext(baseURL!, "viewer+portfolio-200@bench.example") : admin;
    // Sign-out deletes the cookies from the context; sending them explicitly keeps the (now ended)
    // session in every request, so the body still reaches the decoder and the signed-out refusal.
    const headers = signsOut ? { cookie: (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ") } : undefined;
    const bodies: string[] = [
      ...malformedVariants(random, base(home), PER_ENDPOINT).map((variant) => JSON.stringify([variant])),
      ...RAW_BODIES,
      JSON.stringify([{ ...base(home), [Object.keys(base(home))[0] ?? "text"]: HUGE }]),
    ];
    await inParallel(bodies, async (body) => {
      const call = await callAction(context, { baseURL: baseURL!, path, id: action.id, body, headers });
      check(`action ${action.name}`, body, call.status, call.body);
      if (call.result && typeof call.result === "object" && (call.result as { ok?: unknown }).ok === true) {
        problems.push(`action ${action.name} ${body.slice(0, 160)}: accepted a malformed input`);
      }
    });
    if (signsOut) await context.dispose();
    expect(problemsOf(`action ${action.name} `)).toEqual([]);
  });
}

test("POST /api/v1/analyze: malformed bodies get a clean refusal", async ({ baseURL }) => {
  const users = await Promise.all(ANALYZE_USERS.map((email) => signedInContext(baseURL!, email)));
  const random = seeded(SEED + 1);
  const bodies = [
    // Within the users' rate-limit budget (50 each).
    ...malformedVariants(random, { text: "Fine." }, PER_ENDPOINT)
      .slice(0, users.length * 50 - RAW_BODIES.length - 1)
      .map((variant) => JSON.stringify(variant)),
    ...RAW_BODIES,
    JSON.stringify({ text: HUGE }),
  ];
  await inParallel(bodies, async (body, index) => {
    const response = await users[index % users.length].post("/api/v1/analyze", {
      headers: { Origin: baseURL!, "Content-Type": "application/json" },
      data: body,
      maxRedirects: 0,
    });
    check("POST /api/v1/analyze", body, response.status(), await response.text());
  });
  for (const user of users) await user.dispose();
  expect(problemsOf("POST /api/v1/analyze ")).toEqual([]);
});

// The API's queries and bodies, each from its own member (the API's rate limit is per person): a 400
// problem, a 412 (the stale If-Match) or a 429 are all clean answers; nothing may be written.
const API_QUERIES = [
  { path: "/api/v1/deals", keys: ["stage", "vendor", "ownerId", "q", "updatedSince", "archived", "limit", "cursor"], email: "viewer@example.com" },
  { path: "/api/v1/portfolio", keys: ["stage", "ownerId", "vendor", "signing"], email: "manager@example.com" },
];
for (const endpoint of API_QUERIES) {
  test(`GET ${endpoint.path}: malformed filters get a clean answer`, async ({ baseURL }) => {
    const random = seeded(SEED + endpoint.path.length + 7);
    const user = await signedInContext(baseURL!, endpoint.email);
    const cookie = (await user.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const queries = [...malformedQueries(random, endpoint.keys, PER_ENDPOINT), `limit=${"9".repeat(20_000)}`, `cursor=${"A".repeat(5000)}`].slice(0, 110);
    await inParallel(queries, async (query) => {
      const response = await rawGet(baseURL!, `${endpoint.path}?${query}`, { cookie });
      check(`GET ${endpoint.path}`, query, response.status, response.body);
    });
    await user.dispose();
    expect(problemsOf(`GET ${endpoint.path} `)).toEqual([]);
  });
}

test("POST /api/v1/deals and PATCH /api/v1/deals/[dealId]: malformed bodies get a clean refusal, nothing written", async ({ baseURL }) => {
  const random = seeded(SEED + 8);
  const negotiator = await signedInContext(baseURL!, "negotiator@example.com");
  // Three faults a single change cannot all mend (no such currency or owner, a stage the form cannot set): never a new deal.
  const create = { name: "Bad-input deal", vendor: "Acme AI", hostingModel: "SELF_HOSTED", currency: "XXX", stage: "APPROVED", ownerId: NO_SUCH_ID };
  const bodies = (base: Record<string, unknown>) =>
    [...malformedVariants(random, base, PER_ENDPOINT).map((variant) => JSON.stringify(variant)), ...RAW_BODIES, JSON.stringify({ ...base, name: HUGE })].slice(
      0,
      55,
    );
  const send = async (method: "POST" | "PATCH", path: string, body: string, headers: Record<string, string> = {}) => {
    const response = await negotiator.fetch(path, {
      method,
      data: body,
      headers: { Origin: baseURL!, "Content-Type": "application/json", ...headers },
      maxRedirects: 0,
    });
    const text = await response.text();
    check(`${method} /api/v1/deals`, body, response.status(), text);
    expect(response.status(), `${method} ${body.slice(0, 120)}: ${text.slice(0, 200)}`).not.toBe(method === "POST" ? 201 : 200);
  };
  await inParallel(bodies(create), (body) => send("POST", "/api/v1/deals", body));
  // A stale If-Match: whatever passes validation is refused with 412 before anything is written.
  await inParallel(bodies({ name: "Bad-input rename", stage: "NEGOTIATING" }), (body) =>
    send("PATCH", `/api/v1/deals/${home.dealId}`, body, { "If-Match": `"${STALE_VERSION}"` }),
  );
  await negotiator.dispose();
  expect(problemsOf("POST /api/v1/deals ")).toEqual([]);
  expect(problemsOf("PATCH /api/v1/deals ")).toEqual([]);
});

for (const endpoint of QUERY_ENDPOINTS) {
  test(`GET ${endpoint.path}: malformed filters get a clean answer`, async ({ baseURL }) => {
    const random = seeded(SEED + endpoint.path.length);
    const path = fillPath(endpoint.path, { dealId: home.dealId, draftId: home.draftId, version: "1" });
    const cookie = (await admin.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const queries = [...malformedQueries(random, endpoint.keys, PER_ENDPOINT), `page=${"9".repeat(20_000)}`];
    await inParallel(queries, async (query) => {
      // Sent byte for byte: malformed percent-encodings must reach the server as they are.
      const response = await rawGet(baseURL!, `${path}?${query}`, { cookie });
      check(`GET ${endpoint.path}`, query, response.status, response.body);
    });
    expect(problemsOf(`GET ${endpoint.path} `)).toEqual([]);
  });
}

test("draft ids in the path that are not ids, or not of the deal, get a clean answer", async ({ baseURL }) => {
  const random = seeded(SEED + 3);
  const cookie = (await admin.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const requests = DRAFT_SEGMENT_ENDPOINTS.flatMap((template) => [
    ...malformedSegments(random, PER_ENDPOINT / 4).map((segment) => ({
      template,
      path: fillPath(template, { dealId: home.dealId, draftId: "x" }).replace("/x/", `/${segment}/`),
    })),
    // The other organisation's draft, under the home deal and under its own, and the home deal's draft
    // under the other organisation's deal: not found, not an error.
    { template, path: fillPath(template, { dealId: home.dealId, draftId: other.draftId }) },
    { template, path: fillPath(template, { dealId: other.dealId, draftId: other.draftId }) },
    { template, path: fillPath(template, { dealId: other.dealId, draftId: homeDraft.draftId }) },
  ]);
  await inParallel(requests, async ({ template, path }) => {
    const response = await rawGet(baseURL!, path, { cookie });
    check(`GET ${template} (draft id)`, path, response.status, response.body);
    expect(response.status, path).not.toBe(200);
  });
  expect(problems.filter((p) => p.includes(" (draft id) "))).toEqual([]);
});

test("vendor ids in the path that are not ids, or another organisation's, get a clean answer", async ({ baseURL }) => {
  const random = seeded(SEED + 4);
  const cookie = (await admin.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  // Not the dot segments: as the last segment, "/vendors/.." is the home page and "/vendors/." the vendor list, both rightly 200.
  const dotSegment = (segment: string) => /^(\.|%2e){1,2}$/i.test(segment);
  const paths = [
    ...malformedSegments(random, PER_ENDPOINT / 2)
      .filter((segment) => !dotSegment(segment))
      .map((segment) => `/vendors/${segment}`),
    `/vendors/${other.vendorId}`,
  ];
  await inParallel(paths, async (path) => {
    const response = await rawGet(baseURL!, path, { cookie });
    check("GET /vendors/[vendorId] (id)", path, response.status, response.body);
    expect(response.status, path).not.toBe(200);
  });
  expect(problems.filter((p) => p.includes("/vendors/[vendorId] (id) "))).toEqual([]);
});

test("deal ids in the path that are not ids get a clean answer", async ({ baseURL }) => {
  const random = seeded(SEED + 2);
  const cookie = (await admin.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const requests = SEGMENT_ENDPOINTS.flatMap((template) =>
    malformedSegments(random, PER_ENDPOINT / 2).map((segment) => ({ template, path: template.replace("[dealId]", segment) })),
  );
  // The other organisation's deal, too: not found, not an error.
  requests.push(...SEGMENT_ENDPOINTS.map((template) => ({ template, path: template.replace("[dealId]", other.dealId) })));
  await inParallel(requests, async ({ template, path }) => {
    const response = await rawGet(baseURL!, path, { cookie });
    check(`GET ${template} (id)`, path, response.status, response.body);
    expect(response.status, path).not.toBe(200);
  });
  expect(problems.filter((p) => p.includes(" (id) "))).toEqual([]);
});

test("PATCH a clause and POST a vendor response over /api/v1: malformed bodies get a clean refusal, nothing written", async ({ baseURL }) => {
  const random = seeded(SEED + 6);
  const before = await fingerprint(db);
  const clausePath = `/api/v1/deals/${home.dealId}/clauses/${home.dealClauseId}`;
  // A stale If-Match: a well-formed change is refused with 412, a malformed one with 400; nothing is written either way.
  const changes = [
    ...malformedVariants(random, { status: "IN_NEGOTIATION", agreedLanguage: "", contractReference: "", notes: "" }, PER_ENDPOINT).map((v) =>
      JSON.stringify(v),
    ),
    ...RAW_BODIES,
    JSON.stringify({ status: "IN_NEGOTIATION", notes: HUGE }),
  ];
  // A stale clauseVersion: checked before anything is written. A status without it is refused (400); a
  // variant that lost both is a well-formed deferral, which would rightly be logged: not sent.
  const response = {
    occurredOn: "2026-11-20",
    channel: "EMAIL",
    vendorText: "Fine.",
    stance: "DEFERS",
    offerPosition: "UNCLEAR",
    newStatus: "IN_NEGOTIATION",
    clauseVersion: 999_999,
  };
  const wellFormedDeferral = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v) && !("newStatus" in v) && !("clauseVersion" in v);
  const responses = [
    ...malformedVariants(random, response, PER_ENDPOINT)
      .filter((v) => !wellFormedDeferral(v))
      .map((v) => JSON.stringify(v)),
    ...RAW_BODIES,
  ];
  const requests = [
    ...changes.map((body) => ({ method: "PATCH", path: clausePath, body, headers: { "If-Match": '"999999"' } })),
    ...responses.map((body) => ({ method: "POST", path: `${clausePath}/responses`, body, headers: {} })),
  ];
  await inParallel(requests, async ({ method, path, body, headers }) => {
    const answer = await admin.fetch(path, {
      method,
      data: body,
      headers: { Origin: baseURL!, "Content-Type": "application/json", ...headers },
      maxRedirects: 0,
    });
    const text = await answer.text();
    const what = `${method} ${path.replace(home.dealId, "[dealId]").replace(home.dealClauseId, "[dealClauseId]")}`;
    check(what, body, answer.status(), text);
    expect([400, 412, 413, 429], `${what} ${body.slice(0, 120)}: ${text.slice(0, 200)}`).toContain(answer.status());
    expect(answer.headers()["content-type"], what).toBe("application/problem+json");
  });
  expect(problemsOf("PATCH /api/v1/")).toEqual([]);
  expect(problemsOf("POST /api/v1/deals/[dealId]/clauses")).toEqual([]);
  expect(await fingerprint(db)).toEqual(before);
});

test("POST /api/v1/deals/[dealId]/drafts: malformed metadata and bodies get a clean refusal", async ({ baseURL }) => {
  const random = seeded(SEED + 4);
  const path = `/api/v1/deals/${home.dealId}/drafts`;
  const bodies = [
    Buffer.alloc(0),
    Buffer.from("PK\u0003\u0004 not a zip"),
    Buffer.from("%PDF-1.7 truncated"),
    Buffer.from(RAW_BODIES[0] ?? "x"),
    Buffer.alloc(4096, 0xff),
  ];
  // Malformed metadata: refused before the rate limit and before the body is read.
  const malformed = malformedQueries(random, ["title", "receivedOn", "fileName", "mediaType"], PER_ENDPOINT).map((query) => ({ query, body: bodies[0] }));
  // Well-formed metadata, bodies that are no DOCX or PDF (past 20 a user they are rate-limited: also clean).
  const wellFormed = bodies.map((body) => ({ query: "receivedOn=2026-11-20&fileName=draft.docx", body }));
  const send = async ({ query, body }: { query: string; body: Buffer }) => {
    const response = await admin.post(`${path}?${query}`, {
      data: body,
      headers: { Origin: baseURL!, "Content-Type": "application/octet-stream" },
      maxRedirects: 0,
    });
    const text = await response.text();
    check(`POST ${path.replace(home.dealId, "[dealId]")}`, query, response.status(), text);
    expect(response.status(), `${query}: ${text.slice(0, 200)}`).not.toBe(201);
  };
  await inParallel(malformed, send);
  // One at a time: several analyses at once may meet the server's deliberate "busy, try again" 503 (seen once on a loaded machine).
  for (const request of wellFormed) await send(request);
  expect(problemsOf("POST /api/v1/deals/")).toEqual([]);
});

test("POST /api/v1/deals/[dealId]/manifests: malformed names and manifests get a clean refusal, nothing imported", async ({ baseURL }) => {
  const random = seeded(SEED + 5);
  const path = `/api/v1/deals/${home.dealId}/manifests`;
  const manifest = (files: unknown) => JSON.stringify({ format: "dealplaybook-manifest", version: 1, createdAt: "2026-11-20T10:00:00Z", root: "x", files });
  const bodies = [
    ...RAW_BODIES,
    manifest([{ path: "a", size: 1, sha256: "AB".repeat(32) }]),
    manifest([{ path: "../a", size: -1, sha256: "ab".repeat(32) }]),
    manifest("files"),
    manifest([{ path: "a\u0000b", size: 1e309, sha256: "ab".repeat(32) }]),
    JSON.stringify({ format: "other", version: 2 }),
    "\ufeff{}",
  ].map((text) => Buffer.from(text));
  bodies.push(Buffer.alloc(4096, 0xff));
  // Malformed names with a body that is no manifest either: many hostile names are still names, and nothing may be imported.
  const malformed = malformedQueries(random, ["fileName"], PER_ENDPOINT).map((query) => ({ query, body: Buffer.from(manifest("no list")) }));
  const wellNamed = bodies.map((body) => ({ query: "fileName=manifest.json", body }));
  const send = async ({ query, body }: { query: string; body: Buffer }) => {
    const response = await admin.post(`${path}?${query}`, { data: body, headers: { Origin: baseURL!, "Content-Type": "application/json" }, maxRedirects: 0 });
    const text = await response.text();
    check(`POST ${path.replace(home.dealId, "[dealId]")}`, `${query} ${body.toString("utf8").slice(0, 80)}`, response.status(), text);
    expect(response.status(), `${query}: ${text.slice(0, 200)}`).not.toBe(201);
  };
  await inParallel([...malformed, ...wellNamed], send);
  expect(problemsOf("POST /api/v1/deals/[dealId]/manifests")).toEqual([]);
});

test("playbook version numbers in the path that are not versions get a clean answer", async ({ baseURL }) => {
  const random = seeded(SEED + 3);
  const cookie = (await admin.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const requests = VERSION_ENDPOINTS.flatMap((template) => [
    ...malformedSegments(random, 7).map((segment) => ({ template, path: template.replace("[version]", segment) })),
    ...["0", "-1", "1.5", "99999999999999999999", "1e3"].map((version) => ({ template, path: template.replace("[version]", version) })),
  ]);
  await inParallel(requests, async ({ template, path }) => {
    const response = await rawGet(baseURL!, path, { cookie });
    check(`GET ${template} (version)`, path, response.status, response.body);
    expect(response.status, path).not.toBe(200);
  });
  expect(problems.filter((p) => p.includes(" (version) "))).toEqual([]);
});

test("the API reference and the OpenAPI document ignore malformed query strings cleanly", async ({ baseURL }) => {
  const random = seeded(SEED + 4);
  const cookie = (await admin.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const requests = ["/docs/api", "/api/v1/openapi.json"].flatMap((path) => malformedQueries(random, ["tag", "q"], 5).map((query) => ({ path, query })));
  await inParallel(requests, async ({ path, query }) => {
    const response = await rawGet(baseURL!, `${path}?${query}`, { cookie });
    check(`GET ${path} (query)`, query, response.status, response.body);
  });
  expect(problems.filter((p) => p.includes(" (query) "))).toEqual([]);
});

test("afterwards the database is unchanged and the organisation tallies equal a recount from the rows", async () => {
  expect(problems, "answers with a 5xx or internals").toEqual([]);
  expect(await fingerprint(db, SIGN_OUT_CHANGES, SIGN_IN_EVENTS)).toEqual(before);
  for (const f of [home, other]) {
    const { stored, recounted } = await talliesAndRecount(db, f.orgId);
    expect(stored, `tallies of ${f.orgId}`).toEqual(recounted);
  }
});
