// Passages of a source document shaped for display: paragraphs and sentences cut from the decoded
// text, with extracted items marked at their exact offsets (a mark's text is text.slice(start, end)).

export type Range = { start: number; end: number };

export type MarkKind = "target" | "outcome";

/** An extracted item to highlight; targetId is where clicking it leads (an outcome's answered target). */
export type Mark = Range & { kind: MarkKind; id: number; targetId: number | null };

export type PassageSegment = { text: string; mark: Omit<Mark, "start" | "end"> | null };

export type Passage = { start: number; end: number; segments: PassageSegment[] };

/** A sentence cut out of its paragraph; cut* says whether it was shortened on that side (shown as …). */
export type Sentence = Passage & { cutBefore: boolean; cutAfter: boolean };

/** Lines this short mean a newspaper print wrapped by hand: single line breaks are not paragraph ends. */
const HARD_WRAP_MEDIAN = 40;

/** How far a sentence may reach either side of its item before it is cut with an ellipsis. */
const SENTENCE_REACH = 90;

const SENTENCE_END = /[。！？；!?;]/;

/** Most lines of a print wrapped by hand have the same short width (the column's). */
function isHardWrapped(text: string): boolean {
  const lengths = text.split("\n").map((line) => line.trim().length).filter((length) => length > 0).sort((a, b) => a - b);
  if (lengths.length === 0) return false;
  const median = lengths[Math.floor(lengths.length / 2)];
  const columnWide = lengths.filter((length) => Math.abs(length - median) <= 2).length;
  return median < HARD_WRAP_MEDIAN && columnWide >= lengths.length * 0.6;
}

/** The document's paragraphs in order, blank ones left out. */
export function paragraphRanges(text: string): Range[] {
  const separator = isHardWrapped(text) ? /\n[ \t\u3000]*\n\s*/g : /\n\s*/g;
  const ranges: Range[] = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) ranges.push({ start, end });
  };
  for (const match of text.matchAll(separator)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return ranges;
}

/** The paragraph(s) holding [start, end); an item never gets cut off by a paragraph boundary. */
export function paragraphAround(paragraphs: readonly Range[], item: Range): Range {
  const first = paragraphs.find((range) => range.end > item.start) ?? { start: item.start, end: item.end };
  const last = [...paragraphs].reverse().find((range) => range.start < item.end) ?? first;
  return { start: Math.min(first.start, item.start), end: Math.max(last.end, item.end) };
}

/** The sentence holding the item inside its paragraph, at most SENTENCE_REACH characters either side. */
export function sentenceAround(text: string, paragraph: Range, item: Range): Range & { cutBefore: boolean; cutAfter: boolean } {
  let start = item.start;
  while (start > paragraph.start && item.start - start < SENTENCE_REACH && !SENTENCE_END.test(text[start - 1])) start--;
  let end = item.end;
  while (end < paragraph.end && end - item.end < SENTENCE_REACH && !SENTENCE_END.test(text[end - 1])) end++;
  return {
    start,
    end,
    cutBefore: start > paragraph.start && !SENTENCE_END.test(text[start - 1]),
    cutAfter: end < paragraph.end && !SENTENCE_END.test(text[end - 1]),
  };
}

/**
 * Splits text[range] at every mark boundary. Where marks overlap (an implied target spans the result
 * it was read from) a piece shows the target, else the shortest mark. Line breaks left inside a
 * passage are the hand wraps of a print, so they are dropped from the display text.
 */
export function segmentPassage(text: string, range: Range, marks: readonly Mark[]): Passage {
  const inside = marks.filter((mark) => mark.end > range.start && mark.start < range.end);
  const cuts = new Set([range.start, range.end]);
  for (const mark of inside) {
    cuts.add(Math.max(mark.start, range.start));
    cuts.add(Math.min(mark.end, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: PassageSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = inside.filter((mark) => mark.start <= from && mark.end >= to);
    const chosen = covering.sort((a, b) => Number(b.kind === "target") - Number(a.kind === "target") || a.end - a.start - (b.end - b.start))[0];
    const piece = text.slice(from, to).replace(/\n/g, "");
    if (!piece) continue;
    const mark = chosen ? { kind: chosen.kind, id: chosen.id, targetId: chosen.targetId } : null;
    const previous = segments.at(-1);
    // Neighbouring pieces under the same mark (or none) read as one.
    if (previous && previous.mark?.id === mark?.id && previous.mark?.kind === mark?.kind) previous.text += piece;
    else segments.push({ text: piece, mark });
  }
  return { start: range.start, end: range.end, segments };
}

/** Reads sentences and paragraphs around items of one document, splitting it into paragraphs once. */
export function createPassageReader(text: string) {
  const paragraphs = paragraphRanges(text);
  return {
    paragraphs,
    paragraphOf(mark: Mark): Passage {
      return segmentPassage(text, paragraphAround(paragraphs, mark), [mark]);
    },
    sentenceOf(mark: Mark): Sentence {
      const sentence = sentenceAround(text, paragraphAround(paragraphs, mark), mark);
      return { ...segmentPassage(text, sentence, [mark]), cutBefore: sentence.cutBefore, cutAfter: sentence.cutAfter };
    },
  };
}
