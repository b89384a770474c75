import "server-only";
import type { Db } from "@/lib/db";
import type { Principal } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { SessionClaim } from "@/lib/auth/session-claim";

export type UserSummary = {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
};

export const USER_SUMMARY_SELECT = { id: true, email: true, name: true, role: true, disabled: true, createdAt: true } as const;

export function toUserSummary(row: Omit<UserSummary, "createdAt"> & { createdAt: Date }): UserSummary {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** The session's user as a principal, or null when the account is gone or disabled or its password was reset since. */
export async function findActiveUser(db: Db, claim: SessionClaim): Promise<Principal | null> {
  const user = await db.user.findUnique({
    where: { id: claim.userId },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== claim.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Every account, admins first, then by email. */
export async function listUsers(db: Db): Promise<UserSummary[]> {
  const rows = await db.user.findMany({ orderBy: [{ role: "desc" }, { email: "asc" }], select: USER_SUMMARY_SELECT });
  return rows.map(toUserSummary);
}
