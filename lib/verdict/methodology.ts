import { POLICY_AREAS } from "@/lib/policy-areas";
import type { Measure, Operator } from "@/lib/extract/types";
import extractorQualifiers from "@/lib/extract/lexicons/qualifiers.json";
import polarityRegistry from "./polarity.json";

// The methodology in one place: the verdict rules, their vocabulary and their numbers. judge.ts applies
// them; describeMethodology() hands the same facts to the /methodology page, so the page cannot drift
// from the code. Bump METHODOLOGY_VERSION whenever a rule below changes a verdict.

export const METHODOLOGY_VERSION = "2025.1";

export const VERDICTS = ["met", "partly_met", "missed", "not_reported", "pending", "needs_review"] as const;
export type Verdict = (typeof VERDICTS)[number];

export type Polarity = "higher" | "lower";

/** How far (relative to the target) an approx (左右) result may fall short and still count as partly met. */
export const APPROX_TOLERANCE = 0.1;

/** A flow target answered by a number this many times larger is read as a stock (a multi-year total), not the year's flow. */
export const STOCK_SCALE_FACTOR = 10;

/** Two reports give the same result when they differ by no more than this share (3.69万 against 36939). */
export const SAME_RESULT_TOLERANCE = 0.01;

const VERDICT_MEANINGS: Record<Verdict, string> = {
  met: "the result is at or beyond the target in the good direction",
  partly_met: `an approx (左右) target missed by no more than ${APPROX_TOLERANCE * 100}% of the target`,
  missed: "the result falls short of the target",
  not_reported: "the review year's reports are in the corpus but none of them reports this target",
  pending: "no report on that year's results is in the corpus yet",
  needs_review:
    "an editor must decide: a qualitative target, a result that measures something else (a year-end stock against a year's flow, a level against a growth rate, another unit, a narrower scope), or reports that disagree",
};

const OPERATOR_MEANINGS: Record<Operator, { words: string[]; meaning: string }> = {
  gte: { words: ["以上", "突破", "超过", "不低于", "力争", "达到", "增至", "提高到"], meaning: "a floor: met when the result reaches it" },
  lte: { words: ["以内", "控制在", "低于", "不超过"], meaning: "a ceiling: met when the result stays at or under it" },
  approx: { words: ["左右"], meaning: `a point: met at or beyond it in the good direction, partly met up to ${APPROX_TOLERANCE * 100}% short` },
  eq: { words: ["(a bare number)"], meaning: "a point: met at or beyond it in the good direction" },
  qualitative: { words: ["(no number)"], meaning: "no number to compare: always needs review" },
};

const MEASURE_MEANINGS: Record<Measure, { words: string[]; meaning: string }> = {
  growth: { words: ["增长X%"], meaning: "a growth rate; only answered by a growth rate" },
  level: { words: ["达到X", "突破X"], meaning: "a stock or level at year end; a year's new count does not answer it" },
  new: { words: ["新增X", "新建X", "实施X", "完成X"], meaning: "the year's own flow; a multi-year total or year-end stock does not answer it" },
  ratio: { words: ["比重X%", "X率"], meaning: "a share or rate in %" },
  change: { words: ["下降X%", "降低X%"], meaning: "a decrease; the bigger the decrease the better" },
};

/** A result worded as the year's own flow, whatever measure the extractor gave it. */
export const FLOW_WORDS = ["新增", "新建", "新改建", "新开工", "新引进", "新培育", "新认定", "新设立", "新登记", "新通车", "新完成", "新治理", "全年", "当年", "年度"];

/** A result worded as a year-end stock or running total (unless it also uses a flow word). */
export const STOCK_WORDS = ["累计", "总量", "总数", "总里程", "总规模", "余额", "保有量", "达到", "增至", "提高至", "提高到", "提升至", "扩大到"];

// The page lists the words the code reacts to: the extractor's qualifiers and the judge's stock words.
const PRELIMINARY_WORDS = [
  ...extractorQualifiers.preliminary.before,
  ...extractorQualifiers.preliminary.after.map((word) => `${word} (on a result)`),
];

const CUMULATIVE_WORDS = [...new Set([...extractorQualifiers.cumulative, ...STOCK_WORDS])];

/** Scope words: a target over the whole (城乡) is not answered by a result over a part (城市). */
export const SCOPES: ReadonlyArray<{ whole: string; parts: readonly string[] }> = [
  { whole: "城乡", parts: ["城市", "城镇", "农村", "乡村"] },
  { whole: "全市", parts: ["中心城区", "主城区", "主城都市区"] },
];

export function polarityOf(indicator: string, measure: Measure): Polarity {
  if (measure === "change") return "lower";
  const name = indicator.toUpperCase();
  if (polarityRegistry.higherIsBetter.some((fragment) => name.includes(fragment.toUpperCase()))) return "higher";
  if (polarityRegistry.lowerIsBetter.some((fragment) => name.includes(fragment.toUpperCase()))) return "lower";
  return polarityRegistry.default === "lower" ? "lower" : "higher";
}

/** The rules as plain data, for the /methodology page and exports. */
export function describeMethodology() {
  return {
    version: METHODOLOGY_VERSION,
    verdicts: VERDICTS.map((verdict) => ({ verdict, meaning: VERDICT_MEANINGS[verdict] })),
    operators: (Object.keys(OPERATOR_MEANINGS) as Operator[]).map((operator) => ({ operator, ...OPERATOR_MEANINGS[operator] })),
    measures: (Object.keys(MEASURE_MEANINGS) as Measure[]).map((measure) => ({ measure, ...MEASURE_MEANINGS[measure] })),
    qualifiers: { preliminary: PRELIMINARY_WORDS, cumulative: CUMULATIVE_WORDS },
    polarity: {
      default: polarityRegistry.default,
      higherIsBetter: [...polarityRegistry.higherIsBetter],
      lowerIsBetter: [...polarityRegistry.lowerIsBetter],
      decreaseTargets: "a target worded as a decrease (下降X%) is lower-is-better",
    },
    tolerance: { approx: APPROX_TOLERANCE, stockScaleFactor: STOCK_SCALE_FACTOR, sameResult: SAME_RESULT_TOLERANCE },
    scopes: SCOPES.map((scope) => ({ whole: scope.whole, parts: [...scope.parts] })),
    areas: POLICY_AREAS.map((area) => ({ code: area.code, nameZh: area.nameZh, nameEn: area.nameEn })),
  };
}

export type MethodologyDescription = ReturnType<typeof describeMethodology>;
