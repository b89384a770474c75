import type { Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import type { Role } from "@/lib/auth/roles";

export type AuthenticatedUser = { id: number; email: string; name: string; role: Role };

// A hash to compare against when the email is unknown, so a miss costs as much time as a wrong
// password and response times do not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;

/** Checks an email and password; null for unknown, disabled or wrong. */
export async function authenticateUser(db: Db, email: string, password: string): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword("no account has this password"))));
  if (!user || !ok || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
