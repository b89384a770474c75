import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/auth/permissions";
import { admitCorrection } from "@/lib/corrections/admit";
import { correct, type Corrected } from "@/lib/corrections/correct";
import { idSchema, itemFields, outcomeChangesSchema, outcomeFields, reasonSchema, selectionFields, versionSchema } from "@/lib/corrections/fields";
import { createFromSelection } from "@/lib/corrections/selection";
import type { Db } from "@/lib/db";
import { outcomeEntity, type OutcomeState } from "@/lib/outcomes/state";
import type { Result } from "@/lib/result";

// Corrections to a reported result: its extracted fields, a final figure in place of a preliminary
// one, a result created from a selection. Linked targets are re-judged in the same transaction.

type Context = { ip: string };
export type CorrectedOutcome = Corrected<OutcomeState>;

const versioned = { outcomeId: idSchema, version: versionSchema, reason: reasonSchema };

const updateOutcomeSchema = z.object({ ...versioned, changes: outcomeChangesSchema });
// A final source is a published title with a date, and where to find it: a URL or a stored document.
const replaceWithFinalSchema = z
  .object({
    ...versioned,
    value: itemFields.value.pipe(z.number()),
    sourceTitle: z.string().trim().min(1).max(300),
    sourceUrl: z.union([z.literal("").transform(() => null), z.url().max(2000)]).default(null),
    sourceDocumentId: z.union([z.literal("").transform(() => null), idSchema]).default(null),
    sourceDate: z.iso.date(),
  })
  .refine((input) => input.sourceUrl !== null || input.sourceDocumentId !== null, {
    path: ["sourceUrl"],
    error: "请给出来源网址或文档 · Give the source's URL or document.",
  });
const createOutcomeSchema = z.object({ ...selectionFields, ...outcomeFields, reason: reasonSchema });

/** Edits a result's extracted fields; the fields that change are locked against re-extraction. */
export async function updateOutcome(db: Db, actor: Principal | null, input: unknown, context: Context): Promise<Result<CorrectedOutcome>> {
  const admitted = admitCorrection(actor, updateOutcomeSchema, input);
  if (!admitted.ok) return admitted;
  const { outcomeId, version, reason, changes } = admitted.data;
  return correct(db, outcomeEntity, { id: outcomeId, version, reason, action: "outcome.update", actor: admitted.principal, ip: context.ip }, async () => changes);
}

/**
 * Replaces a preliminary figure (预计, 初步核算) with the final statistics, citing where they were
 * published. The audit trail keeps the preliminary figure; the linked targets are re-judged.
 */
export async function replaceOutcomeWithFinal(db: Db, actor: Principal | null, input: unknown, context: Context): Promise<Result<CorrectedOutcome>> {
  const admitted = admitCorrection(actor, replaceWithFinalSchema, input);
  if (!admitted.ok) return admitted;
  const { outcomeId, version, reason, value, sourceTitle, sourceUrl, sourceDocumentId, sourceDate } = admitted.data;
  const request = { id: outcomeId, version, reason, action: "outcome.finalise", actor: admitted.principal, ip: context.ip };
  return correct(db, outcomeEntity, request, async () => ({
    value,
    preliminary: false,
    finalSource: { title: sourceTitle, url: sourceUrl, documentId: sourceDocumentId, date: sourceDate },
  }));
}

/** A result the extractor missed, anchored to the editor's selection in the stored document text. */
export async function createOutcomeFromSelection(db: Db, actor: Principal | null, input: unknown, context: Context): Promise<Result<{ id: number }>> {
  const admitted = admitCorrection(actor, createOutcomeSchema, input);
  if (!admitted.ok) return admitted;
  const { documentId, start, end, quote, reason, area, ...fields } = admitted.data;
  const request = { selection: { documentId, start, end, quote }, area, fields, reason, actor: admitted.principal, ip: context.ip };
  return createFromSelection(db, "outcome", request, (tx, anchored) => tx.outcome.create({ data: { ...anchored, ...fields }, select: { id: true } }));
}
