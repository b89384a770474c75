import "server-only";
import type { Principal } from "@/lib/auth/permissions";
import { inTransaction, Refused, type Tx } from "@/lib/corrections/correct";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Result } from "@/lib/result";

export type Selection = { documentId: number; start: number; end: number; quote: string };

/**
 * Where an editor's selection belongs: the report of the document whose span holds it and that
 * plans (targets) or reviews (results) a year. The quote must be exactly text.slice(start, end),
 * so an item created by hand is anchored to the stored text like an extracted one.
 */
async function locateSelection(tx: Tx, selection: Selection, kind: "target" | "outcome") {
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

/** What a row created from a selection stores besides the item's own fields. */
type Anchored = {
  reportId: number;
  jurisdictionId: number;
  year: number;
  areaId: number;
  raw: string;
  quote: string;
  start: number;
  end: number;
  confidence: number;
  origin: "editor";
};

type CreationRequest = { selection: Selection; area: string; fields: Record<string, unknown>; reason: string; actor: Principal; ip: string };

/**
 * A target or result the extractor missed, created by `create` at the editor's selection and
 * audited as `<kind>.create` (its fields, area and span) in the same transaction.
 */
export async function createFromSelection(
  db: Db,
  kind: "target" | "outcome",
  request: CreationRequest,
  create: (tx: Tx, anchored: Anchored) => Promise<{ id: number }>,
): Promise<Result<{ id: number }>> {
  const { selection, area, fields, reason, actor, ip } = request;
  const { documentId, start, end, quote } = selection;
  return inTransaction(db, async (tx) => {
    const place = await locateSelection(tx, selection, kind);
    const { id: areaId } = await tx.policyArea.findUniqueOrThrow({ where: { code: area }, select: { id: true } });
    const { id } = await create(tx, { ...place, areaId, raw: quote, quote, start, end, confidence: 1, origin: "editor" });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: `${kind}.create`,
        entityType: kind === "target" ? "Target" : "Outcome",
        entityId: String(id),
        after: { ...fields, area, documentId, start, end, quote } as Prisma.InputJsonObject,
        reason,
        ip,
      },
    });
    return { id };
  });
}
