import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CorpusPage } from "@/lib/scorecard/overview";
import { rowsOf } from "@/components/pager";

/** One page of a jurisdiction's documents and what each holds: which reports, for which years, how many items. */
export async function CorpusTable({ corpus }: { corpus: CorpusPage }) {
  const t = await getTranslations("corpus");
  const tk = await getTranslations("kind");
  const { documents } = corpus;
  if (documents.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t("empty")}</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm">
        <caption className="px-3 py-2 text-left text-sm font-medium text-slate-700">
          {t("caption")}
          {corpus.total > documents.length && <span className="ml-2 font-normal text-slate-600">{t("shown", { ...rowsOf(corpus.page, corpus.pageSize, documents.length), total: corpus.total })}</span>}
        </caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">{t("document")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("jurisdiction")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("holds")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {documents.map((document) => (
            <tr key={document.id} data-testid="document-row" className="align-top">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <Link href={`/documents/${document.id}`} className="font-mono text-xs text-sky-800 underline underline-offset-2">
                  {document.fileName}
                </Link>
                {document.source && <div className="mt-0.5 max-w-md text-xs text-slate-600">{document.source}</div>}
              </th>
              <td className="whitespace-nowrap px-3 py-2">{document.jurisdiction}</td>
              <td className="px-3 py-2">
                <ul className="space-y-0.5">
                  {document.reports.map((report, index) => (
                    <li key={index}>
                      <span className="font-medium">{tk(report.kind)}</span>
                      {" · "}
                      {[
                        report.reviewYear !== null && t("reviews", { year: report.reviewYear }),
                        report.planYear !== null && t("plans", { year: report.planYear }),
                      ]
                        .filter(Boolean)
                        .join("，")}
                      {" · "}
                      <span className="text-slate-600">{t("items", { targets: report.targets, outcomes: report.outcomes })}</span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
