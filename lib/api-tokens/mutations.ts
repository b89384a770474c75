import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { toApiTokenSummary, type ApiTokenSummary } from "@/lib/api-tokens/queries";
import { generateApiToken, hashApiToken } from "@/lib/api-tokens/token-secret";
import { admit, type Principal } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";
import { refuse, type Result } from "@/lib/result";

// Same shape as lib/users/mutations.ts: admit (role, then zod), one transaction with its AuditEvent.

export type CreatedApiToken = { summary: ApiTokenSummary; token: string };

const DAY_MS = 24 * 60 * 60 * 1000;

const createTokenSchema = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  // Empty means the token never expires; it can still be revoked.
  expiresInDays: z.union([z.literal(""), z.coerce.number().int().min(1).max(3650)]).optional(),
});
const revokeTokenSchema = z.object({ tokenId: z.coerce.number().int().positive() });

export async function createApiToken(db: Db, actor: Principal | null, input: unknown, context: { ip: string }): Promise<Result<CreatedApiToken>> {
  const admitted = admit(actor, "admin", createTokenSchema, input);
  if (!admitted.ok) return admitted;
  const { name, role, expiresInDays } = admitted.data;
  const token = generateApiToken();
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * DAY_MS) : null;
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { name, role, expiresAt, tokenHash: hashApiToken(token), createdById: admitted.principal.id },
      include: { createdBy: { select: { email: true } } },
    });
    await tx.auditEvent.create({
      data: {
        actorId: admitted.principal.id,
        action: "api_token.create",
        entityType: "api_token",
        entityId: String(row.id),
        after: { name, role, expiresAt: expiresAt?.toISOString() ?? null },
        ip: context.ip,
      },
    });
    return { ok: true as const, value: { summary: toApiTokenSummary(row), token } };
  });
}

/** Revoking is immediate: every request re-reads the token. Revoking twice changes nothing. */
export async function revokeApiToken(db: Db, actor: Principal | null, input: unknown, context: { ip: string }): Promise<Result<{ tokenId: number }>> {
  const admitted = admit(actor, "admin", revokeTokenSchema, input);
  if (!admitted.ok) return admitted;
  const { tokenId } = admitted.data;
  return db.$transaction(async (tx): Promise<Result<{ tokenId: number }>> => {
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) {
      const exists = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true } });
      return exists ? { ok: true, value: { tokenId } } : refuse(404, "没有这个令牌 · No such token.");
    }
    await tx.auditEvent.create({
      data: { actorId: admitted.principal.id, action: "api_token.revoke", entityType: "api_token", entityId: String(tokenId), ip: context.ip },
    });
    return { ok: true, value: { tokenId } };
  });
}
