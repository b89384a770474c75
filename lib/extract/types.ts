import type { PolicyAreaName } from "@/lib/policy-areas";
import type { Section, SplitReport } from "@/lib/ingest/split-reports";

export type Measure = "growth" | "level" | "new" | "ratio" | "change";
export type Operator = "gte" | "lte" | "approx" | "eq" | "qualitative";
export type StatedRelation = "above" | "below" | "exceeds_by" | "met";

/** Offsets are into the original decoded text, and quote === originalText.slice(start, end). */
export type QuotedSpan = { start: number; end: number; quote: string };

export type ExtractedTarget = QuotedSpan & {
  area: PolicyAreaName;
  indicator: string;
  measure: Measure;
  operator: Operator;
  /** Base units: 万/亿 folded in, except money which stays in 亿元 / 亿美元. Null when qualitative. */
  value: number | null;
  unit: string | null;
  raw: string;
  headline: boolean;
  confidence: number;
};

/** A result's own statement about its target ("高于预期目标2.3个百分点"): the matcher turns it into an implied target. */
export type StatedTarget = QuotedSpan & {
  relation: StatedRelation;
  delta: number | null;
  unit: string | null;
};

export type ExtractedOutcome = QuotedSpan & {
  area: PolicyAreaName;
  indicator: string;
  measure: Measure;
  value: number | null;
  unit: string | null;
  raw: string;
  headline: boolean;
  /** 预计 / 初步核算 / 左右 on the result. */
  preliminary: boolean;
  /** A year-end stock or multi-year total (累计), not the year's own flow. */
  cumulative: boolean;
  statedTarget: StatedTarget | null;
  confidence: number;
};

/** A report section, its offsets mapped back to the original text. */
export type ExtractedSection = Section;

/** A split report with every offset mapped back to the original text, plus what was extracted. */
export type ExtractedReport = Omit<SplitReport, "review" | "plan" | "sections"> & {
  review: { start: number; end: number } | null;
  plan: { start: number; end: number } | null;
  sections: ExtractedSection[];
  targets: ExtractedTarget[];
  outcomes: ExtractedOutcome[];
};
