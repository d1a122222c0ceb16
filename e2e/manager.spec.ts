import { expect, hydrated, test } from "./fixtures";
import { screenshot, signIn } from "./helpers";
import { parseCsv } from "@/lib/domain/csv";

const MANAGER = "manager+portfolio-200@bench.example";

test("a manager reads the portfolio, filters it, follows a figure to its deals and exports the CSV", async ({ page }) => {
  await signIn(page, MANAGER);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Portfolio" }).click();
  await expect(page.getByRole("heading", { name: "Portfolio", exact: true })).toBeVisible();
  // 200 generated deals, a few of them archived (archived deals are not in the portfolio).
  const all = Number((await page.getByTestId("kpi-total").locator("div").nth(1).textContent())!.replace(/,/g, ""));
  expect(all).toBeGreaterThan(150);
  expect(all).toBeLessThanOrEqual(200);
  // The heat map: one row per checklist section, one column per deal, each cell named by its state.
  const heatmap = page.getByTestId("heatmap");
  await expect(heatmap).toBeVisible();
  await expect(heatmap.locator("tbody tr")).toHaveCount(7);
  const columns = await heatmap.locator("thead a").count();
  expect(columns).toBeGreaterThan(100);
  expect(columns).toBeLessThanOrEqual(150);
  await expect(heatmap.locator("tbody td")).toHaveCount(7 * columns);
  // Cells carry their section's state; a deal whose letters were never written would read "not applicable" throughout.
  const states = await heatmap.locator("tbody td").evaluateAll((cells) => cells.map((c) => c.getAttribute("title")));
  const known = /^[^:]+: (all settled|partly settled|nothing settled yet|a clause below walk-away|not applicable)$/;
  expect(states.filter((s) => !known.test(s!))).toEqual([]);
  expect(states.filter((s) => /: (partly settled|all settled|a clause below walk-away)$/.test(s!)).length).toBeGreaterThan(columns);
  await screenshot(page, "portfolio-200");

  // A heat-map cell opens that section of its deal; a column header opens the deal.
  await heatmap.locator("tbody tr").nth(2).locator("td a").first().click();
  await expect(page).toHaveURL(/\/deals\/[^/]+\/layers\/weights-artifacts$/);
  await page.goBack();
  await hydrated(page);
  const firstDeal = heatmap.locator("thead a").first();
  const dealName = (await firstDeal.textContent())!;
  await firstDeal.click();
  await expect(page.getByRole("heading", { name: dealName })).toBeVisible();
  await page.goBack();

  // Filter by stage: every panel narrows.
  await page.getByRole("combobox", { name: "Stage" }).selectOption("NEGOTIATING");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.waitForURL(/stage=NEGOTIATING/);
  const total = Number((await page.getByTestId("kpi-total").locator("div").nth(1).textContent())!.replace(/,/g, ""));
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(all);
  await screenshot(page, "portfolio-filtered");

  // The "at risk" figure opens exactly the deals behind it.
  const atRisk = Number((await page.getByTestId("kpi-at-risk").locator("div").nth(1).textContent())!.replace(/,/g, ""));
  await page.getByTestId("kpi-total").click();
  await page.waitForURL(/\/deals\?/);
  await expect(page.getByTestId("deal-total")).toHaveText(total.toLocaleString("en"));
  await screenshot(page, "deal-list-filtered");
  await page.goBack();
  await page.getByTestId("kpi-at-risk").click();
  await page.waitForURL(/atRisk=1/);
  await expect(page.getByTestId("drill-down")).toContainText(`${atRisk} deal`);

  // A failure scenario's bar opens the deals leaving that scenario (named by its key) uncovered.
  await page.goBack();
  const scenario = page.getByRole("list", { name: "Deals not covering each failure scenario" }).getByTestId("bar-link").first();
  const uncovered = Number((await scenario.locator(".font-semibold").textContent())!.replace(/,/g, ""));
  await scenario.click();
  await page.waitForURL(/uncovered=[a-z0-9-]+/);
  await expect(page.getByTestId("drill-down")).toContainText("failure scenario not covered");
  await expect(page.getByTestId("drill-down")).toContainText(`${uncovered.toLocaleString("en")} deal`);

  // CSV of the filtered portfolio: one row per deal, parseable, with readiness columns.
  await page.goto("/portfolio?stage=NEGOTIATING");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const stream = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const rows = parseCsv(
    Buffer.concat(chunks)
      .toString("utf8")
      .replace(/^\uFEFF/, ""),
  );
  const [header, ...data] = rows;
  expect(header).toEqual(
    expect.arrayContaining(["deal_id", "name", "stage", "readiness_score", "ready", "blockers", "scenarios_covered", "contract_value", "lock_in_exposed"]),
  );
  expect(data).toHaveLength(total);
  const first = Object.fromEntries(header.map((h, i) => [h, data[0][i]]));
  expect(first.stage).toBe("NEGOTIATING");
  expect(Number(first.readiness_score)).toBeGreaterThanOrEqual(0);
  expect(["yes", "no"]).toContain(first.ready);
  await page.goto(`/deals/${first.deal_id}`);
  await expect(page.getByRole("heading", { name: first.name })).toBeVisible();
  await expect(page.getByTestId("readiness-score")).toHaveText(first.readiness_score);
});

test("a viewer sees the portfolio read-only and cannot export", async ({ page }) => {
  await signIn(page, "viewer+portfolio-200@bench.example");
  await page.goto("/portfolio");
  await expect(page.getByTestId("kpi-total")).toContainText(/\d{3}/);
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
  const res = await page.request.get("/portfolio/export");
  expect(res.status()).toBe(403);
});
