import { getLocale, getTranslations } from "next-intl/server";
import { MEASURES, OPERATORS } from "@/lib/corrections/fields";
import { areaNameIn } from "@/lib/i18n/locales";
import { POLICY_AREAS } from "@/lib/policy-areas";

/**
 * The choices an editor picks from when editing or creating a target or result, labelled in the
 * reader's language. "No" comes first so a select without a default leaves a new item unflagged.
 */
export async function loadItemOptions() {
  const [tm, to, te, locale] = await Promise.all([getTranslations("measure"), getTranslations("operator"), getTranslations("editor"), getLocale()]);
  return {
    measures: MEASURES.map((value) => [value, tm(value)] as const),
    operators: OPERATORS.map((value) => [value, to(value)] as const),
    areas: POLICY_AREAS.map((area) => [area.code, areaNameIn(area, locale)] as const),
    yesNo: [["false", te("no")], ["true", te("yes")]] as const,
  };
}
