// Shared by the server (authorize throws it) and the login form (shows it): next-auth 4 passes the
// message of an Error thrown in authorize() to signIn()'s result.error, and a plain failure as
// "CredentialsSignin".
const THROTTLED_PREFIX = "TooManyAttempts:";

export function formatThrottledError(retryAt: Date): string {
  return `${THROTTLED_PREFIX}${retryAt.toISOString()}`;
}

/** When a throttled sign-in may be tried again, or null for any other error. */
export function parseThrottledError(error: string): Date | null {
  if (!error.startsWith(THROTTLED_PREFIX)) return null;
  const retryAt = new Date(error.slice(THROTTLED_PREFIX.length));
  return Number.isNaN(retryAt.getTime()) ? null : retryAt;
}
