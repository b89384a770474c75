import { normaliseName } from "@/lib/match/names";

// An indicator followed across years: each year's target against each year's reported result.

export type SeriesItem = {
  kind: "target" | "outcome";
  year: number;
  indicator: string;
  unit: string;
  value: number | null;
  headline: boolean;
  confidence: number;
  /** Targets: inferred from a result that states it. Outcomes: a preliminary figure. */
  qualified: boolean;
};

export type SeriesPoint = { year: number; target: number | null; actual: number | null; targetImplied: boolean; actualPreliminary: boolean };

/** Names shorter than this are too generic to match by prefix (高校, 项目). */
const MIN_PREFIX_MATCH = 4;

/**
 * Same indicator when the normalised names agree, or when one extends the other: extracted names
 * sometimes keep the verb or clause that followed them in the report ("地区生产总值迈上",
 * "地区生产总值增速保持在合理区间" both name 地区生产总值).
 */
export function isSameIndicator(a: string, b: string): boolean {
  const [x, y] = [normaliseName(a), normaliseName(b)];
  if (!x || !y) return false;
  if (x === y) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return shorter.length >= MIN_PREFIX_MATCH && longer.startsWith(shorter);
}

/** The item that speaks for its year: a stated figure over an inferred or preliminary one, a headline over a sectional one. */
function preferred(items: SeriesItem[]): SeriesItem | undefined {
  return [...items].sort(
    (a, b) => Number(a.qualified) - Number(b.qualified) || Number(b.headline) - Number(a.headline) || b.confidence - a.confidence,
  )[0];
}

/**
 * One point per year in which the indicator (same measure and unit, already filtered by the caller)
 * has a target or a result; null when it appears in fewer than two years, which is no series.
 */
export function buildIndicatorSeries(subject: { indicator: string; unit: string }, items: readonly SeriesItem[]): SeriesPoint[] | null {
  const matching = items.filter((item) => item.value !== null && item.unit === subject.unit && isSameIndicator(subject.indicator, item.indicator));
  const years = [...new Set(matching.map((item) => item.year))].sort((a, b) => a - b);
  if (years.length < 2) return null;
  return years.map((year) => {
    const target = preferred(matching.filter((item) => item.year === year && item.kind === "target"));
    const actual = preferred(matching.filter((item) => item.year === year && item.kind === "outcome"));
    return {
      year,
      target: target?.value ?? null,
      actual: actual?.value ?? null,
      targetImplied: target?.qualified ?? false,
      actualPreliminary: actual?.qualified ?? false,
    };
  });
}
