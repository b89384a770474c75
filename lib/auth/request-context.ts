import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { authOptions } from "@/lib/auth/options";
import { readClientIp } from "@/lib/auth/client-ip";

// What pages and server actions learn from the request itself, kept in one small module so tests
// can replace exactly this and run the real actions against the real database.

/** The user id the session cookie names; the database decides whether that user may still act. */
export async function readSessionUserId(): Promise<number | null> {
  const session = await getServerSession(authOptions);
  const id = Number(session?.user?.id);
  return Number.isInteger(id) && id > 0 ? id : null;
}

export async function readRequestIp(): Promise<string> {
  return readClientIp((await headers()).get("x-forwarded-for"));
}
