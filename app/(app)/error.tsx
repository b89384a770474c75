"use client";

import { useTranslations } from "next-intl";

export default function AppError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6 text-red-900">
      <h1 className="font-semibold">{t("errorTitle")}</h1>
      <p className="mt-1 text-sm">{error.digest ? t("errorReference", { digest: error.digest }) : t("errorRetry")}</p>
      <button type="button" onClick={reset} className="mt-3 rounded-md bg-red-700 px-3 py-1.5 text-sm text-white focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700 focus-visible:ring-offset-2">
        {t("retry")}
      </button>
    </div>
  );
}
