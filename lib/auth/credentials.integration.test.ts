import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateUser } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/passwords";
import type { Db } from "@/lib/db";
import { connectTestDatabase, resetDatabase } from "@/tests/database";

describe("authenticateUser", () => {
  let db: Db;
  beforeAll(async () => {
    db = connectTestDatabase();
    await resetDatabase(db);
    const passwordHash = await hashPassword("a long enough password");
    await db.user.createMany({
      data: [
        { email: "active@example.org", name: "Active", role: "editor", passwordHash },
        { email: "gone@example.org", name: "Gone", role: "admin", passwordHash, disabled: true },
      ],
    });
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("accepts the right password, ignoring case and spaces in the email", async () => {
    expect(await authenticateUser(db, "  Active@Example.org ", "a long enough password")).toMatchObject({
      ok: true,
      user: { email: "active@example.org", role: "editor" },
    });
  });

  it("refuses a wrong password, an unknown email and a disabled account, saying which for the audit", async () => {
    expect(await authenticateUser(db, "active@example.org", "a long enough passworD")).toMatchObject({ ok: false, reason: "wrong_password" });
    expect(await authenticateUser(db, "nobody@example.org", "a long enough password")).toEqual({ ok: false, reason: "unknown_email", userId: null });
    expect(await authenticateUser(db, "gone@example.org", "a long enough password")).toMatchObject({ ok: false, reason: "disabled" });
  });
});
