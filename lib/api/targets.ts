import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TargetPageJson, TargetRecordJson, TargetSummaryJson } from "@/lib/api/schemas";
import { documentRefSelect, toDocumentRef } from "@/lib/scorecard/target";
import type { Verdict } from "@/lib/verdict/methodology";

// The targets as /api/v1 shows them: the stored row with its quote, offsets and document, so a
// client can check every number against the source without another request.

const targetSelect = {
  id: true, year: true, indicator: true, measure: true, operator: true, value: true, unit: true, raw: true, headline: true,
  implied: true, conflict: true, confidence: true, origin: true, verdict: true, verdictWhy: true, verdictOrigin: true,
  version: true, updatedAt: true, quote: true, start: true, end: true,
  area: { select: { code: true, nameZh: true, nameEn: true } },
  report: documentRefSelect,
} satisfies Prisma.TargetSelect;

type TargetRow = Prisma.TargetGetPayload<{ select: typeof targetSelect }>;

function toTargetFields(row: TargetRow): Omit<TargetSummaryJson, "url" | "results"> {
  return {
    id: row.id,
    year: row.year,
    area: row.area,
    indicator: row.indicator,
    measure: row.measure,
    operator: row.operator,
    value: row.value?.toNumber() ?? null,
    unit: row.unit,
    raw: row.raw,
    headline: row.headline,
    implied: row.implied,
    conflict: row.conflict,
    confidence: row.confidence,
    origin: row.origin,
    verdict: row.verdict,
    verdictWhy: row.verdictWhy,
    verdictOrigin: row.verdictOrigin,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    quote: row.quote,
    start: row.start,
    end: row.end,
    document: toDocumentRef(row.report),
  };
}

export type TargetListQuery = { jurisdictionId: number; year?: number; area?: string; verdict?: Verdict; page: number; pageSize: number };

/**
 * One page of a jurisdiction's targets in a stable order (year, area, position in the report), with the total and
 * the next page's URL, built from the request's own URL so every other parameter is kept.
 */
export async function findTargetPage(db: Db, query: TargetListQuery, requestUrl: string): Promise<TargetPageJson> {
  const where: Prisma.TargetWhereInput = {
    jurisdictionId: query.jurisdictionId,
    ...(query.year === undefined ? {} : { year: query.year }),
    ...(query.area === undefined ? {} : { area: { code: query.area } }),
    ...(query.verdict === undefined ? {} : { verdict: query.verdict }),
  };
  const [total, rows] = await db.$transaction([
    db.target.count({ where }),
    db.target.findMany({
      where,
      orderBy: [{ year: "asc" }, { area: { order: "asc" } }, { reportId: "asc" }, { start: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: { ...targetSelect, _count: { select: { links: true } } },
    }),
  ]);
  const url = (id: number) => new URL(`/api/v1/targets/${id}`, requestUrl).toString();
  let next: string | null = null;
  if (query.page * query.pageSize < total) {
    const nextUrl = new URL(requestUrl);
    nextUrl.searchParams.set("page", String(query.page + 1));
    next = nextUrl.toString();
  }
  return {
    items: rows.map((row) => ({ ...toTargetFields(row), url: url(row.id), results: row._count.links })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    next,
  };
}

/** A target with its links (each result's quote and offsets) and its audit history; null when unknown. */
export async function findTargetRecord(db: Db, id: number): Promise<TargetRecordJson | null> {
  const [row, events] = await Promise.all([
    db.target.findUnique({
      where: { id },
      select: {
        ...targetSelect,
        links: {
          orderBy: { id: "asc" },
          select: {
            id: true, verdict: true, why: true, confidence: true, origin: true,
            outcome: {
              select: {
                id: true, year: true, indicator: true, measure: true, value: true, unit: true, raw: true, preliminary: true,
                quote: true, start: true, end: true, report: documentRefSelect,
              },
            },
          },
        },
      },
    }),
    db.auditEvent.findMany({
      where: { entityType: "Target", entityId: String(id) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, action: true, reason: true, before: true, after: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  if (!row) return null;
  return {
    ...toTargetFields(row),
    links: row.links.map(({ outcome, ...link }) => ({
      ...link,
      outcome: {
        id: outcome.id,
        year: outcome.year,
        indicator: outcome.indicator,
        measure: outcome.measure,
        value: outcome.value?.toNumber() ?? null,
        unit: outcome.unit,
        raw: outcome.raw,
        preliminary: outcome.preliminary,
        quote: outcome.quote,
        start: outcome.start,
        end: outcome.end,
        document: toDocumentRef(outcome.report),
      },
    })),
    history: events.map((event) => ({
      id: event.id,
      action: event.action,
      actor: event.actor?.name ?? null,
      reason: event.reason,
      at: event.createdAt.toISOString(),
      before: event.before,
      after: event.after,
    })),
  };
}
