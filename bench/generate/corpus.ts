// The synthetic corpus as plain objects, no database: one government work report per jurisdiction
// and year, reviewing the year before (results) and setting the year's targets. Everything is drawn
// from a seeded PRNG per (seed, jurisdiction, year), so a seed always yields the same corpus.
import type { Measure, Operator } from "@/lib/extract/types";
import { POLICY_AREAS } from "@/lib/policy-areas";
import type { Verdict } from "@/lib/verdict/methodology";
import { createRandom, deriveSeed, type Random } from "./random";

export type AreaCode = (typeof POLICY_AREAS)[number]["code"];

const PROVINCES: ReadonlyArray<{ code: string; name: string }> = [
  ["beijing", "北京市"], ["tianjin", "天津市"], ["hebei", "河北省"], ["shanxi", "山西省"], ["neimenggu", "内蒙古自治区"],
  ["liaoning", "辽宁省"], ["jilin", "吉林省"], ["heilongjiang", "黑龙江省"], ["shanghai", "上海市"], ["jiangsu", "江苏省"],
  ["zhejiang", "浙江省"], ["anhui", "安徽省"], ["fujian", "福建省"], ["jiangxi", "江西省"], ["shandong", "山东省"],
  ["henan", "河南省"], ["hubei", "湖北省"], ["hunan", "湖南省"], ["guangdong", "广东省"], ["guangxi", "广西壮族自治区"],
  ["hainan", "海南省"], ["chongqing", "重庆市"], ["sichuan", "四川省"], ["guizhou", "贵州省"], ["yunnan", "云南省"],
  ["xizang", "西藏自治区"], ["shaanxi", "陕西省"], ["gansu", "甘肃省"], ["qinghai", "青海省"], ["ningxia", "宁夏回族自治区"],
  ["xinjiang", "新疆维吾尔自治区"],
].map(([code, name]) => ({ code: `cn-${code}`, name }));

/** Past the 31 provinces (a larger test), names repeat with a numbered code. */
export function jurisdictionAt(index: number): { code: string; name: string } {
  const province = PROVINCES[index % PROVINCES.length];
  const round = Math.floor(index / PROVINCES.length);
  return round === 0 ? province : { code: `${province.code}-${round + 1}`, name: `${province.name}（${round + 1}）` };
}

/**
 * How a report's targets spread over the areas: uneven, as in the seed corpus, where economy,
 * industry, urban construction and social welfare carry most commitments and reform or safety few.
 */
const AREA_WEIGHTS: ReadonlyArray<readonly [AreaCode, number]> = [
  ["economy", 12], ["jobs-income", 6], ["innovation", 9], ["industry", 16], ["regional", 4], ["reform", 3],
  ["opening-up", 4], ["rural", 9], ["urban", 14], ["environment", 8], ["social", 13], ["safety-governance", 2],
];

/** An indicator family: its measure, base unit, the operator it usually takes and the range of its target. */
type Indicator = { name: string; measure: Measure; unit: string; min: number; max: number; lowerIsBetter?: boolean };

const INDICATORS: Record<AreaCode, Indicator[]> = {
  economy: [
    { name: "地区生产总值", measure: "growth", unit: "%", min: 4, max: 9 },
    { name: "一般公共预算收入", measure: "growth", unit: "%", min: 3, max: 8 },
    { name: "固定资产投资", measure: "growth", unit: "%", min: 4, max: 10 },
    { name: "社会消费品零售总额", measure: "growth", unit: "%", min: 5, max: 10 },
    { name: "居民消费价格涨幅", measure: "growth", unit: "%", min: 2.5, max: 3.5, lowerIsBetter: true },
    { name: "规模以上工业增加值", measure: "growth", unit: "%", min: 5, max: 10 },
    { name: "税收收入", measure: "growth", unit: "%", min: 3, max: 8 },
    { name: "金融机构本外币贷款余额", measure: "growth", unit: "%", min: 8, max: 13 },
  ],
  "jobs-income": [
    { name: "城镇新增就业", measure: "new", unit: "人", min: 30, max: 120 },
    { name: "城镇调查失业率", measure: "ratio", unit: "%", min: 5, max: 6, lowerIsBetter: true },
    { name: "城乡居民人均可支配收入", measure: "growth", unit: "%", min: 5, max: 9 },
    { name: "农村居民人均可支配收入", measure: "growth", unit: "%", min: 6, max: 10 },
    { name: "职业技能培训", measure: "new", unit: "人次", min: 10, max: 60 },
    { name: "农村劳动力转移就业", measure: "new", unit: "人", min: 5, max: 40 },
  ],
  innovation: [
    { name: "研发经费投入强度", measure: "ratio", unit: "%", min: 1.5, max: 3.2 },
    { name: "高新技术企业", measure: "level", unit: "家", min: 0.2, max: 1.5 },
    { name: "科技型企业", measure: "level", unit: "家", min: 1, max: 5 },
    { name: "新型研发机构", measure: "new", unit: "家", min: 0.001, max: 0.008 },
    { name: "每万人发明专利拥有量", measure: "level", unit: "件", min: 0.0008, max: 0.003 },
    { name: "技术合同成交额", measure: "level", unit: "亿元", min: 0.02, max: 0.1 },
    { name: "国家级创新平台", measure: "new", unit: "个", min: 0.0005, max: 0.003 },
  ],
  industry: [
    { name: "战略性新兴产业增加值", measure: "growth", unit: "%", min: 8, max: 15 },
    { name: "数字经济增加值", measure: "growth", unit: "%", min: 10, max: 18 },
    { name: "5G基站", measure: "new", unit: "个", min: 1, max: 4 },
    { name: "规模以上工业企业", measure: "new", unit: "家", min: 0.05, max: 0.2 },
    { name: "制造业投资", measure: "growth", unit: "%", min: 6, max: 12 },
    { name: "服务业增加值", measure: "growth", unit: "%", min: 5, max: 9 },
    { name: "旅游总收入", measure: "growth", unit: "%", min: 8, max: 15 },
    { name: "工业技术改造投资", measure: "growth", unit: "%", min: 8, max: 15 },
    { name: "智能工厂和数字化车间", measure: "new", unit: "个", min: 0.005, max: 0.03 },
  ],
  regional: [
    { name: "常住人口城镇化率", measure: "ratio", unit: "%", min: 55, max: 72 },
    { name: "重大合作项目", measure: "new", unit: "个", min: 0.005, max: 0.03 },
    { name: "县域经济地区生产总值", measure: "growth", unit: "%", min: 5, max: 9 },
    { name: "区域合作平台", measure: "new", unit: "个", min: 0.001, max: 0.006 },
  ],
  reform: [
    { name: "市场主体", measure: "new", unit: "户", min: 10, max: 50 },
    { name: "政务服务事项网上可办率", measure: "ratio", unit: "%", min: 90, max: 99 },
    { name: "减税降费", measure: "level", unit: "亿元", min: 0.02, max: 0.1 },
    { name: "国企改革重点任务完成率", measure: "ratio", unit: "%", min: 70, max: 95 },
  ],
  "opening-up": [
    { name: "实际使用外资", measure: "level", unit: "亿美元", min: 0.002, max: 0.02 },
    { name: "外贸进出口总额", measure: "growth", unit: "%", min: 3, max: 10 },
    { name: "中欧班列开行", measure: "new", unit: "列", min: 0.1, max: 0.4 },
    { name: "跨境电商交易额", measure: "growth", unit: "%", min: 10, max: 30 },
    { name: "外资企业", measure: "new", unit: "家", min: 0.02, max: 0.1 },
  ],
  rural: [
    { name: "粮食产量", measure: "level", unit: "吨", min: 500, max: 3000 },
    { name: "高标准农田", measure: "new", unit: "亩", min: 50, max: 300 },
    { name: "“四好农村路”", measure: "new", unit: "公里", min: 0.2, max: 1 },
    { name: "农村卫生厕所改造", measure: "new", unit: "户", min: 5, max: 30 },
    { name: "乡村旅游收入", measure: "growth", unit: "%", min: 8, max: 15 },
    { name: "农产品加工业产值", measure: "growth", unit: "%", min: 5, max: 10 },
  ],
  urban: [
    { name: "城镇老旧小区改造", measure: "new", unit: "个", min: 0.1, max: 0.5 },
    { name: "棚户区改造", measure: "new", unit: "户", min: 1, max: 5 },
    { name: "保障性租赁住房", measure: "new", unit: "套", min: 2, max: 10 },
    { name: "城市轨道交通运营里程", measure: "level", unit: "公里", min: 0.02, max: 0.08 },
    { name: "高速公路通车里程", measure: "level", unit: "公里", min: 0.3, max: 1 },
    { name: "城市更新项目", measure: "new", unit: "个", min: 0.01, max: 0.05 },
    { name: "燃气管网改造", measure: "new", unit: "公里", min: 0.05, max: 0.3 },
    { name: "停车位", measure: "new", unit: "个", min: 3, max: 10 },
  ],
  environment: [
    { name: "单位地区生产总值能耗", measure: "change", unit: "%", min: 2, max: 4 },
    { name: "空气质量优良天数比例", measure: "ratio", unit: "%", min: 80, max: 95 },
    { name: "森林覆盖率", measure: "ratio", unit: "%", min: 30, max: 60 },
    { name: "细颗粒物平均浓度", measure: "change", unit: "%", min: 2, max: 6 },
    { name: "新能源汽车推广", measure: "new", unit: "辆", min: 2, max: 10 },
    { name: "营造林", measure: "new", unit: "亩", min: 50, max: 200 },
  ],
  social: [
    { name: "普惠性幼儿园", measure: "new", unit: "所", min: 0.01, max: 0.05 },
    { name: "中小学学位", measure: "new", unit: "个", min: 3, max: 10 },
    { name: "基本养老保险参保率", measure: "ratio", unit: "%", min: 93, max: 98 },
    { name: "三级甲等医院", measure: "new", unit: "家", min: 0.0005, max: 0.002 },
    { name: "养老床位", measure: "new", unit: "张", min: 0.5, max: 2 },
    { name: "社区养老服务设施", measure: "new", unit: "个", min: 0.02, max: 0.1 },
    { name: "公共文化设施", measure: "new", unit: "个", min: 0.01, max: 0.05 },
  ],
  "safety-governance": [
    { name: "生产安全事故死亡人数", measure: "change", unit: "%", min: 5, max: 10 },
    { name: "食品安全抽检合格率", measure: "ratio", unit: "%", min: 97, max: 99 },
    { name: "应急避难场所", measure: "new", unit: "个", min: 0.005, max: 0.02 },
    { name: "消防救援站", measure: "new", unit: "个", min: 0.001, max: 0.005 },
  ],
};

/** Scopes that turn an indicator family into the distinct commitments a long report makes. */
const SCOPES = ["", "全省", "城镇", "农村", "重点领域", "县域", "中心城区", "开发区", "山区", "新城", "示范区", "新区"];
const QUALITATIVE_VERBS = ["持续推进", "深化", "加快建设", "全面落实", "健全", "稳步推进"];
const AREA_HEADINGS: Record<AreaCode, string> = {
  economy: "稳住经济基本盘，推动经济运行整体好转",
  "jobs-income": "稳就业促增收，扎实推进共同富裕",
  innovation: "坚持创新驱动，加快建设科技创新中心",
  industry: "加快建设现代化产业体系，推动产业转型升级",
  regional: "促进区域协调发展，拓展发展空间",
  reform: "深化重点领域改革，激发市场主体活力",
  "opening-up": "推进高水平对外开放，建设内陆开放高地",
  rural: "全面推进乡村振兴，加快农业农村现代化",
  urban: "提升城市品质，推进以人为核心的新型城镇化",
  environment: "加强生态环境保护，推动绿色低碳发展",
  social: "着力保障和改善民生，办好人民满意的事",
  "safety-governance": "统筹发展和安全，推进治理体系和治理能力现代化",
};

/** A commitment in a jurisdiction's recurring catalogue: the same indicators come back year after year. */
type CatalogueEntry = Indicator & { area: AreaCode; scale: number; rank: number; qualitative: boolean };

export type GeneratedTarget = {
  area: AreaCode; indicator: string; measure: Measure; operator: Operator; value: number | null; unit: string; raw: string;
  headline: boolean; start: number; end: number; quote: string; confidence: number; verdict: Verdict; verdictWhy: string;
};
export type GeneratedOutcome = {
  area: AreaCode; indicator: string; measure: Measure; value: number | null; unit: string; raw: string; headline: boolean;
  preliminary: boolean; cumulative: boolean; start: number; end: number; quote: string; confidence: number;
};
/** A result of this document answering target `targetIndex` of the same jurisdiction's previous document. */
export type GeneratedLink = { targetIndex: number; outcomeIndex: number; verdict: Verdict; confidence: number; why: string };
export type GeneratedSection = { level: number; marker: string; heading: string; start: number; end: number; children: GeneratedSection[] };
export type GeneratedDocument = {
  year: number; fileName: string; source: string; title: string; deliveredOn: string; text: string; sections: GeneratedSection[];
  targets: GeneratedTarget[]; outcomes: GeneratedOutcome[]; links: GeneratedLink[];
};

/** What a year's plan holds before it is written out: each target with the verdict and results it will get. */
type PlannedTarget = {
  entry: CatalogueEntry; operator: Operator; value: number | null; headline: boolean; verdict: Verdict;
  results: Array<{ value: number | null; cumulative: boolean; preliminary: boolean }>;
};

export type CorpusOptions = { seed: number; targetsPerYear: number; firstYear: number; lastYear: number };

/** Catalogue size relative to a year's targets: about a fifth of the commitments change from year to year. */
const CATALOGUE_FACTOR = 1.35;
const NUMERIC_VERDICTS: ReadonlyArray<readonly [Verdict, number]> = [
  ["met", 67], ["missed", 10], ["partly_met", 6], ["needs_review", 5], ["not_reported", 12],
];

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function buildCatalogue(random: Random, size: number): CatalogueEntry[] {
  const names = new Set<string>();
  const entries: CatalogueEntry[] = [];
  // Families × scopes give each area far more names than it needs; a clash just draws again.
  while (entries.length < size) {
    const area = random.weighted(AREA_WEIGHTS);
    const family = random.pick(INDICATORS[area]);
    const scope = random.chance(0.3) ? "" : random.pick(SCOPES);
    const name = `${scope}${family.name}`;
    if (names.has(name)) continue;
    names.add(name);
    // Counts scale with the province (a populous one builds more); rates do not.
    const scale = family.unit === "%" ? 1 : 10_000 * (0.4 + random.next() * 1.6);
    entries.push({ ...family, name, area, scale, rank: random.next(), qualitative: random.chance(0.1) });
  }
  return entries;
}

function operatorFor(random: Random, entry: CatalogueEntry): Operator {
  if (entry.qualitative) return "qualitative";
  if (entry.lowerIsBetter) return random.chance(0.7) ? "lte" : "approx";
  if (entry.measure === "growth") return random.weighted([["approx", 55], ["gte", 35], ["eq", 10]]);
  return random.weighted([["gte", 60], ["eq", 25], ["approx", 15]]);
}

function targetValue(random: Random, entry: CatalogueEntry): number {
  const raw = entry.min + random.next() * (entry.max - entry.min);
  if (entry.unit === "%") return round(raw, 1);
  // Base units, as the extractor stores them (2.1万个 → 21000); money stays in 亿元.
  const value = raw * entry.scale;
  return value >= 10_000 ? Math.round(value / 100) * 100 : Math.max(1, Math.round(value));
}

function actualFor(random: Random, target: number, verdict: Verdict, lowerIsBetter: boolean): number {
  const [low, high] = verdict === "met" ? [1, 1.25] : verdict === "partly_met" ? [0.91, 0.99] : verdict === "missed" ? [0.6, 0.88] : [0.8, 1.3];
  const factor = low + random.next() * (high - low);
  const value = lowerIsBetter ? target / factor : target * factor;
  return Number.isInteger(target) && target >= 100 ? Math.round(value) : round(value, 1);
}

function planYear(options: CorpusOptions, catalogue: CatalogueEntry[], jurisdictionIndex: number, year: number): PlannedTarget[] {
  const random = createRandom(deriveSeed(options.seed, jurisdictionIndex, year, 1));
  // A stable rank plus this year's noise: most commitments recur, some drop out, some arrive.
  const chosen = catalogue
    .map((entry) => ({ entry, score: entry.rank + random.next() * 0.35 }))
    .sort((a, b) => a.score - b.score)
    .slice(0, options.targetsPerYear)
    .map(({ entry }) => entry);
  // Headline targets (主要预期目标) lead the plan part: economy and jobs first.
  chosen.sort((a, b) => areaOrder(a.area) - areaOrder(b.area));
  const reviewed = year < options.lastYear;
  return chosen.map((entry, index) => {
    const operator = operatorFor(random, entry);
    const value = operator === "qualitative" ? null : targetValue(random, entry);
    let verdict: Verdict = "pending";
    if (reviewed) {
      verdict = operator === "qualitative" ? random.weighted([["needs_review", 85], ["not_reported", 15]]) : random.weighted(NUMERIC_VERDICTS);
      if (verdict === "partly_met" && operator !== "approx") verdict = "missed";
    }
    const answered = reviewed && verdict !== "not_reported";
    const results = !answered
      ? []
      : Array.from({ length: random.chance(0.1) ? 2 : 1 }, () => ({
          value: value === null ? null : actualFor(random, value, verdict, entry.lowerIsBetter ?? false),
          // A stock reported against a flow target is what makes most numeric needs_review.
          cumulative: verdict === "needs_review" && value !== null,
          preliminary: random.chance(0.08),
        }));
    return { entry, operator, value, headline: index < 12 && (entry.area === "economy" || entry.area === "jobs-income"), verdict, results };
  });
}

function areaOrder(code: AreaCode): number {
  return POLICY_AREAS.findIndex((area) => area.code === code);
}

/** "2.1万个" for 21000 个, "8.5%" for 8.5 %: how a report writes the stored value. */
function displayValue(value: number, unit: string): string {
  if (unit === "%" || unit.startsWith("亿")) return `${value}${unit}`;
  if (value >= 10_000) return `${round(value / 10_000, 2)}万${unit}`;
  return `${value}${unit}`;
}

const OPERATOR_CUES: Record<Exclude<Operator, "qualitative">, { before: string; after: string }> = {
  gte: { before: "", after: "以上" },
  lte: { before: "控制在", after: "以内" },
  approx: { before: "", after: "左右" },
  eq: { before: "", after: "" },
};
const MEASURE_VERBS: Record<Measure, string> = { growth: "增长", level: "达到", new: "新建", ratio: "达到", change: "下降" };

function targetPhrase(target: PlannedTarget): { quote: string; raw: string } {
  const { entry } = target;
  if (target.value === null) {
    const verb = QUALITATIVE_VERBS[Math.floor(entry.rank * QUALITATIVE_VERBS.length)];
    return { quote: `${verb}${entry.name}`, raw: `${verb}${entry.name}` };
  }
  const cue = OPERATOR_CUES[target.operator as Exclude<Operator, "qualitative">];
  const verb = cue.before || MEASURE_VERBS[entry.measure];
  const raw = `${verb}${displayValue(target.value, entry.unit)}${cue.after}`;
  return { quote: entry.measure === "new" ? `${raw.replace(verb, `${verb}${entry.name}`)}` : `${entry.name}${raw}`, raw };
}

function outcomePhrase(entry: CatalogueEntry, result: PlannedTarget["results"][number]): { quote: string; raw: string } {
  if (result.value === null) return { quote: `${entry.name}取得积极进展`, raw: "取得积极进展" };
  const verb = result.cumulative ? "累计建成" : entry.measure === "ratio" ? "为" : MEASURE_VERBS[entry.measure];
  const raw = `${result.preliminary ? "预计" : ""}${verb}${displayValue(result.value, entry.unit)}`;
  return { quote: `${entry.name}${raw}`, raw };
}

/** Appends text and knows its JavaScript length, so every quote's offsets are exact by construction. */
class TextBuilder {
  private parts: string[] = [];
  length = 0;
  push(text: string): { start: number; end: number } {
    const start = this.length;
    this.parts.push(text);
    this.length += text.length;
    return { start, end: this.length };
  }
  toString(): string {
    return this.parts.join("");
  }
}

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const OPENERS = ["今年，", "全年", "我们将", "力争", "确保", "着力", ""];
const REVIEW_OPENERS = ["全年", "一年来，", "过去一年，", "其中，", ""];

/**
 * Writes one report: the review of `year - 1` (results for `reviewed`) then the plan for `year`
 * (targets `planned`), each item in a sentence of its own, padded with prose from the seed corpus
 * towards a length drawn from 50 000–90 000 characters (items come out shorter than estimated, so
 * reports land at 45 000–85 000).
 */
function writeDocument(
  options: CorpusOptions,
  jurisdiction: { code: string; name: string },
  jurisdictionIndex: number,
  year: number,
  reviewed: PlannedTarget[],
  planned: PlannedTarget[],
  prose: readonly string[],
): GeneratedDocument {
  const random = createRandom(deriveSeed(options.seed, jurisdictionIndex, year, 2));
  const text = new TextBuilder();
  const day = random.int(10, 28);
  text.push(`${jurisdiction.name}人民政府工作报告\n\n——${year}年1月${day}日在${jurisdiction.name}人民代表大会上\n\n各位代表：\n\n现在，我代表省人民政府向大会报告工作，请予审议。\n\n`);
  const targetLength = random.int(50_000, 90_000);
  const items = reviewed.reduce((sum, target) => sum + target.results.length, 0) + planned.length;
  // Prose per item so that items and prose together reach the drawn length.
  const prosePerItem = Math.max(0, (targetLength - items * 30 - 400) / Math.max(1, items));
  let proseOwed = 0;
  const pad = () => {
    proseOwed += prosePerItem;
    while (proseOwed > 0) {
      const paragraph = random.pick(prose);
      text.push(`${paragraph}\n\n`);
      proseOwed -= paragraph.length + 2;
    }
  };

  const sections: GeneratedSection[] = [];
  const outcomes: GeneratedOutcome[] = [];
  const links: GeneratedLink[] = [];
  const reviewHeading = `一、${year - 1}年工作回顾`;
  const review = { level: 1, marker: "一、", heading: reviewHeading, ...text.push(`${reviewHeading}\n\n`), children: [] };
  reviewed.forEach((target, targetIndex) => {
    for (const result of target.results) {
      const phrase = outcomePhrase(target.entry, result);
      text.push(random.pick(REVIEW_OPENERS));
      const span = text.push(phrase.quote);
      text.push("。\n\n");
      links.push({
        targetIndex, outcomeIndex: outcomes.length, verdict: target.verdict,
        confidence: result.preliminary ? 0.8 : 0.95, why: verdictWhy(target, result.value),
      });
      outcomes.push({
        area: target.entry.area, indicator: target.entry.name, measure: target.entry.measure, value: result.value,
        unit: result.value === null ? "" : target.entry.unit, raw: phrase.raw, headline: target.headline,
        preliminary: result.preliminary, cumulative: result.cumulative, ...span, quote: phrase.quote, confidence: round(0.8 + random.next() * 0.19, 2),
      });
      pad();
    }
  });
  review.end = text.length;
  sections.push(review);

  const planHeading = `二、${year}年工作安排`;
  const plan: GeneratedSection = { level: 1, marker: "二、", heading: planHeading, ...text.push(`${planHeading}\n\n`), children: [] };
  const targets: GeneratedTarget[] = [];
  let area: AreaCode | null = null;
  for (const target of planned) {
    if (target.entry.area !== area) {
      area = target.entry.area;
      const marker = `（${NUMERALS[plan.children.length]}）`;
      const heading = AREA_HEADINGS[area];
      plan.children.push({ level: 2, marker, heading, ...text.push(`${marker}${heading}\n\n`), children: [] });
    }
    const phrase = targetPhrase(target);
    text.push(random.pick(OPENERS));
    const span = text.push(phrase.quote);
    text.push("。\n\n");
    const section = plan.children.at(-1);
    if (section) section.end = text.length;
    targets.push({
      area: target.entry.area, indicator: target.entry.name, measure: target.entry.measure, operator: target.operator, value: target.value,
      unit: target.value === null ? "" : target.entry.unit, raw: phrase.raw, headline: target.headline, ...span, quote: phrase.quote,
      confidence: round(0.75 + random.next() * 0.24, 2), verdict: target.verdict, verdictWhy: verdictWhy(target, target.results[0]?.value ?? null),
    });
    pad();
  }
  plan.end = text.length;
  sections.push(plan);

  return {
    year,
    fileName: `${jurisdiction.code}-${year}-government-work-report.txt`,
    source: `${jurisdiction.name}人民政府工作报告（${year}年1月），合成数据（bench/generate，种子 ${options.seed}）`,
    title: `${jurisdiction.name}人民政府工作报告`,
    deliveredOn: `${year}-01-${String(day).padStart(2, "0")}`,
    text: text.toString(),
    sections,
    targets,
    outcomes,
    links,
  };
}

/** The reason a verdict shows, in the judge's phrasing (lib/verdict/judge.ts). */
function verdictWhy(target: PlannedTarget, result: number | null): string {
  const { entry } = target;
  const shown = (value: number | null) => (value === null ? "—" : displayValue(value, entry.unit));
  switch (target.verdict) {
    case "pending": return "no report on the year's results yet → pending";
    case "not_reported": return "the review reports for the year say nothing about it → not_reported";
    case "needs_review":
      return target.value === null ? "qualitative target: no number to compare → needs_review" : `${shown(result)} vs ${shown(target.value)}: a year-end stock against a one-year flow → needs_review`;
    default: return `${shown(result)} vs ${shown(target.value)} (${target.operator}) → ${target.verdict}`;
  }
}

/**
 * Every document of one jurisdiction, oldest first. The first year's review answers a plan that is
 * not in the corpus (its results stay unlinked), as when a corpus starts mid-series.
 */
export function* generateJurisdiction(
  options: CorpusOptions,
  jurisdictionIndex: number,
  prose: readonly string[],
): Generator<GeneratedDocument> {
  const jurisdiction = jurisdictionAt(jurisdictionIndex);
  const catalogue = buildCatalogue(
    createRandom(deriveSeed(options.seed, jurisdictionIndex, 0)),
    Math.ceil(options.targetsPerYear * CATALOGUE_FACTOR),
  );
  let previous = planYear(options, catalogue, jurisdictionIndex, options.firstYear - 1);
  for (let year = options.firstYear; year <= options.lastYear; year++) {
    const current = planYear(options, catalogue, jurisdictionIndex, year);
    const document = writeDocument(options, jurisdiction, jurisdictionIndex, year, previous, current, prose);
    yield year === options.firstYear ? { ...document, links: [] } : document;
    previous = current;
  }
}

/** Paragraphs of real report prose to pad the synthetic reports with (long enough to read as prose). */
export function proseParagraphs(texts: readonly string[]): string[] {
  return texts.flatMap((text) => text.split(/\n+/).map((line) => line.trim()).filter((line) => line.length >= 60 && line.length <= 600));
}
