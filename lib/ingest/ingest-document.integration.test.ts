import fs from "node:fs/promises";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { DocumentDecodeError } from "@/lib/ingest/decode";
import { ingestDocument, NoReportFoundError, reextractDocument } from "@/lib/ingest/ingest-document";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { connectTestDatabase, resetDatabase } from "@/tests/database";

const seedFile = (name: string) => fs.readFile(path.join(process.cwd(), "seed", name));

describe("ingestDocument", () => {
  let db: Db;
  let jurisdictionId: number;

  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db.$disconnect();
  });
  beforeEach(async () => {
    await resetDatabase(db);
    await db.policyArea.createMany({ data: POLICY_AREAS.map((area, order) => ({ ...area, order })) });
    jurisdictionId = (await db.jurisdiction.create({ data: { code: "test", name: "测试市" } })).id;
  });

  async function counts() {
    return {
      documents: await db.sourceDocument.count(),
      reports: await db.report.count(),
      targets: await db.target.count(),
      outcomes: await db.outcome.count(),
    };
  }

  it("stores a document with its reports, targets and outcomes, offsets quoting the stored text", async () => {
    const bytes = await seedFile("002_5ae12cae80745738.txt");
    const { status, documentId } = await ingestDocument(db, { jurisdictionId, fileName: "002.txt", bytes });
    expect(status).toBe("created");
    const document = await db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } });
    expect(document.status).toBe("ingested");
    const reports = await db.report.findMany({ where: { documentId }, orderBy: { ordinal: "asc" } });
    expect(reports.map((r) => [r.kind, r.reviewYear, r.planYear])).toEqual([
      ["government_work_report", 2023, 2024],
      ["plan_report", 2023, 2024],
      ["budget_report", 2023, 2024],
    ]);
    const targets = await db.target.findMany({ where: { report: { documentId } } });
    expect(targets.length).toBeGreaterThan(20);
    for (const target of targets) {
      expect(document.text.slice(target.start, target.end)).toBe(target.quote);
      expect(target.year).toBe(2024);
    }
  });

  it("GBK bytes of the same text are decoded and stored as one more document (a different hash)", async () => {
    const utf8 = await seedFile("000_86eff455de69cc08.txt");
    const gbk = iconv.encode(utf8.toString("utf8"), "gb18030");
    await ingestDocument(db, { jurisdictionId, fileName: "000.txt", bytes: utf8 });
    const { documentId } = await ingestDocument(db, { jurisdictionId, fileName: "000-gbk.txt", bytes: gbk });
    const stored = await db.sourceDocument.findUniqueOrThrow({ where: { id: documentId } });
    expect(stored.encoding).toBe("gb18030");
    expect(stored.text).toBe(utf8.toString("utf8"));
    // Different bytes, one text: the text hash is what upload inspection finds duplicates by.
    const utf8Stored = await db.sourceDocument.findFirstOrThrow({ where: { fileName: "000.txt", jurisdictionId } });
    expect(stored.sha256).not.toBe(utf8Stored.sha256);
    expect(stored.textSha256).toBe(utf8Stored.textSha256);
  });

  it("stores the text hash that migration document_text_hash computes in SQL for the documents it backfills", async () => {
    await ingestDocument(db, { jurisdictionId, fileName: "001.txt", bytes: await seedFile("001_2fd9c68ee52552db.txt") });
    const rows = await db.$queryRaw<Array<{ stored: string; computed: string }>>`
      SELECT "textSha256" AS stored, encode(sha256(convert_to("text", 'UTF8')), 'hex') AS computed FROM "SourceDocument"`;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.stored).toBe(row.computed);
  });

  it("refuses undecodable and report-less input and stores nothing", async () => {
    const binary = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x00, 0x01]);
    await expect(ingestDocument(db, { jurisdictionId, fileName: "x.png", bytes: binary })).rejects.toBeInstanceOf(DocumentDecodeError);
    await expect(ingestDocument(db, { jurisdictionId, fileName: "empty.txt", bytes: new Uint8Array() })).rejects.toBeInstanceOf(
      DocumentDecodeError,
    );
    const prose = new TextEncoder().encode("今天天气很好，我们去公园散步，看到了很多花。");
    await expect(ingestDocument(db, { jurisdictionId, fileName: "prose.txt", bytes: prose })).rejects.toBeInstanceOf(NoReportFoundError);
    expect(await counts()).toEqual({ documents: 0, reports: 0, targets: 0, outcomes: 0 });
  });

  it("re-extraction keeps editor corrections, editor-created rows and hand-made links, and duplicates nothing", async () => {
    const bytes = await seedFile("000_86eff455de69cc08.txt");
    const { documentId } = await ingestDocument(db, { jurisdictionId, fileName: "000.txt", bytes });
    const before = await counts();

    const [corrected, linked] = await db.target.findMany({ where: { report: { documentId } }, orderBy: { start: "asc" }, take: 2 });
    await db.target.update({
      where: { id: corrected!.id },
      data: { value: 123.45, indicator: "编辑修正的指标", lockedFields: ["value", "indicator"], version: { increment: 1 } },
    });
    const report = await db.report.findFirstOrThrow({ where: { documentId } });
    const outcome = await db.outcome.findFirstOrThrow({ where: { reportId: report.id } });
    await db.link.create({ data: { targetId: linked!.id, outcomeId: outcome.id, verdict: "met", confidence: 1, why: "editor", origin: "editor" } });
    const created = await db.target.create({
      data: {
        reportId: report.id, jurisdictionId, year: 2022, areaId: corrected!.areaId, indicator: "编辑新增", measure: "level",
        operator: "gte", value: 1, unit: "个", raw: "1个", start: 10, end: 12, quote: report.title.slice(0, 2), confidence: 1, origin: "editor",
      },
    });

    await reextractDocument(db, documentId);
    await reextractDocument(db, documentId);

    expect(await counts()).toEqual({ ...before, targets: before.targets + 1 });
    const after = await db.target.findUniqueOrThrow({ where: { id: corrected!.id } });
    expect(after.value?.toNumber()).toBe(123.45);
    expect(after.indicator).toBe("编辑修正的指标");
    expect(after.quote).toBe(corrected!.quote);
    expect(await db.link.count({ where: { targetId: linked!.id, origin: "editor" } })).toBe(1);
    expect(await db.target.findUnique({ where: { id: created.id } })).not.toBeNull();
  });

  it("the same bytes twice is one document", async () => {
    const bytes = await seedFile("001_2fd9c68ee52552db.txt");
    const first = await ingestDocument(db, { jurisdictionId, fileName: "001.txt", bytes });
    const before = await counts();
    const second = await ingestDocument(db, { jurisdictionId, fileName: "001-again.txt", bytes });
    expect(second).toEqual({ documentId: first.documentId, status: "unchanged" });
    expect(await counts()).toEqual(before);
  });
});
