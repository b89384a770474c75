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
            <Link href="/" className={NAV_LINK}>
              {t("overview")}
            </Link>
            <Link href="/methodology" className={NAV_LINK}>
              {t("methodology")}
            </Link>
            {user && canEdit(user) && (
              <Link href="/review" className={NAV_LINK}>
                {t("review")}
              </Link>
            )}
            {user && canEdit(user) && (
              <Link href="/uploads" className={NAV_LINK}>
                {t("uploads")}
              </Link>
            )}
            {user && canAdminister(user) && (
              <Link href="/admin" className={NAV_LINK}>
                {t("admin")}
              </Link>
            )}
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
