// The production build served by `next start` on a free loopback port against a given database,
// for the browser tests (e2e/global-setup-app.ts) and the page benchmarks (bench/signed-in-app.ts).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { findFreePort } from "@/lib/database/embedded-postgres";
import { NEXT_BIN } from "@/scripts/next-build";

export type RunningApp = { baseUrl: string; stop(): Promise<void> };

const READY_TIMEOUT_MS = 60_000;

/** Starts `next start` and resolves once it serves /login; `stdout: "ignore"` keeps a benchmark's own output clean. */
export async function startNextApp(databaseUrl: string, options: { stdout: "inherit" | "ignore" }): Promise<RunningApp> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", options.stdout, "inherit"],
  });
  let running = true;
  const exited = new Promise<void>((resolve) => server.once("exit", () => {
    running = false;
    resolve();
  }));
  // Should this process die without calling stop(), the server must not outlive it.
  const killOnExit = () => server.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.off("exit", killOnExit);
    server.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  };

  for (let waited = 0; ; waited += 250) {
    const ok = await fetch(`${baseUrl}/login`).then((response) => response.ok, () => false);
    if (ok) return { baseUrl, stop };
    if (!running || waited >= READY_TIMEOUT_MS) {
      await stop();
      throw new Error(running ? `next start did not answer at ${baseUrl}/login within ${READY_TIMEOUT_MS / 1000} s` : "next start exited before it was ready");
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
