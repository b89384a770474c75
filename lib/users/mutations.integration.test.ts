import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateUser } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/passwords";
import type { Principal } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/users/mutations";
import { findActiveUser } from "@/lib/users/queries";
import { connectTestDatabase, resetDatabase } from "@/tests/database";

const context = { ip: "192.0.2.7" };

describe("user mutations", () => {
  let db: Db;
  let admin: Principal;
  let peer: Principal;

  beforeAll(async () => {
    db = connectTestDatabase();
    await resetDatabase(db);
    const passwordHash = await hashPassword("a long enough password");
    const row = await db.user.create({ data: { email: "admin@example.org", name: "Admin", role: "admin", passwordHash } });
    admin = { id: row.id, email: row.email, name: row.name, role: "admin" };
    const peerRow = await db.user.create({ data: { email: "peer@example.org", name: "Peer", role: "admin", passwordHash } });
    peer = { id: peerRow.id, email: peerRow.email, name: peerRow.name, role: "admin" };
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("creates a user with a generated password that works once shown, and audits it without the password", async () => {
    const result = await createUser(db, admin, { email: " New@Example.org ", name: "New", role: "editor", password: "" }, context);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.user).toMatchObject({ email: "new@example.org", role: "editor", disabled: false });
    expect(result.value.password.length).toBeGreaterThanOrEqual(12);
    expect(await authenticateUser(db, "new@example.org", result.value.password)).toMatchObject({ ok: true });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.create" } });
    expect(event).toMatchObject({ actorId: admin.id, entityId: String(result.value.user.id), ip: context.ip });
    expect(JSON.stringify(event)).not.toContain(result.value.password);

    expect(await createUser(db, admin, { email: "new@example.org", name: "Again", role: "viewer" }, context)).toMatchObject({ ok: false, status: 409 });
  });

  it("enforces the password policy: at least 12 characters and not the email", async () => {
    const short = await createUser(db, admin, { email: "short@example.org", name: "S", role: "viewer", password: "elevenchars" }, context);
    expect(short).toMatchObject({ ok: false, status: 400, fieldErrors: { password: [expect.stringContaining("12")] } });
    const email = await createUser(db, admin, { email: "same-as-password@example.org", name: "S", role: "viewer", password: "Same-As-Password@example.org" }, context);
    expect(email).toMatchObject({ ok: false, status: 400, fieldErrors: { password: [expect.stringContaining("email")] } });
    const reset = await resetUserPassword(db, admin, { userId: peer.id, password: "peer@example.org" }, context);
    expect(reset).toMatchObject({ ok: false, status: 400 });
    expect(await db.user.count({ where: { email: { in: ["short@example.org", "same-as-password@example.org"] } } })).toBe(0);
  });

  it("resets a password: the new one works, the sessions opened before end, and the reset is audited", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { email: "new@example.org" } });
    const openSession = { userId: target.id, sessionVersion: target.sessionVersion };
    expect(await findActiveUser(db, openSession)).toMatchObject({ id: target.id });

    const result = await resetUserPassword(db, admin, { userId: target.id }, context);
    if (!result.ok) throw new Error(result.error);
    expect(await findActiveUser(db, openSession), "a session opened with the old password").toBeNull();
    const after = await authenticateUser(db, "new@example.org", result.value.password);
    if (!after.ok) throw new Error("the new password should work");
    expect(after.sessionVersion).toBe(target.sessionVersion + 1);
    expect(await findActiveUser(db, { userId: target.id, sessionVersion: after.sessionVersion })).toMatchObject({ id: target.id });
    expect(await db.auditEvent.count({ where: { action: "user.password_reset", entityId: String(target.id) } })).toBe(1);
  });

  it("changes roles and disables with before/after in the audit trail", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { email: "new@example.org" } });
    expect(await changeUserRole(db, admin, { userId: target.id, role: "viewer" }, context)).toMatchObject({ ok: true, value: { role: "viewer" } });
    expect(await setUserDisabled(db, admin, { userId: target.id, disabled: "true" }, context)).toMatchObject({ ok: true, value: { disabled: true } });
    expect(await setUserDisabled(db, admin, { userId: target.id, disabled: "false" }, context)).toMatchObject({ ok: true, value: { disabled: false } });
    const events = await db.auditEvent.findMany({ where: { entityId: String(target.id), action: { in: ["user.role_change", "user.disable", "user.enable"] } }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.before, event.after])).toEqual([
      ["user.role_change", { role: "editor" }, { role: "viewer" }],
      ["user.disable", { disabled: false }, { disabled: true }],
      ["user.enable", { disabled: true }, { disabled: false }],
    ]);
  });

  it("never lets an admin lock themselves out, and always leaves one active admin", async () => {
    expect(await setUserDisabled(db, admin, { userId: admin.id, disabled: "true" }, context)).toMatchObject({ ok: false, status: 409 });
    expect(await changeUserRole(db, admin, { userId: admin.id, role: "editor" }, context)).toMatchObject({ ok: false, status: 409 });
    // Demoting the peer leaves this admin; the peer, acting with stale rights, cannot then demote the last one.
    expect(await changeUserRole(db, admin, { userId: peer.id, role: "editor" }, context)).toMatchObject({ ok: true });
    expect(await changeUserRole(db, peer, { userId: admin.id, role: "viewer" }, context)).toMatchObject({ ok: false, status: 409 });
    expect(await setUserDisabled(db, peer, { userId: admin.id, disabled: "true" }, context)).toMatchObject({ ok: false, status: 409 });
    expect(await db.user.count({ where: { role: "admin", disabled: false } })).toBe(1);
  });

  it("refuses anonymous callers with 401 and non-admins with 403 before reading the input", async () => {
    expect(await createUser(db, null, {}, context)).toMatchObject({ ok: false, status: 401 });
    expect(await createUser(db, { ...peer, role: "editor" }, {}, context)).toMatchObject({ ok: false, status: 403 });
  });
});
