import { cache } from "react";
import type { Db } from "@/lib/db";

export type JurisdictionSummary = { id: number; code: string; name: string };

/** Cached per request: the selector, the default and the code lookup of one page share a query. */
export const listJurisdictions = cache(async (db: Db): Promise<JurisdictionSummary[]> => {
  return db.jurisdiction.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, code: true, name: true } });
});

/** What a scorecard is scoped to: `selected` is null only when there is no jurisdiction at all. */
export type JurisdictionChoice = { selected: JurisdictionSummary | null; all: JurisdictionSummary[] };

/**
 * The jurisdiction a scorecard shows: the one named by `code`, or without a code the first by name
 * (the only one, for a single-jurisdiction corpus such as the seed). "unknown" for a code nobody
 * has, which pages answer with 404 and the API with 400. Scoping every scorecard keeps a request
 * to one province's rows: all 31 at once was 9,300 rows and 20 MB (bench/README.md, "Scale").
 */
export async function selectJurisdiction(db: Db, code: string | null): Promise<JurisdictionChoice | "unknown"> {
  const all = await listJurisdictions(db);
  if (code === null) return { selected: all[0] ?? null, all };
  const selected = all.find((jurisdiction) => jurisdiction.code === code);
  return selected ? { selected, all } : "unknown";
}
