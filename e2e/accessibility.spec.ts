import { createHash, randomBytes } from "node:crypto";
import { axeViolations } from "./axe";
import { test as base, expect, type Browser, type BrowserContext } from "@playwright/test";
import { hydratingPage } from "./fixtures";
import { DEMO, DEMO_PASSWORD, screenshot, signIn } from "./helpers";
import { describeViolations, recordCounts } from "./axe-report";
import { horizontalOverflow } from "./reflow";
import { createPasswordUser, createResetLink } from "./support/accounts";
import { roundAndDealWithTwoRounds } from "./support/draft-rounds";
import { connect, draftFixture } from "./http/database";
import { contractDocx, uploadDraft } from "./support/vendor-drafts";
import { ensureInboxReader } from "./support/notifications";

/** WCAG 2.1 level A and AA: what enterprise buyers require (issue 10). */
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const ACCOUNTS = {
  negotiator: DEMO.negotiator,
  cio: DEMO.cio,
  manager: DEMO.manager,
  admin: DEMO.admin,
  viewer: DEMO.viewer,
  portfolioManager: "manager+portfolio-200@bench.example",
  // A negotiator with notifications of their own (made by ensureInboxReader), so no other spec changes their inbox.
  inboxReader: "a11y-inbox-reader@example.com",
} as const;
type Account = keyof typeof ACCOUNTS | "anonymous";

/** Ids of the seeded demo records the pages below need, looked up once through the UI. */
interface DemoIds {
  dealId: string;
  /** A clause of that deal with vendor responses logged. */
  clauseId: string;
  /** The demo deal on a capped base-model licence, above its cap: a blocking licence finding (issue 16). */
  licenceDealId: string;
  /** Password-reset links of a user made for this spec, in each state their page shows. */
  resetLinks: Record<"valid" | "used" | "expired", string>;
  /** Open invitations to the demo organisation: for a new person, and for someone with an account already. */
  invitations: { newPerson: string; existingAccount: string };
}

const LAYERS = ["training-data", "base-model", "weights-artifacts", "derived-data", "outputs", "know-how", "deployment-exit"];

interface AuditedPage {
  name: string;
  /** Who is signed in: the role that uses the page. */
  as: Account;
  path: (ids: DemoIds) => string;
  /** What the page needs first (e.g. a playbook draft), made through the UI. */
  prepare?: (browser: Browser) => Promise<void>;
}

/** Every main page, for the role that uses it. A page added to the app joins this table. */
const PAGES: AuditedPage[] = [
  { name: "sign-in", as: "anonymous", path: () => "/login" },
  { name: "sign-in after an SSO refusal", as: "anonymous", path: () => "/login?error=sso-domain&provider=corp-sso" },
  { name: "home (negotiator)", as: "negotiator", path: () => "/" },
  { name: "home (CIO review queue)", as: "cio", path: () => "/" },
  { name: "home (manager)", as: "manager", path: () => "/" },
  { name: "home (admin)", as: "admin", path: () => "/" },
  { name: "home (viewer)", as: "viewer", path: () => "/" },
  { name: "deal list", as: "negotiator", path: () => "/deals" },
  { name: "deal overview", as: "negotiator", path: ({ dealId }) => `/deals/${dealId}` },
  ...LAYERS.map((layer) => ({
    name: `layer checklist: ${layer}`,
    as: "negotiator" as const,
    path: ({ dealId }: DemoIds) => `/deals/${dealId}/layers/${layer}`,
  })),
  { name: "clause with responses", as: "negotiator", path: ({ dealId, clauseId }) => `/deals/${dealId}/clauses/${clauseId}` },
  { name: "clause, read-only", as: "viewer", path: ({ dealId, clauseId }) => `/deals/${dealId}/clauses/${clauseId}` },
  { name: "deal overview, read-only", as: "viewer", path: ({ dealId }) => `/deals/${dealId}` },
  { name: "review", as: "cio", path: ({ dealId }) => `/deals/${dealId}/review` },
  // Base-model licence findings (issue 16): a blocking finding on the overview, and the CIO's written acceptance form.
  { name: "deal overview with a licence finding", as: "negotiator", path: ({ licenceDealId }) => `/deals/${licenceDealId}` },
  { name: "review with a licence finding to accept", as: "cio", path: ({ licenceDealId }) => `/deals/${licenceDealId}/review` },
  { name: "report", as: "cio", path: ({ dealId }) => `/deals/${dealId}/report` },
  { name: "activity", as: "negotiator", path: ({ dealId }) => `/deals/${dealId}/activity` },
  // The demo deal follows the current playbook here: the page says there is nothing to upgrade (the
  // preview itself is audited in deal-upgrade.spec.ts, which publishes a newer version).
  { name: "playbook upgrade", as: "negotiator", path: ({ dealId }) => `/deals/${dealId}/upgrade` },
  // Vendor drafts (issue 14): the demo deal gets a round uploaded through the route first.
  { name: "vendor drafts", as: "negotiator", path: ({ dealId }) => `/deals/${dealId}/drafts`, prepare: ensureVendorDraft },
  { name: "vendor drafts, read-only", as: "viewer", path: ({ dealId }) => `/deals/${dealId}/drafts`, prepare: ensureVendorDraft },
  { name: "vendor draft review", as: "negotiator", path: ({ dealId }) => `/deals/${dealId}/drafts/${vendorDraftId}`, prepare: ensureVendorDraft },
  { name: "vendor draft review, read-only", as: "viewer", path: ({ dealId }) => `/deals/${dealId}/drafts/${vendorDraftId}`, prepare: ensureVendorDraft },
  // Model assets (issue 16): the signed demo deal has promises, deliveries, an import and escrow.
  { name: "deal assets (signed deal)", as: "negotiator", path: () => `/deals/${signedDealId}/assets`, prepare: findSignedDemoDeal },
  { name: "deal assets, read-only", as: "viewer", path: () => `/deals/${signedDealId}/assets`, prepare: findSignedDemoDeal },
  { name: "deal overview with exit readiness", as: "cio", path: () => `/deals/${signedDealId}`, prepare: findSignedDemoDeal },
  { name: "portfolio (demo)", as: "manager", path: () => "/portfolio" },
  { name: "portfolio (200 deals)", as: "portfolioManager", path: () => "/portfolio" },
  { name: "playbook", as: "admin", path: () => "/playbook" },
  // The results are audited in e2e/analyze.spec.ts (they appear after a paste).
  { name: "analyse text", as: "viewer", path: () => "/analyze" },
  { name: "playbook versions", as: "viewer", path: () => "/playbook/versions" },
  { name: "playbook version 1", as: "viewer", path: () => "/playbook/versions/1" },
  { name: "import a playbook", as: "admin", path: () => "/playbook/edit/import" },
  { name: "publish the playbook draft", as: "admin", path: () => "/playbook/edit/publish" },
  // Vendors (issue 16): the list, a vendor's page and the clause page citing an earlier concession (demo data), the merge page.
  { name: "vendors", as: "viewer", path: () => "/vendors" },
  { name: "vendor page", as: "negotiator", path: () => `/vendors/${lumen.vendorId}`, prepare: findLumen },
  { name: "clause with leverage from an earlier deal", as: "negotiator", path: () => `/deals/${lumen.dealId}/clauses/${lumen.clauseId}`, prepare: findLumen },
  { name: "vendor merges (admin)", as: "admin", path: () => "/admin/vendors" },
  { name: "vendor merges, not allowed (negotiator)", as: "negotiator", path: () => "/admin/vendors" },
  { name: "new deal", as: "negotiator", path: () => "/deals/new" },
  { name: "edit deal", as: "negotiator", path: ({ dealId }) => `/deals/${dealId}/edit` },
  { name: "account", as: "negotiator", path: () => "/account" },
  { name: "API reference", as: "negotiator", path: () => "/docs/api" },
  // The inbox (issue 15): a person with notifications, read and unread; the viewer's unread ones (the empty state in a fresh database).
  { name: "inbox", as: "inboxReader", path: () => "/inbox", prepare: () => ensureInboxReader(ACCOUNTS.inboxReader, DEMO_PASSWORD) },
  { name: "inbox, unread only", as: "viewer", path: () => "/inbox?filter=unread" },
  { name: "notification settings", as: "negotiator", path: () => "/account/notifications" },
  // API tokens (issue 17); with tokens listed and the shown-once secret: e2e/api-tokens.spec.ts.
  { name: "API tokens", as: "negotiator", path: () => "/account/tokens" },
  { name: "API tokens (admin)", as: "admin", path: () => "/admin/tokens" },
  { name: "API tokens, not allowed (manager)", as: "manager", path: () => "/admin/tokens" },
  { name: "new organisation", as: "negotiator", path: () => "/organizations/new" },
  { name: "administration", as: "cio", path: () => "/admin" },
  { name: "organisation settings", as: "admin", path: () => "/admin/settings" },
  { name: "outbox", as: "admin", path: () => "/admin/outbox" },
  // Webhooks (issue 17): the list and register form, and the demo endpoint with its deliveries.
  { name: "webhooks", as: "admin", path: () => "/admin/webhooks" },
  { name: "webhook with deliveries", as: "admin", path: () => `/admin/webhooks/${demoWebhookId}`, prepare: findDemoWebhook },
  { name: "webhooks, not allowed (CIO)", as: "cio", path: () => "/admin/webhooks" },
  { name: "forgot password", as: "anonymous", path: () => "/forgot-password" },
  { name: "reset password", as: "anonymous", path: ({ resetLinks }) => `/reset-password/${resetLinks.valid}` },
  { name: "reset password, link used", as: "anonymous", path: ({ resetLinks }) => `/reset-password/${resetLinks.used}` },
  { name: "reset password, link expired", as: "anonymous", path: ({ resetLinks }) => `/reset-password/${resetLinks.expired}` },
  { name: "reset password, link not valid", as: "anonymous", path: () => `/reset-password/${"A".repeat(43)}` },
  { name: "audit log", as: "admin", path: () => "/admin/audit" },
  { name: "audit log, filtered to sign-ins", as: "cio", path: () => "/admin/audit?action=signin.succeeded" },
  { name: "404", as: "negotiator", path: () => "/no-such-page" },
  { name: "members (admin)", as: "admin", path: () => "/admin/members" },
  { name: "members, not allowed (manager)", as: "manager", path: () => "/admin/members" },
  { name: "invitation: new account", as: "anonymous", path: ({ invitations }) => `/invite/${invitations.newPerson}` },
  { name: "invitation: sign in to accept", as: "anonymous", path: ({ invitations }) => `/invite/${invitations.existingAccount}` },
  { name: "invitation: signed in as someone else", as: "viewer", path: ({ invitations }) => `/invite/${invitations.newPerson}` },
  { name: "invitation: no longer valid", as: "anonymous", path: () => `/invite/${"u".repeat(43)}` },
  // The playbook editor, on a draft of the demo organisation's playbook.
  { name: "playbook editor: draft overview", as: "admin", path: () => "/playbook/edit", prepare: ensurePlaybookDraft },
  { name: "playbook editor: clause with a rule", as: "admin", path: () => "/playbook/edit/clauses/vendor-hosting-sla", prepare: ensurePlaybookDraft },
  { name: "playbook editor: new clause", as: "admin", path: () => "/playbook/edit/clauses/new?section=outputs", prepare: ensurePlaybookDraft },
  { name: "playbook editor: pitch", as: "admin", path: () => "/playbook/edit/pitches/trust-us", prepare: ensurePlaybookDraft },
  { name: "playbook editor: scenario", as: "admin", path: () => "/playbook/edit/scenarios/vendor-collapse", prepare: ensurePlaybookDraft },
  { name: "playbook editor: process step", as: "admin", path: () => "/playbook/edit/steps/plan-exit", prepare: ensurePlaybookDraft },
  { name: "playbook editor: section", as: "admin", path: () => "/playbook/edit/sections/outputs", prepare: ensurePlaybookDraft },
  { name: "playbook editor, not allowed (negotiator)", as: "negotiator", path: () => "/playbook/edit" },
  // Vendor drafts: the redline page of a Word round with one passage countered.
  { name: "redline", as: "negotiator", path: () => redlinePath(), prepare: ensureRedlineDraft },
  { name: "redline, read-only", as: "viewer", path: () => redlinePath(), prepare: ensureRedlineDraft },
  {
    name: "vendor draft: log a round",
    as: "negotiator",
    path: () => `/deals/${draftRounds!.dealId}/drafts/${draftRounds!.draftIds[0]}/log`,
    prepare: ensureDraftRounds,
  },
  {
    name: "vendor draft: log a round, read-only",
    as: "viewer",
    path: () => `/deals/${draftRounds!.dealId}/drafts/${draftRounds!.draftIds[0]}/log`,
    prepare: ensureDraftRounds,
  },
  {
    name: "vendor draft: compare rounds",
    as: "negotiator",
    path: () => `/deals/${draftRounds!.dealId}/drafts/${draftRounds!.draftIds[1]}/compare`,
    prepare: ensureDraftRounds,
  },
];

/** The drafts the redline and rounds pages need, made together (one child process) by the first of them. */
let draftFixtures: ReturnType<typeof roundAndDealWithTwoRounds> | undefined;
const makeDraftFixtures = () =>
  (draftFixtures ??= roundAndDealWithTwoRounds({ dealName: "Demand forecasting model", kind: "docx" }, `Accessibility rounds ${Date.now()}`));

/** The demo's signed deal (lib/seed/demo-assets.ts gives it assets and escrow). */
let signedDealId: string | undefined;
async function findSignedDemoDeal() {
  if (signedDealId) return;
  const db = connect();
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT d."id" FROM "Deal" d JOIN "Organization" o ON o."id" = d."organizationId" WHERE o."slug" = 'demo-corp' AND d."name" = 'Fraud scoring model'`,
    );
    signedDealId = rows[0].id;
  } finally {
    await db.end();
  }
}

let redlineDraft: { dealId: string; draftId: string } | undefined;
const redlinePath = () => `/deals/${redlineDraft!.dealId}/drafts/${redlineDraft!.draftId}/redline`;

/** A Word round of the sample draft on the demo deal, its escrow passage countered (written directly). */
async function ensureRedlineDraft() {
  if (redlineDraft) return;
  redlineDraft = makeDraftFixtures().round;
  const db = connect();
  await db.connect();
  try {
    await db.query(`UPDATE "DraftPassage" SET "counterText" = $2, "counterFrom" = 'sample' WHERE "draftId" = $1 AND "number" = '4.1'`, [
      redlineDraft.draftId,
      "The Supplier shall deposit the model weights with the escrow agent within 10 business days of each release.",
    ]);
  } finally {
    await db.end();
  }
}

/** The demo deal's newest vendor draft (set by ensureVendorDraft before its pages are audited). */
let vendorDraftId = "";

/** A vendor draft on the demo deal: uploaded by the negotiator through the route unless the deal has one. */
async function ensureVendorDraft(browser: Browser) {
  const { dealId } = await findDemoIds(browser);
  const db = connect();
  await db.connect();
  try {
    if ((await draftFixture(db, dealId)).draftId.startsWith("cnosuch")) {
      const page = await (await contextFor(browser, "negotiator")).newPage();
      await page.goto("/");
      const response = await uploadDraft(page.request, new URL(page.url()).origin, dealId, await contractDocx(), { title: "Accessibility round" });
      expect(response.status(), await response.text()).toBe(201);
      await page.close();
    }
    vendorDraftId = (await draftFixture(db, dealId)).draftId;
  } finally {
    await db.end();
  }
}

/** A deal with two vendor-draft rounds (not logged), made once for the rounds' pages. */
let draftRounds: ReturnType<typeof roundAndDealWithTwoRounds>["twoRounds"] | undefined;
async function ensureDraftRounds() {
  draftRounds ??= makeDraftFixtures().twoRounds;
}

/** The demo organisation's playbook draft: started by its admin unless one exists. */
async function ensurePlaybookDraft(browser: Browser) {
  const page = hydratingPage(await (await contextFor(browser, "admin")).newPage());
  await page.goto("/playbook/edit");
  const start = page.getByRole("button", { name: /^Start a draft from version/ });
  if (await start.isVisible()) {
    await start.click();
    await expect(page.getByText(/^Draft based on version/)).toBeVisible();
  }
  await page.close();
}

/**
 * Open invitations written straight into the e2e database (only a token's hash is stored, so the
 * token is made here): one for an address nobody has, one for an account of another organisation.
 */
async function createInvitations(): Promise<DemoIds["invitations"]> {
  const db = connect();
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT o."id" AS "orgId", u."id" AS "adminId" FROM "Organization" o JOIN "Membership" m ON m."organizationId" = o."id" JOIN "User" u ON u."id" = m."userId"
       WHERE o."slug" = 'demo-corp' AND u."email" = $1`,
      [DEMO.admin],
    );
    const { orgId, adminId } = rows[0];
    const invite = async (email: string) => {
      const token = randomBytes(32).toString("base64url");
      const hash = createHash("sha256").update(token).digest("hex");
      await db.query(
        `UPDATE "Invitation" SET "revokedAt" = now() WHERE "organizationId" = $1 AND "email" = $2 AND "acceptedAt" IS NULL AND "revokedAt" IS NULL`,
        [orgId, email],
      );
      await db.query(
        `INSERT INTO "Invitation" ("id", "organizationId", "email", "role", "tokenHash", "invitedById", "expiresAt") VALUES ($1, $2, $3, 'NEGOTIATOR', $4, $5, now() + interval '7 days')`,
        [`a11y${randomBytes(8).toString("hex")}`, orgId, email, hash, adminId],
      );
      return token;
    };
    return { newPerson: await invite(`a11y-${Date.now()}@new.example`), existingAccount: await invite(ACCOUNTS.portfolioManager) };
  } finally {
    await db.end();
  }
}

const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 375, height: 812 },
} as const;
type ViewportName = keyof typeof VIEWPORTS;

// Sign in once per account; every page of that account reuses its context. Each page is loaded once
// and checked at both sizes (the layout is CSS only: resizing is the same as loading at that size),
// which halves the suite's time on a busy machine.
const contexts = new Map<Account, Promise<BrowserContext>>();
let demoIds: Promise<DemoIds> | undefined;

function contextFor(browser: Browser, account: Account): Promise<BrowserContext> {
  if (!contexts.has(account)) {
    contexts.set(
      account,
      (async () => {
        const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
        if (account !== "anonymous") {
          const page = await context.newPage();
          await signIn(page, ACCOUNTS[account]);
          await page.close();
        }
        return context;
      })(),
    );
  }
  return contexts.get(account)!;
}

/** The demo's Lumen AI Labs: its vendor page, and its live deal's escrow clause (which an archived earlier deal's concession backs). */
let demoWebhookId: string;
async function findDemoWebhook(browser: Browser) {
  if (demoWebhookId) return;
  const page = hydratingPage(await (await contextFor(browser, "admin")).newPage());
  await page.goto("/admin/webhooks");
  demoWebhookId = (await page.getByRole("link", { name: "https://hooks.example.com/dealplaybook" }).getAttribute("href"))!.split("/").pop()!;
  await page.close();
}

let lumen: { vendorId: string; dealId: string; clauseId: string };
async function findLumen(browser: Browser) {
  if (lumen) return;
  const page = hydratingPage(await (await contextFor(browser, "negotiator")).newPage());
  await page.goto("/vendors");
  const vendorId = (await page.getByRole("link", { name: "Lumen AI Labs", exact: true }).getAttribute("href"))!.split("/").pop()!;
  await page.goto(`/vendors/${vendorId}`);
  const dealId = (await page.getByTestId("vendor-deals").getByRole("link", { name: "Claims triage assistant" }).getAttribute("href"))!.split("/").pop()!;
  await page.goto(`/deals/${dealId}/layers/deployment-exit`);
  const item = page.getByTestId("checklist-item").filter({ hasText: "Model escrow with clear release triggers" });
  const clauseId = (await item.getByRole("link", { name: /Open clause/ }).getAttribute("href"))!.split("/").pop()!;
  await page.close();
  lumen = { vendorId, dealId, clauseId };
}

function findDemoIds(browser: Browser): Promise<DemoIds> {
  demoIds ??= (async () => {
    const page = hydratingPage(await (await contextFor(browser, "negotiator")).newPage());
    await page.goto("/deals");
    const dealHref = await page.getByRole("link", { name: "Demand forecasting model", exact: true }).first().getAttribute("href");
    const dealId = dealHref!.split("/")[2];
    const licenceHref = await page.getByRole("link", { name: "Customer support assistant", exact: true }).first().getAttribute("href");
    await page.goto(`/deals/${dealId}/layers/deployment-exit`);
    const item = page.getByTestId("checklist-item").filter({ hasText: "Right to take a copy of the model and host it yourself" });
    const clauseHref = await item.getByRole("link", { name: /Open clause/ }).getAttribute("href");
    await page.close();
    const resetUser = await createPasswordUser({ prefix: "a11y-reset", password: "an a11y passphrase" });
    const [valid, used, expired] = await Promise.all((["valid", "used", "expired"] as const).map((state) => createResetLink(resetUser.id, state)));
    return {
      dealId,
      licenceDealId: licenceHref!.split("/")[2],
      clauseId: clauseHref!.split("/").pop()!,
      resetLinks: { valid, used, expired },
      invitations: await createInvitations(),
    };
  })();
  return demoIds;
}

const test = base;
const SCREENSHOTS = process.env.E2E_SCREENSHOTS === "1";

test.afterAll(async () => {
  for (const context of contexts.values()) await (await context).close();
  contexts.clear();
  demoIds = undefined;
});

const SIZES = (Object.keys(VIEWPORTS) as ViewportName[]).map((v) => `${VIEWPORTS[v].width}×${VIEWPORTS[v].height}`).join(" and ");

for (const audited of PAGES) {
  test(`${audited.name} has no WCAG 2.1 A/AA violations at ${SIZES}, and does not scroll sideways on a phone`, async ({ browser }) => {
    const ids = await findDemoIds(browser);
    await audited.prepare?.(browser);
    const page = hydratingPage(await (await contextFor(browser, audited.as)).newPage());
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const path = audited.path(ids);
    await page.goto(path);
    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      await page.setViewportSize(VIEWPORTS[viewport]);
      const violations = await axeViolations(page, WCAG_21_AA);
      // The main pages at both sizes, to look at (issue 10), with E2E_SCREENSHOTS=1: e2e/screenshots/a11y-<size>-<page>.png
      // (full-page shots of every page cost minutes; axe and the reflow check run either way).
      if (SCREENSHOTS) await screenshot(page, `a11y-${viewport}-${audited.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`);
      recordCounts(audited.name, viewport, violations);
      if (viewport === "phone") {
        const { overflow, culprits } = await horizontalOverflow(page);
        expect
          .soft(overflow, `${audited.name} (${path}) scrolls sideways by ${overflow} px at phone width (WCAG 1.4.10 Reflow): ${culprits.join("; ")}`)
          .toBeLessThanOrEqual(0);
      }
      expect
        .soft(
          violations.map((v) => v.id),
          describeViolations(`${audited.name} (${path}) at ${viewport} size`, violations),
        )
        .toEqual([]);
    }
    await page.close();
    expect(errors, "uncaught errors in the browser").toEqual([]);
  });
}
