import { expect, type Page } from "@playwright/test";
import { hydrated } from "./fixtures";

export const DEMO_PASSWORD = "playbook-demo";

export const DEMO = {
  admin: "admin@example.com",
  cio: "cio@example.com",
  manager: "manager@example.com",
  negotiator: "negotiator@example.com",
  viewer: "viewer@example.com",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText(email);
  await hydrated(page);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}
