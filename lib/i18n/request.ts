import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

// next-intl's per-request configuration (wired in next.config.js). Without locale routing the
// cookie set by the language switch decides; anything else falls back to Chinese.
export default getRequestConfig(async () => {
  const requested = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return {
    locale,
    messages: (await import(`./messages/${locale}.json`)).default,
    // The reports and their readers are in China; dates of editors' changes read in that zone.
    timeZone: "Asia/Shanghai",
  };
});
