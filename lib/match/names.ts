import lexicon from "./name-lexicon.json";
import synonyms from "./synonyms.json";

// Indicator names as the reports write them vary ("规模以上工业增加值", "新引进中国机械科学研究总院等研发机构").
// normaliseName() reduces a name to what identifies the indicator; compareNames() scores two names,
// letting a word that only one side names count when the other side's context supports it
// (轨道交通通车里程 answers 通车里程 in a sentence about 轨道交通网) and against them when it does not
// (重大科技项目 does not answer 重大项目).

const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const LEADING = byLength(lexicon.leadingFillers);
const TRAILING = byLength(lexicon.trailingFillers);
const GENERIC_HEADS = new Set(lexicon.genericHeads);
const SCOPE_WORDS = new Set(lexicon.scopeWords);
const SCOPE_PATTERN = new RegExp(byLength(lexicon.scopeWords).map(escape).join("|"), "g");

// Numbers with their magnitude and counter, but not the digits of a name (5G, PM2.5).
const NUMBER = /(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d.])(?:万亿|亿|万|千)?(?:平方公里|平方米|公里|个|家|所|座|条|项|处|件|栋|部|套|台|张|枚|场|次|批|对|班|户|名|人|亩)?/g;

// One alternation per term group, longest member first, so 城市轨道交通 is not rewritten inside itself.
const TERM_REWRITES = synonyms.terms.map((group) => ({ canonical: group[0], pattern: new RegExp(byLength(group).map(escape).join("|"), "g") }));
const NAME_CANONICAL = new Map(synonyms.names.flatMap((group) => group.map((alias) => [baseName(alias), stripEnds(baseName(group[0]))] as const)));

/** Quotes, brackets, separators and line breaks carry no identity. */
export function stripMarks(text: string): string {
  return text.replace(/[\s“”"'‘’「」『』《》〈〉（）()【】[\]·•・,，、：:；;。！!？?—–-]/g, "");
}

/** Applies the term rewrites (规模以上 → 规上) to any text, names and sentences alike. */
export function rewriteTerms(text: string): string {
  return TERM_REWRITES.reduce((out, { canonical, pattern }) => out.replace(pattern, canonical), text);
}

/** The part of an indicator name that identifies it, in canonical terms. May be "" when nothing is left. */
export function normaliseName(raw: string): string {
  // Synonyms are looked up before and after the fillers go: 新增就业 is an alias, the 就业 left of 实现就业 is not.
  const name = baseName(raw);
  const stripped = stripEnds(name);
  return NAME_CANONICAL.get(name) ?? NAME_CANONICAL.get(stripped) ?? stripped;
}

function baseName(raw: string): string {
  const name = stripMarks(raw).replace(NUMBER, "");
  // "中国机械科学研究总院等研发机构": the examples before 等 are not the indicator, the category after it is.
  const lastEtc = name.lastIndexOf("等");
  return rewriteTerms(lastEtc >= 0 ? name.slice(lastEtc + 1) : name);
}

function stripEnds(name: string): string {
  let out = name;
  for (let changed = true; changed; ) {
    changed = false;
    const lead = LEADING.find((word) => out.startsWith(word) && out.length - word.length >= 2);
    if (lead) {
      out = out.slice(lead.length);
      changed = true;
    }
    const trail = TRAILING.find((word) => out.endsWith(word) && out.length - word.length >= 2);
    if (trail) {
      out = out.slice(0, out.length - trail.length);
      changed = true;
    }
  }
  return out;
}

/** A name that says too little on its own (项目, 高校): the matcher qualifies it with its sentence's topic. */
export function isGenericName(name: string): boolean {
  return name.length < 2 || GENERIC_HEADS.has(name);
}

export type NameComparison = { score: number; unsupported: string[] };

/** A target's name: where the words read after its number (the qualifier) begin. */
export type TargetName = { name: string; qualifierAt: number };

/**
 * Where a word only one side names may be found: a result's modifier near the target (its clause,
 * topic, headings); a target's modifier near the result; the words after a target's number anywhere
 * in the result's sentence (城市更新…*改造*试点项目 against a sentence listing 改造).
 */
export type NameContexts = { targetNear: string; outcomeNear: string; outcomeSentence: string };

// Weights per character. Shared words carry the match; a word only one side has weighs against
// it, heavily unless the other side's context supports it. A plan's own modifier may be dropped
// by the result ("城市老旧功能片区更新改造试点项目" reported as "城市更新试点示范项目"), so it weighs
// lightly; a result's extra modifier may mean a subset (重大科技项目 is not 重大项目) and must be
// supported by the target's context (轨道交通通车里程 in a sentence on 轨道交通网).
const SHARED = 2;
const SHARED_GENERIC = 1;
const SUPPORTED = 0.5;
const TARGET_MODIFIER = 0.5;
const UNSUPPORTED = 3;

/**
 * Scores a target's name against a result's in [0, 1]. Only shared runs of two or more characters
 * count, and not when all they share is a generic head (企业, 项目). The target's qualifier (the
 * words after its number, "入选新一轮“双一流”建设名单") must be found around the result.
 */
export function compareNames(target: TargetName, outcome: string, contexts: NameContexts): NameComparison {
  const { name } = target;
  if (!name || !outcome) return { score: 0, unsupported: [] };
  if (name === outcome) return { score: 1, unsupported: [] };
  const { inA, inB } = commonBlocks(name, outcome);
  let shared = 0;
  let sharedSpecific = 0;
  for (const block of runs(name, inA, true)) {
    const generic = GENERIC_HEADS.has(block.text);
    shared += block.text.length * (generic ? SHARED_GENERIC : SHARED);
    if (!generic) sharedSpecific += block.text.length;
  }
  if (sharedSpecific === 0) return { score: 0, unsupported: [] };

  const targetRuns = runs(name, inA, false);
  const outcomeRuns = runs(outcome, inB, false);
  // 项目 added to 高速公路 is neutral; 项目 in place of 实事 (重点民生项目 for 重点民生实事) is another thing.
  const substituted = targetRuns.some((run) => !isNeutral(run.text, false)) && outcomeRuns.some((run) => !isNeutral(run.text, false));
  // The plan's modifiers are forgiven only while the result still carries as much of the name as they add.
  const modifierLength = targetRuns.reduce((sum, run) => sum + modifierOf(run, target.qualifierAt).replace(SCOPE_PATTERN, "").length, 0);
  const lenient = modifierLength <= sharedSpecific;

  let against = 0;
  const unsupported: string[] = [];
  const weigh = (text: string, context: string, forgiven: boolean) => {
    if (isNeutral(text, !substituted)) return;
    if (forgiven) {
      against += text.length * TARGET_MODIFIER;
    } else if (isSupported(text, context)) {
      against += text.length * SUPPORTED;
    } else {
      against += text.length * UNSUPPORTED;
      unsupported.push(text);
    }
  };
  for (const run of targetRuns) {
    // A run straddling the qualifier is split: the modifier part may be forgiven, the qualifier part may not.
    const modifier = modifierOf(run, target.qualifierAt);
    const qualifier = run.text.slice(modifier.length);
    if (modifier) weigh(modifier, contexts.outcomeNear, lenient);
    if (qualifier) weigh(qualifier, contexts.outcomeSentence, false);
  }
  for (const run of outcomeRuns) weigh(run.text, contexts.targetNear, false);
  return { score: shared / (shared + against), unsupported };
}

function isNeutral(text: string, genericIsNeutral: boolean): boolean {
  if (text.length < 2 || SCOPE_WORDS.has(text) || (genericIsNeutral && GENERIC_HEADS.has(text))) return true;
  // A run made only of scope words and stray characters.
  return [...SCOPE_WORDS].some((word) => text.includes(word)) && text.replace(SCOPE_PATTERN, "").length < 2;
}

function modifierOf(run: { text: string; at: number }, qualifierAt: number): string {
  return run.text.slice(0, Math.max(0, qualifierAt - run.at));
}

/** Most of the run's character pairs appear in the context. */
function isSupported(run: string, context: string): boolean {
  if (context.includes(run)) return true;
  const pairs = bigrams(run);
  const found = pairs.filter((pair) => context.includes(pair)).length;
  return found * 2 >= pairs.length + 1;
}

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/** The longest common subsequence, keeping only runs of two or more characters contiguous in both names. */
function commonBlocks(a: string, b: string): { inA: boolean[]; inB: boolean[] } {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  const inA = new Array<boolean>(a.length).fill(false);
  const inB = new Array<boolean>(b.length).fill(false);
  for (let k = 0; k < pairs.length; ) {
    let end = k + 1;
    while (end < pairs.length && pairs[end][0] === pairs[end - 1][0] + 1 && pairs[end][1] === pairs[end - 1][1] + 1) end++;
    if (end - k >= 2) {
      for (let m = k; m < end; m++) {
        inA[pairs[m][0]] = true;
        inB[pairs[m][1]] = true;
      }
    }
    k = end;
  }
  return { inA, inB };
}

/** Maximal runs of characters that are (shared = true) or are not in the common blocks. */
function runs(text: string, matched: boolean[], shared: boolean): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  for (let i = 0; i < text.length; ) {
    if (matched[i] !== shared) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && matched[end] === shared) end++;
    out.push({ text: text.slice(i, end), at: i });
    i = end;
  }
  return out;
}
