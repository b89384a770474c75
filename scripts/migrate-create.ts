// npm run db:migrate:create -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql for
// the changes made to prisma/schema.prisma since the last migration, then proves the whole history
// applies cleanly to a fresh throwaway PostgreSQL.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort, startEmbeddedPostgres } from "@/lib/database/embedded-postgres";
import { applyMigrations, createMigration } from "@/lib/database/migrations";

const name = process.argv[2];
if (!name || !/^[a-z0-9_-]+$/i.test(name)) {
  console.error("usage: npm run db:migrate:create -- <name>   (letters, digits, - and _ only)");
  process.exit(2);
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "yardstick-migrate-"));
await fs.chmod(dataDir, 0o777);
const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), persistent: false });
try {
  const url = await server.connectionStringFor("migrate_check");
  const created = await createMigration(url, name);
  if (!created) {
    console.log("prisma/schema.prisma has no changes since the last migration; nothing written.");
  } else {
    const applied = await applyMigrations(url);
    console.log(`Wrote prisma/migrations/${created}/migration.sql; the full history (${applied.length} migrations) applies cleanly.`);
  }
} finally {
  await server.stop();
  await fs.rm(dataDir, { recursive: true, force: true });
}
