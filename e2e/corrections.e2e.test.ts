import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appUrl, browserAvailable, logInAs, saveScreenshot, useBrowser } from "@/e2e/browser";

describe.skipIf(!browserAvailable)("editors correct the machine, in Chromium", () => {
  const newPage = useBrowser();

  async function openOverviewAs(email: string): Promise<Page> {
    const page = await newPage();
    await logInAs(page, email);
    await page.getByRole("heading", { name: "目标完成情况总览" }).waitFor();
    return page;
  }

  /** The year's count of one verdict, from the summary chips at the top of the year's scorecard. */
  async function yearCount(page: Page, verdict: string): Promise<number> {
    await page.goto(appUrl("/years/2021"));
    await page.getByRole("heading", { name: "2021年成绩单" }).waitFor();
    const chip = await page.locator(`ul[aria-label] [data-verdict=${verdict}]`).first().textContent();
    return Number(chip?.match(/\d+/)?.[0]);
  }

  it("an editor relinks an unanswered target to the suggested result from the review queue, and the scorecard follows", async () => {
    const page = await openOverviewAs("editor@yardstick.local");
    const notReported = await yearCount(page, "not_reported");
    // A chip without a number would make the comparison below NaN against NaN, which passes.
    expect(notReported).toBeGreaterThan(0);

    await page.getByRole("link", { name: "待审核" }).click();
    await page.getByRole("heading", { name: "待审核", level: 1 }).waitFor();
    await page.goto(appUrl("/review?reason=suggestion"));
    const item = page.getByTestId("review-item").filter({ has: page.getByRole("link", { name: "重大项目", exact: true }) }).filter({ hasText: "2021 ·" });
    const targetId = await item.getAttribute("data-target-id");
    expect(await item.getByTestId("review-target-sentence").textContent()).toContain("重大项目");
    const relink = item.getByTestId("relink-form");
    await relink.getByLabel("理由（必填）").fill("回顾报告中的重大项目即该目标的结果");
    await relink.getByRole("button", { name: "改为关联此结果" }).click();
    await item.waitFor({ state: "detached" });
    await saveScreenshot(page, "review-after-relink");

    expect(await yearCount(page, "not_reported")).toBe(notReported - 1);
    await page.goto(appUrl(`/targets/${targetId}`));
    await page.getByRole("heading", { level: 1, name: "重大项目" }).waitFor();
    expect(await page.getByTestId("result-paragraph").count()).toBe(1);
    const history = page.locator("section", { has: page.getByRole("heading", { name: "修改记录" }) });
    expect(await history.textContent()).toContain("回顾报告中的重大项目即该目标的结果");
    expect(await page.getByTestId("target-editor").isVisible()).toBe(true);
  });

  it("a viewer sees no edit controls on a target page and cannot open the review queue", async () => {
    const page = await openOverviewAs("viewer@yardstick.local");
    expect(await page.getByRole("link", { name: "待审核" }).count()).toBe(0);
    await page.goto(appUrl("/years/2021?q=%E9%AB%98%E6%96%B0%E6%8A%80%E6%9C%AF%E4%BC%81%E4%B8%9A"));
    await page.getByTestId("target-row").first().getByRole("link").first().click();
    await page.getByRole("heading", { level: 1, name: "高新技术企业" }).waitFor();
    expect(await page.getByTestId("target-editor").count()).toBe(0);
    expect(await page.getByTestId("result-editor").count()).toBe(0);
    expect(await page.locator("main form, main textarea").count()).toBe(0);
    await page.goto(appUrl("/review"));
    await page.getByRole("heading", { name: "目标完成情况总览" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
  });
});
