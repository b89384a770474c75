import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/db";
import type { ReportKind } from "@/lib/ingest/split-reports";
import type { Measure, Operator } from "@/lib/extract/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { JurisdictionSummary } from "@/lib/jurisdictions/queries";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { VERDICTS, type Verdict } from "@/lib/verdict/methodology";
import type { ScorecardFilters } from "@/lib/scorecard/filters";
import { createPassageReader, type Mark, type Sentence } from "@/lib/scorecard/passages";
import { countNone, isVerdict, totalOf, type VerdictCounts } from "@/lib/scorecard/verdicts";

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

/** The counts of a jurisdiction's year (or of one area of it): what the summary table holds. */
export type YearCounts = {
  year: number;
  jurisdiction: JurisdictionSummary;
  /** A report reviewing the year is in the corpus: without one every target is pending. */
  resultsInCorpus: boolean;
  sources: YearSources;
  byArea: AreaCounts[];
  counts: VerdictCounts;
  total: number;
  withResult: number;
};

export type YearScorecard = YearCounts & {
  /** One page of the targets the filters let through; the counts above are always the whole year's (or area's). */
  targets: ScorecardTarget[];
  /** How many targets the filters let through, on all pages. */
  matching: number;
  page: number;
  pageSize: number;
};

/** Sentences around each target and result, keyed by spanKey(). */
export type AreaScorecard = YearScorecard & { areaCode: string; sentences: Record<string, Sentence> };

export function spanKey(span: Span): string {
  return `${span.documentId}:${span.start}:${span.end}`;
}

/**
 * Every jurisdiction's reports that set (plan year) or review the year. Cached per request so the
 * year's layout (which answers 404 for a year no jurisdiction knows) and its page, which narrows
 * it to one jurisdiction, share one query.
 */
const findYearReports = cache((db: Db, year: number) =>
  db.report.findMany({
    where: { OR: [{ planYear: year }, { reviewYear: year }] },
    orderBy: [{ documentId: "asc" }, { ordinal: "asc" }],
    select: { jurisdictionId: true, kind: true, planYear: true, reviewYear: true, document: { select: { id: true, fileName: true } } },
  }),
);

/** The reports that set or review the year, of one jurisdiction or (null) of any; an empty list means the year is unknown. */
export async function findYearSources(db: Db, year: number, jurisdictionId: number | null): Promise<YearSources> {
  const reports = (await findYearReports(db, year)).filter((report) => jurisdictionId === null || report.jurisdictionId === jurisdictionId);
  const ref = (report: (typeof reports)[number]) => ({ documentId: report.document.id, fileName: report.document.fileName, kind: report.kind });
  return {
    year,
    targets: reports.filter((report) => report.planYear === year).map(ref),
    results: reports.filter((report) => report.reviewYear === year).map(ref),
  };
}

export function isKnownYear(sources: YearSources): boolean {
  return sources.targets.length + sources.results.length > 0;
}

/**
 * Counts per canonical area (all of them, in display order) from ScorecardSummary, which triggers
 * keep current (migration scorecard_summary): one index read of at most areas × verdicts rows
 * instead of loading the year's targets to count them.
 */
async function countYear(db: Db, jurisdictionId: number, year: number, areaCode: string | null) {
  const rows = await db.$queryRaw<Array<{ areaCode: string; verdict: string; targets: number; withResult: number }>>`
    SELECT a."code" AS "areaCode", s."verdict"::text AS "verdict", s."targets", s."withResult"
    FROM "ScorecardSummary" s JOIN "PolicyArea" a ON a."id" = s."areaId"
    WHERE s."jurisdictionId" = ${jurisdictionId} AND s."year" = ${year} AND (${areaCode}::text IS NULL OR a."code" = ${areaCode}::text)`;
  const byArea: AreaCounts[] = POLICY_AREAS.map((area) => {
    const counts = countNone();
    for (const row of rows) if (row.areaCode === area.code && isVerdict(row.verdict)) counts[row.verdict] += row.targets;
    return { areaCode: area.code, counts, total: totalOf(counts) };
  });
  const counts = countNone();
  for (const area of byArea) for (const verdict of VERDICTS) counts[verdict] += area.counts[verdict];
  return { byArea, counts, total: totalOf(counts), withResult: rows.reduce((sum, row) => sum + row.withResult, 0) };
}

/** A jurisdiction's year (or one area of it) as counts, in two small queries; null when it has no report for the year. */
export async function getYearCounts(db: Db, jurisdiction: JurisdictionSummary, year: number, areaCode: string | null = null): Promise<YearCounts | null> {
  const [sources, counts] = await Promise.all([findYearSources(db, year, jurisdiction.id), countYear(db, jurisdiction.id, year, areaCode)]);
  if (!isKnownYear(sources)) return null;
  return { year, jurisdiction, resultsInCorpus: sources.results.length > 0, sources, ...counts };
}

type TargetRow = Omit<ScorecardTarget, "span" | "results"> & Span;
type ResultRow = Omit<ScorecardResult, "span"> & Span & { targetId: number };

export const TARGETS_PER_PAGE = 100;

/** What JavaScript's \s matches; Postgres' [[:space:]] misses the ideographic space U+3000 under the C locale. */
const WHITESPACE = String.raw`[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+`;

/** Whitespace and case do not count: quotes from newspaper prints carry hard line breaks. */
function squashed(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`lower(regexp_replace(${column}, ${WHITESPACE}, '', 'g'))`;
}

/** The filters as SQL over Target t joined with PolicyArea a, so only the rows shown are read. */
function targetConditions(jurisdictionId: number, year: number, filters: ScorecardFilters): Prisma.Sql {
  const conditions = [Prisma.sql`t."jurisdictionId" = ${jurisdictionId}`, Prisma.sql`t."year" = ${year}`];
  if (filters.area) conditions.push(Prisma.sql`a."code" = ${filters.area}`);
  if (filters.verdict) conditions.push(Prisma.sql`t."verdict" = ${filters.verdict}::"Verdict"`);
  if (filters.headline) conditions.push(Prisma.sql`t."headline"`);
  if (filters.conflict) conditions.push(Prisma.sql`t."conflict"`);
  const needle = filters.q.replace(/\s+/g, "").toLowerCase();
  if (needle) {
    const pattern = `%${needle.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(Prisma.sql`(
      ${squashed(Prisma.sql`t."indicator"`)} LIKE ${pattern} OR ${squashed(Prisma.sql`t."quote"`)} LIKE ${pattern}
      OR EXISTS (SELECT 1 FROM "Link" l JOIN "Outcome" o ON o."id" = l."outcomeId"
                 WHERE l."targetId" = t."id" AND ${squashed(Prisma.sql`o."quote"`)} LIKE ${pattern}))`);
  }
  return Prisma.join(conditions, " AND ");
}

/** How many targets the filters let through, for a page past the end (which has no row to carry the count). */
async function countMatching(db: Db, where: Prisma.Sql): Promise<number> {
  const [{ matching }] = await db.$queryRaw<Array<{ matching: number }>>`
    SELECT count(*)::int AS "matching" FROM "Target" t JOIN "PolicyArea" a ON a."id" = t."areaId" WHERE ${where}`;
  return matching;
}

/**
 * The targets a scorecard lists, filtered and (with `paging`) paged in SQL, then the results of just
 * those targets, stitched here by target id. Without `paging`, every matching target (the exports).
 * numeric(24,6) is read as float8, which is what Decimal.toNumber() gave; the id breaks ties so the
 * order, and so every page, is stable.
 */
export async function findScorecardTargets(
  db: Db,
  scope: { jurisdictionId: number; year: number; filters: ScorecardFilters; paging: { page: number; pageSize: number } | null },
): Promise<{ targets: ScorecardTarget[]; matching: number }> {
  const { paging } = scope;
  const where = targetConditions(scope.jurisdictionId, scope.year, scope.filters);
  const limit = paging === null ? Prisma.empty : Prisma.sql`LIMIT ${paging.pageSize} OFFSET ${(paging.page - 1) * paging.pageSize}`;
  // The window count is taken before LIMIT: one statement gives the page and how many match in all.
  const rows = await db.$queryRaw<Array<TargetRow & { matching: number }>>`
    SELECT t."id", a."code" AS "areaCode", t."indicator", t."measure"::text AS "measure", t."operator"::text AS "operator",
           t."value"::float8 AS "value", t."unit", t."raw", t."headline", t."implied", t."conflict", t."verdict"::text AS "verdict",
           t."verdictWhy", t."quote", r."documentId", t."start", t."end", count(*) OVER ()::int AS "matching"
    FROM "Target" t JOIN "PolicyArea" a ON a."id" = t."areaId" JOIN "Report" r ON r."id" = t."reportId"
    WHERE ${where}
    ORDER BY a."order" ASC, t."headline" DESC, t."reportId" ASC, t."start" ASC, t."id" ASC
    ${limit}`;
  // A page past the end has no row to carry the count.
  const matching = rows[0]?.matching ?? (paging === null || paging.page === 1 ? 0 : await countMatching(db, where));
  const ids = rows.map((target) => target.id);
  const results = ids.length
    ? await db.$queryRaw<ResultRow[]>`
        SELECT l."targetId", o."id", o."value"::float8 AS "value", o."unit", o."raw", o."preliminary", o."quote",
               r."documentId", o."start", o."end"
        FROM "Link" l JOIN "Outcome" o ON o."id" = l."outcomeId" JOIN "Report" r ON r."id" = o."reportId"
        WHERE l."targetId" = ANY(${ids}::int[])
        ORDER BY l."id" ASC`
    : [];
  const resultsOf = new Map<number, ScorecardResult[]>();
  for (const { targetId, documentId, start, end, ...result } of results) {
    const list = resultsOf.get(targetId) ?? [];
    list.push({ ...result, span: { documentId, start, end } });
    resultsOf.set(targetId, list);
  }
  return {
    matching,
    targets: rows.map(({ documentId, start, end, matching: _matching, ...target }) => ({
      ...target,
      span: { documentId, start, end },
      results: resultsOf.get(target.id) ?? [],
    })),
  };
}

export type ScorecardRequest = { jurisdiction: JurisdictionSummary; year: number; filters: ScorecardFilters; page: number };

/** The counts of the year (or of one area, which then also narrows the filters) and one page of the rows. */
async function findScorecardPage(db: Db, request: ScorecardRequest, areaCode: string | null): Promise<YearScorecard | null> {
  const { jurisdiction, year, page } = request;
  const filters = areaCode === null ? request.filters : { ...request.filters, area: areaCode };
  const [counts, rows] = await Promise.all([
    getYearCounts(db, jurisdiction, year, areaCode),
    findScorecardTargets(db, { jurisdictionId: jurisdiction.id, year, filters, paging: { page, pageSize: TARGETS_PER_PAGE } }),
  ]);
  return counts && { ...counts, ...rows, page, pageSize: TARGETS_PER_PAGE };
}

/** One page of a jurisdiction's year scorecard: counts from the summary, rows filtered and paged in SQL; null for an unknown year. */
export function getYearScorecard(db: Db, request: ScorecardRequest): Promise<YearScorecard | null> {
  return findScorecardPage(db, request, null);
}

/**
 * One area of a year, with the sentence around every target and result of the page. The documents'
 * texts come in one more query; sentences are cut on the server so the page receives only what it shows.
 */
export async function getAreaScorecard(db: Db, request: ScorecardRequest & { areaCode: string }): Promise<AreaScorecard | null> {
  const { areaCode } = request;
  const scorecard = await findScorecardPage(db, request, areaCode);
  if (!scorecard) return null;
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
