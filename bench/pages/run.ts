// npx tsx bench/pages/run.ts [path] [seconds] – latency of one scorecard page (default /years/2021) served
// by `next start` to a signed-in viewer, at seed scale. Uses DATABASE_URL when set, else a throwaway
// embedded PostgreSQL seeded from seed/. Builds the app first when the sources changed, so run it
// under the e2e lock: flock /tmp/yardstick-e2e.lock npx tsx bench/pages/run.ts
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/db";
import { findFreePort, startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { applyMigrations } from "@/lib/database/migrations";
import { seedDatabase } from "@/seed/seed-database";
import { ensureNextBuild } from "@/scripts/next-build";
import { DEMO_PASSWORD, percentile, signIn, startApp } from "../signed-in-app";

const pathname = process.argv[2] ?? "/years/2021";
const seconds = Number(process.argv[3] ?? 20);
// Two cores: four connections keep both busy without measuring mostly queueing.
const CONNECTIONS = 4;
const WARM_UP_REQUESTS = 30;

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


const database = await openDatabase();
const db = createPrismaClient(database.url);
await seedDatabase(db, { seedDir: path.join(process.cwd(), "seed"), demoPassword: DEMO_PASSWORD });
await db.$disconnect();
ensureNextBuild((line) => console.error(line));

const { baseUrl, server } = await startApp(database.url);
try {
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
