import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LinkDecisions, VerdictDecisions } from "@/components/editor/decisions";
import { PageHeader } from "@/components/page-header";
import { PassageText } from "@/components/passage-text";
import { VerdictChip } from "@/components/verdict-chip";
import { requirePageRole } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { findReviewQueue, REVIEW_REASONS, type ReviewReason } from "@/lib/review/queue";
import { formatQuantity, formatTargetValue } from "@/lib/scorecard/format";

export const metadata: Metadata = { title: "Review" };

const QUEUE_LIMIT = 100;

type Props = { searchParams: Promise<{ reason?: string }> };

function parseReason(raw: string | undefined): ReviewReason | undefined {
  return REVIEW_REASONS.find((reason) => reason === raw);
}

// Editors and admins only: a viewer is sent back to the overview.
export default async function ReviewPage({ searchParams }: Props) {
  await requirePageRole("editor");
  const reason = parseReason((await searchParams).reason);
  const queue = await findReviewQueue(getDb(), { reason, limit: QUEUE_LIMIT });
  const t = await getTranslations("review");
  const tv = await getTranslations("verdict");
  const locale = await getLocale();
  const format = await getFormatter();
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 0 });
  const labels = { target: t("targetSentence"), outcome: t("resultSentence") };
  const filterClass = (active: boolean) =>
    `rounded-full px-3 py-1 text-sm ring-1 ring-inset ${active ? "bg-sky-700 text-white ring-sky-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`;

  return (
    <article className="space-y-6">
      <PageHeader crumbs={[{ href: "/", label: "Yardstick" }]} title={t("title")}>
        <p className="text-sm text-slate-700">{t("subtitle", { total: queue.total })}</p>
        <nav className="flex flex-wrap gap-2" aria-label={t("title")}>
          <Link href="/review" className={filterClass(!reason)} aria-current={!reason ? "page" : undefined}>{t("all")}</Link>
          {REVIEW_REASONS.map((value) => (
            <Link key={value} href={`/review?reason=${value}`} className={filterClass(reason === value)} aria-current={reason === value ? "page" : undefined}>
              {t(`reasons.${value}`)} <span className="tabular-nums">{queue.counts[value]}</span>
            </Link>
          ))}
        </nav>
      </PageHeader>

      {queue.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <ol className="space-y-4">
          {queue.items.map((item) => {
            const ref = { targetId: item.targetId, version: item.version };
            return (
              <li key={item.targetId} data-testid="review-item" data-target-id={item.targetId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/targets/${item.targetId}`} className="font-semibold text-sky-800 underline underline-offset-2">{item.indicator}</Link>
                  <span className="text-sm text-slate-600">{item.year} · {formatTargetValue(item.operator, item.value, item.unit, locale)}</span>
                  <VerdictChip verdict={item.verdict} label={tv(item.verdict)} />
                  {item.reasons.map((value) => (
                    <span key={value} className="rounded bg-amber-50 px-1.5 text-xs text-amber-900 ring-1 ring-amber-300">{t(`reasons.${value}`)}</span>
                  ))}
                </div>
                <p className="text-xs text-slate-600">{item.verdictWhy}</p>
                <blockquote className="rounded border-l-4 border-sky-600 bg-slate-50 p-2 leading-7" data-testid="review-target-sentence">
                  {item.sentence ? <PassageText passage={item.sentence} labels={labels} /> : "—"}
                </blockquote>
                {item.results.map((result) => (
                  <div key={result.outcomeId} className="space-y-2 border-l-4 border-amber-500 pl-3" data-testid="review-result" data-outcome-id={result.outcomeId}>
                    <p className="text-xs text-slate-600">
                      <span className="font-medium tabular-nums text-slate-900">{formatQuantity(result.value, result.unit, locale)}</span>{" · "}
                      {result.linked ? t("linked", { confidence: percent(result.confidence) }) : t("suggested", { score: percent(result.confidence) })}
                    </p>
                    <blockquote className="leading-7">{result.sentence ? <PassageText passage={result.sentence} labels={labels} /> : "—"}</blockquote>
                    <LinkDecisions target={ref} outcomeId={result.outcomeId} linked={result.linked} confirmed={false} />
                  </div>
                ))}
                <details>
                  <summary className="cursor-pointer text-sm text-sky-800">{tv(item.verdict)} → …</summary>
                  <div className="mt-2"><VerdictDecisions target={ref} verdict={item.verdict} /></div>
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}
