import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CorpusTable } from "@/components/corpus-table";
import { OverviewGrid } from "@/components/overview-grid";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getOverview } from "@/lib/scorecard/overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview");
  return { title: t("title") };
}

export default async function OverviewPage() {
  await requireUser();
  const t = await getTranslations("overview");
  const overview = await getOverview(getDb());
  return (
    <div className="space-y-10">
      <section aria-labelledby="overview-heading" className="space-y-3">
        <h1 id="overview-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        {overview.years.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t("empty")}</p>
        ) : (
          <OverviewGrid years={overview.years} />
        )}
      </section>
      <section aria-labelledby="corpus-heading" className="space-y-3">
        <h2 id="corpus-heading" className="text-xl font-semibold">
          {t("corpusTitle")}
        </h2>
        <CorpusTable documents={overview.corpus} />
      </section>
    </div>
  );
}
