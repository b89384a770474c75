import { findSectionChain } from "@/lib/extract/area";
import type { ExtractedSection } from "@/lib/extract/types";
import lexicon from "./name-lexicon.json";
import { rewriteTerms, stripMarks } from "./names";

// What the text around a target or result says: its sentence (to support a qualifier that only one
// side names), the words right after it (力争1—2所高校 *入选新一轮“双一流”建设名单*), the topic a
// sectional sentence opens with (高速公路网，…) and whether its verb starts or finishes work.

export type VerbClass = "plan" | "start" | "finish";

export type SpanContext = {
  /** The sentence and the headings above it, marks stripped and terms rewritten, for support checks. */
  support: string;
  /** The clause, the sentence's topic and the headings: what qualifies the span itself. */
  near: string;
  /** The words that complete the name after the span, up to the next clause break or number. */
  qualifier: string;
  /** The topic the sentence opens with (高速公路网 → 高速公路), or "". */
  topic: string;
  verb: VerbClass | null;
};

const SENTENCE_END = /[。；;！!？?]/;
const CLAUSE_END = /[，,。；;！!？?：:]/;
const MAX_REACH = 400;
const TOPIC_SUFFIXES = [...lexicon.topicSuffixes].sort((a, b) => b.length - a.length);
const VERBS = (Object.entries(lexicon.verbClasses) as [VerbClass, string[]][]).flatMap(([verbClass, words]) => words.map((word) => ({ word, verbClass })));

export function readContext(text: string, start: number, end: number, sections: readonly ExtractedSection[]): SpanContext {
  const sentence = flat(text.slice(reachBack(text, start, SENTENCE_END), reachForward(text, end, SENTENCE_END)));
  const headings = findSectionChain(start, sections).reverse().join(" ");
  const clauseStart = reachBack(text, start, CLAUSE_END);
  const clauseEnd = reachForward(text, end, CLAUSE_END);
  const topic = topicOf(sentence);
  return {
    support: rewriteTerms(stripMarks(`${headings}${sentence}`)),
    near: rewriteTerms(stripMarks(`${headings}${topic}${text.slice(clauseStart, clauseEnd)}`)),
    qualifier: qualifierAfter(text, end),
    topic,
    verb: verbNear(flat(text.slice(clauseStart, start)), flat(text.slice(end, clauseEnd)), flat(text.slice(start, end))),
  };
}

/** Whether a result's verb can answer a target's: starting work never answers finishing it, nor a plan either. */
export function verbsAgree(target: VerbClass | null, outcome: VerbClass | null): boolean {
  if (target === outcome) return true;
  if (target === "plan" || outcome === "plan") return false;
  return target === null || outcome === null;
}

function qualifierAfter(text: string, end: number): string {
  let out = "";
  for (let i = end; i < text.length && i < end + 40; i++) {
    const char = text[i];
    if (char === "\n" || char === " ") continue;
    if (CLAUSE_END.test(char) || char === "、" || /[0-9和及并与]/.test(char)) break;
    out += char;
  }
  return out;
}

function topicOf(sentence: string): string {
  const lead = sentence.split(/[，,：:]/)[0] ?? "";
  if (lead.length > 8 || /\d/.test(lead)) return "";
  const suffix = TOPIC_SUFFIXES.find((word) => lead.endsWith(word) && lead.length > word.length + 1);
  return suffix ? stripMarks(lead.slice(0, lead.length - suffix.length)) : "";
}

// The verb nearest the number wins: "开工…216公里项目，建成…367公里项目" are two clauses with two verbs.
function verbNear(before: string, after: string, inside: string): VerbClass | null {
  const lastIn = (text: string) => {
    let best: { at: number; verbClass: VerbClass } | null = null;
    for (const { word, verbClass } of VERBS) {
      const at = text.lastIndexOf(word);
      if (at >= 0 && (!best || at > best.at)) best = { at, verbClass };
    }
    return best?.verbClass ?? null;
  };
  const firstIn = (text: string) => {
    let best: { at: number; verbClass: VerbClass } | null = null;
    for (const { word, verbClass } of VERBS) {
      const at = text.indexOf(word);
      if (at >= 0 && (!best || at < best.at)) best = { at, verbClass };
    }
    return best?.verbClass ?? null;
  };
  return lastIn(`${before}${inside}`) ?? firstIn(after);
}

function reachBack(text: string, from: number, stop: RegExp): number {
  for (let i = from - 1; i >= 0 && i >= from - MAX_REACH; i--) if (stop.test(text[i])) return i + 1;
  return Math.max(0, from - MAX_REACH);
}

function reachForward(text: string, from: number, stop: RegExp): number {
  for (let i = from; i < text.length && i < from + MAX_REACH; i++) if (stop.test(text[i])) return i;
  return Math.min(text.length, from + MAX_REACH);
}

function flat(text: string): string {
  return text.replace(/\s+/g, "");
}
