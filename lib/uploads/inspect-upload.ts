import type { Db } from "@/lib/db";
import { hashText } from "@/lib/ingest/content-hash";
import { NoReportFoundError } from "@/lib/ingest/ingest-document";
import { readUpload, UploadReadError, type ReadUpload } from "@/lib/uploads/read-upload";

// The checks an upload passes twice: when it arrives (so bad input is refused before anything is
// stored) and when the worker ingests it (the corpus may have changed in between).

/** The upload's bytes or text are already a stored document. */
export class DuplicateDocumentError extends Error {
  readonly document: { id: number; fileName: string };

  constructor(document: { id: number; fileName: string }) {
    super(`与已有文档重复 · This is a duplicate of document #${document.id} “${document.fileName}”, already in the corpus.`);
    this.name = "DuplicateDocumentError";
    this.document = document;
  }
}

type UploadedFile = { bytes: Uint8Array; fileName: string; contentType: string; sha256: string };

/**
 * Reads the file and refuses text the corpus already holds under other bytes (the same report
 * re-saved as GBK, .docx or PDF). A document with the same bytes is the caller's to judge: for a
 * new upload it is a duplicate, for a retried job it is the document that job already stored.
 */
export async function inspectUpload(db: Db, file: UploadedFile): Promise<ReadUpload> {
  const read = await readUpload(file.bytes, file.fileName, file.contentType);
  const sameText = await db.sourceDocument.findFirst({
    where: { textSha256: hashText(read.text), NOT: { sha256: file.sha256 } },
    select: { id: true, fileName: true },
  });
  if (sameText) throw new DuplicateDocumentError(sameText);
  return read;
}

/** The reason an upload cannot be ingested, in plain words; null for errors that are not the file's fault. */
export function describeUploadFailure(error: unknown): string | null {
  if (error instanceof UploadReadError || error instanceof DuplicateDocumentError) return error.message;
  if (error instanceof NoReportFoundError) {
    return "文中没有可识别的报告 · No government work report, plan report or budget report was recognised in this text (no review or plan year, no target, no result).";
  }
  return null;
}
