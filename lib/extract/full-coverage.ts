import qualifiers from "./lexicons/qualifiers.json";
import type { Quantity } from "./quantities";
import { findClauseEnd, findClauseStart } from "./text-spans";

// "实现城乡社区居家养老服务全覆盖", "覆盖全市所有镇街", "县县通": a commitment or result of full
// coverage with no written number, coded as ratio 100%.

export type FullCoverage = { start: number; end: number; raw: string; indicator: string };

const VERB_PREFIX = /^(?:基本|全面|逐步|推动|推进|实现|力争|确保|加快)+/;
const VERB_SUFFIX = /(?:基本|全面|逐步|实现|达到|建设)+$/;
// A pilot or trial "全覆盖试点" names a programme, not coverage.
const PROGRAMME_AFTER = /^(?:试点|改革|行动|工程)/;
// "健全覆盖…体系" is 健全 + 覆盖, not 全覆盖.
const COMPOUND_WITH_QUAN = /[健完齐安周保]$/;

export function findFullCoverage(text: string, from: number, to: number, quantities: Quantity[]): FullCoverage[] {
  const found: FullCoverage[] = [];
  const window = text.slice(from, to);
  for (const word of qualifiers.fullCoverage) {
    for (let at = window.indexOf(word); at >= 0; at = window.indexOf(word, at + word.length)) {
      const start = from + at;
      let end = start + word.length;
      if (word.startsWith("全") && COMPOUND_WITH_QUAN.test(text.slice(Math.max(0, start - 1), start))) continue;
      if (word.endsWith("所有")) {
        // "覆盖所有区县" must end its clause; "覆盖所有区县的担保体系" only describes something else.
        const object = text.slice(end).match(/^[\u4e00-\u9fff]{1,4}?(?=[，。；、]|$)/);
        if (!object) continue;
        end += object[0].length;
      }
      if (PROGRAMME_AFTER.test(text.slice(end))) continue;
      const clauseStart = findClauseStart(text, start, from);
      const clauseEnd = findClauseEnd(text, start, to);
      if (quantities.some((q) => q.start >= clauseStart && q.start < clauseEnd)) continue;
      if (found.some((f) => f.start <= start && start < f.end)) continue;
      const indicator = text.slice(clauseStart, start).replace(VERB_PREFIX, "").replace(VERB_SUFFIX, "").trim() || word;
      found.push({ start: clauseStart, end, raw: text.slice(start, end), indicator });
    }
  }
  return found;
}
