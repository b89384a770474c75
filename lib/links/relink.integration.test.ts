import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { reextractDocument } from "@/lib/ingest/ingest-document";
import { relinkJurisdiction, relinkYear } from "@/lib/links/relink";
import { seedDatabase } from "@/seed/seed-database";
import { connectTestDatabase, resetDatabase } from "@/tests/database";

describe("persisted links", () => {
  let db: Db;
  let jurisdictionId: number;
  beforeAll(async () => {
    db = connectTestDatabase();
    await resetDatabase(db);
    await seedDatabase(db, { seedDir: path.join(process.cwd(), "seed") });
    jurisdictionId = (await db.jurisdiction.findFirstOrThrow()).id;
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  async function verdictCounts(year: number) {
    const groups = await db.target.groupBy({ by: ["verdict"], where: { jurisdictionId, year }, _count: true });
    return Object.fromEntries(groups.map((g) => [g.verdict, g._count]));
  }

  it("judges 2021 from 001's targets and 000/004's results, with both implied headline targets", async () => {
    const counts = await verdictCounts(2021);
    expect(counts.met).toBeGreaterThanOrEqual(10);
    expect(counts.pending).toBeUndefined();
    const gdp = await db.target.findFirstOrThrow({ where: { jurisdictionId, year: 2021, implied: true, indicator: { contains: "地区生产总值" } } });
    expect(gdp.value?.toNumber()).toBe(6);
    expect(gdp.verdict).toBe("met");
    const jobs = await db.target.findFirstOrThrow({ where: { jurisdictionId, year: 2021, implied: true, indicator: { contains: "就业" } } });
    expect(jobs.value?.toNumber()).toBe(600000);
    const fiveG = await db.target.findFirstOrThrow({ where: { jurisdictionId, year: 2021, quote: { contains: "5G基站" } } });
    expect(fiveG.verdict).toBe("needs_review");
  });

  it("leaves later years pending: no report reviews 2022 or 2024", async () => {
    expect(Object.keys(await verdictCounts(2022))).toEqual(["pending"]);
    expect(Object.keys(await verdictCounts(2024))).toEqual(["pending"]);
  });

  it("re-linking is idempotent: same links, same implied targets", async () => {
    const before = { links: await db.link.count(), targets: await db.target.count(), counts: await verdictCounts(2021) };
    await relinkJurisdiction(db, jurisdictionId);
    expect({ links: await db.link.count(), targets: await db.target.count(), counts: await verdictCounts(2021) }).toEqual(before);
  });

  it("never overwrites an editor's verdict or an editor's links", async () => {
    const target = await db.target.findFirstOrThrow({ where: { jurisdictionId, year: 2021, verdict: "met", implied: false }, include: { links: true } });
    await db.target.update({ where: { id: target.id }, data: { verdict: "missed", verdictWhy: "editor judged", verdictOrigin: "editor" } });
    const other = await db.target.findFirstOrThrow({ where: { jurisdictionId, year: 2021, verdict: "not_reported" } });
    const outcome = await db.outcome.findFirstOrThrow({ where: { jurisdictionId, year: 2021 } });
    await db.link.create({ data: { targetId: other.id, outcomeId: outcome.id, verdict: "met", confidence: 1, why: "editor linked", origin: "editor" } });

    await relinkYear(db, jurisdictionId, 2021);

    expect(await db.target.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ verdict: "missed", verdictOrigin: "editor" });
    const evidence = await db.link.findMany({ where: { targetId: target.id } });
    expect(evidence.length).toBeGreaterThan(0);
    for (const link of evidence) expect(link).toMatchObject({ verdict: "missed", why: "editor judged" });
    const links = await db.link.findMany({ where: { targetId: other.id } });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ outcomeId: outcome.id, origin: "editor" });
  });

  it("never re-pairs a result an editor rejected, and judges the target without it", async () => {
    const target = await db.target.findFirstOrThrow({
      where: { jurisdictionId, year: 2021, verdict: "met", verdictOrigin: "machine", links: { some: {} } },
      include: { links: true },
    });
    await db.link.deleteMany({ where: { targetId: target.id } });
    await db.linkRejection.createMany({
      data: target.links.map((link) => ({ targetId: target.id, outcomeId: link.outcomeId, reason: "answers another target" })),
    });

    await relinkYear(db, jurisdictionId, 2021);

    expect(await db.link.count({ where: { targetId: target.id, outcomeId: { in: target.links.map((l) => l.outcomeId) } } })).toBe(0);
    expect((await db.target.findUniqueOrThrow({ where: { id: target.id } })).verdict).not.toBe("met");
  });

  it("re-extraction leaves implied targets to re-linking: same rows, same ids, editor judgement kept", async () => {
    const implied = await db.target.findMany({ where: { jurisdictionId, implied: true }, orderBy: { id: "asc" } });
    expect(implied.length).toBeGreaterThan(0);
    const judged = implied[0]!;
    await db.target.update({ where: { id: judged.id }, data: { verdict: "missed", verdictWhy: "editor", verdictOrigin: "editor" } });
    for (const document of await db.sourceDocument.findMany({ select: { id: true } })) await reextractDocument(db, document.id);
    await relinkJurisdiction(db, jurisdictionId);
    const after = await db.target.findMany({ where: { jurisdictionId, implied: true }, orderBy: { id: "asc" } });
    expect(after.map((t) => t.id)).toEqual(implied.map((t) => t.id));
    expect(after[0]).toMatchObject({ verdict: "missed", verdictOrigin: "editor" });
  });
});
