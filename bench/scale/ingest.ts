// npx tsx bench/scale/ingest.ts [--replicas 200] [--workers 1,2]
// Ingestion throughput through the whole pipeline as the app runs it: the five seed files, each copy
// made unique by a header line (documents are deduplicated by content hash) and filed under its own
// jurisdiction (one province's corpus per replica), queued as uploads on pg-boss and worked off by
// `scripts/worker.ts` processes (decode → extract → persist → relink the jurisdiction). For each worker
// count: a fresh throwaway PostgreSQL, the uploads queued first, then the workers started and timed
// until every upload is done or failed.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db";
import { applyMigrations } from "@/lib/database/migrations";
import { enqueueIngestUpload, ensureJobQueue } from "@/lib/jobs/queue";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { startThrowawayPostgres } from "@/tests/throwaway-postgres";
import { flag } from "../generate/flags";
import { jurisdictionAt } from "../generate/corpus";

const replicas = Number(flag("replicas") ?? 200);
const workerCounts = (flag("workers") ?? "1,2").split(",").map(Number);
const seedDir = path.join(process.cwd(), "seed");
const seedFiles = (await fs.readdir(seedDir)).filter((file) => file.endsWith(".txt")).sort();
const seedBytes = await Promise.all(seedFiles.map((file) => fs.readFile(path.join(seedDir, file))));

async function queueUploads(db: Db, url: string): Promise<number> {
  await ensureJobQueue(url);
  for (const [order, area] of POLICY_AREAS.entries()) await db.policyArea.create({ data: { ...area, order } });
  let queued = 0;
  for (let replica = 0; replica < replicas; replica++) {
    const { code, name } = jurisdictionAt(replica);
    const jurisdiction = await db.jurisdiction.create({ data: { code, name } });
    for (const [index, file] of seedFiles.entries()) {
      // A header line of its own: same report text, different bytes, so nothing is deduplicated.
      const bytes = Buffer.concat([Buffer.from(`（基准副本 ${replica + 1}：${name}）\n`), seedBytes[index]]);
      await db.$transaction(async (tx) => {
        const upload = await tx.upload.create({
          data: {
            jurisdictionId: jurisdiction.id, fileName: `${code}-${file}`, contentType: "text/plain", byteSize: bytes.byteLength,
            sha256: createHash("sha256").update(bytes).digest("hex"), bytes,
          },
        });
        await enqueueIngestUpload(tx, { uploadId: upload.id });
      });
      queued += 1;
    }
  }
  return queued;
}

function startWorker(url: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function measure(workers: number) {
  const server = await startThrowawayPostgres("yardstick-ingest-bench-");
  const processes: ChildProcess[] = [];
  try {
    const url = await server.connectionStringFor("ingest_bench");
    await applyMigrations(url);
    const db = createPrismaClient(url);
    const queued = await queueUploads(db, url);
    const cpuBefore = os.cpus().map((cpu) => cpu.times);
    const started = performance.now();
    for (let i = 0; i < workers; i++) processes.push(startWorker(url));
    let finished = 0;
    while (finished < queued) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      finished = await db.upload.count({ where: { status: { in: ["done", "failed"] } } });
    }
    const seconds = (performance.now() - started) / 1000;
    // Share of both cores busy during the run: CPU-bound means this is near 100 %.
    const busy = os.cpus().reduce((sum, cpu, index) => {
      const before = cpuBefore[index];
      const total = Object.values(cpu.times).reduce((a, b) => a + b, 0) - Object.values(before).reduce((a, b) => a + b, 0);
      return sum + (total - (cpu.times.idle - before.idle)) / total;
    }, 0) / os.cpus().length;
    const failed = await db.upload.count({ where: { status: "failed" } });
    const [documents, targets, links] = await Promise.all([db.sourceDocument.count(), db.target.count(), db.link.count()]);
    await db.$disconnect();
    return { workers, documents, failed, targets, links, seconds: Number(seconds.toFixed(1)), documentsPerSecond: Number((queued / seconds).toFixed(2)), cpuBusy: `${Math.round(busy * 100)}%` };
  } finally {
    for (const child of processes) child.kill("SIGTERM");
    await Promise.all(processes.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))));
    await server.stop();
  }
}

for (const workers of workerCounts) console.log(JSON.stringify(await measure(workers)));
