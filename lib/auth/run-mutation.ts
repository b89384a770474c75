import "server-only";
import { revalidatePath } from "next/cache";
import type { Principal } from "@/lib/auth/permissions";
import { readRequestIp } from "@/lib/auth/request-context";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db";
import { invalidateRenderedPages } from "@/lib/page-cache/store";
import type { Result } from "@/lib/result";

/** A write as lib/<entity>/mutations.ts exports it: who asks, their unvalidated input, from where. */
export type Mutation<T> = (db: Db, actor: Principal | null, input: unknown, context: { ip: string }) => Promise<Result<T>>;
/** What a server action behind useActionState holds: nothing yet, or the last result. */
export type ActionState<T> = Result<T> | null;

/**
 * What every server action does around its mutation: supplies who is asking and from where (the
 * mutation checks the role, validates and audits) and, after a change, revalidates `path` and
 * empties this process's rendered pages at once (other processes hear of it from the database).
 * Results are returned, never thrown, so the form can show a refusal.
 */
export async function runMutation<T>(mutation: Mutation<T>, input: unknown, path: string, type?: "layout" | "page"): Promise<Result<T>> {
  const result = await mutation(getDb(), await getCurrentUser(), input, { ip: await readRequestIp() });
  if (result.ok) {
    invalidateRenderedPages();
    revalidatePath(path, type);
  }
  return result;
}
