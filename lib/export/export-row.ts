import type { Writable } from "node:stream";
import type { Measure, Operator } from "@/lib/extract/types";
import type { AppLocale } from "@/lib/i18n/locales";
import type { ScorecardFilters } from "@/lib/scorecard/filters";
import type { ScorecardTarget, YearSources } from "@/lib/scorecard/year";
import type { Verdict } from "@/lib/verdict/methodology";

// What an export holds, independent of its file format: one row per target with its results, and
// the stamp (methodology version, snapshot time, filters) that makes a file citable later.

export type ExportResult = {
  value: number | null;
  unit: string;
  raw: string;
  preliminary: boolean;
  quote: string;
  document: string;
  start: number;
  end: number;
};

export type ExportRow = {
  targetId: number;
  year: number;
  areaCode: string;
  indicator: string;
  headline: boolean;
  implied: boolean;
  conflict: boolean;
  measure: Measure;
  operator: Operator;
  value: number | null;
  unit: string;
  raw: string;
  verdict: Verdict;
  why: string;
  quote: string;
  document: string;
  start: number;
  end: number;
  results: ExportResult[];
};

export type ExportFormat = "csv" | "xlsx";

/** What lib/export/csv.ts and xlsx.ts provide: stream the rows into `output`, stamped with `meta`, and end it. */
export type ExportWriter = (rows: AsyncIterable<ExportRow>, meta: ExportMeta, output: Writable) => Promise<void>;

export type ExportMeta = {
  methodologyVersion: string;
  /** When the export's data was read from the database. */
  snapshotAt: Date;
  year: number;
  /** The jurisdiction's code. */
  jurisdiction: string;
  filters: ScorecardFilters;
  locale: AppLocale;
};

/** `fileNames` maps a document id to its file name (the year's sources name every document a row cites). */
export function toExportRow(year: number, target: ScorecardTarget, fileNames: ReadonlyMap<number, string>): ExportRow {
  const fileName = (documentId: number) => fileNames.get(documentId) ?? `#${documentId}`;
  return {
    targetId: target.id,
    year,
    areaCode: target.areaCode,
    indicator: target.indicator,
    headline: target.headline,
    implied: target.implied,
    conflict: target.conflict,
    measure: target.measure,
    operator: target.operator,
    value: target.value,
    unit: target.unit,
    raw: target.raw,
    verdict: target.verdict,
    why: target.verdictWhy,
    quote: target.quote,
    document: fileName(target.span.documentId),
    start: target.span.start,
    end: target.span.end,
    results: target.results.map((result) => ({
      value: result.value,
      unit: result.unit,
      raw: result.raw,
      preliminary: result.preliminary,
      quote: result.quote,
      document: fileName(result.span.documentId),
      start: result.span.start,
      end: result.span.end,
    })),
  };
}

/** The filters as key=value pairs, year first and the jurisdiction last; only the filters that narrow the export. */
export function describeFilters(meta: Pick<ExportMeta, "jurisdiction" | "year" | "filters">): Array<[string, string]> {
  const { filters } = meta;
  const pairs: Array<[string, string]> = [["year", String(meta.year)]];
  if (filters.area) pairs.push(["area", filters.area]);
  if (filters.verdict) pairs.push(["verdict", filters.verdict]);
  if (filters.headline) pairs.push(["headline", "1"]);
  if (filters.conflict) pairs.push(["conflict", "1"]);
  if (filters.q) pairs.push(["q", filters.q]);
  pairs.push(["jurisdiction", meta.jurisdiction]);
  return pairs;
}

/** The year's (filtered) targets as export rows, one at a time, as the writers consume them. */
export async function* exportRowsOf(sources: YearSources, targets: readonly ScorecardTarget[]): AsyncGenerator<ExportRow> {
  const fileNames = new Map([...sources.targets, ...sources.results].map((source) => [source.documentId, source.fileName]));
  for (const target of targets) yield toExportRow(sources.year, target, fileNames);
}
