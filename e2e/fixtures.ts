import { test as base, expect, type Page } from "@playwright/test";

export { expect };

/**
 * Waits until React has hydrated the current document (see HydrationMarker). Interacting earlier
 * would type into inputs React then resets, or click links as full page loads.
 */
export async function hydrated(page: Page) {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** A page whose goto() and reload() return only once the new document is hydrated. */
export function hydratingPage(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.on("pageerror", (error) => console.error(`[browser error on ${page.url()}]`, error.message));
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await hydrated(page);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    await hydrated(page);
    return response;
  };
  return page;
}

export const test = base.extend({
  // Playwright's fixture callback is named `use`; it is not a React hook.
  page: async ({ page }, provide) => {
    // An uncaught error in the browser (a hydration mismatch, say) fails the test that caused it.
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
    // So does anything the Content-Security-Policy blocked (a script without the nonce, an inline
    // style, a foreign request…): the browser fires securitypolicyviolation in the document.
    const violations: string[] = [];
    await page.exposeFunction("__reportCspViolation", (violation: string) => violations.push(violation));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { __reportCspViolation: (violation: string) => void }).__reportCspViolation;
        void report(`${event.documentURI}: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    await provide(hydratingPage(page));
    expect(errors, "uncaught errors in the browser").toEqual([]);
    expect(violations, "Content-Security-Policy violations in the browser").toEqual([]);
  },
});
