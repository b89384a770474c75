import "server-only";
import { z } from "zod";
import { claimVersion, type Entity, type Tx } from "@/lib/corrections/correct";
import { ITEM_SELECT, itemStateSchema, planFieldWrites, toItemState } from "@/lib/corrections/items";
import { rejudgeTarget } from "@/lib/corrections/rejudge";
import { Prisma } from "@/lib/generated/prisma/client";

// A result as an editor changes it. Its linked targets' verdicts are part of the snapshot (read
// only): correcting a result re-judges them, and the audit trail shows how each verdict moved.

const finalSourceSchema = z.object({
  title: z.string().trim().min(1).max(300),
  url: z.url().max(2000).nullable(),
  documentId: z.number().int().positive().nullable(),
  date: z.iso.date(),
});

const outcomeStateSchema = itemStateSchema.extend({
  preliminary: z.boolean(),
  finalSource: finalSourceSchema.nullable(),
  /** Verdict of each linked target, by target id: derived, never written from here. */
  verdicts: z.record(z.string(), z.string()),
});

export type OutcomeState = z.infer<typeof outcomeStateSchema>;

const OUTCOME_FIELDS = ["indicator", "measure", "value", "unit", "area", "headline", "preliminary", "finalSource"] as const;

async function readOutcomeState(tx: Tx, id: number): Promise<OutcomeState | null> {
  const row = await tx.outcome.findUnique({
    where: { id },
    select: { ...ITEM_SELECT, preliminary: true, finalSource: true, links: { orderBy: { targetId: "asc" }, select: { targetId: true, target: { select: { verdict: true } } } } },
  });
  if (!row) return null;
  const source = finalSourceSchema.safeParse(row.finalSource);
  return {
    ...toItemState(row),
    preliminary: row.preliminary,
    finalSource: source.success ? source.data : null,
    verdicts: Object.fromEntries(row.links.map((link) => [String(link.targetId), link.target.verdict])),
  };
}

async function writeOutcomeState(tx: Tx, id: number, current: OutcomeState, next: Partial<OutcomeState>) {
  const { lockedFields } = await tx.outcome.findUniqueOrThrow({ where: { id }, select: { lockedFields: true } });
  const fields = await planFieldWrites(tx, current, next, OUTCOME_FIELDS, lockedFields);
  // A JSON column is emptied with DbNull, not null.
  if (fields.finalSource === null) fields.finalSource = Prisma.DbNull;
  await tx.outcome.update({ where: { id }, data: fields as Prisma.OutcomeUncheckedUpdateInput });
  for (const targetId of Object.keys(current.verdicts)) await rejudgeTarget(tx, Number(targetId));
  const stored = await readOutcomeState(tx, id);
  if (!stored) throw new Error(`outcome ${id} vanished inside its own transaction`);
  return stored;
}

export const outcomeEntity: Entity<OutcomeState> = {
  type: "Outcome",
  claim: (tx, id, version) => claimVersion(tx.outcome, id, version),
  read: readOutcomeState,
  write: writeOutcomeState,
  parse: (json) => {
    const parsed = outcomeStateSchema.omit({ verdicts: true }).partial().safeParse(json);
    return parsed.success ? parsed.data : {};
  },
  noSuchRow: "没有这个结果 · No such result.",
};
