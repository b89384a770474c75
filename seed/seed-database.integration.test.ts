import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateUser } from "@/lib/auth/credentials";
import type { Db } from "@/lib/db";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { DEMO_USERS, seedDatabase } from "@/seed/seed-database";
import { connectTestDatabase, resetDatabase } from "@/tests/database";

const seedDir = path.join(process.cwd(), "seed");

async function countRows(db: Db) {
  return {
    areas: await db.policyArea.count(),
    jurisdictions: await db.jurisdiction.count(),
    documents: await db.sourceDocument.count(),
    reports: await db.report.count(),
    targets: await db.target.count(),
    outcomes: await db.outcome.count(),
    links: await db.link.count(),
    users: await db.user.count(),
  };
}

describe("seedDatabase", () => {
  let db: Db;
  beforeAll(async () => {
    db = connectTestDatabase();
    await resetDatabase(db);
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("stores the five seed documents, the areas and the demo users", async () => {
    const summary = await seedDatabase(db, { seedDir, demoPassword: "correct horse battery" });
    expect(summary.documentsCreated).toBe(5);
    expect(summary.demoUsersCreated).toBe(3);
    const counts = await countRows(db);
    expect(counts).toMatchObject({ areas: POLICY_AREAS.length, jurisdictions: 1, documents: 5, users: 3 });
    // 002 is a gazette of three reports; the other four files hold one (partial) report each.
    expect(counts.reports).toBe(7);
    expect(counts.targets).toBeGreaterThan(100);
    expect(counts.outcomes).toBeGreaterThan(100);

    const documents = await db.sourceDocument.findMany({ select: { fileName: true, sha256: true, text: true, encoding: true } });
    expect(documents.map((d) => d.fileName).sort()).toEqual([
      "000_86eff455de69cc08.txt",
      "001_2fd9c68ee52552db.txt",
      "002_5ae12cae80745738.txt",
      "003_a22e795fa8ceb7bd.txt",
      "004_5adb298ee1a05903.txt",
    ]);
    for (const document of documents) {
      expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(document.encoding).toBe("utf-8");
      expect(document.text).toContain("重庆");
    }
  });

  it("is idempotent: a second run changes no row counts", async () => {
    const before = await countRows(db);
    const summary = await seedDatabase(db, { seedDir, demoPassword: "correct horse battery" });
    expect(summary).toEqual({ documentsCreated: 0, documentsReextracted: 0, documentsKept: 5, demoUsersCreated: 0 });
    expect(await countRows(db)).toEqual(before);
  });

  it("demo accounts log in with the configured password and only with it", async () => {
    for (const demo of DEMO_USERS) {
      const check = await authenticateUser(db, demo.email, "correct horse battery");
      expect(check).toMatchObject({ ok: true, user: { email: demo.email, role: demo.role } });
      expect(await authenticateUser(db, demo.email, "wrong password")).toMatchObject({ ok: false });
    }
  });

  it("a changed demo password takes effect on the next seed, without duplicating users", async () => {
    await seedDatabase(db, { seedDir, demoPassword: "another demo password" });
    expect(await db.user.count()).toBe(3);
    expect(await authenticateUser(db, "viewer@yardstick.local", "another demo password")).toMatchObject({ ok: true });
    expect(await authenticateUser(db, "viewer@yardstick.local", "correct horse battery")).toMatchObject({ ok: false });
  });

  it("without a demo password no accounts are created (production)", async () => {
    await resetDatabase(db);
    const summary = await seedDatabase(db, { seedDir });
    expect(summary.demoUsersCreated).toBe(0);
    expect(await db.user.count()).toBe(0);
  });
});
