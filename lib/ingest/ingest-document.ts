import type { Db } from "@/lib/db";
import { extractDocument } from "@/lib/extract/extract-document";
import type { ExtractedOutcome, ExtractedReport, ExtractedTarget } from "@/lib/extract/types";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";
import { hashBytes, hashText } from "@/lib/ingest/content-hash";
import { decodeDocument } from "@/lib/ingest/decode";
import type { Prisma } from "@/lib/generated/prisma/client";

export type IngestDocumentInput = {
  jurisdictionId: number;
  fileName: string;
  bytes: Uint8Array;
  /** The text when the caller has already read it out of the bytes (a .docx or PDF upload); otherwise the bytes are decoded as a text file. */
  decoded?: { text: string; encoding: string };
  source?: string | null;
  uploadedById?: number | null;
};

/** created: a new document; reextracted: known, but read again by a newer extractor; unchanged: nothing to do. */
export type IngestDocumentResult = { documentId: number; status: "created" | "reextracted" | "unchanged" };

/**
 * The document decoded but holds nothing we recognise as a report (no review or plan year, no
 * target, no result): storing it would only add an empty row to every list. Nothing is stored.
 */
export class NoReportFoundError extends Error {
  constructor(fileName: string) {
    super(`${fileName}: no government work report, plan report or budget report was recognised in this text.`);
    this.name = "NoReportFoundError";
  }
}

export function recognisedReports(text: string): ExtractedReport[] {
  return extractDocument(text).filter(
    (report) => report.reviewYear !== null || report.planYear !== null || report.targets.length > 0 || report.outcomes.length > 0,
  );
}

/**
 * Stores a document once per content hash and extracts its reports, targets and outcomes; a known
 * document is re-extracted only when the extractor has changed since. Decoding and extraction
 * happen before any write, and every write is in one transaction, so bad input raises a clear
 * error (DocumentDecodeError, NoReportFoundError) and leaves nothing behind.
 */
export async function ingestDocument(db: Db, input: IngestDocumentInput): Promise<IngestDocumentResult> {
  const sha256 = hashBytes(input.bytes);
  const existing = await db.sourceDocument.findUnique({ where: { sha256 }, select: { id: true, extractorVersion: true } });
  if (existing) {
    if (existing.extractorVersion === EXTRACTOR_VERSION) return { documentId: existing.id, status: "unchanged" };
    await reextractDocument(db, existing.id);
    return { documentId: existing.id, status: "reextracted" };
  }

  const { text, encoding } = input.decoded ?? decodeDocument(input.bytes);
  const reports = recognisedReports(text);
  if (reports.length === 0) throw new NoReportFoundError(input.fileName);

  const documentId = await db.$transaction(async (tx) => {
    const document = await tx.sourceDocument.create({
      data: {
        jurisdictionId: input.jurisdictionId,
        fileName: input.fileName,
        source: input.source ?? null,
        sha256,
        encoding,
        byteSize: input.bytes.byteLength,
        text,
        textSha256: hashText(text),
        uploadedById: input.uploadedById ?? null,
      },
      select: { id: true },
    });
    await writeExtraction(tx, document.id, input.jurisdictionId, reports);
    return document.id;
  }, { timeout: 60_000 });
  return { documentId, status: "created" };
}

/**
 * Runs extraction again over a stored document (after the extractor improved) and replaces the
 * machine's rows. Editors' work survives: rows they created, rows whose fields they locked and
 * rows they linked by hand are kept, and a locked field keeps the editor's value.
 */
export async function reextractDocument(db: Db, documentId: number): Promise<void> {
  const document = await db.sourceDocument.findUniqueOrThrow({
    where: { id: documentId },
    select: { text: true, jurisdictionId: true, fileName: true },
  });
  const reports = recognisedReports(document.text);
  if (reports.length === 0) throw new NoReportFoundError(document.fileName);
  await db.$transaction((tx) => writeExtraction(tx, documentId, document.jurisdictionId, reports), { timeout: 60_000 });
}

type Tx = Prisma.TransactionClient;

/** Identity of a machine-made row across extractions of the same text: its span. */
function extractionKeyOf(item: { start: number; end: number }): string {
  return `${item.start}-${item.end}`;
}

async function writeExtraction(tx: Tx, documentId: number, jurisdictionId: number, reports: ExtractedReport[]) {
  const areas = new Map((await tx.policyArea.findMany({ select: { id: true, nameZh: true } })).map((a) => [a.nameZh, a.id]));
  const areaIdOf = (name: string) => {
    const id = areas.get(name);
    if (id === undefined) throw new Error(`Policy area ${name} is missing: run the seed first.`);
    return id;
  };

  for (const [ordinal, report] of reports.entries()) {
    const reportData = {
      jurisdictionId,
      kind: report.kind,
      title: report.title,
      deliveredOn: report.deliveredOn ? new Date(`${report.deliveredOn}T00:00:00Z`) : null,
      reviewYear: report.reviewYear,
      planYear: report.planYear,
      start: report.start,
      end: report.end,
      sections: report.sections as unknown as Prisma.InputJsonValue,
    };
    const { id: reportId } = await tx.report.upsert({
      where: { documentId_ordinal: { documentId, ordinal } },
      update: reportData,
      create: { documentId, ordinal, ...reportData },
      select: { id: true },
    });

    const targets = report.planYear === null ? [] : report.targets;
    await syncRows(tx.target, reportId, targets.map((target) => ({
      key: extractionKeyOf(target),
      data: targetData(target, { reportId, jurisdictionId, year: report.planYear!, areaId: areaIdOf(target.area) }),
    })));
    const outcomes = report.reviewYear === null ? [] : report.outcomes;
    await syncRows(tx.outcome, reportId, outcomes.map((outcome) => ({
      key: extractionKeyOf(outcome),
      data: outcomeData(outcome, { reportId, jurisdictionId, year: report.reviewYear!, areaId: areaIdOf(outcome.area) }),
    })));
  }
  // Reports the extractor no longer finds go, unless an editor's rows hang on them.
  await tx.report.deleteMany({
    where: {
      documentId,
      ordinal: { gte: reports.length },
      targets: { none: { OR: [{ origin: "editor" }, { NOT: { lockedFields: { isEmpty: true } } }] } },
      outcomes: { none: { OR: [{ origin: "editor" }, { NOT: { lockedFields: { isEmpty: true } } }] } },
    },
  });
  await tx.sourceDocument.update({
    where: { id: documentId },
    data: { status: "ingested", statusMessage: null, ingestedAt: new Date(), extractorVersion: EXTRACTOR_VERSION },
  });
}

type RowIds = { reportId: number; jurisdictionId: number; year: number; areaId: number };

/** The fields targets and outcomes share, as stored. */
function itemData(item: ExtractedTarget | ExtractedOutcome, ids: RowIds) {
  return {
    ...ids,
    indicator: item.indicator,
    measure: item.measure,
    value: item.value,
    unit: item.unit ?? "",
    raw: item.raw,
    headline: item.headline,
    start: item.start,
    end: item.end,
    quote: item.quote,
    confidence: item.confidence,
  };
}

function targetData(target: ExtractedTarget, ids: RowIds) {
  return { ...itemData(target, ids), operator: target.operator };
}

function outcomeData(outcome: ExtractedOutcome, ids: RowIds) {
  return {
    ...itemData(outcome, ids),
    preliminary: outcome.preliminary,
    cumulative: outcome.cumulative,
    statedTarget: outcome.statedTarget ?? undefined,
  };
}

type ExistingRow = { id: number; extractionKey: string | null; origin: string; lockedFields: string[]; editorLinks: number };

/** The extraction key of an implied target (lib/links/relink.ts) starts with this; extraction leaves those rows alone. */
export const IMPLIED_KEY_PREFIX = "implied:";

/** The two row kinds share this shape; a narrow interface keeps syncRows free of casts. */
type RowDelegate<Data> = {
  findMany(args: {
    where: { reportId: number; origin: "machine"; NOT: { extractionKey: { startsWith: string } } };
    select: { id: true; extractionKey: true; origin: true; lockedFields: true; links: { where: { origin: "editor" }; select: { id: true } } };
  }): Promise<Array<{ id: number; extractionKey: string | null; origin: string; lockedFields: string[]; links: { id: number }[] }>>;
  createMany(args: { data: Array<Data & { extractionKey: string }> }): Promise<unknown>;
  update(args: { where: { id: number }; data: Partial<Data> }): Promise<unknown>;
  deleteMany(args: { where: { id: { in: number[] } } }): Promise<unknown>;
};

/**
 * Brings a report's machine rows in line with a fresh extraction: new spans are created, known
 * spans refreshed except for the fields an editor locked, vanished spans deleted unless an editor
 * touched them. Editor-created rows (origin editor) are never read here, so never changed.
 */
async function syncRows<Data extends object>(
  delegate: RowDelegate<Data>,
  reportId: number,
  fresh: Array<{ key: string; data: Data }>,
) {
  const existing: ExistingRow[] = (
    await delegate.findMany({
      // Implied targets belong to re-linking (lib/links/relink.ts), which derives and prunes them.
      where: { reportId, origin: "machine", NOT: { extractionKey: { startsWith: IMPLIED_KEY_PREFIX } } },
      select: { id: true, extractionKey: true, origin: true, lockedFields: true, links: { where: { origin: "editor" }, select: { id: true } } },
    })
  ).map((row) => ({ ...row, editorLinks: row.links.length }));
  const byKey = new Map(existing.map((row) => [row.extractionKey, row]));
  const freshKeys = new Set(fresh.map((item) => item.key));

  const toCreate: Array<Data & { extractionKey: string }> = [];
  for (const item of fresh) {
    const row = byKey.get(item.key);
    if (!row) {
      toCreate.push({ ...item.data, extractionKey: item.key });
      continue;
    }
    const data = Object.fromEntries(
      Object.entries(item.data).filter(([field]) => !row.lockedFields.includes(field)),
    ) as Partial<Data>;
    await delegate.update({ where: { id: row.id }, data });
  }
  if (toCreate.length) await delegate.createMany({ data: toCreate });

  const stale = existing.filter(
    (row) => !freshKeys.has(row.extractionKey ?? "") && row.lockedFields.length === 0 && row.editorLinks === 0,
  );
  if (stale.length) await delegate.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
}
