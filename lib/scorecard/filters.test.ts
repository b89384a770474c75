import { describe, expect, it } from "vitest";
import { filterTargets, hasActiveFilters, parseScorecardFilters, toQueryString, type FilterableTarget } from "./filters";

const target = (overrides: Partial<FilterableTarget>): FilterableTarget => ({
  areaCode: "economy", verdict: "met", headline: false, conflict: false, indicator: "地区生产总值", quote: "增长6%", results: [], ...overrides,
});

const targets = [
  target({ indicator: "地区生产总值", headline: true }),
  target({ areaCode: "urban", verdict: "needs_review", indicator: "5G基站", quote: "新建5G基站2.1万个", results: [{ quote: "建成5G基站7.3万个" }] }),
  target({ areaCode: "innovation", verdict: "missed", indicator: "新型研发机构", quote: "新增\n新型研发机构30家", conflict: true }),
];

describe("parseScorecardFilters", () => {
  it("reads the filters from the URL and ignores unknown values", () => {
    expect(parseScorecardFilters({ area: "urban", verdict: "met", headline: "1", conflict: "0", q: " 5G " })).toEqual({
      area: "urban", verdict: "met", headline: true, conflict: false, q: "5G",
    });
    expect(parseScorecardFilters({ area: "nowhere", verdict: "great", q: ["a", "b"] })).toEqual({
      area: null, verdict: null, headline: false, conflict: false, q: "a",
    });
  });

  it("round-trips through the query string", () => {
    const filters = parseScorecardFilters({ area: "urban", verdict: "missed", conflict: "1", q: "基站" });
    expect(parseScorecardFilters(Object.fromEntries(new URLSearchParams(toQueryString(filters))))).toEqual(filters);
    expect(toQueryString(parseScorecardFilters({}))).toBe("");
    expect(hasActiveFilters(parseScorecardFilters({}))).toBe(false);
  });
});

describe("filterTargets", () => {
  const only = (params: Record<string, string>) => filterTargets(targets, parseScorecardFilters(params)).map((row) => row.indicator);

  it("filters by area, verdict, headline and conflict", () => {
    expect(only({ area: "urban" })).toEqual(["5G基站"]);
    expect(only({ verdict: "missed" })).toEqual(["新型研发机构"]);
    expect(only({ headline: "1" })).toEqual(["地区生产总值"]);
    expect(only({ conflict: "1" })).toEqual(["新型研发机构"]);
    expect(only({ area: "urban", verdict: "met" })).toEqual([]);
  });

  it("searches indicator, target quote and result quotes, across hand wraps", () => {
    expect(only({ q: "7.3万" })).toEqual(["5G基站"]);
    expect(only({ q: "新增新型" })).toEqual(["新型研发机构"]);
    expect(only({ q: "5g" })).toEqual(["5G基站"]);
  });
});
