import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import type pg from "pg";
import { anonymousContext, callAction, rawGet, resultCode, signedInContext, type ActionCall } from "./http/client";
import { connect, draftFixture, fingerprint, NO_SUCH_DRAFT, orgFixture, type DraftFixture, type OrgFixture } from "./http/database";
import { buildActions, buildRoutes, fillPath, type ActionEndpoint, type PageEndpoint } from "./http/endpoints";
import { contractDocx, uploadDraft } from "./support/vendor-drafts";

// Every page, route handler and server action of the production build × every kind of caller, over
// real HTTP against `next start`. The endpoints are read from the build's manifests, so a new page,
// route or action without a row in EXPECTED fails the first test. Refused calls must change nothing.

type Role = "VIEWER" | "NEGOTIATOR" | "CIO" | "MANAGER" | "ADMIN";
type Caller = "anonymous" | Role | "OTHER_ORG_ADMIN";
const ROLES: readonly Role[] = ["VIEWER", "NEGOTIATOR", "CIO", "MANAGER", "ADMIN"];
const CALLERS: readonly Caller[] = ["anonymous", ...ROLES, "OTHER_ORG_ADMIN"];

const EMAIL: Record<Exclude<Caller, "anonymous">, string> = {
  VIEWER: "viewer@example.com",
  NEGOTIATOR: "negotiator@example.com",
  CIO: "cio@example.com",
  MANAGER: "manager@example.com",
  ADMIN: "admin@example.com",
  // The admin of the 200-deal organisation scripts/test-all.mjs generates: a member of nothing else.
  OTHER_ORG_ADMIN: "admin+portfolio-200@bench.example",
};
const HOME_ORG = "demo-corp";
const OTHER_ORG = "portfolio-200";

/**
 * ok: 200 page, 2xx route, or an action past the role check (see ActionRow.allowedAnswer) ·
 * sign-in: 307 to /login · home: 307 to / · unauthenticated: 401 · forbidden: 403 or FORBIDDEN ·
 * not-found: 404 or NOT_FOUND · bad-request: 400 (past the role check, refused input) · precondition-failed: 412 (past the role check and
 * the record lookup, a stale version: nothing written) · refused-page: 200 showing only the refusal card with that test id.
 */
type Expectation = "ok" | "sign-in" | "home" | "unauthenticated" | "forbidden" | "not-found" | "bad-request" | "precondition-failed" | { refusedPage: string };

/** What each caller gets; `allowed` roles of the home organisation get "ok", the other roles `refused`. */
function matrix(allowed: readonly Role[] | "everyone", refused: Expectation, rest: { anonymous?: Expectation; OTHER_ORG_ADMIN: Expectation }) {
  const roles = allowed === "everyone" ? ROLES : allowed;
  const row = { anonymous: rest.anonymous ?? "sign-in", OTHER_ORG_ADMIN: rest.OTHER_ORG_ADMIN } as Record<Caller, Expectation>;
  for (const role of ROLES) row[role] = roles.includes(role) ? "ok" : refused;
  return row;
}

const dealPage = matrix("everyone", "forbidden", { OTHER_ORG_ADMIN: "not-found" });
const orgPage = matrix("everyone", "forbidden", { OTHER_ORG_ADMIN: "ok" });
const editorPage = matrix(["ADMIN"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "ok" });

interface PageRow {
  expect: Record<Caller, Expectation>;
}
interface RouteRow extends PageRow {
  /** The request to send (path filled with the deal's ids). */
  send: (context: APIRequestContext, path: string, baseURL: string) => Promise<APIResponse>;
}
interface ActionRow {
  /** Roles of the home organisation past the role check. */
  allowed: readonly Role[] | "everyone";
  /** A well-formed call on the organisation's own objects: what refused callers send. */
  valid: (f: OrgFixture) => unknown;
  /** What allowed callers send: the valid call made harmless, answered after the role check. */
  pastRoleCheck: (f: OrgFixture) => unknown;
  allowedAnswer: "OK" | "INVALID_INPUT" | "CONFLICT";
  /** What the admin of another organisation gets for the valid call on this organisation's objects. */
  foreign: "NOT_FOUND" | "INVALID_INPUT";
  /** A public action (definePublicAction): no role check, it answers signed-out callers too. */
  public?: true;
}

const get = (context: APIRequestContext, path: string) => context.get(path, { maxRedirects: 0 });

const MATRIX_WEBHOOK_URL = "https://93.184.215.14/http-matrix";

/** A deliverable id nobody has: past the deal lookup it is "not found"; a refused caller never gets that far. */
const NO_SUCH_DELIVERABLE = "cnosuchdeliverable0000000";
const ASSET_ROLES: readonly Role[] = ["ADMIN", "NEGOTIATOR", "CIO"];
function assetActionRows(): Record<string, ActionRow> {
  const row = (valid: (f: OrgFixture) => Record<string, unknown>, omit: string): ActionRow => ({
    allowed: ASSET_ROLES,
    valid,
    pastRoleCheck: (f) => {
      const input = valid(f);
      delete input[omit];
      return input;
    },
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  });
  const sha = "ef".repeat(32);
  const deliverable = (f: OrgFixture) => ({ dealId: f.dealId, deliverableId: NO_SUCH_DELIVERABLE });
  return {
    "lib/actions/assets.ts#addDeliverable": row((f) => ({ dealId: f.dealId, kind: "WEIGHTS", name: "Matrix weights" }), "name"),
    "lib/actions/assets.ts#updateDeliverable": row((f) => ({ ...deliverable(f), version: "1", kind: "WEIGHTS", name: "Matrix weights" }), "name"),
    "lib/actions/assets.ts#removeDeliverable": row((f) => ({ ...deliverable(f), version: "1" }), "version"),
    "lib/actions/assets.ts#addSuggestedDeliverables": row((f) => ({ dealId: f.dealId }), "dealId"),
    "lib/actions/assets.ts#recordDelivery": row((f) => ({ ...deliverable(f), version: "1", fileName: "w.bin", sizeBytes: "3", sha256: sha }), "sha256"),
    "lib/actions/assets.ts#verifyDeliverable": row((f) => ({ ...deliverable(f), sha256: sha, method: "HASH_MATCH", passed: "true" }), "method"),
    "lib/actions/assets.ts#saveEscrowArrangement": row((f) => ({ dealId: f.dealId, version: "0", agent: "Matrix Escrow", freshnessDays: "90" }), "agent"),
    "lib/actions/assets.ts#recordEscrowDeposit": row((f) => ({ dealId: f.dealId, depositedOn: "2026-01-15", manifestSha256: sha }), "manifestSha256"),
  };
}

const PAGES: Record<string, PageRow> = {
  "/": { expect: orgPage },
  // The administration index (foundation): the sections a role may open; the other roles see the refusal.
  "/admin": { expect: matrix(["ADMIN", "CIO"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "ok" }) },
  // The organisation audit log: admins and CIOs read it (the other organisation's admin reads theirs).
  "/admin/audit": { expect: matrix(["ADMIN", "CIO"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "ok" }) },
  "/account": { expect: orgPage },
  // The API reference (api-docs:read, everyone signed in).
  "/docs/api": { expect: orgPage },
  // Everyone's own inbox and notification settings (the other organisation's admin reads theirs).
  "/inbox": { expect: orgPage },
  "/account/notifications": { expect: orgPage },
  // API tokens (issue 17): everyone's own personal tokens; the organisation's tokens are an admin's.
  "/account/tokens": { expect: orgPage },
  "/admin/tokens": { expect: matrix(["ADMIN"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "ok" }) },
  // Analyse text (permission text:analyze): everyone; the other organisation's admin reads against their own playbook.
  "/analyze": { expect: orgPage },
  "/admin/outbox": { expect: matrix(["ADMIN"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "ok" }) },
  "/admin/settings": { expect: matrix(["ADMIN"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "ok" }) },
  "/deals": { expect: orgPage },
  "/deals/new": { expect: matrix(["ADMIN", "NEGOTIATOR"], { refusedPage: "cannot-create-deal" }, { OTHER_ORG_ADMIN: "ok" }) },
  "/deals/[dealId]": { expect: dealPage },
  "/deals/[dealId]/activity": { expect: dealPage },
  "/deals/[dealId]/clauses/[dealClauseId]": { expect: dealPage },
  "/deals/[dealId]/edit": { expect: matrix(["ADMIN", "NEGOTIATOR"], { refusedPage: "read-only-deal" }, { OTHER_ORG_ADMIN: "not-found" }) },
  "/deals/[dealId]/layers/[layer]": { expect: dealPage },
  "/deals/[dealId]/report": { expect: dealPage },
  "/deals/[dealId]/review": { expect: dealPage },
  // Vendor-draft rounds: everyone who reads the deal may compare rounds; only draft:manage logs one (the others see why not).
  "/deals/[dealId]/drafts/[draftId]/log": { expect: matrix(["ADMIN", "NEGOTIATOR"], { refusedPage: "read-only-round" }, { OTHER_ORG_ADMIN: "not-found" }) },
  "/deals/[dealId]/drafts/[draftId]/compare": { expect: dealPage },
  // Everyone who reads the deal sees what an upgrade would do; only deal:update may carry it out.
  "/deals/[dealId]/upgrade": { expect: dealPage },
  // Vendor drafts: everyone who reads the deal sees the redline page (only draft:manage gets its forms).
  "/deals/[dealId]/drafts/[draftId]/redline": { expect: dealPage },
  // Vendor drafts: everyone who reads the deal reads its drafts; only draft:manage sees the forms.
  "/deals/[dealId]/drafts": { expect: dealPage },
  "/deals/[dealId]/drafts/[draftId]": { expect: dealPage },
  // Model assets (issue 16): everyone who reads the deal reads its assets; only assets:manage / assets:verify get the forms.
  "/deals/[dealId]/assets": { expect: dealPage },
  // Signed-out pages that also answer a signed-in visitor (a reset link may be opened in any browser).
  "/forgot-password": { expect: matrix("everyone", "forbidden", { anonymous: "ok", OTHER_ORG_ADMIN: "ok" }) },
  "/reset-password/[token]": { expect: matrix("everyone", "forbidden", { anonymous: "ok", OTHER_ORG_ADMIN: "ok" }) },
  // Signed in, the sign-in page sends everyone home.
  "/login": { expect: matrix([], "home", { anonymous: "ok", OTHER_ORG_ADMIN: "home" }) },
  "/organizations/new": { expect: orgPage },
  "/playbook": { expect: orgPage },
  // Version numbers are per organisation: the other organisation's admin reads their own version 1.
  "/playbook/versions": { expect: orgPage },
  "/playbook/versions/[version]": { expect: orgPage },
  "/playbook/edit/import": { expect: matrix(["ADMIN"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "ok" }) },
  "/playbook/edit/publish": { expect: matrix(["ADMIN"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "ok" }) },
  // The playbook editor: admins (another organisation's admin edits their own organisation's draft).
  "/playbook/edit": { expect: editorPage },
  "/playbook/edit/clauses/[clauseKey]": { expect: editorPage },
  "/playbook/edit/clauses/new": { expect: editorPage },
  "/playbook/edit/scenarios/[scenarioKey]": { expect: editorPage },
  "/playbook/edit/scenarios/new": { expect: editorPage },
  "/playbook/edit/pitches/[pitchKey]": { expect: editorPage },
  "/playbook/edit/pitches/new": { expect: editorPage },
  "/playbook/edit/steps/[stepKey]": { expect: editorPage },
  "/playbook/edit/steps/new": { expect: editorPage },
  "/playbook/edit/sections/[sectionKey]": { expect: editorPage },
  "/portfolio": { expect: orgPage },
  // Vendors (issue 16): everyone reads them (another organisation's vendor is not found); merging is an admin's.
  "/vendors": { expect: orgPage },
  "/vendors/[vendorId]": { expect: dealPage },
  "/admin/vendors": { expect: matrix(["ADMIN"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "ok" }) },
  "/admin/members": { expect: matrix(["ADMIN"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "ok" }) },
  // Webhooks (issue 17): admins only; another organisation's endpoint is not found.
  "/admin/webhooks": { expect: matrix(["ADMIN"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "ok" }) },
  "/admin/webhooks/[webhookId]": { expect: matrix(["ADMIN"], { refusedPage: "not-allowed" }, { OTHER_ORG_ADMIN: "not-found" }) },
  // Signed out or in: an unknown token shows "no longer valid", naming no organisation.
  "/invite/[token]": { expect: matrix("everyone", "forbidden", { anonymous: "ok", OTHER_ORG_ADMIN: "ok" }) },
};

const ROUTES: Record<string, RouteRow> = {
  // next-auth's own endpoints answer everyone; the session endpoint is the one that reads the cookie.
  "/api/auth/[...nextauth]": { expect: matrix("everyone", "forbidden", { anonymous: "ok", OTHER_ORG_ADMIN: "ok" }), send: get },
  "/api/v1/me": { expect: matrix("everyone", "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "ok" }), send: get },
  // The OpenAPI document is public: it describes the API, not anyone's data.
  "/api/v1/openapi.json": { expect: matrix("everyone", "forbidden", { anonymous: "ok", OTHER_ORG_ADMIN: "ok" }), send: get },
  "/api/v1/analyze": {
    expect: matrix("everyone", "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "ok" }),
    send: (context, path, baseURL) =>
      context.post(path, { data: { text: "The vendor retains all rights to the fine-tuned weights." }, headers: { Origin: baseURL }, maxRedirects: 0 }),
  },
  "/portfolio/export": { expect: matrix(["ADMIN", "CIO", "MANAGER"], "forbidden", { OTHER_ORG_ADMIN: "ok" }), send: get },
  "/admin/audit/export": { expect: matrix(["ADMIN", "CIO"], "forbidden", { OTHER_ORG_ADMIN: "ok" }), send: get },
  "/deals/[dealId]/report/pdf": { expect: dealPage, send: get },
  "/deals/[dealId]/activity/export": { expect: dealPage, send: get },
  "/deals/[dealId]/drafts/[draftId]/redline.docx": { expect: dealPage, send: get },
  "/deals/[dealId]/drafts/[draftId]/memo.docx": { expect: dealPage, send: get },
  "/deals/[dealId]/drafts/[draftId]/file": { expect: dealPage, send: get },
  // The upload: allowed callers send an empty body (refused after the role check and the deal lookup, nothing written).
  "/api/v1/deals/[dealId]/drafts": {
    expect: {
      ...matrix(["ADMIN", "NEGOTIATOR"], "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "not-found" }),
      ADMIN: "bad-request",
      NEGOTIATOR: "bad-request",
    },
    send: (context, path, baseURL) =>
      context.post(`${path}?receivedOn=2026-11-20&fileName=empty.docx`, {
        data: Buffer.alloc(0),
        headers: { Origin: baseURL, "Content-Type": "application/octet-stream" },
        maxRedirects: 0,
      }),
  },
  // The manifest import: allowed callers send an empty body (refused after the role check and the deal lookup, nothing written).
  "/api/v1/deals/[dealId]/manifests": {
    expect: {
      ...matrix(["ADMIN", "NEGOTIATOR", "CIO"], "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "not-found" }),
      ADMIN: "bad-request",
      NEGOTIATOR: "bad-request",
      CIO: "bad-request",
    },
    send: (context, path, baseURL) =>
      context.post(`${path}?fileName=empty.json`, { data: Buffer.alloc(0), headers: { Origin: baseURL, "Content-Type": "application/json" }, maxRedirects: 0 }),
  },
  "/playbook/versions/[version]/export": { expect: orgPage, send: get },
  // The seeded organisations have no draft: an admin passes the role check and finds none.
  // The home organisation has a draft (beforeAll makes sure of it), the other one none.
  "/playbook/edit/export": { expect: { ...matrix([], "forbidden", { OTHER_ORG_ADMIN: "not-found" }), ADMIN: "ok" }, send: get },
  "/api/v1/schemas/playbook.json": { expect: matrix("everyone", "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "ok" }), send: get },
  // Creating a deal (deal:create): allowed callers send an empty body, refused after the role check (nothing written).
  "/api/v1/deals": {
    expect: {
      ...matrix(["ADMIN", "NEGOTIATOR"], "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "bad-request" }),
      ADMIN: "bad-request",
      NEGOTIATOR: "bad-request",
    },
    send: (context, path, baseURL) => context.post(path, { data: {}, headers: { Origin: baseURL }, maxRedirects: 0 }),
  },
  "/api/v1/deals/[dealId]": { expect: matrix("everyone", "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "not-found" }), send: get },
  "/api/v1/portfolio": { expect: matrix("everyone", "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "ok" }), send: get },
  "/api/v1/playbook": { expect: matrix("everyone", "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "ok" }), send: get },
  "/api/v1/deals/[dealId]/clauses": { expect: matrix("everyone", "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "not-found" }), send: get },
  "/api/v1/deals/[dealId]/readiness": { expect: matrix("everyone", "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "not-found" }), send: get },
  // Writes with a stale version: allowed callers get past the role check and the clause lookup, and nothing is written.
  "/api/v1/deals/[dealId]/clauses/[dealClauseId]": {
    expect: {
      ...matrix(["ADMIN", "NEGOTIATOR"], "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "not-found" }),
      ADMIN: "precondition-failed",
      NEGOTIATOR: "precondition-failed",
    },
    send: (context, path, baseURL) =>
      context.patch(path, { data: { status: "IN_NEGOTIATION" }, headers: { Origin: baseURL, "If-Match": `"${STALE_VERSION}"` }, maxRedirects: 0 }),
  },
  "/api/v1/deals/[dealId]/clauses/[dealClauseId]/responses": {
    expect: {
      ...matrix(["ADMIN", "NEGOTIATOR"], "forbidden", { anonymous: "unauthenticated", OTHER_ORG_ADMIN: "not-found" }),
      ADMIN: "precondition-failed",
      NEGOTIATOR: "precondition-failed",
    },
    send: (context, path, baseURL) =>
      context.post(path, {
        data: {
          occurredOn: "2026-11-20",
          channel: "EMAIL",
          vendorText: "We can discuss this.",
          stance: "DEFERS",
          offerPosition: "UNCLEAR",
          newStatus: "IN_NEGOTIATION",
          clauseVersion: Number(STALE_VERSION),
        },
        headers: { Origin: baseURL },
        maxRedirects: 0,
      }),
  },
};

const dealFields = (f: OrgFixture) => ({
  name: "Matrix deal",
  vendor: "Acme AI",
  useCase: "",
  hostingModel: "SELF_HOSTED",
  contractValue: "250,000.00",
  currency: "USD",
  stage: "INTAKE",
  targetSigningDate: "2026-12-31",
  ownerId: f.ownerId,
});
const STALE_VERSION = "999999";
/** Items of the default playbook, for the editor's pages (an admin without a draft sees "no draft", with one the item). */
const DRAFT_KEYS = { clauseKey: "client-data-ownership", scenarioKey: "vendor-collapse", pitchKey: "trust-us", stepKey: "plan-exit", sectionKey: "outputs" };
/** Well-formed, no invitation's (the seeded data has none). */
const NO_SUCH_INVITATION = "cnosuchinvitation00000000";
/** An invitation or reset link's segment: well-formed, nobody was sent it. */
const UNKNOWN_TOKEN = "u".repeat(43);

/** Well-formed, no comment's. */
const NO_SUCH_COMMENT = "cnosuchcomment00000000000";

const draftCounter = (f: OrgFixture, version: string) => ({ draftId: f.draftId, version, passageId: f.passageId });

const ACTIONS: Record<string, ActionRow> = {
  // Clause discussion and assignment (issue 15). Allowed callers send an empty comment or a stale version.
  "lib/actions/comments.ts#postComment": {
    // Everyone but a viewer, who only reads.
    allowed: ["ADMIN", "CIO", "MANAGER", "NEGOTIATOR"],
    valid: (f) => ({ dealClauseId: f.dealClauseId, body: "A matrix comment." }),
    pastRoleCheck: (f) => ({ dealClauseId: f.dealClauseId, body: "" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/comments.ts#editComment": {
    // Everyone but a viewer, who only reads.
    allowed: ["ADMIN", "CIO", "MANAGER", "NEGOTIATOR"],
    valid: () => ({ commentId: NO_SUCH_COMMENT, body: "A matrix comment, corrected." }),
    pastRoleCheck: () => ({ commentId: NO_SUCH_COMMENT, body: "" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/comments.ts#deleteComment": {
    // Everyone but a viewer, who only reads.
    allowed: ["ADMIN", "CIO", "MANAGER", "NEGOTIATOR"],
    valid: () => ({ commentId: NO_SUCH_COMMENT }),
    pastRoleCheck: () => ({ commentId: "" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/clause-assignment.ts#assignClause": {
    allowed: ["ADMIN", "NEGOTIATOR", "CIO"],
    valid: (f) => ({ dealClauseId: f.dealClauseId, version: String(f.clauseVersion), assigneeId: f.ownerId, dueOn: "2027-01-31" }),
    pastRoleCheck: (f) => ({ dealClauseId: f.dealClauseId, version: STALE_VERSION, assigneeId: f.ownerId, dueOn: "2027-01-31" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/draft-counters.ts#setDraftCounter": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ ...draftCounter(f, String(f.draftVersion)), counterFrom: "own", counterText: "Escrow of the weights." }),
    pastRoleCheck: (f) => ({ ...draftCounter(f, STALE_VERSION), counterFrom: "own", counterText: "Escrow of the weights." }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/draft-counters.ts#clearDraftCounter": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => draftCounter(f, String(f.draftVersion)),
    pastRoleCheck: (f) => draftCounter(f, STALE_VERSION),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/draft-log.ts#logDraftRound": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => draftRound(f, "1"),
    pastRoleCheck: (f) => draftRound(f, STALE_VERSION),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  // Vendors: a merge of a vendor into itself, a dismissal of no proposal, a rename to an empty name are refused past the role check.
  "lib/actions/vendors.ts#mergeVendors": {
    allowed: ["ADMIN"],
    valid: (f) => ({ survivorId: f.vendorId, mergedId: f.otherVendorId }),
    pastRoleCheck: (f) => ({ survivorId: f.vendorId, mergedId: f.vendorId }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/vendors.ts#dismissVendorProposal": {
    allowed: ["ADMIN"],
    valid: (f) => ({ proposalId: f.proposalId }),
    pastRoleCheck: () => ({ proposalId: "" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/vendors.ts#renameVendor": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ vendorId: f.vendorId, version: "1", name: "Matrix vendor, renamed" }),
    pastRoleCheck: (f) => ({ vendorId: f.vendorId, version: "1", name: "" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/deals.ts#createDeal": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: dealFields,
    pastRoleCheck: (f) => ({ ...dealFields(f), name: "" }),
    allowedAnswer: "INVALID_INPUT",
    // There is no deal to find: the owner named is not a member of their organisation.
    foreign: "INVALID_INPUT",
  },
  "lib/actions/deals.ts#updateDeal": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ ...dealFields(f), dealId: f.dealId, version: String(f.dealVersion), name: "Matrix deal, renamed" }),
    pastRoleCheck: (f) => ({ ...dealFields(f), dealId: f.dealId, version: STALE_VERSION, name: "Matrix deal, renamed" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/deals.ts#archiveDeal": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ dealId: f.dealId, version: String(f.dealVersion), archived: "true" }),
    pastRoleCheck: (f) => ({ dealId: f.dealId, version: STALE_VERSION, archived: "true" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/deal-clauses.ts#updateDealClause": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => clauseUpdate(f, String(f.clauseVersion)),
    pastRoleCheck: (f) => clauseUpdate(f, STALE_VERSION),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/deal-clauses.ts#logVendorResponse": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => vendorResponse(f, String(f.clauseVersion)),
    pastRoleCheck: (f) => ({ ...vendorResponse(f, String(f.clauseVersion)), vendorText: "" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/deal-rules.ts#overrideClauseRules": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ dealClauseId: f.dealClauseId, version: String(f.clauseVersion), reason: "Matrix reason" }),
    pastRoleCheck: (f) => ({ dealClauseId: f.dealClauseId, version: STALE_VERSION, reason: "Matrix reason" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/deal-rules.ts#restoreClauseRules": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ dealClauseId: f.dealClauseId, version: String(f.clauseVersion) }),
    pastRoleCheck: (f) => ({ dealClauseId: f.dealClauseId, version: STALE_VERSION }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/deal-rules.ts#addDealSpecificClause": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => dealSpecificClause(f, "Matrix clause"),
    // Without a title: refused after the role check, nothing added.
    pastRoleCheck: (f) => dealSpecificClause(f, ""),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/deal-rules.ts#removeDealSpecificClause": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ dealClauseId: f.dealClauseId, version: String(f.clauseVersion) }),
    // A playbook clause is never removed: refused after the role check.
    pastRoleCheck: (f) => ({ dealClauseId: f.dealClauseId, version: STALE_VERSION }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/organizations.ts#switchOrganization": {
    allowed: "everyone",
    valid: (f) => ({ organizationId: f.orgId }),
    // Into the organisation the caller is already in: only the cookie is (re)set.
    pastRoleCheck: (f) => ({ organizationId: f.orgId }),
    allowedAnswer: "OK",
    foreign: "NOT_FOUND",
  },
  "lib/actions/organizations.ts#createOrganization": {
    allowed: "everyone",
    // Everyone may create an organisation and there is no object of another organisation to name: a
    // valid call would create one, which this spec must not. Every caller sends a nameless one.
    valid: () => ({ name: "", defaultCurrency: "EUR" }),
    pastRoleCheck: () => ({ name: "", defaultCurrency: "EUR" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "INVALID_INPUT",
  },
  "lib/actions/organizations.ts#updateOrganizationSettings": {
    allowed: ["ADMIN"],
    valid: (f) => organizationSettings(f, String(f.orgVersion)),
    pastRoleCheck: (f) => organizationSettings(f, STALE_VERSION),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  // The inbox: one's own notifications. Allowed callers send what is refused after the role check;
  // another organisation's admin names a notification of the home organisation (not theirs: not found).
  "lib/actions/notifications.ts#markNotificationRead": {
    allowed: "everyone",
    valid: (f) => ({ notificationId: f.notificationId }),
    pastRoleCheck: () => ({ notificationId: "not an id!" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/notifications.ts#markAllNotificationsRead": {
    allowed: "everyone",
    valid: () => ({ upTo: "not a time" }),
    pastRoleCheck: () => ({ upTo: "not a time" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "INVALID_INPUT",
  },
  "lib/actions/notifications.ts#updateNotificationPreferences": {
    allowed: "everyone",
    valid: () => ({ MENTION: "SMS" }),
    pastRoleCheck: () => ({ MENTION: "SMS" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "INVALID_INPUT",
  },
  // Webhooks (issue 17). Both organisations already send to MATRIX_WEBHOOK_URL (beforeAll): another organisation's admin's registration is refused.
  "lib/actions/webhooks.ts#createWebhook": {
    allowed: ["ADMIN"],
    valid: () => ({ url: MATRIX_WEBHOOK_URL, description: "", events: ["DEAL_CREATED"] }),
    pastRoleCheck: () => ({ url: "", description: "", events: ["DEAL_CREATED"] }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "INVALID_INPUT",
  },
  "lib/actions/webhooks.ts#updateWebhook": {
    allowed: ["ADMIN"],
    valid: (f) => ({ webhookId: f.webhookId, version: "1", url: "https://93.184.215.14/edited", description: "", events: ["DEAL_CREATED"], active: "false" }),
    pastRoleCheck: (f) => ({ webhookId: f.webhookId, version: "1", url: "", description: "", events: ["DEAL_CREATED"], active: "false" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/webhooks.ts#rollWebhookSecret": {
    allowed: ["ADMIN"],
    valid: (f) => ({ webhookId: f.webhookId, version: "1" }),
    pastRoleCheck: () => ({ webhookId: "not an id!", version: "1" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/webhooks.ts#deleteWebhook": {
    allowed: ["ADMIN"],
    valid: (f) => ({ webhookId: f.webhookId, version: "1" }),
    pastRoleCheck: () => ({ webhookId: "not an id!", version: "1" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/webhooks.ts#resendWebhookDelivery": {
    allowed: ["ADMIN"],
    valid: (f) => ({ deliveryId: f.webhookDeliveryId }),
    pastRoleCheck: () => ({ deliveryId: "not an id!" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/outbox.ts#retryOutboxMessage": {
    allowed: ["ADMIN"],
    // The demo has no failed message: a well-formed id the organisation does not have.
    valid: () => ({ messageId: "cnosuchmessage00000000000" }),
    pastRoleCheck: () => ({ messageId: "not an id!" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-versions.ts#publishPlaybookDraft": {
    allowed: ["ADMIN"],
    valid: (f) => ({ organizationId: f.orgId, draftVersion: "1", changeSummary: "Published by the HTTP matrix." }),
    pastRoleCheck: (f) => ({ organizationId: f.orgId, draftVersion: "1", changeSummary: "Short" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-versions.ts#importPlaybookDraft": {
    allowed: ["ADMIN"],
    valid: (f) => ({ organizationId: f.orgId, json: "{}", replaceDraft: "true" }),
    pastRoleCheck: (f) => ({ organizationId: f.orgId, json: "", replaceDraft: "true" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  // Model assets and escrow (issue 16): allowed callers send the call without a required field.
  ...assetActionRows(),
  "lib/actions/reviews.ts#acceptRisk": {
    allowed: ["ADMIN", "CIO"],
    valid: (f) => ({ dealId: f.dealId, dealClauseId: f.dealClauseId, rationale: "Escrow covers this gap for the pilot phase." }),
    pastRoleCheck: (f) => ({ dealId: f.dealId, dealClauseId: f.dealClauseId, rationale: "Too short" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/reviews.ts#revokeRisk": {
    allowed: ["ADMIN", "CIO"],
    valid: (f) => ({ dealId: f.dealId, riskAcceptanceId: f.riskAcceptanceId }),
    pastRoleCheck: (f) => ({ dealId: f.dealId, riskAcceptanceId: "not an id!" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/licence-findings.ts#acceptLicenceFinding": {
    allowed: ["ADMIN", "CIO"],
    valid: (f) => ({ dealId: f.dealId, findingKey: "user-threshold", rationale: "The licensor's separate permission is being negotiated." }),
    pastRoleCheck: (f) => ({ dealId: f.dealId, findingKey: "user-threshold", rationale: "Too short" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/licence-findings.ts#revokeLicenceFinding": {
    allowed: ["ADMIN", "CIO"],
    // No acceptance has this id: refused callers never get that far, the other organisation's admin not even to the deal.
    valid: (f) => ({ dealId: f.dealId, acceptanceId: "cnolicenceacceptance0000" }),
    pastRoleCheck: (f) => ({ dealId: f.dealId, acceptanceId: "not an id!" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/reviews.ts#decideReview": {
    allowed: ["ADMIN", "CIO"],
    valid: (f) => ({ dealId: f.dealId, decision: "CHANGES_REQUESTED", comment: "The weights clause is still open." }),
    pastRoleCheck: (f) => ({ dealId: f.dealId, decision: "CHANGES_REQUESTED", comment: "" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/reviews.ts#giveSecondApproval": {
    // Everyone but a viewer, who only reads.
    allowed: ["ADMIN", "CIO", "MANAGER", "NEGOTIATOR"],
    valid: (f) => ({ dealId: f.dealId, decision: "CHANGES_REQUESTED", comment: "Legal wants the liability cap reworded." }),
    pastRoleCheck: (f) => ({ dealId: f.dealId, decision: "CHANGES_REQUESTED", comment: "" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/reviews.ts#submitForReview": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ dealId: f.dealId, version: "1", note: "Ready for the CIOs." }),
    pastRoleCheck: (f) => ({ dealId: f.dealId, version: "not a version", note: "" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  // API tokens (issue 17): the forms name the organisation they were shown in (another organisation's is not found);
  // allowed callers send a nameless token or a malformed id.
  "lib/actions/api-tokens.ts#createPersonalToken": {
    allowed: "everyone",
    valid: (f) => ({ organizationId: f.orgId, name: "Matrix token", scopes: ["READ"], expiresIn: "30" }),
    pastRoleCheck: (f) => ({ organizationId: f.orgId, name: "", scopes: ["READ"], expiresIn: "30" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/api-tokens.ts#createServiceToken": {
    allowed: ["ADMIN"],
    valid: (f) => ({ organizationId: f.orgId, name: "Matrix service token", scopes: ["READ"], expiresIn: "never" }),
    pastRoleCheck: (f) => ({ organizationId: f.orgId, name: "", scopes: ["READ"], expiresIn: "never" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/api-tokens.ts#revokeToken": {
    allowed: "everyone",
    valid: () => ({ tokenId: "cnosuchtoken0000000000000" }),
    pastRoleCheck: () => ({ tokenId: "not an id!" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/members.ts#inviteMember": {
    allowed: ["ADMIN"],
    // An address that is already a member of the other organisation: its admin gets "already a member".
    valid: (f) => ({ email: f.orgId === home.orgId ? EMAIL.OTHER_ORG_ADMIN : EMAIL.ADMIN, role: "VIEWER" }),
    pastRoleCheck: () => ({ email: "not an address", role: "VIEWER" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "INVALID_INPUT",
  },
  "lib/actions/members.ts#resendInvitation": {
    allowed: ["ADMIN"],
    valid: () => ({ invitationId: NO_SUCH_INVITATION }),
    pastRoleCheck: () => ({ invitationId: "not an id!" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/members.ts#revokeInvitation": {
    allowed: ["ADMIN"],
    valid: () => ({ invitationId: NO_SUCH_INVITATION }),
    pastRoleCheck: () => ({ invitationId: "not an id!" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/members.ts#changeMemberRole": {
    allowed: ["ADMIN"],
    valid: (f) => ({ membershipId: f.membershipId, role: "ADMIN" }),
    pastRoleCheck: (f) => ({ membershipId: f.membershipId, role: "OWNER" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/members.ts#setMemberDisabled": {
    allowed: ["ADMIN"],
    valid: (f) => ({ membershipId: f.membershipId, disabled: "true" }),
    pastRoleCheck: (f) => ({ membershipId: f.membershipId, disabled: "maybe" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/members.ts#setMemberApprover": {
    allowed: ["ADMIN"],
    valid: (f) => ({ membershipId: f.membershipId, approver: "true" }),
    pastRoleCheck: (f) => ({ membershipId: f.membershipId, approver: "maybe" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/members.ts#removeMember": {
    allowed: ["ADMIN"],
    valid: (f) => ({ membershipId: f.membershipId }),
    pastRoleCheck: () => ({ membershipId: "not an id!" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  // Public: a malformed token is refused before the rate limit and any lookup, for every caller alike.
  "lib/actions/invitations.ts#acceptInvitationAsNewUser": {
    allowed: "everyone",
    public: true,
    valid: () => ({ token: "not-a-token", name: "Matrix", password: "a long enough password", confirmPassword: "a long enough password" }),
    pastRoleCheck: () => ({ token: "not-a-token", name: "Matrix", password: "a long enough password", confirmPassword: "a long enough password" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "INVALID_INPUT",
  },
  "lib/actions/invitations.ts#joinInvitedOrganization": {
    allowed: "everyone",
    public: true,
    valid: () => ({ token: "not-a-token" }),
    pastRoleCheck: () => ({ token: "not-a-token" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "INVALID_INPUT",
  },
  "lib/actions/deal-upgrade.ts#upgradeDeal": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ dealId: f.dealId, version: String(f.dealVersion), toVersion: "1" }),
    pastRoleCheck: (f) => ({ dealId: f.dealId, version: STALE_VERSION, toVersion: "1" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/deal-upgrade.ts#confirmClauseStillHolds": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ dealClauseId: f.dealClauseId, version: String(f.clauseVersion) }),
    // The fixture's clause is not flagged for re-check: refused as a conflict, nothing written.
    pastRoleCheck: (f) => ({ dealClauseId: f.dealClauseId, version: STALE_VERSION }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/reviews.ts#updateProcessStep": {
    allowed: ["ADMIN", "NEGOTIATOR", "CIO"],
    valid: (f) => ({ dealId: f.dealId, dealRecommendationId: f.dealRecommendationId, done: "true", note: "Kick-off held" }),
    pastRoleCheck: (f) => ({ dealId: f.dealId, dealRecommendationId: f.dealRecommendationId, done: "maybe", note: "" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/passwords.ts#changePassword": {
    allowed: "everyone",
    // Everyone may change their own password; both calls stop at the confirmation that does not match,
    // before the current password is checked (whose wrong guesses count towards a rate limit).
    valid: () => ({ currentPassword: "not the demo password", newPassword: "a matrix passphrase", confirmPassword: "another passphrase" }),
    pastRoleCheck: () => ({ currentPassword: "not the demo password", newPassword: "a matrix passphrase", confirmPassword: "another passphrase" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "INVALID_INPUT",
  },
  // The vendor-draft workbench: allowed callers send a stale draft version (CONFLICT, nothing written) or no text.
  "lib/actions/drafts.ts#addPastedDraft": {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ dealId: f.dealId, title: "", receivedOn: "2026-11-20", kind: "EMAIL", text: "We will not deposit the weights in escrow." }),
    pastRoleCheck: (f) => ({ dealId: f.dealId, title: "", receivedOn: "2026-11-20", kind: "EMAIL", text: "" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/drafts.ts#deleteDraftRound": draftEditRow(() => ({})),
  "lib/actions/drafts.ts#acceptDraftMapping": draftEditRow((f) => ({ mappingId: draftOf(f).mappingId })),
  "lib/actions/drafts.ts#rejectDraftMapping": draftEditRow((f) => ({ mappingId: draftOf(f).mappingId })),
  "lib/actions/drafts.ts#remapDraftPassage": draftEditRow((f) => ({ passageId: draftOf(f).passageId, dealClauseId: f.dealClauseId })),
  "lib/actions/drafts.ts#dismissDraftFlag": draftEditRow((f) => ({ flagId: draftOf(f).flagId, reason: "Limited elsewhere." })),
  "lib/actions/drafts.ts#restoreDraftFlag": draftEditRow((f) => ({ flagId: draftOf(f).flagId })),
  // The playbook editor: allowed callers send a stale draft version (CONFLICT, nothing written, with or without a draft).
  "lib/actions/playbook-editor.ts#startPlaybookDraft": {
    allowed: ["ADMIN"],
    valid: (f) => ({ organizationId: f.orgId }),
    pastRoleCheck: () => ({ organizationId: "not an id!" }),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#discardPlaybookDraft": {
    allowed: ["ADMIN"],
    valid: (f) => draftRef(f, "1"),
    // Version 0 is never a draft's: refused whether or not the organisation has a draft now.
    pastRoleCheck: (f) => draftRef(f, "0"),
    allowedAnswer: "INVALID_INPUT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#updateDraftClause": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), ...DRAFT_CLAUSE, key: "client-data-ownership" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), ...DRAFT_CLAUSE, key: "client-data-ownership" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#addDraftClause": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), ...DRAFT_CLAUSE, key: "" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), ...DRAFT_CLAUSE, key: "" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#retireDraftClause": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), key: "client-data-ownership" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), key: "client-data-ownership" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#moveDraftClause": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), key: "client-data-ownership", direction: "down" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), key: "client-data-ownership", direction: "down" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#updateDraftSection": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), sectionKey: "outputs", title: "Outputs", summary: "Matrix." }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), sectionKey: "outputs", title: "Outputs", summary: "Matrix." }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#addDraftScenario": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), ...DRAFT_SCENARIO, key: "" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), ...DRAFT_SCENARIO, key: "" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#updateDraftScenario": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), ...DRAFT_SCENARIO, key: "vendor-collapse" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), ...DRAFT_SCENARIO, key: "vendor-collapse" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#removeDraftScenario": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), key: "vendor-collapse" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), key: "vendor-collapse" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#addDraftPitch": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), ...DRAFT_PITCH, key: "" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), ...DRAFT_PITCH, key: "" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#updateDraftPitch": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), ...DRAFT_PITCH, key: "trust-us" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), ...DRAFT_PITCH, key: "trust-us" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#removeDraftPitch": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), key: "trust-us" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), key: "trust-us" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#addDraftStep": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), ...DRAFT_STEP, key: "" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), ...DRAFT_STEP, key: "" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#updateDraftStep": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), ...DRAFT_STEP, key: "plan-exit" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), ...DRAFT_STEP, key: "plan-exit" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#removeDraftStep": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), key: "plan-exit" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), key: "plan-exit" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
  "lib/actions/playbook-editor.ts#moveDraftStep": {
    allowed: ["ADMIN"],
    valid: (f) => ({ ...draftRef(f, "1"), key: "plan-exit", direction: "up" }),
    pastRoleCheck: (f) => ({ ...draftRef(f, STALE_VERSION), key: "plan-exit", direction: "up" }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  },
};

/** Actions a signed-out person calls (forgot and reset password): the same answer for every caller, tested on their own. */
const PUBLIC_ACTIONS: Record<string, { input: unknown; answer: "OK" | "NOT_FOUND" }> = {
  // An address nobody has: the neutral answer, nothing written.
  "lib/actions/passwords.ts#requestPasswordReset": { input: { email: "nobody-matrix@example.invalid" }, answer: "OK" },
  // A well-formed link nobody was sent.
  "lib/actions/passwords.ts#resetPassword": {
    input: { token: "A".repeat(43), newPassword: "a matrix passphrase", confirmPassword: "a matrix passphrase" },
    answer: "NOT_FOUND",
  },
};

/** Actions that end the caller's session (every signed-in caller may): tested last, on fresh sessions. */
const SIGN_OUT_ACTIONS = new Set(["lib/actions/session.ts#signOut", "components/layout/sign-out-button.tsx#$$RSC_SERVER_ACTION_0"]);

function dealSpecificClause(f: OrgFixture, title: string) {
  return {
    dealId: f.dealId,
    layerKey: "deployment-exit",
    title,
    whyItMatters: "Residency.",
    mustHave: "EU only.",
    fallback: "EU storage.",
    walkAway: "Outside the EU.",
    priority: "IMPORTANT",
    sampleLanguage: "",
  };
}
const draftRef = (f: OrgFixture, draftVersion: string) => ({ organizationId: f.orgId, draftVersion });
/** A review edit of the home deal's vendor draft: refused callers send its version, allowed ones a stale one. */
function draftEditRow(fields: (f: OrgFixture) => Record<string, string>): ActionRow {
  return {
    allowed: ["ADMIN", "NEGOTIATOR"],
    valid: (f) => ({ draftId: draftOf(f).draftId, version: String(draftOf(f).draftVersion), ...fields(f) }),
    pastRoleCheck: (f) => ({ draftId: draftOf(f).draftId, version: STALE_VERSION, ...fields(f) }),
    allowedAnswer: "CONFLICT",
    foreign: "NOT_FOUND",
  };
}
const DRAFT_CLAUSE = {
  section: "training-data",
  title: "Matrix clause",
  whyItMatters: "Why.",
  mustHave: "Must.",
  fallback: "Fallback.",
  walkAway: "Walk away.",
  sampleLanguage: "",
  priority: "IMPORTANT",
  defends: [],
  counters: [],
  rules: [],
};
const DRAFT_SCENARIO = { title: "Matrix scenario", story: "Story.", whatWentWrong: "Wrong.", ifUncovered: "Uncovered." };
const DRAFT_PITCH = { quote: "Matrix pitch.", danger: "Danger.", counter: "Counter.", section: "outputs", phrases: "matrix pitch" };
const DRAFT_STEP = { title: "Matrix step", detail: "Detail." };

function clauseUpdate(f: OrgFixture, version: string) {
  return {
    dealClauseId: f.dealClauseId,
    version,
    status: "IN_NEGOTIATION",
    notes: "Matrix note",
    agreedLanguage: "",
    contractReference: "§1",
    notApplicableReason: "",
  };
}

function organizationSettings(f: OrgFixture, version: string) {
  return {
    organizationId: f.orgId,
    version,
    name: "Matrix Org",
    defaultCurrency: "EUR",
    ssoProviderId: "",
    ssoEmailDomains: "",
    ssoDefaultRole: "VIEWER",
    passwordSignInAllowed: "true",
  };
}

function vendorResponse(f: OrgFixture, version: string) {
  return {
    dealClauseId: f.dealClauseId,
    version,
    occurredOn: "2026-03-02",
    channel: "MEETING",
    vendorText: "We will host the model for you.",
    stance: "COUNTERS",
    offerPosition: "UNCLEAR",
    counterNextStep: "",
    newStatus: "IN_NEGOTIATION",
    notApplicableReason: "",
  };
}

// ── Shared state ────────────────────────────────────────────────────────────────────────────────

let db: pg.Client;
let home: OrgFixture;
let other: OrgFixture;
const contexts = new Map<Caller, APIRequestContext>();
const tally = { attempts: 0, allowed: 0, refused: 0, serverErrors: [] as string[] };

function count(what: string, status: number, allowed: boolean) {
  tally.attempts += 1;
  if (status >= 500) tally.serverErrors.push(`${what} → ${status}`);
  else if (allowed) tally.allowed += 1;
  else tally.refused += 1;
}

const draftRound = (f: OrgFixture, version: string) => ({
  draftId: f.draftId,
  version,
  entries: [
    {
      dealClauseId: f.dealClauseId,
      version: String(f.clauseVersion),
      passageIds: [NO_SUCH_DRAFT],
      vendorText: "We accept.",
      stance: "ACCEPTS",
      offerPosition: "MUST_HAVE",
    },
  ],
});

const drafts = new Map<string, DraftFixture>();
const draftOf = (f: OrgFixture) => drafts.get(f.dealId)!;
const paramsOf = (f: OrgFixture) => ({
  dealId: f.dealId,
  vendorId: f.vendorId,
  dealClauseId: f.dealClauseId,
  layer: f.layer,
  token: UNKNOWN_TOKEN,
  version: "1",
  ...DRAFT_KEYS,
  draftId: draftOf(f).draftId,
  webhookId: f.webhookId,
});

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async ({ baseURL }) => {
  db = connect();
  await db.connect();
  home = await orgFixture(db, HOME_ORG);
  other = await orgFixture(db, OTHER_ORG);
  for (const f of [home, other]) {
    await db.query(
      `INSERT INTO "Webhook" ("id", "organizationId", "url", "events", "secretEncrypted", "active", "createdById", "updatedAt")
     SELECT 'cmatrixwebhook' || md5($1), $1, $2, ARRAY['DEAL_CREATED']::"WebhookEventType"[], 'none', false, $3, now()
     WHERE NOT EXISTS (SELECT 1 FROM "Webhook" w WHERE w."organizationId" = $1 AND w."url" = $2)`,
      [f.orgId, MATRIX_WEBHOOK_URL, f.ownerId],
    );
  }
  // Whether an earlier spec started a playbook draft in the home organisation must not matter: it has one.
  await db.query(
    `INSERT INTO "PlaybookDraft" ("organizationId", "basedOnVersion", "document", "version", "updatedAt")
     SELECT $1, max(p."version"), $2::jsonb, 1, now() FROM "Playbook" p WHERE p."organizationId" = $1
     ON CONFLICT ("organizationId") DO NOTHING`,
    [home.orgId, readFileSync(path.join(process.cwd(), "lib/playbook/default-playbook.json"), "utf8")],
  );
  await db.query(`DELETE FROM "PlaybookDraft" WHERE "organizationId" = $1`, [other.orgId]);
  contexts.set("anonymous", await anonymousContext(baseURL!));
  for (const caller of CALLERS) if (caller !== "anonymous") contexts.set(caller, await signedInContext(baseURL!, EMAIL[caller]));
  // The home deal has a vendor draft (uploaded through the route if no earlier spec added one); the other none needed.
  if ((await draftFixture(db, home.dealId)).draftId.startsWith("cnosuch")) {
    const uploaded = await uploadDraft(contexts.get("NEGOTIATOR")!, baseURL!, home.dealId, await contractDocx(), { title: "HTTP matrix round" });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
  }
  for (const f of [home, other]) drafts.set(f.dealId, await draftFixture(db, f.dealId));
});

test.afterAll(async () => {
  console.log(
    `[http-authorization-matrix] attempts ${tally.attempts} · allowed ${tally.allowed} · refused ${tally.refused} · 5xx ${tally.serverErrors.length}`,
  );
  for (const context of contexts.values()) await context.dispose();
  await db?.end();
});

// ── Checks ──────────────────────────────────────────────────────────────────────────────────────

/** `leak`: the id of a deal the caller must not see, checked unless the caller asked for it by URL. */
async function expectHttp(what: string, response: APIResponse, expected: Expectation, leak: string) {
  const status = response.status();
  const body = await response.text();
  const location = response.headers()["location"];
  const label = `${what}: expected ${JSON.stringify(expected)}, got ${status}${location ? ` → ${location}` : ""}`;
  count(what, status, expected === "ok");
  expect(status, label).toBeLessThan(500);
  if (typeof expected === "object") {
    expect(status, label).toBe(200);
    expect(body, `${label}: the refusal card`).toContain(`data-testid="${expected.refusedPage}"`);
    // No form of the page's own: the header's sign-out button is the only one.
    expect(body.match(/<form\b/g) ?? [], `${label}: no form but sign-out`).toHaveLength(1);
    return;
  }
  switch (expected) {
    case "ok":
      expect(status, label).toBeGreaterThanOrEqual(200);
      expect(status, label).toBeLessThan(300);
      break;
    case "sign-in":
      expect(status, label).toBe(307);
      expect(location, label).toMatch(/^\/login(\?|$)/);
      break;
    case "home":
      expect(status, label).toBe(307);
      expect(location, label).toBe("/");
      break;
    case "unauthenticated":
      expect(status, label).toBe(401);
      break;
    case "forbidden":
      expect([403, 404], label).toContain(status);
      break;
    case "not-found":
      expect(status, label).toBe(404);
      break;
    case "bad-request":
      expect(status, label).toBe(400);
      break;
    case "precondition-failed":
      expect(status, label).toBe(412);
      break;
  }
  // Whatever the answer, nothing of the organisation the caller does not belong to.
  if (!response.url().includes(leak)) expect(body.includes(leak), `${label}: the answer names ${leak}, an object of another organisation`).toBe(false);
}

function actionPath(action: ActionEndpoint, f: OrgFixture) {
  return fillPath(action.pages[0] ?? "/", paramsOf(f));
}

function expectActionAnswer(what: string, call: ActionCall, expected: string) {
  const code = resultCode(call.result);
  const allowed = ["OK", "INVALID_INPUT", "CONFLICT"].includes(expected);
  count(what, call.status, allowed);
  const label = `${what}: expected ${expected}, got ${call.status} ${code ?? call.body.slice(0, 200)}`;
  expect(call.status, label).toBeLessThan(500);
  if (expected === "sign-in") {
    expect(call.status, label).toBe(307);
    expect(call.location, label).toMatch(/^\/login(\?|$)/);
    expect(call.result, label).toBeUndefined();
    return;
  }
  expect(code, label).toBe(expected);
}

function expectedAction(row: ActionRow, caller: Caller): string {
  if (row.public) return caller === "OTHER_ORG_ADMIN" ? row.foreign : row.allowedAnswer;
  if (caller === "anonymous") return "sign-in";
  if (caller === "OTHER_ORG_ADMIN") return row.foreign;
  const roles = row.allowed === "everyone" ? ROLES : row.allowed;
  return roles.includes(caller) ? row.allowedAnswer : "FORBIDDEN";
}

// ── Tests ───────────────────────────────────────────────────────────────────────────────────────

test("every page, route handler and server action of the build has a row", () => {
  const routes = buildRoutes();
  const actions = buildActions();
  expect(routes.length).toBeGreaterThan(10);
  expect(actions.length).toBeGreaterThan(5);
  const missing = [
    ...routes.filter((e) => !(e.path in (e.kind === "page" ? PAGES : ROUTES))).map((e) => `${e.kind} ${e.path}`),
    ...actions.filter((a) => !(a.name in ACTIONS) && !(a.name in PUBLIC_ACTIONS) && !SIGN_OUT_ACTIONS.has(a.name)).map((a) => `action ${a.name}`),
  ];
  expect(missing, "endpoints of the build without a row in this spec").toEqual([]);
  const built = new Set([...routes.map((e) => `${e.kind} ${e.path}`), ...actions.map((a) => `action ${a.name}`)]);
  const stale = [
    ...Object.keys(PAGES).map((p) => `page ${p}`),
    ...Object.keys(ROUTES).map((p) => `route ${p}`),
    ...[...Object.keys(ACTIONS), ...Object.keys(PUBLIC_ACTIONS), ...SIGN_OUT_ACTIONS].map((a) => `action ${a}`),
  ].filter((key) => !built.has(key));
  expect(stale, "rows for endpoints the build no longer has").toEqual([]);
});

test("pages and route handlers answer each caller as the table says, and change nothing", async ({ baseURL }) => {
  const before = await fingerprint(db);
  const endpoints: PageEndpoint[] = buildRoutes();
  for (const endpoint of endpoints) {
    const row = endpoint.kind === "page" ? PAGES[endpoint.path] : ROUTES[endpoint.path];
    const path = fillPath(endpoint.path, paramsOf(home));
    await Promise.all(
      CALLERS.map(async (caller) => {
        const context = contexts.get(caller)!;
        const response = endpoint.kind === "page" ? await get(context, path) : await (row as RouteRow).send(context, path, baseURL!);
        // The other organisation's deal must not show up for the home organisation, and vice versa.
        const leak = caller === "OTHER_ORG_ADMIN" ? home.dealId : other.dealId;
        await expectHttp(`${caller} ${endpoint.kind} ${path}`, response, row.expect[caller], leak);
      }),
    );
  }
  expect(await fingerprint(db)).toEqual(before);
});

test("a deal of another organisation is not found on any deal page or route (the home admin on the other organisation's deal)", async ({ baseURL }) => {
  const before = await fingerprint(db);
  const admin = contexts.get("ADMIN")!;
  for (const endpoint of buildRoutes().filter((e) => e.path.includes("[dealId]"))) {
    const path = fillPath(endpoint.path, paramsOf(other));
    const response = endpoint.kind === "page" ? await get(admin, path) : await ROUTES[endpoint.path].send(admin, path, baseURL!);
    await expectHttp(`ADMIN ${endpoint.kind} ${path} of ${OTHER_ORG}`, response, "not-found", other.dealId);
  }
  expect(await fingerprint(db)).toEqual(before);
});

test("server actions answer each caller as the table says; refused and harmless calls change nothing", async ({ baseURL }) => {
  const before = await fingerprint(db);
  for (const action of buildActions().filter((a) => !SIGN_OUT_ACTIONS.has(a.name) && !(a.name in PUBLIC_ACTIONS))) {
    const row = ACTIONS[action.name];
    const path = actionPath(action, home);
    await Promise.all(
      CALLERS.map(async (caller) => {
        const expected = expectedAction(row, caller);
        const refused = !["OK", "INVALID_INPUT", "CONFLICT"].includes(expected) || caller === "OTHER_ORG_ADMIN";
        const input = refused ? row.valid(home) : row.pastRoleCheck(home);
        const call = await callAction(contexts.get(caller)!, { baseURL: baseURL!, path, id: action.id, args: [input] });
        expectActionAnswer(`${caller} ${action.name}`, call, expected);
      }),
    );
  }
  expect(await fingerprint(db)).toEqual(before);
});

test("server actions on another organisation's objects are not found (the home admin on the other organisation's deal)", async ({ baseURL }) => {
  const before = await fingerprint(db);
  const admin = contexts.get("ADMIN")!;
  for (const action of buildActions().filter((a) => !SIGN_OUT_ACTIONS.has(a.name) && !(a.name in PUBLIC_ACTIONS))) {
    const row = ACTIONS[action.name];
    const call = await callAction(admin, { baseURL: baseURL!, path: actionPath(action, home), id: action.id, args: [row.valid(other)] });
    expectActionAnswer(`ADMIN ${action.name} on ${OTHER_ORG}`, call, row.foreign);
  }
  expect(await fingerprint(db)).toEqual(before);
});

test("getting past proxy.ts changes nothing and shows no app data to a signed-out caller", async ({ baseURL }) => {
  const before = await fingerprint(db);
  const anonymous = contexts.get("anonymous")!;
  const secrets = [home.dealName, other.dealName, "Demo Corp", "admin@example.com", 'data-testid="signed-in-user"'];
  const dealPath = `/deals/${home.dealId}`;
  const paths = [
    "/deals/",
    "//deals",
    "/%64eals",
    "/%2564eals",
    "/deals/..%2f",
    "/deals%2f",
    "/DEALS",
    "/deals;x",
    "/deals/.",
    "/./deals",
    "/favicon.svg/../deals",
    "/favicon.svg/..%2fdeals",
    "/_next/../deals",
    "/_next/..%2fdeals",
    "/api/../deals",
    "/api/..%2fdeals",
    "/login/../deals",
    "/login/..%2fportfolio",
    "/deals.svg",
    "/portfolio/export/",
    "/portfolio/export.css",
    "/%70ortfolio/export",
    "/api/auth/../../portfolio/export",
    `${dealPath}/report/pdf/`,
    `${dealPath}/report/pdf.js`,
    `${dealPath}/activity/export?x=.svg`,
    "/api/v1/me/",
    "/api/v1//me",
    "/api/v1/%6de",
    "/_next/data/build/deals.json",
    "/_next/static/../../deals",
    "/login?callbackUrl=/deals",
  ];
  const subrequestHeaders = [
    "middleware",
    "proxy",
    "src/middleware",
    "middleware:middleware:middleware:middleware:middleware",
    "proxy:proxy:proxy:proxy:proxy",
    "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy",
  ];
  const attempts: { path: string; headers: Record<string, string> }[] = [
    ...paths.map((path) => ({ path, headers: {} })),
    ...["/deals", "/portfolio/export", dealPath, `${dealPath}/report/pdf`, "/api/v1/me"].flatMap((path) =>
      subrequestHeaders.map((value) => ({ path, headers: { "x-middleware-subrequest": value } })),
    ),
  ];
  for (const { path, headers } of attempts) {
    const response = await rawGet(baseURL!, path, headers);
    const what = `GET ${path} ${JSON.stringify(headers)} → ${response.status}`;
    count(what, response.status, false);
    expect(response.status, what).toBeLessThan(500);
    for (const secret of secrets) expect(response.body.includes(secret), `${what} shows ${secret}`).toBe(false);
    expect(String(response.headers["content-type"] ?? ""), what).not.toMatch(/csv|pdf/);
  }

  // A public file answers GET and HEAD only (Next's own answer to other methods was a bare 500).
  for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
    const response = await anonymous.fetch("/favicon.svg", { method, maxRedirects: 0 });
    count(`${method} /favicon.svg`, response.status(), false);
    expect(response.status(), `${method} /favicon.svg`).toBe(405);
    expect(response.headers()["allow"]).toBe("GET, HEAD");
  }

  // Action ids posted to pages the sign-in redirect skips, and past it with the subrequest header.
  // Public actions answer signed-out callers by design (their own test below).
  const actions = buildActions().filter((a) => !(a.name in PUBLIC_ACTIONS));
  const targets = ["/login", "/api/v1/me", "/api/v1/analyze", "/api/auth/session", "/favicon.svg", "/_next/static/x.js", "/"];
  for (const action of actions) {
    const input = ACTIONS[action.name]?.valid(home);
    const refusal = ACTIONS[action.name]?.public ? ACTIONS[action.name].allowedAnswer : "UNAUTHENTICATED";
    for (const path of targets) {
      const call = await callAction(anonymous, { baseURL: baseURL!, path, id: action.id, args: [input] });
      expectNoActionEffect(`POST ${action.name} to ${path}`, call, secrets, refusal);
    }
    for (const value of subrequestHeaders) {
      const call = await callAction(anonymous, {
        baseURL: baseURL!,
        path: actionPath(action, home),
        id: action.id,
        args: [input],
        headers: { "x-middleware-subrequest": value },
      });
      expectNoActionEffect(`POST ${action.name} with x-middleware-subrequest: ${value}`, call, secrets, refusal);
    }
  }
  expect(await fingerprint(db)).toEqual(before);
});

/** `refusal`: the code an answer may carry (a public action answers signed-out callers itself). */
function expectNoActionEffect(what: string, call: ActionCall, secrets: string[], refusal = "UNAUTHENTICATED") {
  count(what, call.status, false);
  const label = `${what} → ${call.status} ${call.body.slice(0, 200)}`;
  expect(call.status, label).toBeLessThan(500);
  const code = resultCode(call.result);
  if (code !== undefined) expect(code, label).toBe(refusal);
  for (const secret of secrets) expect(call.body.includes(secret), `${label}: shows ${secret}`).toBe(false);
}

test("public actions (forgot and reset password) give every caller, signed in or out, the same answer and change nothing", async ({ baseURL }) => {
  const before = await fingerprint(db);
  for (const [name, row] of Object.entries(PUBLIC_ACTIONS)) {
    const action = buildActions().find((a) => a.name === name);
    expect(action, `${name} is in the build`).toBeDefined();
    const path = actionPath(action!, home);
    for (const caller of CALLERS) {
      const call = await callAction(contexts.get(caller)!, { baseURL: baseURL!, path, id: action!.id, args: [row.input] });
      expectActionAnswer(`${caller} ${name}`, call, row.answer);
    }
  }
  expect(await fingerprint(db)).toEqual(before);
});

test("the draft upload refuses a foreign origin, no session, a viewer, another organisation's deal and an oversized body, writing nothing", async ({
  baseURL,
}) => {
  const before = await fingerprint(db);
  const docx = await contractDocx();
  const path = `/api/v1/deals/${home.dealId}/drafts?receivedOn=2026-11-20&fileName=matrix.docx`;
  const post = (caller: Caller, headers: Record<string, string> = {}, dealPath = path, data: Buffer = docx) =>
    contexts.get(caller)!.post(dealPath, { data, headers: { Origin: baseURL!, "Content-Type": "application/octet-stream", ...headers }, maxRedirects: 0 });
  const cases: [string, Promise<APIResponse>, number][] = [
    ["a foreign origin", post("NEGOTIATOR", { Origin: "https://attacker.example" }), 403],
    ["no session", post("anonymous"), 401],
    ["a viewer", post("VIEWER"), 403],
    ["another organisation's deal", post("OTHER_ORG_ADMIN"), 404],
    [
      "the home admin on the other organisation's deal",
      post("ADMIN", {}, `/api/v1/deals/${other.dealId}/drafts?receivedOn=2026-11-20&fileName=matrix.docx`),
      404,
    ],
    // Over 10 MB: refused on the declared Content-Length (Playwright sets it from the body), before any byte is read.
    ["a body over the limit", post("NEGOTIATOR", {}, path, Buffer.alloc(10 * 1024 * 1024 + 1)), 413],
  ];
  for (const [label, pending, status] of cases) {
    const response = await pending;
    expect(response.status(), `${label}: ${await response.text()}`).toBe(status);
  }
  expect(await fingerprint(db)).toEqual(before);
});

test("signing out: refused signed out, allowed for every member, and it ends the session", async ({ baseURL }) => {
  for (const name of SIGN_OUT_ACTIONS) {
    const action = buildActions().find((a) => a.name === name)!;
    const path = actionPath(action, home);
    const anonymous = await callAction(contexts.get("anonymous")!, { baseURL: baseURL!, path, id: action.id, args: [] });
    expectActionAnswer(`anonymous ${name}`, anonymous, "sign-in");
    for (const caller of CALLERS.filter((c) => c !== "anonymous")) {
      // A fresh session: signing out ends every session of the user, the shared ones included.
      const context = await signedInContext(baseURL!, EMAIL[caller as Exclude<Caller, "anonymous">]);
      try {
        const call = await callAction(context, { baseURL: baseURL!, path, id: action.id, args: [] });
        count(`${caller} ${name}`, call.status, true);
        expect(call.status, `${caller} ${name}`).toBeLessThan(500);
        expect((await context.get("/api/v1/me")).status(), `${caller} is signed out after ${name}`).toBe(401);
      } finally {
        await context.dispose();
      }
    }
  }
  expect(tally.serverErrors, "answers with status ≥ 500").toEqual([]);
});
