// What a session token says about its user: who, and which generation of their password it was
// opened with. The database decides whether that still holds (lib/users/queries.ts findActiveUser).

export type SessionClaim = { userId: number; sessionVersion: number };

/**
 * The claim of a decoded session (next-auth's JWT or the session built from it), or null when it
 * names no valid user. Tokens issued before session versions existed count as version 0.
 */
export function sessionClaimOf(session: { id?: unknown; sub?: unknown; sessionVersion?: unknown } | null | undefined): SessionClaim | null {
  const userId = Number(session?.id ?? session?.sub);
  if (!Number.isInteger(userId) || userId <= 0) return null;
  const sessionVersion = session?.sessionVersion ?? 0;
  return typeof sessionVersion === "number" && Number.isInteger(sessionVersion) ? { userId, sessionVersion } : null;
}
