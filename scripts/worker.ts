// npm run worker: the background ingestion of uploads (lib/jobs). Needs DATABASE_URL; `npm start`
// runs one next to Next.js, and any number more may run, here or on other machines, against the
// same database: pg-boss hands each job to exactly one of them. SIGINT/SIGTERM finish the job in
// hand, then exit.
import { createPrismaClient } from "@/lib/db";
import { startUploadWorker } from "@/lib/jobs/upload-worker";

const log = (line: string) => console.log(`[worker] ${line}`);

async function main() {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    console.error("[worker] DATABASE_URL is not set: point it at the app's database (npm start sets it for its own worker).");
    process.exit(1);
  }
  const db = createPrismaClient(url);
  const worker = await startUploadWorker(db, url, log);
  log("waiting for uploads");

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await db.$disconnect();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(`[worker] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
