import type { ReportPart, Section } from "@/lib/ingest/split-reports";
import { findGoverningHeading, findHeadingContext, resolveArea } from "./area";
import { findFullCoverage } from "./full-coverage";
import qualifiers from "./lexicons/qualifiers.json";
import { completeIndicator, readMeasure, readPredicate, readRaw } from "./predicate";
import { findQuantities, type Quantity } from "./quantities";
import { findClauseEnd, findClauseStart, findSentenceStart } from "./text-spans";
import type { ExtractedOutcome, StatedRelation, StatedTarget } from "./types";

// Results of a review part: every reported quantity, full-coverage results, and the results' own
// statements about their targets ("增长8.3%、高于预期目标2.3个百分点").

export type StatedTargetDraft = Omit<StatedTarget, "quote">;
/** An outcome with offsets still in normalised text. */
export type OutcomeDraft = Omit<ExtractedOutcome, "quote" | "statedTarget"> & { statedTarget: StatedTargetDraft | null };

const CONFIDENCE = { withVerb: 0.9, bare: 0.75, fullCoverage: 0.6, qualitative: 0.6 };
const RELATIONS = qualifiers.statedTargetRelations as Record<string, StatedRelation>;
const STATED_TARGET = new RegExp(
  `(${Object.keys(RELATIONS).sort((a, b) => b.length - a.length).join("|")})([\\u4e00-\\u9fff]{0,6}?)(${qualifiers.statedTargetNouns.join("|")})`,
  "g",
);

type StatedPhrase = StatedTargetDraft & { delta: number | null; consumed: Quantity | null };

export function extractOutcomes(text: string, part: ReportPart, sections: Section[]): OutcomeDraft[] {
  const quantities = findQuantities(text, part.start, part.end).filter((q) => !q.excluded);
  const stated = findStatedTargets(text, part, quantities);
  const consumed = new Set(stated.map((phrase) => phrase.consumed).filter((q): q is Quantity => q !== null));
  const outcomes: OutcomeDraft[] = [];

  for (const q of quantities) {
    if (consumed.has(q)) continue;
    const predicate = readPredicate(text, q, part.start);
    if (predicate.verb?.kind === "support" || isComparison(text, q, part.start)) continue;
    const sentenceStart = findSentenceStart(text, q.start, part.start);
    const clauseStart = findClauseStart(text, q.start, part.start);
    const headings = findHeadingContext(text, q.start, sections);
    const indicator = predicate.indicator || completeIndicator(text, q, predicate.spanStart, outcomes, findGoverningHeading(text, q.start, sections));
    outcomes.push({
      // A derived indicator ("落实双城经济圈建设“十项行动”") is the nearest heading of all.
      area: resolveArea(indicator, predicate.indicator ? headings : [indicator, ...headings]),
      indicator,
      measure: readMeasure(q, predicate.verb, indicator),
      value: q.value,
      unit: q.unit,
      raw: readRaw(text, q, predicate),
      headline: false,
      preliminary: isPreliminary(text.slice(sentenceStart, q.start), q),
      cumulative: isCumulative(text, q, clauseStart, sentenceStart, outcomes),
      statedTarget: null,
      start: Math.min(predicate.spanStart, q.start),
      end: Math.max(predicate.spanEnd, q.rawEnd),
      confidence: predicate.verb ? CONFIDENCE.withVerb : CONFIDENCE.bare,
    });
  }

  for (const coverage of findFullCoverage(text, part.start, part.end, quantities)) {
    const sentence = text.slice(findSentenceStart(text, coverage.start, part.start), coverage.start);
    outcomes.push({
      area: resolveArea(coverage.indicator, findHeadingContext(text, coverage.start, sections)), indicator: coverage.indicator,
      measure: "ratio", value: 100, unit: "%", raw: coverage.raw, headline: false,
      preliminary: qualifiers.preliminary.before.some((word) => sentence.includes(word)), cumulative: false, statedTarget: null,
      start: coverage.start, end: coverage.end, confidence: CONFIDENCE.fullCoverage,
    });
  }
  outcomes.sort((a, b) => a.start - b.start);
  attachStatedTargets(text, part, sections, stated, outcomes);
  return outcomes.sort((a, b) => a.start - b.start);
}

// A stock is marked 累计 (总数…) in its own clause, or it continues a run of such totals in its sentence
// in the shape "N units of X 建成/得到…" ("累计加装电梯3440部，109个城市边角地建成社区体育文化公园，2278公里
// 山城步道建成投用"): a count that opens its clause and reports completed things, not the year's flow.
function isCumulative(text: string, q: Quantity, clauseStart: number, sentenceStart: number, earlier: OutcomeDraft[]): boolean {
  if (qualifiers.cumulative.some((word) => text.slice(clauseStart, q.start).includes(word))) return true;
  const previous = earlier[earlier.length - 1];
  if (!previous?.cumulative || previous.start < sentenceStart || q.start !== clauseStart) return false;
  const predicate = text.slice(q.rawEnd, findClauseEnd(text, q.start));
  return qualifiers.stockRun.completed.some((word) => predicate.includes(word)) && !qualifiers.stockRun.flow.some((word) => predicate.includes(word));
}

// "高于经济增速1.4个百分点" compares one result with another; it is no result of its own.
function isComparison(text: string, q: Quantity, floor: number): boolean {
  const segment = text.slice(findClauseStart(text, q.start, floor), q.start);
  return new RegExp(`(?:${qualifiers.comparisonWords.join("|")})[\\u4e00-\\u9fff]{2,}$`).test(segment);
}

function isPreliminary(sentenceBefore: string, q: Quantity): boolean {
  if (q.after && qualifiers.preliminary.after.includes(q.after)) return true;
  return qualifiers.preliminary.before.some((word) => sentenceBefore.includes(word));
}

function findStatedTargets(text: string, part: ReportPart, quantities: Quantity[]): StatedPhrase[] {
  const phrases: StatedPhrase[] = [];
  const window = text.slice(part.start, part.end);
  for (const match of window.matchAll(STATED_TARGET)) {
    const start = part.start + (match.index ?? 0);
    const phraseEnd = start + match[0].length;
    const delta = quantities.find((q) => q.start === phraseEnd) ?? null;
    const relation = RELATIONS[match[1]];
    // A number after the target noun is the gap to the target; without one only "met" makes sense.
    if (!delta && relation !== "met") continue;
    phrases.push({
      relation, delta: delta ? delta.value : null, unit: delta ? delta.unit : null,
      start, end: delta ? delta.rawEnd : phraseEnd, consumed: delta,
    });
  }
  return phrases;
}

// Each statement belongs to the nearest result before it in the same sentence; a "met" statement
// with no number before it is a qualitative result ("能耗“双控”进度总体符合国家下达目标要求").
function attachStatedTargets(text: string, part: ReportPart, sections: Section[], stated: StatedPhrase[], outcomes: OutcomeDraft[]): void {
  for (const phrase of stated) {
    const sentenceStart = findSentenceStart(text, phrase.start, part.start);
    const clauseStart = findClauseStart(text, phrase.start, part.start);
    const subject = text.slice(clauseStart, phrase.start).replace(/(?:总体|基本|全面|均|已)+$/, "");
    // The statement answers the result in its own clause, or the previous clause's result when it has
    // no subject of its own ("城镇新增就业75.1万人，超年初预期目标15.1万人").
    const ownSubject = (subject.match(/[\u4e00-\u9fff]/g) ?? []).length >= 2;
    // A quote may run on over the statement itself ("15件重点民生实事完成年度任务"), so ownership goes
    // by where the result starts.
    const owner = [...outcomes].reverse().find((o) => o.start < phrase.start && o.start >= sentenceStart && (!ownSubject || o.end > clauseStart));
    const statedTarget: StatedTargetDraft = { relation: phrase.relation, delta: phrase.delta, unit: phrase.unit, start: phrase.start, end: phrase.end };
    if (owner) {
      owner.statedTarget ??= statedTarget;
      continue;
    }
    if (phrase.relation !== "met") continue;
    if (!ownSubject || /我们|较好/.test(subject)) continue;
    const end = findClauseEnd(text, phrase.start, part.end);
    outcomes.push({
      area: resolveArea(subject, findHeadingContext(text, phrase.start, sections)), indicator: subject, measure: "change",
      value: null, unit: null, raw: text.slice(phrase.start, end), headline: false, preliminary: false, cumulative: false,
      statedTarget, start: clauseStart, end, confidence: CONFIDENCE.qualitative,
    });
  }
}
