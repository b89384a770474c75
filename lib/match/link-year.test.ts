import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocument } from "@/lib/extract/extract-document";
import { linkYear, type ReportInput, type TargetLink } from "./link-year";

/** A work report delivered in January of `year + 1`: results for `year`, targets for `year + 1`. */
function workReport(documentId: string, year: number, review: string, plan: string): ReportInput[] {
  const text = `某市人民政府工作报告\n——${year + 1}年1月17日在某市人民代表大会上\n一、${year}年工作回顾\n${review}\n二、${year + 1}年工作安排\n${plan}`;
  return extractDocument(text).map((report) => ({ documentId, text, report }));
}

const plan2021 = (plan: string) => workReport("plan.txt", 2020, "全市地区生产总值增长3.9%。", plan);
const review2021 = (review: string, documentId = "review.txt") => workReport(documentId, 2021, review, "地区生产总值增长5.5%左右。");
const linkOf = (links: TargetLink[], quote: string) => {
  const link = links.find((candidate) => candidate.target.quote.replace(/\s/g, "").includes(quote));
  if (!link) throw new Error(`no link for ${quote}`);
  return link;
};

describe("linkYear", () => {
  it("links a target to the results of the same indicator in every review report", () => {
    const { links, reviewAvailable } = linkYear(
      [...plan2021("建设“四好农村路”3000公里。"), ...review2021("新改建“四好农村路”3330公里。"), ...review2021("新建“四好农村路”3330公里。", "plan-report.txt")],
      2021,
    );
    expect(reviewAvailable).toBe(true);
    const link = linkOf(links, "四好农村路");
    expect(link.outcomes.map((outcome) => outcome.documentId)).toEqual(["review.txt", "plan-report.txt"]);
    expect(link).toMatchObject({ verdict: "met", conflict: false });
    expect(link.why).toBe("3330公里 ≥ 3000公里 (eq, higher is better) → met");
  });

  it("never meets a year's flow with a running total, even when only another report calls it one", () => {
    const { links } = linkYear([...plan2021("新建5G基站2.1万个。"), ...review2021("建成5G基站7.3万个。"), ...review2021("累计建成5G基站7.3万个。", "plan-report.txt")], 2021);
    const link = linkOf(links, "5G基站");
    expect(link.outcomes).toHaveLength(2);
    expect(link.outcomes.every((outcome) => outcome.cumulative)).toBe(true);
    expect(link.verdict).toBe("needs_review");
  });

  it("keeps a level out of a growth target's evidence when a growth result exists, but not otherwise", () => {
    const { links } = linkYear(review2021("全市地区生产总值达到27894亿元、增长8.3%、高于预期目标2.3个百分点。"), 2021);
    const gdp = linkOf(links, "高于预期目标2.3个百分点");
    expect(gdp.outcomes.map((outcome) => outcome.unit)).toEqual(["%"]);
    // With only a result in another unit, it stays linked so that the verdict can say so.
    const otherUnit = linkYear([...plan2021("新建绿道50公里。"), ...review2021("新建绿道12万平方米。")], 2021);
    const greenway = linkOf(otherUnit.links, "绿道");
    expect(greenway.outcomes.map((outcome) => outcome.unit)).toEqual(["平方米"]);
    expect(greenway.verdict).toBe("needs_review");
  });

  it("does not repeat as implied a target the plan sets with the same number, whatever its measure", () => {
    const { links } = linkYear([...plan2021("持续办好15件重点民生实事。"), ...review2021("15件重点民生实事完成年度任务。")], 2021);
    expect(links.filter((link) => link.target.quote.includes("民生实事"))).toHaveLength(1);
    expect(linkOf(links, "办好15件")).toMatchObject({ verdict: "met", target: { implied: false } });
    // A plan target with the same number but another name is no twin: the implied target stays.
    const unrelated = linkYear([...plan2021("新建15个城市公园。"), ...review2021("15件重点民生实事完成年度任务。")], 2021);
    expect(unrelated.links.filter((link) => link.target.implied)).toHaveLength(1);
  });

  it("flags reports that disagree instead of picking one", () => {
    const { links } = linkYear([...plan2021("建设“四好农村路”3000公里。"), ...review2021("新建“四好农村路”3330公里。"), ...review2021("新建“四好农村路”2900公里。", "plan-report.txt")], 2021);
    expect(linkOf(links, "四好农村路")).toMatchObject({ verdict: "needs_review", conflict: true });
  });

  it("says not_reported when the review says nothing, pending when there is no review", () => {
    const inputs = [...plan2021("打造“门前三包”“五长制”示范道路70条。"), ...review2021("打通未贯通道路35条。")];
    expect(linkOf(linkYear(inputs, 2021).links, "示范道路")).toMatchObject({ verdict: "not_reported", outcomes: [] });
    const pending = linkYear(plan2021("打造“门前三包”“五长制”示范道路70条。"), 2021);
    expect(pending.reviewAvailable).toBe(false);
    expect(pending.links.map((link) => link.verdict)).toEqual(["pending"]);
  });

  it("infers the target a result states about itself, pointing at that statement", () => {
    const { links } = linkYear(review2021("全市地区生产总值增长8.3%、高于预期目标2.3个百分点。全年城镇新增就业75.1万人，超年初预期目标15.1万人。"), 2021);
    const gdp = linkOf(links, "高于预期目标2.3个百分点");
    expect(gdp.target).toMatchObject({ implied: true, value: 6, unit: "%", operator: "gte", quote: "全市地区生产总值增长8.3%、高于预期目标2.3个百分点" });
    expect(gdp.verdict).toBe("met");
    const jobs = linkOf(links, "超年初预期目标15.1万人");
    expect(jobs.target).toMatchObject({ implied: true, value: 600000, unit: "人" });
    expect(jobs.verdict).toBe("met");
  });

  it("prefers an explicit target to the one a result implies, and keeps the statement as corroboration", () => {
    const { links } = linkYear([...plan2021("地区生产总值增长6%以上。"), ...review2021("全市地区生产总值增长8.3%、高于预期目标2.3个百分点。")], 2021);
    expect(links.filter((link) => link.target.implied)).toEqual([]);
    const gdp = linkOf(links, "地区生产总值增长6%");
    expect(gdp.verdict).toBe("met");
    expect(gdp.why).toContain("高于预期目标2.3个百分点");
  });

  it("states one implied target once when several reports imply it", () => {
    const statement = "全市地区生产总值增长8.3%、高于预期目标2.3个百分点。";
    const { links } = linkYear([...review2021(statement), ...review2021(statement, "plan-report.txt")], 2021);
    expect(links.filter((link) => link.target.implied)).toHaveLength(1);
    expect(links[0].outcomes).toHaveLength(2);
  });

  it("returns plain serialisable data", () => {
    const result = linkYear([...plan2021("新建5G基站2.1万个。"), ...review2021("建成5G基站7.3万个。")], 2021);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe("linkYear on the seed corpus", () => {
  const seed = (name: string): ReportInput[] => {
    const text = readFileSync(new URL(`../../seed/${name}`, import.meta.url), "utf8");
    return extractDocument(text).map((report) => ({ documentId: name, text, report }));
  };
  const plan2021Doc = seed("001_2fd9c68ee52552db.txt");
  const work2022 = seed("000_86eff455de69cc08.txt");
  const drc2021 = seed("004_5adb298ee1a05903.txt");
  const { links } = linkYear([...plan2021Doc, ...work2022, ...drc2021], 2021);

  it("finds the GDP target implied by 高于预期目标2.3个百分点 and meets it with 8.3%", () => {
    const gdp = links.find((link) => link.target.implied && link.target.quote.includes("高于预期目标2.3个百分点"));
    expect(gdp?.target).toMatchObject({ documentId: "004_5adb298ee1a05903.txt", value: 6, unit: "%" });
    expect(gdp?.verdict).toBe("met");
    expect(gdp?.outcomes.some((outcome) => outcome.documentId === "000_86eff455de69cc08.txt" && outcome.value === 8.3)).toBe(true);
  });

  it("finds the 城镇新增就业 60万 target implied by 超年初预期目标15.1万人 and meets it with 75.1万", () => {
    const jobs = links.find((link) => link.target.implied && link.target.quote.includes("超年初预期目标15.1万人"));
    expect(jobs?.target).toMatchObject({ value: 600000, unit: "人" });
    expect(jobs?.verdict).toBe("met");
    expect(jobs?.outcomes.every((outcome) => outcome.value === 751000)).toBe(true);
  });

  it("sends 新建5G基站2.1万个 against 7.3万 stations in total to review, never met", () => {
    const link = linkOf(links, "新建5G基站2.1万个");
    expect(link.verdict).toBe("needs_review");
    expect(link.outcomes.map((outcome) => outcome.quote)).toContain("累计建成5G基站7.3万个");
  });

  it("reports the 示范道路 target as not reported, with no result linked", () => {
    expect(linkOf(links, "示范道路70条")).toMatchObject({ verdict: "not_reported", outcomes: [] });
  });

  it("links the sectional results 000 and 004 report for 2021", () => {
    expect(linkOf(links, "高新技术企业突破4500家").verdict).toBe("met");
    expect(linkOf(links, "通车里程达到402公里").outcomes[0].quote).toBe("通车里程达到417公里");
    expect(linkOf(links, "建设山城步道80公里").verdict).toBe("met");
  });

  it("leaves 2022 and 2024 pending: no review of those years is in the corpus", () => {
    const year2022 = linkYear([...plan2021Doc, ...work2022, ...drc2021], 2022);
    expect(year2022.links.length).toBeGreaterThan(0);
    expect(new Set(year2022.links.map((link) => link.verdict))).toEqual(new Set(["pending"]));
    const year2024 = linkYear(seed("002_5ae12cae80745738.txt"), 2024);
    expect(year2024.links.length).toBeGreaterThan(0);
    expect(new Set(year2024.links.map((link) => link.verdict))).toEqual(new Set(["pending"]));
  });
});
