import "server-only";
import { getDb } from "@/lib/db";
import { findTokenPrincipal } from "@/lib/api-tokens/queries";
import { requireRole, type Access, type Principal } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import type { Refusal } from "@/lib/result";

/**
 * Who sent an /api/v1 request: the bearer token when there is an Authorization header (a bad
 * token never falls back to the cookie), otherwise the session cookie, re-read from the database
 * either way so disabled users and revoked tokens stop working at once.
 */
export async function authenticateRequest(request: Request): Promise<Principal | null> {
  const authorization = request.headers.get("authorization");
  if (authorization === null) return getCurrentUser();
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match ? findTokenPrincipal(getDb(), match[1]) : null;
}

/** The check every /api/v1 handler starts with. */
export async function requireApiRole(request: Request, role: Role): Promise<Access> {
  return requireRole(await authenticateRequest(request), role);
}

/** A refusal as JSON with its status; a 401 says how to authenticate. */
export function refusalResponse(refusal: Refusal): Response {
  const headers: HeadersInit = refusal.status === 401 ? { "WWW-Authenticate": 'Bearer realm="yardstick"' } : {};
  return Response.json({ error: refusal.error, fieldErrors: refusal.fieldErrors }, { status: refusal.status, headers });
}
