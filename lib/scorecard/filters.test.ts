import { describe, expect, it } from "vitest";
import { hasActiveFilters, NO_FILTERS, parseScorecardFilters, parseScorecardView, scorecardHref, toQueryString } from "./filters";

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

describe("parseScorecardView", () => {
  it("reads the jurisdiction and the page beside the filters; a bad page is the first", () => {
    expect(parseScorecardView({ j: " cn-sichuan ", page: "3", verdict: "met" })).toEqual({
      jurisdiction: "cn-sichuan", page: 3, filters: { ...NO_FILTERS, verdict: "met" },
    });
    expect(parseScorecardView({})).toEqual({ jurisdiction: null, page: 1, filters: NO_FILTERS });
    expect(parseScorecardView({ j: "", page: "0" })).toMatchObject({ jurisdiction: null, page: 1 });
    for (const page of ["-1", "abc", "1.5", "01", ["x", "2"], "99999999999"]) expect(parseScorecardView({ page }).page, String(page)).toBe(1);
    expect(parseScorecardView({ page: ["4", "5"] }).page).toBe(4);
  });

  it("builds links that carry the jurisdiction first and the page last, and round-trip", () => {
    const filters = parseScorecardFilters({ verdict: "missed", q: "基站" });
    const href = scorecardHref("/years/2021", "cn-chongqing", filters, 2);
    expect(href).toBe("/years/2021?j=cn-chongqing&verdict=missed&q=%E5%9F%BA%E7%AB%99&page=2");
    const params = Object.fromEntries(new URLSearchParams(href.split("?")[1]));
    expect(parseScorecardView(params)).toEqual({ jurisdiction: "cn-chongqing", filters, page: 2 });
    expect(scorecardHref("/", null)).toBe("/");
    expect(scorecardHref("/years/2021", "cn-chongqing", NO_FILTERS, 1)).toBe("/years/2021?j=cn-chongqing");
  });
});
