import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CorpusTable } from "@/components/corpus-table";
import { JurisdictionSelect } from "@/components/jurisdiction-select";
import { OverviewGrid } from "@/components/overview-grid";
import { Pager } from "@/components/pager";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { selectJurisdiction } from "@/lib/jurisdictions/queries";
import { NO_FILTERS, parseScorecardView, scorecardHref, type SearchParams } from "@/lib/scorecard/filters";
import { getOverview } from "@/lib/scorecard/overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview");
  return { title: t("title") };
}

// `page` pages the corpus table; the grid always shows every year of the jurisdiction.
export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireUser();
  const view = parseScorecardView(await searchParams);
  const db = getDb();
  const choice = await selectJurisdiction(db, view.jurisdiction);
  if (choice === "unknown") notFound();
  const t = await getTranslations("overview");
  const code = choice.selected?.code ?? null;
  const overview = await getOverview(db, choice.selected?.id ?? null, view.page);
  const { corpus } = overview;
  return (
    <div className="space-y-10">
      <section aria-labelledby="overview-heading" className="space-y-3">
        <h1 id="overview-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        <JurisdictionSelect choice={choice} action="/" />
        {overview.years.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t("empty")}</p>
        ) : (
          <OverviewGrid years={overview.years} jurisdiction={code} />
        )}
      </section>
      <section aria-labelledby="corpus-heading" className="space-y-3">
        <h2 id="corpus-heading" className="text-xl font-semibold">
          {t("corpusTitle")}
        </h2>
        <CorpusTable corpus={corpus} />
        <Pager page={corpus.page} pageSize={corpus.pageSize} total={corpus.total} hrefOf={(page) => scorecardHref("/", code, NO_FILTERS, page)} />
      </section>
    </div>
  );
}
