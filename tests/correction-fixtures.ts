import type { Db } from "@/lib/db";
import { hashText } from "@/lib/ingest/content-hash";
import { POLICY_AREAS } from "@/lib/policy-areas";

// The smallest corpus a correction can act on, for tests that need rows without ingesting the seed:
// one document whose single report reviews and plans 2021, a target, two results (one linked, one
// preliminary) and one audited change to revert.

export type CorrectionFixtures = {
  documentId: number;
  targetId: number;
  linkedOutcomeId: number;
  otherOutcomeId: number;
  eventId: number;
  selection: { start: number; end: number; quote: string };
};

const TEXT = "2021年工作回顾：新建5G基站2.1万个，高新技术企业达到5108家。2021年目标：新建5G基站2.5万个，高新技术企业突破6000家。";

export async function createCorrectionFixtures(db: Db, actorId: number): Promise<CorrectionFixtures> {
  for (const [order, area] of POLICY_AREAS.entries()) {
    await db.policyArea.upsert({ where: { code: area.code }, update: {}, create: { ...area, order } });
  }
  const area = await db.policyArea.findUniqueOrThrow({ where: { code: "innovation" } });
  const jurisdiction = await db.jurisdiction.create({ data: { code: "fixture", name: "Fixture city" } });
  const document = await db.sourceDocument.create({
    data: { jurisdictionId: jurisdiction.id, fileName: "fixture.txt", sha256: "fixture", encoding: "utf-8", byteSize: TEXT.length * 3, text: TEXT, textSha256: hashText(TEXT), status: "ingested" },
  });
  const report = await db.report.create({
    data: { documentId: document.id, jurisdictionId: jurisdiction.id, ordinal: 0, kind: "government_work_report", title: "Fixture report", reviewYear: 2021, planYear: 2021, start: 0, end: TEXT.length },
  });
  const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length, quote, raw: quote });
  const common = { reportId: report.id, jurisdictionId: jurisdiction.id, year: 2021, areaId: area.id, confidence: 0.9 };
  const target = await db.target.create({
    data: { ...common, ...span("高新技术企业突破6000家"), indicator: "高新技术企业", measure: "level", operator: "gte", value: 6000, unit: "家", verdict: "missed" },
  });
  const linked = await db.outcome.create({
    data: { ...common, ...span("高新技术企业达到5108家"), indicator: "高新技术企业", measure: "level", value: 5108, unit: "家" },
  });
  const other = await db.outcome.create({
    data: { ...common, ...span("新建5G基站2.1万个"), indicator: "5G基站", measure: "new", value: 21000, unit: "个", preliminary: true },
  });
  await db.link.create({ data: { targetId: target.id, outcomeId: linked.id, verdict: "missed", confidence: 0.9, why: "5108 < 6000" } });
  const event = await db.auditEvent.create({
    data: { actorId, action: "target.update", entityType: "Target", entityId: String(target.id), before: { unit: "个" }, after: { unit: "家" }, reason: "fixture" },
  });
  return {
    documentId: document.id,
    targetId: target.id,
    linkedOutcomeId: linked.id,
    otherOutcomeId: other.id,
    eventId: event.id,
    selection: span("新建5G基站2.5万个"),
  };
}

/** The version a client would have read just now (the matrix calls each action several times). */
export async function readVersion(db: Db, kind: "target" | "outcome", id: number): Promise<number> {
  const row = kind === "target"
    ? await db.target.findUniqueOrThrow({ where: { id }, select: { version: true } })
    : await db.outcome.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return row.version;
}
