import fs from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";

export const SCREENSHOT_DIR = path.join(process.cwd(), "test-results", "e2e");

/** False when the global setup found no Chromium (and REQUIRE_E2E was not set). */
export const browserAvailable = inject("chromiumPath") !== "";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject("chromiumPath"),
    headless: true,
    // No sandbox as root; no background networking, which this machine's closed network refuses.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

export function appUrl(pathname: string): string {
  return `${inject("appUrl")}${pathname}`;
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the real login form. */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(appUrl("/login"));
  await page.getByLabel(/Email/).fill(email);
  await page.getByLabel(/Password/).fill(password);
  await page.getByRole("button", { name: /Sign in/ }).click();
}

/** Waits until the login form has let the page through to the app. */
export async function signedIn(page: Page): Promise<void> {
  await page.waitForURL((url) => url.pathname !== "/login");
}
