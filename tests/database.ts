import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";

/** A client for the run's throwaway database (see tests/global-setup-db.ts). */
export function connectTestDatabase(): Db {
  return createPrismaClient(inject("databaseUrl"));
}

/** Empties every table so a test file starts from a known state; migrations stay applied. */
export async function resetDatabase(db: Db): Promise<void> {
  const tables = await db.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  const list = tables.map(({ tablename }) => `"public"."${tablename.replace(/"/g, '""')}"`).join(", ");
  await db.$executeRawUnsafe(`TRUNCATE ${list} RESTART IDENTITY CASCADE`);
}
