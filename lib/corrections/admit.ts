import type { z } from "zod";
import { requireRole, type Principal } from "@/lib/auth/permissions";
import { refuseInvalidInput, type Refusal } from "@/lib/result";

/** The start of every correction: editors only (401/403 before any 400), then the input through zod. */
export function admitCorrection<T>(actor: Principal | null, schema: z.ZodType<T>, input: unknown): { ok: true; principal: Principal; data: T } | Refusal {
  const access = requireRole(actor, "editor");
  if (!access.ok) return access;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refuseInvalidInput(parsed.error);
  return { ok: true, principal: access.principal, data: parsed.data };
}
