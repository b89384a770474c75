import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { IndicatorChart } from "@/components/charts/browser-charts";
import { PageHeader } from "@/components/page-header";
import { PassageText } from "@/components/passage-text";
import { VerdictChip } from "@/components/verdict-chip";
import { canEdit } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { areaNameIn } from "@/lib/i18n/locales";
import { formatQuantity, formatTargetValue } from "@/lib/scorecard/format";
import { scorecardHref } from "@/lib/scorecard/filters";
import { findByRawId, findPolicyArea } from "@/lib/scorecard/params";
import { getTargetDetail, type DocumentRef, type TargetDetail } from "@/lib/scorecard/target";
import { ResultEditor, RevertControl, TargetEditor } from "./editor-panel";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[] }> };

function findTarget(params: Props["params"]): Promise<TargetDetail | null> {
  return params.then(({ id }) => findByRawId(id, (targetId) => getTargetDetail(getDb(), targetId)));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const target = await findTarget(params);
  return { title: target ? `${target.indicator} · ${target.year}` : undefined };
}

async function SourceLine({ document }: { document: DocumentRef }) {
  const t = await getTranslations("target");
  const tk = await getTranslations("kind");
  return (
    <p className="text-xs text-slate-600">
      {t("from")}{" "}
      <Link href={`/documents/${document.id}`} className="text-sky-800 underline underline-offset-2">
        {tk(document.reportKind)}
      </Link>{" "}
      <span className="font-mono">{document.fileName}</span>
    </p>
  );
}

export default async function TargetPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const target = await findTarget(params);
  if (!target) notFound();
  // Viewers get the page without a single edit control; the actions re-check the role regardless.
  const editing = canEdit(user);
  const { q } = await searchParams;
  const t = await getTranslations("target");
  const tv = await getTranslations("verdict");
  const to = await getTranslations("origin");
  const tm = await getTranslations("measure");
  const locale = await getLocale();
  const format = await getFormatter();
  const area = findPolicyArea(target.areaCode);
  const areaName = area ? areaNameIn(area, locale) : target.areaCode;
  const markLabels = { target: t("targetSentence"), outcome: t("resultSentence") };
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 0 });

  return (
    <article className="space-y-8">
      <PageHeader
        crumbs={[
          { href: scorecardHref("/", target.jurisdictionCode), label: t("overview") },
          { href: scorecardHref(`/years/${target.year}`, target.jurisdictionCode), label: String(target.year) },
          { href: scorecardHref(`/years/${target.year}/${target.areaCode}`, target.jurisdictionCode), label: areaName },
        ]}
        title={target.indicator}
      >
        <p className="text-sm text-slate-700">{t("subtitle", { year: target.year, area: areaName, measure: tm(target.measure) })}</p>
      </PageHeader>

      <section aria-labelledby="verdict-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="verdict-heading" className="text-lg font-semibold">{t("verdictHeading")}</h2>
        <div className="flex flex-wrap items-center gap-3">
          <VerdictChip verdict={target.verdict} label={tv(target.verdict)} />
          <span className="text-sm text-slate-800" data-testid="verdict-why">{target.verdictWhy || "—"}</span>
        </div>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">{t("targetValue")}</dt>
          <dd className="tabular-nums">{formatTargetValue(target.operator, target.value, target.unit, locale)} <span className="text-slate-600">（{target.raw.replace(/\n/g, "")}）</span></dd>
          <dt className="text-slate-600">{t("confidence")}</dt>
          <dd className="tabular-nums">{percent(target.confidence)}</dd>
          <dt className="text-slate-600">{t("verdictOrigin")}</dt>
          <dd>{to(target.verdictOrigin)}</dd>
          <dt className="text-slate-600">{t("extractedBy")}</dt>
          <dd>{to(target.origin)}</dd>
          {(target.headline || target.implied || target.conflict) && (
            <>
              <dt className="text-slate-600">{t("notes")}</dt>
              <dd className="space-y-0.5">
                {target.headline && <p>{t("headline")}</p>}
                {target.implied && <p>{t("implied")}</p>}
                {target.conflict && <p className="text-amber-900">{t("conflict")}</p>}
              </dd>
            </>
          )}
        </dl>
      </section>

      {editing && <TargetEditor target={target} query={typeof q === "string" ? q.trim() : ""} />}

      <section aria-labelledby="target-sentence-heading" className="space-y-2">
        <h2 id="target-sentence-heading" className="text-lg font-semibold">{target.implied ? t("impliedSentence") : t("targetSentence")}</h2>
        <blockquote className="rounded-lg border-l-4 border-sky-600 bg-white p-4 leading-8 text-slate-900" data-testid="target-paragraph">
          <PassageText passage={target.paragraph} labels={markLabels} />
        </blockquote>
        <SourceLine document={target.document} />
      </section>

      <section aria-labelledby="results-heading" className="space-y-3">
        <h2 id="results-heading" className="text-lg font-semibold">{t("resultsHeading")}</h2>
        {target.results.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
            {target.verdict === "pending" ? t("noResultPending", { year: target.year }) : t("noResult")}
          </p>
        ) : (
          <ul className="space-y-4">
            {target.results.map((result) => (
              <li key={result.id} className="space-y-2">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium tabular-nums">{formatQuantity(result.value, result.unit, locale)}</span>
                  {result.preliminary && <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-900 ring-1 ring-amber-300">{t("preliminary")}</span>}
                  <VerdictChip verdict={result.verdict} label={tv(result.verdict)} />
                  <span className="text-slate-700">{result.why}</span>
                  <span className="text-xs text-slate-500">
                    {t("linkMeta", { confidence: percent(result.confidence), origin: to(result.origin) })}
                  </span>
                </p>
                <blockquote className="rounded-lg border-l-4 border-amber-500 bg-white p-4 leading-8 text-slate-900" data-testid="result-paragraph">
                  <PassageText passage={result.paragraph} labels={markLabels} />
                </blockquote>
                <SourceLine document={result.document} />
                {editing && <ResultEditor target={target} result={result} />}
              </li>
            ))}
          </ul>
        )}
      </section>

      {target.series && (
        <section aria-labelledby="series-heading" className="space-y-3">
          <h2 id="series-heading" className="text-lg font-semibold">{t("seriesHeading")}</h2>
          <figure className="rounded-lg border border-slate-200 bg-white p-3">
            <figcaption className="mb-2 text-sm text-slate-700">{t("seriesCaption", { indicator: target.indicator, unit: target.unit || "—" })}</figcaption>
            <IndicatorChart
              points={target.series.map((point) => ({ year: String(point.year), target: point.target, actual: point.actual }))}
              unit={target.unit}
              labels={{ target: t("seriesTarget"), actual: t("seriesActual") }}
            />
          </figure>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-sm">
              <caption className="sr-only">{t("seriesCaption", { indicator: target.indicator, unit: target.unit || "—" })}</caption>
              <thead className="bg-slate-50 text-left text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">{t("year")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("seriesTarget")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">{t("seriesActual")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {target.series.map((point) => (
                  <tr key={point.year} aria-current={point.year === target.year ? "true" : undefined} className={point.year === target.year ? "bg-sky-50" : undefined}>
                    <th scope="row" className="px-3 py-1.5 text-left font-normal">{point.year}</th>
                    <td className="px-3 py-1.5 text-right tabular-nums">
                      {formatQuantity(point.target, target.unit, locale)}
                      {point.targetImplied && <span className="ml-1 text-xs text-slate-600">{t("impliedShort")}</span>}
                    </td>
                    <td className="px-3 py-1.5 text-right tabular-nums">
                      {formatQuantity(point.actual, target.unit, locale)}
                      {point.actualPreliminary && <span className="ml-1 text-xs text-amber-800">{t("preliminary")}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">{t("historyHeading")}</h2>
        {target.history.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700" data-testid="history-empty">
            {t("historyEmpty")}
          </p>
        ) : (
          <ol className="space-y-3">
            {target.history.map((entry) => (
              <li key={entry.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <p>
                  <time dateTime={entry.at}>{format.dateTime(new Date(entry.at), { dateStyle: "medium", timeStyle: "short" })}</time>
                  {" · "}
                  <span className="font-medium">{entry.actor ?? t("system")}</span>
                  {" · "}
                  <span className="font-mono text-xs">{entry.action}</span>
                </p>
                {entry.reason && <p className="mt-1 text-slate-800">{t("reason", { reason: entry.reason })}</p>}
                {entry.changes.length > 0 && (
                  <ul className="mt-1 space-y-0.5 text-slate-700">
                    {entry.changes.map((change) => (
                      <li key={change.field}>
                        <span className="font-mono text-xs">{change.field}</span>: {change.before} → {change.after}
                      </li>
                    ))}
                  </ul>
                )}
                {editing && <RevertControl entry={entry} target={target} />}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
