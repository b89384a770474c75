import { EventEmitter, once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { exportColumns, exportMessages } from "@/lib/export/columns";
import { areaLabel } from "@/lib/i18n/locales";
import { describeFilters, type ExportMeta, type ExportRow } from "@/lib/export/export-row";
import { VERDICT_STYLES } from "@/lib/scorecard/verdict-style";
import { countNone, totalOf, VERDICT_DISPLAY_ORDER, type VerdictCounts } from "@/lib/scorecard/verdicts";
import type { Verdict } from "@/lib/verdict/methodology";

// XLSX through exceljs' streaming WorkbookWriter: each detail row is written out as soon as it is
// committed, so memory stays flat however many targets there are. The writer opens a sheet's zip
// entry when the sheet is added and the zip takes entries in that order, so the detail sheet must
// be added first: a sheet added before it would hold the whole detail sheet in memory until that
// sheet was finished. The summary (which counts what the detail sheet streamed) comes second and
// is the tab the workbook opens on; the about sheet with the stamp comes last.

/** A verdict cell's fill and font: the chips' colours (lib/scorecard/verdict-style.ts) as ARGB. */
export function verdictColours(verdict: Verdict): { fill: string; font: string } {
  const { fill, text } = VERDICT_STYLES[verdict].cell;
  return { fill: argbOf(fill), font: argbOf(text) };
}

/** "#d1fae5" → "FFD1FAE5" (opaque). */
function argbOf(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

const HEADER_FILL = "FFF1F5F9";

/** Areas in the app's display order; a code the app does not know (none today) goes last. */
function displayOrderOf(areaCode: string): number {
  const index = POLICY_AREAS.findIndex((area) => area.code === areaCode);
  return index < 0 ? POLICY_AREAS.length : index;
}

function paint(cell: ExcelJS.Cell, colours: { fill: string; font: string }, bold = false) {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: colours.fill } };
  cell.font = { color: { argb: colours.font }, bold };
}

function styleHeader(row: ExcelJS.Row) {
  row.eachCell((cell) => paint(cell, { fill: HEADER_FILL, font: "FF0F172A" }, true));
}

/** A stream as exceljs' zip library (archiver, on readable-stream 2) makes it: not always a core Writable. */
type PipeTarget = EventEmitter & { writableNeedDrain?: boolean; _writableState?: { needDrain?: boolean } };

/**
 * The streams a sheet's rows are piped into on their way to the zip. exceljs 4's sheet stream
 * (StreamBuf) writes into them without looking at their backpressure and exposes them only as its
 * `pipes`; an empty list if a later exceljs changes that (the export then still works, unthrottled).
 */
function zipInputsOf(sheet: ExcelJS.Worksheet): PipeTarget[] {
  const stream: unknown = Reflect.get(sheet, "stream");
  const pipes: unknown = typeof stream === "object" && stream !== null ? Reflect.get(stream, "pipes") : undefined;
  return Array.isArray(pipes) ? pipes.filter((pipe): pipe is PipeTarget => pipe instanceof EventEmitter) : [];
}

function needsDrain(stream: PipeTarget): boolean {
  return stream.writableNeedDrain ?? stream._writableState?.needDrain ?? false;
}

/**
 * Waits while the zip's input (compression runs on the thread pool, slower than rows are made) or
 * `output` is full, so memory stays bounded; a reader that went away ends the export instead of
 * leaving it waiting for ever.
 */
async function waitForRoom(sheet: ExcelJS.Worksheet, output: Writable) {
  for (const stream of [...zipInputsOf(sheet), output]) {
    if (!needsDrain(stream) || output.destroyed) continue;
    const controller = new AbortController();
    const { signal } = controller;
    try {
      await Promise.race([once(stream, "drain", { signal }), once(output, "close", { signal })]);
    } finally {
      controller.abort();
    }
  }
  if (output.destroyed) throw new Error("export aborted: the output was closed");
}

/** Streams the rows as an XLSX workbook into `output` and ends it. */
export async function writeScorecardXlsx(rows: AsyncIterable<ExportRow>, meta: ExportMeta, output: Writable): Promise<void> {
  const messages = exportMessages(meta.locale);
  const columns = exportColumns(meta.locale);
  const verdictColumn = columns.findIndex((column) => column.key === "verdict") + 1;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Yardstick";
  workbook.created = meta.snapshotAt;

  const detail = workbook.addWorksheet(messages.sheetDetail, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  const summary = workbook.addWorksheet(messages.sheetSummary, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  const about = workbook.addWorksheet(messages.sheetAbout);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: "visible" }];

  detail.columns = columns.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  styleHeader(detail.getRow(1));
  detail.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const counts = new Map<string, VerdictCounts>();
  let exported = 0;
  for await (const row of rows) {
    const written = detail.addRow(columns.map((column) => column.cell(row)));
    paint(written.getCell(verdictColumn), verdictColours(row.verdict));
    written.commit();
    const areaCounts = counts.get(row.areaCode) ?? countNone();
    areaCounts[row.verdict] += 1;
    counts.set(row.areaCode, areaCounts);
    exported += 1;
    await waitForRoom(detail, output);
  }
  detail.commit();

  summary.columns = [
    { header: messages.columns.area, key: "area", width: 16 },
    ...VERDICT_DISPLAY_ORDER.map((verdict) => ({ header: messages.verdict[verdict], key: verdict, width: 11 })),
    { header: messages.total, key: "total", width: 9 },
  ];
  styleHeader(summary.getRow(1));
  VERDICT_DISPLAY_ORDER.forEach((verdict, index) => paint(summary.getRow(1).getCell(index + 2), verdictColours(verdict), true));
  const all = countNone();
  for (const [code, areaCounts] of [...counts].sort(([a], [b]) => displayOrderOf(a) - displayOrderOf(b))) {
    for (const verdict of VERDICT_DISPLAY_ORDER) all[verdict] += areaCounts[verdict];
    summary.addRow([areaLabel(code, meta.locale), ...VERDICT_DISPLAY_ORDER.map((verdict) => areaCounts[verdict]), totalOf(areaCounts)]).commit();
  }
  const totalRow = summary.addRow([messages.total, ...VERDICT_DISPLAY_ORDER.map((verdict) => all[verdict]), totalOf(all)]);
  totalRow.font = { bold: true };
  totalRow.commit();
  summary.commit();

  about.columns = [{ width: 22 }, { width: 60 }];
  const filters = describeFilters(meta);
  const stamp: Array<[string, string | number]> = [
    [messages.metaMethodology, meta.methodologyVersion],
    [messages.metaSnapshot, meta.snapshotAt.toISOString()],
    [messages.metaFilters, filters.map(([key, value]) => `${key}=${value}`).join("; ")],
    [messages.metaRows, exported],
    ["", messages.metaSource],
  ];
  for (const [label, value] of stamp) {
    const row = about.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  about.commit();
  await workbook.commit();
}
