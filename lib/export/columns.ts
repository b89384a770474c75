import { areaLabel, type AppLocale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import type { ExportRow } from "@/lib/export/export-row";

// The columns every export format shares, labelled from the app's message catalogs so a file reads
// in the language of the page it was taken from. Codes (verdict, ids, offsets) never change.

export type ExportMessages = typeof zh.export & { verdict: typeof zh.verdict; measure: typeof zh.measure; operator: typeof zh.operator };

export type Cell = string | number | null;

export type ExportColumn = { key: keyof typeof zh.export.columns; header: string; width: number; cell: (row: ExportRow) => Cell };

/** Joins the values of a target's several results into one cell. */
const RESULT_SEPARATOR = " | ";

export function exportMessages(locale: AppLocale): ExportMessages {
  const catalog = locale === "en" ? en : zh;
  return { ...catalog.export, verdict: catalog.verdict, measure: catalog.measure, operator: catalog.operator };
}

/** One result is a number (Excel sums it); several are listed in link order. */
function resultValueOf(row: ExportRow): Cell {
  if (row.results.length === 1) return row.results[0].value;
  return row.results.map((result) => (result.value === null ? "—" : String(result.value))).join(RESULT_SEPARATOR);
}

export function exportColumns(locale: AppLocale): ExportColumn[] {
  const messages = exportMessages(locale);
  const flag = (value: boolean) => (value ? messages.yes : messages.no);
  const joined = (row: ExportRow, pick: (result: ExportRow["results"][number]) => string) => row.results.map(pick).join(RESULT_SEPARATOR);
  const columns: Array<Omit<ExportColumn, "header">> = [
    { key: "targetId", width: 9, cell: (row) => row.targetId },
    { key: "year", width: 7, cell: (row) => row.year },
    { key: "area", width: 14, cell: (row) => areaLabel(row.areaCode, locale) },
    { key: "indicator", width: 28, cell: (row) => row.indicator },
    { key: "headline", width: 8, cell: (row) => flag(row.headline) },
    { key: "implied", width: 8, cell: (row) => flag(row.implied) },
    { key: "conflict", width: 8, cell: (row) => flag(row.conflict) },
    { key: "measure", width: 9, cell: (row) => messages.measure[row.measure] },
    { key: "operator", width: 9, cell: (row) => messages.operator[row.operator] },
    { key: "targetValue", width: 12, cell: (row) => row.value },
    { key: "unit", width: 8, cell: (row) => row.unit },
    { key: "targetRaw", width: 20, cell: (row) => row.raw },
    { key: "resultValue", width: 12, cell: resultValueOf },
    { key: "resultRaw", width: 20, cell: (row) => joined(row, (result) => result.raw) },
    { key: "preliminary", width: 8, cell: (row) => flag(row.results.some((result) => result.preliminary)) },
    { key: "verdict", width: 10, cell: (row) => messages.verdict[row.verdict] },
    { key: "verdictCode", width: 13, cell: (row) => row.verdict },
    { key: "why", width: 40, cell: (row) => row.why },
    { key: "targetQuote", width: 50, cell: (row) => row.quote },
    { key: "targetDocument", width: 26, cell: (row) => row.document },
    { key: "targetStart", width: 9, cell: (row) => row.start },
    { key: "targetEnd", width: 9, cell: (row) => row.end },
    { key: "resultQuote", width: 50, cell: (row) => joined(row, (result) => result.quote) },
    { key: "resultDocument", width: 26, cell: (row) => joined(row, (result) => result.document) },
    { key: "resultOffsets", width: 14, cell: (row) => joined(row, (result) => `${result.start}-${result.end}`) },
  ];
  return columns.map((column) => ({ ...column, header: messages.columns[column.key] }));
}
