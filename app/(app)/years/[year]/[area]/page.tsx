import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/export-links";
import { PageHeader } from "@/components/page-header";
import { ScorecardView } from "@/components/scorecard-view";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { areaNameIn } from "@/lib/i18n/locales";
import { parseScorecardFilters, type SearchParams } from "@/lib/scorecard/filters";
import { findPolicyArea, parseYear } from "@/lib/scorecard/params";
import { getAreaScorecard } from "@/lib/scorecard/year";

type Props = { params: Promise<{ year: string; area: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, area } = await params;
  const policyArea = findPolicyArea(area);
  const t = await getTranslations("scorecard");
  return { title: t("areaTitle", { year, area: policyArea ? areaNameIn(policyArea, await getLocale()) : area }) };
}

export default async function AreaPage({ params, searchParams }: Props) {
  await requireUser();
  const { year: rawYear, area: code } = await params;
  const year = parseYear(rawYear);
  const area = findPolicyArea(code);
  if (year === null || !area) notFound();
  const filters = parseScorecardFilters(await searchParams);
  const scorecard = await getAreaScorecard(getDb(), year, area.code, filters);
  if (!scorecard) notFound();
  const t = await getTranslations("scorecard");
  const name = areaNameIn(area, await getLocale());
  return (
    <article className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/", label: t("overview") }, { href: `/years/${year}`, label: t("yearTitle", { year }) }]}
        title={t("areaTitle", { year, area: name })}
      >
        <ExportLinks year={year} filters={{ ...filters, area: area.code }} />
      </PageHeader>
      <ScorecardView scorecard={scorecard} filters={filters} path={`/years/${year}/${area.code}`} />
    </article>
  );
}
