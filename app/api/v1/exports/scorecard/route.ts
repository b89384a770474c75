// GET /api/v1/exports/scorecard – a year's scorecard, filtered as on the year page, as a CSV or XLSX download
import { refusalResponse, requireApiRole } from "@/lib/api/authenticate";
import { exportQuerySchema, parseSearchParams, toScorecardFilters } from "@/lib/api/query";
import { getDb } from "@/lib/db";
import { exportRowsOf } from "@/lib/export/export-row";
import { exportResponse } from "@/lib/export/response";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { refuse } from "@/lib/result";
import { getYearScorecard } from "@/lib/scorecard/year";
import { METHODOLOGY_VERSION } from "@/lib/verdict/methodology";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = await requireApiRole(request, "viewer");
  if (!access.ok) return refusalResponse(access);
  const query = parseSearchParams(exportQuerySchema, request);
  if (!query.ok) return refusalResponse(query);
  const { year, format, lang } = query.value;
  const filters = toScorecardFilters(query.value);
  const snapshotAt = new Date();
  const scorecard = await getYearScorecard(getDb(), year, filters);
  if (!scorecard) return refusalResponse(refuse(404, `没有${year}年的报告 · No reports for ${year}.`));
  return exportResponse(format, exportRowsOf(scorecard), {
    methodologyVersion: METHODOLOGY_VERSION,
    snapshotAt,
    year,
    filters,
    locale: lang ?? DEFAULT_LOCALE,
  });
}
