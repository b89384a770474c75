import { getTranslations } from "next-intl/server";
import { judgeTargetAction, linkOutcomeAction, markTargetNotReportedAction, unlinkOutcomeAction } from "@/app/(app)/review/actions";
import { CorrectionForm } from "@/components/editor/correction-form";
import { Field } from "@/components/editor/field";
import { VERDICTS, type Verdict } from "@/lib/verdict/methodology";

// The decisions an editor takes on a target, offered wherever the target is shown to an editor
// (review queue, target page). Each names the target's version as the page saw it.

type TargetRef = { targetId: number; version: number };

/** Judge a qualitative target or override the machine's verdict; mark it not reported. */
export async function VerdictDecisions({ target, verdict }: { target: TargetRef; verdict: Verdict }) {
  const t = await getTranslations("editor");
  const tv = await getTranslations("verdict");
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <CorrectionForm action={judgeTargetAction} hidden={target} submitLabel={t("judge")} reasonLabel={t("reason")} testId="judge-form">
        <Field label={t("verdict")} name="verdict" defaultValue={verdict} options={VERDICTS.map((value) => [value, tv(value)] as const)} />
      </CorrectionForm>
      <CorrectionForm action={markTargetNotReportedAction} hidden={target} submitLabel={t("markNotReported")} reasonLabel={t("reason")} testId="not-reported-form">
        <p className="basis-full text-xs text-slate-600">{t("markNotReportedHint")}</p>
      </CorrectionForm>
    </div>
  );
}

/**
 * For a result linked to the target: confirm (the link becomes the editor's) or unlink (rejected
 * for good). For a result not linked: link it, replacing the target's other links.
 */
export async function LinkDecisions({ target, outcomeId, linked, confirmed }: { target: TargetRef; outcomeId: number; linked: boolean; confirmed: boolean }) {
  const t = await getTranslations("editor");
  const hidden = { ...target, outcomeId };
  if (!linked) {
    return (
      <CorrectionForm action={linkOutcomeAction} hidden={{ ...hidden, replace: "true" }} submitLabel={t("relink")} reasonLabel={t("reason")} testId="relink-form" />
    );
  }
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {!confirmed && <CorrectionForm action={linkOutcomeAction} hidden={hidden} submitLabel={t("confirmLink")} reasonLabel={t("reason")} testId="confirm-link-form" />}
      <CorrectionForm action={unlinkOutcomeAction} hidden={hidden} submitLabel={t("unlink")} reasonLabel={t("reason")} testId="unlink-form" />
    </div>
  );
}
