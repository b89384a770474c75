import type { ExtractedOutcome, ExtractedReport, ExtractedTarget, Measure, Operator } from "@/lib/extract/types";
import type { PolicyAreaName } from "@/lib/policy-areas";
import { judge, unitFactor, type JudgeOutcome } from "@/lib/verdict/judge";
import { SAME_RESULT_TOLERANCE, type Verdict } from "@/lib/verdict/methodology";
import { deriveImpliedTarget, type ImpliedTarget } from "./implied-targets";
import { LINK_MARGIN, LINK_THRESHOLD, nameOutcome, nameTarget, scorePair, type NamedSpan } from "./pairing";

// Links every target of a year to the results that answer it and judges each one. The targets are
// those of reports planning the year (planYear), the results those of every report reviewing it
// (reviewYear), across documents: the caller passes the reports of one jurisdiction. Everything in
// and out is plain data; targets and results are identified by (documentId, start, end).

export type ReportInput = {
  /** A file path or database id: echoed back in every reference. */
  documentId: string;
  /** The decoded document text the report's offsets point into. */
  text: string;
  report: ExtractedReport;
};

export type SpanRef = { documentId: string; start: number; end: number; quote: string };

export type LinkedTarget = SpanRef & {
  indicator: string;
  area: PolicyAreaName;
  measure: Measure;
  operator: Operator;
  value: number | null;
  unit: string | null;
  headline: boolean;
  /** Inferred from a result's own statement of its target; the span is that statement. */
  implied: boolean;
};

export type LinkedOutcome = SpanRef & {
  indicator: string;
  measure: Measure;
  value: number | null;
  unit: string | null;
  preliminary: boolean;
  /** Extracted as, or corroborated by another report as, a stock or multi-year total. */
  cumulative: boolean;
  /** How well the result's name answers the target's, in [0, 1]. */
  score: number;
};

export type TargetLink = {
  target: LinkedTarget;
  outcomes: LinkedOutcome[];
  verdict: Verdict;
  confidence: number;
  why: string;
  /** The linked reports give different numbers: an editor should pick. */
  conflict: boolean;
  preliminary: boolean;
};

export type YearLinks = {
  year: number;
  /** Whether any report on the year's results was among the inputs (otherwise every verdict is pending). */
  reviewAvailable: boolean;
  links: TargetLink[];
};

type Candidate = { input: ReportInput; outcome: ExtractedOutcome; named: NamedSpan };
type Plan = { input: ReportInput; target: ExtractedTarget; named: NamedSpan; implied: ImpliedTarget | null };

/** Links and judges every target of `year`, explicit and implied, against every result for `year`. */
export function linkYear(inputs: readonly ReportInput[], year: number): YearLinks {
  const reviews = inputs.filter((input) => input.report.reviewYear === year);
  const candidates: Candidate[] = reviews.flatMap((input) =>
    input.report.outcomes.map((outcome) => ({ input, outcome, named: nameOutcome(input.text, input.report, outcome) })),
  );
  const explicit: Plan[] = inputs
    .filter((input) => input.report.planYear === year)
    .flatMap((input) => input.report.targets.map((target) => ({ input, target, named: nameTarget(input.text, input.report, target), implied: null })));
  const { implied, corroborations } = collectImpliedTargets(candidates, explicit);
  const reviewAvailable = reviews.length > 0;
  const links = [...explicit, ...implied].map((plan) => linkTarget(plan, candidates, reviewAvailable, corroborations.get(plan) ?? null));
  return { year, reviewAvailable, links };
}

function linkTarget(plan: Plan, candidates: readonly Candidate[], reviewAvailable: boolean, corroboration: string | null): TargetLink {
  const scored = candidates
    .map((candidate) => ({ candidate, ...scorePair(plan.named, candidate.named) }))
    // The result an implied target was read from answers it by construction.
    .map((entry) => (plan.implied && entry.candidate.outcome === plan.implied.source ? { ...entry, score: 1 } : entry))
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  const linked = keepCommensurable(
    plan.target,
    scored.filter((entry) => entry.score >= LINK_THRESHOLD && entry.score >= best - LINK_MARGIN),
  );
  const outcomes = corroborateStocks(linked.map(({ candidate, score }) => toLinkedOutcome(candidate, score)));
  const judgement = judge(plan.target, outcomes.map(toJudgeOutcome), { reviewAvailable });

  // With results: as sure as the weakest name match we relied on. Without: less sure the closer a rejected one came.
  const nameConfidence = outcomes.length > 0 ? Math.min(...outcomes.map((outcome) => outcome.score)) : 1 - 0.5 * (scored[0]?.score ?? 0);
  const notes = [plan.implied ? `implied by “${plan.implied.raw}”` : null, corroboration].filter((note): note is string => note !== null);
  return {
    target: toLinkedTarget(plan),
    outcomes,
    verdict: judgement.verdict,
    confidence: Math.round(judgement.confidence * nameConfidence * 100) / 100,
    why: [...notes, judgement.why].join("; "),
    conflict: judgement.conflict,
    preliminary: judgement.preliminary,
  };
}

/**
 * A growth rate never answers a level (8.3% is not 27894亿元): when some of the well-named results
 * are in the target's unit, only those are evidence. When none is, they all stay so that the
 * verdict says the result measures something else (needs_review) rather than not_reported.
 */
function keepCommensurable<Entry extends { candidate: Candidate }>(target: ExtractedTarget, entries: Entry[]): Entry[] {
  if (target.value === null) return entries;
  const commensurable = entries.filter((entry) => unitFactor(entry.candidate.outcome.unit, target.unit) !== null);
  return commensurable.length > 0 ? commensurable : entries;
}

/**
 * Implied targets, one per indicator and value even when several reports state it. One the year's
 * plan already sets explicitly is not repeated: it corroborates the explicit target instead.
 */
function collectImpliedTargets(candidates: readonly Candidate[], explicit: readonly Plan[]) {
  const implied: Plan[] = [];
  const corroborations = new Map<Plan, string>();
  for (const { input, outcome, named } of candidates) {
    const target = deriveImpliedTarget(input.text, outcome);
    if (!target) continue;
    const plan: Plan = { input, target, named, implied: target };
    const statement = `${input.documentId} states the target as “${target.raw}”`;
    // The plan's own wording may classify the measure differently ("办好15件" as new, "15件…完成" as
    // a level): the same unit and number under a matching name is the same target.
    const twin = explicit.find(
      (other) =>
        (other.target.measure === target.measure || (other.target.unit === target.unit && sameValue(other.target.value, target.value))) &&
        scorePair(other.named, named).score >= LINK_THRESHOLD,
    );
    if (twin) {
      corroborations.set(twin, statement);
      continue;
    }
    const duplicate = implied.some(
      (other) => other.named.name === named.name && other.target.measure === target.measure && sameValue(other.target.value, target.value),
    );
    if (!duplicate) implied.push(plan);
  }
  return { implied, corroborations };
}

// Two reports giving the same number for the same result report one fact: if either calls it a
// running total (累计建成5G基站7.3万个), so is the other (建成5G基站7.3万个).
function corroborateStocks(outcomes: LinkedOutcome[]): LinkedOutcome[] {
  return outcomes.map((outcome) =>
    outcome.cumulative || !outcomes.some((other) => other.cumulative && other.unit === outcome.unit && sameValue(other.value, outcome.value))
      ? outcome
      : { ...outcome, cumulative: true },
  );
}

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= SAME_RESULT_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
}

function toLinkedTarget({ input, target, implied }: Plan): LinkedTarget {
  return {
    documentId: input.documentId,
    start: target.start,
    end: target.end,
    quote: target.quote,
    indicator: target.indicator,
    area: target.area,
    measure: target.measure,
    operator: target.operator,
    value: target.value,
    unit: target.unit,
    headline: target.headline,
    implied: implied !== null,
  };
}

function toLinkedOutcome({ input, outcome }: Candidate, score: number): LinkedOutcome {
  return {
    documentId: input.documentId,
    start: outcome.start,
    end: outcome.end,
    quote: outcome.quote,
    indicator: outcome.indicator,
    measure: outcome.measure,
    value: outcome.value,
    unit: outcome.unit,
    preliminary: outcome.preliminary,
    cumulative: outcome.cumulative,
    score: Math.round(score * 100) / 100,
  };
}

function toJudgeOutcome(outcome: LinkedOutcome): JudgeOutcome {
  return {
    indicator: outcome.indicator,
    measure: outcome.measure,
    value: outcome.value,
    unit: outcome.unit,
    quote: outcome.quote,
    preliminary: outcome.preliminary,
    cumulative: outcome.cumulative,
  };
}
