// POST /api/v1/uploads – upload a report file (multipart: file, jurisdictionId) for background ingestion
import { refusalResponse, requireApiRole } from "@/lib/api/authenticate";
import { readRequestIp } from "@/lib/auth/request-context";
import { getDb } from "@/lib/db";
import { createUpload } from "@/lib/uploads/mutations";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/formats";

export const dynamic = "force-dynamic";

// A route handler rather than a server action: proxy.ts (which skips /api/) would cut a page-bound
// request body at its 10 MB clone limit, and raising serverActions.bodySizeLimit would raise it for
// every action. The multipart envelope gets a little room above the file's own 20 MB limit, which
// createUpload checks exactly.
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;

function tooLarge(): Response {
  return Response.json({ error: "文件超过 20 MB · The file is more than the 20 MB limit." }, { status: 413 });
}

/** The body, or null once it passes the limit: a client may lie about Content-Length or stream without one. */
async function readLimitedBody(request: Request, limit: number): Promise<Blob | null> {
  if (!request.body) return new Blob([]);
  const reader = request.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(next.value);
  }
  return new Blob(chunks);
}

export async function POST(request: Request) {
  const access = await requireApiRole(request, "editor");
  if (!access.ok) return refusalResponse(access);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return tooLarge();
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  if (body === null) return tooLarge();
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return Response.json({ error: "请以 multipart/form-data 上传 · Send the file as multipart/form-data (fields file, jurisdictionId)." }, { status: 400 });
  }
  const result = await createUpload(getDb(), access.principal, Object.fromEntries(form), { ip: await readRequestIp() });
  if (!result.ok) return refusalResponse(result);
  return Response.json(result.value);
}
