import type { Db } from "@/lib/db";
import { authenticateUser, normaliseEmail } from "@/lib/auth/credentials";
import { startLoginAttempt } from "@/lib/auth/login-throttle";
import type { Principal } from "@/lib/auth/permissions";

export type SignInResult = { ok: true; user: Principal; sessionVersion: number } | { ok: false; retryAt?: Date };

/**
 * A password sign-in as the login form makes it: rate limited per email and IP, and audited
 * (login.success / login.failure with the reason and the IP) whatever the outcome.
 */
export async function signInWithPassword(
  db: Db,
  credentials: { email: string; password: string; ip: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = normaliseEmail(credentials.email);
  const audit = { entityType: "user", ip: credentials.ip };
  const attempt = await startLoginAttempt(db, email, credentials.ip, now);
  if (!attempt.allowed) {
    await db.auditEvent.create({
      data: { ...audit, action: "login.failure", after: { email }, reason: "rate_limited" },
    });
    return { ok: false, retryAt: attempt.retryAt };
  }
  const check = await authenticateUser(db, email, credentials.password);
  if (!check.ok) {
    await db.auditEvent.create({
      data: {
        ...audit,
        action: "login.failure",
        actorId: check.userId,
        entityId: check.userId === null ? null : String(check.userId),
        after: { email },
        reason: check.reason,
      },
    });
    return { ok: false };
  }
  await db.$transaction([
    db.loginAttempt.update({ where: { id: attempt.attemptId }, data: { success: true } }),
    db.auditEvent.create({
      data: { ...audit, action: "login.success", actorId: check.user.id, entityId: String(check.user.id) },
    }),
  ]);
  return { ok: true, user: check.user, sessionVersion: check.sessionVersion };
}
