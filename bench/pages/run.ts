// npx tsx bench/pages/run.ts [path] [seconds] – latency of one scorecard page (default /years/2021) served
// by `next start` to a signed-in viewer, at seed scale. Uses DATABASE_URL when set, else a throwaway
// embedded PostgreSQL seeded from seed/. Builds the app first when the sources changed, so run it
// under the e2e lock: flock /tmp/yardstick-e2e.lock npx tsx bench/pages/run.ts
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/database/migrations";
import { seedDatabase } from "@/seed/seed-database";
import { ensureNextBuild } from "@/scripts/next-build";
import { startNextApp } from "@/tests/next-app";
import { startThrowawayPostgres } from "@/tests/throwaway-postgres";
import { DEMO_PASSWORD, measurePage, signIn, warmUp } from "../signed-in-app";

const pathname = process.argv[2] ?? "/years/2021";
const seconds = Number(process.argv[3] ?? 20);
// Two cores: four connections keep both busy without measuring mostly queueing.
const CONNECTIONS = 4;
const WARM_UP_REQUESTS = 30;

async function openDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const server = await startThrowawayPostgres("yardstick-bench-");
  const url = await server.connectionStringFor("yardstick_bench");
  await applyMigrations(url);
  return { url, stop: () => server.stop() };
}

const database = await openDatabase();
try {
  const db = createPrismaClient(database.url);
  await seedDatabase(db, { seedDir: path.join(process.cwd(), "seed"), demoPassword: DEMO_PASSWORD });
  await db.$disconnect();
  ensureNextBuild((line) => console.error(line));

  const app = await startNextApp(database.url, { stdout: "ignore" });
  try {
    const cookie = await signIn(app.baseUrl);
    const url = `${app.baseUrl}${pathname}`;
    await warmUp(url, cookie, WARM_UP_REQUESTS);
    const measured = await measurePage(url, cookie, { connections: CONNECTIONS, seconds });
    console.log(JSON.stringify({ path: pathname, connections: CONNECTIONS, seconds, ...measured }));
  } finally {
    await app.stop();
  }
} finally {
  await database.stop();
}
