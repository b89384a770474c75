import type { ScorecardJson } from "@/lib/api/schemas";
import { findPolicyArea } from "@/lib/scorecard/params";
import type { YearCounts } from "@/lib/scorecard/year";
import { METHODOLOGY_VERSION } from "@/lib/verdict/methodology";

/** A jurisdiction's year for GET /api/v1/scorecards/{year}: the counts only, every canonical area listed. */
export function toScorecardJson(scorecard: YearCounts, snapshotAt: Date): ScorecardJson {
  return {
    year: scorecard.year,
    jurisdiction: { code: scorecard.jurisdiction.code, name: scorecard.jurisdiction.name },
    methodologyVersion: METHODOLOGY_VERSION,
    snapshotAt: snapshotAt.toISOString(),
    resultsInCorpus: scorecard.resultsInCorpus,
    total: scorecard.total,
    withResult: scorecard.withResult,
    counts: scorecard.counts,
    areas: scorecard.byArea.map((row) => {
      const area = findPolicyArea(row.areaCode);
      return { code: row.areaCode, nameZh: area?.nameZh ?? row.areaCode, nameEn: area?.nameEn ?? row.areaCode, counts: row.counts, total: row.total };
    }),
    sources: scorecard.sources,
  };
}
