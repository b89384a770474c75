import { z } from "zod";
import { MAX_PAGE_SIZE } from "@/lib/api/query";
import { apiSchemas } from "@/lib/api/schemas";
import { LOCALES } from "@/lib/i18n/locales";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { METHODOLOGY_VERSION, VERDICTS } from "@/lib/verdict/methodology";

// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Response bodies come from
// the zod schemas the tests hold the handlers to; lib/api/openapi.test.ts checks that every route
// file is described here and nothing else is.

type Parameter = { name: string; in: "query" | "path"; required?: boolean; description?: string; schema: Record<string, unknown> };

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { "application/json": { schema: ref(id) } } });
const refusal = (status: string) => ({ $ref: `#/components/responses/${status}` });

const yearSchema = { type: "string", pattern: "^(19|20)\\d{2}$" };
const areaParameter: Parameter = {
  name: "area", in: "query", description: "a policy area code", schema: { type: "string", enum: POLICY_AREAS.map((area) => area.code) },
};
const verdictParameter: Parameter = { name: "verdict", in: "query", schema: { type: "string", enum: [...VERDICTS] } };
const jurisdictionParameter: Parameter = {
  name: "jurisdiction", in: "query", description: "a jurisdiction's code such as cn-chongqing; default: the only one, or the first by name (400 when unknown)",
  schema: { type: "string", maxLength: 64 },
};

/** The query of GET /api/v1/scorecards/{year}; the year is in the path. */
export const SCORECARD_PARAMETERS: Parameter[] = [jurisdictionParameter];

/** The same filters as the year page's URL. */
export const EXPORT_PARAMETERS: Parameter[] = [
  { name: "year", in: "query", required: true, schema: yearSchema },
  jurisdictionParameter,
  { name: "format", in: "query", required: true, schema: { type: "string", enum: ["csv", "xlsx"] } },
  { name: "lang", in: "query", description: "language of headers and words (default zh-CN)", schema: { type: "string", enum: [...LOCALES] } },
  areaParameter,
  verdictParameter,
  { name: "headline", in: "query", description: "1: headline targets only", schema: { type: "string", enum: ["0", "1"] } },
  { name: "conflict", in: "query", description: "1: targets whose sources disagree only", schema: { type: "string", enum: ["0", "1"] } },
  { name: "q", in: "query", description: "text in the indicator or a quote", schema: { type: "string", maxLength: 100 } },
];

export const TARGET_LIST_PARAMETERS: Parameter[] = [
  { name: "year", in: "query", schema: yearSchema },
  jurisdictionParameter,
  areaParameter,
  verdictParameter,
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, default: 1 } },
  { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: 25 } },
];

/** The registered zod schemas as components; $schema and $id go, the document's dialect is JSON Schema 2020-12 already. */
function componentSchemas(): Record<string, object> {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]));
}

const viewerRefusals = { "401": refusal("Unauthorized"), "403": refusal("Forbidden") };

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Yardstick API",
      version: "1",
      description:
        "Targets set in Chinese government work reports against the results reported a year later. Authenticate with the " +
        "web session cookie or with `Authorization: Bearer <token>` (tokens are issued by an admin at /admin/api-tokens). " +
        `Verdicts follow methodology version ${METHODOLOGY_VERSION} (see /methodology). Invalid parameters answer 400, ` +
        "unknown years and ids 404.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths: {
      "/api/v1/me": {
        get: { summary: "Who the cookie or token stands for", operationId: "getMe", responses: { "200": json("Me", "the principal"), ...viewerRefusals } },
      },
      "/api/v1/scorecards/{year}": {
        get: {
          summary: "A jurisdiction's verdict counts for a year, per policy area",
          operationId: "getScorecard",
          parameters: [{ name: "year", in: "path", required: true, schema: yearSchema }, ...SCORECARD_PARAMETERS],
          responses: { "200": json("Scorecard", "the counts"), "400": refusal("BadRequest"), ...viewerRefusals, "404": refusal("NotFound") },
        },
      },
      "/api/v1/targets": {
        get: {
          summary: "Targets, a page at a time",
          operationId: "listTargets",
          parameters: TARGET_LIST_PARAMETERS,
          responses: { "200": json("TargetPage", "one page and the total"), "400": refusal("BadRequest"), ...viewerRefusals },
        },
      },
      "/api/v1/targets/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        get: {
          summary: "A target with its links, quotes and history",
          operationId: "getTarget",
          responses: { "200": json("Target", "the target"), "400": refusal("BadRequest"), ...viewerRefusals, "404": refusal("NotFound") },
        },
        patch: {
          summary: "Correct a target (editors): the changes with a reason, against the version read",
          operationId: "correctTarget",
          requestBody: { required: true, content: { "application/json": { schema: ref("TargetCorrection") } } },
          responses: {
            "200": { description: "the corrected target", content: { "application/json": { schema: { type: "object" } } } },
            "400": refusal("BadRequest"),
            ...viewerRefusals,
            "404": refusal("NotFound"),
            "409": refusal("Conflict"),
          },
        },
      },
      "/api/v1/exports/scorecard": {
        get: {
          summary: "A year's filtered scorecard as a CSV or XLSX download",
          description:
            "CSV: UTF-8 with BOM; the first 4 lines are the stamp, each starting with `#` (`# methodology_version,<v>`, " +
            "`# snapshot_at,<ISO time>`, `# filters,<key=value; …>`), then the header row and one row per target. Text cells " +
            "starting with = + - @ tab or CR are prefixed with a single quote. XLSX: sheets summary, detail and about (the stamp). " +
            "Both carry the stamp in the X-Methodology-Version and X-Data-Snapshot headers too.",
          operationId: "exportScorecard",
          parameters: EXPORT_PARAMETERS,
          responses: {
            "200": {
              description: "the file, streamed",
              headers: {
                "Content-Disposition": { schema: { type: "string" } },
                "X-Methodology-Version": { schema: { type: "string" } },
                "X-Data-Snapshot": { schema: { type: "string" } },
              },
              content: {
                "text/csv": { schema: { type: "string" } },
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentEncoding: "binary" } },
              },
            },
            "400": refusal("BadRequest"),
            ...viewerRefusals,
            "404": refusal("NotFound"),
          },
        },
      },
      "/api/v1/uploads": {
        post: {
          summary: "Upload a report file (editors) for background ingestion",
          operationId: "createUpload",
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: {
                  type: "object",
                  required: ["file", "jurisdictionId"],
                  properties: { file: { type: "string", contentMediaType: "application/octet-stream" }, jurisdictionId: { type: "integer" } },
                },
              },
            },
          },
          responses: {
            "200": json("Upload", "queued"),
            "400": refusal("BadRequest"),
            ...viewerRefusals,
            "413": json("Error", "the file is over the 20 MB limit"),
          },
        },
      },
      "/api/v1/uploads/{id}": {
        get: {
          summary: "An upload's status and progress (editors)",
          operationId: "getUpload",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
          responses: { "200": json("Upload", "the upload"), ...viewerRefusals, "404": refusal("NotFound") },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          summary: "This document",
          operationId: "getOpenApiDocument",
          security: [],
          responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "an API token from /admin/api-tokens" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "the web session (__Secure- prefixed over https)" },
      },
      schemas: componentSchemas(),
      responses: {
        BadRequest: json("Error", "a parameter or the body is invalid"),
        Unauthorized: json("Error", "no valid session cookie or bearer token"),
        Forbidden: json("Error", "the role is too low"),
        NotFound: json("Error", "no such year or id"),
        Conflict: json("Error", "the target changed since the version sent"),
      },
    },
  };
}
