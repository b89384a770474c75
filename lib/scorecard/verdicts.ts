import { VERDICTS, type Verdict } from "@/lib/verdict/methodology";

export type VerdictCounts = Record<Verdict, number>;

/** Display order: what was judged first, then what needs a person, then what is not known yet. */
export const VERDICT_DISPLAY_ORDER: readonly Verdict[] = ["met", "partly_met", "missed", "needs_review", "not_reported", "pending"];

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === "string" && (VERDICTS as readonly string[]).includes(value);
}

export function countNone(): VerdictCounts {
  return { met: 0, partly_met: 0, missed: 0, not_reported: 0, pending: 0, needs_review: 0 };
}

export function tallyVerdicts(verdicts: Iterable<Verdict>): VerdictCounts {
  const counts = countNone();
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}

export function totalOf(counts: VerdictCounts): number {
  return VERDICTS.reduce((sum, verdict) => sum + counts[verdict], 0);
}

/**
 * Met as a share of the targets whose year's results are in the corpus. Pending targets cannot be
 * judged yet, so they are left out rather than counted as failures; null when nothing is judgeable.
 */
export function shareMet(counts: VerdictCounts): number | null {
  const judgeable = totalOf(counts) - counts.pending;
  return judgeable > 0 ? counts.met / judgeable : null;
}
