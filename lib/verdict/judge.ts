import type { Measure, Operator } from "@/lib/extract/types";
import {
  APPROX_TOLERANCE,
  FLOW_WORDS,
  SAME_RESULT_TOLERANCE,
  SCOPES,
  STOCK_SCALE_FACTOR,
  STOCK_WORDS,
  polarityOf,
  type Verdict,
} from "./methodology";

// Applies the methodology to one target and the results linked to it. Pure: no text search, no
// linking; the matcher decides which results answer a target, this decides what they say about it.

export type JudgeTarget = {
  indicator: string;
  measure: Measure;
  operator: Operator;
  value: number | null;
  unit: string | null;
};

export type JudgeOutcome = {
  indicator: string;
  measure: Measure;
  value: number | null;
  unit: string | null;
  /** The result's own wording: 累计 / 新增 in it tell a stock from a flow. */
  quote: string;
  preliminary: boolean;
  /** A year-end stock or multi-year total, as extracted or as corroborated by another report. */
  cumulative: boolean;
};

export type JudgeContext = {
  /** Whether any report reviewing the target's year is in the corpus. */
  reviewAvailable: boolean;
};

export type Judgement = {
  verdict: Verdict;
  why: string;
  confidence: number;
  /** The result the verdict rests on is preliminary (预计, 初步核算, 左右). */
  preliminary: boolean;
  /** The linked reports give different numbers for the result. */
  conflict: boolean;
};

export type Comparability = { comparable: true } | { comparable: false; reason: string };

const FLOW_WORDING = new RegExp(FLOW_WORDS.join("|"));
const STOCK_WORDING = new RegExp(STOCK_WORDS.join("|"));

const COUNT_UNITS = new Set(["个", "家", "所", "座", "条", "项", "处", "件", "栋", "部", "套", "台", "张", "枚", "场", "次", "批", "对", "班", "户", "村"]);
const PERSON_UNITS = new Set(["人", "名", "人次"]);
const UNIT_BASES: Record<string, { unit: string; factor: number }> = {
  吨: { unit: "公斤", factor: 1000 },
  千米: { unit: "公里", factor: 1 },
  个百分点: { unit: "%", factor: 1 },
};

/** Whether a result can be compared with a target at all, and if not, why (the reason an editor reads). */
function compareMeasures(target: JudgeTarget, outcome: JudgeOutcome): Comparability {
  if (target.value === null || outcome.value === null) return { comparable: false, reason: "no number to compare" };
  if (unitFactor(outcome.unit, target.unit) === null) {
    return { comparable: false, reason: `result in ${outcome.unit ?? "no unit"}, target in ${target.unit ?? "no unit"}` };
  }
  const scope = narrowerScope(target.indicator, outcome.indicator);
  if (scope) return { comparable: false, reason: `result covers ${scope.part} only, target covers ${scope.whole}` };

  const rate = (measure: Measure) => measure === "growth" || measure === "change";
  if (rate(target.measure) !== rate(outcome.measure)) {
    return { comparable: false, reason: `result is a ${outcome.measure}, target is a ${target.measure}` };
  }
  if (target.measure === "ratio" && outcome.measure !== "ratio" && outcome.unit !== "%") {
    return { comparable: false, reason: `result is a ${outcome.measure}, target is a ratio` };
  }
  if (target.measure === "new" && isStock(target, outcome)) {
    return { comparable: false, reason: "result is a year-end stock or multi-year total, target is the year's flow" };
  }
  if (target.measure === "level" && !outcome.cumulative && FLOW_WORDING.test(outcome.quote) && outcome.measure === "new") {
    return { comparable: false, reason: "result is the year's flow, target is a year-end level" };
  }
  return { comparable: true };
}

/** The verdict for a target given every result linked to it (empty when nothing answers it). */
export function judge(target: JudgeTarget, outcomes: readonly JudgeOutcome[], context: JudgeContext): Judgement {
  // Until the year is reviewed there is nothing to judge, qualitative or not.
  if (!context.reviewAvailable) {
    return { verdict: "pending", why: "no report on the year's results yet → pending", confidence: 0.95, preliminary: false, conflict: false };
  }
  if (target.operator === "qualitative" || target.value === null) {
    return { verdict: "needs_review", why: "qualitative target: no number to compare → needs_review", confidence: 0.9, preliminary: false, conflict: false };
  }
  if (outcomes.length === 0) {
    return { verdict: "not_reported", why: "the review reports for the year say nothing about it → not_reported", confidence: 0.7, preliminary: false, conflict: false };
  }

  const comparable = outcomes.filter((outcome) => compareMeasures(target, outcome).comparable);
  if (comparable.length === 0) {
    const check = compareMeasures(target, outcomes[0]);
    const reason = check.comparable ? "" : check.reason;
    return {
      verdict: "needs_review",
      why: `${formatValue(outcomes[0].value, outcomes[0].unit)} vs ${formatValue(target.value, target.unit)}: ${reason} → needs_review`,
      confidence: 0.6,
      preliminary: outcomes.some((outcome) => outcome.preliminary),
      conflict: false,
    };
  }

  // A final figure outranks a preliminary one; otherwise the first linked report speaks.
  const ordered = [...comparable].sort((a, b) => Number(a.preliminary) - Number(b.preliminary));
  const readings = ordered.map((outcome) => compareValue(target, outcome));
  const [first] = readings;
  const conflict = readings.some((reading) => !sameResult(reading.result, first.result));
  if (!conflict) {
    return { verdict: first.verdict, why: first.why, confidence: first.preliminary ? 0.8 : 0.95, preliminary: first.preliminary, conflict: false };
  }
  const values = [...new Set(readings.map((reading) => formatValue(reading.result, target.unit)))].join(" vs ");
  if (readings.every((reading) => reading.verdict === first.verdict)) {
    return { verdict: first.verdict, why: `${first.why} (reports disagree: ${values})`, confidence: 0.75, preliminary: first.preliminary, conflict: true };
  }
  return { verdict: "needs_review", why: `reports disagree: ${values} against ${formatValue(target.value, target.unit)} → needs_review`, confidence: 0.6, preliminary: first.preliminary, conflict: true };
}

type Reading = { verdict: Verdict; why: string; result: number; preliminary: boolean };

function compareValue(target: JudgeTarget, outcome: JudgeOutcome): Reading {
  const goal = target.value ?? 0;
  const factor = unitFactor(outcome.unit, target.unit) ?? 1;
  // A decrease target (下降3%) reads results as decreases; a growth of -2% is a decrease of 2%.
  const signed = target.measure === "change" ? (outcome.measure === "change" ? 1 : -1) : outcome.measure === "change" ? -1 : 1;
  const result = round((outcome.value ?? 0) * factor * signed);
  const polarity = polarityOf(target.indicator, target.measure);
  // In the target's own terms: gte/lte state the good side; approx/eq take it from the indicator.
  const direction = target.operator === "gte" ? 1 : target.operator === "lte" ? -1 : polarity === "higher" || target.measure === "change" ? 1 : -1;
  const gap = direction * (result - goal);
  const rule = `${target.operator}, ${target.measure === "change" ? "a decrease" : `${polarity} is better`}${outcome.preliminary ? ", preliminary" : ""}`;
  const shown = (symbol: string, verdict: Verdict) => `${formatValue(result, target.unit)} ${symbol} ${formatValue(goal, target.unit)} (${rule}) → ${verdict}`;
  const reading = (verdict: Verdict, why: string): Reading => ({ verdict, why, result, preliminary: outcome.preliminary });

  if (gap >= -1e-9) return reading("met", shown(direction > 0 ? "≥" : "≤", "met"));
  const shortfall = goal === 0 ? Infinity : -gap / Math.abs(goal);
  if (target.operator === "approx" && shortfall <= APPROX_TOLERANCE + 1e-9) {
    return reading("partly_met", `${shown(direction > 0 ? "<" : ">", "partly_met").replace(") →", `, ${percent(shortfall)} short, within ${percent(APPROX_TOLERANCE)}) →`)}`);
  }
  return reading("missed", shown(direction > 0 ? "<" : ">", "missed"));
}

function isStock(target: JudgeTarget, outcome: JudgeOutcome): boolean {
  if (outcome.cumulative) return true;
  if (FLOW_WORDING.test(outcome.quote)) return false;
  if (STOCK_WORDING.test(outcome.quote)) return true;
  // Ten times a year's target is not what one year adds: it is a running total (2278公里 of trails against 80).
  const goal = target.value ?? 0;
  return goal > 0 && (outcome.value ?? 0) * (unitFactor(outcome.unit, target.unit) ?? 1) >= STOCK_SCALE_FACTOR * goal;
}

function narrowerScope(targetName: string, outcomeName: string): { whole: string; part: string } | null {
  for (const scope of SCOPES) {
    if (!targetName.includes(scope.whole) || outcomeName.includes(scope.whole)) continue;
    const part = scope.parts.find((candidate) => outcomeName.includes(candidate) && !targetName.includes(candidate));
    if (part) return { whole: scope.whole, part };
  }
  return null;
}

/** How to convert a result's unit into the target's, or null when the two measure different things. */
export function unitFactor(from: string | null, to: string | null): number | null {
  const base = (unit: string | null) => (unit ? UNIT_BASES[unit] ?? { unit, factor: 1 } : null);
  const a = base(from);
  const b = base(to);
  if (a && b && a.unit === b.unit) return a.factor / b.factor;
  const counted = (unit: string | null) => unit === null || COUNT_UNITS.has(unit);
  if (counted(a?.unit ?? null) && counted(b?.unit ?? null)) return 1;
  if (a && b && PERSON_UNITS.has(a.unit) && PERSON_UNITS.has(b.unit)) return 1;
  return null;
}

function sameResult(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_RESULT_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
}

/** 751000 人 → "75.1万人", 8.3 % → "8.3%": how the reports themselves write numbers. */
function formatValue(value: number | null, unit: string | null): string {
  if (value === null) return "(no number)";
  const suffix = unit ?? "";
  const money = suffix.includes("元");
  if (!money && suffix !== "%" && Math.abs(value) >= 1e8) return `${round(value / 1e8)}亿${suffix}`;
  if (!money && suffix !== "%" && Math.abs(value) >= 1e4) return `${round(value / 1e4)}万${suffix}`;
  return `${round(value)}${suffix}`;
}

function round(value: number): number {
  return Number(value.toPrecision(10));
}

function percent(share: number): string {
  return `${round(share * 100).toFixed(1).replace(/\.0$/, "")}%`;
}
