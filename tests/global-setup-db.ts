// Vitest global setup: a real, throwaway PostgreSQL for the run (never a mock). Each run gets its
// own data directory and free port, the migrations are applied exactly as at start-up, and the
// server and its data are removed afterwards.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { findFreePort, startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { applyMigrations } from "@/lib/database/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "yardstick-test-db-"));
  // Postgres runs as the `postgres` OS user when tests run as root; it must be able to write here.
  await fs.chmod(root, 0o777);
  const server = await startEmbeddedPostgres({ dataDir: path.join(root, "pg"), port: await findFreePort(), persistent: false });
  const url = await server.connectionStringFor("yardstick_test");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  project.provide("databaseUrl", url);
  return async () => {
    await server.stop();
    await fs.rm(root, { recursive: true, force: true });
  };
}
