import { z } from "zod";

/** A refused request; `status` is what a route handler answers with and what a form shows. */
export type Refusal = {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409;
  error: string;
  fieldErrors?: Record<string, string[]>;
};

/** What a mutation or server action returns: its value, or why it changed nothing. */
export type Result<T> = { ok: true; value: T } | Refusal;

export function refuse(status: Refusal["status"], error: string): Refusal {
  return { ok: false, status, error };
}

export function refuseInvalidInput(error: z.ZodError): Refusal {
  const { fieldErrors } = z.flattenError(error);
  return { ok: false, status: 400, error: "请检查输入 · Please check the form.", fieldErrors: fieldErrors as Record<string, string[]> };
}
