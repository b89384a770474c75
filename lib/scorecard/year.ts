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
  verdictWhy: string;
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

type TargetRow = Omit<ScorecardTarget, "span" | "results"> & Span;
type ResultRow = Omit<ScorecardResult, "span"> & Span & { targetId: number };

/**
 * The year's targets, then all their results in a second query joined set-wise, stitched here by
 * target id. Prisma's nested select sent eight statements with IN lists of every target id and
 * built ~9 000 nested objects with Decimal values, ~250 ms at 31 provinces × 300 targets
 * (bench/README.md, "Scale"). numeric(24,6) is read as float8, which is what Decimal.toNumber()
 * gave; the id breaks ties so the order is total.
 */
async function findTargets(db: Db, year: number, areaCode: string | null): Promise<ScorecardTarget[]> {
  const [targets, results] = await Promise.all([
    db.$queryRaw<TargetRow[]>`
      SELECT t."id", a."code" AS "areaCode", t."indicator", t."measure"::text AS "measure", t."operator"::text AS "operator",
             t."value"::float8 AS "value", t."unit", t."raw", t."headline", t."implied", t."conflict", t."verdict"::text AS "verdict",
             t."verdictWhy", t."quote", r."documentId", t."start", t."end"
      FROM "Target" t JOIN "PolicyArea" a ON a."id" = t."areaId" JOIN "Report" r ON r."id" = t."reportId"
      WHERE t."year" = ${year} AND (${areaCode}::text IS NULL OR a."code" = ${areaCode}::text)
      ORDER BY a."order" ASC, t."headline" DESC, t."reportId" ASC, t."start" ASC, t."id" ASC`,
    db.$queryRaw<ResultRow[]>`
      SELECT l."targetId", o."id", o."value"::float8 AS "value", o."unit", o."raw", o."preliminary", o."quote",
             r."documentId", o."start", o."end"
      FROM "Link" l
        JOIN "Target" t ON t."id" = l."targetId" JOIN "PolicyArea" a ON a."id" = t."areaId"
        JOIN "Outcome" o ON o."id" = l."outcomeId" JOIN "Report" r ON r."id" = o."reportId"
      WHERE t."year" = ${year} AND (${areaCode}::text IS NULL OR a."code" = ${areaCode}::text)
      ORDER BY l."id" ASC`,
  ]);
  const resultsOf = new Map<number, ScorecardResult[]>();
  for (const { targetId, documentId, start, end, ...result } of results) {
    const list = resultsOf.get(targetId) ?? [];
    list.push({ ...result, span: { documentId, start, end } });
    resultsOf.set(targetId, list);
  }
  return targets.map(({ documentId, start, end, ...target }) => ({
    ...target,
    span: { documentId, start, end },
    results: resultsOf.get(target.id) ?? [],
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
