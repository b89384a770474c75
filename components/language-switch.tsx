"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALES, type AppLocale } from "@/lib/i18n/locales";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Writes the locale cookie and re-renders the current page on the server, which reads the cookie
 * (lib/i18n/request.ts). No route or action is needed: the cookie is only a display preference.
 */
export function LanguageSwitch({ current, label, names }: { current: AppLocale; label: string; names: Record<AppLocale, string> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(locale: AppLocale) {
    if (locale === current) return;
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
    startTransition(() => router.refresh());
  }

  return (
    <div role="group" aria-label={label} className="flex rounded-md ring-1 ring-slate-300" aria-busy={pending}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          onClick={() => choose(locale)}
          className="px-2.5 py-1 text-sm first:rounded-l-md last:rounded-r-md aria-pressed:bg-slate-800 aria-pressed:text-white hover:bg-slate-100 aria-pressed:hover:bg-slate-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
        >
          {names[locale]}
        </button>
      ))}
    </div>
  );
}
