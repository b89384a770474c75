import { describe, expect, it } from "vitest";
import { describeChanges } from "./history";
import { formatResultValues, formatTargetValue } from "./format";
import { buildOverviewYears, type OverviewTally } from "./overview";
import { parseId, parseYear } from "./params";
import { shareMet, tallyVerdicts, totalOf } from "./verdicts";

describe("verdict counts", () => {
  it("leaves pending targets out of the share met", () => {
    const counts = tallyVerdicts(["met", "met", "missed", "not_reported", "pending", "pending"]);
    expect(totalOf(counts)).toBe(6);
    expect(shareMet(counts)).toBe(0.5);
    expect(shareMet(tallyVerdicts(["pending"]))).toBeNull();
    expect(shareMet(tallyVerdicts([]))).toBeNull();
  });
});

describe("buildOverviewYears", () => {
  const tallies: OverviewTally[] = [
    { year: 2021, area: "economy", verdict: "met", targets: 2, withResult: 2 },
    { year: 2021, area: "economy", verdict: "not_reported", targets: 1, withResult: 0 },
    { year: 2021, area: "urban", verdict: "missed", targets: 1, withResult: 1 },
    { year: 2022, area: "economy", verdict: "pending", targets: 4, withResult: 0 },
  ];

  it("fills every area of every known year and sums coverage, pending and not reported", () => {
    const [y2021, y2022, y2023] = buildOverviewYears(tallies, new Set([2021, 2023]), [2023]);
    expect(y2021).toMatchObject({ year: 2021, resultsInCorpus: true, total: 4, withResult: 3, pending: 0, notReported: 1 });
    expect(y2021.cells.economy).toMatchObject({ total: 3, shareMet: 2 / 3 });
    expect(y2021.cells.rural).toMatchObject({ total: 0, shareMet: null });
    expect(Object.keys(y2021.cells)).toHaveLength(12);
    expect(y2022).toMatchObject({ resultsInCorpus: false, total: 4, pending: 4 });
    expect(y2022.cells.economy.shareMet).toBeNull();
    expect(y2023).toMatchObject({ year: 2023, total: 0, resultsInCorpus: true });
  });
});

describe("route parameters", () => {
  it("accepts only well-formed years and int4 ids", () => {
    expect(parseYear("2021")).toBe(2021);
    for (const bad of ["abc", "21", "20210", "2021.0", " 2021", "-2021"]) expect(parseYear(bad)).toBeNull();
    expect(parseId("42")).toBe(42);
    for (const bad of ["0", "042", "abc", "1e3", "99999999999", "2147483648"]) expect(parseId(bad)).toBeNull();
    expect(parseId("2147483647")).toBe(2147483647);
  });
});

describe("formatTargetValue", () => {
  it("shows the operator and the value in base units with grouping", () => {
    expect(formatTargetValue("gte", 600000, "人", "en")).toBe("≥ 600,000 人");
    expect(formatTargetValue("approx", 5.5, "%", "zh-CN")).toBe("≈ 5.5%");
    expect(formatTargetValue("qualitative", null, "", "zh-CN")).toBe("—");
  });
});

describe("describeChanges", () => {
  it("lists the fields an editor changed", () => {
    expect(describeChanges({ value: 6, unit: "%" }, { value: 6.5, unit: "%", verdict: "met" })).toEqual([
      { field: "value", before: "6", after: "6.5" },
      { field: "verdict", before: "—", after: "met" },
    ]);
    expect(describeChanges(null, null)).toEqual([]);
  });
});

describe("formatResultValues", () => {
  it("shows each distinct result once, in the target's unit when there is one", () => {
    const results = [
      { value: 8.3, unit: "%" },
      { value: 27894, unit: "亿元" },
      { value: 8.3, unit: "%" },
    ];
    expect(formatResultValues({ unit: "%", results }, "en")).toBe("8.3%");
    expect(formatResultValues({ unit: "个", results: [{ value: 1643, unit: "个" }, { value: 2234, unit: "个" }] }, "en")).toBe("1,643 个 / 2,234 个");
    expect(formatResultValues({ unit: "%", results: [{ value: 1643, unit: "个" }] }, "en")).toBe("1,643 个");
    expect(formatResultValues({ unit: "%", results: [] }, "en")).toBe("—");
  });
});
