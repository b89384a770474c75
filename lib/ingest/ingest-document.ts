import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import { decodeDocument } from "@/lib/ingest/decode";

export type IngestDocumentInput = {
  jurisdictionId: number;
  fileName: string;
  bytes: Uint8Array;
  source?: string | null;
  uploadedById?: number | null;
};

export type IngestDocumentResult = { documentId: number; created: boolean };

export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Stores a document once per content hash. Decoding happens before any write, so undecodable
 * input raises a DocumentDecodeError and leaves the database untouched.
 */
export async function ingestDocument(db: Db, input: IngestDocumentInput): Promise<IngestDocumentResult> {
  const sha256 = hashBytes(input.bytes);
  const existing = await db.sourceDocument.findUnique({ where: { sha256 }, select: { id: true } });
  if (existing) return { documentId: existing.id, created: false };

  const { text, encoding } = decodeDocument(input.bytes);
  const document = await db.sourceDocument.create({
    data: {
      jurisdictionId: input.jurisdictionId,
      fileName: input.fileName,
      source: input.source ?? null,
      sha256,
      encoding,
      byteSize: input.bytes.byteLength,
      text,
      uploadedById: input.uploadedById ?? null,
    },
    select: { id: true },
  });
  return { documentId: document.id, created: true };
}
