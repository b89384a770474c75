import { useTranslations } from "next-intl";

/** The shared loading.tsx body: a status line and a grey outline of the page to come. */
export function LoadingState() {
  const t = useTranslations("common");
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <p className="text-sm text-slate-600">{t("loading")}</p>
      <div className="h-8 w-1/3 animate-pulse rounded bg-slate-200" />
      <div className="h-40 animate-pulse rounded bg-slate-100" />
    </div>
  );
}
