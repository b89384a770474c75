// Vitest global setup: a real, throwaway PostgreSQL for the run (never a mock). Vitest runs this
// once per project in the same process, so the first call starts one server and migrates a
// template database; each project then gets its own copy of it (integration tests truncate
// tables while the browser tests' app reads them). Server and data are removed at the end.
import pg from "pg";
import type { TestProject } from "vitest/node";
import type { EmbeddedServer } from "@/lib/database/embedded-postgres";
import { applyMigrations } from "@/lib/database/migrations";
import { startThrowawayPostgres } from "./throwaway-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const TEMPLATE = "yardstick_template";
type SharedServer = { server: EmbeddedServer; templateUrl: string; users: number };
const shared = globalThis as typeof globalThis & { yardstickTestServer?: Promise<SharedServer> };

async function startSharedServer(): Promise<SharedServer> {
  const server = await startThrowawayPostgres("yardstick-test-db-");
  const templateUrl = await server.connectionStringFor(TEMPLATE);
  await applyMigrations(templateUrl);
  return { server, templateUrl, users: 0 };
}

async function createDatabaseFromTemplate(templateUrl: string, name: string): Promise<string> {
  const admin = new URL(templateUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE}"`);
  } finally {
    await client.end();
  }
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export default async function setup(project: TestProject) {
  shared.yardstickTestServer ??= startSharedServer();
  const instance = await shared.yardstickTestServer;
  instance.users += 1;
  const databaseName = `yardstick_${project.name.replace(/\W/g, "_")}`;
  project.provide("databaseUrl", await createDatabaseFromTemplate(instance.templateUrl, databaseName));
  return async () => {
    instance.users -= 1;
    if (instance.users > 0) return;
    shared.yardstickTestServer = undefined;
    await instance.server.stop();
  };
}
