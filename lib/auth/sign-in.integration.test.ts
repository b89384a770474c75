import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGIN_WINDOW_MS, MAX_LOGIN_FAILURES } from "@/lib/auth/login-throttle";
import { hashPassword } from "@/lib/auth/passwords";
import { signInWithPassword } from "@/lib/auth/sign-in";
import type { Db } from "@/lib/db";
import { connectTestDatabase, resetDatabase } from "@/tests/database";

const PASSWORD = "the right password";
const T0 = new Date("2026-03-01T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("signInWithPassword", () => {
  let db: Db;
  beforeAll(async () => {
    db = connectTestDatabase();
    await resetDatabase(db);
    const passwordHash = await hashPassword(PASSWORD);
    await db.user.createMany({
      data: [
        { email: "target@example.org", name: "Target", role: "viewer", passwordHash },
        { email: "other@example.org", name: "Other", role: "viewer", passwordHash },
        { email: "reset@example.org", name: "Reset", role: "viewer", passwordHash },
        { email: "gone@example.org", name: "Gone", role: "editor", passwordHash, disabled: true },
      ],
    });
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  const attempt = (email: string, password: string, ip: string, now: Date) => signInWithPassword(db, { email, password, ip }, now);

  it(`refuses the attempt after ${MAX_LOGIN_FAILURES} failures for an account and IP, even with the right password, until the window passes`, async () => {
    for (let i = 0; i < MAX_LOGIN_FAILURES; i += 1) {
      expect(await attempt("target@example.org", "wrong password", "10.0.0.1", at(i * 1000))).toEqual({ ok: false });
    }
    const refused = await attempt("Target@Example.org", PASSWORD, "10.0.0.1", at(10_000));
    expect(refused).toEqual({ ok: false, retryAt: at(LOGIN_WINDOW_MS) });

    // Another IP for the same account, and another account from the same IP, are unaffected.
    expect(await attempt("target@example.org", PASSWORD, "10.0.0.2", at(11_000))).toMatchObject({ ok: true });
    expect(await attempt("other@example.org", PASSWORD, "10.0.0.1", at(12_000))).toMatchObject({ ok: true });

    // Refused attempts do not extend the lock: once the first failure leaves the window, four remain.
    expect(await attempt("target@example.org", PASSWORD, "10.0.0.1", at(LOGIN_WINDOW_MS - 1))).toMatchObject({ ok: false });
    expect(await attempt("target@example.org", PASSWORD, "10.0.0.1", at(LOGIN_WINDOW_MS + 1))).toMatchObject({
      ok: true,
      user: { email: "target@example.org" },
    });
  });

  it("counts only the failures since the last success", async () => {
    const ip = "10.0.0.3";
    for (let i = 0; i < MAX_LOGIN_FAILURES - 1; i += 1) await attempt("reset@example.org", "wrong password", ip, at(i));
    expect(await attempt("reset@example.org", PASSWORD, ip, at(100))).toMatchObject({ ok: true });
    await attempt("reset@example.org", "wrong password", ip, at(200));
    expect(await attempt("reset@example.org", PASSWORD, ip, at(300))).toMatchObject({ ok: true });
  });

  it("refuses a disabled account with the right password", async () => {
    expect(await attempt("gone@example.org", PASSWORD, "10.0.0.4", at(0))).toEqual({ ok: false });
  });

  it("audits every outcome with its reason and IP, never the password", async () => {
    const events = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    const summary = events.map((event) => `${event.action}:${event.reason ?? ""}`);
    expect(summary.slice(0, MAX_LOGIN_FAILURES + 1)).toEqual([
      ...Array(MAX_LOGIN_FAILURES).fill("login.failure:wrong_password"),
      "login.failure:rate_limited",
    ]);
    expect(summary).toContain("login.success:");
    expect(summary.at(-1)).toBe("login.failure:disabled");
    const gone = await db.user.findUniqueOrThrow({ where: { email: "gone@example.org" } });
    expect(events.at(-1)).toMatchObject({ actorId: gone.id, entityType: "user", entityId: String(gone.id), ip: "10.0.0.4" });
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
  });
});
