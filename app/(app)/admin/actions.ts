"use server";

import { revalidatePath } from "next/cache";
import { getDb, type Db } from "@/lib/db";
import { createApiToken, revokeApiToken, type CreatedApiToken } from "@/lib/api-tokens/mutations";
import type { Principal } from "@/lib/auth/permissions";
import { readRequestIp } from "@/lib/auth/request-context";
import { getCurrentUser } from "@/lib/auth/session";
import type { Result } from "@/lib/result";
import type { UserSummary } from "@/lib/users/queries";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled, type UserWithPassword } from "@/lib/users/mutations";

// Thin adapters for useActionState: the mutation checks the role (admin), validates and audits;
// the action only supplies who is asking and from where. Results are returned, never thrown, so
// the form can show a refusal.

type Mutation<T> = (db: Db, actor: Principal | null, input: unknown, context: { ip: string }) => Promise<Result<T>>;
type ActionState<T> = Result<T> | null;

async function runMutation<T>(mutation: Mutation<T>, formData: FormData, page: string): Promise<Result<T>> {
  const result = await mutation(getDb(), await getCurrentUser(), Object.fromEntries(formData), { ip: await readRequestIp() });
  if (result.ok) revalidatePath(page);
  return result;
}

export async function createUserAction(_previous: ActionState<UserWithPassword>, formData: FormData) {
  return runMutation(createUser, formData, "/admin");
}

export async function changeUserRoleAction(_previous: ActionState<UserSummary>, formData: FormData) {
  return runMutation(changeUserRole, formData, "/admin");
}

export async function setUserDisabledAction(_previous: ActionState<UserSummary>, formData: FormData) {
  return runMutation(setUserDisabled, formData, "/admin");
}

export async function resetUserPasswordAction(_previous: ActionState<UserWithPassword>, formData: FormData) {
  return runMutation(resetUserPassword, formData, "/admin");
}

export async function createApiTokenAction(_previous: ActionState<CreatedApiToken>, formData: FormData) {
  return runMutation(createApiToken, formData, "/admin/api-tokens");
}

export async function revokeApiTokenAction(_previous: ActionState<{ tokenId: number }>, formData: FormData) {
  return runMutation(revokeApiToken, formData, "/admin/api-tokens");
}
