import type { Db } from "@/lib/db";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_LOGIN_FAILURES = 5;

export type LoginAttemptStart = { allowed: true; attemptId: number } | { allowed: false; retryAt: Date };

/**
 * Records a login attempt for this email and IP as a failure before the password is checked, unless
 * there were already MAX_LOGIN_FAILURES failures within the window since the last success. Counting
 * and recording happen under one advisory lock per email and IP, so a burst of parallel guesses
 * cannot all slip in before the first is counted.
 */
export async function startLoginAttempt(db: Db, email: string, ip: string, now = new Date()): Promise<LoginAttemptStart> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login:${email}:${ip}`}))`;
    const lastSuccess = await tx.loginAttempt.findFirst({
      where: { email, ip, success: true, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const failures = await tx.loginAttempt.findMany({
      where: { email, ip, success: false, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    if (failures.length >= MAX_LOGIN_FAILURES) {
      // Refused attempts are not recorded: the lock lifts a window after the failures that caused it.
      const releasingFailure = failures[failures.length - MAX_LOGIN_FAILURES];
      return { allowed: false, retryAt: new Date(releasingFailure.createdAt.getTime() + LOGIN_WINDOW_MS) };
    }
    // Rows older than the window never count again.
    await tx.loginAttempt.deleteMany({ where: { createdAt: { lte: windowStart } } });
    const attempt = await tx.loginAttempt.create({ data: { email, ip, createdAt: now }, select: { id: true } });
    return { allowed: true, attemptId: attempt.id };
  });
}
