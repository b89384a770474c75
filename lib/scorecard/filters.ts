import type { Verdict } from "@/lib/verdict/methodology";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { isVerdict } from "@/lib/scorecard/verdicts";

// The year and area pages keep every filter in the URL so that a view can be shared as a link.

export type ScorecardFilters = { area: string | null; verdict: Verdict | null; headline: boolean; conflict: boolean; q: string };

export type SearchParams = Record<string, string | string[] | undefined>;

export type FilterableTarget = {
  areaCode: string;
  verdict: Verdict;
  headline: boolean;
  conflict: boolean;
  indicator: string;
  quote: string;
  results: ReadonlyArray<{ quote: string }>;
};

const MAX_QUERY_LENGTH = 100;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/** Unknown values are ignored, not rejected: a stale shared link still opens, unfiltered. */
export function parseScorecardFilters(params: SearchParams): ScorecardFilters {
  const area = first(params.area);
  const verdict = first(params.verdict);
  return {
    area: POLICY_AREAS.some((candidate) => candidate.code === area) ? area : null,
    verdict: isVerdict(verdict) ? verdict : null,
    headline: first(params.headline) === "1",
    conflict: first(params.conflict) === "1",
    q: first(params.q).slice(0, MAX_QUERY_LENGTH),
  };
}

export function hasActiveFilters(filters: ScorecardFilters): boolean {
  return filters.area !== null || filters.verdict !== null || filters.headline || filters.conflict || filters.q !== "";
}

/** Whitespace and case do not count: quotes from newspaper prints carry hard line breaks. */
function searchable(text: string): string {
  return text.replace(/\s+/g, "").toLowerCase();
}

export function filterTargets<T extends FilterableTarget>(targets: readonly T[], filters: ScorecardFilters): T[] {
  const needle = searchable(filters.q);
  return targets.filter(
    (target) =>
      (filters.area === null || target.areaCode === filters.area) &&
      (filters.verdict === null || target.verdict === filters.verdict) &&
      (!filters.headline || target.headline) &&
      (!filters.conflict || target.conflict) &&
      (needle === "" ||
        [target.indicator, target.quote, ...target.results.map((result) => result.quote)].some((text) => searchable(text).includes(needle))),
  );
}

/** The query string of a filtered view, "" when nothing is filtered. */
export function toQueryString(filters: ScorecardFilters): string {
  const params = new URLSearchParams();
  if (filters.area) params.set("area", filters.area);
  if (filters.verdict) params.set("verdict", filters.verdict);
  if (filters.headline) params.set("headline", "1");
  if (filters.conflict) params.set("conflict", "1");
  if (filters.q) params.set("q", filters.q);
  const query = params.toString();
  return query ? `?${query}` : "";
}
