import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise";
import { inferYear, splitReports } from "./split-reports";

function reportsOf(seed: string) {
  const text = readFileSync(new URL(`../../seed/${seed}`, import.meta.url), "utf8");
  return splitReports(normaliseText(text).text).map(({ kind, reviewYear, planYear, deliveredOn }) => ({ kind, reviewYear, planYear, deliveredOn }));
}

describe("splitReports on the seed corpus", () => {
  it("reads the complete 2020 and 2022 work reports", () => {
    expect(reportsOf("003_a22e795fa8ceb7bd.txt")).toEqual([{ kind: "government_work_report", reviewYear: 2019, planYear: 2020, deliveredOn: "2020-01-11" }]);
    expect(reportsOf("000_86eff455de69cc08.txt")).toEqual([{ kind: "government_work_report", reviewYear: 2021, planYear: 2022, deliveredOn: "2022-01-17" }]);
  });

  it("reads the plan half of a newspaper print as the 2021 plan part with no review", () => {
    expect(reportsOf("001_2fd9c68ee52552db.txt")).toEqual([{ kind: "government_work_report", reviewYear: null, planYear: 2021, deliveredOn: null }]);
  });

  it("reads the first half of a plan report as the 2021 review with no plan part", () => {
    expect(reportsOf("004_5adb298ee1a05903.txt")).toEqual([{ kind: "plan_report", reviewYear: 2021, planYear: null, deliveredOn: null }]);
  });

  it("splits a gazette into its work, plan and budget reports and skips the table of contents", () => {
    expect(reportsOf("002_5ae12cae80745738.txt")).toEqual([
      { kind: "government_work_report", reviewYear: 2023, planYear: 2024, deliveredOn: "2024-01-21" },
      { kind: "plan_report", reviewYear: 2023, planYear: 2024, deliveredOn: null },
      { kind: "budget_report", reviewYear: 2023, planYear: 2024, deliveredOn: null },
    ]);
  });
});

describe("splitReports rules", () => {
  const report = ["某省人民政府工作报告", "——2025年1月20日在某省第十四届人民代表大会第三次会议上", "各位代表：", "一、2024年工作回顾", "全年增长5%。", "（一）抓产业。", "一是抓项目。", "二、2025年工作安排", "力争增长5%。"].join("\n");

  it("finds title, date, parts and the section tree of another province's report", () => {
    const [parsed] = splitReports(report);
    expect(parsed).toMatchObject({ kind: "government_work_report", title: "某省人民政府工作报告", deliveredOn: "2025-01-20", reviewYear: 2024, planYear: 2025 });
    expect(parsed.sections.map((s) => s.heading)).toEqual(["2024年工作回顾", "2025年工作安排"]);
    expect(parsed.sections[0].children[0].heading).toBe("抓产业");
    expect(parsed.sections[0].children[0].children[0]).toMatchObject({ marker: "一是", heading: "抓项目" });
  });

  it("does not take a table-of-contents entry with a page number for a title", () => {
    expect(splitReports(`目录\n某市人民政府工作报告（1）\n${report}`)).toHaveLength(1);
  });

  it("infers the year of a partial report from five-year-plan milestones and anniversaries", () => {
    expect(inferYear("开局“十四五”、开启新征程")).toBe(2021);
    expect(inferYear("“十三五”规划收官之年")).toBe(2020);
    expect(inferYear("以优异成绩庆祝建党100周年")).toBe(2021);
    expect(inferYear("加快建设现代化经济体系")).toBeNull();
  });
});
