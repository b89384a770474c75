import { getTranslations } from "next-intl/server";
import type { JurisdictionChoice } from "@/lib/jurisdictions/queries";

const FIELD = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-sky-600 focus:outline-none focus:ring-2 focus:ring-sky-600/30";

/**
 * Which jurisdiction the scorecard shows: a plain GET form to the same page, so it works without
 * client JavaScript and the choice lands in the URL as `j`. A single jurisdiction needs no choice.
 */
export async function JurisdictionSelect({ choice, action }: { choice: JurisdictionChoice; action: string }) {
  const t = await getTranslations("jurisdiction");
  if (!choice.selected || choice.all.length < 2) return null;
  return (
    <form method="get" action={action} className="flex items-end gap-2 print:hidden" data-testid="jurisdiction-select">
      <label htmlFor="jurisdiction" className="flex flex-col gap-1 text-xs font-medium text-slate-700">
        {t("label")}
        <select id="jurisdiction" name="j" defaultValue={choice.selected.code} className={FIELD}>
          {choice.all.map((jurisdiction) => (
            <option key={jurisdiction.id} value={jurisdiction.code}>
              {jurisdiction.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-offset-2">
        {t("apply")}
      </button>
    </form>
  );
}
