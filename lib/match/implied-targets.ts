import type { ExtractedOutcome, ExtractedTarget, Operator } from "@/lib/extract/types";
import { polarityOf } from "@/lib/verdict/methodology";
import { unitFactor } from "@/lib/verdict/judge";

// A result that states its own target ("增长8.3%、高于预期目标2.3个百分点", "超年初预期目标15.1万人")
// tells us the target even when the plan that set it is not in the corpus: 8.3 − 2.3 = 6%.

export type ImpliedTarget = ExtractedTarget & {
  /** The result whose sentence states the target; the implied target's span covers both. */
  source: ExtractedOutcome;
};

/** The target a result states about itself, spanning the result and its statement; null when it states none. */
export function deriveImpliedTarget(text: string, outcome: ExtractedOutcome): ImpliedTarget | null {
  const stated = outcome.statedTarget;
  if (!stated) return null;
  const start = Math.min(outcome.start, stated.start);
  const end = Math.max(outcome.end, stated.end);
  const value = impliedValue(outcome);
  const operator: Operator = value === null ? "qualitative" : stated.relation === "met" ? "eq" : polarityOf(outcome.indicator, outcome.measure) === "higher" ? "gte" : "lte";
  return {
    area: outcome.area,
    indicator: outcome.indicator,
    measure: outcome.measure,
    operator,
    value,
    unit: value === null ? null : outcome.unit,
    raw: stated.quote,
    headline: outcome.headline,
    start,
    end,
    quote: text.slice(start, end),
    confidence: Math.min(outcome.confidence, 0.9),
    source: outcome,
  };
}

function impliedValue(outcome: ExtractedOutcome): number | null {
  const stated = outcome.statedTarget;
  if (!stated || outcome.value === null) return null;
  if (stated.relation === "met") return outcome.value;
  if (stated.delta === null) return null;
  // "2.3个百分点" on a growth rate in %, "15.1万人" on a count of people: the delta must be in the result's unit.
  const factor = unitFactor(stated.unit, outcome.unit);
  if (factor === null) return null;
  const delta = stated.delta * factor;
  const value = stated.relation === "below" ? outcome.value + delta : outcome.value - delta;
  return Number(value.toPrecision(10));
}
