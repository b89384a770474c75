import { mapToOriginal, normaliseText, type NormalisedText } from "@/lib/ingest/normalise";
import { splitReports, type Section, type SplitReport } from "@/lib/ingest/split-reports";
import { extractOutcomes, type OutcomeDraft } from "./outcomes";
import { extractTargets, type TargetDraft } from "./targets";
import type { ExtractedOutcome, ExtractedReport, ExtractedSection, ExtractedTarget, QuotedSpan } from "./types";

// The extraction pipeline: decoded text → normalised text → reports → targets (plan part) and
// outcomes (review part). Every offset leaves this module mapped back to the original text.

/** Extracts every report, with its targets and outcomes, from a decoded document. */
export function extractDocument(original: string): ExtractedReport[] {
  const normalised = normaliseText(original);
  return splitReports(normalised.text).map((report) => extractReport(original, normalised, report));
}

function extractReport(original: string, normalised: NormalisedText, report: SplitReport): ExtractedReport {
  const text = normalised.text;
  const targets = report.plan ? extractTargets(text, report.plan, report.sections) : [];
  const outcomes = report.review ? extractOutcomes(text, report.review, report.sections) : [];
  markHeadlineOutcomes(outcomes, targets);

  const quoted = (start: number, end: number): QuotedSpan => {
    const span = mapToOriginal(normalised, start, end);
    return { ...span, quote: original.slice(span.start, span.end) };
  };
  const span = (part: { start: number; end: number } | null) => (part ? mapToOriginal(normalised, part.start, part.end) : null);

  return {
    kind: report.kind,
    title: report.title,
    deliveredOn: report.deliveredOn,
    reviewYear: report.reviewYear,
    planYear: report.planYear,
    ...mapToOriginal(normalised, report.start, report.end),
    review: span(report.review),
    plan: span(report.plan),
    sections: report.sections.map((section) => mapSection(normalised, section)),
    targets: targets.map((target): ExtractedTarget => ({ ...target, ...quoted(target.start, target.end) })),
    outcomes: outcomes.map((outcome): ExtractedOutcome => ({
      ...outcome,
      ...quoted(outcome.start, outcome.end),
      statedTarget: outcome.statedTarget ? { ...outcome.statedTarget, ...quoted(outcome.statedTarget.start, outcome.statedTarget.end) } : null,
    })),
  };
}

function mapSection(normalised: NormalisedText, section: Section): ExtractedSection {
  return {
    level: section.level,
    marker: section.marker,
    heading: section.heading,
    ...mapToOriginal(normalised, section.start, section.end),
    children: section.children.map((child) => mapSection(normalised, child)),
  };
}

// A result is a headline result when its indicator is one of the report's own headline targets
// ("城镇居民人均可支配收入" answers "全体居民人均可支配收入").
function markHeadlineOutcomes(outcomes: OutcomeDraft[], targets: TargetDraft[]): void {
  const cores = targets.filter((t) => t.headline).map((t) => coreOf(t.indicator)).filter((core) => core.length >= 2);
  for (const outcome of outcomes) {
    const core = coreOf(outcome.indicator);
    outcome.headline = core.length >= 2 && cores.some((target) => core.includes(target) || target.includes(core));
  }
}

function coreOf(indicator: string): string {
  return indicator.replace(/^(?:全市|全体|城镇|农村|城乡|规上|规模以上)/, "").replace(/(?:涨幅|增速|总值|总额)$/, "");
}
