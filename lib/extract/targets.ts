import type { ReportPart, Section } from "@/lib/ingest/split-reports";
import { findGoverningHeading, findHeadingContext, resolveArea } from "./area";
import { findFullCoverage } from "./full-coverage";
import { findHeadlineLists, type HeadlineList } from "./headline-list";
import qualifiers from "./lexicons/qualifiers.json";
import units from "./lexicons/units.json";
import { completeIndicator, readMeasure, readOperator, readPredicate, readRaw } from "./predicate";
import { findQuantities, type Quantity } from "./quantities";
import { findClauseEnd, findClauseStart, findEnclosingQuote, findParagraphStart, findSegmentStart, findSentenceStart } from "./text-spans";
import type { ExtractedTarget, Measure } from "./types";

// Targets of a plan part: every quantitative commitment for the plan year, the headline list's
// qualitative items, and "全覆盖"-style commitments without a written number (coded as 100%).

/** A target with offsets still in normalised text. */
export type TargetDraft = Omit<ExtractedTarget, "quote">;

const LIST_NEXT_VALUE = /^[和及与、]\d/;
const CONFIDENCE = { headline: 0.95, withVerb: 0.85, qualifierOnly: 0.7, qualitative: 0.8, fullCoverage: 0.6, effort: 0.55 };

export function extractTargets(text: string, part: ReportPart, sections: Section[]): TargetDraft[] {
  const lists = findHeadlineLists(text, part);
  const targets: TargetDraft[] = [];
  const quantities = findQuantities(text, part.start, part.end).filter((q) => !q.excluded);

  for (const q of quantities) {
    const list = lists.find((l) => l.start <= q.start && q.start < l.end) ?? null;
    const draft = readTarget(text, q, part, sections, list, targets);
    if (draft) targets.push(draft);
  }
  for (const list of lists) targets.push(...readQualitativeItems(text, list, quantities, sections));
  for (const coverage of findFullCoverage(text, part.start, part.end, quantities)) {
    const headings = findHeadingContext(text, coverage.start, sections);
    targets.push({
      area: resolveArea(coverage.indicator, headings), indicator: coverage.indicator, measure: "ratio", operator: "eq",
      value: 100, unit: "%", raw: coverage.raw, headline: false, start: coverage.start, end: coverage.end, confidence: CONFIDENCE.fullCoverage,
    });
  }
  return targets.sort((a, b) => a.start - b.start);
}

function readTarget(text: string, q: Quantity, part: ReportPart, sections: Section[], list: HeadlineList | null, earlier: TargetDraft[]): TargetDraft | null {
  const clauseStart = findClauseStart(text, q.start, part.start);
  const clause = text.slice(clauseStart, findClauseEnd(text, q.start, part.end));
  if (isJustification(text, q.start, part.start) || isPastFact(clause, part.year) || isHorizon(clause, part.year)) return null;
  if (isStatedTargetDelta(text, q, clauseStart) || sizesNamedList(text, q, clauseStart) || namesProgramme(text, q)) return null;
  if (isAccountingIdentity(text, q, part.start) || countsOwnIndicators(q, clause)) return null;

  const predicate = readPredicate(text, q, part.start);
  if (predicate.verb?.kind === "support") return null;
  const committed = qualifiers.commitmentWords.some((word) => clause.includes(word));
  if (!list && !predicate.verb && !q.after && !committed) return null;

  const headings = findHeadingContext(text, q.start, sections);
  const start = Math.min(predicate.spanStart, q.start);
  const indicator = predicate.indicator || completeIndicator(text, q, start, earlier, findGoverningHeading(text, q.start, sections));
  return {
    // A derived indicator ("支持构建…科技创新战略布局") is the nearest heading of all.
    area: resolveArea(indicator, predicate.indicator ? headings : [indicator, ...headings]),
    indicator,
    measure: readMeasure(q, predicate.verb, predicate.indicator),
    operator: readOperator(text, q, clauseStart),
    value: q.value,
    unit: q.unit,
    raw: readRaw(text, q, predicate),
    headline: list !== null,
    start,
    end: Math.max(predicate.spanEnd, q.rawEnd),
    confidence: list ? CONFIDENCE.headline : predicate.verb?.kind === "effort" ? CONFIDENCE.effort : predicate.verb ? CONFIDENCE.withVerb : CONFIDENCE.qualifierOnly,
  };
}

// Headline list items without a number ("进出口稳中提质") are qualitative targets.
function readQualitativeItems(text: string, list: HeadlineList, quantities: Quantity[], sections: Section[]): TargetDraft[] {
  const drafts: TargetDraft[] = [];
  let itemStart = list.start;
  // In a "——" indicator paragraph only the first clause names an indicator; the rest explains it.
  const end = list.itemised ? Math.min(list.end, findClauseEnd(text, list.start, list.end)) : list.end;
  for (let i = list.start; i <= end; i++) {
    if (i < end && !/[；，]/.test(text[i])) continue;
    const item = text.slice(itemStart, i).trim();
    const hasNumber = quantities.some((q) => q.start >= itemStart && q.start < i);
    if (item.length >= 4 && !hasNumber) {
      const indicator = readQualitativeIndicator(item);
      drafts.push({
        area: resolveArea(indicator, findHeadingContext(text, itemStart, sections)), indicator, measure: guessQualitativeMeasure(item),
        operator: "qualitative", value: null, unit: null, raw: item.slice(indicator.length) || item, headline: true,
        start: itemStart, end: i, confidence: CONFIDENCE.qualitative,
      });
    }
    itemStart = i + 1;
  }
  return drafts;
}

const QUALITATIVE_PREDICATES = /稳中|与经济增长|全部|完成|下降|以国家|基本|保持|实现|符合|持续/;

function readQualitativeIndicator(item: string): string {
  const at = item.search(QUALITATIVE_PREDICATES);
  return at > 0 ? item.slice(0, at) : item;
}

function guessQualitativeMeasure(item: string): Measure {
  if (/下降|减排|降碳|降低|能耗/.test(item)) return "change";
  if (/脱贫|全部|实现/.test(item)) return "level";
  return "growth";
}

// "——地区生产总值增长6%左右。主要考虑：…" — the reasoning after 主要考虑 restates past facts.
function isJustification(text: string, position: number, floor: number): boolean {
  const paragraph = text.slice(findParagraphStart(text, position, floor), position);
  return qualifiers.justificationMarkers.some((word) => paragraph.includes(word));
}

function isPastFact(clause: string, planYear: number | null): boolean {
  if (qualifiers.pastMarkers.some((word) => clause.includes(word))) return true;
  if (planYear === null) return false;
  return [...clause.matchAll(/(\d{4})年/g)].some((match) => Number(match[1]) < planYear);
}

function isHorizon(clause: string, planYear: number | null): boolean {
  if (qualifiers.horizonMarkers.some((word) => clause.includes(word))) return true;
  if (planYear === null) return false;
  return [...clause.matchAll(/(?:到|至)(\d{4})年|(\d{4})年前/g)].some((match) => Number(match[1] ?? match[2]) > planYear);
}

// "编制中心城区、4个支点城市、4个桥头堡城市分区规划": a count placed before the noun it counts, in a
// list that also holds named items, only sizes the list. A count after 等 totals the list, and a
// measure (公里, 亩) or a count after its noun ("组件200个") states an amount; both stay.
function sizesNamedList(text: string, q: Quantity, clauseStart: number): boolean {
  const follower = text.slice(q.rawEnd);
  // "分别突破8500家和6万家": a conjunction and the next value follow an amount, never a noun.
  if (units.measureUnits.includes(q.unit) || !/^[\u4e00-\u9fff“]/.test(follower) || LIST_NEXT_VALUE.test(follower)) return false;
  const segmentStart = findSegmentStart(text, q.start, clauseStart);
  if (text.slice(segmentStart, q.start).endsWith("等")) return false;
  const items = text.slice(clauseStart, findClauseEnd(text, q.start)).split("、");
  return items.length > 1 && items.some((item) => !/\d/.test(item));
}

// "推进黄桷坪大桥、白市驿隧道等“6桥7隧”建设": a count written as a quoted label names a programme of
// listed projects; as a result ("建成“4桥2隧”") it is still reported, so only the plan side drops it.
function namesProgramme(text: string, q: Quantity): boolean {
  return findEnclosingQuote(text, q.start) !== null;
}

// "优化调整后的指标共计37项": a plan report describing its own indicator table commits to nothing.
function countsOwnIndicators(q: Quantity, clause: string): boolean {
  return q.unit === "项" && clause.includes("指标");
}

// Budget totals that only balance the books ("加上…上年结转等3690亿元后，收入总量为6277亿元", "收支相抵，
// 预计收支结余131亿元") commit to nothing: the sentence that adds transfers, carry-overs and balances up is
// bookkeeping, while the revenue and spending figures and the allocations (安排X亿元) stay targets.
function isAccountingIdentity(text: string, q: Quantity, floor: number): boolean {
  const sentence = text.slice(findSentenceStart(text, q.start, floor), q.start);
  return qualifiers.accountingIdentityMarkers.some((word) => sentence.includes(word));
}

function isStatedTargetDelta(text: string, q: Quantity, clauseStart: number): boolean {
  return /目标(?:值)?$/.test(text.slice(clauseStart, q.start));
}
