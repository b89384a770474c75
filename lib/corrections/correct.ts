import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Principal } from "@/lib/auth/permissions";
import type { Refusal, Result } from "@/lib/result";

// Every correction of a stored target or result runs through correct(): the version the editor saw
// is claimed with one conditional UPDATE (… WHERE id = ? AND version = ?), so of two edits made from
// the same version exactly one wins and the other is refused before it writes anything; the change
// and its AuditEvent (before, after, reason) commit together or not at all.

export type Tx = Prisma.TransactionClient;

/** A refusal decided inside a transaction: thrown so the transaction rolls back, returned as a Result. */
export class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.error);
  }
}

/** A snapshot of what an editor can change on one row, as stored in AuditEvent.before / .after. */
export type State = Record<string, unknown>;

/** How correct() reads, versions and writes one kind of row. */
export type Entity<S extends State> = {
  type: "Target" | "Outcome";
  /** Bumps the version if it is still `version`; false when someone else got there first. */
  claim(tx: Tx, id: number, version: number): Promise<boolean>;
  read(tx: Tx, id: number): Promise<S | null>;
  /** Applies `next` and returns the state as stored afterwards (derived fields such as verdicts re-judged). */
  write(tx: Tx, id: number, current: S, next: Partial<S>, by: { actorId: number; reason: string }): Promise<S>;
  /** The part of an audited before/after that is this entity's state (for revert). */
  parse(json: unknown): Partial<S>;
  noSuchRow: string;
};

/** A table whose rows carry a version, as correct() claims it. */
type VersionedTable = {
  updateMany(args: { where: { id: number; version: number }; data: { version: { increment: number } } }): Promise<{ count: number }>;
};

/** Entity.claim for any versioned table: bumps the version if it is still `version`. */
export async function claimVersion(table: VersionedTable, id: number, version: number): Promise<boolean> {
  const { count } = await table.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  return count === 1;
}

export type Corrected<S extends State> = { id: number; version: number; state: S };

export type CorrectionRequest = {
  id: number;
  version: number;
  reason: string;
  /** The AuditEvent action, e.g. target.update, link.reject. */
  action: string;
  actor: Principal;
  ip: string;
};

class Unchanged<S extends State> extends Error {
  constructor(readonly value: Corrected<S>) {
    super("unchanged");
  }
}

/** Runs the writes in one transaction; a Refused thrown inside rolls everything back and is returned. */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await db.$transaction(work, { timeout: 30_000 }) };
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields that differ, each side holding only those. */
function diffStates(before: State, after: State): { before: State; after: State } {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !same(before[key], after[key]));
  return { before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])), after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])) };
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** 409 with what changed meanwhile: per field the stored value (theirs) against the one sent (yours). */
async function refuseStale<S extends State>(tx: Tx, entity: Entity<S>, id: number, current: S, yours: Partial<S>): Promise<Refused> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType: entity.type, entityId: String(id) },
    orderBy: { id: "desc" },
    select: { reason: true, createdAt: true, actor: { select: { name: true } } },
  });
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, value] of Object.entries(yours)) {
    if (!same(current[field], value)) fieldErrors[field] = [`theirs: ${show(current[field])} · yours: ${show(value)}`];
  }
  const who = last ? ` (${last.actor?.name ?? "system"}, ${last.createdAt.toISOString().slice(0, 16).replace("T", " ")}: ${last.reason ?? "—"})` : "";
  return new Refused({
    ok: false,
    status: 409,
    error: `已被他人修改，未保存任何内容，请刷新后重试 · Someone changed this since you opened it${who}; nothing was saved. Reload and try again.`,
    fieldErrors,
  });
}

/**
 * Claims the version, applies what `plan` derives from the current state, and audits the difference.
 * A request that changes nothing writes nothing (no version bump, no audit row) and succeeds.
 */
export async function correct<S extends State>(
  db: Db,
  entity: Entity<S>,
  request: CorrectionRequest,
  plan: (tx: Tx, current: S) => Promise<Partial<S>>,
): Promise<Result<Corrected<S>>> {
  const { id, version } = request;
  try {
    return await inTransaction(db, async (tx) => {
      // The claim comes first: it takes the row lock, so a concurrent edit waits here and then finds the version moved on.
      const claimed = await entity.claim(tx, id, version);
      const current = await entity.read(tx, id);
      if (!current) throw new Refused({ ok: false, status: 404, error: entity.noSuchRow });
      const next = await plan(tx, current);
      if (!claimed) throw await refuseStale(tx, entity, id, current, next);
      const stored = await entity.write(tx, id, current, next, { actorId: request.actor.id, reason: request.reason });
      const { before, after } = diffStates(current, stored);
      if (Object.keys(after).length === 0) throw new Unchanged({ id, version, state: current });
      await tx.auditEvent.create({
        data: {
          actorId: request.actor.id,
          action: request.action,
          entityType: entity.type,
          entityId: String(id),
          before: before as Prisma.InputJsonObject,
          after: after as Prisma.InputJsonObject,
          reason: request.reason,
          ip: request.ip,
        },
      });
      return { id, version: version + 1, state: stored };
    });
  } catch (error) {
    if (error instanceof Unchanged) return { ok: true, value: error.value as Corrected<S> };
    throw error;
  }
}
