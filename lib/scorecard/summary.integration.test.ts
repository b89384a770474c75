import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase, resetDatabase } from "@/tests/database";
import { seedDatabase } from "@/seed/seed-database";

// ScorecardSummary and ReportSummary are kept by triggers (migration scorecard_summary); whatever
// writes Target, Outcome and Link, they must equal a fresh count.

const db = connectTestDatabase();

type Row = Record<string, number | string>;

async function summaryMismatches(): Promise<{ scorecard: Row[]; reports: Row[] }> {
  const scorecard = await db.$queryRaw<Row[]>`
    WITH live AS (
      SELECT t."jurisdictionId", t."year", t."areaId", t."verdict", count(*)::int AS "targets",
             (count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Link" l WHERE l."targetId" = t."id")))::int AS "withResult"
      FROM "Target" t GROUP BY 1, 2, 3, 4
    ), kept AS (SELECT "jurisdictionId", "year", "areaId", "verdict", "targets", "withResult" FROM "ScorecardSummary" WHERE "targets" <> 0 OR "withResult" <> 0)
    (SELECT 'live' AS side, * FROM live EXCEPT SELECT 'live', * FROM kept)
    UNION ALL (SELECT 'kept', * FROM kept EXCEPT SELECT 'kept', * FROM live)`;
  const reports = await db.$queryRaw<Row[]>`
    SELECT r."id", s."targets", s."outcomes",
           (SELECT count(*)::int FROM "Target" t WHERE t."reportId" = r."id") AS "liveTargets",
           (SELECT count(*)::int FROM "Outcome" o WHERE o."reportId" = r."id") AS "liveOutcomes"
    FROM "Report" r LEFT JOIN "ReportSummary" s ON s."reportId" = r."id"
    WHERE s."targets" IS DISTINCT FROM (SELECT count(*)::int FROM "Target" t WHERE t."reportId" = r."id")
       OR s."outcomes" IS DISTINCT FROM (SELECT count(*)::int FROM "Outcome" o WHERE o."reportId" = r."id")`;
  return { scorecard, reports };
}

beforeAll(async () => {
  await resetDatabase(db);
  await seedDatabase(db, { seedDir: path.join(process.cwd(), "seed") });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("summaries kept by triggers", () => {
  it("match a fresh count after seeding (ingestion and relinking)", async () => {
    expect(await db.scorecardSummary.count()).toBeGreaterThan(0);
    expect(await summaryMismatches()).toEqual({ scorecard: [], reports: [] });
  });

  it("follow verdict changes, link removals and additions", async () => {
    const linked = await db.target.findFirstOrThrow({ where: { links: { some: {} } }, select: { id: true, links: { select: { id: true, outcomeId: true } } } });
    await db.target.update({ where: { id: linked.id }, data: { verdict: "missed" } });
    await db.link.deleteMany({ where: { targetId: linked.id } });
    expect(await summaryMismatches()).toEqual({ scorecard: [], reports: [] });
    await db.link.create({ data: { targetId: linked.id, outcomeId: linked.links[0].outcomeId, verdict: "missed", confidence: 1, why: "test" } });
    await db.target.update({ where: { id: linked.id }, data: { verdict: "needs_review", areaId: (await db.policyArea.findFirstOrThrow({ where: { code: "reform" } })).id } });
    expect(await summaryMismatches()).toEqual({ scorecard: [], reports: [] });
  });

  it("follow deletions, also by cascade from a document", async () => {
    const target = await db.target.findFirstOrThrow({ where: { links: { some: {} } }, select: { id: true } });
    await db.target.delete({ where: { id: target.id } });
    const document = await db.sourceDocument.findFirstOrThrow({ select: { id: true } });
    await db.sourceDocument.delete({ where: { id: document.id } });
    expect(await summaryMismatches()).toEqual({ scorecard: [], reports: [] });
  });
});
