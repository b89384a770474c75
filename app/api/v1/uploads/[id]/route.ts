// GET /api/v1/uploads/[id] – an upload's status and progress, for the progress bar and API clients
import { z } from "zod";
import { refusalResponse, requireApiRole } from "@/lib/api/authenticate";
import { getDb } from "@/lib/db";
import { refuse } from "@/lib/result";
import { findUpload } from "@/lib/uploads/queries";

export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive();

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await requireApiRole(request, "editor");
  if (!access.ok) return refusalResponse(access);
  const id = idSchema.safeParse((await params).id);
  const upload = id.success ? await findUpload(getDb(), id.data) : null;
  if (!upload) return refusalResponse(refuse(404, "没有这个上传 · No such upload."));
  return Response.json(upload, { headers: { "Cache-Control": "no-store" } });
}
