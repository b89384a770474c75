import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/auth/permissions";
import { admitCorrection } from "@/lib/corrections/admit";
import { correct, Refused, type Tx } from "@/lib/corrections/correct";
import { booleanSchema, idSchema, reasonSchema, versionSchema } from "@/lib/corrections/fields";
import type { Db } from "@/lib/db";
import type { Result } from "@/lib/result";
import type { CorrectedTarget } from "@/lib/targets/mutations";
import { targetEntity, type TargetState } from "@/lib/targets/state";

// An editor's word on which results answer a target. Links made or confirmed here are the editor's
// (origin editor: re-linking keeps exactly them); a result taken off a target is recorded as a
// LinkRejection, so re-linking never pairs the two again. Both are versioned on the target.

type Context = { ip: string };

const pairSchema = { targetId: idSchema, version: versionSchema, reason: reasonSchema, outcomeId: idSchema };
const linkSchema = z.object({
  ...pairSchema,
  /** Replace the target's other links (relink) instead of adding this one (confirm, add). */
  replace: booleanSchema.default(false),
});
const unlinkSchema = z.object(pairSchema);

const byId = (a: number, b: number) => a - b;

/** Only a result of the target's own year and jurisdiction can answer it. */
async function requireAnswerable(tx: Tx, targetId: number, outcomeId: number) {
  const [target, outcome] = await Promise.all([
    tx.target.findUnique({ where: { id: targetId }, select: { year: true, jurisdictionId: true } }),
    tx.outcome.findUnique({ where: { id: outcomeId }, select: { year: true, jurisdictionId: true } }),
  ]);
  if (!outcome) throw new Refused({ ok: false, status: 404, error: "没有这个结果 · No such result." });
  if (target && (target.year !== outcome.year || target.jurisdictionId !== outcome.jurisdictionId)) {
    throw new Refused({
      ok: false, status: 400, error: `该结果属于${outcome.year}年，目标属于${target.year}年 · The result reports ${outcome.year}; the target is for ${target.year}.`,
      fieldErrors: { outcomeId: [`year ${outcome.year} ≠ ${target.year}`] },
    });
  }
}

/**
 * Links a result to a target as the editor's: confirms a machine link, adds a missing one, or with
 * `replace` relinks the target to this result alone (the results it drops are rejected).
 */
export async function linkOutcome(db: Db, actor: Principal | null, input: unknown, context: Context): Promise<Result<CorrectedTarget>> {
  const admitted = admitCorrection(actor, linkSchema, input);
  if (!admitted.ok) return admitted;
  const { targetId, version, reason, outcomeId, replace } = admitted.data;
  const request = { id: targetId, version, reason, action: replace ? "link.replace" : "link.confirm", actor: admitted.principal, ip: context.ip };
  return correct(db, targetEntity, request, async (tx, current): Promise<Partial<TargetState>> => {
    await requireAnswerable(tx, targetId, outcomeId);
    const others = current.links.filter((link) => link.outcomeId !== outcomeId);
    const dropped = replace ? others.map((link) => link.outcomeId) : [];
    return {
      links: [...(replace ? [] : others), { outcomeId, origin: "editor" as const }].sort((a, b) => byId(a.outcomeId, b.outcomeId)),
      rejected: [...new Set([...current.rejected.filter((id) => id !== outcomeId), ...dropped])].sort(byId),
    };
  });
}

/** "This result does not answer this target": the link goes (if there is one) and the pairing is rejected for good. */
export async function unlinkOutcome(db: Db, actor: Principal | null, input: unknown, context: Context): Promise<Result<CorrectedTarget>> {
  const admitted = admitCorrection(actor, unlinkSchema, input);
  if (!admitted.ok) return admitted;
  const { targetId, version, reason, outcomeId } = admitted.data;
  const request = { id: targetId, version, reason, action: "link.reject", actor: admitted.principal, ip: context.ip };
  return correct(db, targetEntity, request, async (tx, current) => {
    await requireAnswerable(tx, targetId, outcomeId);
    return {
      links: current.links.filter((link) => link.outcomeId !== outcomeId),
      rejected: [...new Set([...current.rejected, outcomeId])].sort(byId),
    };
  });
}
