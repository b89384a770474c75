import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/export-links";
import { PageHeader } from "@/components/page-header";
import { ScorecardView } from "@/components/scorecard-view";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { parseScorecardFilters, type SearchParams } from "@/lib/scorecard/filters";
import { parseYear } from "@/lib/scorecard/params";
import { getYearScorecard } from "@/lib/scorecard/year";

type Props = { params: Promise<{ year: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("scorecard");
  return { title: t("yearTitle", { year: (await params).year }) };
}

export default async function YearPage({ params, searchParams }: Props) {
  await requireUser();
  const year = parseYear((await params).year);
  if (year === null) notFound();
  const filters = parseScorecardFilters(await searchParams);
  const scorecard = await getYearScorecard(getDb(), year, filters);
  if (!scorecard) notFound();
  const t = await getTranslations("scorecard");
  return (
    <article className="space-y-6">
      <PageHeader crumbs={[{ href: "/", label: t("overview") }]} title={t("yearTitle", { year })}>
        <ExportLinks year={year} filters={filters} />
      </PageHeader>
      <ScorecardView scorecard={scorecard} filters={filters} path={`/years/${year}`} />
    </article>
  );
}
