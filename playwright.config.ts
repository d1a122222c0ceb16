import { defineConfig } from "@playwright/test";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_PROVIDER_NAME } from "./e2e/support/oidc-accounts";
import { APP_PORT, OIDC_PORT, SERVICES_URL, SMTP_PORT } from "./e2e/support/service-ports";

// End-to-end tests drive the built app (`next build` first) in Debian's Chromium.
// scripts/test-all.mjs provides DATABASE_URL (a migrated, demo-seeded PostgreSQL database).
const PORT = APP_PORT;
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      // The SMTP sink (and the services of e2e/support/test-services.ts) the app talks to.
      command: "./node_modules/.bin/tsx e2e/support/test-services.ts",
      url: `${SERVICES_URL}/health`,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      timeout: 60_000,
    },
    {
      command: `./node_modules/.bin/next start -p ${PORT}`,
      url: `${baseURL}/login`,
      reuseExistingServer: false,
      // Server logs in the test output: a failing page shows its server-side error next to it.
      stdout: "pipe",
      stderr: "pipe",
      timeout: 120_000,
      env: {
        DATABASE_URL: process.env.DATABASE_URL ?? "",
        NEXTAUTH_URL: baseURL,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-only-secret-not-for-production",
        NEXT_TELEMETRY_DISABLED: "1",
        // Tests that need a client address of their own send x-forwarded-for, as one proxy would.
        TRUSTED_PROXY_HOPS: "1",
        // Mail retries only: a reminder firing at a quarter hour mid-run would add to the inboxes tests count.
        DEALPLAYBOOK_JOBS: "mail-deliver",
        // The bad-input and authorization suites send hundreds of API calls a minute as one person: the
        // per-caller API limit (tested in integration) would answer most of them 429 before their bodies are read.
        DEALPLAYBOOK_API_CALLS_PER_MINUTE: "100000",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_FROM: "Dealplaybook <no-reply@dealplaybook.test>",
        // The OIDC provider of e2e/support/oidc-provider.ts (id corp-sso).
        OIDC_PROVIDERS: "corp-sso",
        OIDC_CORP_SSO_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
        OIDC_CORP_SSO_CLIENT_ID: OIDC_CLIENT_ID,
        OIDC_CORP_SSO_CLIENT_SECRET: OIDC_CLIENT_SECRET,
        OIDC_CORP_SSO_NAME: OIDC_PROVIDER_NAME,
      },
    },
  ],
});
