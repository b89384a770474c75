import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** A page's title with the trail of pages above it. */
export async function PageHeader({ crumbs, title, children }: { crumbs: Array<{ href: string; label: string }>; title: string; children?: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <header className="space-y-2">
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
        {crumbs.map((crumb, index) => (
          <span key={crumb.href}>
            {index > 0 && " / "}
            <Link href={crumb.href} className="underline underline-offset-2">
              {crumb.label}
            </Link>
          </span>
        ))}
      </nav>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </header>
  );
}
