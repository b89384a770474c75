import { describe, expect, it } from "vitest";
import { CSV_META_LINES, neutraliseFormula, writeScorecardCsv } from "@/lib/export/csv";
import type { ExportMeta } from "@/lib/export/export-row";
import { rowsOf, syntheticRow, writeToBuffer } from "@/lib/export/fixtures";

const meta: ExportMeta = {
  methodologyVersion: "2025.1",
  snapshotAt: new Date("2026-01-02T03:04:05.000Z"),
  year: 2021,
  jurisdiction: "cn-chongqing",
  filters: { area: "innovation", verdict: null, headline: true, conflict: false, q: "5G" },
  locale: "zh-CN",
};

describe("neutraliseFormula", () => {
  it("prefixes a single quote to text Excel would evaluate, and leaves other text alone", () => {
    for (const text of ["=1+2", "+SUM(A1)", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1"]) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const text of ["地区生产总值", "5G基站", "'quoted", " =1", ""]) expect(neutraliseFormula(text)).toBe(text);
  });
});

describe("writeScorecardCsv", () => {
  it("starts with a BOM and the stamp, then the header and one row per target", async () => {
    const bytes = await writeToBuffer(writeScorecardCsv, rowsOf([syntheticRow(0), syntheticRow(1)]), meta);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\n");
    expect(lines.slice(0, CSV_META_LINES)).toEqual([
      "# Yardstick scorecard export",
      "# methodology_version,2025.1",
      "# snapshot_at,2026-01-02T03:04:05.000Z",
      "# filters,year=2021; area=innovation; headline=1; q=5G; jurisdiction=cn-chongqing",
    ]);
    expect(lines[CSV_META_LINES]).toMatch(/^目标编号,年度,政策领域,指标,/);
    expect(lines[CSV_META_LINES + 1]).toContain("新建5G基站0");
    expect(lines[CSV_META_LINES + 1]).toContain("已完成,met,");
    expect(lines.filter((line) => line !== "")).toHaveLength(CSV_META_LINES + 3);
  });

  it("neutralises formulas in every text cell but writes negative numbers as numbers", async () => {
    const rows = ["=HYPERLINK(\"http://x\")", "+1", "-1+1", "@cmd"].map((indicator, index) =>
      syntheticRow(index, { indicator, value: -2.5, why: "=why" }),
    );
    const text = (await writeToBuffer(writeScorecardCsv, rowsOf(rows), meta)).toString("utf8");
    const data = text.split("\n").slice(CSV_META_LINES + 1, CSV_META_LINES + 5);
    expect(data.map((line) => line.split(",")[3])).toEqual(['"\'=HYPERLINK(""http://x"")"', "'+1", "'-1+1", "'@cmd"]);
    for (const line of data) {
      expect(line).toContain(",-2.5,");
      expect(line).toContain(",'=why,");
    }
  });

  it("labels columns in English when asked", async () => {
    const text = (await writeToBuffer(writeScorecardCsv, rowsOf([syntheticRow(0)]), { ...meta, locale: "en" })).toString("utf8");
    expect(text.split("\n")[CSV_META_LINES]).toMatch(/^Target id,Year,Policy area,Indicator,/);
    expect(text).toContain("Met,met,");
  });
});
