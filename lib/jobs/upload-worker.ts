import type PgBoss from "pg-boss";
import type { Db } from "@/lib/db";
import { ingestUpload } from "@/lib/jobs/ingest-upload";
import { createJobQueue, INGEST_UPLOAD_QUEUE, installJobQueue, type IngestUploadJob } from "@/lib/jobs/queue";

export type UploadWorker = { stop(): Promise<void> };

/**
 * Consumes the upload queue: one job at a time per process (ingestion is CPU-bound), polling every
 * second while the queue is empty. Also does pg-boss's maintenance (expiring jobs of dead workers,
 * archiving), which pg-boss runs on one instance at a time however many workers there are.
 */
export async function startUploadWorker(db: Db, connectionString: string, log: (line: string) => void): Promise<UploadWorker> {
  const boss: PgBoss = createJobQueue(connectionString, { supervise: true });
  boss.on("error", (error) => log(`queue error: ${error.message}`));
  await installJobQueue(boss);
  let workerId: string | undefined;
  workerId = await boss.work<IngestUploadJob>(
    INGEST_UPLOAD_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true },
    async ([job]) => {
      const outcome = await ingestUpload(db, job.data.uploadId, { finalAttempt: job.retryCount >= job.retryLimit });
      log(`upload ${job.data.uploadId}: ${outcome}`);
      // pg-boss waits out the rest of the polling interval after every fetch, which capped a worker
      // at one document a second with the CPU two-thirds idle; after a job there may be more, so
      // the next fetch comes at once.
      if (workerId) boss.notifyWorker(workerId);
    },
  );
  return {
    // Graceful: the job in hand gets 8 s to finish (npm start waits 10 s); one cut short is
    // failed back to pg-boss, which retries it on the next worker.
    stop: () => boss.stop({ graceful: true, timeout: 8_000 }),
  };
}
