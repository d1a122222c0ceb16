import { createRequire } from "node:module";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export type AxeViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** The axe-core AxeBuilder injects (its own dependency, whatever version another package installs at the top). */
const AXE_SOURCE: string = createRequire(require.resolve("@axe-core/playwright"))("axe-core").source;

interface AxeInPage {
  configure(spec: { branding: { application: string } }): void;
  run(context: Document, options: { runOnly: { type: "tag"; values: string[] } }): Promise<{ violations: AxeViolation[] }>;
}
declare global {
  interface Window {
    axe?: AxeInPage;
  }
}

/**
 * The violations of axe-core's rules with these tags in the page's current document: the rules and
 * results AxeBuilder(...).withTags(tags).analyze() gives, at a fraction of its cost. AxeBuilder
 * re-injects axe's 0.5 MB script on every call, sends every rule's passing and inapplicable nodes to
 * the test process and finishes the run in a new blank page (its way of combining iframes' results);
 * for a document without frames axe.run in the page is the same check (axe's own single-frame path,
 * AxeBuilder's legacy mode). axe is injected once per document, so a second run after a resize
 * reuses it; only the violations cross back. A document with frames still goes through AxeBuilder.
 */
export async function axeViolations(page: Page, tags: readonly string[]): Promise<AxeViolation[]> {
  if (page.frames().length > 1) return (await new AxeBuilder({ page }).withTags([...tags]).analyze()).violations;
  if (!(await page.evaluate(() => typeof window.axe?.run === "function"))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (values) => {
      // As AxeBuilder configures it (its help links name the integration).
      window.axe!.configure({ branding: { application: "playwright" } });
      return (await window.axe!.run(document, { runOnly: { type: "tag", values } })).violations;
    },
    [...tags],
  );
}
