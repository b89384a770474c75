import qualifiers from "./lexicons/qualifiers.json";
import type { ReportPart } from "@/lib/ingest/split-reports";

// Finds the headline target list of a plan part: the sentence after "主要预期目标是：" in a work
// report, or the "——" indicator paragraphs under 约束性指标 / 预期性指标 in a plan report.

/** itemised: a "——" indicator paragraph, whose clauses after the first are commentary. */
export type HeadlineList = { start: number; end: number; itemised: boolean };

const LIST_ITEM = "——";

export function findHeadlineLists(text: string, part: ReportPart): HeadlineList[] {
  const lists: HeadlineList[] = [];
  let inIndicatorList = false;
  let paragraphStart = part.start;
  while (paragraphStart < part.end) {
    const newline = text.indexOf("\n", paragraphStart);
    const paragraphEnd = newline < 0 || newline > part.end ? part.end : newline;
    const paragraph = text.slice(paragraphStart, paragraphEnd);
    const marker = qualifiers.headlineListMarkers.find((word) => paragraph.includes(word));

    if (paragraph.startsWith(LIST_ITEM) && inIndicatorList) {
      const sentenceEnd = paragraph.indexOf("。");
      lists.push({ start: paragraphStart + LIST_ITEM.length, end: paragraphStart + (sentenceEnd < 0 ? paragraph.length : sentenceEnd), itemised: true });
    } else if (marker) {
      const colon = paragraph.indexOf("：", paragraph.indexOf(marker));
      const listText = colon < 0 ? "" : paragraph.slice(colon + 1);
      // "主要预期目标是：A；B；C。" holds the list itself; "关于约束性指标…其中：" introduces "——" items.
      if (listText.trim().length > 0) {
        const sentenceEnd = listText.indexOf("。");
        lists.push({ start: paragraphStart + colon + 1, end: paragraphStart + colon + 1 + (sentenceEnd < 0 ? listText.length : sentenceEnd), itemised: false });
      }
      inIndicatorList = true;
    } else if (!paragraph.startsWith(LIST_ITEM)) {
      inIndicatorList = false;
    }
    paragraphStart = paragraphEnd + 1;
  }
  return lists;
}
