import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, browserAvailable, logInAs, useBrowser } from "@/e2e/browser";
import type { Db } from "@/lib/db";
import { CACHE_STATUS_HEADER } from "@/lib/page-cache/policy";
import { connectTestDatabase } from "@/tests/database";

// Scorecard pages are answered from the rendered-page cache (lib/page-cache). What must hold in the
// real server: a page cached for one role is never shown to another, a change written by another
// process shows on the next load, and an account disabled since the page was cached gets nothing.

describe.skipIf(!browserAvailable)("rendered-page cache, in Chromium", () => {
  const newPage = useBrowser();
  let db: Db;
  let targetId: number;

  beforeAll(async () => {
    db = connectTestDatabase();
    const target = await db.target.findFirstOrThrow({ where: { year: 2021, indicator: "高新技术企业" }, select: { id: true } });
    targetId = target.id;
  });

  afterAll(async () => {
    await db.$disconnect();
  });

  /** Loads the target page until the answer comes from the cache (the first may render it). */
  async function openTargetFromCache(page: Page): Promise<void> {
    await expect.poll(async () => {
      const response = await page.goto(appUrl(`/targets/${targetId}`));
      await page.getByRole("heading", { level: 1 }).waitFor();
      return response?.headers()[CACHE_STATUS_HEADER];
    }, { timeout: 5_000 }).toBe("hit");
  }

  it("never shows an editor's cached page, with its editing controls, to a viewer", async () => {
    const editor = await newPage();
    await logInAs(editor, "editor@yardstick.local");
    await openTargetFromCache(editor);
    expect(await editor.getByTestId("target-editor").count()).toBe(1);

    const viewer = await newPage();
    await logInAs(viewer, "viewer@yardstick.local");
    await openTargetFromCache(viewer);
    expect(await viewer.getByRole("heading", { level: 1, name: "高新技术企业" }).count()).toBe(1);
    expect(await viewer.getByTestId("target-editor").count()).toBe(0);

    // And the other way round: the editor's next load still has the controls.
    await editor.goto(appUrl(`/targets/${targetId}`));
    expect(await editor.getByTestId("target-editor").count()).toBe(1);
  });

  it("shows a change written by another process (a worker, a script) on the next load", async () => {
    const viewer = await newPage();
    await logInAs(viewer, "viewer@yardstick.local");
    await openTargetFromCache(viewer);
    const renamed = "高新技术企业（缓存测试）";
    await db.target.update({ where: { id: targetId }, data: { indicator: renamed } });
    try {
      // The notification is delivered at commit; allow the server a moment to hear it.
      await expect.poll(async () => {
        await viewer.goto(appUrl(`/targets/${targetId}`));
        return viewer.getByRole("heading", { level: 1 }).textContent();
      }, { timeout: 5_000 }).toBe(renamed);
    } finally {
      await db.target.update({ where: { id: targetId }, data: { indicator: "高新技术企业" } });
    }
  });

  it("refuses a page it has cached to an account disabled since, by its own check", async () => {
    const viewer = await newPage();
    await logInAs(viewer, "viewer@yardstick.local");
    await openTargetFromCache(viewer);
    // Disabling a user also empties the cache (User has a notification trigger). With the trigger
    // off for this write the page stays cached, so only the proxy's check of the account can refuse it.
    await db.$transaction([
      db.$executeRaw`ALTER TABLE "User" DISABLE TRIGGER "User_notify_data_changed"`,
      db.user.update({ where: { email: "viewer@yardstick.local" }, data: { disabled: true } }),
      db.$executeRaw`ALTER TABLE "User" ENABLE TRIGGER "User_notify_data_changed"`,
    ]);
    try {
      await viewer.goto(appUrl(`/targets/${targetId}`));
      await viewer.waitForURL((url) => url.pathname === "/login");
    } finally {
      await db.user.update({ where: { email: "viewer@yardstick.local" }, data: { disabled: false } });
    }
  });
});
