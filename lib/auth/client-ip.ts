/**
 * The client address for rate limiting and audit: the last x-forwarded-for entry, which is the one
 * the nearest hop added (a reverse proxy that appends, or Next.js itself, which fills the header in
 * from the socket when it is absent). Earlier entries are whatever the client claimed.
 */
export function readClientIp(forwardedFor: string | null | undefined): string {
  const last = forwardedFor?.split(",").at(-1)?.trim();
  return last || "unknown";
}
