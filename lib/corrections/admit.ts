import type { z } from "zod";
import { admit, type Principal } from "@/lib/auth/permissions";
import type { Refusal } from "@/lib/result";

/** The start of every correction: editors only (401/403 before any 400), then the input through zod. */
export function admitCorrection<T>(actor: Principal | null, schema: z.ZodType<T>, input: unknown): { ok: true; principal: Principal; data: T } | Refusal {
  return admit(actor, "editor", schema, input);
}
