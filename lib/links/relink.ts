import type { Db } from "@/lib/db";
import type { ExtractedOutcome, ExtractedReport, ExtractedSection, ExtractedTarget, StatedTarget } from "@/lib/extract/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { IMPLIED_KEY_PREFIX } from "@/lib/ingest/ingest-document";
import { linkYear, type ReportInput, type TargetLink } from "@/lib/match/link-year";
import { isPolicyAreaName, type PolicyAreaName } from "@/lib/policy-areas";
import { judge } from "@/lib/verdict/judge";

type Tx = Prisma.TransactionClient;

/** The matcher names targets and results by document and span. */
function spanKey(documentId: number | string, start: number, end: number): string {
  return `${documentId}:${start}-${end}`;
}

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

  // Every target and result the matcher can name is in `rows`: their ids by span, read once.
  const targetIds = new Map<string, number>();
  const outcomeIds = new Map<string, number>();
  const remember = (ids: Map<string, number>, documentId: number, item: { id: number; start: number; end: number }) => {
    const key = spanKey(documentId, item.start, item.end);
    if (!ids.has(key)) ids.set(key, item.id);
  };
  for (const row of rows) {
    for (const target of row.targets) remember(targetIds, row.document.id, target);
    for (const outcome of row.outcomes) remember(outcomeIds, row.document.id, outcome);
  }

  return db.$transaction(async (tx) => {
    const areaIds = new Map((await tx.policyArea.findMany({ select: { id: true, nameZh: true } })).map((area) => [area.nameZh, area.id]));
    const impliedRows = await tx.target.findMany({
      where: { reportId: { in: rows.map((row) => row.id) }, extractionKey: { startsWith: IMPLIED_KEY_PREFIX } },
      select: { id: true, reportId: true, extractionKey: true, lockedFields: true },
    });
    const impliedByKey = new Map(impliedRows.map((row) => [`${row.reportId}/${row.extractionKey}`, row]));

    const resolved: Array<{ targetId: number; link: TargetLink }> = [];
    let implied = 0;
    for (const link of links) {
      const targetId = link.target.implied
        ? await upsertImpliedTarget(tx, { jurisdictionId, year, link, rows, areaIds, impliedByKey })
        : (targetIds.get(spanKey(link.target.documentId, link.target.start, link.target.end)) ?? null);
      if (targetId === null) continue;
      if (link.target.implied) implied += 1;
      resolved.push({ targetId, link });
    }
    const seenTargetIds = resolved.map(({ targetId }) => targetId);

    // What editors have decided about these targets, in one read (rows may have changed since `rows`).
    const decisions = new Map(
      (
        await tx.target.findMany({
          where: { id: { in: seenTargetIds } },
          select: {
            id: true,
            verdictOrigin: true,
            verdict: true,
            verdictWhy: true,
            links: { where: { origin: "editor" }, select: { id: true } },
            linkRejections: { select: { outcome: { select: { start: true, end: true, report: { select: { documentId: true } } } } } },
          },
        })
      ).map((target) => [target.id, target]),
    );
    const liveOutcomeIds = new Set(
      (await tx.outcome.findMany({ where: { id: { in: [...outcomeIds.values()] } }, select: { id: true } })).map((o) => o.id),
    );

    let linkCount = 0;
    for (const { targetId, link } of resolved) {
      const decision = decisions.get(targetId);
      if (!decision) continue;
      linkCount += await writeLinks(tx, targetId, link, decision, (outcome) => {
        const id = outcomeIds.get(spanKey(outcome.documentId, outcome.start, outcome.end));
        return id !== undefined && liveOutcomeIds.has(id) ? id : null;
      });
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

/** An implied target lives in the report whose sentence states it, keyed by that span. */
async function upsertImpliedTarget(
  tx: Tx,
  context: {
    jurisdictionId: number;
    year: number;
    link: TargetLink;
    rows: Array<{ id: number; document: { id: number }; start: number; end: number }>;
    areaIds: Map<string, number>;
    impliedByKey: Map<string, { id: number; lockedFields: string[] }>;
  },
): Promise<number | null> {
  const { jurisdictionId, year, link, rows, areaIds, impliedByKey } = context;
  const { target } = link;
  const report = rows.find((row) => String(row.document.id) === target.documentId && row.start <= target.start && target.end <= row.end);
  if (!report) return null;
  const areaId = areaIds.get(target.area);
  if (areaId === undefined) throw new Error(`Policy area ${target.area} is missing: run the seed first.`);
  const extractionKey = `${IMPLIED_KEY_PREFIX}${target.start}-${target.end}`;
  const data = {
    jurisdictionId, year, areaId, indicator: target.indicator, measure: target.measure, operator: target.operator,
    value: target.value, unit: target.unit ?? "", raw: target.quote, headline: target.headline, implied: true,
    start: target.start, end: target.end, quote: target.quote, confidence: link.confidence,
  };
  const existing = impliedByKey.get(`${report.id}/${extractionKey}`);
  if (existing) {
    const unlocked = Object.fromEntries(Object.entries(data).filter(([field]) => !existing.lockedFields.includes(field)));
    await tx.target.update({ where: { id: existing.id }, data: unlocked });
    return existing.id;
  }
  const created = await tx.target.create({ data: { ...data, reportId: report.id, extractionKey }, select: { id: true, lockedFields: true } });
  impliedByKey.set(`${report.id}/${extractionKey}`, created);
  return created.id;
}

type TargetDecisions = {
  verdictOrigin: string;
  verdict: TargetLink["verdict"];
  verdictWhy: string;
  links: { id: number }[];
  linkRejections: Array<{ outcome: { start: number; end: number; report: { documentId: number } } }>;
};

async function writeLinks(
  tx: Tx,
  targetId: number,
  link: TargetLink,
  target: TargetDecisions,
  outcomeIdOf: (outcome: TargetLink["outcomes"][number]) => number | null,
): Promise<number> {
  // Results an editor said do not answer this target are out, and the verdict is judged without them.
  const rejected = new Set(target.linkRejections.map(({ outcome }) => spanKey(outcome.report.documentId, outcome.start, outcome.end)));
  const outcomes = link.outcomes.filter((o) => !rejected.has(spanKey(o.documentId, o.start, o.end)));
  const judgement = outcomes.length === link.outcomes.length ? link : judge(link.target, outcomes, { reviewAvailable: true });

  const editorJudged = target.verdictOrigin === "editor";
  if (!editorJudged) {
    await tx.target.update({
      where: { id: targetId },
      data: { verdict: judgement.verdict, verdictWhy: judgement.why, conflict: judgement.conflict },
    });
  }
  // Once an editor has linked a target by hand, its links are the editor's to manage.
  if (target.links.length > 0) return 0;

  const outcomeIds = outcomes.map(outcomeIdOf).filter((id): id is number => id !== null);
  await tx.link.deleteMany({ where: { targetId, origin: "machine", outcomeId: { notIn: outcomeIds } } });
  for (const outcomeId of outcomeIds) {
    // Evidence of an editor-judged target carries the editor's verdict, as corrections write it.
    const data = editorJudged
      ? { verdict: target.verdict, confidence: judgement.confidence, why: target.verdictWhy }
      : { verdict: judgement.verdict, confidence: judgement.confidence, why: judgement.why };
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
