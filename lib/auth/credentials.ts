import type { Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import type { Principal } from "@/lib/auth/permissions";

export type PasswordCheck =
  | { ok: true; user: Principal; sessionVersion: number }
  | { ok: false; reason: "unknown_email" | "wrong_password" | "disabled"; userId: number | null };

// A hash to compare against when the email is unknown, so a miss costs as much time as a wrong
// password and response times do not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;

/** Checks an email and password; a disabled account fails even with the right password. */
export async function authenticateUser(db: Db, email: string, password: string): Promise<PasswordCheck> {
  const user = await db.user.findUnique({ where: { email: normaliseEmail(email) } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword("no account has this password"))));
  if (!user) return { ok: false, reason: "unknown_email", userId: null };
  if (!ok) return { ok: false, reason: "wrong_password", userId: user.id };
  if (user.disabled) return { ok: false, reason: "disabled", userId: user.id };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role }, sessionVersion: user.sessionVersion };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
