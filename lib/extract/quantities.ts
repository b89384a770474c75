import units from "./lexicons/units.json";
import verbs from "./lexicons/verbs.json";
import { findEnclosingQuote } from "./text-spans";

// Finds written quantities (number, magnitude, unit, trailing qualifier) and says which of them are
// not quantities at all but names, ordinals, years, codes or attributes.

export type NotAQuantity = "ordinal" | "code" | "year" | "time" | "name" | "attribute" | "quoted" | "no-unit" | "descriptor";

export type Quantity = {
  /** Start of the number. */
  start: number;
  /** End of number + magnitude + unit. */
  end: number;
  /** End including a trailing qualifier such as 以上 or 左右. */
  rawEnd: number;
  value: number;
  unit: string;
  /** 以上 / 左右 / 以内 … written right after the quantity, or 余/多 inside it. */
  after: string | null;
  isRange: boolean;
  excluded: NotAQuantity | null;
};

const NUMBER = /\d+(?:\.\d+)?/g;
const RANGE = /^[—\-~～](\d+(?:\.\d+)?)/;
const CJK = /[\u4e00-\u9fff]/;
const AFTER_QUALIFIERS = ["左右", "以上", "以内", "以下", "上下"];
const INNER_QUALIFIERS = ["余", "多"];
const UNITLESS_FOLLOWER = /^(?:[，。；、）]|$)/;
// Counts written as a quoted label such as “4桥2隧” are quantities, unlike quoted names.
const QUOTED_COUNTS = /^(?:\d+[\u4e00-\u9fff])+$/;
const LIST_CONJUNCTION = /[和及与并]/;

type UnitMatch = { text: string; kind: "unit" | "time" | "attribute" };

const UNIT_CANDIDATES: UnitMatch[] = [
  ...units.units.map((text) => ({ text, kind: "unit" as const })),
  ...units.timeUnits.map((text) => ({ text, kind: "time" as const })),
  ...units.attributeUnits.map((text) => ({ text, kind: "attribute" as const })),
].sort((a, b) => b.text.length - a.text.length);

const MAGNITUDES = Object.entries(units.magnitudes).sort((a, b) => b[0].length - a[0].length);

const NUMERALS = units.chineseNumerals;
const NUMERAL_DIGITS = NUMERALS.digits as Record<string, number>;
// After 十 a one is written out ("十一"); on its own 一 is never read (see units.json).
const ONES: Record<string, number> = { 一: 1, ...NUMERAL_DIGITS };
const DIGIT_CLASS = `[${Object.keys(NUMERAL_DIGITS).join("")}]`;
// 两次, 三个, 十二项, 二十家: counts from 2 to 99.
const CHINESE_COUNT = new RegExp(`(?:${DIGIT_CLASS}?十[${Object.keys(ONES).join("")}]?|${DIGIT_CLASS})(?=${NUMERALS.countUnits.join("|")})`, "g");
// Only a verb that states an amount can govern a count in words ("召开两次…会议"); "落实三个…方案" only names.
const COUNTING_VERBS = [...verbs.new, ...verbs.level, ...verbs.growth].sort((a, b) => b.length - a.length);

/** Every number in text[from, to) read as a quantity, with the reason when it is not one. */
export function findQuantities(text: string, from = 0, to = text.length): Quantity[] {
  const found: Quantity[] = [];
  NUMBER.lastIndex = from;
  for (let match = NUMBER.exec(text); match && match.index < to; match = NUMBER.exec(text)) {
    const previous = text[match.index - 1] ?? "";
    if (/[\d.]/.test(previous)) continue;
    const quantity = readQuantity(text, match.index, match[0]);
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, quantity.isRange ? quantity.end : match.index + match[0].length);
    found.push(quantity);
  }
  found.push(...findChineseCounts(text, from, to));
  found.sort((a, b) => a.start - b.start);
  markDescriptors(text, found);
  return found;
}

/** Counts written in Chinese numerals right after a verb of novelty or reaching ("召开两次川渝党政联席会议"). */
function findChineseCounts(text: string, from = 0, to = text.length): Quantity[] {
  const found: Quantity[] = [];
  const window = text.slice(from, to);
  for (const match of window.matchAll(CHINESE_COUNT)) {
    const start = from + (match.index ?? 0);
    const numeralEnd = start + match[0].length;
    const unit = NUMERALS.countUnits.find((word) => text.startsWith(word, numeralEnd)) ?? "";
    if (NUMERALS.notAfter.some((word) => text.startsWith(word, numeralEnd))) continue;
    if (!COUNTING_VERBS.some((verb) => text.slice(Math.max(0, start - verb.length), start) === verb)) continue;
    if (findEnclosingQuote(text, start) || isParenthetical(text, start)) continue;
    const end = numeralEnd + unit.length;
    const mapped = (units.unitNouns as Record<string, string>)[unit] ?? unit;
    found.push({ start, end, rawEnd: end, value: readChineseNumeral(match[0]), unit: mapped, after: null, isRange: false, excluded: null });
  }
  return found;
}

// "（含…四个科目之和）": a parenthesis explains what a figure covers; it reports nothing itself.
function isParenthetical(text: string, position: number): boolean {
  const open = text.lastIndexOf("（", position);
  return open >= 0 && text.lastIndexOf("）", position) < open && !/[。\n]/.test(text.slice(open, position));
}

function readChineseNumeral(numeral: string): number {
  const ten = numeral.indexOf("十");
  if (ten < 0) return NUMERAL_DIGITS[numeral];
  const tens = ten === 0 ? 1 : NUMERAL_DIGITS[numeral[0]];
  const ones = ONES[numeral[ten + 1]] ?? 0;
  return tens * 10 + ones;
}

function readQuantity(text: string, start: number, digits: string): Quantity {
  let cursor = start + digits.length;
  let isRange = false;
  const range = text.slice(cursor, cursor + 12).match(RANGE);
  if (range) {
    isRange = true;
    cursor += range[0].length;
  }
  let multiplier = 1;
  let magnitude = "";
  for (const [word, factor] of MAGNITUDES) {
    if (text.startsWith(word, cursor)) {
      magnitude = word;
      multiplier = factor;
      cursor += word.length;
      break;
    }
  }
  let after: string | null = null;
  const inner = INNER_QUALIFIERS.find((word) => text.startsWith(word, cursor));
  if (inner) {
    after = inner;
    cursor += inner.length;
  }
  const unit = UNIT_CANDIDATES.find((candidate) => text.startsWith(candidate.text, cursor)) ?? null;
  const unitEnd = cursor + (unit?.text.length ?? 0);
  const trailing = AFTER_QUALIFIERS.find((word) => text.startsWith(word, unitEnd));
  if (trailing) after = trailing;
  const rawEnd = unitEnd + (trailing?.length ?? 0);

  const { value, unitName } = normaliseValue(Number(digits), multiplier, magnitude, unit?.kind === "unit" ? unit.text : "");
  const quantity: Quantity = { start, end: unitEnd, rawEnd, value, unit: unitName, after, isRange, excluded: null };
  quantity.excluded = classifyNonQuantity(text, quantity, digits, magnitude, unit);
  return quantity;
}

function normaliseValue(number: number, multiplier: number, magnitude: string, unit: string): { value: number; unitName: string } {
  const tidy = (x: number) => Number(x.toPrecision(12));
  const mapped = (units.unitNouns as Record<string, string>)[unit] ?? unit;
  if (units.moneyUnits.includes(unit) && magnitude.includes("亿")) {
    return { value: tidy((number * multiplier) / 1e8), unitName: `亿${unit}` };
  }
  return { value: tidy(number * multiplier), unitName: mapped };
}

function classifyNonQuantity(text: string, q: Quantity, digits: string, magnitude: string, unit: UnitMatch | null): NotAQuantity | null {
  const before = text[q.start - 1] ?? "";
  const next = text[q.end] ?? "";
  if (before === "第") return "ordinal";
  if (/[A-Za-z]/.test(before)) return "code";
  if (/[A-Za-z]/.test(text[q.start + digits.length] ?? "") && !(unit?.text === "G")) return "code";
  if (unit?.text === "G" && !/^(?:[，。；、）]|$)/.test(next)) return "name";
  if (unit?.kind === "time") return "time";
  if (/^(?:19|20)\d\d$/.test(digits) && !magnitude && !unit) return "year";
  const afterNumber = text.slice(q.start + digits.length + magnitude.length);
  if (units.nameSuffixes.some((suffix) => afterNumber.startsWith(suffix)) || (unit && units.nameSuffixes.some((s) => text.startsWith(s, q.end)))) return "name";
  if (unit?.kind === "attribute" && CJK.test(next)) return "attribute";
  // "开工年产138万吨功能性新材料产业链": a plant's capacity describes the project, it is no amount of work.
  if (units.capacityLeads.some((lead) => text.slice(Math.max(0, q.start - lead.length), q.start) === lead)) return "attribute";
  const quote = findEnclosingQuote(text, q.start);
  if (quote && !QUOTED_COUNTS.test(text.slice(quote.start, quote.end))) return "quoted";
  if (!unit) {
    // "11.44万贫困人口" counts people; "3400万重庆人民" only describes the population.
    if (magnitude && units.populationNouns.some((noun) => text.slice(q.end, q.end + 6).includes(noun))) return "descriptor";
    if (!magnitude && (!CJK.test(before) || !UNITLESS_FOLLOWER.test(text.slice(q.end)))) return "no-unit";
  }
  if (unit?.kind === "attribute") return "attribute";
  return null;
}

// "15个高新区引进重大科技产业项目474个": a count that only names the set the next number is about
// (15 parks) is not a quantity of its own. A conjunction in between makes it a list instead.
function markDescriptors(text: string, quantities: Quantity[]): void {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const current = quantities[i];
    if (current.excluded || !current.unit || current.after) continue;
    const between = text.slice(current.end, quantities[i + 1].start);
    if (between.length === 0 || !/^[\u4e00-\u9fff“”（）]+$/.test(between) || LIST_CONJUNCTION.test(between)) continue;
    if (quantities[i + 1].excluded) continue;
    current.excluded = "descriptor";
  }
}
