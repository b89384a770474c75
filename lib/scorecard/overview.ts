import "server-only";
import type { Db } from "@/lib/db";
import type { ReportKind } from "@/lib/ingest/split-reports";
import { POLICY_AREAS } from "@/lib/policy-areas";
import type { Verdict } from "@/lib/verdict/methodology";
import { countNone, isVerdict, shareMet, totalOf, type VerdictCounts } from "@/lib/scorecard/verdicts";

/** One group of targets as counted by the database: a year, an area and a verdict. */
export type OverviewTally = { year: number; area: string; verdict: Verdict; targets: number; withResult: number };

export type OverviewCell = { counts: VerdictCounts; total: number; shareMet: number | null };

export type OverviewYear = {
  year: number;
  resultsInCorpus: boolean;
  cells: Record<string, OverviewCell>;
  total: number;
  withResult: number;
  pending: number;
  notReported: number;
};

export type ReportSummary = { kind: ReportKind; title: string; reviewYear: number | null; planYear: number | null; targets: number; outcomes: number };

export type CorpusDocument = { id: number; fileName: string; source: string | null; jurisdiction: string; reports: ReportSummary[] };

/** What a report holds, for the corpus table and the document page. */
export function summariseReport(
  report: { kind: ReportKind; title: string; reviewYear: number | null; planYear: number | null },
  counts: { targets: number; outcomes: number },
): ReportSummary {
  return { kind: report.kind, title: report.title, reviewYear: report.reviewYear, planYear: report.planYear, ...counts };
}

/** One page of a jurisdiction's documents and how many it has in all. */
export type CorpusPage = { documents: CorpusDocument[]; total: number; page: number; pageSize: number };

export type Overview = { years: OverviewYear[]; corpus: CorpusPage };

export const DOCUMENTS_PER_PAGE = 25;

/**
 * Shapes the tallies into a year × area grid. Every known year appears, also one with reports but
 * no targets, and every area appears in every year, with zero counts where there is nothing.
 */
export function buildOverviewYears(tallies: readonly OverviewTally[], reviewYears: ReadonlySet<number>, knownYears: Iterable<number>): OverviewYear[] {
  const years = [...new Set([...knownYears, ...tallies.map((tally) => tally.year)])].sort((a, b) => a - b);
  return years.map((year) => {
    const mine = tallies.filter((tally) => tally.year === year);
    const cells = Object.fromEntries(
      POLICY_AREAS.map((area) => {
        const counts = countNone();
        for (const tally of mine) if (tally.area === area.code) counts[tally.verdict] += tally.targets;
        return [area.code, { counts, total: totalOf(counts), shareMet: shareMet(counts) }];
      }),
    );
    const sum = (pick: (tally: OverviewTally) => number) => mine.reduce((total, tally) => total + pick(tally), 0);
    return {
      year,
      resultsInCorpus: reviewYears.has(year),
      cells,
      total: sum((tally) => tally.targets),
      withResult: sum((tally) => tally.withResult),
      pending: sum((tally) => (tally.verdict === "pending" ? tally.targets : 0)),
      notReported: sum((tally) => (tally.verdict === "not_reported" ? tally.targets : 0)),
    };
  });
}

/**
 * One jurisdiction's overview: target counts and per-report counts read from the summaries the
 * database keeps current (ScorecardSummary, ReportSummary: triggers in the scorecard_summary
 * migration), its years, and one page of its documents. Counting Target and Link rows per request
 * cost 210 ms of database time at 31 provinces × 20 years, and listing all 620 documents 1.5 MB of
 * HTML (bench/README.md, "Scale"). Without a jurisdiction (an empty corpus) there is nothing to show.
 */
export async function getOverview(db: Db, jurisdictionId: number | null, page = 1): Promise<Overview> {
  if (jurisdictionId === null) return { years: [], corpus: { documents: [], total: 0, page, pageSize: DOCUMENTS_PER_PAGE } };
  const [rows, reports, total, documents] = await Promise.all([
    db.$queryRaw<Array<{ year: number; area: string; verdict: string; targets: number; withResult: number }>>`
      SELECT s."year", a."code" AS "area", s."verdict"::text AS "verdict", s."targets", s."withResult"
      FROM "ScorecardSummary" s JOIN "PolicyArea" a ON a."id" = s."areaId"
      WHERE s."jurisdictionId" = ${jurisdictionId} AND s."targets" > 0`,
    db.report.findMany({ where: { jurisdictionId }, distinct: ["reviewYear", "planYear"], select: { reviewYear: true, planYear: true } }),
    db.sourceDocument.count({ where: { jurisdictionId } }),
    db.sourceDocument.findMany({
      where: { jurisdictionId },
      orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * DOCUMENTS_PER_PAGE,
      take: DOCUMENTS_PER_PAGE,
      select: {
        id: true,
        fileName: true,
        source: true,
        jurisdiction: { select: { name: true } },
        reports: {
          orderBy: { ordinal: "asc" },
          select: { kind: true, title: true, reviewYear: true, planYear: true, summary: { select: { targets: true, outcomes: true } } },
        },
      },
    }),
  ]);
  const tallies = rows.flatMap((row) => (isVerdict(row.verdict) ? [{ ...row, verdict: row.verdict }] : []));
  const reviewYears = new Set(reports.flatMap((report) => (report.reviewYear === null ? [] : [report.reviewYear])));
  const planYears = reports.flatMap((report) => (report.planYear === null ? [] : [report.planYear]));
  return {
    years: buildOverviewYears(tallies, reviewYears, [...reviewYears, ...planYears]),
    corpus: {
      total,
      page,
      pageSize: DOCUMENTS_PER_PAGE,
      documents: documents.map((document) => ({
        id: document.id,
        fileName: document.fileName,
        source: document.source,
        jurisdiction: document.jurisdiction.name,
        reports: document.reports.map((report) => summariseReport(report, report.summary ?? { targets: 0, outcomes: 0 })),
      })),
    },
  };
}
