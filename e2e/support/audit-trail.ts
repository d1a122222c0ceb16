import type { Page } from "@playwright/test";
import { parseCsv } from "@/lib/domain/csv";
import { expect } from "../fixtures";

// Reading the organisation audit log back in end-to-end tests: its CSV (parsed, as a spreadsheet
// would) and its page. `page` must be signed in as someone who may read the log (admin or CIO).

export type AuditCsvRow = Record<
  "time_utc" | "person" | "person_email" | "action" | "action_label" | "entity_type" | "entity_id" | "deal_id" | "deal_name" | "details" | "api_token",
  string
>;

/** Today's events of the page's current organisation, oldest first, from /admin/audit/export. */
export async function auditCsvToday(page: Page): Promise<AuditCsvRow[]> {
  const today = new Date().toISOString().slice(0, 10);
  const response = await page.request.get(`/admin/audit/export?from=${today}`);
  expect(response.status()).toBe(200);
  const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])) as AuditCsvRow);
}

/**
 * The person's events in the CSV include each of `actions` (in this order, others may come between),
 * and the audit page filtered to the last of them shows it with the person's name.
 */
export async function expectInAuditTrail(page: Page, { email, name, actions }: { email: string; name: string; actions: string[] }) {
  const mine = (await auditCsvToday(page)).filter((row) => row.person_email === email).map((row) => row.action);
  let from = 0;
  for (const action of actions) {
    const at = mine.indexOf(action, from);
    expect(at, `${action} after ${actions.slice(0, actions.indexOf(action)).join(", ") || "the start"} in ${mine.join(", ")}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
  const last = actions[actions.length - 1];
  await page.goto(`/admin/audit?action=${encodeURIComponent(last)}`);
  await expect(page.getByTestId("audit-row").filter({ hasText: name }).first()).toBeVisible();
}
