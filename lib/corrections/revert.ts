import "server-only";
import { z } from "zod";
import type { Principal } from "@/lib/auth/permissions";
import { admitCorrection } from "@/lib/corrections/admit";
import { correct, type Corrected, type Entity, type State } from "@/lib/corrections/correct";
import { idSchema, reasonSchema, versionSchema } from "@/lib/corrections/fields";
import type { Db } from "@/lib/db";
import { outcomeEntity, type OutcomeState } from "@/lib/outcomes/state";
import { refuse, type Result } from "@/lib/result";
import { targetEntity, type TargetState } from "@/lib/targets/state";

// Reverting is a correction like any other (versioned, audited, with a reason): nothing in the
// trail is removed, the undo is one more entry.

const revertSchema = z.object({ eventId: idSchema, version: versionSchema, reason: reasonSchema });

type Revert = { eventId: number; version: number; reason: string; actor: Principal; ip: string };

/** The state before the event: every change since, that one included, undone field by field (the oldest `before` wins). */
function revertOn<S extends State>(db: Db, entity: Entity<S>, entityId: string, revert: Revert): Promise<Result<Corrected<S>>> {
  const request = { ...revert, id: Number(entityId), action: `${entity.type.toLowerCase()}.revert` };
  return correct(db, entity, request, async (tx) => {
    const since = await tx.auditEvent.findMany({
      where: { entityType: entity.type, entityId, id: { gte: revert.eventId } },
      orderBy: { id: "desc" },
      select: { before: true },
    });
    return Object.assign({}, ...since.map((change) => entity.parse(change.before)));
  });
}

/**
 * Puts a target or result back as it was before the given change. `version` is the row's current
 * version as the editor saw it.
 */
export async function revertChange(
  db: Db,
  actor: Principal | null,
  input: unknown,
  context: { ip: string },
): Promise<Result<Corrected<TargetState> | Corrected<OutcomeState>>> {
  const admitted = admitCorrection(actor, revertSchema, input);
  if (!admitted.ok) return admitted;
  const event = await db.auditEvent.findUnique({ where: { id: admitted.data.eventId }, select: { entityType: true, entityId: true, action: true } });
  if (!event?.entityId || !["Target", "Outcome"].includes(event.entityType)) return refuse(404, "没有可撤销的修改 · No such change to revert.");
  if (event.action.endsWith(".create")) return refuse(400, "新建的条目不能撤销，请改为编辑 · A creation cannot be reverted; edit the item instead.");
  const revert = { ...admitted.data, actor: admitted.principal, ip: context.ip };
  return event.entityType === "Target" ? revertOn(db, targetEntity, event.entityId, revert) : revertOn(db, outcomeEntity, event.entityId, revert);
}
