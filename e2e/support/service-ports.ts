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
