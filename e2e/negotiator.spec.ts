import { expect, hydratingPage, test } from "./fixtures";
import { DEMO, screenshot, signIn } from "./helpers";
import { APP_PORT } from "./support/service-ports";

test("a negotiator creates a deal, works through one IP layer, logs a vendor counter with a red flag, and sees progress and activity update", async ({
  page,
}) => {
  const dealName = `Call-centre summariser ${Date.now()}`;
  await signIn(page, DEMO.negotiator);

  // Create the deal.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Deals" }).click();
  await page.getByRole("link", { name: "New deal" }).first().click();
  await page.getByLabel("Deal name").fill(dealName);
  await page.getByLabel("Vendor").fill("Acme Models Ltd");
  await page.getByLabel("Hosting model").selectOption("VENDOR_HOSTED");
  await page.getByLabel("Contract value").fill("640,000");
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { name: dealName })).toBeVisible();
  await expect(page.getByTestId("section-training-data").getByTestId("section-settled")).toHaveText("0/6 settled");

  // Work through the training-data layer: settle three clauses from the checklist.
  await page.getByTestId("section-training-data").click();
  await expect(page.getByRole("heading", { name: /1\. Training data/ })).toBeVisible();
  const items = page.getByTestId("checklist-item");
  await expect(items).toHaveCount(6);
  const settle = async (index: number, status: string) => {
    const item = items.nth(index);
    await item.getByRole("combobox").selectOption(status);
    // A must-have is settled only with its agreed language and contract section.
    await item.getByPlaceholder("Agreed language").fill("The client owns the training data it supplies.");
    await item.getByPlaceholder(/Contract section/).fill(`MSA §${index + 3}`);
    await item.getByRole("button", { name: "Save status" }).click();
    await expect(item.getByRole("button", { name: "Save status" })).toHaveCount(0);
  };
  await settle(0, "MUST_HAVE_MET");
  await settle(1, "FALLBACK_ACCEPTED");
  const naItem = items.nth(4);
  await naItem.getByRole("combobox").selectOption("NOT_APPLICABLE");
  await naItem.getByPlaceholder("Why it does not apply").fill("The vendor adds no third-party data.");
  await naItem.getByRole("button", { name: "Save status" }).click();
  await expect(naItem.getByRole("button", { name: "Save status" })).toHaveCount(0);
  await expect(page.getByTestId("layer-progress")).toContainText("1 must-have");
  await expect(page.getByTestId("layer-progress")).toContainText("1 fallback");
  await expect(page.getByTestId("layer-progress")).toContainText("40% settled");
  await screenshot(page, "layer-checklist");

  // Open a clause and log the vendor's counter, which is a recognised pitch.
  await items
    .nth(3)
    .getByRole("link", { name: /Open clause/ })
    .click();
  const vendorWords = "It's a shared model: every customer's data goes into one pooled model, so you benefit from what everyone contributes.";
  await page.getByLabel("What the vendor said").fill(vendorWords);
  const live = page.getByTestId("live-red-flags");
  await expect(live).toBeVisible();
  await expect(live.getByTestId("red-flag").first()).toContainText("Why it is dangerous");
  await expect(live.getByTestId("red-flag").first()).toContainText("Counter");
  await page.getByLabel("Vendor's stance").selectOption("COUNTERS");
  await page.getByLabel("Their offer reaches").selectOption("BELOW_WALK_AWAY");
  await page.getByLabel("Our counter / next step").fill("Require a separate fine-tuned instance trained only on our data.");
  await page.getByRole("button", { name: "Log response" }).click();
  await expect(page.getByText(/Logged, with \d+ red flag/)).toBeVisible();
  const entry = page.getByTestId("response-entry").first();
  await expect(entry).toContainText(vendorWords);
  await expect(entry.getByTestId("red-flag").first()).toBeVisible();
  await expect(page.getByTestId("clause-status")).toContainText("Below walk-away");
  await screenshot(page, "clause-response-log");

  // Progress on the deal page and the activity trail reflect all of it.
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByTestId("section-training-data").getByTestId("section-settled")).toHaveText("2/5 settled");
  await expect(page.getByTestId("section-training-data")).toContainText("1 below walk-away");
  await screenshot(page, "deal-page");
  await page.getByRole("link", { name: "Activity" }).click();
  const rows = page.getByTestId("activity-row");
  await expect(rows.first()).toContainText("Vendor response logged");
  await expect(rows).toHaveCount(5); // created, 3 clause updates, 1 response
  await page.getByLabel("Change").selectOption("clause.updated");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(rows).toHaveCount(3);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of csv) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks).toString("utf8").trim().split("\r\n");
  expect(lines[0]).toContain("time_utc,actor,entity_type");
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain("clause.updated");
  await screenshot(page, "activity");
});

test("a stale clause save is refused with the current value shown", async ({ browser }) => {
  const first = hydratingPage(await browser.newPage());
  const second = hydratingPage(await (await browser.newContext()).newPage());
  await signIn(first, DEMO.negotiator);
  await signIn(second, DEMO.admin);
  await first.goto("/deals");
  await first.getByRole("link", { name: "Demand forecasting model" }).click();
  await first.getByTestId("section-outputs").click();
  await first
    .getByTestId("checklist-item")
    .first()
    .getByRole("link", { name: /Open clause/ })
    .click();
  await first.waitForURL(/\/clauses\//);
  await expect(first.getByLabel("Notes")).toBeVisible();
  await second.goto(first.url());

  await first.getByLabel("Notes").fill("Vendor agreed on the call; awaiting redline.");
  await first.getByRole("button", { name: "Save clause" }).click();
  await expect(first.getByText("Saved.")).toBeVisible();

  await second.getByLabel("Notes").fill("My conflicting note");
  await second.getByRole("button", { name: "Save clause" }).click();
  await expect(second.getByText(/Someone else saved this clause/)).toBeVisible();
  await expect(second.getByTestId("conflict-current")).toContainText("Vendor agreed on the call; awaiting redline.");
  await screenshot(second, "clause-conflict");
});

test("the deal form points at the field to fix, and a deal is archived and restored after a confirm step", async ({ page }) => {
  const dealName = `Archivable model ${Date.now()}`;
  await signIn(page, DEMO.negotiator);
  await page.goto("/deals/new");
  await page.getByLabel("Vendor").fill("Acme Models Ltd");
  await page.getByLabel("Hosting model").selectOption("SELF_HOSTED");
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByText("Please correct the highlighted fields.")).toBeVisible();
  await expect(page.getByLabel("Deal name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Deal name")).toBeFocused();
  await expect(page.getByText("Deal name is required")).toBeVisible();

  await page.getByLabel("Deal name").fill(dealName);
  await page.getByRole("button", { name: "Create deal" }).click();
  await expect(page.getByRole("heading", { name: dealName })).toBeVisible();
  await page.getByRole("link", { name: "Edit deal" }).click();
  await page.getByRole("button", { name: "Archive deal" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Archive deal" }).click();
  await page.getByRole("button", { name: "Yes, archive" }).click();
  await expect(page.getByText("The deal is archived.")).toBeVisible();
  await page.getByRole("button", { name: "Restore deal" }).click();
  await expect(page.getByText("The deal is archived.")).toHaveCount(0);
  await page.getByRole("button", { name: "Yes, restore" }).click();
  await expect(page.getByText("The deal is restored.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Archive deal" })).toBeVisible();
});

test("a viewer reads a deal but gets no editing controls", async ({ page }) => {
  await signIn(page, DEMO.viewer);
  await page.goto("/deals");
  await expect(page.getByRole("link", { name: "New deal" })).toHaveCount(0);
  await page.getByRole("link", { name: "Demand forecasting model" }).click();
  await expect(page.getByRole("link", { name: "Edit deal" })).toHaveCount(0);
  await page.getByTestId("section-deployment-exit").click();
  await expect(page.getByRole("button", { name: "Save status" })).toHaveCount(0);
  await expect(page.getByTestId("checklist-item").first().getByRole("combobox")).toHaveCount(0);
});

// A browser sends Origin with every POST; the API refuses one without it (e2e/security.spec.ts).
const FROM_APP = { Origin: `http://localhost:${APP_PORT}` };

test("the analysis API answers signed-in sessions only and validates its input", async ({ page, request }) => {
  const anonymous = await request.post("/api/v1/analyze", { headers: FROM_APP, data: { text: "We'll host the model for you." } });
  expect(anonymous.status()).toBe(401);

  await signIn(page, DEMO.viewer);
  const api = page.request;
  const ok = await api.post("/api/v1/analyze", {
    headers: FROM_APP,
    data: { text: "Vendor may use Customer Data for any purpose. We'll host it for you, so you never need the model files." },
  });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  const keys = body.findings.map((f: { key: string }) => f.key);
  expect(keys).toContain("data-any-purpose");
  expect(keys).toContain("hosting-only");
  const anyPurpose = body.findings.find((f: { key: string }) => f.key === "data-any-purpose");
  expect(anyPurpose).toMatchObject({ severity: "high", layer: "training-data" });
  expect(anyPurpose.match.text.toLowerCase()).toContain("any purpose");
  expect(anyPurpose.counter.length).toBeGreaterThan(20);

  const friendly = await api.post("/api/v1/analyze", {
    headers: FROM_APP,
    data: { text: "Client owns all right, title and interest in the fine-tuned model." },
  });
  expect((await friendly.json()).findings).toEqual([]);

  for (const [data, message] of [
    [{}, "text is required"],
    [{ text: 42 }, "text must be a string"],
    [{ text: "" }, "text must not be empty"],
    [{ text: "x".repeat(20_001) }, "at most 20,000"],
  ] as const) {
    const res = await api.post("/api/v1/analyze", { headers: FROM_APP, data });
    expect(res.status()).toBe(400);
    expect(res.headers()["content-type"]).toBe("application/problem+json");
    const problem: { errors: { detail: string; pointer: string }[] } = await res.json();
    expect(problem.errors).toEqual([{ detail: expect.stringContaining(message), pointer: "#/text" }]);
  }
  const notJson = await api.post("/api/v1/analyze", { headers: { ...FROM_APP, "content-type": "application/json" }, data: Buffer.from("{not json") });
  expect(notJson.status()).toBe(400);
  expect(await notJson.json()).toMatchObject({ type: "/docs/api#problem-validation", detail: "The body must be a JSON document." });
});

test("the identity API answers 401 signed out, and who you are signed in, never cached", async ({ page, request }) => {
  const anonymous = await request.get("/api/v1/me");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ type: "/docs/api#problem-unauthenticated", status: 401 });

  await signIn(page, DEMO.viewer);
  const me = await page.request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(me.headers()["cache-control"]).toBe("private, no-store");
  expect(await me.json()).toMatchObject({ role: "VIEWER", organization: { name: "Demo Corp" } });
});

test("the analysis API allows 60 calls a minute per user, then answers 429 with Retry-After", async ({ page }) => {
  await signIn(page, DEMO.manager);
  const statuses: number[] = [];
  for (let i = 0; i < 61 && !statuses.includes(429); i++) {
    const res = await page.request.post("/api/v1/analyze", { headers: FROM_APP, data: { text: "We'll host the model for you." } });
    statuses.push(res.status());
  }
  expect(statuses).toContain(429);
  expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(60);
  const refused = await page.request.post("/api/v1/analyze", { headers: FROM_APP, data: { text: "We'll host the model for you." } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  const body: { type: string; detail: string } = await refused.json();
  expect(body.type).toBe("/docs/api#problem-rate-limited");
  expect(body.detail).toContain("at most 60 a minute");
});

test("another organisation's deal does not exist for you", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/deals");
  await page.getByRole("link", { name: "Demand forecasting model" }).click();
  await page.waitForURL(/\/deals\/[^/]+$/);
  const dealUrl = page.url();
  await page.getByTestId("organization-switcher").selectOption({ label: "Northwind Labs" });
  await expect(page.getByTestId("organization-switcher").locator("option:checked")).toHaveText("Northwind Labs");
  const response = await page.goto(dealUrl);
  expect(response?.status()).toBe(404);
  const csv = await page.request.get(`${dealUrl}/activity/export`);
  expect(csv.status()).toBe(404);
  const pdf = await page.request.get(`${dealUrl}/report/pdf`);
  expect(pdf.status()).toBe(404);
  expect(pdf.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  await page.getByTestId("organization-switcher").selectOption({ label: "Demo Corp" });
});
