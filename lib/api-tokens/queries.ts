import "server-only";
import type { Db } from "@/lib/db";
import { hashApiToken } from "@/lib/api-tokens/token-secret";
import type { Principal } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";

export type ApiTokenSummary = {
  id: number;
  name: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
};

// lastUsedAt is for humans deciding which tokens to revoke; writing it on every request is waste.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The principal a bearer token stands for, or null when it is unknown, revoked, expired or its
 * creator has been disabled. Its rights never exceed its creator's current role.
 */
export async function findTokenPrincipal(db: Db, token: string, now = new Date()): Promise<Principal | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    include: { createdBy: { select: { id: true, email: true, name: true, role: true, disabled: true } } },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.createdBy.disabled) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const role = ROLES[Math.min(ROLES.indexOf(row.role), ROLES.indexOf(row.createdBy.role))];
  return { id: row.createdBy.id, email: row.createdBy.email, name: row.createdBy.name, role, tokenId: row.id };
}

type ApiTokenRow = {
  id: number;
  name: string;
  role: Role;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdBy: { email: string };
};

export function toApiTokenSummary(row: ApiTokenRow): ApiTokenSummary {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdBy: row.createdBy.email,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Every token, newest first; the secret itself is never stored, so never listed. */
export async function listApiTokens(db: Db): Promise<ApiTokenSummary[]> {
  const rows = await db.apiToken.findMany({
    orderBy: { createdAt: "desc" },
    include: { createdBy: { select: { email: true } } },
  });
  return rows.map(toApiTokenSummary);
}
