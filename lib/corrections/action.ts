import "server-only";
import { runMutation, type Mutation } from "@/lib/auth/run-mutation";
import type { Result } from "@/lib/result";

/**
 * Runs a correction for the signed-in user, then revalidates every page: a correction moves counts
 * on the overview, year and area scorecards, the review queue and the target page alike.
 */
export function runCorrection<T>(mutation: Mutation<T>, input: unknown): Promise<Result<T>> {
  return runMutation(mutation, input, "/", "layout");
}

/** A form's fields with the edited item's own fields gathered under `changes` (as the API sends them). */
export function withChanges(formData: FormData, envelope: readonly string[]): Record<string, unknown> {
  const fields = Object.fromEntries(formData);
  const changes = Object.fromEntries(Object.entries(fields).filter(([key]) => !envelope.includes(key) && !key.startsWith("$")));
  return { ...Object.fromEntries(envelope.map((key) => [key, fields[key]])), changes };
}
