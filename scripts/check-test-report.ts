// Reads the JSON report of the last `npm test` and fails when the browser tests did not really run
// (no Chromium, every e2e test skipped), so a green CI always includes them. Prints the totals
// as one plain line that any CI can read.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const reportSchema = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  testResults: z.array(
    z.object({ name: z.string(), assertionResults: z.array(z.object({ status: z.string(), fullName: z.string() })) }),
  ),
});

const file = path.join(process.cwd(), "test-results", "vitest.json");
if (!fs.existsSync(file)) {
  console.error(`check-test-report: ${file} is missing: did npm test run?`);
  process.exit(1);
}
const report = reportSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
const e2e = report.testResults
  .filter((suite) => suite.name.includes(`${path.sep}e2e${path.sep}`))
  .flatMap((suite) => suite.assertionResults);
const e2ePassed = e2e.filter((test) => test.status === "passed").length;
const e2eNotRun = e2e.filter((test) => test.status !== "passed" && test.status !== "failed");

console.log(`e2e: ${e2ePassed} of ${e2e.length} browser tests passed`);
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
if (e2ePassed === 0 || e2eNotRun.length > 0) {
  console.error(
    `check-test-report: the end-to-end tests did not all run (${e2eNotRun.map((t) => t.fullName).join("; ") || "none found"})`,
  );
  process.exit(1);
}
if (report.numFailedTests > 0) process.exit(1);
