import { describe, expect, it } from "vitest";
import type { Measure, Operator } from "@/lib/extract/types";
import { judge, type JudgeOutcome, type JudgeTarget } from "./judge";
import { APPROX_TOLERANCE, describeMethodology, polarityOf, type Verdict } from "./methodology";

const target = (indicator: string, measure: Measure, operator: Operator, value: number | null, unit: string | null = "%"): JudgeTarget => ({
  indicator,
  measure,
  operator,
  value,
  unit,
});

const result = (value: number | null, overrides: Partial<JudgeOutcome> = {}): JudgeOutcome => ({
  indicator: overrides.indicator ?? "",
  measure: overrides.measure ?? "growth",
  value,
  unit: overrides.unit === undefined ? "%" : overrides.unit,
  quote: overrides.quote ?? "",
  preliminary: overrides.preliminary ?? false,
  cumulative: overrides.cumulative ?? false,
});

const reviewed = { reviewAvailable: true };

// operator × polarity × measure: [case, target, result, verdict]
const TABLE: [string, JudgeTarget, JudgeOutcome, Verdict][] = [
  ["growth gte, higher is better, beyond", target("地区生产总值", "growth", "gte", 6), result(8.3), "met"],
  ["growth gte, higher is better, exactly", target("地区生产总值", "growth", "gte", 6), result(6), "met"],
  ["growth gte, higher is better, short", target("地区生产总值", "growth", "gte", 6), result(5.9), "missed"],
  ["growth gte never partly met", target("地区生产总值", "growth", "gte", 6), result(5.8), "missed"],
  ["growth approx, beyond", target("地区生产总值", "growth", "approx", 5.5), result(8.3), "met"],
  ["growth approx, within tolerance", target("地区生产总值", "growth", "approx", 6), result(5.6), "partly_met"],
  ["growth approx, at the tolerance edge", target("地区生产总值", "growth", "approx", 6), result(5.4), "partly_met"],
  ["growth approx, beyond tolerance", target("地区生产总值", "growth", "approx", 6), result(5.3), "missed"],
  ["growth eq (bare number), reached", target("全体居民人均可支配收入", "growth", "eq", 7), result(7), "met"],
  ["growth eq (bare number), short", target("全体居民人均可支配收入", "growth", "eq", 7), result(6.9), "missed"],
  ["growth lte, lower is better, under", target("居民消费价格", "growth", "lte", 3), result(0.3), "met"],
  ["growth lte, lower is better, over", target("居民消费价格", "growth", "lte", 3), result(3.5), "missed"],
  ["growth approx, lower is better, under", target("居民消费价格", "growth", "approx", 3), result(2), "met"],
  ["growth approx, lower is better, a little over", target("居民消费价格", "growth", "approx", 3), result(3.2), "partly_met"],
  ["growth approx, lower is better, far over", target("居民消费价格", "growth", "approx", 3), result(3.5), "missed"],
  ["growth eq (bare number), lower is better", target("居民消费价格", "growth", "eq", 3), result(2.5), "met"],
  ["growth lte on a higher-is-better name: the operator states the side", target("一般公共预算支出", "growth", "lte", 5), result(4), "met"],
  ["ratio lte, lower is better, at the ceiling", target("城镇调查失业率", "ratio", "lte", 5.5), result(5.5, { measure: "ratio" }), "met"],
  ["ratio lte, lower is better, over", target("城镇调查失业率", "ratio", "lte", 5.5), result(5.6, { measure: "ratio" }), "missed"],
  ["ratio gte, higher is better, short", target("森林覆盖率", "ratio", "gte", 55), result(54.5, { measure: "ratio" }), "missed"],
  ["ratio eq 全覆盖, reached", target("“三通”紧密型医共体区县", "ratio", "eq", 100), result(100, { measure: "ratio" }), "met"],
  ["ratio eq 全覆盖, short", target("“三通”紧密型医共体区县", "ratio", "eq", 100), result(95, { measure: "ratio" }), "missed"],
  ["ratio eq, lower is better (PM2.5 concentration)", target("PM2.5平均浓度", "level", "eq", 35, "微克/立方米"), result(33, { measure: "level", unit: "微克/立方米" }), "met"],
  ["level gte, reached", target("高新技术企业", "level", "gte", 4500, "家"), result(5108, { measure: "level", unit: "家", quote: "高新技术企业达到5108家" }), "met"],
  ["level gte answered by a running total", target("科技型企业", "level", "gte", 30000, "家"), result(36939, { measure: "level", unit: "家", quote: "累计36939家", cumulative: true }), "met"],
  ["level gte answered by the year's flow", target("科技型企业", "level", "gte", 30000, "家"), result(10568, { measure: "new", unit: "家", quote: "新培育科技型企业10568家" }), "needs_review"],
  ["new eq (bare number), beyond", target("“四好农村路”", "new", "eq", 3000, "公里"), result(3330, { measure: "new", unit: "公里", quote: "新建“四好农村路”3330公里" }), "met"],
  ["new eq (bare number), short", target("“四好农村路”", "new", "eq", 3000, "公里"), result(2800, { measure: "new", unit: "公里", quote: "新建“四好农村路”2800公里" }), "missed"],
  ["new answered by a running total", target("5G基站", "new", "eq", 21000, "个"), result(73000, { measure: "new", unit: "个", quote: "累计建成5G基站7.3万个", cumulative: true }), "needs_review"],
  ["new answered by a year-end stock (达到)", target("上云企业", "new", "eq", 10000, "户"), result(101000, { measure: "level", unit: "户", quote: "上云企业达到10.1万户" }), "needs_review"],
  ["new answered by ten times its size", target("山城步道", "new", "eq", 80, "公里"), result(2278, { measure: "level", unit: "公里", quote: "2278公里山城步道" }), "needs_review"],
  ["new answered by another unit", target("坡坎崖治理项目", "new", "eq", 15, "个"), result(1810000, { measure: "new", unit: "平方米", quote: "新治理提升坡坎崖181万平方米" }), "needs_review"],
  ["new counted in another counter", target("老旧小区", "new", "eq", 832, "个"), result(841, { measure: "new", unit: "处", quote: "实施老旧小区改造841处" }), "met"],
  ["change gte (下降3%以上), beyond", target("单位地区生产总值能耗", "change", "gte", 3), result(3.5, { measure: "change" }), "met"],
  ["change gte (下降3%以上), short", target("单位地区生产总值能耗", "change", "gte", 3), result(2, { measure: "change" }), "missed"],
  ["change eq (下降3%) answered by a negative growth", target("单位地区生产总值能耗", "change", "eq", 3), result(-3.2, { measure: "growth" }), "met"],
  ["change approx (下降3%左右), a little short", target("单位地区生产总值能耗", "change", "approx", 3), result(2.8, { measure: "change" }), "partly_met"],
  ["change eq answered by a rise", target("单位地区生产总值能耗", "change", "eq", 3), result(1, { measure: "growth" }), "missed"],
  ["growth answered by a level", target("地区生产总值", "growth", "approx", 6), result(27894, { measure: "level", unit: "亿元" }), "needs_review"],
  ["ratio answered by a count", target("农村“三变”改革试点覆盖率", "ratio", "gte", 20), result(2234, { measure: "level", unit: "个" }), "needs_review"],
  ["a narrower scope", target("城乡社区居家养老服务", "ratio", "eq", 100), result(100, { measure: "ratio", indicator: "城市社区养老服务" }), "needs_review"],
];

describe("judge", () => {
  it.each(TABLE)("%s", (_case, goal, outcome, verdict) => {
    expect(judge(goal, [outcome], reviewed).verdict).toBe(verdict);
  });

  it("says why in one line, with the rule and the numbers", () => {
    expect(judge(target("地区生产总值", "growth", "gte", 6), [result(8.3)], reviewed).why).toBe("8.3% ≥ 6% (gte, higher is better) → met");
    expect(judge(target("城镇新增就业", "new", "gte", 600000, "人"), [result(751000, { measure: "new", unit: "人" })], reviewed).why).toBe(
      "75.1万人 ≥ 60万人 (gte, higher is better) → met",
    );
    const partly = judge(target("地区生产总值", "growth", "approx", 6), [result(5.6)], reviewed).why;
    expect(partly).toContain("6.7% short, within 10%");
  });

  it("sends qualitative targets to review, and waits for the review year", () => {
    expect(judge(target("进出口", "growth", "qualitative", null, null), [], reviewed).verdict).toBe("needs_review");
    expect(judge(target("进出口", "growth", "qualitative", null, null), [], { reviewAvailable: false }).verdict).toBe("pending");
    expect(judge(target("地区生产总值", "growth", "approx", 5.5), [], { reviewAvailable: false }).verdict).toBe("pending");
    expect(judge(target("地区生产总值", "growth", "approx", 5.5), [], reviewed).verdict).toBe("not_reported");
  });

  it("carries the preliminary flag, and prefers a final figure to a preliminary one", () => {
    const preliminary = judge(target("全社会研发经费支出占比", "ratio", "gte", 2.2), [result(2.21, { measure: "ratio", preliminary: true })], reviewed);
    expect(preliminary).toMatchObject({ verdict: "met", preliminary: true });
    expect(preliminary.why).toContain("preliminary");
    const final = judge(
      target("全社会研发经费支出占比", "ratio", "gte", 2.2),
      [result(2.21, { measure: "ratio", preliminary: true }), result(2.2, { measure: "ratio" })],
      reviewed,
    );
    expect(final).toMatchObject({ verdict: "met", preliminary: false, conflict: false });
  });

  it("flags reports that disagree, and only sends them to review when the verdict depends on it", () => {
    const agree = judge(target("地区生产总值", "growth", "gte", 6), [result(8.3), result(7.9)], reviewed);
    expect(agree).toMatchObject({ verdict: "met", conflict: true });
    const disagree = judge(target("地区生产总值", "growth", "gte", 6), [result(8.3), result(5.5)], reviewed);
    expect(disagree).toMatchObject({ verdict: "needs_review", conflict: true });
    const rounded = judge(target("科技型企业", "level", "gte", 30000, "家"), [result(36900, { measure: "level", unit: "家" }), result(36939, { measure: "level", unit: "家" })], reviewed);
    expect(rounded.conflict).toBe(false);
  });
});

describe("methodology", () => {
  it("reads polarity from the registry, and decrease targets as lower-is-better", () => {
    expect(polarityOf("地区生产总值", "growth")).toBe("higher");
    expect(polarityOf("城镇调查失业率", "ratio")).toBe("lower");
    expect(polarityOf("细颗粒物（PM2.5）平均浓度", "level")).toBe("lower");
    expect(polarityOf("空气质量优良天数", "level")).toBe("higher");
    expect(polarityOf("万元工业增加值用水量", "change")).toBe("lower");
  });

  it("describes itself as plain data for the methodology page", () => {
    const description = describeMethodology();
    expect(description.version).toMatch(/\S/);
    expect(description.tolerance.approx).toBe(APPROX_TOLERANCE);
    expect(description.areas).toHaveLength(12);
    expect(description.verdicts.map((entry) => entry.verdict)).toEqual(["met", "partly_met", "missed", "not_reported", "pending", "needs_review"]);
    expect(description.operators.map((entry) => entry.operator)).toEqual(["gte", "lte", "approx", "eq", "qualitative"]);
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
  });

  it("lists the qualifier words the extractor and the judge act on, so the page cannot drift from them", () => {
    const { qualifiers } = describeMethodology();
    expect(qualifiers.preliminary).toEqual(expect.arrayContaining(["预计", "初步核算", "初步统计", "左右 (on a result)"]));
    // 总规模 and 保有量 make judge() read a result as a stock; 全市共有 makes the extractor mark it cumulative.
    expect(qualifiers.cumulative).toEqual(expect.arrayContaining(["累计", "总规模", "保有量", "全市共有"]));
  });
});
