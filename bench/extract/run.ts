// npx tsx bench/extract/run.ts [runs] – extraction throughput over seed/ and wall time for all files
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { decodeDocument } from "@/lib/ingest/decode";
import { extractDocument } from "@/lib/extract/extract-document";

const runs = Number(process.argv[2] ?? 9);
const seedDir = new URL("../../seed/", import.meta.url);
const files = readdirSync(seedDir).filter((name) => name.endsWith(".txt")).sort();
const inputs = files.map((name) => readFileSync(new URL(name, seedDir)));
const megabytes = inputs.reduce((sum, bytes) => sum + bytes.length, 0) / 1e6;

function extractAll(): number {
  let items = 0;
  for (const bytes of inputs) {
    for (const report of extractDocument(decodeDocument(bytes).text)) items += report.targets.length + report.outcomes.length;
  }
  return items;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// The first run pays for JIT compilation; it is reported separately as the cold time.
const coldStart = performance.now();
const items = extractAll();
const coldMs = performance.now() - coldStart;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  extractAll();
  times.push(performance.now() - start);
}
const medianMs = median(times);
console.log(JSON.stringify({
  files: files.length, megabytes: Number(megabytes.toFixed(3)), items, runs,
  coldMs: Number(coldMs.toFixed(1)), medianMs: Number(medianMs.toFixed(1)),
  minMs: Number(Math.min(...times).toFixed(1)), maxMs: Number(Math.max(...times).toFixed(1)),
  megabytesPerSecond: Number((megabytes / (medianMs / 1000)).toFixed(2)),
}, null, 2));
