import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";

// Background ingestion runs through pg-boss: jobs are rows in its own schema ("pgboss") of the
// app's database, and every worker process, on any machine, takes them with SELECT … FOR UPDATE
// SKIP LOCKED, so several app instances share the work and each job runs once at a time.

export const INGEST_UPLOAD_QUEUE = "ingest-upload";

export type IngestUploadJob = { uploadId: number };

/**
 * A job that runs longer than this is taken for a crashed worker and retried; a 20 MB report
 * takes well under a minute to ingest. Two retries cover a worker killed mid-job or a database
 * restart; bad input never needs one, the handler fails it for good at once.
 */
const QUEUE_OPTIONS = { name: INGEST_UPLOAD_QUEUE, retryLimit: 2, retryDelay: 10, expireInSeconds: 15 * 60 };

/** A pg-boss instance on the database; start() creates or migrates its schema under an advisory lock. */
export function createJobQueue(connectionString: string, options: { supervise: boolean }): PgBoss {
  return new PgBoss({ connectionString, supervise: options.supervise, schedule: false, max: options.supervise ? 4 : 2 });
}

/** Creates pg-boss's schema and the upload queue when missing; safe to run from many processes at once. */
export async function installJobQueue(boss: PgBoss): Promise<void> {
  await boss.start();
  await boss.createQueue(INGEST_UPLOAD_QUEUE, QUEUE_OPTIONS);
}

const installed = globalThis as typeof globalThis & { yardstickJobQueue?: Map<string, Promise<void>> };

/** Once per process and database: the app enqueues into a schema a worker may not have created yet. */
export function ensureJobQueue(connectionString: string): Promise<void> {
  installed.yardstickJobQueue ??= new Map();
  let pending = installed.yardstickJobQueue.get(connectionString);
  if (!pending) {
    const boss = createJobQueue(connectionString, { supervise: false });
    pending = installJobQueue(boss).finally(() => boss.stop({ graceful: false }));
    // A failed install is retried by the next caller rather than remembered.
    pending.catch(() => installed.yardstickJobQueue?.delete(connectionString));
    installed.yardstickJobQueue.set(connectionString, pending);
  }
  return pending;
}

/** pg-boss's SQL, run through the caller's Prisma transaction. */
function transactionDb(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      // node-postgres would send objects as JSON and undefined as NULL; Prisma wants that spelled out.
      const params = values.map((value) =>
        value === undefined ? null : value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value,
      );
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}

/**
 * Enqueues the ingestion of an upload inside the transaction that stores it, so there is never an
 * upload without its job nor a job without its upload. The queue must exist (ensureJobQueue).
 */
export async function enqueueIngestUpload(tx: Prisma.TransactionClient, job: IngestUploadJob): Promise<string> {
  // Constructed on the transaction's connection only: no pool, nothing to start or stop.
  const sender = new PgBoss({ db: transactionDb(tx), supervise: false, schedule: false });
  const id = await sender.send(INGEST_UPLOAD_QUEUE, job);
  if (id === null) throw new Error(`pg-boss did not accept the job for upload ${job.uploadId}: is the ${INGEST_UPLOAD_QUEUE} queue installed?`);
  return id;
}
