// npm run --silent extract -- <file>... – print the targets and outcomes of each report as one JSON array
import { readFile } from "node:fs/promises";
import { DocumentDecodeError, decodeDocument } from "@/lib/ingest/decode";
import { extractDocument } from "@/lib/extract/extract-document";

async function main(files: string[]): Promise<void> {
  if (files.length === 0) {
    process.stderr.write("usage: npm run --silent extract -- <file>...\n");
    process.exitCode = 2;
    return;
  }
  const results = [];
  for (const file of files) {
    const { text } = decodeFile(file, await readFile(file));
    const reports = extractDocument(text).map(({ kind, title, deliveredOn, reviewYear, planYear, targets, outcomes }) => ({
      kind, title, deliveredOn, reviewYear, planYear, targets, outcomes,
    }));
    results.push({ file, reports });
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

function decodeFile(file: string, bytes: Uint8Array) {
  try {
    return decodeDocument(bytes);
  } catch (error) {
    if (error instanceof DocumentDecodeError) throw new Error(`cannot read ${file}: ${error.message}`);
    throw error;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`extract: ${reason}\n`);
  process.exitCode = 1;
});
