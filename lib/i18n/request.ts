import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, localeFromCookie } from "@/lib/i18n/locales";

// next-intl's per-request configuration (wired in next.config.js). Without locale routing the
// cookie set by the language switch decides; anything else falls back to Chinese.
export default getRequestConfig(async () => {
  const locale = localeFromCookie((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    messages: (await import(`./messages/${locale}.json`)).default,
    // The reports and their readers are in China; dates of editors' changes read in that zone.
    timeZone: "Asia/Shanghai",
  };
});
