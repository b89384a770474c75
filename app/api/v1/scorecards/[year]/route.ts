// GET /api/v1/scorecards/[year] – a jurisdiction's verdict counts for a year per policy area, stamped with the methodology version
import { refusalResponse, requireApiRole } from "@/lib/api/authenticate";
import { z } from "zod";
import { resolveApiJurisdiction } from "@/lib/api/jurisdiction";
import { parseSearchParams, scorecardQuerySchema, yearParam } from "@/lib/api/query";
import { toScorecardJson } from "@/lib/api/scorecard";
import { getDb } from "@/lib/db";
import { refuse, refuseInvalidInput } from "@/lib/result";
import { getYearCounts } from "@/lib/scorecard/year";

export const dynamic = "force-dynamic";

const pathSchema = z.object({ year: yearParam });

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const access = await requireApiRole(request, "viewer");
  if (!access.ok) return refusalResponse(access);
  const parsed = pathSchema.safeParse(await params);
  if (!parsed.success) return refusalResponse(refuseInvalidInput(parsed.error));
  const query = parseSearchParams(scorecardQuerySchema, request);
  if (!query.ok) return refusalResponse(query);
  const { year } = parsed.data;
  const db = getDb();
  const jurisdiction = await resolveApiJurisdiction(db, query.value.jurisdiction);
  if (!jurisdiction.ok) return refusalResponse(jurisdiction);
  const snapshotAt = new Date();
  const scorecard = await getYearCounts(db, jurisdiction.value, year);
  if (!scorecard) return refusalResponse(refuse(404, `没有${year}年的报告 · No reports for ${year}.`));
  return Response.json(toScorecardJson(scorecard, snapshotAt), { headers: { "Cache-Control": "private, no-store" } });
}
