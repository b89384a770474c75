// Vitest global setup for the browser tests: seeds the run's database, makes sure the production
// build is current, and serves it with `next start` on a free port. Chromium comes from Debian
// (/usr/bin/chromium) or CHROMIUM_PATH; without it the suite is skipped loudly, or fails when
// REQUIRE_E2E=1 (as in CI).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/seed/seed-database";
import { ensureNextBuild } from "@/scripts/next-build";
import { startNextApp } from "@/tests/next-app";

declare module "vitest" {
  export interface ProvidedContext {
    appUrl: string;
    chromiumPath: string;
    demoPassword: string;
  }
}

const DEMO_PASSWORD = "e2e-demo-password";

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate) => candidate && fs.existsSync(candidate)) ?? null;
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  project.provide("chromiumPath", chromiumPath ?? "");
  project.provide("demoPassword", DEMO_PASSWORD);
  if (!chromiumPath) {
    const notice = "No Chromium found (install Debian's `chromium` or set CHROMIUM_PATH): END-TO-END TESTS ARE SKIPPED.";
    if (process.env.REQUIRE_E2E === "1") throw new Error(`REQUIRE_E2E=1 but ${notice}`);
    console.warn(`\n${"!".repeat(100)}\n!! ${notice}\n${"!".repeat(100)}\n`);
    project.provide("appUrl", "");
    return;
  }

  // Provided by tests/global-setup-db.ts, which runs first.
  const databaseUrl = project.getProvidedContext().databaseUrl;
  const db = createPrismaClient(databaseUrl);
  try {
    await seedDatabase(db, { seedDir: path.join(process.cwd(), "seed"), demoPassword: DEMO_PASSWORD });
  } finally {
    await db.$disconnect();
  }

  ensureNextBuild((line) => console.log(line));
  const app = await startNextApp(databaseUrl, { stdout: "inherit" });
  // `next start` alone does not ingest uploads: a worker does, as under `npm start`.
  const worker = spawn(process.execPath, ["--import", "tsx", path.join(process.cwd(), "scripts", "worker.ts")], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const workerExited = new Promise((resolve) => worker.once("exit", resolve));
  // Should the test process die before teardown, the worker must not outlive it.
  const killOnExit = () => worker.kill("SIGKILL");
  process.once("exit", killOnExit);
  project.provide("appUrl", app.baseUrl);

  return async () => {
    process.off("exit", killOnExit);
    worker.kill("SIGTERM");
    await Promise.all([app.stop(), Promise.race([workerExited, new Promise((resolve) => setTimeout(resolve, 10_000))])]);
  };
}
