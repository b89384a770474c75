import { getTranslations } from "next-intl/server";
import { VERDICT_DISPLAY_ORDER, type VerdictCounts } from "@/lib/scorecard/verdicts";
import { VerdictChip } from "@/components/verdict-chip";

/** Counts per verdict as chips, with the total and how many targets have a result. */
export async function VerdictSummary({ counts, total, withResult }: { counts: VerdictCounts; total: number; withResult: number }) {
  const t = await getTranslations();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="text-sm text-slate-700">
        {t("scorecard.totals", { total, withResult })}
      </p>
      <ul className="flex flex-wrap gap-2" aria-label={t("scorecard.countsLabel")}>
        {VERDICT_DISPLAY_ORDER.map((verdict) => (
          <li key={verdict}>
            <VerdictChip verdict={verdict} label={t(`verdict.${verdict}`)} count={counts[verdict]} />
          </li>
        ))}
      </ul>
    </div>
  );
}
