// Normalises decoded report text for matching while remembering, for every normalised character,
// where it came from. Extraction runs on the normalised text; quotes and offsets are always cut from
// the original text through the offset map, so they stay exact substrings of the file.

export type NormalisedText = {
  /** Text for matching: ASCII digits and %, Chinese clause punctuation, sentences rejoined across hard line breaks. */
  text: string;
  /** offsets[i] is the original index of text[i]; offsets[text.length] is the original length. */
  offsets: Int32Array;
};

export type Span = { start: number; end: number };

// Print artefacts of newspaper and gazette editions: continuation notes between pages.
const PRINT_ARTEFACT = /[（(]\s*(?:上接|下转|接上|转下|接)\s*(?:第\s*)?\d+\s*版\s*[）)]/g;
// Markdown emphasis left behind by PDF-to-text converters.
const MARKDOWN_EMPHASIS = /\*\*/g;

const SENTENCE_FINAL = /[。！？；：!?;:…]$/;
const HEADING_START = /^(?:[一二三四五六七八九十]+[、是]|[（(]\s*[一二三四五六七八九十\d]+\s*[）)]|\d+\s*[.．、]|——|第[一二三四五六七八九十]+[部章节])/;
// A line at least this long that stops without sentence-final punctuation was cut by a page break.
const MIN_BROKEN_LINE = 40;
// Newspaper prints wrap every ~15 characters; a median line shorter than this means hard wrapping.
const MAX_WRAPPED_MEDIAN = 30;

const FULL_WIDTH_MAP: Record<string, string> = { "％": "%", "＋": "+", "．": ".", "－": "-", "／": "/" };
const ASCII_TO_CHINESE: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？" };

/** Builds the normalised text and its offset map from the decoded original. */
export function normaliseText(original: string): NormalisedText {
  const removed = markRemoved(original);
  const lines = splitLines(original, removed);
  const hardWrapped = isHardWrapped(lines);
  const out: string[] = [];
  const offsets: number[] = [];
  const emit = (char: string, at: number) => {
    out.push(char);
    offsets.push(at);
  };

  let previous: Line | null = null;
  for (const line of lines) {
    if (line.content.length === 0) continue;
    if (previous) {
      if (!shouldJoin(previous, line, hardWrapped)) emit("\n", previous.end);
    }
    emitLine(original, line, removed, emit);
    previous = line;
  }
  offsets.push(original.length);
  return { text: out.join(""), offsets: Int32Array.from(offsets) };
}

/** Maps a normalised [start, end) span back to original offsets. */
export function mapToOriginal(normalised: NormalisedText, start: number, end: number): Span {
  const originalStart = normalised.offsets[start];
  if (end <= start) return { start: originalStart, end: originalStart };
  return { start: originalStart, end: normalised.offsets[end - 1] + 1 };
}

type Line = { start: number; end: number; content: string };

function markRemoved(original: string): Uint8Array {
  const removed = new Uint8Array(original.length);
  for (const pattern of [PRINT_ARTEFACT, MARKDOWN_EMPHASIS]) {
    for (const match of original.matchAll(pattern)) removed.fill(1, match.index, match.index + match[0].length);
  }
  return removed;
}

function splitLines(original: string, removed: Uint8Array): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= original.length; i++) {
    if (i === original.length || original[i] === "\n") {
      let content = "";
      for (let j = start; j < i; j++) if (!removed[j]) content += original[j];
      lines.push({ start, end: i, content: content.trim() });
      start = i + 1;
    }
  }
  return lines;
}

function isHardWrapped(lines: Line[]): boolean {
  const lengths = lines.filter((line) => line.content.length > 0).map((line) => line.content.length).sort((a, b) => a - b);
  if (lengths.length < 20) return false;
  return lengths[Math.floor(lengths.length / 2)] < MAX_WRAPPED_MEDIAN;
}

function shouldJoin(previous: Line, next: Line, hardWrapped: boolean): boolean {
  if (SENTENCE_FINAL.test(previous.content)) return false;
  if (hardWrapped) return true;
  if (HEADING_START.test(next.content)) return false;
  return previous.content.length >= MIN_BROKEN_LINE && /[\u4e00-\u9fff\d%％、，“（]$/.test(previous.content);
}

function emitLine(original: string, line: Line, removed: Uint8Array, emit: (char: string, at: number) => void): void {
  // Trim by original positions so the offset map points at the characters actually kept.
  let first = line.start;
  let last = line.end - 1;
  while (first <= last && (removed[first] || isSpace(original[first]))) first++;
  while (last >= first && (removed[last] || isSpace(original[last]) || original[last] === "\r")) last--;

  for (let i = first; i <= last; i++) {
    if (removed[i] || original[i] === "\r") continue;
    const char = original[i];
    if (isSpace(char)) {
      // Print layouts pad numbers with spaces ("2023 年", " 186 公里"); spaces only separate Latin words.
      let j = i;
      while (j + 1 <= last && (isSpace(original[j + 1]) || removed[j + 1])) j++;
      const before = original[i - 1] ?? "";
      const after = original[j + 1] ?? "";
      if (/[\x21-\x7e]/.test(before) && /[\x21-\x7e]/.test(after) && /[A-Za-z]/.test(before + after)) emit(" ", i);
      i = j;
      continue;
    }
    emit(normaliseChar(original, i), i);
  }
}

function normaliseChar(original: string, i: number): string {
  const char = original[i];
  const code = char.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0);
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0);
  if (FULL_WIDTH_MAP[char]) return FULL_WIDTH_MAP[char];
  const chinese = ASCII_TO_CHINESE[char];
  if (chinese) {
    // Keep "1,234" and "1.80:1" intact; elsewhere ASCII clause punctuation means the Chinese one.
    if ((char === "," || char === ":") && /\d/.test(original[i - 1] ?? "") && /\d/.test(original[i + 1] ?? "")) return char;
    return chinese;
  }
  return char;
}

function isSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\u3000" || char === "\u00a0";
}
