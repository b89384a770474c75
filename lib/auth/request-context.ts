import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { authOptions } from "@/lib/auth/options";
import { readClientIp } from "@/lib/auth/client-ip";
import { sessionClaimOf, type SessionClaim } from "@/lib/auth/session-claim";

// What pages and server actions learn from the request itself, kept in one small module so tests
// can replace exactly this and run the real actions against the real database.

/** Whom the session cookie names, and with which password generation; the database decides whether that user may still act. */
export async function readSessionClaim(): Promise<SessionClaim | null> {
  const session = await getServerSession(authOptions);
  return sessionClaimOf(session?.user);
}

export async function readRequestIp(): Promise<string> {
  return readClientIp((await headers()).get("x-forwarded-for"));
}
