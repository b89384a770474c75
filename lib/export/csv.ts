import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { stringify } from "csv-stringify";
import { exportColumns, type Cell } from "@/lib/export/columns";
import { describeFilters, type ExportMeta, type ExportRow } from "@/lib/export/export-row";

// CSV for Excel and for scripts. UTF-8 with a BOM, because Excel reads a BOM-less CSV in the
// system's ANSI code page and garbles Chinese. The stamp comes first as CSV_META_LINES lines
// starting with "#" ("# methodology_version,2025.1"), then the header row, then one row per
// target: Excel shows the stamp above the table, scripts skip a fixed number of lines or every
// line starting with "#" (no data line does: each starts with the numeric target id).

export const CSV_META_LINES = 4;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell Excel or LibreOffice would run as a formula (=, +, -, @, tab, CR first) gets a
 * leading single quote, as OWASP advises against CSV injection. Numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

async function* csvRecords(rows: AsyncIterable<ExportRow>, meta: ExportMeta): AsyncGenerator<Cell[]> {
  const columns = exportColumns(meta.locale);
  yield ["# Yardstick scorecard export"];
  yield ["# methodology_version", meta.methodologyVersion];
  yield ["# snapshot_at", meta.snapshotAt.toISOString()];
  yield ["# filters", describeFilters(meta).map(([key, value]) => `${key}=${value}`).join("; ")];
  yield columns.map((column) => column.header);
  for await (const row of rows) yield columns.map((column) => column.cell(row));
}

/** Streams the rows as CSV into `output` (and ends it), honouring its backpressure. */
export async function writeScorecardCsv(rows: AsyncIterable<ExportRow>, meta: ExportMeta, output: Writable): Promise<void> {
  await pipeline(Readable.from(csvRecords(rows, meta)), stringify({ bom: true, cast: { string: neutraliseFormula } }), output);
}
