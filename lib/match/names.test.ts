import { describe, expect, it } from "vitest";
import { LINK_THRESHOLD } from "./pairing";
import { compareNames, normaliseName } from "./names";

const score = (target: string, outcome: string, contexts: Partial<{ targetNear: string; outcomeNear: string; outcomeSentence: string }> = {}, qualifier = "") =>
  compareNames({ name: `${normaliseName(target)}${qualifier}`, qualifierAt: normaliseName(target).length }, normaliseName(outcome), {
    targetNear: contexts.targetNear ?? "",
    outcomeNear: contexts.outcomeNear ?? "",
    outcomeSentence: contexts.outcomeSentence ?? "",
  }).score;

describe("normaliseName", () => {
  it.each([
    ["规模以上工业增加值", "规上工业增加值"],
    ["GDP", "地区生产总值"],
    ["经济增速", "地区生产总值"],
    ["新增就业", "城镇新增就业"],
    ["社零", "社会消费品零售总额"],
    ["新引进中国机械科学研究总院等研发机构", "研发机构"],
    ["新建5G基站", "5G基站"],
    ["实施“两岸青山·千里林带”", "两岸青山千里林带"],
    ["309个坡坎崖滩项目得到", "坡坎崖滩项目"],
  ])("%s → %s", (raw, name) => {
    expect(normaliseName(raw)).toBe(name);
  });

  it("keeps a bare word that only looks like the end of an alias apart from it", () => {
    expect(normaliseName("实现就业")).toBe("就业");
  });
});

describe("compareNames", () => {
  it.each([
    ["GDP", "地区生产总值"],
    ["规上工业增加值", "规模以上工业增加值"],
    ["城镇新增就业", "新增就业"],
    ["社会消费品零售总额", "社零"],
    ["新建“四好农村路”", "新改建“四好农村路”"],
    ["城乡社区居家养老服务", "城市社区养老服务"],
    ["中心城区坡坎崖治理项目", "坡坎崖滩项目"],
  ])("%s answers %s", (target, outcome) => {
    expect(score(target, outcome)).toBeGreaterThanOrEqual(LINK_THRESHOLD);
  });

  it("accepts a result's modifier that the target's context names", () => {
    expect(score("通车里程", "轨道交通通车里程", { targetNear: "城市轨道交通网" })).toBeGreaterThanOrEqual(LINK_THRESHOLD);
    expect(score("通车里程", "城市道路通车里程", { targetNear: "城市轨道交通网" })).toBeLessThan(LINK_THRESHOLD);
  });

  it.each([
    ["高新技术企业", "科技型企业"],
    ["重点民生实事", "重点民生项目"],
    ["“门前三包”“五长制”示范道路", "未贯通道路"],
    ["城镇新增就业", "实现就业"],
    ["重大项目", "重大科技项目"],
    ["地区生产总值", "一般公共预算收入"],
  ])("%s is not %s", (target, outcome) => {
    expect(score(target, outcome)).toBeLessThan(LINK_THRESHOLD);
  });

  it("requires what a target says must happen to appear around the result", () => {
    // 力争1—2所高校入选新一轮“双一流”建设名单 is not answered by 新增2所高校.
    expect(score("高校", "高校", { outcomeSentence: "新增所高校新引进研发机构家" }, "入选新一轮双一流建设名单")).toBeLessThan(LINK_THRESHOLD);
    // 启动30个城市老旧功能片区更新改造试点项目 is answered by 城市更新试点示范项目, in a sentence about 改造.
    const sentence = "全市个城市更新试点示范项目全面启动累计完成老旧小区和棚户区改造万平方米";
    expect(score("城市老旧功能片区更新", "城市更新试点示范项目", { outcomeSentence: sentence }, "改造试点项目")).toBeGreaterThanOrEqual(LINK_THRESHOLD);
  });
});
