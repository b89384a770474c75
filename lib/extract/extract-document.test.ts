import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";

const HEAD = "某市人民政府工作报告\n——2022年1月17日在某市第五届人民代表大会第五次会议上\n";

/** A one-report document whose review part and plan part hold the given paragraphs. */
function reportWith(review: string[], plan: string[]) {
  const text = `${HEAD}一、2021年工作回顾\n${review.join("\n")}\n二、2022年工作安排\n${plan.join("\n")}`;
  const [report] = extractDocument(text);
  return { text, report };
}

const targetsOf = (...plan: string[]) => reportWith([], plan).report.targets;
const outcomesOf = (...review: string[]) => reportWith(review, []).report.outcomes;

describe("targets", () => {
  it("reads the headline list, numeric and qualitative, with operators from the wording", () => {
    const targets = targetsOf("今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业60万人以上，城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%；进出口稳中提质。");
    expect(targets.map((t) => [t.indicator, t.value, t.operator, t.measure, t.headline])).toEqual([
      ["地区生产总值", 5.5, "approx", "growth", true],
      ["城镇新增就业", 600000, "gte", "new", true],
      ["城镇调查失业率", 5.5, "lte", "ratio", true],
      ["居民消费价格", 3, "eq", "growth", true],
      ["进出口", null, "qualitative", "growth", true],
    ]);
  });

  it("makes one target per number and carries 力争 to every item", () => {
    const targets = targetsOf("力争高新技术企业突破4500家、科技型企业突破3万家。新培育10个智能工厂、100个数字化车间。");
    expect(targets.map((t) => [t.value, t.operator, t.measure])).toEqual([[4500, "gte", "level"], [30000, "gte", "level"], [10, "eq", "new"], [100, "eq", "new"]]);
    expect(targets.map((t) => t.indicator)).toEqual(["高新技术企业", "科技型企业", "智能工厂", "数字化车间"]);
  });

  it("reads sectional commitments with the verb before or the noun after the number", () => {
    const targets = targetsOf("（八）持续推进城市提升。", "新建5G基站2.1万个，建设“四好农村路”3000公里。", "推动城市管理改革创新。打造“门前三包”“五长制”示范道路70条，建成城开高速城口段、万州环线等117公里项目。");
    expect(targets.map((t) => [t.value, t.unit, t.area])).toEqual([[21000, "个", "城乡建设"], [3000, "公里", "乡村振兴"], [70, "条", "城乡建设"], [117, "公里", "城乡建设"]]);
  });

  it("leaves out names, past facts, multi-year horizons, list sizes and counts that only get support", () => {
    expect(targetsOf(
      "办好第四届中新金融峰会，加快江北机场T3B航站楼建设，推动5G融合应用。",
      "到2025年新增就业300万人，实施高铁建设五年行动方案。",
      "——空气质量优良天数320天以上，2020年以来全市空气质量优良天数稳定在320天以上。",
      "编制中心城区、4个支点城市、4个桥头堡城市分区规划。加大18个深度贫困乡镇政策倾斜力度。",
    ).map((t) => t.value)).toEqual([320]);
  });

  it("keeps the scope of work under an effort verb as a low-confidence target, but not a quoted programme label", () => {
    const targets = targetsOf("抓好186公里续建项目建设，推进14座垃圾焚烧发电厂建设，持续办好15件重点民生实事。推进黄桷坪大桥、白市驿隧道等“6桥7隧”建设。");
    expect(targets.map((t) => [t.value, t.unit, t.indicator, t.confidence])).toEqual([
      [186, "公里", "续建项目", 0.55], [14, "座", "垃圾焚烧发电厂", 0.55], [15, "件", "重点民生实事", 0.55],
    ]);
  });

  it("reads both values of a shared predicate although the subjects form a list", () => {
    expect(targetsOf("力争高新技术企业、科技型企业分别突破8500家和6万家。").map((t) => [t.indicator, t.value])).toEqual([["高新技术企业", 8500], ["科技型企业", 60000]]);
    expect(targetsOf("编制中心城区、4个同城化发展先行区分区规划。")).toEqual([]);
  });

  it("keeps budget figures and allocations but drops the sums that only balance the books", () => {
    const targets = targetsOf(
      "——全市一般公共预算收入预计2587亿元，增长6%。加上中央提前下达转移支付、调入资金、上年结转等3690亿元后，收入总量为6277亿元。",
      "——全市社会保险基金预算支出安排2607亿元。收支相抵，预计收支结余131亿元。",
    );
    expect(targets.map((t) => t.value)).toEqual([2587, 6, 2607]);
  });

  it("drops a plan report's count of its own indicators, not a count of reform items", () => {
    expect(targetsOf("优化调整后的指标共计37项。落实营商环境创新试点100项首批改革事项。").map((t) => t.value)).toEqual([100]);
  });

  it("names an allocation by its purpose clause, or else by its heading, never leaving the indicator empty", () => {
    const targets = targetsOf("1. 推动成渝地区双城经济圈建设。", "安排680亿元，支持重点基础设施布局和城市功能拓展。安排20亿元。");
    expect(targets.map((t) => [t.value, t.indicator, t.area])).toEqual([[680, "重点基础设施布局和城市功能拓展", "城乡建设"], [20, "推动成渝地区双城经济圈建设", "区域协调"]]);
    // An item without words of its own takes the item before, not the clause after it.
    expect(targetsOf("新开工改造城镇老旧小区1835个、4186万平方米，支持居民自主更新。").map((t) => t.indicator)).toEqual(["城镇老旧小区", "城镇老旧小区"]);
  });

  it("quotes one item of a list up to its natural end, and a list total with its names", () => {
    const targets = targetsOf("实施832个老旧小区改造和2万户棚户区改造，启动30个城市老旧功能片区更新改造试点项目，开工万州至开州南雅、巫溪至巫山大昌等216公里项目。");
    expect(targets.map((t) => [t.quote, t.indicator])).toEqual([
      ["实施832个老旧小区改造", "老旧小区"],
      ["2万户棚户区改造", "棚户区"],
      ["启动30个城市老旧功能片区更新改造试点项目", "城市老旧功能片区更新改造试点项目"],
      ["开工万州至开州南雅、巫溪至巫山大昌等216公里项目", "开工项目"],
    ]);
  });

  it("codes full coverage without a number as 100%, but not a programme or an attribute", () => {
    expect(targetsOf("推动城乡社区居家养老服务全覆盖。").map((t) => [t.value, t.unit, t.operator, t.measure])).toEqual([[100, "%", "eq", "ratio"]]);
    expect(targetsOf("开展“证照分离”改革全覆盖试点，健全覆盖所有区县的政府性融资担保体系。")).toEqual([]);
  });
});

describe("outcomes", () => {
  it("resolves shared predicates, including 城乡 for 城镇 and 农村", () => {
    const outcomes = outcomesOf("固定资产投资、社会消费品零售总额分别增长6.1%、18.5%，城乡居民人均可支配收入分别增长8.7%、10.6%。");
    expect(outcomes.map((o) => [o.indicator, o.value])).toEqual([
      ["固定资产投资", 6.1], ["社会消费品零售总额", 18.5], ["城镇居民人均可支配收入", 8.7], ["农村居民人均可支配收入", 10.6],
    ]);
  });

  it("splits shared subjects at conjunctions but not inside words such as 普及率", () => {
    const outcomes = outcomesOf("农村卫生厕所普及率、生活垃圾分类覆盖率分别达到85.9%、65%，高技术制造业和战略性新兴产业增加值分别增长18.1%、19.4%。");
    expect(outcomes.map((o) => o.indicator)).toEqual(["农村卫生厕所普及率", "生活垃圾分类覆盖率", "高技术制造业增加值", "战略性新兴产业增加值"]);
  });

  it("names a bare growth rate after the list item its colon introduces, not after the list number", () => {
    expect(outcomesOf("(1) 市级重点支出项目预算执行为：一般公共服务支出105亿元，增长1.7%。").map((o) => o.indicator)).toEqual(["一般公共服务支出", "一般公共服务支出"]);
  });

  it("flags preliminary and cumulative results", () => {
    const outcomes = outcomesOf("预计全社会研发经费支出占比达到2.21%，科技进步贡献率达到59.5%。数字经济增加值增长15%左右，新引进研发机构16家、累计达到104家。");
    expect(outcomes.map((o) => [o.value, o.preliminary, o.cumulative])).toEqual([[2.21, true, false], [59.5, true, false], [15, true, false], [16, false, false], [104, false, true]]);
    expect(outcomes[4].indicator).toBe("研发机构");
  });

  it("keeps a result's statement about its target instead of reading it as a result", () => {
    const outcomes = outcomesOf("地区生产总值增长8.3%、高于预期目标2.3个百分点。城镇新增就业75.1万人，超年初预期目标15.1万人。15件重点民生实事完成年度任务。");
    expect(outcomes.map((o) => [o.value, o.statedTarget?.relation, o.statedTarget?.delta])).toEqual([[8.3, "above", 2.3], [751000, "exceeds_by", 151000], [15, "met", null]]);
  });

  it("keeps a qualitative result that states its target was met, but no comparison with another indicator", () => {
    const outcomes = outcomesOf("能耗“双控”进度总体符合国家下达目标要求。居民收入增速高于经济增速1.4个百分点。较好完成了年初确定的目标任务。");
    expect(outcomes.map((o) => [o.indicator, o.value, o.statedTarget?.relation])).toEqual([["能耗“双控”进度", null, "met"]]);
  });

  it("reads a count in Chinese numerals after a verb that states an amount, not a slogan or a named plan", () => {
    expect(outcomesOf("召开两次川渝党政联席会议，落实三个片区建设行动方案，增强“四个意识”。").map((o) => [o.indicator, o.value, o.unit])).toEqual([["川渝党政联席会议", 2, "次"]]);
  });

  it("continues a run of running totals in the shape “N things 建成”, but not into the year's flow or an event", () => {
    const outcomes = outcomesOf(
      "老旧小区累计加装电梯3440部，109个城市边角地建成社区体育文化公园，309个坡坎崖滩项目得到治理提升。",
      "“信易贷”平台融资累计超30亿元，6个区县入选全国示范区，新建成5G基站2万个。",
    );
    expect(outcomes.map((o) => [o.value, o.cumulative])).toEqual([[3440, true], [109, true], [309, true], [30, true], [6, false], [20000, false]]);
    expect(outcomes[2].quote).toBe("309个坡坎崖滩项目得到治理提升");
    expect(outcomes[2].indicator).toBe("坡坎崖滩项目");
    // A predicate after the noun ends the name; a head noun such as 项目 continues it.
    expect(outcomesOf("全市31个城市更新试点示范项目全面启动。").map((o) => [o.indicator, o.quote])).toEqual([["城市更新试点示范项目", "全市31个城市更新试点示范项目全面启动"]]);
  });

  it("leaves out descriptors, ordinals and population sizes", () => {
    expect(outcomesOf("3400万重庆人民听党话，成功举办市第六届运动会，74个国考断面水质优良比例达到98.6%。").map((o) => o.value)).toEqual([98.6]);
  });
});

describe("extractDocument on the seed corpus", () => {
  const seedDir = new URL("../../seed/", import.meta.url);
  const seeds = readdirSync(seedDir).filter((name) => name.endsWith(".txt"));

  it.each(seeds)("cuts every quote of %s from the original text at its offsets", (seed) => {
    const text = readFileSync(new URL(seed, seedDir), "utf8");
    const items = extractDocument(text).flatMap((report) => [...report.targets, ...report.outcomes, ...report.outcomes.flatMap((o) => (o.statedTarget ? [o.statedTarget] : []))]);
    expect(items.length).toBeGreaterThan(20);
    for (const item of items) {
      expect(item.quote).toBe(text.slice(item.start, item.end));
      expect(item.quote.trim().length).toBeGreaterThan(0);
    }
  });

  it("keeps the line break of a newspaper print inside the quote", () => {
    const text = readFileSync(new URL("001_2fd9c68ee52552db.txt", seedDir), "utf8");
    const [report] = extractDocument(text);
    expect(report.targets.some((t) => t.quote.includes("\n"))).toBe(true);
    expect(report.targets.find((t) => t.value === 21000)?.quote).toBe("新建5G基站2.1万个");
    expect(report.targets.filter((t) => t.confidence === 0.55).map((t) => [t.value, t.unit])).toEqual([[186, "公里"], [14, "座"], [15, "件"]]);
  });

  it("gives every item of every seed report a readable indicator", () => {
    for (const seed of seeds) {
      const text = readFileSync(new URL(seed, seedDir), "utf8");
      const items = extractDocument(text).flatMap((report) => [...report.targets, ...report.outcomes]);
      expect(items.filter((item) => (item.indicator.match(/[\u4e00-\u9fff]/g) ?? []).length < 2).map((item) => item.quote)).toEqual([]);
    }
  });
});
