// flock /tmp/yardstick-e2e.lock npx tsx bench/scale/http.ts [--database-url URL] [--year 2021] [--seconds 15]
//   [--connections 1,20] [--only /years] [--page-cache on|off]
// The pages at scale: `next start` (production build, rebuilt when the sources changed) on the
// generated corpus (bench/generate; without --database-url the .data/bench-pg cluster), a signed-in
// viewer, autocannon at each concurrency against the overview, a year scorecard, a target page and
// the JSON scorecard endpoint. Latencies are every response's time, so the percentiles are exact.
// `--page-cache off` measures every page rendered afresh (YARDSTICK_PAGE_CACHE=off, lib/page-cache).
import os from "node:os";
import pg from "pg";
import { ensureNextBuild } from "@/scripts/next-build";
import { startNextApp } from "@/tests/next-app";
import { openBenchDatabase } from "../generate/bench-database";
import { flag } from "../generate/flags";
import { measurePage, signIn, warmUp } from "../signed-in-app";

const year = Number(flag("year") ?? 2021);
const seconds = Number(flag("seconds") ?? 15);
const concurrencies = (flag("connections") ?? "1,20").split(",").map(Number);
const only = flag("only");
const pageCache = flag("page-cache") ?? "on";
if (pageCache !== "on" && pageCache !== "off") throw new Error("--page-cache takes on or off");
process.env.YARDSTICK_PAGE_CACHE = pageCache;
const WARM_UP_REQUESTS = 10;

const database = await openBenchDatabase(flag("database-url") ?? process.env.DATABASE_URL, (line) => console.error(line));
const client = new pg.Client({ connectionString: database.url });
await client.connect();
// The same target the EXPLAIN run reads: a met target from the middle of the year.
const { rows } = await client.query<{ id: number }>(
  `SELECT "id" FROM "Target" WHERE "year" = $1 AND "verdict" = 'met' ORDER BY "id" OFFSET (SELECT count(*) / 2 FROM "Target" WHERE "year" = $1 AND "verdict" = 'met') LIMIT 1`,
  [year],
);
await client.end();
// Every page shows its default view: the first jurisdiction by name and the first page of its
// targets. The filtered year view renders a handful of rows (one area's missed targets).
const paths = [
  "/", `/years/${year}`, `/years/${year}?area=safety-governance&verdict=missed`, `/targets/${rows[0]?.id ?? 1}`, `/api/v1/scorecards/${year}`,
].filter((path) => !only || path.startsWith(only));

ensureNextBuild((line) => console.error(line));
const app = await startNextApp(database.url, { stdout: "ignore" });
try {
  const cookie = await signIn(app.baseUrl);
  console.error(`load before: ${os.loadavg().map((load) => load.toFixed(2)).join(" ")}`);
  for (const pathname of paths) {
    const url = `${app.baseUrl}${pathname}`;
    const responseBytes = await warmUp(url, cookie, WARM_UP_REQUESTS);
    for (const connections of concurrencies) {
      const measured = await measurePage(url, cookie, { connections, seconds, timeout: 60 });
      console.log(JSON.stringify({ path: pathname, pageCache, connections, seconds, responseBytes, ...measured, loadAverage: os.loadavg()[0].toFixed(2) }));
    }
  }
} finally {
  await app.stop();
  await database.stop();
}
