// GET /api/v1/targets – targets by year, area and verdict, a page at a time
import { refusalResponse, requireApiRole } from "@/lib/api/authenticate";
import { parseSearchParams, targetListQuerySchema } from "@/lib/api/query";
import { findTargetPage } from "@/lib/api/targets";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = await requireApiRole(request, "viewer");
  if (!access.ok) return refusalResponse(access);
  const query = parseSearchParams(targetListQuerySchema, request);
  if (!query.ok) return refusalResponse(query);
  return Response.json(await findTargetPage(getDb(), query.value, request.url), { headers: { "Cache-Control": "private, no-store" } });
}
