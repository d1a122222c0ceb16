// The app under test and the services the test runner starts beside it (e2e/support/test-services.ts),
// on ports next to E2E_PORT so that two runs with different E2E_PORTs never meet.
export const APP_PORT = Number(process.env.E2E_PORT ?? 3211);
/** The SMTP sink the app sends its mail to (SMTP_URL). */
export const SMTP_PORT = APP_PORT + 1;
/** The test services' own HTTP endpoint: health, and the messages the sink received. */
export const SERVICES_PORT = APP_PORT + 2;
/** The OpenID Connect provider the app's SSO signs in with. */
export const OIDC_PORT = APP_PORT + 3;

export const SERVICES_URL = `http://127.0.0.1:${SERVICES_PORT}`;

// Specs that start app processes of their own (e2e/support/own-app.ts, `npm start`) listen here.
/** e2e/embedded-start.spec.ts: `npm start` on the embedded database. */
export const EMBEDDED_START_PORT = APP_PORT + 4;
/** e2e/two-servers.spec.ts: two `next start` on one database. */
export const TWO_SERVER_PORTS = [APP_PORT + 5, APP_PORT + 6] as const;
/** e2e/database-outage.spec.ts. */
export const OUTAGE_APP_PORT = APP_PORT + 7;
