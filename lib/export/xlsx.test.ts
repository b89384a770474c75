import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ExportMeta } from "@/lib/export/export-row";
import { syntheticRows, writeToBuffer } from "@/lib/export/fixtures";
import { verdictColours, writeScorecardXlsx } from "@/lib/export/xlsx";
import { VERDICT_DISPLAY_ORDER } from "@/lib/scorecard/verdicts";
import { VERDICTS } from "@/lib/verdict/methodology";

const meta: ExportMeta = {
  methodologyVersion: "2025.1",
  snapshotAt: new Date("2026-01-02T03:04:05.000Z"),
  year: 2021,
  jurisdiction: "cn-chongqing",
  filters: { area: null, verdict: null, headline: false, conflict: false, q: "" },
  locale: "zh-CN",
};

async function readBack(rows: number): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // A copy into a plain ArrayBuffer: exceljs' typings predate Node's generic Buffer.
  await workbook.xlsx.load(new Uint8Array(await writeToBuffer(writeScorecardXlsx, syntheticRows(rows), meta)).buffer);
  return workbook;
}

describe("writeScorecardXlsx", () => {
  it("writes a detail, a summary and an about sheet, and opens on the summary", async () => {
    const workbook = await readBack(30);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["明细", "汇总", "说明"]);
    expect(workbook.views[0]).toMatchObject({ activeTab: 1 });
  });

  it("freezes the detail header, sizes its columns and colours each verdict cell with its word", async () => {
    const detail = (await readBack(30)).getWorksheet("明细");
    if (!detail) throw new Error("no detail sheet");
    expect(detail.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = detail.getRow(1).values as unknown[];
    const verdictColumn = header.indexOf("判定");
    expect(header).toContain("指标");
    expect(detail.getColumn(header.indexOf("目标原句")).width).toBeGreaterThan(30);
    expect(detail.rowCount).toBe(31);
    expect(verdictColours("met")).toEqual({ fill: "FFD1FAE5", font: "FF064E3B" });
    for (let row = 2; row <= 7; row += 1) {
      const verdict = VERDICTS[(row - 2) % VERDICTS.length];
      const cell = detail.getRow(row).getCell(verdictColumn);
      expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: verdictColours(verdict).fill } });
      expect(cell.value).toBe({ met: "已完成", partly_met: "基本完成", missed: "未完成", not_reported: "未报告", pending: "待揭晓", needs_review: "待审核" }[verdict]);
    }
  });

  it("counts the exported rows per area and verdict on the summary sheet", async () => {
    const summary = (await readBack(24)).getWorksheet("汇总");
    if (!summary) throw new Error("no summary sheet");
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(summary.getRow(1).values).toEqual([undefined, "政策领域", "已完成", "基本完成", "未完成", "待审核", "未报告", "待揭晓", "合计"]);
    expect(summary.getRow(1).getCell(2).fill).toMatchObject({ fgColor: { argb: verdictColours("met").fill } });
    // 24 rows over 12 areas: two per area; the last row is the total.
    expect(summary.getRow(2).getCell(1).value).toBe("经济运行");
    expect(summary.getRow(2).getCell(VERDICT_DISPLAY_ORDER.length + 2).value).toBe(2);
    const total = summary.getRow(14);
    expect(total.getCell(1).value).toBe("合计");
    expect(total.getCell(VERDICT_DISPLAY_ORDER.length + 2).value).toBe(24);
  });

  it("states the methodology version, the snapshot time and the filters on the about sheet", async () => {
    const about = (await readBack(3)).getWorksheet("说明");
    if (!about) throw new Error("no about sheet");
    const cells = about.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : []));
    expect(cells).toEqual(expect.arrayContaining(["方法说明版本", "2025.1", "2026-01-02T03:04:05.000Z", "year=2021; jurisdiction=cn-chongqing", 3]));
  });
});
