// A real PostgreSQL for one run of the tests or of a benchmark: a fresh cluster in a temporary
// directory on a free port, removed with its data when stopped (tests/global-setup-db.ts,
// bench/pages/run.ts, bench/scale/ingest.ts).
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort, startEmbeddedPostgres, type EmbeddedServer } from "@/lib/database/embedded-postgres";

export async function startThrowawayPostgres(prefix: string): Promise<EmbeddedServer> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  const removeRoot = () => fs.rm(root, { recursive: true, force: true });
  try {
    // Postgres runs as the `postgres` OS user when we run as root; it must be able to write here.
    await fs.chmod(root, 0o777);
    const server = await startEmbeddedPostgres({ dataDir: path.join(root, "pg"), port: await findFreePort(), persistent: false });
    return {
      connectionStringFor: (database) => server.connectionStringFor(database),
      async stop() {
        await server.stop();
        await removeRoot();
      },
    };
  } catch (error) {
    await removeRoot();
    throw error;
  }
}
