import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { admit, type Principal } from "@/lib/auth/permissions";
import type { JurisdictionSummary } from "@/lib/jurisdictions/queries";
import { refuse, type Result } from "@/lib/result";

// Same shape as lib/users/mutations.ts: role, zod, one transaction with the AuditEvent.

const createJurisdictionSchema = z.object({
  // Stable ids in URLs and the seed manifest: "cn-chongqing", "cn-sichuan-chengdu".
  code: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.string().regex(/^[a-z]{2}(-[a-z0-9]+)+$/, { error: "代码形如 cn-chongqing · A code looks like cn-chongqing." }).max(64)),
  name: z.string().trim().min(1).max(100),
});

export async function createJurisdiction(
  db: Db,
  actor: Principal | null,
  input: unknown,
  context: { ip: string },
): Promise<Result<JurisdictionSummary>> {
  const admitted = admit(actor, "admin", createJurisdictionSchema, input);
  if (!admitted.ok) return admitted;
  const { code, name } = admitted.data;
  return db.$transaction(async (tx): Promise<Result<JurisdictionSummary>> => {
    if (await tx.jurisdiction.findUnique({ where: { code }, select: { id: true } })) {
      return refuse(409, `代码 ${code} 已存在 · A jurisdiction with the code ${code} already exists.`);
    }
    const jurisdiction = await tx.jurisdiction.create({ data: { code, name }, select: { id: true, code: true, name: true } });
    await tx.auditEvent.create({
      data: {
        actorId: admitted.principal.id,
        action: "jurisdiction.create",
        entityType: "jurisdiction",
        entityId: String(jurisdiction.id),
        after: { code, name },
        ip: context.ip,
      },
    });
    return { ok: true, value: jurisdiction };
  });
}
