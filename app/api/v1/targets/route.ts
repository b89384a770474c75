// GET /api/v1/targets – a jurisdiction's targets by year, area and verdict, a page at a time
import { refusalResponse, requireApiRole } from "@/lib/api/authenticate";
import { resolveApiJurisdiction } from "@/lib/api/jurisdiction";
import { parseSearchParams, targetListQuerySchema } from "@/lib/api/query";
import { findTargetPage } from "@/lib/api/targets";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = await requireApiRole(request, "viewer");
  if (!access.ok) return refusalResponse(access);
  const query = parseSearchParams(targetListQuerySchema, request);
  if (!query.ok) return refusalResponse(query);
  const db = getDb();
  const jurisdiction = await resolveApiJurisdiction(db, query.value.jurisdiction);
  if (!jurisdiction.ok) return refusalResponse(jurisdiction);
  const page = await findTargetPage(db, { ...query.value, jurisdictionId: jurisdiction.value.id }, request.url);
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
}
