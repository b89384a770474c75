import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { PassageText } from "@/components/passage-text";
import { SelectionCreator } from "@/components/editor/selection-creator";
import { canEdit } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { loadItemOptions } from "@/components/editor/item-options";
import { getDb } from "@/lib/db";
import { getDocumentDetail, type DocumentDetail } from "@/lib/scorecard/document";
import { findByRawId } from "@/lib/scorecard/params";
import { createOutcomeFromSelectionAction, createTargetFromSelectionAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

function findDocument(params: Props["params"]): Promise<DocumentDetail | null> {
  return params.then(({ id }) => findByRawId(id, (documentId) => getDocumentDetail(getDb(), documentId)));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await findDocument(params))?.fileName };
}

/** For editors the text is selectable into new targets and results; viewers read it as it is. */
async function EditableText({ document, editing, children }: { document: DocumentDetail; editing: boolean; children: React.ReactNode }) {
  if (!editing) return children;
  const t = await getTranslations("editor");
  const labels = {
    select: t("select"), kind: t("kind"), createTarget: t("createTarget"), createResult: t("createResult"), reason: t("reason"),
    indicator: t("indicator"), value: t("value"), unit: t("unit"), operator: t("operator"), measure: t("measure"), area: t("area"),
    headline: t("headline"), preliminary: t("preliminary"),
    // Filled in by the browser, which has no message catalog.
    selected: t.raw("selected") as string,
  };
  const options = await loadItemOptions();
  return (
    <SelectionCreator documentId={document.id} text={document.text} labels={labels} options={options} actions={{ target: createTargetFromSelectionAction, outcome: createOutcomeFromSelectionAction }}>
      {children}
    </SelectionCreator>
  );
}

export default async function DocumentPage({ params }: Props) {
  const user = await requireUser();
  const document = await findDocument(params);
  if (!document) notFound();
  const t = await getTranslations("document");
  const tk = await getTranslations("kind");
  const markLabels = { target: t("targetMark"), outcome: t("outcomeMark") };
  return (
    <article className="space-y-6">
      <PageHeader crumbs={[{ href: "/#corpus-heading", label: t("corpus") }]} title={document.source ?? document.fileName}>
        <p className="text-xs text-slate-600">
          <span className="font-mono">{document.fileName}</span> · {document.jurisdiction}
        </p>
        <ul className="space-y-0.5 text-sm text-slate-800">
          {document.reports.map((report, index) => (
            <li key={index}>
              <span className="font-medium">{tk(report.kind)}</span>
              {" · "}
              {t("reportLine", {
                reviewYear: report.reviewYear ?? "—",
                planYear: report.planYear ?? "—",
                targets: report.targets,
                outcomes: report.outcomes,
              })}
            </li>
          ))}
        </ul>
        <p className="flex flex-wrap gap-4 text-xs text-slate-700">
          <span><mark className="rounded-sm bg-sky-100 px-1 text-sky-950">{t("targetMark")}</mark> {t("targetLegend")}</span>
          <span><mark className="rounded-sm bg-amber-100 px-1 text-amber-950">{t("outcomeMark")}</mark> {t("outcomeLegend")}</span>
        </p>
      </PageHeader>
      {document.paragraphs.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("empty")}</p>
      ) : (
        <EditableText document={document} editing={canEdit(user)}>
          <div className="max-w-3xl space-y-3 rounded-lg border border-slate-200 bg-white p-6 leading-8 text-slate-900" data-testid="document-text">
            {document.paragraphs.map((paragraph) => (
              <p key={paragraph.start} data-start={paragraph.start}>
                <PassageText passage={paragraph} labels={markLabels} linked />
              </p>
            ))}
          </div>
        </EditableText>
      )}
    </article>
  );
}
