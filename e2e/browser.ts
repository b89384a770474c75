import fs from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export const SCREENSHOT_DIR = path.join(process.cwd(), "test-results", "e2e");

/** False when the global setup found no Chromium (and REQUIRE_E2E was not set). */
export const browserAvailable = inject("chromiumPath") !== "";

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject("chromiumPath"),
    headless: true,
    // No sandbox as root; no background networking, which this machine's closed network refuses.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Launches Chromium for the enclosing describe block and closes it (with every context) after it.
 * Returns a function that opens a page in a context of its own (its own cookies), in Chinese.
 */
export function useBrowser(): (options?: BrowserContextOptions) => Promise<Page> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (options) => {
    if (!browser) throw new Error("useBrowser(): the browser is launched in beforeAll");
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 }, ...options });
    return context.newPage();
  };
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

/** Signs in (by default with the run's demo password) and waits until the login form has let the page through. */
export async function logInAs(page: Page, email: string, password = inject("demoPassword")): Promise<void> {
  await logIn(page, email, password);
  await page.waitForURL((url) => url.pathname !== "/login");
}
