import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import type { Principal } from "@/lib/auth/permissions";
import { readSessionClaim } from "@/lib/auth/request-context";
import { hasRole, type Role } from "@/lib/auth/roles";
import { findActiveUser } from "@/lib/users/queries";

/**
 * The signed-in user as the database knows them now, not as the token remembers them: a user
 * disabled or demoted since logging in, or whose password was reset, loses access on their next request.
 */
export const getCurrentUser = cache(async (): Promise<Principal | null> => {
  const claim = await readSessionClaim();
  return claim === null ? null : findActiveUser(getDb(), claim);
});

/** For pages: the signed-in user, or a redirect to /login. */
export async function requireUser(): Promise<Principal> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages that need more than viewing rights. */
export async function requirePageRole(role: Role): Promise<Principal> {
  const user = await requireUser();
  if (!hasRole(user.role, role)) redirect("/");
  return user;
}
