import type { Db } from "@/lib/db";
import { selectJurisdiction, type JurisdictionSummary } from "@/lib/jurisdictions/queries";
import { refuse, type Result } from "@/lib/result";

/**
 * The jurisdiction an /api/v1 scorecard request is about. An unknown code is a 400 naming the
 * parameter (as for any bad parameter; the pages answer 404), and with no jurisdiction at all
 * there is nothing to count: 404.
 */
export async function resolveApiJurisdiction(db: Db, code: string | undefined): Promise<Result<JurisdictionSummary>> {
  const choice = await selectJurisdiction(db, code ?? null);
  if (choice === "unknown") {
    return { ...refuse(400, "请检查输入 · Please check the parameters."), fieldErrors: { jurisdiction: [`未知地区 · Unknown jurisdiction: ${code}`] } };
  }
  return choice.selected ? { ok: true, value: choice.selected } : refuse(404, "还没有任何地区 · No jurisdictions yet.");
}
