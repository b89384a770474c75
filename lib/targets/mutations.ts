import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/auth/permissions";
import { admitCorrection } from "@/lib/corrections/admit";
import { correct, type Corrected } from "@/lib/corrections/correct";
import { idSchema, reasonSchema, targetChangesSchema, targetFields, verdictSchema, versionSchema, selectionFields } from "@/lib/corrections/fields";
import { rejudgeTarget } from "@/lib/corrections/rejudge";
import { createFromSelection } from "@/lib/corrections/selection";
import type { Db } from "@/lib/db";
import type { Result } from "@/lib/result";
import { targetEntity, type TargetState } from "@/lib/targets/state";

// Corrections to a target: its extracted fields, its verdict, a target created from a selection.
// Each takes the acting principal and unvalidated input (the users/mutations pattern): editor role,
// zod, then one transaction that claims the version the editor saw and writes the AuditEvent.

type Context = { ip: string };
export type CorrectedTarget = Corrected<TargetState>;

const versioned = { targetId: idSchema, version: versionSchema, reason: reasonSchema };

const updateTargetSchema = z.object({ ...versioned, changes: targetChangesSchema });
const judgeTargetSchema = z.object({ ...versioned, verdict: verdictSchema });
const markNotReportedSchema = z.object(versioned);
const createTargetSchema = z.object({ ...selectionFields, ...targetFields, reason: reasonSchema });

/** Edits a target's extracted fields; the fields that change are locked against re-extraction and the verdict re-judged. */
export async function updateTarget(db: Db, actor: Principal | null, input: unknown, context: Context): Promise<Result<CorrectedTarget>> {
  const admitted = admitCorrection(actor, updateTargetSchema, input);
  if (!admitted.ok) return admitted;
  const { targetId, version, reason, changes } = admitted.data;
  return correct(db, targetEntity, { id: targetId, version, reason, action: "target.update", actor: admitted.principal, ip: context.ip }, async () => changes);
}

/** An editor's verdict: judging a qualitative target or overriding the machine's; re-linking keeps it. */
export async function judgeTarget(db: Db, actor: Principal | null, input: unknown, context: Context): Promise<Result<CorrectedTarget>> {
  const admitted = admitCorrection(actor, judgeTargetSchema, input);
  if (!admitted.ok) return admitted;
  const { targetId, version, reason, verdict } = admitted.data;
  return correct(db, targetEntity, { id: targetId, version, reason, action: "target.judge", actor: admitted.principal, ip: context.ip }, async () => ({
    verdict,
    verdictWhy: reason,
    verdictOrigin: "editor" as const,
  }));
}

/**
 * The review reports say nothing about this target: every linked result is rejected (so re-linking
 * never pairs them again) and the verdict is not_reported, by the editor.
 */
export async function markTargetNotReported(db: Db, actor: Principal | null, input: unknown, context: Context): Promise<Result<CorrectedTarget>> {
  const admitted = admitCorrection(actor, markNotReportedSchema, input);
  if (!admitted.ok) return admitted;
  const { targetId, version, reason } = admitted.data;
  const request = { id: targetId, version, reason, action: "target.not_reported", actor: admitted.principal, ip: context.ip };
  return correct(db, targetEntity, request, async (_tx, current) => ({
    links: [],
    rejected: [...new Set([...current.rejected, ...current.links.map((link) => link.outcomeId)])].sort((a, b) => a - b),
    verdict: "not_reported" as const,
    verdictWhy: reason,
    verdictOrigin: "editor" as const,
  }));
}

/** A target the extractor missed, anchored to the editor's selection in the stored document text. */
export async function createTargetFromSelection(db: Db, actor: Principal | null, input: unknown, context: Context): Promise<Result<{ id: number }>> {
  const admitted = admitCorrection(actor, createTargetSchema, input);
  if (!admitted.ok) return admitted;
  const { documentId, start, end, quote, reason, area, ...fields } = admitted.data;
  const request = { selection: { documentId, start, end, quote }, area, fields, reason, actor: admitted.principal, ip: context.ip };
  return createFromSelection(db, "target", request, async (tx, anchored) => {
    const target = await tx.target.create({ data: { ...anchored, ...fields }, select: { id: true } });
    await rejudgeTarget(tx, target.id);
    return target;
  });
}
