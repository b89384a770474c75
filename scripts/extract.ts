// npm run --silent extract -- <file>... – print the targets and outcomes of each report as one JSON array
import { extractDocument } from "@/lib/extract/extract-document";
import { readTextFile } from "@/scripts/read-text-file";

async function main(files: string[]): Promise<void> {
  if (files.length === 0) {
    process.stderr.write("usage: npm run --silent extract -- <file>...\n");
    process.exitCode = 2;
    return;
  }
  const results = [];
  for (const file of files) {
    const text = await readTextFile(file);
    const reports = extractDocument(text).map(({ kind, title, deliveredOn, reviewYear, planYear, targets, outcomes }) => ({
      kind, title, deliveredOn, reviewYear, planYear, targets, outcomes,
    }));
    results.push({ file, reports });
  }
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`extract: ${reason}\n`);
  process.exitCode = 1;
});
