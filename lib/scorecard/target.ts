import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/db";
import type { Measure } from "@/lib/extract/types";
import type { ReportKind } from "@/lib/ingest/split-reports";
import type { Verdict } from "@/lib/verdict/methodology";
import { describeChanges, type FieldChange } from "@/lib/scorecard/history";
import { createPassageReader, type Passage } from "@/lib/scorecard/passages";
import { buildIndicatorSeries, type SeriesPoint } from "@/lib/scorecard/series";
import type { ScorecardTarget } from "@/lib/scorecard/year";

export type DocumentRef = { id: number; fileName: string; reportTitle: string; reportKind: ReportKind };

export type TargetResult = {
  id: number;
  year: number;
  indicator: string;
  value: number | null;
  unit: string;
  raw: string;
  preliminary: boolean;
  verdict: Verdict;
  why: string;
  confidence: number;
  origin: "machine" | "editor";
  document: DocumentRef;
  paragraph: Passage;
  /** The result's version, for editors' optimistic locking. */
  version: number;
  measure: Measure;
  areaCode: string;
  headline: boolean;
};

/** A change to the target, or to one of its results (entityType Outcome, entityId that result). */
export type HistoryEntry = {
  id: number;
  entityType: string;
  entityId: string | null;
  action: string;
  actor: string | null;
  reason: string | null;
  at: string;
  changes: FieldChange[];
};

export type TargetDetail = Omit<ScorecardTarget, "quote" | "span" | "results"> & {
  year: number;
  /** The scorecard pages the breadcrumbs lead back to are scoped by it (`j`). */
  jurisdictionCode: string;
  confidence: number;
  origin: "machine" | "editor";
  verdictWhy: string;
  verdictOrigin: "machine" | "editor";
  /** The version an editor's change must name (optimistic locking). */
  version: number;
  document: DocumentRef;
  paragraph: Passage;
  results: TargetResult[];
  history: HistoryEntry[];
  /** Target against actual over the years for a recurring indicator; null when it appears in one year only. */
  series: SeriesPoint[] | null;
};

/** The Report relation to select for a DocumentRef (the report an item was extracted from). */
export const documentRefSelect = { select: { kind: true, title: true, document: { select: { id: true, fileName: true } } } } as const;

export function toDocumentRef(report: { kind: ReportKind; title: string; document: { id: number; fileName: string } }): DocumentRef {
  return { id: report.document.id, fileName: report.document.fileName, reportTitle: report.title, reportKind: report.kind };
}

/**
 * A target with its paragraph, its results' paragraphs, its history and its indicator's series.
 * Cached per request: the route's layout asks first (to answer 404) and the page reuses the answer.
 */
export const getTargetDetail = cache(async (db: Db, id: number): Promise<TargetDetail | null> => {
  const target = await db.target.findUnique({
    where: { id },
    select: {
      id: true, year: true, jurisdictionId: true, indicator: true, measure: true, operator: true, value: true, unit: true, raw: true,
      headline: true, implied: true, conflict: true, confidence: true, origin: true, verdict: true, verdictWhy: true,
      verdictOrigin: true, start: true, end: true, version: true,
      area: { select: { code: true } },
      jurisdiction: { select: { code: true } },
      report: documentRefSelect,
      links: {
        orderBy: { id: "asc" },
        select: {
          verdict: true, why: true, confidence: true, origin: true,
          outcome: {
            select: {
              id: true, year: true, indicator: true, value: true, unit: true, raw: true, preliminary: true, start: true, end: true,
              version: true, measure: true, headline: true, area: { select: { code: true } },
              report: documentRefSelect,
            },
          },
        },
      },
    },
  });
  if (!target) return null;

  const documentIds = [...new Set([target.report.document.id, ...target.links.map((link) => link.outcome.report.document.id)])];
  const sameIndicator = { jurisdictionId: target.jurisdictionId, measure: target.measure, unit: target.unit };
  const seriesSelect = { year: true, indicator: true, unit: true, value: true, headline: true, confidence: true } as const;
  const [documents, events, targets, outcomes] = await Promise.all([
    db.sourceDocument.findMany({ where: { id: { in: documentIds } }, select: { id: true, text: true } }),
    db.auditEvent.findMany({
      where: {
        OR: [
          { entityType: "Target", entityId: String(id) },
          { entityType: "Outcome", entityId: { in: target.links.map((link) => String(link.outcome.id)) } },
        ],
      },
      orderBy: { id: "desc" },
      select: { id: true, entityType: true, entityId: true, action: true, reason: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db.target.findMany({ where: sameIndicator, select: { ...seriesSelect, implied: true } }),
    db.outcome.findMany({ where: sameIndicator, select: { ...seriesSelect, preliminary: true } }),
  ]);

  const readers = new Map(documents.map((document) => [document.id, createPassageReader(document.text)]));
  const paragraph = (documentId: number, mark: { kind: "target" | "outcome"; id: number; start: number; end: number }): Passage =>
    readers.get(documentId)?.paragraphOf({ ...mark, targetId: null }) ?? { start: mark.start, end: mark.end, segments: [] };

  return {
    id: target.id,
    year: target.year,
    areaCode: target.area.code,
    jurisdictionCode: target.jurisdiction.code,
    indicator: target.indicator,
    measure: target.measure,
    operator: target.operator,
    value: target.value?.toNumber() ?? null,
    unit: target.unit,
    raw: target.raw,
    headline: target.headline,
    implied: target.implied,
    conflict: target.conflict,
    confidence: target.confidence,
    origin: target.origin,
    verdict: target.verdict,
    verdictWhy: target.verdictWhy,
    verdictOrigin: target.verdictOrigin,
    version: target.version,
    document: toDocumentRef(target.report),
    paragraph: paragraph(target.report.document.id, { kind: "target", id: target.id, start: target.start, end: target.end }),
    results: target.links.map(({ outcome, ...link }) => ({
      id: outcome.id,
      year: outcome.year,
      indicator: outcome.indicator,
      value: outcome.value?.toNumber() ?? null,
      unit: outcome.unit,
      raw: outcome.raw,
      preliminary: outcome.preliminary,
      verdict: link.verdict,
      why: link.why,
      confidence: link.confidence,
      origin: link.origin,
      version: outcome.version,
      measure: outcome.measure,
      areaCode: outcome.area.code,
      headline: outcome.headline,
      document: toDocumentRef(outcome.report),
      paragraph: paragraph(outcome.report.document.id, { kind: "outcome", id: outcome.id, start: outcome.start, end: outcome.end }),
    })),
    history: events.map((event) => ({
      id: event.id,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      actor: event.actor?.name ?? null,
      reason: event.reason,
      at: event.createdAt.toISOString(),
      changes: describeChanges(event.before, event.after),
    })),
    series: buildIndicatorSeries(target, [
      ...targets.map((item) => ({ ...item, kind: "target" as const, value: item.value?.toNumber() ?? null, qualified: item.implied })),
      ...outcomes.map((item) => ({ ...item, kind: "outcome" as const, value: item.value?.toNumber() ?? null, qualified: item.preliminary })),
    ]),
  };
});
