import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/db";
import { summariseReport, type ReportSummary } from "@/lib/scorecard/overview";
import { paragraphRanges, segmentPassage, type Mark, type Passage } from "@/lib/scorecard/passages";

export type DocumentDetail = {
  id: number;
  fileName: string;
  source: string | null;
  jurisdiction: string;
  /** The stored text, which marks' offsets index (editors select in it); server-side only. */
  text: string;
  reports: ReportSummary[];
  paragraphs: Passage[];
};

/**
 * A document's text in paragraphs with every extracted target and result marked. A result leads to
 * the first target it answers, if any. Cached per request: the route's layout asks first (404).
 */
export const getDocumentDetail = cache(async (db: Db, id: number): Promise<DocumentDetail | null> => {
  const document = await db.sourceDocument.findUnique({
    where: { id },
    select: {
      id: true, fileName: true, source: true, text: true,
      jurisdiction: { select: { name: true } },
      reports: {
        orderBy: { ordinal: "asc" },
        select: {
          kind: true, title: true, reviewYear: true, planYear: true,
          targets: { select: { id: true, start: true, end: true } },
          outcomes: { select: { id: true, start: true, end: true, links: { orderBy: { id: "asc" }, take: 1, select: { targetId: true } } } },
        },
      },
    },
  });
  if (!document) return null;
  const marks: Mark[] = document.reports
    .flatMap((report) => [
      ...report.targets.map((target) => ({ ...target, kind: "target" as const, targetId: target.id })),
      ...report.outcomes.map((outcome) => ({
        id: outcome.id, start: outcome.start, end: outcome.end, kind: "outcome" as const, targetId: outcome.links[0]?.targetId ?? null,
      })),
    ])
    .sort((a, b) => a.start - b.start);
  return {
    id: document.id,
    fileName: document.fileName,
    source: document.source,
    jurisdiction: document.jurisdiction.name,
    text: document.text,
    reports: document.reports.map((report) => summariseReport(report, { targets: report.targets.length, outcomes: report.outcomes.length })),
    paragraphs: paragraphRanges(document.text).map((range) => segmentPassage(document.text, range, marks)),
  };
});
