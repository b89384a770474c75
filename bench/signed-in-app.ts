// Shared by the page benchmarks: serve the production build with `next start` on a free port and
// sign in as the demo viewer the way the login form does.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { findFreePort } from "@/lib/database/embedded-postgres";
import { NEXT_BIN } from "@/scripts/next-build";

export const DEMO_PASSWORD = process.env.YARDSTICK_DEMO_PASSWORD ?? "yardstick-demo";

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

/** Signs in through next-auth's credentials callback, as the login form does; returns the session cookie. */
export async function signIn(baseUrl: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email: "viewer@yardstick.local", password: DEMO_PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (HTTP ${response.status})`);
  return session;
}

async function untilServing(baseUrl: string): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 250) {
    const ok = await fetch(`${baseUrl}/login`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("next start did not answer within 60 s");
}

/** `next start` against `databaseUrl` on a free loopback port, answering once it serves /login. */
export async function startApp(databaseUrl: string): Promise<{ baseUrl: string; server: ChildProcess }> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await untilServing(baseUrl);
  } catch (error) {
    server.kill("SIGTERM");
    throw error;
  }
  return { baseUrl, server };
}

/** The value at `share` (0–1) of an ascending list, nearest-rank. */
export function percentile(sorted: number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}
