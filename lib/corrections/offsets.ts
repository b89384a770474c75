// The reader shows each paragraph with the hand wraps of a print (single line breaks) dropped, so a
// position in what the browser shows is not a position in the stored text. These map one onto the
// other; every paragraph element carries its stored start offset (data-start).

/**
 * The stored-text offset of the character shown at `shownIndex` inside the paragraph that starts
 * at `paragraphStart`. A start skips the line breaks it lands on; an end stays before them.
 */
export function toStoredOffset(text: string, paragraphStart: number, shownIndex: number, side: "start" | "end"): number {
  let at = paragraphStart;
  for (let shown = 0; shown < shownIndex && at < text.length; at++) {
    if (text[at] !== "\n") shown++;
  }
  if (side === "start") while (text[at] === "\n") at++;
  return at;
}
