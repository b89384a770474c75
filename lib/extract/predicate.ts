import qualifiers from "./lexicons/qualifiers.json";
import units from "./lexicons/units.json";
import verbs from "./lexicons/verbs.json";
import type { Quantity } from "./quantities";
import { findClauseEnd, findClauseStart, findNaturalEnd, findSegmentStart, findSentenceStart } from "./text-spans";
import type { Measure, Operator } from "./types";

// Reads what a quantity is said about: its governing verb, the indicator it measures, the measure
// and operator the wording implies, and shared predicates ("A、B分别增长x、y").

export type VerbKind = "growth" | "change" | "level" | "new" | "support" | "effort";
export type Verb = { word: string; kind: VerbKind; start: number; end: number };

export type Predicate = {
  verb: Verb | null;
  indicator: string;
  /** Where the quoted clause for this quantity starts and ends. */
  spanStart: number;
  spanEnd: number;
};

const VERB_WORDS: { word: string; kind: VerbKind }[] = (["growth", "change", "level", "new", "support", "effort"] as const)
  .flatMap((kind) => verbs[kind].map((word) => ({ word, kind })))
  .sort((a, b) => b.word.length - a.word.length);

const LEADING_FILLER = /^(?:全市|全年|今年|预计|力争|确保|其中|我市|本市|并|同时|以及|和|及|共|再|均|分别|继续|持续|累计)+/;
const TRAILING_FILLER = /(?:的|分别|均|共|预计|在|到|至|为)+$/;
// Adverbs before the verb ("项目得到治理", "项目全面启动") end no noun.
const NOUN_TRAILER = /(?:并|得到|全面|基本|全部|已经|已|均)+$/;
const NOUN_RUN = /^[\u4e00-\u9fff“”（）·A-Za-z+]{1,20}/;
const HEAD_NOUN = /(增加值|产值|收入|零售额|投资|占比|比重|普及率|覆盖率|通车里程|里程|率)$/;
const LIST_NUMBER = /^(?:（\d+）|\d+[.．、])\s*/;
const PURPOSE_LEAD = /^(?:主要|重点|全力|继续)?(?:用于|支持|保障)?/;
const MAX_DERIVED_INDICATOR = 30;
const COLLECTIVE_PREFIXES: Record<string, string[]> = { 城乡: ["城镇", "农村"], 中小: ["中", "小"] };

/** The verb nearest before a position within [floor, position), preferring the one that ends last. */
function findVerbBefore(text: string, floor: number, position: number): Verb | null {
  const window = text.slice(floor, position);
  let best: Verb | null = null;
  for (const { word, kind } of VERB_WORDS) {
    let at = window.lastIndexOf(word);
    // "中央提前下达转移支付": 达 inside 下达 is no verb of reaching.
    while (at >= 0 && verbs.notVerbs.some((compound) => isInside(window, at, word, compound))) at = at > 0 ? window.lastIndexOf(word, at - 1) : -1;
    if (at < 0) continue;
    const candidate = { word, kind, start: floor + at, end: floor + at + word.length };
    if (!best || candidate.end > best.end || (candidate.end === best.end && candidate.start < best.start)) best = candidate;
  }
  return best;
}

/** Whether text[i] joins two items: 和/及/与 except inside a word (普及率, 参与, 和美), or 、 when asked. */
function isConjunctionAt(text: string, i: number, withEnumerationComma = false): boolean {
  if (text[i] === "、") return withEnumerationComma;
  return /[和及与]/.test(text[i]) && !verbs.notConjunctions.some((word) => isInside(text, i, text[i], word));
}

function splitAtConjunctions(phrase: string, withEnumerationComma: boolean): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < phrase.length; i++) {
    if (!isConjunctionAt(phrase, i, withEnumerationComma)) continue;
    parts.push(phrase.slice(start, i));
    start = i + 1;
  }
  return [...parts, phrase.slice(start)];
}

function isInside(window: string, at: number, word: string, compound: string): boolean {
  const offset = compound.indexOf(word);
  return offset >= 0 && window.startsWith(compound, at - offset);
}

/** Resolves the governing verb and the indicator of a quantity. */
export function readPredicate(text: string, q: Quantity, floor: number): Predicate {
  const segmentStart = findSegmentStart(text, q.start, floor);
  const clauseStart = findClauseStart(text, q.start, floor);
  const shared = readSharedPredicate(text, q, clauseStart, floor);
  if (shared) return shared;

  const itemStart = findItemStart(text, segmentStart, q.start, clauseStart);
  const ownVerb = findVerbBefore(text, itemStart, q.start);
  const verb = ownVerb ?? findVerbBefore(text, clauseStart, q.start);
  const tail = readNounAfter(text, q);

  if (ownVerb) {
    const object = tidy(text.slice(ownVerb.end, q.start));
    // "城镇新增就业60万人": a subject before a verb of novelty belongs to the indicator.
    const subject = ownVerb.kind === "new" && hasWords(object) ? stripLeadingVerb(tidy(text.slice(itemStart, ownVerb.start))) : "";
    const lead = hasWords(subject) ? `${subject}${ownVerb.word}` : "";
    // After 等 the object is the list of names; what is counted is the noun after the number.
    // A bare "项目" takes the verb along ("开工项目"), as the list's names may hide other verbs.
    const named = totalsList(text, segmentStart, q.start) && tail ? (tail.text.length >= 4 ? tail.text : `${ownVerb.word}${tail.text}`) : "";
    const indicator = named || [lead + object, tail?.text ?? ""].filter(hasWords).join("");
    if (indicator) return { verb, indicator, spanStart: itemStart, spanEnd: tail && hasWords(tail.text) ? tail.end : q.rawEnd };
    // An empty subject ("、累计达到104家") is left for the caller to inherit from the item before.
    return { verb, indicator: tidy(text.slice(itemStart, ownVerb.start)), spanStart: itemStart, spanEnd: q.rawEnd };
  }
  const before = tidy(text.slice(itemStart, q.start));
  if (tail && totalsList(text, segmentStart, q.start)) return { verb, indicator: tail.text, spanStart: itemStart, spanEnd: tail.end };
  if (hasWords(before)) return { verb, indicator: before, spanStart: itemStart, spanEnd: q.rawEnd };
  if (tail) return { verb, indicator: tail.text, spanStart: itemStart, spanEnd: tail.end };
  // "新开工改造城镇老旧小区1835个、4186万平方米": the second item has no words of its own; the
  // caller gives it the indicator of the item before.
  return { verb, indicator: "", spanStart: itemStart, spanEnd: q.rawEnd };
}

// "完成800平方公里水土流失和400平方公里石漠化治理", "10个智能工厂和100个数字化车间": after an earlier
// numbered item and its conjunction, the second number's own item begins.
function findItemStart(text: string, segmentStart: number, position: number, clauseStart: number): number {
  // "开工万州至开州南雅、巫溪至巫山大昌等216公里项目": a number after 等 totals the whole list.
  const from = totalsList(text, segmentStart, position) ? clauseStart : segmentStart;
  for (let i = position - 1; i > from; i--) {
    // The earlier number must sit in the same list item as the conjunction, not in an earlier one.
    if (isConjunctionAt(text, i) && /\d/.test(text.slice(Math.max(from, text.lastIndexOf("、", i) + 1), i))) return i + 1;
  }
  return from;
}

function totalsList(text: string, segmentStart: number, position: number): boolean {
  return text.slice(segmentStart, position).endsWith("等");
}

// "A、B和C分别增长x、y、z": the k-th value belongs to the k-th subject, which may sit in the
// clause before ("装备、材料、消费品产业转型步伐加快，增加值分别增长…").
function readSharedPredicate(text: string, q: Quantity, clauseStart: number, floor: number): Predicate | null {
  const sentenceStart = findSentenceStart(text, q.start, floor);
  const marker = text.lastIndexOf("分别", q.start);
  if (marker < clauseStart || marker < sentenceStart) return null;
  const valuesText = text.slice(marker, q.start);
  if (/[，；：。]/.test(valuesText)) return null;
  const index = (valuesText.match(/[、和及与]/g) ?? []).length;
  const verb = findVerbBefore(text, marker, q.start);
  const head = tidy(text.slice(clauseStart, marker));
  let subjects = splitList(head);
  let subjectStart = clauseStart;
  const valueCount = (text.slice(marker, findClauseEnd(text, q.start)).match(/\d+(?:\.\d+)?/g) ?? []).length;
  if (subjects.length < 2 && clauseStart > sentenceStart) {
    const previousStart = findClauseStart(text, clauseStart - 1, sentenceStart);
    const previousText = tidy(text.slice(previousStart, clauseStart - 1));
    const previous = splitList(previousText);
    if (previous.length === valueCount && !/\d/.test(previousText)) {
      subjects = previous.map((item) => `${item}${head}`);
      subjectStart = previousStart;
    }
  }
  subjects = expandCollectivePrefix(subjects, head);
  if (subjects.length < 2) return null;
  const subject = subjects[Math.min(index, subjects.length - 1)];
  return { verb, indicator: subject, spanStart: subjectStart, spanEnd: q.rawEnd };
}

function splitList(head: string): string[] {
  const parts = splitAtConjunctions(head, true).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return parts;
  // "高技术制造业和战略性新兴产业增加值": the last item carries the shared head noun.
  const last = parts[parts.length - 1];
  const headNoun = last.match(HEAD_NOUN);
  if (!headNoun) return parts;
  // An item with a head noun of its own ("普及率、…覆盖率") keeps it.
  return parts.map((part, i) => (i < parts.length - 1 && !HEAD_NOUN.test(part) ? `${part}${headNoun[1]}` : part));
}

// "城乡居民人均可支配收入分别增长8.7%、9.8%": 城乡 stands for 城镇 and 农村.
function expandCollectivePrefix(subjects: string[], head: string): string[] {
  if (subjects.length >= 2) return subjects;
  for (const [prefix, parts] of Object.entries(COLLECTIVE_PREFIXES)) {
    if (head.startsWith(prefix)) return parts.map((part) => `${part}${head.slice(prefix.length)}`);
  }
  return subjects;
}

// "实施160个引领性标志性项目": the noun after the unit, up to the next verb ("15件民生实事完成…").
function readNounAfter(text: string, q: Quantity): { text: string; end: number } | null {
  const run = text.slice(q.rawEnd).match(NOUN_RUN);
  if (!run) return null;
  const verbAt = VERB_WORDS.map(({ word }) => run[0].indexOf(word)).filter((at) => at > 0);
  // "10个智能工厂和100个数字化车间": the conjunction before the next item is no part of the noun.
  // The noun ends before the next verb or the next item ("5个重大专项和新能源…8个重点专项").
  const phrase = (verbAt.length > 0 ? run[0].slice(0, Math.min(...verbAt)) : run[0]).replace(NOUN_TRAILER, "");
  const noun = splitAtConjunctions(phrase, false)[0];
  if (!hasWords(noun)) return null;
  const nounEnd = q.rawEnd + noun.length;
  const end = findNaturalEnd(text, nounEnd);
  // "30个城市老旧功能片区更新改造试点项目": words up to a head noun still name the thing, verbs included.
  const rest = text.slice(nounEnd, end);
  if (verbs.nounHeads.some((head) => rest.endsWith(head))) return { text: noun + rest, end };
  return { text: noun, end };
}

// "实施中心城区坡坎崖治理项目15个": a verb opening the words before 治理 governs them; it is no subject.
function stripLeadingVerb(phrase: string): string {
  const verb = VERB_WORDS.find(({ word }) => phrase.startsWith(word));
  return verb ? phrase.slice(verb.word.length) : phrase;
}

function tidy(phrase: string): string {
  return phrase.trim().replace(LEADING_FILLER, "").replace(TRAILING_FILLER, "").trim();
}

function hasWords(phrase: string): boolean {
  return (phrase.match(/[\u4e00-\u9fff]/g) ?? []).length >= 2;
}

/** The number as written with its governing verb when the verb sits in the quantity's own item ("新建2.1万个"). */
export function readRaw(text: string, q: Quantity, predicate: Predicate): string {
  const verb = predicate.verb;
  return text.slice(verb && verb.start >= predicate.spanStart && verb.end <= q.start ? verb.start : q.start, q.rawEnd);
}

/** The operator a target's wording sets: qualifiers after the number win over verbs before it. */
export function readOperator(text: string, q: Quantity, clauseStart: number): Operator {
  const ops = qualifiers.operator;
  if (q.after && ops.approx.after.includes(q.after)) return "approx";
  if (q.after && ops.lte.after.includes(q.after)) return "lte";
  if (q.after && ops.gte.after.includes(q.after)) return "gte";
  const window = text.slice(clauseStart, q.start);
  let best: { op: Operator; end: number; length: number } | null = null;
  for (const op of ["approx", "lte", "gte"] as const) {
    for (const word of ops[op].before) {
      const at = window.lastIndexOf(word);
      // On a tie the longer word wins: 不低于 is a floor although it ends in 低于.
      if (at >= 0 && (!best || at + word.length > best.end || (at + word.length === best.end && word.length > best.length))) {
        best = { op, end: at + word.length, length: word.length };
      }
    }
  }
  if (best) return best.op;
  const sentence = text.slice(findSentenceStart(text, q.start), q.start);
  if (qualifiers.sentenceScopeGte.some((word) => sentence.includes(word))) return "gte";
  return "eq";
}

/** The measure a quantity's unit and verb imply. */
export function readMeasure(q: Quantity, verb: Verb | null, indicator: string): Measure {
  const percent = units.percentUnits.includes(q.unit);
  const kind = verb?.kind;
  if (percent) {
    if (kind === "growth" || /涨幅|增速|增幅/.test(indicator)) return "growth";
    if (kind === "change") return "change";
    return "ratio";
  }
  if (kind === "level" || kind === "change") return "level";
  if (kind === "new" || kind === "growth" || kind === "effort") return "new";
  return "level";
}

/**
 * An indicator for a quantity whose clause names none: the item before in the same sentence
 * ("、4186万平方米"), else the purpose clause after it ("安排680亿元，支持重点基础设施布局…"), else the
 * heading that governs it ("1. 推动成渝地区双城经济圈建设。").
 */
export function completeIndicator(text: string, q: Quantity, start: number, earlier: { indicator: string; start: number }[], heading: string): string {
  return inheritIndicator(text, start, earlier) || readPurpose(text, q) || tidyHeading(heading);
}

// The clause right after an amount says what it is for; 支持/用于 only introduce it.
function readPurpose(text: string, q: Quantity): string {
  if (!/^[，：]/.test(text.slice(q.rawEnd))) return "";
  const clause = text.slice(q.rawEnd + 1, findClauseEnd(text, q.rawEnd + 1)).replace(PURPOSE_LEAD, "");
  // A quoted label ("构建“416”科技创新战略布局") is part of the name; any other number starts a new item.
  if (/\d/.test(clause.replace(/“[^”]*”/g, "")) || !hasWords(clause)) return "";
  return shorten(clause);
}

// A long clause is cut after a whole list item, never inside a word.
function shorten(phrase: string): string {
  if (phrase.length <= MAX_DERIVED_INDICATOR) return phrase;
  const cut = phrase.lastIndexOf("、", MAX_DERIVED_INDICATOR);
  return phrase.slice(0, cut > 0 ? cut : MAX_DERIVED_INDICATOR);
}

function tidyHeading(heading: string): string {
  return shorten(heading.replace(/[。！？：；，]+$/, ""));
}

/** The indicator of the item before in the same sentence, for a bare "、4186万平方米". */
function inheritIndicator(text: string, start: number, earlier: { indicator: string; start: number }[]): string {
  const sentenceStart = findSentenceStart(text, start);
  const previous = [...earlier].reverse().find((item) => item.start >= sentenceStart && item.indicator);
  if (previous) return previous.indicator;
  // "(1) 市级重点支出项目预算安排为：一般公共服务支出105亿元，增长1.7%": the list after the colon names it.
  const opening = text.slice(sentenceStart, start).split(/[，；]/)[0].split("：").pop()!.replace(LIST_NUMBER, "").split(/\d/)[0].replace(/^——/, "");
  // An opening that is only a verb ("安排30亿元") names nothing.
  return VERB_WORDS.some(({ word }) => word === opening) ? "" : opening;
}
