import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/language-switch";
import { SignOutButton } from "@/components/sign-out-button";
import { canAdminister, canEdit } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";

const NAV_LINK = "rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600/60";

// Chrome only: no auth decisions here (layouts do not re-render on navigation); pages check.
// The admin link is shown to admins as a convenience; /admin enforces the role itself.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("nav");
  const locale = await getLocale();
  const messages = await getMessages();
  const user = await getCurrentUser();
  const links = [
    { href: "/", label: t("overview") },
    { href: "/methodology", label: t("methodology") },
    ...(user && canEdit(user) ? [{ href: "/review", label: t("review") }, { href: "/uploads", label: t("uploads") }] : []),
    ...(user && canAdminister(user) ? [{ href: "/admin", label: t("admin") }] : []),
  ];
  return (
    // Client components below (error boundary) need only the common strings.
    <NextIntlClientProvider messages={{ common: messages.common }}>
      <div className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
          {t("skip")}
        </a>
        <header className="border-b border-slate-200 bg-white">
          <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 px-4 py-3" aria-label={t("label")}>
            <Link href="/" className="mr-4 text-lg font-semibold tracking-tight">
              Yardstick
            </Link>
            {links.map((link) => (
              <Link key={link.href} href={link.href} className={NAV_LINK}>
                {link.label}
              </Link>
            ))}
            <div className="ml-auto flex items-center gap-2">
              <LanguageSwitch current={locale} label={t("language")} names={{ "zh-CN": "中文", en: "English" }} />
              <SignOutButton label={t("signOut")} />
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </div>
    </NextIntlClientProvider>
  );
}
