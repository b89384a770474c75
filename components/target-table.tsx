import { getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/i18n/locales";
import { formatResultValues, formatTargetValue } from "@/lib/scorecard/format";
import type { Sentence } from "@/lib/scorecard/passages";
import { spanKey, type ScorecardTarget } from "@/lib/scorecard/year";
import { PassageText } from "@/components/passage-text";
import { VerdictChip } from "@/components/verdict-chip";

const CELL = "px-3 py-2 align-top";

function Flag({ children }: { children: React.ReactNode }) {
  return <span className="mr-1 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 ring-1 ring-inset ring-slate-300">{children}</span>;
}

/**
 * The targets of a scorecard. With `sentences` (the area page) each target is followed by the
 * sentence that set it and the sentences that report its result.
 */
export async function TargetTable({
  targets,
  caption,
  showArea,
  sentences,
}: {
  targets: ScorecardTarget[];
  caption: string;
  showArea: boolean;
  sentences?: Record<string, Sentence>;
}) {
  const t = await getTranslations("table");
  const tv = await getTranslations("verdict");
  const locale = await getLocale();
  const markLabels = { target: t("targetSentence"), outcome: t("resultSentence") };
  const columns = showArea ? 6 : 5;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="px-3 py-2 text-left text-sm font-medium text-slate-700">{caption}</caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">{t("indicator")}</th>
            {showArea && <th scope="col" className="px-3 py-2 font-medium">{t("area")}</th>}
            <th scope="col" className="px-3 py-2 text-right font-medium">{t("target")}</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">{t("result")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("verdict")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("notes")}</th>
          </tr>
        </thead>
        {targets.map((target) => {
          const sentence = sentences?.[spanKey(target.span)];
          return (
            <tbody key={target.id} className="border-b border-slate-100" data-testid="target-row">
              <tr>
                <th scope="row" className={`${CELL} text-left font-normal`}>
                  {/* A plain anchor: a next/link per row cost ~3.4 ms of rendering a 100-row page (bench/README.md, "Scale"). */}
                  <a href={`/targets/${target.id}`} className="font-medium text-sky-800 underline-offset-2 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600">
                    {target.indicator}
                  </a>
                </th>
                {showArea && <td className={CELL}>{areaLabel(target.areaCode, locale)}</td>}
                <td className={`${CELL} whitespace-nowrap text-right tabular-nums`}>{formatTargetValue(target.operator, target.value, target.unit, locale)}</td>
                <td className={`${CELL} whitespace-nowrap text-right tabular-nums`}>
                  {formatResultValues(target, locale)}
                  {target.results.some((result) => result.preliminary) && (
                    <span className="ml-1 text-xs text-amber-800" title={t("preliminaryHint")}>
                      {t("preliminary")}
                    </span>
                  )}
                </td>
                <td className={CELL}>
                  <VerdictChip verdict={target.verdict} label={tv(target.verdict)} />
                </td>
                <td className={CELL}>
                  {target.headline && <Flag>{t("headline")}</Flag>}
                  {target.implied && <Flag>{t("implied")}</Flag>}
                  {target.conflict && <Flag>{t("conflict")}</Flag>}
                </td>
              </tr>
              {sentences && (
                <tr>
                  <td colSpan={columns} className="px-3 pb-3 pt-0">
                    <dl className="space-y-1 border-l-2 border-slate-200 pl-3 text-sm leading-relaxed text-slate-800">
                      <div>
                        <dt className="inline font-medium text-slate-600">{t("targetSentence")}：</dt>
                        <dd className="inline" data-testid="target-sentence">
                          {sentence ? <PassageText passage={sentence} labels={markLabels} /> : target.quote}
                        </dd>
                      </div>
                      {target.results.length === 0 && (
                        <div>
                          <dt className="inline font-medium text-slate-600">{t("resultSentence")}：</dt>
                          <dd className="inline text-slate-600">{t("noResult")}</dd>
                        </div>
                      )}
                      {target.results.map((result) => {
                        const resultSentence = sentences[spanKey(result.span)];
                        return (
                          <div key={result.id}>
                            <dt className="inline font-medium text-slate-600">{t("resultSentence")}：</dt>
                            <dd className="inline" data-testid="result-sentence">
                              {resultSentence ? <PassageText passage={resultSentence} labels={markLabels} /> : result.quote}
                            </dd>
                          </div>
                        );
                      })}
                    </dl>
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
