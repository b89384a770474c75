// npm run --silent match -- <file>... --year 2021 – link each target of the year to its results and print the verdicts as JSON
import { extractDocument } from "@/lib/extract/extract-document";
import { linkYear, type ReportInput } from "@/lib/match/link-year";
import { readTextFile } from "@/scripts/read-text-file";

const USAGE = "usage: npm run --silent match -- <file>... --year <year>\n";

async function main(args: string[]): Promise<void> {
  const { files, year } = parseArgs(args);
  const inputs: ReportInput[] = [];
  for (const file of files) {
    const text = await readTextFile(file);
    for (const report of extractDocument(text)) inputs.push({ documentId: file, text, report });
  }
  const { links } = linkYear(inputs, year);
  const output = {
    year,
    links: links.map(({ target, outcomes, verdict, confidence, why }) => ({
      target: {
        file: target.documentId,
        start: target.start,
        end: target.end,
        quote: target.quote,
        value: target.value,
        unit: target.unit,
        operator: target.operator,
        implied: target.implied,
      },
      outcomes: outcomes.map((outcome) => ({
        file: outcome.documentId,
        start: outcome.start,
        end: outcome.end,
        quote: outcome.quote,
        value: outcome.value,
        unit: outcome.unit,
        preliminary: outcome.preliminary,
      })),
      verdict,
      confidence,
      why,
    })),
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

function parseArgs(args: string[]): { files: string[]; year: number } {
  const files: string[] = [];
  let year: number | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--year" || arg.startsWith("--year=")) {
      const value = arg === "--year" ? args[++i] : arg.slice("--year=".length);
      if (!value || !/^\d{4}$/.test(value)) throw new UsageError(`--year needs a four-digit year, got ${value ?? "nothing"}`);
      year = Number(value);
    } else if (arg.startsWith("--")) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new UsageError("no files given");
  if (year === null) throw new UsageError("--year is required");
  return { files, year };
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`match: ${reason}\n${error instanceof UsageError ? USAGE : ""}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
