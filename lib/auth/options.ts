import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { readClientIp } from "@/lib/auth/client-ip";
import { isRole } from "@/lib/auth/roles";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { formatThrottledError } from "@/lib/auth/sign-in-errors";

const credentialsSchema = z.object({
  email: z.string().trim().email().max(320),
  password: z.string().min(1).max(1024),
});

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// JWT sessions: next-auth's Prisma adapter does not support Prisma 7, and our own User table is
// re-read on every request (lib/auth/session.ts, lib/api/authenticate.ts) so a disabled user is
// locked out at once, and so is a session opened before a password reset (User.sessionVersion).
// Cookies are next-auth's defaults: httpOnly, SameSite=Lax, and Secure with the __Secure- prefix
// whenever NEXTAUTH_URL is https. next-auth refuses to run in production without
// NEXTAUTH_SECRET, and so does the launcher (scripts/start.ts).
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const forwardedFor = request.headers?.["x-forwarded-for"];
        const result = await signInWithPassword(getDb(), {
          ...parsed.data,
          ip: readClientIp(Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor),
        });
        // next-auth hands a thrown Error's message to signIn()'s result.error; null becomes "CredentialsSignin".
        if (!result.ok && result.retryAt) throw new Error(formatThrottledError(result.retryAt));
        if (!result.ok) return null;
        return { id: String(result.user.id), email: result.user.email, name: result.user.name, role: result.user.role, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "role" in user && isRole(user.role)) token.role = user.role;
      if (user && "sessionVersion" in user) token.sessionVersion = user.sessionVersion;
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = isRole(token.role) ? token.role : "viewer";
        session.user.sessionVersion = token.sessionVersion ?? 0;
      }
      return session;
    },
  },
};
