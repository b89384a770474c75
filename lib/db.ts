import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// The only importer of the generated client. Created lazily so `next build` needs no database,
// and kept on globalThis so dev-server reloads do not open a new pool each time.
const globalForPrisma = globalThis as unknown as { yardstickPrisma?: PrismaClient };

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export function getDb(): PrismaClient {
  if (globalForPrisma.yardstickPrisma) return globalForPrisma.yardstickPrisma;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides one.");
  globalForPrisma.yardstickPrisma = createPrismaClient(url);
  return globalForPrisma.yardstickPrisma;
}

export type Db = PrismaClient;
