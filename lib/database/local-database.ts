import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/database/embedded-postgres";

export const DATA_DIR = path.join(process.cwd(), ".data");
const DEFAULT_EMBEDDED_PORT = 54329;

export type LocalDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

/**
 * DATABASE_URL when it is set; otherwise an embedded PostgreSQL whose data lives in .data/pg and
 * survives restarts (YARDSTICK_PG_PORT picks its port).
 */
export async function openLocalDatabase(log: (line: string) => void): Promise<LocalDatabase> {
  const external = process.env.DATABASE_URL?.trim();
  if (external) return { url: external, embedded: false, stop: async () => {} };

  const port = Number(process.env.YARDSTICK_PG_PORT || DEFAULT_EMBEDDED_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`YARDSTICK_PG_PORT must be a TCP port number, got "${process.env.YARDSTICK_PG_PORT}"`);
  }
  const server: EmbeddedServer = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "pg"),
    port,
    log: (line) => {
      // Postgres is chatty at start and stop; keep warnings and errors only.
      if (/\b(ERROR|FATAL|PANIC|WARNING)\b/.test(line)) log(`[postgres] ${line}`);
    },
    notice: log,
  });
  const url = await server.connectionStringFor("yardstick");
  return { url, embedded: true, stop: () => server.stop() };
}
