import Link from "next/link";
import { getTranslations } from "next-intl/server";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-sky-800 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600";

/** Previous/next links of a paged list; `hrefOf` builds a page's URL so the rest of the view is kept. Nothing when one page holds it all. */
export async function Pager({ page, pageSize, total, hrefOf }: { page: number; pageSize: number; total: number; hrefOf: (page: number) => string }) {
  const t = await getTranslations("pager");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1 && page === 1) return null;
  return (
    <nav aria-label={t("label")} className="flex items-center gap-3 print:hidden" data-testid="pager">
      {page > 1 && (
        <Link href={hrefOf(Math.min(page - 1, pages))} rel="prev" className={LINK}>
          {t("previous")}
        </Link>
      )}
      <span className="text-sm text-slate-700">{t("page", { page, pages })}</span>
      {page < pages && (
        <Link href={hrefOf(page + 1)} rel="next" className={LINK}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}

/** "rows from–to" of a page, 1-based; from > to on a page past the end. */
export function rowsOf(page: number, pageSize: number, shown: number): { from: number; to: number } {
  const from = (page - 1) * pageSize + 1;
  return { from, to: from + shown - 1 };
}
