import type { AppLocale } from "@/lib/i18n/locales";
import type messages from "@/lib/i18n/messages/zh-CN.json";

// Typed message keys and locales for next-intl: a missing or misspelt key is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
