import type { Db } from "@/lib/db";
import type { ExtractedOutcome, ExtractedReport, ExtractedSection, ExtractedTarget, StatedTarget } from "@/lib/extract/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { IMPLIED_KEY_PREFIX } from "@/lib/ingest/ingest-document";
import { linkYear, type ReportInput, type TargetLink } from "@/lib/match/link-year";
import { isPolicyAreaName, type PolicyAreaName } from "@/lib/policy-areas";
import { judge } from "@/lib/verdict/judge";

type Tx = Prisma.TransactionClient;

export type RelinkSummary = { year: number; targets: number; links: number; implied: number };

/**
 * Re-runs the matcher for every year a jurisdiction has targets or results for. Run after a
 * document arrives or is re-extracted: a new review report turns pending targets into verdicts.
 */
export async function relinkJurisdiction(db: Db, jurisdictionId: number): Promise<RelinkSummary[]> {
  const reports = await db.report.findMany({ where: { jurisdictionId }, select: { planYear: true, reviewYear: true } });
  const years = [...new Set(reports.flatMap((r) => [r.planYear, r.reviewYear]).filter((y): y is number => y !== null))].sort();
  const summaries: RelinkSummary[] = [];
  for (const year of years) summaries.push(await relinkYear(db, jurisdictionId, year));
  return summaries;
}

/**
 * Links the year's targets to its results from the rows as stored (editor corrections included)
 * and writes the machine's links and verdicts in one transaction. Editors' decisions stand: a
 * target with an editor-made link keeps exactly the links the editor left, and a verdict an editor
 * set (verdictOrigin editor) is never overwritten.
 */
export async function relinkYear(db: Db, jurisdictionId: number, year: number): Promise<RelinkSummary> {
  const rows = await db.report.findMany({
    where: { jurisdictionId, OR: [{ planYear: year }, { reviewYear: year }] },
    include: {
      document: { select: { id: true, text: true } },
      targets: { where: { implied: false }, include: { area: { select: { nameZh: true } } } },
      outcomes: { include: { area: { select: { nameZh: true } } } },
    },
  });
  const inputs: ReportInput[] = rows.map((row) => ({
    documentId: String(row.document.id),
    text: row.document.text,
    report: toExtractedReport(row),
  }));
  const { links } = linkYear(inputs, year);

  return db.$transaction(async (tx) => {
    let linkCount = 0;
    let implied = 0;
    const seenTargetIds: number[] = [];
    for (const link of links) {
      const targetId = link.target.implied
        ? await upsertImpliedTarget(tx, jurisdictionId, year, link, rows)
        : await findTargetId(tx, link);
      if (targetId === null) continue;
      if (link.target.implied) implied += 1;
      seenTargetIds.push(targetId);
      linkCount += await writeLinks(tx, targetId, link);
    }
    // Implied targets the matcher no longer derives go, unless an editor has acted on them.
    await tx.target.deleteMany({
      where: {
        jurisdictionId, year, implied: true, origin: "machine", verdictOrigin: "machine", id: { notIn: seenTargetIds },
        lockedFields: { isEmpty: true }, links: { none: { origin: "editor" } },
      },
    });
    return { year, targets: seenTargetIds.length, links: linkCount, implied };
  }, { timeout: 60_000 });
}

async function findTargetId(tx: Tx, link: TargetLink): Promise<number | null> {
  const row = await tx.target.findFirst({
    where: { report: { documentId: Number(link.target.documentId) }, start: link.target.start, end: link.target.end, implied: false },
    select: { id: true },
  });
  return row?.id ?? null;
}

/** An implied target lives in the report whose sentence states it, keyed by that span. */
async function upsertImpliedTarget(
  tx: Tx,
  jurisdictionId: number,
  year: number,
  link: TargetLink,
  rows: Array<{ id: number; document: { id: number }; start: number; end: number }>,
): Promise<number | null> {
  const { target } = link;
  const report = rows.find((row) => String(row.document.id) === target.documentId && row.start <= target.start && target.end <= row.end);
  if (!report) return null;
  const area = await tx.policyArea.findUniqueOrThrow({ where: { nameZh: target.area }, select: { id: true } });
  const extractionKey = `${IMPLIED_KEY_PREFIX}${target.start}-${target.end}`;
  const data = {
    jurisdictionId, year, areaId: area.id, indicator: target.indicator, measure: target.measure, operator: target.operator,
    value: target.value, unit: target.unit ?? "", raw: target.quote, headline: target.headline, implied: true,
    start: target.start, end: target.end, quote: target.quote, confidence: link.confidence,
  };
  const existing = await tx.target.findUnique({ where: { reportId_extractionKey: { reportId: report.id, extractionKey } } });
  if (existing) {
    const unlocked = Object.fromEntries(Object.entries(data).filter(([field]) => !existing.lockedFields.includes(field)));
    await tx.target.update({ where: { id: existing.id }, data: unlocked });
    return existing.id;
  }
  const created = await tx.target.create({ data: { ...data, reportId: report.id, extractionKey }, select: { id: true } });
  return created.id;
}

async function writeLinks(tx: Tx, targetId: number, link: TargetLink): Promise<number> {
  const target = await tx.target.findUniqueOrThrow({
    where: { id: targetId },
    select: {
      verdictOrigin: true,
      links: { where: { origin: "editor" }, select: { id: true } },
      linkRejections: { select: { outcome: { select: { start: true, end: true, report: { select: { documentId: true } } } } } },
    },
  });
  // Results an editor said do not answer this target are out, and the verdict is judged without them.
  const rejected = new Set(target.linkRejections.map(({ outcome }) => `${outcome.report.documentId}:${outcome.start}-${outcome.end}`));
  const outcomes = link.outcomes.filter((o) => !rejected.has(`${o.documentId}:${o.start}-${o.end}`));
  const judgement = outcomes.length === link.outcomes.length ? link : judge(link.target, outcomes, { reviewAvailable: true });

  if (target.verdictOrigin !== "editor") {
    await tx.target.update({
      where: { id: targetId },
      data: { verdict: judgement.verdict, verdictWhy: judgement.why, conflict: judgement.conflict },
    });
  }
  // Once an editor has linked a target by hand, its links are the editor's to manage.
  if (target.links.length > 0) return 0;

  const outcomeIds: number[] = [];
  for (const outcome of outcomes) {
    const row = await tx.outcome.findFirst({
      where: { report: { documentId: Number(outcome.documentId) }, start: outcome.start, end: outcome.end },
      select: { id: true },
    });
    if (row) outcomeIds.push(row.id);
  }
  await tx.link.deleteMany({ where: { targetId, origin: "machine", outcomeId: { notIn: outcomeIds } } });
  for (const outcomeId of outcomeIds) {
    const data = { verdict: judgement.verdict, confidence: judgement.confidence, why: judgement.why };
    await tx.link.upsert({
      where: { targetId_outcomeId: { targetId, outcomeId } },
      update: data,
      create: { targetId, outcomeId, ...data },
    });
  }
  return outcomeIds.length;
}

type StoredItem = {
  area: { nameZh: string };
  indicator: string;
  measure: ExtractedTarget["measure"];
  value: { toNumber(): number } | null;
  unit: string;
  raw: string;
  headline: boolean;
  start: number;
  end: number;
  quote: string;
  confidence: number;
};

function areaOf(item: StoredItem): PolicyAreaName {
  if (!isPolicyAreaName(item.area.nameZh)) throw new Error(`unknown policy area ${item.area.nameZh}`);
  return item.area.nameZh;
}

function storedItem(item: StoredItem) {
  return {
    area: areaOf(item), indicator: item.indicator, measure: item.measure, value: item.value?.toNumber() ?? null,
    unit: item.unit || null, raw: item.raw, headline: item.headline, start: item.start, end: item.end, quote: item.quote,
    confidence: item.confidence,
  };
}

/** The stored report in the matcher's input shape; stored rows carry editors' corrections. */
function toExtractedReport(row: {
  kind: ExtractedReport["kind"]; title: string; deliveredOn: Date | null; reviewYear: number | null; planYear: number | null;
  start: number; end: number; sections: Prisma.JsonValue;
  targets: Array<StoredItem & { operator: ExtractedTarget["operator"] }>;
  outcomes: Array<StoredItem & { preliminary: boolean; cumulative: boolean; statedTarget: Prisma.JsonValue }>;
}): ExtractedReport {
  return {
    kind: row.kind,
    title: row.title,
    deliveredOn: row.deliveredOn?.toISOString().slice(0, 10) ?? null,
    reviewYear: row.reviewYear,
    planYear: row.planYear,
    start: row.start,
    end: row.end,
    review: null,
    plan: null,
    sections: row.sections as unknown as ExtractedSection[],
    targets: row.targets.map((t): ExtractedTarget => ({ ...storedItem(t), operator: t.operator })),
    outcomes: row.outcomes.map((o): ExtractedOutcome => ({
      ...storedItem(o),
      preliminary: o.preliminary,
      cumulative: o.cumulative,
      statedTarget: (o.statedTarget as unknown as StatedTarget | null) ?? null,
    })),
  };
}
