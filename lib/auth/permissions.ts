// The one place that says who may do what. Every server action, route handler and mutation calls
// requireRole on the server; the can* predicates only decide which controls a page shows.
import type { z } from "zod";
import { hasRole, type Role } from "@/lib/auth/roles";
import { refuseInvalidInput, type Refusal } from "@/lib/result";

/**
 * Who is asking: a signed-in user, or an API token acting with its own role on behalf of the admin
 * who created it (`tokenId` set; `id` is that admin, so audit events name a person).
 */
export type Principal = { id: number; email: string; name: string; role: Role; tokenId?: number };

export type Access = { ok: true; principal: Principal } | Refusal;

/** Corrections to extracted values, links and verdicts. */
export function canEdit(principal: Principal): boolean {
  return hasRole(principal.role, "editor");
}

/** Users, roles, passwords and API tokens. */
export function canAdminister(principal: Principal): boolean {
  return hasRole(principal.role, "admin");
}

/** 401 when nobody is signed in, 403 when the role is too low, otherwise the principal. */
export function requireRole(principal: Principal | null, role: Role): Access {
  if (!principal) return { ok: false, status: 401, error: "请先登录 · Sign in first." };
  if (!hasRole(principal.role, role)) {
    return { ok: false, status: 403, error: `需要 ${role} 权限 · This needs the ${role} role.` };
  }
  return { ok: true, principal };
}

/** The start of every mutation: the role first (401/403 before any 400), then the input through zod. */
export function admit<T>(actor: Principal | null, role: Role, schema: z.ZodType<T>, input: unknown): { ok: true; principal: Principal; data: T } | Refusal {
  const access = requireRole(actor, role);
  if (!access.ok) return access;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refuseInvalidInput(parsed.error);
  return { ok: true, principal: access.principal, data: parsed.data };
}
