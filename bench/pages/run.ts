// npx tsx bench/pages/run.ts [path] [seconds] – latency of one scorecard page (default /years/2021) served
// by `next start` to a signed-in viewer, at seed scale. Uses DATABASE_URL when set, else a throwaway
// embedded PostgreSQL seeded from seed/. Builds the app first when the sources changed, so run it
// under the e2e lock: flock /tmp/yardstick-e2e.lock npx tsx bench/pages/run.ts
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/db";
import { findFreePort, startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { applyMigrations } from "@/lib/database/migrations";
import { seedDatabase } from "@/seed/seed-database";
import { ensureNextBuild, NEXT_BIN } from "@/scripts/next-build";

const pathname = process.argv[2] ?? "/years/2021";
const seconds = Number(process.argv[3] ?? 20);
// Two cores: four connections keep both busy without measuring mostly queueing.
const CONNECTIONS = 4;
const WARM_UP_REQUESTS = 30;
const PASSWORD = process.env.YARDSTICK_DEMO_PASSWORD ?? "yardstick-demo";

type Database = { url: string; stop(): Promise<void> };

async function openDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "yardstick-bench-"));
  // Postgres runs as the `postgres` OS user when we are root; it must be able to write here.
  await fs.chmod(root, 0o777);
  const server = await startEmbeddedPostgres({ dataDir: path.join(root, "pg"), port: await findFreePort(), persistent: false });
  const url = await server.connectionStringFor("yardstick_bench");
  await applyMigrations(url);
  return {
    url,
    async stop() {
      await server.stop();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

/** Signs in through next-auth's credentials callback, as the login form does; returns the session cookie. */
async function signIn(baseUrl: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email: "viewer@yardstick.local", password: PASSWORD, json: "true" }),
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

function percentile(sorted: number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

const database = await openDatabase();
const db = createPrismaClient(database.url);
await seedDatabase(db, { seedDir: path.join(process.cwd(), "seed"), demoPassword: PASSWORD });
await db.$disconnect();
ensureNextBuild((line) => console.error(line));

const port = await findFreePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
  env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
try {
  await untilServing(baseUrl);
  const cookie = await signIn(baseUrl);
  const url = `${baseUrl}${pathname}`;
  for (let i = 0; i < WARM_UP_REQUESTS; i++) {
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    if (response.status !== 200) throw new Error(`${pathname} answered ${response.status} to a signed-in viewer`);
    await response.text();
  }
  const times: number[] = [];
  const run = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { cookie } });
  run.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await run;
  times.sort((a, b) => a - b);
  const round = (ms: number) => Number(ms.toFixed(1));
  console.log(JSON.stringify({
    path: pathname, connections: CONNECTIONS, seconds, requests: result.requests.total, requestsPerSecond: round(result.requests.average),
    medianMs: round(percentile(times, 0.5)), p95Ms: round(percentile(times, 0.95)), p99Ms: round(percentile(times, 0.99)),
    maxMs: round(times.at(-1) ?? 0), non2xx: result.non2xx, errors: result.errors,
  }));
} finally {
  server.kill("SIGTERM");
  await database.stop();
}
