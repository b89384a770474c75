import { z } from "zod";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { VERDICTS } from "@/lib/verdict/methodology";

// The zod schemas every correction shares. Input arrives as FormData strings from server actions
// and as JSON from /api/v1, so numbers and booleans accept both spellings.

export const MEASURES = ["growth", "level", "new", "ratio", "change"] as const;
export const OPERATORS = ["gte", "lte", "approx", "eq", "qualitative"] as const;
export const AREA_CODES = POLICY_AREAS.map((area) => area.code) as [string, ...string[]];

const MAX_REASON_LENGTH = 2000;

export const idSchema = z.coerce.number().int().positive().max(2_147_483_647);
export const versionSchema = z.coerce.number().int().positive().max(2_147_483_647);
export const reasonSchema = z.string().trim().min(1, "请写明理由 · A reason is required.").max(MAX_REASON_LENGTH);

export const booleanSchema = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]);
// "" is "no number" (a qualitative target, a result stated in words).
const valueSchema = z.union([
  z.number(),
  z.null(),
  z.literal("").transform(() => null),
  z.string().trim().regex(/^-?\d+(\.\d+)?$/, "请填写数字 · Enter a number.").transform(Number),
]);

/** What an editor may set on an extracted item. */
export const itemFields = {
  indicator: z.string().trim().min(1).max(200),
  value: valueSchema,
  unit: z.string().trim().max(20),
  measure: z.enum(MEASURES),
  area: z.enum(AREA_CODES),
  headline: booleanSchema,
};

export const targetFields = { ...itemFields, operator: z.enum(OPERATORS) };
export const outcomeFields = { ...itemFields, preliminary: booleanSchema };

// In a change every key is optional; only the fields whose value differs from the stored one count.
export const targetChangesSchema = z.object(targetFields).partial().strict();
export const outcomeChangesSchema = z.object(outcomeFields).partial().strict();

export const verdictSchema = z.enum(VERDICTS);

/**
 * A span of a stored document the editor selected. The server checks text.slice(start, end) === quote
 * (lib/corrections/selection.ts), which also rules out an empty or reversed span.
 */
export const selectionFields = {
  documentId: idSchema,
  start: z.coerce.number().int().nonnegative(),
  end: z.coerce.number().int().positive(),
  quote: z.string().min(1).max(2000),
};
