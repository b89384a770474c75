import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { appUrl, browserAvailable, logInAs, saveScreenshot, useBrowser } from "@/e2e/browser";

describe.skipIf(!browserAvailable)("scorecards in Chromium", () => {
  const newPage = useBrowser();
  let page: Page;
  beforeEach(async () => {
    page = await newPage();
    await logInAs(page, "viewer@yardstick.local");
    await page.getByRole("heading", { name: "目标完成情况总览" }).waitFor();
  });

  it("goes from the overview to 2021, an area and a target, and reads both sentences", async () => {
    const grid = page.getByTestId("overview-grid");
    expect(await grid.textContent()).toContain("结果尚未收录");
    await saveScreenshot(page, "overview");

    await grid.getByRole("link", { name: "2021", exact: true }).click();
    await page.getByRole("heading", { name: "2021年成绩单" }).waitFor();
    expect(await page.getByTestId("target-row").count()).toBeGreaterThan(20);

    await page.getByTestId("area-counts").getByRole("link", { name: "科技创新" }).click();
    await page.getByRole("heading", { name: "2021年 · 科技创新" }).waitFor();
    const row = page.getByTestId("target-row").filter({ has: page.getByRole("link", { name: "高新技术企业", exact: true }) });
    expect(await row.getByTestId("target-sentence").textContent()).toContain("高新技术企业突破4500家");
    expect(await row.getByTestId("result-sentence").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("5108")]));

    await row.getByRole("link", { name: "高新技术企业" }).click();
    await page.getByRole("heading", { level: 1, name: "高新技术企业" }).waitFor();
    const target = page.getByTestId("target-paragraph");
    expect(await target.locator("mark").first().textContent()).toContain("高新技术企业突破4500家");
    const results = page.getByTestId("result-paragraph");
    expect(await results.count()).toBeGreaterThan(0);
    expect(await results.locator("mark").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("5108")]));
    expect(await page.locator("section").filter({ hasText: "判定" }).locator("[data-verdict=met]").first().textContent()).toBe("已完成");
    expect(await page.getByTestId("history-empty").isVisible()).toBe(true);
  });

  it("shows the target-versus-actual series of a recurring indicator", async () => {
    await page.goto(appUrl("/years/2021?q=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC"));
    await page.getByTestId("target-row").first().getByRole("link").click();
    await page.getByRole("heading", { name: "历年目标与实际" }).waitFor();
    const series = await page.getByRole("table", { name: /地区生产总值/ }).textContent();
    for (const year of ["2019", "2020", "2022", "2023", "2024"]) expect(series).toContain(year);
    await page.locator(".recharts-surface").first().waitFor();
    await saveScreenshot(page, "target");
  });

  it("switches to English and back, keeping the page", async () => {
    await page.goto(appUrl("/years/2021"));
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Scorecard 2021" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("link", { name: "Methodology" }).isVisible()).toBe(true);
    // Indicator names stay as the reports wrote them.
    expect(await page.getByTestId("target-row").filter({ hasText: "5G基站" }).count()).toBe(1);
    await page.getByRole("button", { name: "中文" }).click();
    await page.getByRole("heading", { name: "2021年成绩单" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/years/2021");
  });

  it("keeps filters in the URL and answers 404 for malformed and unknown parameters", async () => {
    await page.goto(appUrl("/years/2021"));
    await page.getByLabel("判定", { exact: true }).selectOption("missed");
    await page.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL(/verdict=missed/);
    const rows = page.getByTestId("target-row");
    expect(await rows.count()).toBeGreaterThan(0);
    const verdicts = await rows.locator("[data-verdict]").all();
    expect(verdicts.length).toBeGreaterThan(0);
    for (const verdict of verdicts) expect(await verdict.getAttribute("data-verdict")).toBe("missed");

    await page.goto(appUrl("/years/2022"));
    await page.getByText("结果尚未收录。").waitFor();

    for (const path of ["/years/abc", "/years/1999", "/years/2021/nowhere", "/targets/abc", "/targets/99999999999", "/documents/0"]) {
      const response = await page.goto(appUrl(path));
      expect(response?.status(), path).toBe(404);
      await page.getByRole("heading", { name: "没有找到这个页面" }).waitFor();
    }
  });

  it("opens a document with its targets highlighted and linked", async () => {
    await page.getByTestId("document-row").filter({ hasText: "001_2fd9c68ee52552db.txt" }).getByRole("link").click();
    const text = page.getByTestId("document-text");
    await text.waitFor();
    const marks = text.locator('mark[data-kind="target"]');
    expect(await marks.count()).toBeGreaterThan(10);
    await text.getByRole("link", { name: /新增新型研发机构30家/ }).click();
    await page.getByRole("heading", { level: 1, name: "新型研发机构" }).waitFor();
  });
});
