import "server-only";
import { z } from "zod";
import { claimVersion, type Entity, type Tx } from "@/lib/corrections/correct";
import { OPERATORS, verdictSchema } from "@/lib/corrections/fields";
import { ITEM_SELECT, itemStateSchema, planFieldWrites, toItemState } from "@/lib/corrections/items";
import { rejudgeTarget } from "@/lib/corrections/rejudge";
import type { Prisma } from "@/lib/generated/prisma/client";

// A target as an editor changes it: its extracted fields, its verdict and its links (which results
// answer it, which an editor said do not). Every target correction, and reverting one, is a new
// TargetState written by writeTargetState().

const originSchema = z.enum(["machine", "editor"]);

const targetStateSchema = itemStateSchema.extend({
  operator: z.enum(OPERATORS),
  verdict: verdictSchema,
  verdictWhy: z.string(),
  verdictOrigin: originSchema,
  /** Results linked to the target, by outcome id, and who linked them. */
  links: z.array(z.object({ outcomeId: z.number().int(), origin: originSchema })),
  /** Results an editor said do not answer the target (LinkRejection), by outcome id. */
  rejected: z.array(z.number().int()),
});

export type TargetState = z.infer<typeof targetStateSchema>;

const TARGET_FIELDS = ["indicator", "measure", "operator", "value", "unit", "area", "headline"] as const;

async function readTargetState(tx: Tx, id: number): Promise<TargetState | null> {
  const row = await tx.target.findUnique({
    where: { id },
    select: {
      ...ITEM_SELECT, operator: true, verdict: true, verdictWhy: true, verdictOrigin: true,
      links: { orderBy: { outcomeId: "asc" }, select: { outcomeId: true, origin: true } },
      linkRejections: { orderBy: { outcomeId: "asc" }, select: { outcomeId: true } },
    },
  });
  if (!row) return null;
  return {
    ...toItemState(row),
    operator: row.operator,
    verdict: row.verdict,
    verdictWhy: row.verdictWhy,
    verdictOrigin: row.verdictOrigin,
    links: row.links,
    rejected: row.linkRejections.map((rejection) => rejection.outcomeId),
  };
}

/** Outcome ids that still exist: a revert may name a result that re-extraction has since removed. */
async function existingOutcomes(tx: Tx, ids: number[]): Promise<Set<number>> {
  const rows = await tx.outcome.findMany({ where: { id: { in: ids } }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

async function writeLinks(tx: Tx, targetId: number, current: TargetState, next: Partial<TargetState>, by: { actorId: number; reason: string }) {
  if (next.links) {
    const kept = new Set(next.links.map((link) => link.outcomeId));
    const gone = current.links.filter((link) => !kept.has(link.outcomeId)).map((link) => link.outcomeId);
    if (gone.length > 0) await tx.link.deleteMany({ where: { targetId, outcomeId: { in: gone } } });
    const exists = await existingOutcomes(tx, [...kept]);
    for (const { outcomeId, origin } of next.links.filter((link) => exists.has(link.outcomeId))) {
      await tx.link.upsert({
        where: { targetId_outcomeId: { targetId, outcomeId } },
        update: { origin },
        // Verdict and why are filled in by the re-judging that follows.
        create: { targetId, outcomeId, origin, verdict: "pending", confidence: 1, why: "" },
      });
    }
  }
  if (next.rejected) {
    await tx.linkRejection.deleteMany({ where: { targetId, outcomeId: { notIn: next.rejected } } });
    const exists = await existingOutcomes(tx, next.rejected);
    await tx.linkRejection.createMany({
      data: next.rejected.filter((outcomeId) => exists.has(outcomeId)).map((outcomeId) => ({ targetId, outcomeId, reason: by.reason, createdById: by.actorId })),
      skipDuplicates: true,
    });
  }
}

async function writeTargetState(tx: Tx, id: number, current: TargetState, next: Partial<TargetState>, by: { actorId: number; reason: string }) {
  const { lockedFields } = await tx.target.findUniqueOrThrow({ where: { id }, select: { lockedFields: true } });
  // An editor's verdict or link decisions lock the row too, though they name no extracted column:
  // re-extraction deletes a machine row whose span it no longer finds unless lockedFields is
  // non-empty or an editor's link hangs on it (lib/ingest/ingest-document.ts, which does not look at
  // verdictOrigin), and re-linking prunes implied targets likewise (lib/links/relink.ts); neither
  // looks at LinkRejection, so without these an editor's verdict or rejections would go with the row.
  const decided = [...(next.verdictOrigin === "editor" ? ["verdict"] : []), ...(next.links || next.rejected ? ["links"] : [])];
  const fields = await planFieldWrites(tx, current, next, TARGET_FIELDS, lockedFields, decided);
  const verdict = next.verdictOrigin === undefined
    ? {}
    : { verdictOrigin: next.verdictOrigin, ...(next.verdictOrigin === "editor" ? { verdict: next.verdict, verdictWhy: next.verdictWhy, conflict: false } : {}) };
  await tx.target.update({ where: { id }, data: { ...fields, ...verdict } as Prisma.TargetUncheckedUpdateInput });
  await writeLinks(tx, id, current, next, by);
  // An editor's verdict stands; otherwise the machine judges the corrected target at once.
  await rejudgeTarget(tx, id);
  if (next.verdictOrigin === "editor") await tx.link.updateMany({ where: { targetId: id }, data: { verdict: next.verdict, why: next.verdictWhy } });
  const stored = await readTargetState(tx, id);
  if (!stored) throw new Error(`target ${id} vanished inside its own transaction`);
  return stored;
}

export const targetEntity: Entity<TargetState> = {
  type: "Target",
  claim: (tx, id, version) => claimVersion(tx.target, id, version),
  read: readTargetState,
  write: writeTargetState,
  parse: (json) => {
    const parsed = targetStateSchema.partial().safeParse(json);
    return parsed.success ? parsed.data : {};
  },
  noSuchRow: "没有这个目标 · No such target.",
};
