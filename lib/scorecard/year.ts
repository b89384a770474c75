import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/db";
import type { ReportKind } from "@/lib/ingest/split-reports";
import type { Measure, Operator } from "@/lib/extract/types";
import { POLICY_AREAS } from "@/lib/policy-areas";
import type { Verdict } from "@/lib/verdict/methodology";
import { filterTargets, type ScorecardFilters } from "@/lib/scorecard/filters";
import { createPassageReader, type Mark, type Sentence } from "@/lib/scorecard/passages";
import { tallyVerdicts, totalOf, type VerdictCounts } from "@/lib/scorecard/verdicts";

export type SourceRef = { documentId: number; fileName: string; kind: ReportKind };

export type YearSources = { year: number; targets: SourceRef[]; results: SourceRef[] };

export type Span = { documentId: number; start: number; end: number };

export type ScorecardResult = { id: number; value: number | null; unit: string; raw: string; preliminary: boolean; quote: string; span: Span };

export type ScorecardTarget = {
  id: number;
  areaCode: string;
  indicator: string;
  measure: Measure;
  operator: Operator;
  value: number | null;
  unit: string;
  raw: string;
  headline: boolean;
  implied: boolean;
  conflict: boolean;
  verdict: Verdict;
  quote: string;
  span: Span;
  results: ScorecardResult[];
};

export type AreaCounts = { areaCode: string; counts: VerdictCounts; total: number };

export type YearScorecard = {
  year: number;
  /** A report reviewing the year is in the corpus: without one every target is pending. */
  resultsInCorpus: boolean;
  sources: YearSources;
  byArea: AreaCounts[];
  counts: VerdictCounts;
  total: number;
  withResult: number;
  /** The targets the filters let through; the counts above are always the whole year's (or area's). */
  targets: ScorecardTarget[];
};

/** Sentences around each target and result, keyed by spanKey(). */
export type AreaScorecard = YearScorecard & { areaCode: string; sentences: Record<string, Sentence> };

export function spanKey(span: Span): string {
  return `${span.documentId}:${span.start}:${span.end}`;
}

/**
 * The reports that set (plan year) or review the year; an empty list means the year is unknown.
 * Cached per request so the year's layout (which answers 404) and its page share one query.
 */
export const findYearSources = cache(async (db: Db, year: number): Promise<YearSources> => {
  const reports = await db.report.findMany({
    where: { OR: [{ planYear: year }, { reviewYear: year }] },
    orderBy: [{ documentId: "asc" }, { ordinal: "asc" }],
    select: { kind: true, planYear: true, reviewYear: true, document: { select: { id: true, fileName: true } } },
  });
  const ref = (report: (typeof reports)[number]) => ({ documentId: report.document.id, fileName: report.document.fileName, kind: report.kind });
  return {
    year,
    targets: reports.filter((report) => report.planYear === year).map(ref),
    results: reports.filter((report) => report.reviewYear === year).map(ref),
  };
});

export function isKnownYear(sources: YearSources): boolean {
  return sources.targets.length + sources.results.length > 0;
}

/** Counts per canonical area (all of them, in display order) and for the whole list. */
export function countByArea(targets: readonly Pick<ScorecardTarget, "areaCode" | "verdict">[]): AreaCounts[] {
  return POLICY_AREAS.map((area) => {
    const counts = tallyVerdicts(targets.filter((target) => target.areaCode === area.code).map((target) => target.verdict));
    return { areaCode: area.code, counts, total: totalOf(counts) };
  });
}

async function findTargets(db: Db, year: number, areaCode: string | null): Promise<ScorecardTarget[]> {
  const rows = await db.target.findMany({
    where: { year, ...(areaCode ? { area: { code: areaCode } } : {}) },
    orderBy: [{ area: { order: "asc" } }, { headline: "desc" }, { reportId: "asc" }, { start: "asc" }],
    select: {
      id: true, indicator: true, measure: true, operator: true, value: true, unit: true, raw: true, headline: true,
      implied: true, conflict: true, verdict: true, quote: true, start: true, end: true,
      area: { select: { code: true } },
      report: { select: { documentId: true } },
      links: {
        orderBy: { id: "asc" },
        select: {
          outcome: {
            select: {
              id: true, value: true, unit: true, raw: true, preliminary: true, quote: true, start: true, end: true,
              report: { select: { documentId: true } },
            },
          },
        },
      },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    areaCode: row.area.code,
    indicator: row.indicator,
    measure: row.measure,
    operator: row.operator,
    value: row.value?.toNumber() ?? null,
    unit: row.unit,
    raw: row.raw,
    headline: row.headline,
    implied: row.implied,
    conflict: row.conflict,
    verdict: row.verdict,
    quote: row.quote,
    span: { documentId: row.report.documentId, start: row.start, end: row.end },
    results: row.links.map(({ outcome }) => ({
      id: outcome.id,
      value: outcome.value?.toNumber() ?? null,
      unit: outcome.unit,
      raw: outcome.raw,
      preliminary: outcome.preliminary,
      quote: outcome.quote,
      span: { documentId: outcome.report.documentId, start: outcome.start, end: outcome.end },
    })),
  }));
}

function shapeScorecard(sources: YearSources, all: ScorecardTarget[], filters: ScorecardFilters): YearScorecard {
  const counts = tallyVerdicts(all.map((target) => target.verdict));
  return {
    year: sources.year,
    resultsInCorpus: sources.results.length > 0,
    sources,
    byArea: countByArea(all),
    counts,
    total: totalOf(counts),
    withResult: all.filter((target) => target.results.length > 0).length,
    targets: filterTargets(all, filters),
  };
}

/** A year's scorecard in two queries (its reports, its targets with their results); null for an unknown year. */
export async function getYearScorecard(db: Db, year: number, filters: ScorecardFilters): Promise<YearScorecard | null> {
  const [sources, targets] = await Promise.all([findYearSources(db, year), findTargets(db, year, null)]);
  return isKnownYear(sources) ? shapeScorecard(sources, targets, filters) : null;
}

/**
 * One area of a year, with the sentence around every target and result. The documents' texts come
 * in one more query; sentences are cut on the server so the page receives only what it shows.
 */
export async function getAreaScorecard(db: Db, year: number, areaCode: string, filters: ScorecardFilters): Promise<AreaScorecard | null> {
  const [sources, all] = await Promise.all([findYearSources(db, year), findTargets(db, year, areaCode)]);
  if (!isKnownYear(sources)) return null;
  const scorecard = shapeScorecard(sources, all, { ...filters, area: null });
  const marks: Array<{ span: Span; mark: Mark }> = scorecard.targets.flatMap((target) => [
    { span: target.span, mark: { ...target.span, kind: "target" as const, id: target.id, targetId: target.id } },
    ...target.results.map((result) => ({ span: result.span, mark: { ...result.span, kind: "outcome" as const, id: result.id, targetId: target.id } })),
  ]);
  const documentIds = [...new Set(marks.map(({ span }) => span.documentId))];
  const documents = documentIds.length
    ? await db.sourceDocument.findMany({ where: { id: { in: documentIds } }, select: { id: true, text: true } })
    : [];
  const readers = new Map(documents.map((document) => [document.id, createPassageReader(document.text)]));
  const sentences: Record<string, Sentence> = {};
  for (const { span, mark } of marks) {
    const reader = readers.get(span.documentId);
    if (reader) sentences[spanKey(span)] = reader.sentenceOf(mark);
  }
  return { ...scorecard, areaCode, sentences };
}
