import type { Db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { relinkYear } from "@/lib/links/relink";
import { describeUploadFailure, inspectUpload } from "@/lib/uploads/inspect-upload";

// The pg-boss handler for one upload. Progress: 10 read from the queue → 40 text extracted from the
// file → 80 stored (ingestion is one transaction: a failure leaves no document, report or target) →
// 100 linked. It can run twice for the same upload (a worker died, the job expired and was retried),
// so it starts by looking at what is already done.

export type IngestUploadOutcome = "done" | "failed" | "skipped";

async function setProgress(db: Db, uploadId: number, progress: number) {
  await db.upload.update({ where: { id: uploadId }, data: { progress } });
}

export async function ingestUpload(db: Db, uploadId: number, options: { finalAttempt: boolean }): Promise<IngestUploadOutcome> {
  const upload = await db.upload.findUnique({ where: { id: uploadId } });
  if (!upload || upload.status === "done" || upload.status === "failed" || !upload.bytes) return "skipped";
  await db.upload.update({ where: { id: uploadId }, data: { status: "processing", progress: 10, message: null } });

  try {
    const file = { bytes: upload.bytes, fileName: upload.fileName, contentType: upload.contentType, sha256: upload.sha256 };
    const read = await inspectUpload(db, file);
    await setProgress(db, uploadId, 40);
    // Same bytes already stored means an earlier run of this job got that far: ingestDocument
    // answers with that document, and the job carries on from there.
    const { documentId } = await ingestDocument(db, {
      jurisdictionId: upload.jurisdictionId,
      fileName: upload.fileName,
      bytes: upload.bytes,
      decoded: read,
      uploadedById: upload.uploadedById,
    });
    await setProgress(db, uploadId, 80);
    const counts = await db.report.findMany({
      where: { documentId },
      select: { planYear: true, reviewYear: true, _count: { select: { targets: true, outcomes: true } } },
    });
    // A document can change the links of only the years it sets targets for or reports on; the
    // whole jurisdiction took 3× as long per document (bench/README.md, "Ingestion through the queue").
    const years = new Set(counts.flatMap((report) => [report.planYear, report.reviewYear].filter((year) => year !== null)));
    for (const year of [...years].sort((a, b) => a - b)) await relinkYear(db, upload.jurisdictionId, year);
    const targets = counts.reduce((sum, report) => sum + report._count.targets, 0);
    const outcomes = counts.reduce((sum, report) => sum + report._count.outcomes, 0);
    // The document holds the text now; the uploaded bytes have served their purpose.
    await db.upload.update({
      where: { id: uploadId },
      data: {
        status: "done", progress: 100, documentId, bytes: null,
        message: `${counts.length} 份报告、${targets} 项目标、${outcomes} 项结果 · ${counts.length} report(s), ${targets} targets, ${outcomes} results.`,
      },
    });
    return "done";
  } catch (error) {
    const reason = describeUploadFailure(error);
    if (reason === null && !options.finalAttempt) {
      // Not the file's fault (the database went away, say): back to the queue for pg-boss to retry.
      await db.upload.update({ where: { id: uploadId }, data: { status: "queued", message: "稍后重试 · Will retry shortly." } });
      throw error;
    }
    const message = reason ?? `处理失败 · Ingestion failed: ${error instanceof Error ? error.message : String(error)}`;
    await db.upload.update({ where: { id: uploadId }, data: { status: "failed", message } });
    return "failed";
  }
}
