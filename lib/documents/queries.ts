import "server-only";
import type { Db } from "@/lib/db";

export type DocumentSummary = {
  id: number;
  fileName: string;
  jurisdiction: string;
  source: string | null;
  encoding: string;
  byteSize: number;
  sha256: string;
  kinds: string[];
  uploadedAt: string;
};

/** The corpus, oldest upload first, with the kinds of report found in each document. */
export async function listDocuments(db: Db): Promise<DocumentSummary[]> {
  const rows = await db.sourceDocument.findMany({
    orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fileName: true,
      source: true,
      encoding: true,
      byteSize: true,
      sha256: true,
      uploadedAt: true,
      jurisdiction: { select: { name: true } },
      reports: { select: { kind: true }, orderBy: { ordinal: "asc" } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    fileName: row.fileName,
    jurisdiction: row.jurisdiction.name,
    source: row.source,
    encoding: row.encoding,
    byteSize: row.byteSize,
    sha256: row.sha256,
    kinds: [...new Set(row.reports.map((report) => report.kind))],
    uploadedAt: row.uploadedAt.toISOString(),
  }));
}
