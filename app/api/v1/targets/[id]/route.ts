import { z } from "zod";
import { refusalResponse, requireApiRole } from "@/lib/api/authenticate";
import { idParam } from "@/lib/api/query";
import { findTargetRecord } from "@/lib/api/targets";
import { readRequestIp } from "@/lib/auth/request-context";
import { getDb } from "@/lib/db";
import { refuse, refuseInvalidInput } from "@/lib/result";
import { updateTarget } from "@/lib/targets/mutations";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

// PATCH /api/v1/targets/[id] – correct a target: {version, changes, reason} → the updated target, or 409 when stale
export async function PATCH(request: Request, { params }: Params) {
  const access = await requireApiRole(request, "editor");
  if (!access.ok) return refusalResponse(access);
  const body: unknown = await request.json().catch(() => null);
  if (typeof body !== "object" || body === null) return refusalResponse(refuse(400, "请求体须为 JSON 对象 · The body must be a JSON object."));
  const result = await updateTarget(getDb(), access.principal, { ...body, targetId: (await params).id }, { ip: await readRequestIp() });
  if (!result.ok) return refusalResponse(result);
  const { id, version, state } = result.value;
  return Response.json({ id, version, ...state });
}

const pathSchema = z.object({ id: idParam });

// GET /api/v1/targets/[id] – a target with its linked results, their quotes and offsets, and its audit history
export async function GET(request: Request, { params }: Params) {
  const access = await requireApiRole(request, "viewer");
  if (!access.ok) return refusalResponse(access);
  const parsed = pathSchema.safeParse(await params);
  if (!parsed.success) return refusalResponse(refuseInvalidInput(parsed.error));
  const target = await findTargetRecord(getDb(), parsed.data.id);
  if (!target) return refusalResponse(refuse(404, "没有这个目标 · No such target."));
  return Response.json(target, { headers: { "Cache-Control": "private, no-store" } });
}
