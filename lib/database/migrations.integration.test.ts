import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations, readMigrationsList } from "@/lib/database/migrations";

describe("migrations through Prisma's wasm schema engine", () => {
  it("records every migration in _prisma_migrations exactly as prisma migrate deploy does", async () => {
    // The global setup already applied them; applying again must be a no-op.
    expect(await applyMigrations(inject("databaseUrl"))).toEqual([]);

    const { migrationDirectories } = await readMigrationsList();
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; finished_at: Date | null; checksum: string }>(
        "SELECT migration_name, finished_at, checksum FROM _prisma_migrations ORDER BY migration_name",
      );
      expect(rows.map((row) => row.migration_name)).toEqual(migrationDirectories.map((dir) => dir.path));
      for (const row of rows) expect(row.finished_at).not.toBeNull();
      const { createHash } = await import("node:crypto");
      const first = await fs.readFile(path.join("prisma", "migrations", rows[0]!.migration_name, "migration.sql"));
      expect(rows[0]!.checksum).toBe(createHash("sha256").update(first).digest("hex"));
    } finally {
      await client.end();
    }
  });

  it("every migration directory keeps the schema it was generated from, and the last one matches schema.prisma", async () => {
    const { migrationDirectories } = await readMigrationsList();
    const last = migrationDirectories.at(-1)!;
    const snapshot = await fs.readFile(path.join("prisma", "migrations", last.path, "schema.prisma"), "utf8");
    expect(snapshot).toBe(await fs.readFile(path.join("prisma", "schema.prisma"), "utf8"));
  });
});
