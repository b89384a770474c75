import { getLocale, getTranslations } from "next-intl/server";
import { toQueryString, type ScorecardFilters } from "@/lib/scorecard/filters";
import { METHODOLOGY_VERSION } from "@/lib/verdict/methodology";
import { PrintButton } from "@/components/print-button";

const BUTTON =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600";

/**
 * Downloads of the scorecard as shown (same jurisdiction, year, area and filters, in the reader's language), a
 * print button, and the stamp that only paper shows: which methodology and which moment's data.
 */
export async function ExportLinks({ year, jurisdiction, filters }: { year: number; jurisdiction: string; filters: ScorecardFilters }) {
  const t = await getTranslations("export");
  const locale = await getLocale();
  const href = (format: "csv" | "xlsx") => {
    const params = new URLSearchParams(toQueryString(filters));
    params.set("year", String(year));
    params.set("jurisdiction", jurisdiction);
    params.set("format", format);
    params.set("lang", locale);
    return `/api/v1/exports/scorecard?${params}`;
  };
  const snapshotAt = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return (
    <>
      <div className="flex flex-wrap items-center gap-2 print:hidden" data-testid="export-links">
        <span className="text-sm text-slate-600" title={t("hint")}>
          {t("label")}
        </span>
        <a href={href("csv")} download className={BUTTON}>
          {t("csv")}
        </a>
        <a href={href("xlsx")} download className={BUTTON}>
          {t("xlsx")}
        </a>
        <PrintButton label={t("print")} className={BUTTON} />
      </div>
      <p className="hidden text-xs text-slate-600 print:block" data-testid="print-stamp">
        {t("stamp", { version: METHODOLOGY_VERSION, snapshotAt })}
      </p>
    </>
  );
}
