import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { areaNameIn } from "@/lib/i18n/locales";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { scorecardHref } from "@/lib/scorecard/filters";
import type { OverviewCell, OverviewYear } from "@/lib/scorecard/overview";

/** Background by share met, in one hue so lightness alone carries it; the cell also prints the numbers. */
function shadeOf(share: number | null): string {
  if (share === null) return "bg-slate-50";
  if (share >= 0.75) return "bg-emerald-300";
  if (share >= 0.5) return "bg-emerald-200";
  if (share >= 0.25) return "bg-emerald-100";
  return "bg-emerald-50";
}

const SHARE_LEGEND: ReadonlyArray<{ share: number | null; label: string }> = [
  { share: null, label: "—" },
  { share: 0, label: "0–25%" },
  { share: 0.25, label: "25–50%" },
  { share: 0.5, label: "50–75%" },
  { share: 0.75, label: "75–100%" },
];

async function Cell({ cell, href }: { cell: OverviewCell; href: string }) {
  const t = await getTranslations("overview");
  if (cell.total === 0) {
    return (
      <td className="px-2 py-2 text-center text-slate-500">
        <span aria-hidden="true">·</span>
        <span className="sr-only">{t("noTargets")}</span>
      </td>
    );
  }
  const judged = cell.total - cell.counts.pending;
  return (
    <td className={`p-0 text-center ${shadeOf(cell.shareMet)}`}>
      <Link href={href} className="block px-2 py-1.5 text-slate-900 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-sky-700">
        <span className="block text-base font-semibold tabular-nums">{cell.shareMet === null ? "—" : `${Math.round(cell.shareMet * 100)}%`}</span>
        <span className="block text-xs tabular-nums text-slate-700">
          {judged > 0 ? t("cellMet", { met: cell.counts.met, judged }) : t("cellPending", { pending: cell.counts.pending })}
        </span>
      </Link>
    </td>
  );
}

/** Policy areas down, years across: share met per cell, and per year the coverage and what is not known. */
export async function OverviewGrid({ years, jurisdiction }: { years: OverviewYear[]; jurisdiction: string | null }) {
  const t = await getTranslations("overview");
  const locale = await getLocale();
  const footer: Array<{ label: string; value: (year: OverviewYear) => string }> = [
    { label: t("targets"), value: (year) => String(year.total) },
    { label: t("coverage"), value: (year) => (year.total ? `${year.withResult} / ${year.total}` : "—") },
    { label: t("pending"), value: (year) => String(year.pending) },
    { label: t("notReported"), value: (year) => String(year.notReported) },
  ];
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full border-collapse text-sm" data-testid="overview-grid">
          <caption className="px-3 py-2 text-left text-sm font-medium text-slate-700">{t("gridCaption")}</caption>
          <thead className="border-y border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">{t("area")}</th>
              {years.map((year) => (
                <th key={year.year} scope="col" className="px-2 py-2 text-center font-medium">
                  <Link href={scorecardHref(`/years/${year.year}`, jurisdiction)} className="text-sky-800 underline underline-offset-2 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600">
                    {year.year}
                  </Link>
                  {!year.resultsInCorpus && <span className="block text-xs font-normal text-slate-500">{t("noResultsYet")}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-white">
            {POLICY_AREAS.map((area) => (
              <tr key={area.code} className="divide-x divide-white">
                <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-normal">{areaNameIn(area, locale)}</th>
                {years.map((year) => (
                  <Cell key={year.year} cell={year.cells[area.code]} href={scorecardHref(`/years/${year.year}/${area.code}`, jurisdiction)} />
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-200 bg-slate-50 text-slate-700">
            {footer.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="px-3 py-1.5 text-left font-medium">{row.label}</th>
                {years.map((year) => (
                  <td key={year.year} className="px-2 py-1.5 text-center tabular-nums">{row.value(year)}</td>
                ))}
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-xs text-slate-700">
        <span>{t("legend")}</span>
        {SHARE_LEGEND.map((entry) => (
          <span key={entry.label} className="flex items-center gap-1">
            <span className={`inline-block size-4 rounded-sm ring-1 ring-slate-300 ${shadeOf(entry.share)}`} aria-hidden="true" />
            {entry.share === null ? t("legendNone") : entry.label}
          </span>
        ))}
      </div>
    </div>
  );
}
