import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase, resetDatabase } from "@/tests/database";
import { seedDatabase } from "@/seed/seed-database";
import { selectJurisdiction, type JurisdictionSummary } from "@/lib/jurisdictions/queries";
import { getDocumentDetail } from "@/lib/scorecard/document";
import { parseScorecardFilters, type SearchParams } from "@/lib/scorecard/filters";
import { getOverview } from "@/lib/scorecard/overview";
import { getTargetDetail } from "@/lib/scorecard/target";
import { totalOf, VERDICT_DISPLAY_ORDER } from "@/lib/scorecard/verdicts";
import { getAreaScorecard, getYearScorecard } from "@/lib/scorecard/year";

const db = connectTestDatabase();
const noFilters = parseScorecardFilters({});
let chongqing: JurisdictionSummary;

beforeAll(async () => {
  await resetDatabase(db);
  await seedDatabase(db, { seedDir: path.join(process.cwd(), "seed") });
  const choice = await selectJurisdiction(db, null);
  if (choice === "unknown" || !choice.selected) throw new Error("the seed has a jurisdiction");
  chongqing = choice.selected;
});

/** The seed corpus is one jurisdiction's: every year fits on the first page. */
const yearScorecard = (year: number, params: SearchParams = {}) =>
  getYearScorecard(db, { jurisdiction: chongqing, year, filters: parseScorecardFilters(params), page: 1 });

afterAll(async () => {
  await db.$disconnect();
});

describe("year scorecard on the seed corpus", () => {
  it("2021: the counts per area sum to the verdict totals and to the targets listed", async () => {
    const scorecard = await yearScorecard(2021);
    expect(scorecard).not.toBeNull();
    if (!scorecard) return;
    expect(scorecard.resultsInCorpus).toBe(true);
    expect(scorecard.sources.results.map((source) => source.fileName).sort()).toEqual(["000_86eff455de69cc08.txt", "004_5adb298ee1a05903.txt"]);
    for (const verdict of VERDICT_DISPLAY_ORDER) {
      expect(scorecard.byArea.reduce((sum, area) => sum + area.counts[verdict], 0), verdict).toBe(scorecard.counts[verdict]);
    }
    expect(totalOf(scorecard.counts)).toBe(scorecard.targets.length);
    expect(scorecard.matching).toBe(scorecard.targets.length);
    expect(scorecard.counts.met).toBeGreaterThanOrEqual(10);
    expect(scorecard.counts.pending).toBe(0);
    expect(scorecard.withResult).toBe(scorecard.targets.filter((target) => target.results.length > 0).length);
    // Every quote is the document's text at its offsets.
    const gdp = scorecard.targets.find((target) => target.indicator === "地区生产总值" && target.implied);
    expect(gdp).toMatchObject({ verdict: "met", value: 6, unit: "%" });
    expect(gdp?.results.some((result) => result.value === 8.3)).toBe(true);
  });

  it("filters by area, verdict, headline, conflict and text without changing the year's counts", async () => {
    const all = await yearScorecard(2021);
    const urban = await yearScorecard(2021, { area: "urban" });
    expect(urban?.targets.length).toBeGreaterThan(0);
    expect(urban?.targets.every((target) => target.areaCode === "urban")).toBe(true);
    expect(urban?.counts).toEqual(all?.counts);

    const missed = await yearScorecard(2021, { verdict: "missed" });
    expect(missed?.targets.length).toBe(all?.counts.missed);
    expect(missed?.targets.every((target) => target.verdict === "missed")).toBe(true);

    const search = await yearScorecard(2021, { q: "5G基站" });
    expect(search?.targets.map((target) => target.indicator)).toContain("5G基站");
    expect(search?.targets.every((target) => target.verdict === "needs_review")).toBe(true);
    expect(search?.matching).toBe(search?.targets.length);
    // Case and whitespace do not count, and a result's quote is searched too (as the page did in JavaScript).
    expect((await yearScorecard(2021, { q: "5g 基站" }))?.targets.map((target) => target.id)).toEqual(search?.targets.map((target) => target.id));
    const answered = all?.targets.find((target) => target.results.length > 0 && !target.quote.includes(target.results[0].quote.slice(0, 12)));
    const byResult = await yearScorecard(2021, { q: answered?.results[0].quote.slice(0, 12) ?? "" });
    expect(byResult?.targets.map((target) => target.id)).toContain(answered?.id);

    const headline = await yearScorecard(2022, { headline: "1" });
    expect(headline?.targets.length).toBeGreaterThan(0);
    expect(headline?.targets.every((target) => target.headline)).toBe(true);

    const conflict = await yearScorecard(2021, { conflict: "1" });
    expect(conflict?.targets.every((target) => target.conflict)).toBe(true);
  });

  it("a year with only targets is all pending and says its results are not in", async () => {
    const scorecard = await yearScorecard(2022);
    expect(scorecard?.resultsInCorpus).toBe(false);
    expect(scorecard?.counts.pending).toBe(scorecard?.total);
    expect(scorecard?.withResult).toBe(0);
  });

  it("an unknown year is null (the page answers 404)", async () => {
    expect(await yearScorecard(1999)).toBeNull();
    expect(await getAreaScorecard(db, { jurisdiction: chongqing, year: 1999, areaCode: "economy", filters: noFilters, page: 1 })).toBeNull();
  });

  it("an area scorecard carries the sentences around its targets and results", async () => {
    const area = await getAreaScorecard(db, { jurisdiction: chongqing, year: 2021, areaCode: "innovation", filters: noFilters, page: 1 });
    expect(area?.targets.length).toBeGreaterThan(0);
    expect(area?.targets.every((target) => target.areaCode === "innovation")).toBe(true);
    for (const target of area?.targets ?? []) {
      const sentence = area?.sentences[`${target.span.documentId}:${target.span.start}:${target.span.end}`];
      const marked = sentence?.segments.find((segment) => segment.mark?.kind === "target");
      expect(marked?.text).toBe(target.quote.replace(/\n/g, ""));
    }
  });
});

describe("overview", () => {
  it("counts every year and area once and lists the corpus", async () => {
    const overview = await getOverview(db, chongqing.id);
    const y2021 = overview.years.find((year) => year.year === 2021);
    const scorecard = await yearScorecard(2021);
    expect(y2021?.total).toBe(scorecard?.total);
    expect(y2021?.withResult).toBe(scorecard?.withResult);
    expect(y2021?.notReported).toBe(scorecard?.counts.not_reported);
    expect(Object.values(y2021?.cells ?? {}).reduce((sum, cell) => sum + cell.total, 0)).toBe(scorecard?.total);
    expect(overview.years.find((year) => year.year === 2023)).toMatchObject({ resultsInCorpus: true });
    expect(overview.years.find((year) => year.year === 2024)).toMatchObject({ resultsInCorpus: false });
    expect(overview.years.find((year) => year.year === 2022)).toMatchObject({ resultsInCorpus: false });
    expect(overview.corpus.documents).toHaveLength(5);
    expect(overview.corpus.documents.find((document) => document.fileName.startsWith("002"))?.reports.map((report) => report.kind)).toEqual([
      "government_work_report", "plan_report", "budget_report",
    ]);
  });
});

describe("target and document pages", () => {
  it("a target's paragraph marks exactly its quote, and a recurring indicator has a series", async () => {
    const scorecard = await yearScorecard(2021);
    const gdp = scorecard?.targets.find((target) => target.indicator === "地区生产总值" && target.implied);
    const detail = gdp ? await getTargetDetail(db, gdp.id) : null;
    expect(detail?.verdict).toBe("met");
    expect(detail?.paragraph.segments.find((segment) => segment.mark)?.text).toBe(gdp?.quote.replace(/\n/g, ""));
    expect(detail?.results.length).toBeGreaterThan(0);
    for (const result of detail?.results ?? []) expect(result.paragraph.segments.some((segment) => segment.mark?.kind === "outcome")).toBe(true);
    expect(detail?.history).toEqual([]);
    const years = detail?.series?.map((point) => point.year);
    expect(years).toEqual(expect.arrayContaining([2019, 2020, 2021, 2022, 2023, 2024]));
    expect(detail?.series?.find((point) => point.year === 2021)).toMatchObject({ actual: 8.3 });
  });

  it("unknown ids are null", async () => {
    expect(await getTargetDetail(db, 2_000_000_000)).toBeNull();
    expect(await getDocumentDetail(db, 2_000_000_000)).toBeNull();
  });

  it("a document's paragraphs rebuild its text and mark every target", async () => {
    const overview = await getOverview(db, chongqing.id);
    const id = overview.corpus.documents.find((document) => document.fileName.startsWith("001"))?.id ?? 0;
    const detail = await getDocumentDetail(db, id);
    const targets = new Set(detail?.paragraphs.flatMap((paragraph) => paragraph.segments.flatMap((segment) => (segment.mark?.kind === "target" ? [segment.mark.id] : []))));
    expect(targets.size).toBe(detail?.reports.reduce((sum, report) => sum + report.targets, 0));
    const stored = await db.sourceDocument.findUniqueOrThrow({ where: { id }, select: { text: true } });
    const shown = detail?.paragraphs.flatMap((paragraph) => paragraph.segments.map((segment) => segment.text)).join("");
    expect(shown?.replace(/\s+/g, "")).toBe(stored.text.replace(/\s+/g, ""));
    // Editors select in the stored text itself, which the page takes from the same read.
    expect(detail?.text).toBe(stored.text);
  });
});
