import Link from "next/link";
import { useTranslations } from "next-intl";

export default function NotFound() {
  const t = useTranslations("common");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-lg font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-1 text-sm text-slate-700">{t("notFoundBody")}</p>
      <Link href="/" className="mt-3 inline-block text-sm text-sky-800 underline underline-offset-2">
        {t("backToOverview")}
      </Link>
    </div>
  );
}
