// flock /tmp/yardstick-e2e.lock npx tsx bench/scale/http.ts [--database-url URL] [--year 2021] [--seconds 15]
//   [--connections 1,20] [--only /years]
// The pages at scale: `next start` (production build, rebuilt when the sources changed) on the
// generated corpus (bench/generate; without --database-url the .data/bench-pg cluster), a signed-in
// viewer, autocannon at each concurrency against the overview, a year scorecard, a target page and
// the JSON scorecard endpoint. Latencies are every response's time, so the percentiles are exact.
import os from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { ensureNextBuild } from "@/scripts/next-build";
import { openBenchDatabase } from "../generate/bench-database";
import { flag } from "../generate/flags";
import { percentile, signIn, startApp } from "../signed-in-app";

const year = Number(flag("year") ?? 2021);
const seconds = Number(flag("seconds") ?? 15);
const concurrencies = (flag("connections") ?? "1,20").split(",").map(Number);
const only = flag("only");
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
const { baseUrl, server } = await startApp(database.url);
try {
  const cookie = await signIn(baseUrl);
  console.error(`load before: ${os.loadavg().map((load) => load.toFixed(2)).join(" ")}`);
  for (const pathname of paths) {
    const url = `${baseUrl}${pathname}`;
    let bytes = 0;
    for (let i = 0; i < WARM_UP_REQUESTS; i++) {
      const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
      if (response.status !== 200) throw new Error(`${pathname} answered ${response.status} to a signed-in viewer`);
      bytes = (await response.arrayBuffer()).byteLength;
    }
    for (const connections of concurrencies) {
      const times: number[] = [];
      const run = autocannon({ url, connections, duration: seconds, headers: { cookie }, timeout: 60 });
      run.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
      const result = await run;
      times.sort((a, b) => a - b);
      const round = (ms: number) => Number(ms.toFixed(1));
      const row = {
        path: pathname, connections, seconds, responseBytes: bytes, requests: times.length, requestsPerSecond: round(times.length / seconds),
        medianMs: round(percentile(times, 0.5)), p95Ms: round(percentile(times, 0.95)), p99Ms: round(percentile(times, 0.99)),
        maxMs: round(times.at(-1) ?? 0), non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
        loadAverage: os.loadavg()[0].toFixed(2),
      };
      console.log(JSON.stringify(row));
    }
  }
} finally {
  server.kill("SIGTERM");
  await database.stop();
}
