import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/export-links";
import { PageHeader } from "@/components/page-header";
import { ScorecardView } from "@/components/scorecard-view";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { areaLabel, areaNameIn } from "@/lib/i18n/locales";
import { selectJurisdiction } from "@/lib/jurisdictions/queries";
import { parseScorecardView, scorecardHref, type SearchParams } from "@/lib/scorecard/filters";
import { findPolicyArea, parseYear } from "@/lib/scorecard/params";
import { getAreaScorecard } from "@/lib/scorecard/year";

type Props = { params: Promise<{ year: string; area: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, area } = await params;
  const t = await getTranslations("scorecard");
  return { title: t("areaTitle", { year, area: areaLabel(area, await getLocale()) }) };
}

export default async function AreaPage({ params, searchParams }: Props) {
  await requireUser();
  const { year: rawYear, area: code } = await params;
  const year = parseYear(rawYear);
  const area = findPolicyArea(code);
  if (year === null || !area) notFound();
  const view = parseScorecardView(await searchParams);
  const db = getDb();
  const choice = await selectJurisdiction(db, view.jurisdiction);
  if (choice === "unknown" || !choice.selected) notFound();
  const jurisdiction = choice.selected;
  const scorecard = await getAreaScorecard(db, { jurisdiction, year, areaCode: area.code, filters: view.filters, page: view.page });
  if (!scorecard) notFound();
  const t = await getTranslations("scorecard");
  const name = areaNameIn(area, await getLocale());
  return (
    <article className="space-y-6">
      <PageHeader
        crumbs={[
          { href: scorecardHref("/", jurisdiction.code), label: t("overview") },
          { href: scorecardHref(`/years/${year}`, jurisdiction.code), label: t("yearTitle", { year }) },
        ]}
        title={t("areaTitle", { year, area: name })}
      >
        <ExportLinks year={year} jurisdiction={jurisdiction.code} filters={{ ...view.filters, area: area.code }} />
      </PageHeader>
      <ScorecardView scorecard={scorecard} filters={view.filters} path={`/years/${year}/${area.code}`} />
    </article>
  );
}
