// Clause, sentence and quotation boundaries in normalised text. A "segment" is one item of a
// list ("、"), a "clause" runs between commas, a "sentence" between full stops or line breaks.

const SEGMENT_BREAK = /[、，；：。！？\n]/;
const CLAUSE_BREAK = /[，；：。！？\n]/;
const SENTENCE_BREAK = /[。！？\n]/;
const PARAGRAPH_BREAK = /\n/;
// Predicate words a quote may take on after the counted noun to reach a natural boundary.
const MAX_PREDICATE_TAIL = 10;

// A list item's dash ("——地区生产总值增长6%左右") belongs to the layout, not to the clause.
function lastBreakBefore(text: string, position: number, floor: number, pattern: RegExp): number {
  let start = floor;
  for (let i = position - 1; i >= floor; i--) {
    if (pattern.test(text[i])) {
      start = i + 1;
      break;
    }
  }
  return text.startsWith("——", start) && start + 2 <= position ? start + 2 : start;
}

function nextBreakFrom(text: string, position: number, ceiling: number, pattern: RegExp): number {
  for (let i = position; i < ceiling; i++) if (pattern.test(text[i])) return i;
  return ceiling;
}

export function findSegmentStart(text: string, position: number, floor = 0): number {
  return lastBreakBefore(text, position, floor, SEGMENT_BREAK);
}

export function findClauseStart(text: string, position: number, floor = 0): number {
  return lastBreakBefore(text, position, floor, CLAUSE_BREAK);
}

export function findClauseEnd(text: string, position: number, ceiling = text.length): number {
  return nextBreakFrom(text, position, ceiling, CLAUSE_BREAK);
}

export function findSentenceStart(text: string, position: number, floor = 0): number {
  return lastBreakBefore(text, position, floor, SENTENCE_BREAK);
}

function findSentenceEnd(text: string, position: number, ceiling = text.length): number {
  return nextBreakFrom(text, position, ceiling, SENTENCE_BREAK);
}

export function findParagraphStart(text: string, position: number, floor = 0): number {
  return lastBreakBefore(text, position, floor, PARAGRAPH_BREAK);
}

/**
 * Where a quote that ends at position should end instead: the end of its list item when only a few
 * words of the predicate remain ("309个坡坎崖滩项目得到|治理提升，"), but never past the next item
 * ("实施832个老旧小区改造|和2万户棚户区改造") or a number.
 */
export function findNaturalEnd(text: string, position: number, maxExtra = MAX_PREDICATE_TAIL): number {
  for (let i = position; i < text.length && i <= position + maxExtra; i++) {
    if (SEGMENT_BREAK.test(text[i])) return i;
    if (/[\d“《（]/.test(text[i])) return position;
    if (/[和及与]/.test(text[i])) return i;
  }
  return position;
}

/** The quotation (“…” or 《…》) around a position, if any, within its sentence. */
export function findEnclosingQuote(text: string, position: number): { start: number; end: number } | null {
  const floor = findSentenceStart(text, position);
  for (let i = position - 1; i >= floor; i--) {
    const char = text[i];
    if (char === "”" || char === "》") return null;
    if (char === "“" || char === "《") {
      const close = text.indexOf(char === "“" ? "”" : "》", position);
      const sentenceEnd = findSentenceEnd(text, position);
      if (close < 0 || close > sentenceEnd) return null;
      return { start: i + 1, end: close };
    }
  }
  return null;
}
