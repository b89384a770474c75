import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerdictChip } from "@/components/verdict-chip";
import { requireUser } from "@/lib/auth/session";
import { describeMethodology } from "@/lib/verdict/methodology";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("methodology");
  return { title: t("title") };
}

type Row = { key: string; cells: React.ReactNode[] };

const TD = "px-3 py-2 align-top";

/** One rules table: the first cell of each row names the rule (a row header), the others explain it. */
function RuleTable({ id, title, columns, rows }: { id: string; title: string; columns: string[]; rows: Row[] }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">{title}</h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-left text-slate-600">
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-medium">{column}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className={`${TD} text-left font-normal`}>{row.cells[0]}</th>
                {row.cells.slice(1).map((cell, index) => (
                  <td key={index} className={TD}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Code({ name, code }: { name: string; code: string }) {
  return (
    <>
      {name} <code className="text-xs text-slate-500">{code}</code>
    </>
  );
}

/** One term of a definition list, run in with its definition. */
function Entry({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="inline font-medium">{term}：</dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}

/** The rules' own wording is English, as in the code; marked so screen readers read it as English. */
function English({ children }: { children: React.ReactNode }) {
  return <span lang="en">{children}</span>;
}

// Everything below comes from describeMethodology(), the same module the verdicts are computed
// with, so the page cannot drift from the rules. The rules' own wording is English, as in the code.
export default async function MethodologyPage() {
  await requireUser();
  const t = await getTranslations("methodology");
  const tv = await getTranslations("verdict");
  const to = await getTranslations("operator");
  const tm = await getTranslations("measure");
  const method = describeMethodology();
  return (
    <article className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("version", { version: method.version })}</p>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </header>

      <RuleTable
        id="verdicts-heading"
        title={t("verdicts")}
        columns={[t("verdict"), t("meaning")]}
        rows={method.verdicts.map((row) => ({
          key: row.verdict,
          cells: [<VerdictChip key="chip" verdict={row.verdict} label={tv(row.verdict)} />, <English key="meaning">{row.meaning}</English>],
        }))}
      />
      <RuleTable
        id="operators-heading"
        title={t("operators")}
        columns={[t("operator"), t("words"), t("meaning")]}
        rows={method.operators.map((row) => ({
          key: row.operator,
          cells: [<Code key="name" name={to(row.operator)} code={row.operator} />, row.words.join("、"), <English key="meaning">{row.meaning}</English>],
        }))}
      />
      <RuleTable
        id="measures-heading"
        title={t("measures")}
        columns={[t("measure"), t("words"), t("meaning")]}
        rows={method.measures.map((row) => ({
          key: row.measure,
          cells: [<Code key="name" name={tm(row.measure)} code={row.measure} />, row.words.join("、"), <English key="meaning">{row.meaning}</English>],
        }))}
      />

      <section aria-labelledby="qualifiers-heading" className="space-y-2">
        <h2 id="qualifiers-heading" className="text-lg font-semibold">{t("qualifiers")}</h2>
        <dl className="space-y-1 text-sm">
          <Entry term={t("preliminary")}>{method.qualifiers.preliminary.join("、")}</Entry>
          <Entry term={t("cumulative")}>{method.qualifiers.cumulative.join("、")}</Entry>
          <Entry term={t("scopes")}>{method.scopes.map((scope) => `${scope.whole} ⊃ ${scope.parts.join("、")}`).join("；")}</Entry>
        </dl>
      </section>

      <section aria-labelledby="polarity-heading" className="space-y-2">
        <h2 id="polarity-heading" className="text-lg font-semibold">{t("polarity")}</h2>
        <dl className="space-y-1 text-sm">
          <Entry term={t("higherIsBetter")}>{method.polarity.higherIsBetter.join("、")}</Entry>
          <Entry term={t("lowerIsBetter")}>{method.polarity.lowerIsBetter.join("、")}</Entry>
          <Entry term={t("polarityDefault")}><code>{method.polarity.default}</code></Entry>
          <Entry term={t("decrease")}><English>{method.polarity.decreaseTargets}</English></Entry>
        </dl>
      </section>

      <section aria-labelledby="tolerance-heading" className="space-y-2">
        <h2 id="tolerance-heading" className="text-lg font-semibold">{t("tolerance")}</h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>{t("toleranceApprox", { share: method.tolerance.approx * 100 })}</li>
          <li>{t("toleranceStock", { factor: method.tolerance.stockScaleFactor })}</li>
          <li>{t("toleranceSame", { share: method.tolerance.sameResult * 100 })}</li>
        </ul>
      </section>

      <RuleTable
        id="areas-heading"
        title={t("areas")}
        columns={[t("areaZh"), t("areaEn"), t("areaCode")]}
        rows={method.areas.map((area) => ({
          key: area.code,
          cells: [area.nameZh, <English key="name">{area.nameEn}</English>, <code key="code" className="text-xs">{area.code}</code>],
        }))}
      />

      <section aria-labelledby="share-heading" className="space-y-2">
        <h2 id="share-heading" className="text-lg font-semibold">{t("shareHeading")}</h2>
        <p className="text-sm text-slate-800">{t("shareMet")}</p>
      </section>
    </article>
  );
}
