import "server-only";
import { Refused, type Tx } from "@/lib/corrections/correct";
import type { Db } from "@/lib/db";

export type Selection = { documentId: number; start: number; end: number; quote: string };

/**
 * Where an editor's selection belongs: the report of the document whose span holds it and that
 * plans (targets) or reviews (results) a year. The quote must be exactly text.slice(start, end),
 * so an item created by hand is anchored to the stored text like an extracted one.
 */
export async function locateSelection(tx: Tx, selection: Selection, kind: "target" | "outcome") {
  const document = await tx.sourceDocument.findUnique({
    where: { id: selection.documentId },
    select: { text: true, jurisdictionId: true, reports: { select: { id: true, start: true, end: true, planYear: true, reviewYear: true } } },
  });
  if (!document) throw new Refused({ ok: false, status: 404, error: "没有这个文档 · No such document." });
  if (selection.end > document.text.length || document.text.slice(selection.start, selection.end) !== selection.quote) {
    throw new Refused({
      ok: false, status: 400, error: "选中的文字与原文不符 · The selected text does not match the document at these offsets.", fieldErrors: { quote: ["≠ text.slice(start, end)"] },
    });
  }
  const yearOf = (report: { planYear: number | null; reviewYear: number | null }) => (kind === "target" ? report.planYear : report.reviewYear);
  const report = document.reports.find((r) => r.start <= selection.start && selection.end <= r.end && yearOf(r) !== null);
  const year = report ? yearOf(report) : null;
  if (!report || year === null) {
    const error = kind === "target"
      ? "选区不在报告的目标部分 · The selection is not inside the part of a report that sets targets."
      : "选区不在报告的回顾部分 · The selection is not inside the part of a report that reviews results.";
    throw new Refused({ ok: false, status: 400, error });
  }
  return { reportId: report.id, jurisdictionId: document.jurisdictionId, year };
}

/** The stored text an editor selects in: what the browser maps its selection back onto. */
export async function findDocumentText(db: Db, documentId: number): Promise<string | null> {
  const document = await db.sourceDocument.findUnique({ where: { id: documentId }, select: { text: true } });
  return document?.text ?? null;
}
