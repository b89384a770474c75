import { POLICY_AREAS } from "@/lib/policy-areas";

// The UI's languages. The locale lives in a cookie, not in the URL, so a shared link opens in the
// reader's own language; lib/i18n/request.ts reads it and the language switch writes it.
export const LOCALES = ["zh-CN", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "zh-CN";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language a request is answered in, from its locale cookie; anything else falls back to Chinese. */
export function localeFromCookie(value: string | undefined): AppLocale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** A policy area's name in the reader's language (the reports themselves are never translated). */
export function areaNameIn(area: { nameZh: string; nameEn: string }, locale: string): string {
  return locale === "en" ? area.nameEn : area.nameZh;
}

/** A policy area's name by its code, in the reader's language; a code the app does not know as it is. */
export function areaLabel(code: string, locale: string): string {
  const area = POLICY_AREAS.find((candidate) => candidate.code === code);
  return area ? areaNameIn(area, locale) : code;
}
