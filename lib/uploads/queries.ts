import type { Db } from "@/lib/db";
import type { UploadStatus } from "@/lib/generated/prisma/client";

export type UploadSummary = {
  id: number;
  fileName: string;
  byteSize: number;
  status: UploadStatus;
  progress: number;
  message: string | null;
  documentId: number | null;
  jurisdictionName: string;
  uploadedBy: string | null;
  createdAt: string;
};

const SUMMARY_FIELDS = {
  id: true,
  fileName: true,
  byteSize: true,
  status: true,
  progress: true,
  message: true,
  documentId: true,
  createdAt: true,
  jurisdiction: { select: { name: true } },
  uploadedBy: { select: { name: true } },
} as const;

type SummaryRow = {
  id: number; fileName: string; byteSize: number; status: UploadStatus; progress: number; message: string | null;
  documentId: number | null; createdAt: Date; jurisdiction: { name: string }; uploadedBy: { name: string } | null;
};

function toSummary({ jurisdiction, uploadedBy, createdAt, ...row }: SummaryRow): UploadSummary {
  return { ...row, jurisdictionName: jurisdiction.name, uploadedBy: uploadedBy?.name ?? null, createdAt: createdAt.toISOString() };
}

/** Newest first; never the bytes. */
export async function listRecentUploads(db: Db, limit = 30): Promise<UploadSummary[]> {
  const rows = await db.upload.findMany({ orderBy: { id: "desc" }, take: limit, select: SUMMARY_FIELDS });
  return rows.map(toSummary);
}

export async function findUpload(db: Db, id: number): Promise<UploadSummary | null> {
  const row = await db.upload.findUnique({ where: { id }, select: SUMMARY_FIELDS });
  return row ? toSummary(row) : null;
}
