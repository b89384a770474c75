import type { ExtractedOutcome, ExtractedReport, ExtractedTarget } from "@/lib/extract/types";
import { readContext, verbsAgree, type SpanContext } from "./context";
import { compareNames, isGenericName, normaliseName, stripMarks, type TargetName } from "./names";

// How well one result answers one target, from their names read in context. Measures and units are
// not looked at here: a result that names the same indicator in another measure is still the
// evidence an editor needs, and the methodology (lib/verdict) says what it can and cannot prove.

/** A result scoring at least this is linked to the target… */
export const LINK_THRESHOLD = 0.6;
/** …unless it trails the best result by more than this: a near-exact name outranks a loose one. */
export const LINK_MARGIN = 0.35;

export type NamedSpan = TargetName & {
  /** The indicator name as compared (normalised, completed by the words after it or by its topic); qualifierAt marks where those words begin. */
  context: SpanContext;
};

export type PairScore = { score: number; why: string };

export function nameTarget(text: string, report: ExtractedReport, target: Pick<ExtractedTarget, "indicator" | "start" | "end" | "quote">): NamedSpan {
  const context = readContext(text, target.start, target.end, report.sections);
  // The words after the number finish the name when the name closes the quote ("1—2所高校" + "入选…名单").
  const closesQuote = flatten(target.quote).endsWith(flatten(target.indicator));
  const base = qualify(normaliseName(target.indicator), context);
  const qualifier = closesQuote ? stripMarks(context.qualifier) : "";
  return { name: `${base}${qualifier}`, qualifierAt: base.length, context };
}

export function nameOutcome(text: string, report: ExtractedReport, outcome: Pick<ExtractedOutcome, "indicator" | "start" | "end">): NamedSpan {
  const context = readContext(text, outcome.start, outcome.end, report.sections);
  const name = qualify(normaliseName(outcome.indicator), context);
  return { name, qualifierAt: name.length, context };
}

export function scorePair(target: NamedSpan, outcome: NamedSpan): PairScore {
  if (!verbsAgree(target.context.verb, outcome.context.verb)) {
    return { score: 0, why: `${outcome.context.verb ?? "no"} verb against ${target.context.verb ?? "no"} verb` };
  }
  const { score, unsupported } = compareNames(target, outcome.name, {
    targetNear: target.context.near,
    outcomeNear: outcome.context.near,
    outcomeSentence: outcome.context.support,
  });
  const detail = unsupported.length ? `, unsupported: ${unsupported.join("/")}` : "";
  return { score, why: `“${target.name}” ~ “${outcome.name}” ${score.toFixed(2)}${detail}` };
}

// 项目 or 企业 alone names nothing: "高速公路网，…建成…367公里项目" is about 高速公路.
function qualify(name: string, context: SpanContext): string {
  return isGenericName(name) && context.topic ? normaliseName(`${context.topic}${name}`) : name;
}

function flatten(text: string): string {
  return text.replace(/\s+/g, "");
}
