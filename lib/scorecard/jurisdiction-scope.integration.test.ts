// Scorecards are scoped to one jurisdiction and their target lists paged: two jurisdictions holding
// the same reports must never mix counts or rows, and paging must not change what is counted.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { listJurisdictions, selectJurisdiction, type JurisdictionSummary } from "@/lib/jurisdictions/queries";
import { relinkJurisdiction } from "@/lib/links/relink";
import { NO_FILTERS, parseScorecardFilters } from "@/lib/scorecard/filters";
import { getOverview } from "@/lib/scorecard/overview";
import { findScorecardTargets, getAreaScorecard, getYearCounts, getYearScorecard, TARGETS_PER_PAGE } from "@/lib/scorecard/year";
import { seedDatabase } from "@/seed/seed-database";
import { connectTestDatabase, resetDatabase } from "@/tests/database";

const db = connectTestDatabase();
const seedDir = path.join(process.cwd(), "seed");
let chongqing: JurisdictionSummary;
let sichuan: JurisdictionSummary;

async function selected(code: string | null): Promise<JurisdictionSummary | null> {
  const choice = await selectJurisdiction(db, code);
  return choice === "unknown" ? null : choice.selected;
}

beforeAll(async () => {
  await resetDatabase(db);
  await seedDatabase(db, { seedDir });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("with one jurisdiction", () => {
  it("defaults to it, and an unknown code is unknown", async () => {
    const only = await selected(null);
    expect(only?.code).toBe("cn-chongqing");
    chongqing = only as JurisdictionSummary;
    expect(await selectJurisdiction(db, "cn-nowhere")).toBe("unknown");
    expect(await selected("cn-chongqing")).toEqual(only);
  });
});

describe("with two jurisdictions", () => {
  beforeAll(async () => {
    sichuan = await db.jurisdiction.create({ data: { code: "cn-sichuan", name: "四川省" }, select: { id: true, code: true, name: true } });
    // Two of the seed's reports again (a header line makes the bytes new): the plan of 2021 and its review.
    for (const file of ["001_2fd9c68ee52552db.txt", "000_86eff455de69cc08.txt"]) {
      const bytes = Buffer.concat([Buffer.from(`（测试副本：${file}）\n`), fs.readFileSync(path.join(seedDir, file))]);
      await ingestDocument(db, { jurisdictionId: sichuan.id, fileName: `sc-${file}`, bytes });
    }
    await relinkJurisdiction(db, sichuan.id);
  });

  it("defaults to the first by name and finds each by its code", async () => {
    const all = await listJurisdictions(db);
    expect(all.map((jurisdiction) => jurisdiction.code).sort()).toEqual(["cn-chongqing", "cn-sichuan"]);
    expect(await selected(null)).toEqual(all[0]);
    expect(await selected("cn-sichuan")).toEqual(sichuan);
    expect(await selectJurisdiction(db, "cn-nowhere")).toBe("unknown");
  });

  it("counts each jurisdiction's 2021 from its own targets only", async () => {
    const [cq, sc] = await Promise.all([getYearCounts(db, chongqing, 2021), getYearCounts(db, sichuan, 2021)]);
    const targetsOf = (jurisdictionId: number) => db.target.count({ where: { jurisdictionId, year: 2021 } });
    expect(cq?.total).toBe(await targetsOf(chongqing.id));
    expect(sc?.total).toBe(await targetsOf(sichuan.id));
    expect(sc?.total).toBeGreaterThan(0);
    expect(sc?.sources.targets.map((source) => source.fileName)).toEqual(["sc-001_2fd9c68ee52552db.txt"]);
    expect(cq?.sources.targets.map((source) => source.fileName)).toEqual(["001_2fd9c68ee52552db.txt"]);
    // Sichuan holds no report reviewing 2022's plan year before; Chongqing's 2024 is not Sichuan's.
    expect(await getYearCounts(db, sichuan, 2024)).toBeNull();
    expect(await getYearCounts(db, chongqing, 2024)).not.toBeNull();
  });

  it("lists each jurisdiction's rows only, on the year and the area pages", async () => {
    const ownIds = async (jurisdictionId: number) =>
      new Set((await db.target.findMany({ where: { jurisdictionId, year: 2021 }, select: { id: true } })).map((target) => target.id));
    const [cqIds, scIds] = await Promise.all([ownIds(chongqing.id), ownIds(sichuan.id)]);
    for (const [jurisdiction, ids] of [[chongqing, cqIds], [sichuan, scIds]] as const) {
      const year = await getYearScorecard(db, { jurisdiction, year: 2021, filters: NO_FILTERS, page: 1 });
      expect(year?.targets.length).toBeGreaterThan(0);
      expect(year?.targets.every((target) => ids.has(target.id))).toBe(true);
      const area = await getAreaScorecard(db, { jurisdiction, year: 2021, areaCode: "economy", filters: NO_FILTERS, page: 1 });
      expect(area?.targets.every((target) => ids.has(target.id) && target.areaCode === "economy")).toBe(true);
      expect(area?.total).toBe(year?.byArea.find((row) => row.areaCode === "economy")?.total);
      // Both hold the same plan, so the same indicator is found in each, each time in its own rows.
      const search = await getYearScorecard(db, { jurisdiction, year: 2021, filters: parseScorecardFilters({ q: "5G基站" }), page: 1 });
      expect(search?.targets.length, jurisdiction.code).toBeGreaterThan(0);
      expect(search?.targets.every((target) => ids.has(target.id))).toBe(true);
    }
  });

  it("shows each jurisdiction's documents and years on the overview", async () => {
    const [cq, sc] = await Promise.all([getOverview(db, chongqing.id), getOverview(db, sichuan.id)]);
    expect(cq.corpus.total).toBe(5);
    expect(sc.corpus.total).toBe(2);
    expect(sc.corpus.documents.every((document) => document.fileName.startsWith("sc-"))).toBe(true);
    expect(sc.years.find((year) => year.year === 2021)?.total).toBe((await getYearCounts(db, sichuan, 2021))?.total);
    expect(cq.years.find((year) => year.year === 2021)?.total).toBe((await getYearCounts(db, chongqing, 2021))?.total);
    expect(sc.years.some((year) => year.year === 2024)).toBe(false);
    expect(await getOverview(db, null)).toMatchObject({ years: [], corpus: { documents: [], total: 0 } });
  });
});

describe("paging", () => {
  const scope = (page: number, pageSize: number) => ({ jurisdictionId: chongqing.id, year: 2021, filters: NO_FILTERS, paging: { page, pageSize } });

  it("page 2 has the rows after page 1, in the same order as the whole list, with the same total", async () => {
    const whole = await findScorecardTargets(db, { ...scope(1, 1), paging: null });
    const [first, second] = await Promise.all([findScorecardTargets(db, scope(1, 10)), findScorecardTargets(db, scope(2, 10))]);
    expect(whole.matching).toBe(whole.targets.length);
    expect(first.matching).toBe(whole.matching);
    expect(second.matching).toBe(whole.matching);
    expect(first.targets.map((target) => target.id)).toEqual(whole.targets.slice(0, 10).map((target) => target.id));
    expect(second.targets.map((target) => target.id)).toEqual(whole.targets.slice(10, 20).map((target) => target.id));
    expect(second.targets[0]?.results).toEqual(whole.targets[10]?.results);
  });

  it("a page past the end is empty and leaves the counts alone", async () => {
    const first = await getYearScorecard(db, { jurisdiction: chongqing, year: 2021, filters: NO_FILTERS, page: 1 });
    const last = Math.ceil((first?.matching ?? 0) / TARGETS_PER_PAGE);
    const past = await getYearScorecard(db, { jurisdiction: chongqing, year: 2021, filters: NO_FILTERS, page: last + 1 });
    expect(past?.targets).toEqual([]);
    expect(past?.matching).toBe(first?.matching);
    expect(past?.counts).toEqual(first?.counts);
    expect(past?.page).toBe(last + 1);
  });

  it("filters are counted before paging", async () => {
    const missed = await findScorecardTargets(db, { ...scope(1, 2), filters: parseScorecardFilters({ verdict: "missed" }) });
    const counts = await getYearCounts(db, chongqing, 2021);
    expect(missed.matching).toBe(counts?.counts.missed);
    expect(missed.targets.length).toBe(Math.min(2, counts?.counts.missed ?? 0));
  });
});
