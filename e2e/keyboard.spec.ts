import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD } from "./helpers";

// Everything here is done with the keyboard alone: Tab / Shift+Tab to move, Enter / Space to
// activate, arrow keys in selects, keyboard.type to write. Locators only check where focus is and
// what the page shows; nothing is clicked or filled.

const MAX_TAB_STOPS = 120;

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails when it never does. */
async function tabTo(page: Page, target: Locator, { backwards = false } = {}) {
  for (let i = 0; i < MAX_TAB_STOPS; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`${MAX_TAB_STOPS} presses of ${backwards ? "Shift+Tab" : "Tab"} never reached ${target}`);
}

/** The visible focus indicator: an outline or a box-shadow ring drawn around the focused element. */
async function hasVisibleFocus(target: Locator) {
  return target.evaluate((el) => {
    const style = getComputedStyle(el);
    return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
  });
}

test("a negotiator signs in, opens a deal, changes a clause status and logs a vendor response with the keyboard alone", async ({ page }) => {
  await page.goto("/login");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(DEMO.negotiator);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("signed-in-user")).toContainText(DEMO.negotiator);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });

  // The first Tab stop skips the navigation.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  // Back up into the navigation, to the deal list.
  const dealsLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Deals" });
  await tabTo(page, dealsLink, { backwards: true });
  expect(await hasVisibleFocus(dealsLink)).toBe(true);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/deals$/);

  const dealLink = page.getByTestId("deal-table").getByRole("link", { name: "Contract clause extraction", exact: true });
  await tabTo(page, dealLink);
  expect(await hasVisibleFocus(dealLink)).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Contract clause extraction" })).toBeVisible();

  await tabTo(page, page.getByTestId("section-outputs"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "5. Model outputs" })).toBeVisible();

  // Change the first clause's status with the arrow keys, then save it with Space.
  const item = page.getByTestId("checklist-item").first();
  const status = item.getByRole("combobox");
  const before = (await item.getByTestId("item-status").textContent())!.trim();
  await tabTo(page, status);
  expect(await hasVisibleFocus(status)).toBe(true);
  await page.keyboard.press("ArrowDown");
  const chosen = (await status.locator("option:checked").textContent())!.trim();
  expect(chosen).not.toBe(before);
  await tabTo(page, item.getByRole("button", { name: "Save status" }));
  await page.keyboard.press("Space");
  await expect(item.getByTestId("item-status")).toHaveText(chosen);
  // The Save button is gone: focus stays on the status just saved, not lost to the page.
  await expect(status).toBeFocused();

  // Open that clause and log what the vendor said.
  await tabTo(page, item.getByRole("link", { name: /Open clause/ }));
  await page.keyboard.press("Enter");
  const vendorSaid = page.getByLabel("What the vendor said");
  await tabTo(page, vendorSaid);
  const words = `Outputs belong to you, but we keep a licence to use them to improve our services (${Date.now()}).`;
  await page.keyboard.type(words);
  await page.keyboard.press("Tab");
  const stanceSelect = page.getByLabel("Vendor's stance");
  await tabTo(page, stanceSelect);
  const defaultStance = (await stanceSelect.locator("option:checked").textContent())!.trim();
  await page.keyboard.press("ArrowUp");
  const stance = (await stanceSelect.locator("option:checked").textContent())!.trim();
  expect(stance).not.toBe(defaultStance);
  await tabTo(page, page.getByRole("button", { name: "Log response" }));
  await page.keyboard.press("Enter");
  await expect(
    page
      .getByRole("status")
      .or(page.getByRole("alert"))
      .filter({ hasText: /Logged/ }),
  ).toBeVisible();
  const entry = page.getByTestId("response-entry").first();
  await expect(entry).toContainText(words);
  await expect(entry).toContainText(stance);
});

test("a failed submit announces the errors and takes focus to the first invalid field", async ({ page }) => {
  await page.goto("/login");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(DEMO.negotiator);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("signed-in-user")).toContainText(DEMO.negotiator);

  await page.goto("/deals/new");
  const name = page.getByLabel("Deal name");
  await tabTo(page, page.getByRole("button", { name: "Create deal" }));
  await page.keyboard.press("Enter");
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await name.getAttribute("aria-describedby"))!;
  const error = page.locator(`[id="${describedBy.split(" ").pop()}"]`);
  await expect(error).not.toBeEmpty();
  await expect(page.getByRole("alert").first()).toBeVisible();
});

test("on a phone the main navigation sits behind a Menu button that Escape closes, returning focus", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/login");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(DEMO.negotiator);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("signed-in-user")).toContainText(DEMO.negotiator);
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });

  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(nav).toBeHidden();
  await tabTo(page, menu);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Portfolio" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link", { name: "Home" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  // Following a link closes the menu on the new page.
  await page.keyboard.press("Enter");
  await tabTo(page, nav.getByRole("link", { name: "Deals" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/deals$/);
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});
