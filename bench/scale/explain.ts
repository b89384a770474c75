// npx tsx --conditions=react-server bench/scale/explain.ts [--database-url URL] [--year 2021] [--runs 7] [--plans DIR]
// Runs the page queries of lib/scorecard exactly as the pages do (through Prisma), captures every SQL
// statement Prisma sends, and replays each under EXPLAIN (ANALYZE, BUFFERS). Prints per page the
// function's median wall time and each statement's execution time and buffers; --plans writes the
// full plans. The react-server condition lets lib/scorecard's `import "server-only"` load outside Next.
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { parseScorecardFilters } from "@/lib/scorecard/filters";
import { getOverview } from "@/lib/scorecard/overview";
import { getTargetDetail } from "@/lib/scorecard/target";
import { selectJurisdiction } from "@/lib/jurisdictions/queries";
import { getYearCounts, getYearScorecard } from "@/lib/scorecard/year";
import { openBenchDatabase } from "../generate/bench-database";
import { flag } from "../generate/flags";

const year = Number(flag("year") ?? 2021);
const runs = Number(flag("runs") ?? 7);
const plansDir = flag("plans");

type Captured = { query: string; params: unknown[] };

const database = await openBenchDatabase(flag("database-url") ?? process.env.DATABASE_URL, (line) => console.error(line));
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }), log: [{ emit: "event", level: "query" }] });
let captured: Captured[] | null = null;
db.$on("query", (event) => captured?.push({ query: event.query, params: JSON.parse(event.params) as unknown[] }));
const explainer = new pg.Client({ connectionString: database.url });
await explainer.connect();

/** A target of the year from the middle of the corpus, the kind a viewer clicks through to. */
const { rows: sample } = await explainer.query<{ id: number }>(
  `SELECT "id" FROM "Target" WHERE "year" = $1 AND "verdict" = 'met' ORDER BY "id" OFFSET (SELECT count(*) / 2 FROM "Target" WHERE "year" = $1 AND "verdict" = 'met') LIMIT 1`,
  [year],
);
const targetId = sample[0]?.id ?? 1;
const noFilters = parseScorecardFilters({});
// The pages' default view: the first jurisdiction by name, the first page of the year's targets.
const choice = await selectJurisdiction(db, null);
if (choice === "unknown" || !choice.selected) throw new Error("the bench database has no jurisdiction");
const jurisdiction = choice.selected;

const pages: Array<{ label: string; run: () => Promise<unknown> }> = [
  { label: `overview /?j=${jurisdiction.code}`, run: () => getOverview(db, jurisdiction.id) },
  { label: `year /years/${year}?j=${jurisdiction.code}`, run: () => getYearScorecard(db, { jurisdiction, year, filters: noFilters, page: 1 }) },
  { label: `JSON /api/v1/scorecards/${year}`, run: () => getYearCounts(db, jurisdiction, year) },
  { label: `target /targets/${targetId}`, run: () => getTargetDetail(db, targetId) },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
type Explained = { Plan: PlanNode & { "Shared Hit Blocks": number; "Shared Read Blocks": number; "Actual Rows": number }; "Execution Time": number; "Planning Time": number };

/** "Seq Scan Target, Index Scan Link_targetId_outcomeId_key": what the plan reads, in plan order. */
function accessPaths(node: PlanNode): string[] {
  const own = /Scan/.test(node["Node Type"]) ? [`${node["Node Type"]} ${node["Index Name"] ?? node["Relation Name"] ?? ""}`.trim()] : [];
  return [...own, ...(node.Plans ?? []).flatMap(accessPaths)];
}

const report: Array<Record<string, unknown>> = [];
try {
  for (const page of pages) {
    // Warm the caches and the Prisma engine first, as a running server would be.
    await page.run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await page.run();
      times.push(performance.now() - started);
    }
    captured = [];
    await page.run();
    const statements = captured;
    captured = null;
    console.log(`\n${page.label}: median ${median(times).toFixed(1)} ms over ${runs} runs, ${statements.length} statements`);
    const explained = [];
    for (const [index, statement] of statements.entries()) {
      const { rows } = await explainer.query<{ "QUERY PLAN": Explained[] }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.query}`, statement.params);
      const [plan] = rows[0]["QUERY PLAN"];
      const summary = {
        statement: index + 1,
        executionMs: Number(plan["Execution Time"].toFixed(2)),
        planningMs: Number(plan["Planning Time"].toFixed(2)),
        rows: plan.Plan["Actual Rows"],
        sharedHit: plan.Plan["Shared Hit Blocks"],
        sharedRead: plan.Plan["Shared Read Blocks"],
        reads: [...new Set(accessPaths(plan.Plan))].join(", "),
        sql: statement.query.replace(/\s+/g, " ").slice(0, 160),
      };
      explained.push(summary);
      console.log(`  #${summary.statement} ${summary.executionMs} ms (plan ${summary.planningMs}), ${summary.rows} rows, buffers hit ${summary.sharedHit} read ${summary.sharedRead}: ${summary.reads}\n     ${summary.sql}`);
      if (plansDir) {
        const text = await explainer.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`, statement.params);
        await fs.mkdir(plansDir, { recursive: true });
        const file = path.join(plansDir, `${page.label.split(" ")[0]}-${index + 1}.txt`);
        await fs.writeFile(file, `${statement.query}\n${JSON.stringify(statement.params)}\n\n${text.rows.map((row) => row["QUERY PLAN"]).join("\n")}\n`);
      }
    }
    report.push({ page: page.label, medianMs: Number(median(times).toFixed(1)), statements: explained });
  }
  console.log(`\n${JSON.stringify(report)}`);
} finally {
  await explainer.end();
  await db.$disconnect();
  await database.stop();
}
