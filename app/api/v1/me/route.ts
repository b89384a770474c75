// GET /api/v1/me – who the session cookie or bearer token stands for, with its role
import { refusalResponse, requireApiRole } from "@/lib/api/authenticate";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = await requireApiRole(request, "viewer");
  if (!access.ok) return refusalResponse(access);
  const { id, email, name, role, tokenId } = access.principal;
  return Response.json({ id, email, name, role, via: tokenId === undefined ? "session" : "token" });
}
