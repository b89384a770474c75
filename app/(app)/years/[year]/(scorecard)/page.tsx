import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/export-links";
import { JurisdictionSelect } from "@/components/jurisdiction-select";
import { PageHeader } from "@/components/page-header";
import { ScorecardView } from "@/components/scorecard-view";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { selectJurisdiction } from "@/lib/jurisdictions/queries";
import { parseScorecardView, scorecardHref, type SearchParams } from "@/lib/scorecard/filters";
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
  const { jurisdiction: code, filters, page } = parseScorecardView(await searchParams);
  const db = getDb();
  const choice = await selectJurisdiction(db, code);
  if (choice === "unknown" || !choice.selected) notFound();
  const scorecard = await getYearScorecard(db, { jurisdiction: choice.selected, year, filters, page });
  if (!scorecard) notFound();
  const t = await getTranslations("scorecard");
  return (
    <article className="space-y-6">
      <PageHeader crumbs={[{ href: scorecardHref("/", choice.selected.code), label: t("overview") }]} title={t("yearTitle", { year })}>
        <JurisdictionSelect choice={choice} action={`/years/${year}`} />
        <ExportLinks year={year} jurisdiction={choice.selected.code} filters={filters} />
      </PageHeader>
      <ScorecardView scorecard={scorecard} filters={filters} path={`/years/${year}`} />
    </article>
  );
}
