import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { appUrl, browserAvailable, logIn, logInAs, saveScreenshot, useBrowser } from "@/e2e/browser";

describe.skipIf(!browserAvailable)("login flow in Chromium", () => {
  const newPage = useBrowser();
  let page: Page;
  beforeEach(async () => {
    page = await newPage();
  });

  it("sends an anonymous visitor to /login", async () => {
    await page.goto(appUrl("/"));
    expect(new URL(page.url()).pathname).toBe("/login");
    await expect(page.getByRole("button", { name: /Sign in/ }).isVisible()).resolves.toBe(true);
  });

  it("shows an error for a wrong password and stays on /login", async () => {
    await logIn(page, "viewer@yardstick.local", "not-the-password");
    // Next.js renders its own (empty) route announcer with role="alert"; ours is inside the form.
    const alert = page.locator("form").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Wrong email or password");
    expect(new URL(page.url()).pathname).toBe("/login");
    expect((await page.context().cookies()).some((cookie) => cookie.name.includes("session-token"))).toBe(false);
  });

  it("lets the viewer in to the overview, whose corpus section lists the five seed documents", async () => {
    await logInAs(page, "viewer@yardstick.local");
    await page.getByRole("heading", { name: "收录的文档" }).waitFor();
    const rows = page.getByTestId("document-row");
    expect(await rows.count()).toBe(5);
    const table = await page.getByRole("table", { name: "已收录的文档及其内容" }).textContent();
    for (const file of ["000_86eff455de69cc08.txt", "001_2fd9c68ee52552db.txt", "002_5ae12cae80745738.txt"]) {
      expect(table).toContain(file);
    }
    expect(table).toContain("重庆市");
    const cookie = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    await saveScreenshot(page, "documents");
  });

  it("signs out back to /login", async () => {
    await logInAs(page, "viewer@yardstick.local");
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL(/\/login/);
    await page.goto(appUrl("/"));
    expect(new URL(page.url()).pathname).toBe("/login");
  });
});
