import type { Db } from "@/lib/db";

export type JurisdictionSummary = { id: number; code: string; name: string };

export async function listJurisdictions(db: Db): Promise<JurisdictionSummary[]> {
  return db.jurisdiction.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true } });
}
