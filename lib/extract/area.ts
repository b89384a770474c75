import { isPolicyAreaName, type PolicyAreaName } from "@/lib/policy-areas";
import type { Section } from "@/lib/ingest/split-reports";
import headingLexicon from "./lexicons/area-headings.json";
import indicatorLexicon from "./lexicons/area-indicators.json";
import { findParagraphStart } from "./text-spans";

// Maps an extracted item to one of the 12 canonical policy areas: a specific indicator word decides
// on its own; otherwise the nearest heading (lead sentence, paragraph opening, section headings from
// the innermost out) that names an area decides. Both word lists are data files.

type Lexicon = { word: string; area: PolicyAreaName }[];

const DEFAULT_AREA: PolicyAreaName = "经济运行";
// Lead sentences such as "提升创新平台。" work as unnumbered sub-headings inside a paragraph.
const MAX_LEAD_LENGTH = 18;
const MAX_OPENING_LENGTH = 40;

const INDICATOR_WORDS = toLexicon(indicatorLexicon);
const HEADING_WORDS = toLexicon(headingLexicon);

function toLexicon(source: Record<string, string | string[]>): Lexicon {
  return Object.entries(source)
    .filter((entry): entry is [PolicyAreaName, string[]] => isPolicyAreaName(entry[0]) && Array.isArray(entry[1]))
    .flatMap(([area, words]) => words.map((word) => ({ word, area })));
}

function longestMatch(lexicon: Lexicon, text: string): PolicyAreaName | null {
  let best: { word: string; area: PolicyAreaName } | null = null;
  for (const entry of lexicon) {
    if (text.includes(entry.word) && (!best || entry.word.length > best.word.length)) best = entry;
  }
  return best?.area ?? null;
}

/** The headings that govern a position, innermost first: lead sentence, paragraph opening, sections. */
export function findHeadingContext(text: string, position: number, sections: Section[]): string[] {
  const context: string[] = [];
  const { sentences, lead } = readParagraphLead(text, position);
  if (lead) context.push(lead);
  const opening = sentences[0] ?? text.slice(findParagraphStart(text, position), position);
  if (opening && opening !== lead) context.push(opening.slice(0, MAX_OPENING_LENGTH));
  return [...context, ...findSectionChain(position, sections)];
}

/** The nearest real heading of a position: a lead sentence ("提升创新平台。") or the innermost section heading. */
export function findGoverningHeading(text: string, position: number, sections: Section[]): string {
  return readParagraphLead(text, position).lead ?? findSectionChain(position, sections)[0] ?? "";
}

function readParagraphLead(text: string, position: number): { sentences: string[]; lead: string | undefined } {
  const sentences = text.slice(findParagraphStart(text, position), position).split(/(?<=[。！？])/);
  sentences.pop();
  const lead = [...sentences].reverse().find((sentence) => sentence.length <= MAX_LEAD_LENGTH && !/\d/.test(sentence));
  return { sentences, lead };
}

/** Section headings containing a position, innermost first. */
export function findSectionChain(position: number, sections: readonly Section[]): string[] {
  const chain: string[] = [];
  let level: readonly Section[] = sections;
  for (;;) {
    const containing = level.find((section) => section.start <= position && position < section.end);
    if (!containing) break;
    chain.push(containing.heading);
    level = containing.children;
  }
  return chain.reverse();
}

/** Picks the policy area for an indicator given the headings around it. */
export function resolveArea(indicator: string, headings: string[]): PolicyAreaName {
  // "研发经费支出占地区生产总值比重" is about its numerator, not about GDP.
  const numerator = indicator.split("占")[0];
  const byIndicator = longestMatch(INDICATOR_WORDS, numerator.length >= 2 ? numerator : indicator);
  if (byIndicator) return byIndicator;
  for (const heading of headings) {
    const byHeading = longestMatch(HEADING_WORDS, heading);
    if (byHeading) return byHeading;
  }
  return DEFAULT_AREA;
}
