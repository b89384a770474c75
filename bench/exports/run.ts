// npx tsx bench/exports/run.ts <csv|xlsx> [rows] – time and peak memory of one streamed scorecard export
// Feeds lib/export's writers (the ones GET /api/v1/exports/scorecard uses) from an async iterator of
// synthetic rows and streams the file to a temporary path. One format per process, so the peak
// resident set size (the kernel's high-water mark) belongs to that format alone.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { writeScorecardCsv } from "@/lib/export/csv";
import type { ExportFormat, ExportMeta, ExportWriter } from "@/lib/export/export-row";
import { syntheticRows } from "@/lib/export/fixtures";
import { writeScorecardXlsx } from "@/lib/export/xlsx";
import { METHODOLOGY_VERSION } from "@/lib/verdict/methodology";

const WRITERS: Record<ExportFormat, ExportWriter> = { csv: writeScorecardCsv, xlsx: writeScorecardXlsx };

const format = process.argv[2];
if (format !== "csv" && format !== "xlsx") throw new Error("usage: npx tsx bench/exports/run.ts <csv|xlsx> [rows]");
const rows = Number(process.argv[3] ?? 100_000);

const meta: ExportMeta = {
  methodologyVersion: METHODOLOGY_VERSION,
  snapshotAt: new Date(),
  year: 2021,
  jurisdiction: "cn-chongqing",
  filters: { area: null, verdict: null, headline: false, conflict: false, q: "" },
  locale: "zh-CN",
};

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
// maxRSS is in KiB; sampled RSS and heap show how memory moves while the file is written.
const baselineRss = process.memoryUsage().rss;
let sampledPeakRss = baselineRss;
let peakHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  sampledPeakRss = Math.max(sampledPeakRss, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
}, 10);

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "yardstick-export-bench-")), `export.${format}`);
const start = performance.now();
await WRITERS[format](syntheticRows(rows), meta, fs.createWriteStream(file));
const seconds = (performance.now() - start) / 1000;
clearInterval(sampler);
const bytes = fs.statSync(file).size;
fs.rmSync(path.dirname(file), { recursive: true, force: true });

console.log(
  JSON.stringify({
    format,
    rows,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(rows / seconds),
    fileMiB: mib(bytes),
    baselineRssMiB: mib(baselineRss),
    peakRssMiB: mib(process.resourceUsage().maxRSS * 1024),
    sampledPeakRssMiB: mib(sampledPeakRss),
    peakHeapMiB: mib(peakHeap),
  }),
);
