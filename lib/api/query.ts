import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { refuseInvalidInput, type Result } from "@/lib/result";
import type { ScorecardFilters } from "@/lib/scorecard/filters";
import { findPolicyArea, parseId, parseYear } from "@/lib/scorecard/params";
import { VERDICTS } from "@/lib/verdict/methodology";

// Query and path parameters of /api/v1, checked at the edge. Unlike the pages (which ignore a
// stale filter so an old link still opens), the API answers 400 for anything it does not know:
// a misspelt parameter silently ignored would return the wrong data.

export const yearParam = z.string().transform((raw, context) => {
  const year = parseYear(raw);
  if (year === null) context.addIssue({ code: "custom", message: "a four-digit year such as 2021" });
  return year ?? z.NEVER;
});

export const idParam = z.string().transform((raw, context) => {
  const id = parseId(raw);
  if (id === null) context.addIssue({ code: "custom", message: "a positive integer id" });
  return id ?? z.NEVER;
});

const flagParam = z.enum(["0", "1"]).transform((flag) => flag === "1");

const positiveInt = (max: number) => z.string().regex(/^\d{1,9}$/, "a positive integer").transform(Number).pipe(z.number().int().min(1).max(max));

export const filterParams = {
  area: z.string().refine((code) => findPolicyArea(code) !== null, "a policy area code such as economy").optional(),
  verdict: z.enum(VERDICTS).optional(),
  headline: flagParam.optional(),
  conflict: flagParam.optional(),
  q: z.string().trim().max(100).optional(),
};

/** A jurisdiction's code; absent means the only jurisdiction, or the first by name. */
export const jurisdictionParam = z.string().trim().min(1).max(64).optional();

export const scorecardQuerySchema = z.strictObject({ jurisdiction: jurisdictionParam });

export const exportQuerySchema = z.strictObject({
  year: yearParam,
  jurisdiction: jurisdictionParam,
  format: z.enum(["csv", "xlsx"]),
  lang: z.enum(LOCALES).optional(),
  ...filterParams,
});

export const MAX_PAGE_SIZE = 100;

export const targetListQuerySchema = z.strictObject({
  year: yearParam.optional(),
  jurisdiction: jurisdictionParam,
  area: filterParams.area,
  verdict: filterParams.verdict,
  page: positiveInt(1_000_000).default(1),
  pageSize: positiveInt(MAX_PAGE_SIZE).default(25),
});

/**
 * Parses a request's query string; an empty value counts as absent (what a GET form sends). An
 * unknown parameter is named in fieldErrors like a bad one, so the client sees which it was.
 */
export function parseSearchParams<T extends z.ZodType>(schema: T, request: Request): Result<z.output<T>> {
  const entries = [...new URL(request.url).searchParams].filter(([, value]) => value !== "");
  const parsed = schema.safeParse(Object.fromEntries(entries));
  if (parsed.success) return { ok: true, value: parsed.data };
  const refusal = refuseInvalidInput(parsed.error);
  const unknown = parsed.error.issues.flatMap((issue) => (issue.code === "unrecognized_keys" ? issue.keys : []));
  const fieldErrors = { ...refusal.fieldErrors, ...Object.fromEntries(unknown.map((key) => [key, ["未知参数 · Unknown parameter."]])) };
  return { ...refusal, fieldErrors };
}

export function toScorecardFilters(params: { area?: string; verdict?: ScorecardFilters["verdict"]; headline?: boolean; conflict?: boolean; q?: string }): ScorecardFilters {
  return {
    area: params.area ?? null,
    verdict: params.verdict ?? null,
    headline: params.headline ?? false,
    conflict: params.conflict ?? false,
    q: params.q ?? "",
  };
}
