// postinstall: generate the Prisma client without Prisma's binary download host. Generation needs
// no schema engine, but the CLI insists on locating one, so it is pointed at a stub that fails
// loudly if a command ever really needs the engine (migrations go through lib/database/migrations.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const stub = path.join(process.cwd(), "node_modules", ".cache", "yardstick", "schema-engine-stub");
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  fs.mkdirSync(path.dirname(stub), { recursive: true });
  fs.writeFileSync(
    stub,
    '#!/bin/sh\necho "The native Prisma schema engine is not installed here; use npm run db:migrate:create (see README)." >&2\nexit 1\n',
    { mode: 0o755 },
  );
}
const result = spawnSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "generate"], {
  stdio: "inherit",
  env: { PRISMA_SCHEMA_ENGINE_BINARY: stub, CHECKPOINT_DISABLE: "1", ...process.env },
});
process.exit(result.status ?? 1);
