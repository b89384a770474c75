import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/corrections/correct";
import { AREA_CODES, MEASURES } from "@/lib/corrections/fields";

// What targets and results share: the extracted fields an editor can correct, how they are
// snapshotted for the audit trail, and how a correction becomes a write that re-extraction respects.

export const itemStateSchema = z.object({
  indicator: z.string(),
  measure: z.enum(MEASURES),
  value: z.number().nullable(),
  unit: z.string(),
  area: z.enum(AREA_CODES),
  headline: z.boolean(),
});

export type ItemState = z.infer<typeof itemStateSchema>;

type StoredItem = {
  indicator: string;
  measure: ItemState["measure"];
  value: { toNumber(): number } | null;
  unit: string;
  headline: boolean;
  area: { code: string };
};

export const ITEM_SELECT = { indicator: true, measure: true, value: true, unit: true, headline: true, area: { select: { code: true } } } as const;

export function toItemState(row: StoredItem): ItemState {
  return {
    indicator: row.indicator,
    measure: row.measure,
    value: row.value?.toNumber() ?? null,
    unit: row.unit,
    area: row.area.code,
    headline: row.headline,
  };
}

/** The column a state field is stored in, as lib/ingest names it in lockedFields. */
const COLUMN_OF: Record<string, string> = { area: "areaId" };

/**
 * The column writes for the fields of `next` that differ from `current`, and those columns (with
 * `decided`, the editor's other decisions on the row) added to its lockedFields: re-extraction keeps
 * the editor's values and never drops a row that carries an editor's decision.
 */
export async function planFieldWrites<S extends Record<string, unknown>>(
  tx: Tx,
  current: S,
  next: Partial<S>,
  fields: readonly string[],
  lockedFields: readonly string[],
  decided: readonly string[] = [],
): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = next[field];
    if (value === undefined || JSON.stringify(value) === JSON.stringify(current[field])) continue;
    data[COLUMN_OF[field] ?? field] =
      field === "area" ? (await tx.policyArea.findUniqueOrThrow({ where: { code: String(value) }, select: { id: true } })).id : value;
  }
  const locks = [...new Set([...lockedFields, ...Object.keys(data), ...decided])];
  if (locks.length > lockedFields.length) data.lockedFields = locks;
  return data;
}
