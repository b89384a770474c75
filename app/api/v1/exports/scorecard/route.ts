// GET /api/v1/exports/scorecard – a jurisdiction's year scorecard, filtered as on the year page, as a CSV or XLSX download
import { refusalResponse, requireApiRole } from "@/lib/api/authenticate";
import { resolveApiJurisdiction } from "@/lib/api/jurisdiction";
import { exportQuerySchema, parseSearchParams, toScorecardFilters } from "@/lib/api/query";
import { getDb } from "@/lib/db";
import { exportRowsOf } from "@/lib/export/export-row";
import { exportResponse } from "@/lib/export/response";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { refuse } from "@/lib/result";
import { findScorecardTargets, findYearSources, isKnownYear } from "@/lib/scorecard/year";
import { METHODOLOGY_VERSION } from "@/lib/verdict/methodology";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = await requireApiRole(request, "viewer");
  if (!access.ok) return refusalResponse(access);
  const query = parseSearchParams(exportQuerySchema, request);
  if (!query.ok) return refusalResponse(query);
  const { year, format, lang } = query.value;
  const db = getDb();
  const jurisdiction = await resolveApiJurisdiction(db, query.value.jurisdiction);
  if (!jurisdiction.ok) return refusalResponse(jurisdiction);
  const filters = toScorecardFilters(query.value);
  const snapshotAt = new Date();
  // Every matching row, unpaged: the file is written while it is sent (lib/export).
  const [sources, { targets }] = await Promise.all([
    findYearSources(db, year, jurisdiction.value.id),
    findScorecardTargets(db, { jurisdictionId: jurisdiction.value.id, year, filters, paging: null }),
  ]);
  if (!isKnownYear(sources)) return refusalResponse(refuse(404, `没有${year}年的报告 · No reports for ${year}.`));
  return exportResponse(format, exportRowsOf(sources, targets), {
    methodologyVersion: METHODOLOGY_VERSION,
    snapshotAt,
    year,
    jurisdiction: jurisdiction.value.code,
    filters,
    locale: lang ?? DEFAULT_LOCALE,
  });
}
