import "server-only";
import type { Db } from "@/lib/db";
import type { Operator } from "@/lib/extract/types";
import { compareNames, normaliseName } from "@/lib/match/names";
import { createPassageReader, type Sentence } from "@/lib/scorecard/passages";
import type { Verdict } from "@/lib/verdict/methodology";

// What needs a human, most urgent first. One row per target, with every reason it needs one, the
// sentence that set it and the sentences of the results it is (or might be) linked to. Decisions
// an editor already took (an editor's verdict or link) take a target out of the queue for that reason.

export const REVIEW_REASONS = ["needs_review", "conflict", "suggestion", "low_confidence_link", "qualitative", "low_confidence_extraction"] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

// Weight of each reason in the ordering; a headline target comes before a sectional one of the same weight.
const URGENCY: Record<ReviewReason, number> = {
  needs_review: 50, conflict: 40, suggestion: 30, low_confidence_link: 20, qualitative: 15, low_confidence_extraction: 10,
};
const HEADLINE_BONUS = 5;

/** Below this the machine was guessing: an extraction or a link worth a second look. */
const LOW_CONFIDENCE = 0.6;
/** How close an unlinked result's name must come to an unanswered target's to be suggested. */
const SUGGESTION_SCORE = 0.6;

export type ReviewResult = {
  outcomeId: number;
  indicator: string;
  value: number | null;
  unit: string;
  preliminary: boolean;
  /** Linked now (with the link's confidence), or only suggested (with the name score). */
  linked: boolean;
  confidence: number;
  sentence: Sentence | null;
};

export type ReviewItem = {
  targetId: number;
  version: number;
  year: number;
  indicator: string;
  operator: Operator;
  value: number | null;
  unit: string;
  headline: boolean;
  verdict: Verdict;
  verdictWhy: string;
  confidence: number;
  reasons: ReviewReason[];
  urgency: number;
  sentence: Sentence | null;
  results: ReviewResult[];
};

export type ReviewQueue = { total: number; counts: Record<ReviewReason, number>; items: ReviewItem[] };

type Row = Awaited<ReturnType<typeof findCandidates>>[number];

function findCandidates(db: Db) {
  return db.target.findMany({
    where: {
      OR: [
        { verdictOrigin: "machine", verdict: { in: ["needs_review", "not_reported"] } },
        { verdictOrigin: "machine", conflict: true },
        { verdictOrigin: "machine", operator: "qualitative" },
        { origin: "machine", confidence: { lt: LOW_CONFIDENCE }, lockedFields: { isEmpty: true } },
        { links: { some: { origin: "machine", confidence: { lt: LOW_CONFIDENCE } } } },
      ],
    },
    select: {
      id: true, version: true, year: true, jurisdictionId: true, indicator: true, operator: true, value: true, unit: true, headline: true,
      verdict: true, verdictWhy: true, verdictOrigin: true, conflict: true, confidence: true, origin: true, lockedFields: true,
      start: true, end: true, report: { select: { documentId: true } },
      linkRejections: { select: { outcomeId: true } },
      links: {
        orderBy: { id: "asc" },
        select: { origin: true, confidence: true, outcome: { select: { id: true, indicator: true, value: true, unit: true, preliminary: true, start: true, end: true, report: { select: { documentId: true } } } } },
      },
    },
  });
}

function reasonsFor(row: Row): ReviewReason[] {
  const machineVerdict = row.verdictOrigin === "machine";
  const reasons: ReviewReason[] = [];
  if (machineVerdict && row.verdict === "needs_review") reasons.push("needs_review");
  if (machineVerdict && row.conflict) reasons.push("conflict");
  if (row.links.some((link) => link.origin === "machine" && link.confidence < LOW_CONFIDENCE)) reasons.push("low_confidence_link");
  if (machineVerdict && row.operator === "qualitative") reasons.push("qualitative");
  if (row.origin === "machine" && row.lockedFields.length === 0 && row.confidence < LOW_CONFIDENCE) reasons.push("low_confidence_extraction");
  return reasons;
}

/** No result answers the target and no editor has said so: the targets a result is suggested for. */
function isUnanswered(row: Row): boolean {
  return row.links.length === 0 && row.verdictOrigin === "machine" && row.verdict === "not_reported";
}

type UnlinkedOutcome = { id: number; jurisdictionId: number; year: number; indicator: string; value: { toNumber(): number } | null; unit: string; preliminary: boolean; start: number; end: number; report: { documentId: number } };

/** The unlinked result of the target's year whose name comes closest to the target's, if close enough. */
function suggestFor(row: Row, unlinked: readonly UnlinkedOutcome[]): { outcome: UnlinkedOutcome; score: number } | null {
  const name = normaliseName(row.indicator);
  const rejected = new Set(row.linkRejections.map((rejection) => rejection.outcomeId));
  let best: { outcome: UnlinkedOutcome; score: number } | null = null;
  for (const outcome of unlinked) {
    if (outcome.year !== row.year || outcome.jurisdictionId !== row.jurisdictionId || rejected.has(outcome.id)) continue;
    const { score } = compareNames({ name, qualifierAt: name.length }, normaliseName(outcome.indicator), { targetNear: "", outcomeNear: "", outcomeSentence: "" });
    if (score >= SUGGESTION_SCORE && (!best || score > best.score)) best = { outcome, score };
  }
  return best;
}

/** The queue, most urgent first; `reason` narrows it to one kind of problem. */
export async function findReviewQueue(db: Db, options: { reason?: ReviewReason; limit: number }): Promise<ReviewQueue> {
  const rows = await findCandidates(db);
  const unanswered = rows.filter(isUnanswered);
  const unlinked = unanswered.length === 0 ? [] : await db.outcome.findMany({
    where: { links: { none: {} }, year: { in: [...new Set(unanswered.map((row) => row.year))] } },
    select: { id: true, jurisdictionId: true, year: true, indicator: true, value: true, unit: true, preliminary: true, start: true, end: true, report: { select: { documentId: true } } },
  });

  const counts = Object.fromEntries(REVIEW_REASONS.map((reason) => [reason, 0])) as Record<ReviewReason, number>;
  const queued = rows.flatMap((row) => {
    const suggestion = isUnanswered(row) ? suggestFor(row, unlinked) : null;
    const reasons = [...(suggestion ? (["suggestion"] as const) : []), ...reasonsFor(row)];
    if (reasons.length === 0) return [];
    for (const reason of reasons) counts[reason] += 1;
    const urgency = Math.max(...reasons.map((reason) => URGENCY[reason])) + (row.headline ? HEADLINE_BONUS : 0);
    return [{ row, reasons, urgency, suggestion }];
  });
  const chosen = queued
    .filter((entry) => !options.reason || entry.reasons.includes(options.reason))
    .sort((a, b) => b.urgency - a.urgency || b.row.year - a.row.year || a.row.id - b.row.id);
  const shown = chosen.slice(0, options.limit);

  const documentIds = new Set(shown.flatMap(({ row, suggestion }) => [
    row.report.documentId, ...row.links.map((link) => link.outcome.report.documentId), ...(suggestion ? [suggestion.outcome.report.documentId] : []),
  ]));
  const documents = await db.sourceDocument.findMany({ where: { id: { in: [...documentIds] } }, select: { id: true, text: true } });
  const readers = new Map(documents.map((document) => [document.id, createPassageReader(document.text)]));
  const sentence = (kind: "target" | "outcome", item: { id: number; start: number; end: number; report: { documentId: number } }) =>
    readers.get(item.report.documentId)?.sentenceOf({ kind, id: item.id, start: item.start, end: item.end, targetId: null }) ?? null;
  const toResult = (outcome: UnlinkedOutcome | Row["links"][number]["outcome"], linked: boolean, confidence: number): ReviewResult => ({
    outcomeId: outcome.id, indicator: outcome.indicator, value: outcome.value?.toNumber() ?? null, unit: outcome.unit,
    preliminary: outcome.preliminary, linked, confidence, sentence: sentence("outcome", outcome),
  });

  return {
    total: chosen.length,
    counts,
    items: shown.map(({ row, reasons, urgency, suggestion }) => ({
      targetId: row.id,
      version: row.version,
      year: row.year,
      indicator: row.indicator,
      operator: row.operator,
      value: row.value?.toNumber() ?? null,
      unit: row.unit,
      headline: row.headline,
      verdict: row.verdict,
      verdictWhy: row.verdictWhy,
      confidence: row.confidence,
      reasons,
      urgency,
      sentence: sentence("target", row),
      results: [
        ...row.links.map((link) => toResult(link.outcome, true, link.confidence)),
        ...(suggestion ? [toResult(suggestion.outcome, false, Math.round(suggestion.score * 100) / 100)] : []),
      ],
    })),
  };
}
