import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { VERDICTS } from "@/lib/verdict/methodology";

// What /api/v1 answers, as zod schemas: the OpenAPI document is generated from them
// (lib/api/openapi.ts) and the integration tests parse real responses with them, so the
// document cannot drift from the handlers.

/** Every schema with an id becomes a named component of the OpenAPI document. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

const verdict = z.enum(VERDICTS);
const origin = z.enum(["machine", "editor"]);
const measure = z.enum(["growth", "level", "new", "ratio", "change"]);
const operator = z.enum(["gte", "lte", "approx", "eq", "qualitative"]);
const reportKind = z.enum(["government_work_report", "plan_report", "budget_report"]);
const timestamp = z.string().describe("ISO 8601, UTC");

export const errorSchema = z
  .object({ error: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() })
  .register(apiSchemas, { id: "Error", description: "Why the request was refused; fieldErrors names the offending parameters." });

export const meSchema = z
  .object({ id: z.number().int(), email: z.string(), name: z.string(), role: z.enum(ROLES), via: z.enum(["session", "token"]) })
  .register(apiSchemas, { id: "Me" });

// A record keyed by an enum requires every key: each verdict is always counted, zero or not.
export const verdictCountsSchema = z.record(verdict, z.number().int()).register(apiSchemas, { id: "VerdictCounts" });

export const policyAreaSchema = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }).register(apiSchemas, { id: "PolicyArea" });

const sourceSchema = z.object({ documentId: z.number().int(), fileName: z.string(), kind: reportKind });

export const scorecardSchema = z
  .object({
    year: z.number().int(),
    jurisdiction: z.object({ code: z.string(), name: z.string() }).describe("whose targets are counted"),
    methodologyVersion: z.string(),
    snapshotAt: timestamp.describe("when the data was read from the database (ISO 8601, UTC)"),
    resultsInCorpus: z.boolean().describe("a report reviewing the year is in the corpus; without one every target is pending"),
    total: z.number().int(),
    withResult: z.number().int(),
    counts: verdictCountsSchema,
    areas: z.array(policyAreaSchema.extend({ counts: verdictCountsSchema, total: z.number().int() })),
    sources: z.object({ targets: z.array(sourceSchema), results: z.array(sourceSchema) }),
  })
  .register(apiSchemas, { id: "Scorecard" });

export const documentRefSchema = z
  .object({ id: z.number().int(), fileName: z.string(), reportKind: reportKind, reportTitle: z.string() })
  .register(apiSchemas, { id: "DocumentRef" });

const quoted = {
  quote: z.string().describe("the document's text at [start, end)"),
  start: z.number().int(),
  end: z.number().int(),
  document: documentRefSchema,
};

export const targetSummarySchema = z
  .object({
    id: z.number().int(),
    url: z.string().describe("this target in full: GET /api/v1/targets/{id}"),
    year: z.number().int(),
    area: policyAreaSchema,
    indicator: z.string(),
    measure,
    operator,
    value: z.number().nullable().describe("in base units (60万人 is 600000 人); null when qualitative"),
    unit: z.string(),
    raw: z.string(),
    headline: z.boolean(),
    implied: z.boolean(),
    conflict: z.boolean(),
    confidence: z.number(),
    origin,
    verdict,
    verdictWhy: z.string(),
    verdictOrigin: origin,
    version: z.number().int().describe("send it back with PATCH: a stale version is refused with 409"),
    updatedAt: timestamp,
    results: z.number().int().describe("how many results are linked"),
    ...quoted,
  })
  .register(apiSchemas, { id: "TargetSummary" });

export const targetPageSchema = z
  .object({
    items: z.array(targetSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    next: z.string().nullable().describe("the next page's URL, null on the last page"),
  })
  .register(apiSchemas, { id: "TargetPage" });

export const linkSchema = z
  .object({
    id: z.number().int(),
    verdict,
    why: z.string(),
    confidence: z.number(),
    origin,
    outcome: z.object({
      id: z.number().int(),
      year: z.number().int(),
      indicator: z.string(),
      measure,
      value: z.number().nullable(),
      unit: z.string(),
      raw: z.string(),
      preliminary: z.boolean(),
      ...quoted,
    }),
  })
  .register(apiSchemas, { id: "Link" });

export const historyEntrySchema = z
  .object({
    id: z.number().int(),
    action: z.string(),
    actor: z.string().nullable(),
    reason: z.string().nullable(),
    at: timestamp,
    before: z.unknown().describe("the changed fields before, as recorded"),
    after: z.unknown().describe("the changed fields after, as recorded"),
  })
  .register(apiSchemas, { id: "HistoryEntry" });

export const targetRecordSchema = targetSummarySchema
  .omit({ url: true, results: true })
  .extend({ links: z.array(linkSchema), history: z.array(historyEntrySchema).describe("audit events on this target, newest first") })
  .register(apiSchemas, { id: "Target" });

/** The editors' correction contract of PATCH /api/v1/targets/{id} (implemented in that route). */
export const targetCorrectionSchema = z
  .object({
    version: z.number().int().describe("the version the editor read; 409 when the target has changed since"),
    changes: z.record(z.string(), z.unknown()).describe("the fields to change and their new values"),
    reason: z.string().min(1).describe("why; recorded in the audit trail"),
  })
  .register(apiSchemas, { id: "TargetCorrection" });

export type ScorecardJson = z.infer<typeof scorecardSchema>;
export type TargetSummaryJson = z.infer<typeof targetSummarySchema>;
export type TargetPageJson = z.infer<typeof targetPageSchema>;
export type TargetRecordJson = z.infer<typeof targetRecordSchema>;

/** An upload as lib/uploads/queries.ts summarises it (POST /api/v1/uploads, GET /api/v1/uploads/{id}). */
export const uploadSchema = z
  .object({
    id: z.number().int(),
    fileName: z.string(),
    byteSize: z.number().int(),
    status: z.enum(["queued", "processing", "done", "failed"]),
    progress: z.number().int().describe("0–100"),
    message: z.string().nullable(),
    documentId: z.number().int().nullable().describe("the stored document once ingested"),
    jurisdictionName: z.string(),
    uploadedBy: z.string().nullable(),
    createdAt: timestamp,
  })
  .register(apiSchemas, { id: "Upload" });

