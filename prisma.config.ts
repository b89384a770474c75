import { defineConfig } from "prisma/config";

// process.env rather than env(): `prisma generate` must work without a DATABASE_URL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
