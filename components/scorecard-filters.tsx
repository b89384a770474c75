import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { areaNameIn } from "@/lib/i18n/locales";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { hasActiveFilters, scorecardHref, type ScorecardFilters as Filters } from "@/lib/scorecard/filters";
import { VERDICT_DISPLAY_ORDER } from "@/lib/scorecard/verdicts";

const COLUMN = "flex flex-col gap-1 text-xs font-medium text-slate-700";
const FIELD = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/30";

/**
 * A plain GET form: every filter lands in the URL (shareable, back-button friendly) and the page
 * filters on the server, so it works before and without client JavaScript. Submitting starts again
 * at the first page, in the same jurisdiction.
 */
export async function ScorecardFilters({ filters, action, jurisdiction, withArea }: { filters: Filters; action: string; jurisdiction: string; withArea: boolean }) {
  const t = await getTranslations("filters");
  const tv = await getTranslations("verdict");
  const locale = await getLocale();
  return (
    <form method="get" action={action} role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <input type="hidden" name="j" value={jurisdiction} />
      {withArea && (
        <div className={COLUMN}>
          <label htmlFor="filter-area">{t("area")}</label>
          <select id="filter-area" name="area" defaultValue={filters.area ?? ""} className={FIELD}>
            <option value="">{t("allAreas")}</option>
            {POLICY_AREAS.map((area) => (
              <option key={area.code} value={area.code}>
                {areaNameIn(area, locale)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className={COLUMN}>
        <label htmlFor="filter-verdict">{t("verdict")}</label>
        <select id="filter-verdict" name="verdict" defaultValue={filters.verdict ?? ""} className={FIELD}>
          <option value="">{t("allVerdicts")}</option>
          {VERDICT_DISPLAY_ORDER.map((verdict) => (
            <option key={verdict} value={verdict}>
              {tv(verdict)}
            </option>
          ))}
        </select>
      </div>
      <div className={COLUMN}>
        <label htmlFor="filter-q">{t("search")}</label>
        <input id="filter-q" type="search" name="q" defaultValue={filters.q} placeholder={t("searchPlaceholder")} className={`${FIELD} w-56`} />
      </div>
      <label className="flex items-center gap-2 py-1.5 text-sm text-slate-800">
        <input type="checkbox" name="headline" value="1" defaultChecked={filters.headline} className="size-4 accent-sky-700" />
        {t("headline")}
      </label>
      <label className="flex items-center gap-2 py-1.5 text-sm text-slate-800">
        <input type="checkbox" name="conflict" value="1" defaultChecked={filters.conflict} className="size-4 accent-sky-700" />
        {t("conflict")}
      </label>
      <button type="submit" className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-offset-2">
        {t("apply")}
      </button>
      {hasActiveFilters(filters) && (
        <Link href={scorecardHref(action, jurisdiction)} className="py-1.5 text-sm text-sky-800 underline underline-offset-2">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
