import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/i18n/locales";
import { scorecardHref, type ScorecardFilters as Filters } from "@/lib/scorecard/filters";
import { VERDICT_DISPLAY_ORDER } from "@/lib/scorecard/verdicts";
import type { AreaScorecard, SourceRef, YearScorecard } from "@/lib/scorecard/year";
import { VerdictBarChart } from "@/components/charts/browser-charts";
import { Pager, rowsOf } from "@/components/pager";
import { ScorecardFilters } from "@/components/scorecard-filters";
import { TargetTable } from "@/components/target-table";
import { VerdictChip } from "@/components/verdict-chip";
import { VerdictSummary } from "@/components/verdict-summary";

async function SourceList({ label, sources }: { label: string; sources: SourceRef[] }) {
  const t = await getTranslations("kind");
  if (sources.length === 0) return null;
  return (
    <p>
      {label}{" "}
      {sources.map((source, index) => (
        <span key={`${source.documentId}-${source.kind}`}>
          {index > 0 && "、"}
          <Link href={`/documents/${source.documentId}`} className="text-sky-800 underline underline-offset-2">
            {t(source.kind)}
          </Link>{" "}
          <span className="font-mono text-xs text-slate-500">{source.fileName}</span>
        </span>
      ))}
    </p>
  );
}

/**
 * The body shared by the year page and the area page: what the year's sources are, the verdict
 * counts (chart and table), the filters and one page of the targets. `scorecard` has `areaCode` on
 * an area page. Every link keeps the jurisdiction (`j`); the pager keeps the filters too.
 */
export async function ScorecardView({ scorecard, filters, path }: { scorecard: YearScorecard | AreaScorecard; filters: Filters; path: string }) {
  const t = await getTranslations("scorecard");
  const tv = await getTranslations("verdict");
  const locale = await getLocale();
  const area = "areaCode" in scorecard ? scorecard : null;
  const j = scorecard.jurisdiction.code;
  const shownAreas = scorecard.byArea.filter((row) => row.total > 0);
  const chartRows = shownAreas.map((row) => ({ label: areaLabel(row.areaCode, locale), code: row.areaCode, total: row.total, ...row.counts }));
  return (
    <div className="space-y-6">
      <div className="space-y-1 text-sm text-slate-700">
        <SourceList label={t("targetsFrom")} sources={scorecard.sources.targets} />
        <SourceList label={t("resultsFrom")} sources={scorecard.sources.results} />
      </div>
      {!scorecard.resultsInCorpus && (
        <p role="note" className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950">
          <strong className="font-semibold">{t("resultsNotYetIn")}</strong> {t("resultsNotYetInHint", { year: scorecard.year, next: scorecard.year + 1 })}
        </p>
      )}
      <VerdictSummary counts={scorecard.counts} total={scorecard.total} withResult={scorecard.withResult} />

      {scorecard.total === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("noTargets")}</p>
      ) : (
        <section aria-labelledby="by-area-heading" className="space-y-3">
          <h2 id="by-area-heading" className="text-lg font-semibold">
            {area ? t("byVerdict") : t("byArea")}
          </h2>
          <figure className="rounded-lg border border-slate-200 bg-white p-3">
            <figcaption className="sr-only">{t("chartCaption")}</figcaption>
            <VerdictBarChart rows={chartRows} verdicts={VERDICT_DISPLAY_ORDER.map((verdict) => ({ verdict, label: tv(verdict) }))} />
          </figure>
          {!area && (
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="min-w-full text-sm" data-testid="area-counts">
                <caption className="px-3 py-2 text-left text-sm font-medium text-slate-700">{t("areaTableCaption", { year: scorecard.year })}</caption>
                <thead className="border-y border-slate-200 bg-slate-50 text-left text-slate-600">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">{t("area")}</th>
                    {VERDICT_DISPLAY_ORDER.map((verdict) => (
                      <th key={verdict} scope="col" className="px-3 py-2 text-right font-medium">
                        <VerdictChip verdict={verdict} label={tv(verdict)} />
                      </th>
                    ))}
                    <th scope="col" className="px-3 py-2 text-right font-medium">{t("total")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {chartRows.map((row) => (
                    <tr key={row.code}>
                      <th scope="row" className="px-3 py-2 text-left font-normal">
                        <Link href={scorecardHref(`${path}/${row.code}`, j)} className="font-medium text-sky-800 underline-offset-2 hover:underline">
                          {row.label}
                        </Link>
                      </th>
                      {VERDICT_DISPLAY_ORDER.map((verdict) => (
                        <td key={verdict} className="px-3 py-2 text-right tabular-nums">
                          {row[verdict] || <span className="text-slate-500">0</span>}
                        </td>
                      ))}
                      <td className="px-3 py-2 text-right font-medium tabular-nums">{row.total}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      {scorecard.total > 0 && (
        <section aria-labelledby="targets-heading" className="space-y-3">
          <h2 id="targets-heading" className="text-lg font-semibold">
            {t("targets")}
          </h2>
          <ScorecardFilters filters={filters} action={path} jurisdiction={j} withArea={!area} />
          {scorecard.targets.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
              {t("noMatch")}{" "}
              <Link href={scorecardHref(path, j)} className="text-sky-800 underline underline-offset-2">
                {t("showAll")}
              </Link>
            </p>
          ) : (
            <TargetTable
              targets={scorecard.targets}
              caption={t("tableCaption", { ...rowsOf(scorecard.page, scorecard.pageSize, scorecard.targets.length), matching: scorecard.matching, total: scorecard.total })}
              showArea={!area}
              sentences={area?.sentences}
            />
          )}
          <Pager
            page={scorecard.page}
            pageSize={scorecard.pageSize}
            total={scorecard.matching}
            hrefOf={(page) => scorecardHref(path, j, filters, page)}
          />
        </section>
      )}
    </div>
  );
}
