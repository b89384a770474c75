import { describe, expect, it } from "vitest";
import { buildIndicatorSeries, isSameIndicator, type SeriesItem } from "./series";

const item = (kind: SeriesItem["kind"], year: number, indicator: string, value: number, extra: Partial<SeriesItem> = {}): SeriesItem => ({
  kind, year, indicator, unit: "%", value, headline: true, confidence: 0.9, qualified: false, ...extra,
});

describe("isSameIndicator", () => {
  it("matches normalised names and names that keep a trailing clause", () => {
    expect(isSameIndicator("地区生产总值", "地区生产总值迈上")).toBe(true);
    expect(isSameIndicator("地区生产总值", "地区生产总值增速保持在合理区间")).toBe(true);
    expect(isSameIndicator("新增就业", "城镇新增就业")).toBe(true);
    expect(isSameIndicator("地区生产总值", "人均地区生产总值")).toBe(false);
    expect(isSameIndicator("高校", "高校院所")).toBe(false);
  });
});

describe("buildIndicatorSeries", () => {
  it("puts each year's target against each year's result, preferring stated over implied figures", () => {
    const series = buildIndicatorSeries({ indicator: "地区生产总值", unit: "%" }, [
      item("outcome", 2019, "地区生产总值增速保持在合理区间", 6.3),
      item("target", 2020, "地区生产总值", 6),
      item("target", 2021, "地区生产总值", 6, { qualified: true, headline: false }),
      item("outcome", 2021, "地区生产总值", 8.3),
      item("outcome", 2021, "地区生产总值", 8.2, { qualified: true }),
      item("target", 2022, "地区生产总值", 5.5),
      item("outcome", 2023, "地区生产总值迈上", 6.1),
      item("target", 2024, "地区生产总值", 6),
      item("target", 2024, "人均地区生产总值", 9),
      item("outcome", 2023, "地区生产总值", 30145.79, { unit: "亿元" }),
    ]);
    expect(series).toEqual([
      { year: 2019, target: null, actual: 6.3, targetImplied: false, actualPreliminary: false },
      { year: 2020, target: 6, actual: null, targetImplied: false, actualPreliminary: false },
      { year: 2021, target: 6, actual: 8.3, targetImplied: true, actualPreliminary: false },
      { year: 2022, target: 5.5, actual: null, targetImplied: false, actualPreliminary: false },
      { year: 2023, target: null, actual: 6.1, targetImplied: false, actualPreliminary: false },
      { year: 2024, target: 6, actual: null, targetImplied: false, actualPreliminary: false },
    ]);
  });

  it("is no series when the indicator appears in one year only", () => {
    expect(buildIndicatorSeries({ indicator: "5G基站", unit: "个" }, [item("target", 2021, "5G基站", 21000, { unit: "个" })])).toBeNull();
  });
});
