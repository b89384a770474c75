// npx tsx bench/generate/run.ts [--database-url URL] [--jurisdictions 31] [--years 20] [--targets 300]
//   [--seed 1] [--last-year 2024] [--reset] [--serve]
// Writes a synthetic corpus (every province, twenty years, 300 targets each, with results and links)
// into the migrated tables. Without --database-url it starts an embedded PostgreSQL with its data in
// .data/bench-pg, prints the URL and stops it again when done (--serve keeps it running until Ctrl-C).
import fs from "node:fs/promises";
import path from "node:path";
import { openBenchDatabase } from "./bench-database";
import { flag } from "./flags";
import { proseParagraphs } from "./corpus";
import { loadCorpus } from "./load";

function intFlag(name: string, fallback: number): number {
  const raw = flag(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, got "${raw}"`);
  return value;
}

const jurisdictions = intFlag("jurisdictions", 31);
const years = intFlag("years", 20);
const targetsPerYear = intFlag("targets", 300);
const seed = intFlag("seed", 1);
const lastYear = intFlag("last-year", 2024);
const log = (line: string) => console.error(line);

const seedDir = path.join(process.cwd(), "seed");
const seedFiles = (await fs.readdir(seedDir)).filter((file) => file.endsWith(".txt")).sort();
const prose = proseParagraphs(await Promise.all(seedFiles.map((file) => fs.readFile(path.join(seedDir, file), "utf8"))));

const database = await openBenchDatabase(flag("database-url") ?? process.env.DATABASE_URL, log);
try {
  if (database.embedded) console.log(`DATABASE_URL=${database.url}`);
  const summary = await loadCorpus(database.url, {
    seed, targetsPerYear, firstYear: lastYear - years + 1, lastYear, jurisdictions,
    reset: process.argv.includes("--reset"),
    demoPassword: process.env.YARDSTICK_DEMO_PASSWORD ?? "yardstick-demo",
    prose,
    log,
  });
  console.log(JSON.stringify({ ...summary, seconds: Number(summary.seconds.toFixed(1)), insertSeconds: Number(summary.insertSeconds.toFixed(1)) }));
  if (database.embedded && process.argv.includes("--serve")) {
    log(`Serving ${database.url}; Ctrl-C stops PostgreSQL.`);
    await new Promise<void>((resolve) => process.once("SIGINT", () => resolve()));
  }
} finally {
  await database.stop();
}
