import "server-only";
import { revalidatePath } from "next/cache";
import type { Principal } from "@/lib/auth/permissions";
import { readRequestIp } from "@/lib/auth/request-context";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db";
import type { Result } from "@/lib/result";

export type Mutation<T> = (db: Db, actor: Principal | null, input: unknown, context: { ip: string }) => Promise<Result<T>>;
export type ActionState<T> = Result<T> | null;

/**
 * What every correction action does around its mutation: who is asking and from where, and after
 * a change every page, since a correction moves counts on the overview, year and area scorecards,
 * the review queue and the target page alike.
 */
export async function runCorrection<T>(mutation: Mutation<T>, input: unknown): Promise<Result<T>> {
  const result = await mutation(getDb(), await getCurrentUser(), input, { ip: await readRequestIp() });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** A form's fields with the edited item's own fields gathered under `changes` (as the API sends them). */
export function withChanges(formData: FormData, envelope: readonly string[]): Record<string, unknown> {
  const fields = Object.fromEntries(formData);
  const changes = Object.fromEntries(Object.entries(fields).filter(([key]) => !envelope.includes(key) && !key.startsWith("$")));
  return { ...Object.fromEntries(envelope.map((key) => [key, fields[key]])), changes };
}
