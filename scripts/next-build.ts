import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = process.cwd();
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package.json", "postcss.config.mjs"];

/** The production build is stale when any source is newer than it. */
function buildIsStale(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const newer = (entry: string): boolean => {
    const full = path.join(ROOT, entry);
    if (!fs.existsSync(full)) return false;
    const stat = fs.statSync(full);
    if (!stat.isDirectory()) return stat.mtimeMs > builtAt;
    return fs.readdirSync(full).some((child) => child !== "generated" && newer(path.join(entry, child)));
  };
  return SOURCES.some(newer);
}

/** Runs `next build` unless the existing build is newer than every source. */
export function ensureNextBuild(log: (line: string) => void): void {
  if (!buildIsStale()) return;
  log("Building the app (first start, or sources changed)…");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed; its output is above.");
}
