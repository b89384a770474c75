// Taking a scorecard away: printing the 2021 scorecard to PDF (the print stylesheet) and reading it
// back with pdftotext (poppler-utils), and downloading the CSV through the year page's export link.
import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appUrl, browserAvailable, logInAs, SCREENSHOT_DIR, useBrowser } from "@/e2e/browser";

// CI installs poppler-utils (.ci/run); elsewhere a missing pdftotext skips the PDF check loudly.
const pdftotextAvailable = spawnSync("pdftotext", ["-v"]).error === undefined;
if (!pdftotextAvailable) {
  if (process.env.REQUIRE_E2E === "1") throw new Error("REQUIRE_E2E=1 but pdftotext (poppler-utils) is missing");
  console.warn("pdftotext (poppler-utils) not found: THE PRINT-TO-PDF CHECK IS SKIPPED.");
}

describe.skipIf(!browserAvailable)("scorecard exports in Chromium", () => {
  const newPage = useBrowser();
  let page: Page;
  beforeAll(async () => {
    await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  });
  beforeEach(async () => {
    page = await newPage({ acceptDownloads: true });
    await logInAs(page, "viewer@yardstick.local");
    await page.getByRole("heading", { name: "目标完成情况总览" }).waitFor();
  });

  it.skipIf(!pdftotextAvailable)("prints the 2021 scorecard to an A4 PDF with its indicators and verdict counts, without the app's controls", async () => {
    await page.goto(appUrl("/years/2021"));
    await page.getByRole("heading", { name: "2021年成绩单" }).waitFor();
    await page.locator(".recharts-surface").first().waitFor();
    const met = (await page.getByRole("list", { name: "按判定统计" }).locator("[data-verdict=met]").textContent())?.replace("已完成", "");
    expect(Number(met)).toBeGreaterThan(0);

    const file = path.join(SCREENSHOT_DIR, "scorecard-2021.pdf");
    await page.pdf({ path: file, preferCSSPageSize: true });
    const text = spawnSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }).stdout;
    const compact = text.replace(/\s+/g, "");
    expect(compact).toContain("2021年成绩单");
    for (const indicator of ["地区生产总值", "高新技术企业", "5G基站"]) expect(compact).toContain(indicator);
    expect(compact).toContain(`已完成${met}`);
    expect(compact).toMatch(/方法说明版本\d{4}\.\d+/);
    // Page numbers from the @page margin boxes; no navigation, filters or buttons.
    expect(text).toMatch(/^\s*1\s*\/\s*\d+\s*$/m);
    for (const control of ["退出登录", "导出CSV", "全部领域", "仅来源有分歧", "跳到正文"]) expect(compact).not.toContain(control);
  });

  it("downloads the filtered CSV from the year page's export link", async () => {
    await page.goto(appUrl("/years/2021?verdict=met"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("Yardstick 2021年成绩单.csv");
    const file = path.join(SCREENSHOT_DIR, "scorecard-2021-met.csv");
    await download.saveAs(file);
    const bytes = await fs.readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toContain("# filters,year=2021; verdict=met");
    expect(text).toContain("地区生产总值");
    // The verdict columns (label, code) side by side: met rows are there, nothing else is.
    expect(text).toContain(",已完成,met,");
    expect(text).not.toMatch(/,(未完成,missed|基本完成,partly_met|未报告,not_reported|待揭晓,pending|待审核,needs_review),/);
  });
});
