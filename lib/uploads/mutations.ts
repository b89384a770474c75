import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { admit, type Principal } from "@/lib/auth/permissions";
import { hashBytes } from "@/lib/ingest/content-hash";
import { NoReportFoundError, recognisedReports } from "@/lib/ingest/ingest-document";
import { ensureJobQueue, enqueueIngestUpload } from "@/lib/jobs/queue";
import { refuse, type Result } from "@/lib/result";
import { describeUploadFailure, DuplicateDocumentError, inspectUpload } from "@/lib/uploads/inspect-upload";
import { findUpload, type UploadSummary } from "@/lib/uploads/queries";
import type { ReadUpload } from "@/lib/uploads/read-upload";

// Same shape as lib/users/mutations.ts: role first, then zod, then one transaction with the audit.
// Everything that can be told from the file alone is checked here, before anything is stored, so a
// bad file is refused with its reason and leaves no row; the worker does the slow part.

const createUploadSchema = z.object({
  jurisdictionId: z.coerce.number().int().positive(),
  file: z.instanceof(File, { error: "请选择文件 · Choose a file to upload." }),
});

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the job queue lives in the app's database.");
  return url;
}

export async function createUpload(db: Db, actor: Principal | null, input: unknown, context: { ip: string }): Promise<Result<UploadSummary>> {
  const admitted = admit(actor, "editor", createUploadSchema, input);
  if (!admitted.ok) return admitted;
  const { jurisdictionId, file } = admitted.data;
  const jurisdiction = await db.jurisdiction.findUnique({ where: { id: jurisdictionId }, select: { id: true } });
  if (!jurisdiction) {
    return { ...refuse(400, "请检查输入 · Please check the form."), fieldErrors: { jurisdictionId: ["没有这个地区 · No such jurisdiction."] } };
  }

  const bytes = new Uint8Array(await file.arrayBuffer());
  const sha256 = hashBytes(bytes);
  let read: ReadUpload;
  try {
    const sameBytes = await db.sourceDocument.findUnique({ where: { sha256 }, select: { id: true, fileName: true } });
    if (sameBytes) throw new DuplicateDocumentError(sameBytes);
    read = await inspectUpload(db, { bytes, fileName: file.name, contentType: file.type, sha256 });
    // Extraction takes a fraction of a second, so a text with no report is refused now, not later.
    if (recognisedReports(read.text).length === 0) throw new NoReportFoundError(file.name);
  } catch (error) {
    const reason = describeUploadFailure(error);
    if (reason === null) throw error;
    return refuse(error instanceof DuplicateDocumentError ? 409 : 400, reason);
  }

  await ensureJobQueue(databaseUrl());
  const created = await db.$transaction(async (tx): Promise<Result<number>> => {
    // Two uploads of the same file at the same moment: the second waits here, then sees the first.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${sha256}))`;
    const pending = await tx.upload.findFirst({
      where: { sha256, status: { in: ["queued", "processing"] } },
      select: { id: true },
    });
    if (pending) return refuse(409, `同一文件已在处理中 · The same file is already being processed as upload #${pending.id}.`);
    const upload = await tx.upload.create({
      data: {
        jurisdictionId, fileName: file.name, contentType: file.type || "application/octet-stream", byteSize: bytes.byteLength,
        sha256, bytes, uploadedById: admitted.principal.id,
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId: admitted.principal.id,
        action: "upload.create",
        entityType: "upload",
        entityId: String(upload.id),
        after: { fileName: file.name, byteSize: bytes.byteLength, sha256, jurisdictionId, format: read.format, encoding: read.encoding },
        ip: context.ip,
      },
    });
    await enqueueIngestUpload(tx, { uploadId: upload.id });
    return { ok: true, value: upload.id };
  });
  if (!created.ok) return created;
  const summary = await findUpload(db, created.value);
  if (!summary) throw new Error(`upload ${created.value} vanished right after it was stored`);
  return { ok: true, value: summary };
}
