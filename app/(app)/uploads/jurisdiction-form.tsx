"use client";

import { useTranslations } from "next-intl";
import { ActionForm, inputClass } from "@/components/action-form";
import { createJurisdictionAction } from "./actions";

export function JurisdictionForm() {
  const t = useTranslations("uploads");
  return (
    <ActionForm
      action={createJurisdictionAction}
      submitLabel={t("addJurisdiction")}
      renderSuccess={({ code, name }) => (
        <p role="status" className="basis-full text-sm text-emerald-800">
          {t("jurisdictionAdded", { code, name })}
        </p>
      )}
    >
      <label className="text-sm">
        {t("code")} <span className="text-slate-500">({t("codeHint")})</span>
        <input name="code" required maxLength={64} autoComplete="off" className={`ml-2 ${inputClass}`} />
      </label>
      <label className="text-sm">
        {t("name")}
        <input name="name" required maxLength={100} autoComplete="off" className={`ml-2 ${inputClass}`} />
      </label>
    </ActionForm>
  );
}
