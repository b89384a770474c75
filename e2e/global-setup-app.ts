// Vitest global setup for the browser tests: seeds the run's database, makes sure the production
// build is current, and serves it with `next start` on a free port. Chromium comes from Debian
// (/usr/bin/chromium) or CHROMIUM_PATH; without it the suite is skipped loudly, or fails when
// REQUIRE_E2E=1 (as in CI).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db";
import { findFreePort } from "@/lib/database/embedded-postgres";
import { seedDatabase } from "@/seed/seed-database";
import { ensureNextBuild, NEXT_BIN } from "@/scripts/next-build";

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

async function waitForServer(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/login`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer at ${url}/login within ${timeoutMs / 1000}s`);
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
  const port = await findFreePort();
  const appUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: appUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  // `next start` alone does not ingest uploads: a worker does, as under `npm start`.
  const worker = spawn(process.execPath, ["--import", "tsx", path.join(process.cwd(), "scripts", "worker.ts")], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const workerExited = new Promise((resolve) => worker.once("exit", resolve));
  // Should the test process die before teardown, the server must not outlive it.
  const killOnExit = () => {
    server.kill("SIGKILL");
    worker.kill("SIGKILL");
  };
  process.once("exit", killOnExit);
  await Promise.race([
    waitForServer(appUrl, 60_000),
    exited.then(() => Promise.reject(new Error("next start exited before it was ready"))),
  ]);
  project.provide("appUrl", appUrl);

  return async () => {
    process.off("exit", killOnExit);
    server.kill("SIGTERM");
    worker.kill("SIGTERM");
    await Promise.race([Promise.all([exited, workerExited]), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  };
}
