import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { authenticateRequest } from "@/lib/api/authenticate";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { findTokenPrincipal } from "@/lib/api-tokens/queries";
import { hashPassword } from "@/lib/auth/passwords";
import type { Principal } from "@/lib/auth/permissions";
import { getDb, type Db } from "@/lib/db";
import { setUserDisabled } from "@/lib/users/mutations";
import { resetDatabase } from "@/tests/database";

// Only the session cookie lookup is replaced; users and tokens are read from the real database.
const session = vi.hoisted(() => ({ userId: null as number | null }));
vi.mock("@/lib/auth/request-context", () => ({ readSessionClaim: async () => (session.userId === null ? null : { userId: session.userId, sessionVersion: 0 }) }));

const context = { ip: "192.0.2.9" };
const request = (headers: HeadersInit = {}) => new Request("http://localhost/api/v1/me", { headers });
const bearer = (token: string) => request({ authorization: `Bearer ${token}` });

describe("authenticateRequest", () => {
  let db: Db;
  let admin: Principal;
  let otherAdmin: Principal;
  let viewer: Principal;

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    db = getDb();
    await resetDatabase(db);
    const passwordHash = await hashPassword("a long enough password");
    const create = async (email: string, role: Principal["role"]): Promise<Principal> => {
      const user = await db.user.create({ data: { email, name: email, role, passwordHash } });
      return { id: user.id, email, name: email, role };
    };
    admin = await create("admin@example.org", "admin");
    otherAdmin = await create("admin2@example.org", "admin");
    viewer = await create("viewer@example.org", "viewer");
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  async function newToken(role: Principal["role"], by = admin, extra: Record<string, string> = {}) {
    const created = await createApiToken(db, by, { name: `${role} token`, role, ...extra }, context);
    if (!created.ok) throw new Error(created.error);
    return created.value;
  }

  it("reads the session cookie's user from the database, so a disabled user is refused on the next request", async () => {
    session.userId = viewer.id;
    expect(await authenticateRequest(request())).toEqual(viewer);
    expect(await setUserDisabled(db, admin, { userId: viewer.id, disabled: "true" }, context)).toMatchObject({ ok: true });
    expect(await authenticateRequest(request())).toBeNull();
    await setUserDisabled(db, admin, { userId: viewer.id, disabled: "false" }, context);
    session.userId = null;
    expect(await authenticateRequest(request())).toBeNull();
  });

  it("accepts a bearer token with its own role, stored only as a hash, and records when it was used", async () => {
    const { token, summary } = await newToken("editor");
    expect(await authenticateRequest(bearer(token))).toEqual({ ...admin, role: "editor", tokenId: summary.id });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: summary.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain(token);
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("never falls back to the cookie when a bearer token is present but bad", async () => {
    session.userId = admin.id;
    expect(await authenticateRequest(bearer("ys_not-a-token"))).toBeNull();
    expect(await authenticateRequest(request({ authorization: "Basic YWRtaW46YWRtaW4=" }))).toBeNull();
    session.userId = null;
  });

  it("refuses a revoked token from the next request on, and audits the revocation", async () => {
    const { token, summary } = await newToken("viewer");
    expect(await authenticateRequest(bearer(token))).not.toBeNull();
    expect(await revokeApiToken(db, admin, { tokenId: summary.id }, context)).toEqual({ ok: true, value: { tokenId: summary.id } });
    expect(await authenticateRequest(bearer(token))).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "api_token.revoke", entityId: String(summary.id) } })).toBe(1);
  });

  it("refuses an expired token", async () => {
    const { token } = await newToken("viewer", admin, { expiresInDays: "1" });
    expect(await findTokenPrincipal(db, token, new Date(Date.now() + 23 * 60 * 60 * 1000))).not.toBeNull();
    expect(await findTokenPrincipal(db, token, new Date(Date.now() + 25 * 60 * 60 * 1000))).toBeNull();
  });

  it("refuses the tokens of a disabled admin, and caps a token's role at its creator's current role", async () => {
    const { token } = await newToken("admin", otherAdmin);
    expect(await authenticateRequest(bearer(token))).toMatchObject({ role: "admin" });
    await db.user.update({ where: { id: otherAdmin.id }, data: { role: "editor" } });
    expect(await authenticateRequest(bearer(token))).toMatchObject({ role: "editor" });
    expect(await setUserDisabled(db, admin, { userId: otherAdmin.id, disabled: "true" }, context)).toMatchObject({ ok: true });
    expect(await authenticateRequest(bearer(token))).toBeNull();
  });
});
