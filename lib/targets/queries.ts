import "server-only";
import type { Db } from "@/lib/db";

export type OutcomeCandidate = { id: number; indicator: string; value: number | null; unit: string; quote: string; fileName: string; linked: boolean };

/**
 * Results of the target's year and jurisdiction whose indicator or sentence contains `query`, for
 * an editor relinking a target by hand. Results already rejected for this target are left out.
 */
export async function searchOutcomesForTarget(db: Db, targetId: number, query: string): Promise<OutcomeCandidate[]> {
  const text = query.trim().slice(0, 100);
  if (!text) return [];
  const target = await db.target.findUnique({ where: { id: targetId }, select: { year: true, jurisdictionId: true } });
  if (!target) return [];
  const rows = await db.outcome.findMany({
    where: {
      year: target.year,
      jurisdictionId: target.jurisdictionId,
      OR: [{ indicator: { contains: text } }, { quote: { contains: text } }],
      linkRejections: { none: { targetId } },
    },
    orderBy: { id: "asc" },
    take: 20,
    select: { id: true, indicator: true, value: true, unit: true, quote: true, report: { select: { document: { select: { fileName: true } } } }, links: { where: { targetId }, select: { id: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    indicator: row.indicator,
    value: row.value?.toNumber() ?? null,
    unit: row.unit,
    quote: row.quote.replace(/\n/g, ""),
    fileName: row.report.document.fileName,
    linked: row.links.length > 0,
  }));
}
