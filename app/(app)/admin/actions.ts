"use server";

import { createApiToken, revokeApiToken, type CreatedApiToken } from "@/lib/api-tokens/mutations";
import { runMutation, type ActionState } from "@/lib/auth/run-mutation";
import type { UserSummary } from "@/lib/users/queries";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled, type UserWithPassword } from "@/lib/users/mutations";

// Thin adapters for useActionState: the mutation checks the role (admin), validates and audits;
// runMutation only supplies who is asking and from where.

export async function createUserAction(_previous: ActionState<UserWithPassword>, formData: FormData) {
  return runMutation(createUser, Object.fromEntries(formData), "/admin");
}

export async function changeUserRoleAction(_previous: ActionState<UserSummary>, formData: FormData) {
  return runMutation(changeUserRole, Object.fromEntries(formData), "/admin");
}

export async function setUserDisabledAction(_previous: ActionState<UserSummary>, formData: FormData) {
  return runMutation(setUserDisabled, Object.fromEntries(formData), "/admin");
}

export async function resetUserPasswordAction(_previous: ActionState<UserWithPassword>, formData: FormData) {
  return runMutation(resetUserPassword, Object.fromEntries(formData), "/admin");
}

export async function createApiTokenAction(_previous: ActionState<CreatedApiToken>, formData: FormData) {
  return runMutation(createApiToken, Object.fromEntries(formData), "/admin/api-tokens");
}

export async function revokeApiTokenAction(_previous: ActionState<{ tokenId: number }>, formData: FormData) {
  return runMutation(revokeApiToken, Object.fromEntries(formData), "/admin/api-tokens");
}
