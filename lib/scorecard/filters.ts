import type { Verdict } from "@/lib/verdict/methodology";
import { isVerdict } from "@/lib/scorecard/verdicts";
import { findPolicyArea, parsePage } from "@/lib/scorecard/params";

// The year and area pages keep every filter in the URL so that a view can be shared as a link.

export type ScorecardFilters = { area: string | null; verdict: Verdict | null; headline: boolean; conflict: boolean; q: string };

export type SearchParams = Record<string, string | string[] | undefined>;

/** Everything a scorecard page reads from its URL: the jurisdiction (`j`), the filters and the page. */
export type ScorecardView = { jurisdiction: string | null; filters: ScorecardFilters; page: number };

const MAX_QUERY_LENGTH = 100;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/** Unknown values are ignored, not rejected: a stale shared link still opens, unfiltered. */
export function parseScorecardFilters(params: SearchParams): ScorecardFilters {
  const area = first(params.area);
  const verdict = first(params.verdict);
  return {
    area: findPolicyArea(area)?.code ?? null,
    verdict: isVerdict(verdict) ? verdict : null,
    headline: first(params.headline) === "1",
    conflict: first(params.conflict) === "1",
    q: first(params.q).slice(0, MAX_QUERY_LENGTH),
  };
}

/** A missing or empty `j` means the default jurisdiction; any other value must name one (else 404). */
export function parseScorecardView(params: SearchParams): ScorecardView {
  return { jurisdiction: first(params.j) || null, filters: parseScorecardFilters(params), page: parsePage(first(params.page)) };
}

export function hasActiveFilters(filters: ScorecardFilters): boolean {
  return filters.area !== null || filters.verdict !== null || filters.headline || filters.conflict || filters.q !== "";
}

/** The query string of a filtered view, "" when nothing is filtered; `j` first and the page last when given. */
export function toQueryString(filters: ScorecardFilters, scope: { jurisdiction?: string | null; page?: number } = {}): string {
  const params = new URLSearchParams();
  if (scope.jurisdiction) params.set("j", scope.jurisdiction);
  if (filters.area) params.set("area", filters.area);
  if (filters.verdict) params.set("verdict", filters.verdict);
  if (filters.headline) params.set("headline", "1");
  if (filters.conflict) params.set("conflict", "1");
  if (filters.q) params.set("q", filters.q);
  if (scope.page && scope.page > 1) params.set("page", String(scope.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const NO_FILTERS: ScorecardFilters = { area: null, verdict: null, headline: false, conflict: false, q: "" };

/** A link to a scorecard page of one jurisdiction: links between pages carry `j` so the scope survives. */
export function scorecardHref(path: string, jurisdiction: string | null, filters: ScorecardFilters = NO_FILTERS, page = 1): string {
  return `${path}${toQueryString(filters, { jurisdiction, page })}`;
}
