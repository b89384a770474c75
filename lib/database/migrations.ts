import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type {
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";

// Prisma's own schema engine, compiled to WebAssembly and published on npm. The CLI's native engine
// is downloaded from Prisma's servers at first use, which fails behind a firewall; the wasm engine
// reads the same prisma/migrations layout and writes the same _prisma_migrations table, so
// `prisma migrate deploy` behaves identically wherever the CLI does work.

const ROOT = process.cwd();
export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
/** The schema a migration was generated from, kept beside its migration.sql. */
const SNAPSHOT_FILE = "schema.prisma";
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

type WasmBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let bindings: Promise<WasmBindings> | undefined;

/** Instantiates the wasm module once; Node 20 cannot `import` a .wasm file directly. */
function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    const glue: WasmBindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmFile = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg")
      .replace(/schema_engine_bg\.js$/, "schema_engine_bg.wasm");
    const module = await WebAssembly.compile(await fs.readFile(wasmFile));
    const instance = await WebAssembly.instantiate(module, {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

/**
 * A pool config rather than a connection string: the adapter creates its shadow database by
 * overriding `database`, which a connection string would silently win over.
 */
function poolConfigFor(connectionString: string) {
  const url = new URL(connectionString);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, "")),
  };
}

/**
 * PrismaPg's executeScript splits a migration on every ";" and so breaks any statement that holds
 * one: a PL/pgSQL function body (the scorecard_summary triggers), a string, a comment. The Prisma
 * CLI's native engine sends the script whole, and so does this: PostgreSQL's simple query protocol
 * runs a multi-statement script in one implicit transaction.
 */
function wholeScriptAdapterFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg(pool);
  const wholeScripts = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        if (!(error instanceof pg.DatabaseError)) throw error;
        throw new DriverAdapterError({
          kind: "postgres", code: error.code ?? "N/A", severity: error.severity ?? "ERROR", message: error.message,
          detail: error.detail, column: error.column, hint: error.hint,
        });
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wholeScripts(await factory.connect()),
    connectToShadowDb: async () => wholeScripts(await factory.connectToShadowDb()),
  };
}

async function withEngine<T>(connectionString: string, use: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const schema = await fs.readFile(SCHEMA_PATH, "utf8");
  // Our own pool, so its connections are closed when we are done (freeing the engine does not).
  const pool = new pg.Pool(poolConfigFor(connectionString));
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapterFactory(pool));
    const engine = await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, adapter);
    try {
      return await use(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

/** Reads prisma/migrations the way the Prisma CLI does (directories sorted by name). */
export async function readMigrationsList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockPath = "migration_lock.toml";
  const lockContent = await fs.readFile(path.join(dir, lockPath), "utf8").catch(() => null);
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => {
        const content = await fs
          .readFile(path.join(dir, entry.name, "migration.sql"), "utf8")
          .then((value) => ({ tag: "ok" as const, value }))
          .catch((error: Error) => ({ tag: "error" as const, value: error.message }));
        return { path: entry.name, migrationFile: { path: "migration.sql", content } };
      }),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir: dir, lockfile: { path: lockPath, content: lockContent }, shadowDbInitScript: "", migrationDirectories };
}

/** `prisma migrate deploy`: applies every migration not yet recorded in _prisma_migrations. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await readMigrationsList();
  const { appliedMigrationNames } = await withEngine(connectionString, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTER }),
  );
  return appliedMigrationNames;
}

/**
 * `prisma migrate dev --create-only` without a shadow database (the wasm engine can neither use one
 * nor introspect a live database): each migration directory keeps a copy of the schema it was
 * generated from, and the next migration is the engine's diff from that copy to
 * prisma/schema.prisma. Returns the new directory name, or null when nothing changed.
 */
export async function createMigration(connectionString: string, name: string): Promise<string | null> {
  const migrationsList = await readMigrationsList();
  const latest = migrationsList.migrationDirectories.at(-1);
  const previous = latest
    ? await fs.readFile(path.join(MIGRATIONS_DIR, latest.path, SNAPSHOT_FILE), "utf8")
    : null;
  const schema = await fs.readFile(SCHEMA_PATH, "utf8");
  // The engine connects when it starts, even though diffing two datamodels reads no database.
  const script = await withEngine(connectionString, async (engine) => {
    const result = await engine.diff({
      from: previous == null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: previous }] },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  });
  if (!script.trim() || /^-- This is an empty migration\.?\s*$/.test(script.trim())) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dirName = `${stamp}_${name.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}`;
  await fs.mkdir(path.join(MIGRATIONS_DIR, dirName), { recursive: true });
  await fs.writeFile(path.join(MIGRATIONS_DIR, dirName, "migration.sql"), script);
  await fs.writeFile(path.join(MIGRATIONS_DIR, dirName, SNAPSHOT_FILE), schema);
  if (!migrationsList.lockfile.content) {
    await fs.writeFile(
      path.join(MIGRATIONS_DIR, "migration_lock.toml"),
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return dirName;
}
