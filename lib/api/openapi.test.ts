import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildOpenApiDocument, EXPORT_PARAMETERS, SCORECARD_PARAMETERS, TARGET_LIST_PARAMETERS } from "@/lib/api/openapi";
import { exportQuerySchema, scorecardQuerySchema, targetListQuerySchema } from "@/lib/api/query";

// No OpenAPI validator is installed, so the essentials of OpenAPI 3.1 are checked with zod, every
// $ref must resolve, and the document must describe exactly the route handlers under app/api/v1.

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

const ref = z.strictObject({ $ref: z.string().startsWith("#/components/") });
const parameter = z.union([
  ref,
  z.object({
    name: z.string().min(1),
    in: z.enum(["query", "header", "path", "cookie"]),
    required: z.boolean().optional(),
    schema: z.record(z.string(), z.unknown()),
  }),
]);
const mediaTypes = z.record(z.string().regex(/^[\w.+-]+\/[\w.+-]+$/), z.object({ schema: z.record(z.string(), z.unknown()) }));
const response = z.union([ref, z.object({ description: z.string().min(1), content: mediaTypes.optional(), headers: z.record(z.string(), z.unknown()).optional() })]);
const operation = z.object({
  summary: z.string().optional(),
  operationId: z.string().regex(/^[A-Za-z]\w*$/),
  parameters: z.array(parameter).optional(),
  requestBody: z.object({ content: mediaTypes, required: z.boolean().optional() }).optional(),
  responses: z.record(z.string().regex(/^([1-5]\d\d|[1-5]XX|default)$/), response).refine((responses) => Object.keys(responses).length > 0),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
});
const pathItem = z.object({ parameters: z.array(parameter).optional(), ...Object.fromEntries(METHODS.map((method) => [method, operation.optional()])) });
const openApi31 = z.object({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.object({ title: z.string().min(1), version: z.string().min(1), description: z.string().optional() }),
  servers: z.array(z.object({ url: z.string() })).optional(),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
  paths: z.record(z.string().startsWith("/"), pathItem),
  components: z.object({
    schemas: z.record(z.string().regex(/^[\w.-]+$/), z.record(z.string(), z.unknown())),
    responses: z.record(z.string(), response),
    securitySchemes: z.record(z.string(), z.object({ type: z.enum(["apiKey", "http", "mutualTLS", "oauth2", "openIdConnect"]) })),
  }),
});

const document = buildOpenApiDocument();
type Operation = z.infer<typeof operation>;
type PathItem = Partial<Record<(typeof METHODS)[number], Operation>> & { parameters?: unknown[] };

function operationsOf(item: PathItem): Array<[string, Operation]> {
  return METHODS.flatMap((method) => (item[method] ? [[method, item[method]] as [string, Operation]] : []));
}

/** app/api/v1/targets/[id]/route.ts → "/api/v1/targets/{id}", with the HTTP methods the file exports. */
function routeHandlers(): string[] {
  const root = path.join(process.cwd(), "app", "api", "v1");
  const files = (fs.readdirSync(root, { recursive: true, encoding: "utf8" }) as string[]).filter((file) => path.basename(file) === "route.ts");
  return files.flatMap((file) => {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    const urlPath = `/api/v1/${path.dirname(file).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}");
    const methods = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b|\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)];
    return methods.map((match) => `${(match[1] ?? match[2]).toLowerCase()} ${urlPath}`);
  });
}

describe("the OpenAPI document", () => {
  it("has the shape of an OpenAPI 3.1 document", () => {
    const parsed = openApi31.safeParse(document);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it("describes every route handler under app/api/v1, and nothing else", () => {
    const documented = Object.entries(document.paths as Record<string, PathItem>).flatMap(([urlPath, item]) =>
      operationsOf(item).map(([method]) => `${method} ${urlPath}`),
    );
    expect(documented.sort()).toEqual(routeHandlers().sort());
  });

  it("resolves every $ref, declares every path parameter and uses each operationId once", () => {
    const text = JSON.stringify(document);
    for (const [, pointer] of text.matchAll(/"\$ref":"#\/([^"]+)"/g)) {
      const target = pointer.split("/").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
      expect(target, pointer).toBeDefined();
    }
    const ids: string[] = [];
    for (const [urlPath, item] of Object.entries(document.paths as Record<string, PathItem>)) {
      for (const [, op] of operationsOf(item)) {
        ids.push(op.operationId);
        const declared = [...(item.parameters ?? []), ...(op.parameters ?? [])] as Array<{ name: string; in: string; required?: boolean }>;
        for (const [, name] of urlPath.matchAll(/\{(\w+)\}/g)) {
          expect(declared.find((p) => p.in === "path" && p.name === name), `${urlPath} ${name}`).toMatchObject({ required: true });
        }
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lists exactly the query parameters the handlers accept", () => {
    expect(EXPORT_PARAMETERS.map((p) => p.name).sort()).toEqual(Object.keys(exportQuerySchema.shape).sort());
    expect(TARGET_LIST_PARAMETERS.map((p) => p.name).sort()).toEqual(Object.keys(targetListQuerySchema.shape).sort());
    expect(SCORECARD_PARAMETERS.map((p) => p.name).sort()).toEqual(Object.keys(scorecardQuerySchema.shape).sort());
  });
});
