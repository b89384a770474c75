import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { applyMigrations } from "@/lib/database/migrations";

// The scale benchmarks' database: the URL given, or an embedded PostgreSQL whose data lives in
// .data/bench-pg (git-ignored) and survives between the generator and the benchmarks that read it.

const BENCH_DATA_DIR = path.join(process.cwd(), ".data", "bench-pg");
/** Fixed, so the URL printed by the generator still works for the next command. */
const DEFAULT_PORT = 54339;

export type BenchDatabase = { url: string; embedded: boolean; stop(): Promise<void> };

export async function openBenchDatabase(url: string | undefined, log: (line: string) => void): Promise<BenchDatabase> {
  if (url) {
    await applyMigrations(url);
    return { url, embedded: false, stop: async () => {} };
  }
  const port = Number(process.env.BENCH_PG_PORT || DEFAULT_PORT);
  const server = await startEmbeddedPostgres({
    dataDir: BENCH_DATA_DIR,
    port,
    log: (line) => {
      if (/\b(ERROR|FATAL|PANIC)\b/.test(line)) log(`[postgres] ${line}`);
    },
    notice: log,
  });
  const embeddedUrl = await server.connectionStringFor("yardstick_scale");
  await applyMigrations(embeddedUrl);
  return { url: embeddedUrl, embedded: true, stop: () => server.stop() };
}
