// npm start / npm run dev: database (embedded unless DATABASE_URL is set) → migrations → seed →
// build if stale → Next.js and one upload worker (scripts/worker.ts). Ctrl-C or SIGTERM stops
// both, then the embedded PostgreSQL; a child that does not exit in time is killed.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { applyMigrations } from "@/lib/database/migrations";
import { DATA_DIR, openLocalDatabase } from "@/lib/database/local-database";
import { seedDatabase } from "@/seed/seed-database";
import { ensureNextBuild, NEXT_BIN } from "@/scripts/next-build";

const ROOT = process.cwd();
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[yardstick] ${line}`);

function fail(message: string): never {
  console.error(`[yardstick] ${message}`);
  process.exit(1);
}

/** next-auth treats an empty NEXTAUTH_URL as a URL and breaks every page: empty means unset. */
function normaliseEnvironment(port: number) {
  for (const name of ["NEXTAUTH_URL", "NEXTAUTH_SECRET", "DATABASE_URL"]) {
    if (process.env[name]?.trim() === "") delete process.env[name];
  }
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
}

/** Production must bring its own secret; locally one is generated once and kept in .data/. */
function ensureSecret(production: boolean) {
  if (process.env.NEXTAUTH_SECRET) return;
  if (production) fail("NEXTAUTH_SECRET must be set when NODE_ENV=production and DATABASE_URL is set.");
  const file = path.join(DATA_DIR, "nextauth-secret");
  fs.mkdirSync(DATA_DIR, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

/** SIGTERM, then SIGKILL if the child is still there after the grace period. */
async function stopChild(child: ChildProcess | undefined, graceMs: number): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

async function main() {
  const port = Number(process.env.PORT || 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT must be a TCP port number, got "${process.env.PORT}"`);
  normaliseEnvironment(port);
  const external = Boolean(process.env.DATABASE_URL);
  const production = external && process.env.NODE_ENV === "production";
  ensureSecret(production);

  const database = await openLocalDatabase(log);
  let child: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // The worker finishes or hands back its job (within 8 s) before the database goes away.
    await Promise.all([stopChild(child, 10_000), stopChild(worker, 10_000)]);
    await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    log(database.embedded ? "Using the embedded PostgreSQL in .data/pg" : "Using the PostgreSQL at DATABASE_URL");
    const applied = await applyMigrations(database.url);
    log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");

    const demoMode = !production;
    const demoPassword = process.env.YARDSTICK_DEMO_PASSWORD || "yardstick-demo";
    const db = createPrismaClient(database.url);
    try {
      await seedDatabase(db, { seedDir: path.join(ROOT, "seed"), demoPassword: demoMode ? demoPassword : undefined, log });
    } finally {
      await db.$disconnect();
    }

    if (!dev) ensureNextBuild(log);

    child = spawn(process.execPath, [NEXT_BIN, dev ? "dev" : "start", "--port", String(port)], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) => void shutdown(code ?? 0));
    // tsx as a loader in the worker's own node process: one process to signal, none left behind.
    worker = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "worker.ts")], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: database.url },
    });
    worker.on("exit", (code) => {
      if (!stopping) log(`The upload worker exited (code ${code}); stopping.`);
      void shutdown(code ?? 1);
    });
    log(`Yardstick is at ${process.env.NEXTAUTH_URL}`);
    if (demoMode) {
      log(`Demo logins: admin@yardstick.local, editor@yardstick.local, viewer@yardstick.local — password "${demoPassword}"`);
    }
  } catch (error) {
    console.error(`[yardstick] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

void main();
