import { getLocale, getTranslations } from "next-intl/server";
import { CorrectionForm } from "@/components/editor/correction-form";
import { LinkDecisions, VerdictDecisions } from "@/components/editor/decisions";
import { Field } from "@/components/editor/field";
import { loadItemOptions } from "@/components/editor/item-options";
import { getDb } from "@/lib/db";
import { formatQuantity } from "@/lib/scorecard/format";
import type { HistoryEntry, TargetDetail, TargetResult } from "@/lib/scorecard/target";
import { searchOutcomesForTarget } from "@/lib/targets/queries";
import { replaceOutcomeWithFinalAction, revertChangeAction, updateOutcomeAction, updateTargetAction } from "./actions";

// Editors' controls on a target's page. The page renders these only when canEdit() says so; every
// action checks the role again on the server.

const valueText = (value: number | null) => (value === null ? "" : String(value));

/** Edit the target, decide its verdict, and find a result to relink it to. */
export async function TargetEditor({ target, query }: { target: TargetDetail; query: string }) {
  const t = await getTranslations("editor");
  const options = await loadItemOptions();
  const locale = await getLocale();
  const ref = { targetId: target.id, version: target.version };
  const candidates = query ? await searchOutcomesForTarget(getDb(), target.id, query) : [];
  return (
    <section aria-labelledby="editor-heading" className="space-y-4 rounded-lg border border-violet-200 bg-violet-50/40 p-4" data-testid="target-editor">
      <h2 id="editor-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-sky-800">{t("editTarget")}</summary>
        <div className="mt-2">
          <CorrectionForm action={updateTargetAction} hidden={ref} submitLabel={t("save")} reasonLabel={t("reason")} testId="edit-target-form">
            <Field label={t("indicator")} name="indicator" defaultValue={target.indicator} />
            <Field label={t("value")} name="value" defaultValue={valueText(target.value)} />
            <Field label={t("unit")} name="unit" defaultValue={target.unit} />
            <Field label={t("operator")} name="operator" defaultValue={target.operator} options={options.operators} />
            <Field label={t("measure")} name="measure" defaultValue={target.measure} options={options.measures} />
            <Field label={t("area")} name="area" defaultValue={target.areaCode} options={options.areas} />
            <Field label={t("headline")} name="headline" defaultValue={String(target.headline)} options={options.yesNo} />
          </CorrectionForm>
        </div>
      </details>
      <VerdictDecisions target={ref} verdict={target.verdict} />
      <div className="space-y-2">
        <form className="flex flex-wrap items-end gap-2" role="search">
          <label className="text-sm">
            {t("search", { year: target.year })}
            <input name="q" defaultValue={query || target.indicator} className="mt-1 block rounded-md border border-slate-300 px-2 py-1 text-sm" />
          </label>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-100">{t("searchButton")}</button>
        </form>
        {query && candidates.length === 0 && <p className="text-sm text-slate-600">{t("searchNone", { year: target.year, query })}</p>}
        <ul className="space-y-2">
          {candidates.map((candidate) => (
            <li key={candidate.id} className="space-y-1 rounded border border-slate-200 bg-white p-2 text-sm" data-testid="relink-candidate">
              <p>
                <span className="font-medium tabular-nums">{formatQuantity(candidate.value, candidate.unit, locale)}</span> · {candidate.quote}{" "}
                <span className="font-mono text-xs text-slate-500">{candidate.fileName}</span>
                {candidate.linked && <span className="ml-1 text-xs text-emerald-800">({t("alreadyLinked")})</span>}
              </p>
              {!candidate.linked && <LinkDecisions target={ref} outcomeId={candidate.id} linked={false} confirmed={false} />}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** Confirm or unlink a result, correct its fields, or replace a preliminary figure with the final one. */
export async function ResultEditor({ target, result }: { target: TargetDetail; result: TargetResult }) {
  const t = await getTranslations("editor");
  const options = await loadItemOptions();
  const outcome = { outcomeId: result.id, version: result.version };
  return (
    <div className="space-y-2 rounded border border-violet-200 bg-violet-50/40 p-3" data-testid="result-editor">
      <LinkDecisions target={{ targetId: target.id, version: target.version }} outcomeId={result.id} linked confirmed={result.origin === "editor"} />
      <details>
        <summary className="cursor-pointer text-sm text-sky-800">{t("editResult")}</summary>
        <div className="mt-2">
          <CorrectionForm action={updateOutcomeAction} hidden={outcome} submitLabel={t("save")} reasonLabel={t("reason")}>
            <Field label={t("indicator")} name="indicator" defaultValue={result.indicator} />
            <Field label={t("value")} name="value" defaultValue={valueText(result.value)} />
            <Field label={t("unit")} name="unit" defaultValue={result.unit} />
            <Field label={t("measure")} name="measure" defaultValue={result.measure} options={options.measures} />
            <Field label={t("area")} name="area" defaultValue={result.areaCode} options={options.areas} />
            <Field label={t("headline")} name="headline" defaultValue={String(result.headline)} options={options.yesNo} />
            <Field label={t("preliminary")} name="preliminary" defaultValue={String(result.preliminary)} options={options.yesNo} />
          </CorrectionForm>
        </div>
      </details>
      {result.preliminary && (
        <details>
          <summary className="cursor-pointer text-sm text-sky-800">{t("finalise")}</summary>
          <div className="mt-2">
            <CorrectionForm action={replaceOutcomeWithFinalAction} hidden={outcome} submitLabel={t("finalise")} reasonLabel={t("reason")} testId="finalise-form">
              <Field label={t("finalValue")} name="value" defaultValue={valueText(result.value)} />
              <Field label={t("sourceTitle")} name="sourceTitle" defaultValue="" />
              <Field label={t("sourceUrl")} name="sourceUrl" defaultValue="" type="url" />
              <Field label={t("sourceDocument")} name="sourceDocumentId" defaultValue="" />
              <Field label={t("sourceDate")} name="sourceDate" defaultValue="" type="date" />
            </CorrectionForm>
          </div>
        </details>
      )}
    </div>
  );
}

/** Undo a change and every later one to the same row; the version is that row's, as this page saw it. */
export async function RevertControl({ entry, target }: { entry: HistoryEntry; target: TargetDetail }) {
  if (entry.action.endsWith(".create")) return null;
  const version = entry.entityType === "Outcome" ? target.results.find((result) => String(result.id) === entry.entityId)?.version : target.version;
  if (version === undefined) return null;
  const t = await getTranslations("editor");
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs text-sky-800">{t("revert")}</summary>
      <CorrectionForm action={revertChangeAction} hidden={{ eventId: entry.id, version }} submitLabel={t("revert")} reasonLabel={t("reason")} testId="revert-form" />
    </details>
  );
}
