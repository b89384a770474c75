import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { RenderedPageStore, type RenderedPage } from "@/lib/page-cache/store";

// The store against the real database: the triggers of migration page_cache_invalidation, LISTEN,
// and what happens when the listener's connection is lost.

const url = inject("databaseUrl");
const sql = new pg.Client({ connectionString: url });
const store = new RenderedPageStore(url);
const page: RenderedPage = { status: 200, headers: [["content-type", "text/html"]], body: new TextEncoder().encode("<p>2021</p>") };

// Every table the cached pages read.
const WATCHED_TABLES = ["Jurisdiction", "SourceDocument", "Report", "PolicyArea", "Target", "Outcome", "Link", "LinkRejection", "User"];

async function until(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  for (const started = Date.now(); !condition(); ) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Caches a page and waits until the store has it (it caches nothing until it listens). */
async function cacheOnePage(): Promise<number> {
  await until(() => store.isActive(), "the listener");
  const generation = store.generation;
  store.set("viewer zh-CN /years/2021", generation, page);
  expect(store.get("viewer zh-CN /years/2021")).toEqual(page);
  return generation;
}

/** A statement that changes no row still fires the statement trigger, so it stands for any write. */
const touch = (table: string) => `UPDATE "${table}" SET "id" = "id" WHERE false`;

beforeAll(async () => {
  await sql.connect();
});

afterAll(async () => {
  await store.close();
  await sql.end();
});

describe("rendered pages and the data they show", () => {
  it("never serves a page stored before its listener was up (a change may have gone unheard)", async () => {
    const fresh = new RenderedPageStore(url);
    try {
      fresh.set("viewer zh-CN /", fresh.generation, page);
      expect(fresh.get("viewer zh-CN /")).toBeUndefined();
      await until(() => fresh.isActive(), "the listener");
      expect(fresh.get("viewer zh-CN /")).toBeUndefined();
      fresh.set("viewer zh-CN /", fresh.generation, page);
      expect(fresh.get("viewer zh-CN /")).toEqual(page);
    } finally {
      await fresh.close();
    }
  });

  it("keeps a page no longer than its maximum age, changes or not", async () => {
    const shortLived = new RenderedPageStore(url, 200);
    try {
      await until(() => shortLived.isActive(), "the listener");
      shortLived.set("viewer zh-CN /", shortLived.generation, page);
      expect(shortLived.get("viewer zh-CN /")).toEqual(page);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(shortLived.get("viewer zh-CN /")).toBeUndefined();
    } finally {
      await shortLived.close();
    }
  });

  it.each(WATCHED_TABLES)("empties itself when a write to %s commits", async (table) => {
    const generation = await cacheOnePage();
    await sql.query(touch(table));
    await until(() => store.generation > generation, `the notification for ${table}`);
    expect(store.get("viewer zh-CN /years/2021")).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("hears one notification per transaction, at commit, and none for a rollback", async () => {
    const generation = await cacheOnePage();
    await sql.query("BEGIN");
    for (const table of WATCHED_TABLES) await sql.query(touch(table));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.generation, "nothing is delivered before commit").toBe(generation);
    await sql.query("ROLLBACK");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.generation).toBe(generation);
    expect(store.get("viewer zh-CN /years/2021")).toEqual(page);

    await sql.query("BEGIN");
    for (const table of WATCHED_TABLES) await sql.query(touch(table));
    await sql.query("COMMIT");
    await until(() => store.generation > generation, "the notification");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.generation).toBe(generation + 1);
  });

  it("ignores writes to what the pages do not show (logins, uploads' progress)", async () => {
    const generation = await cacheOnePage();
    await sql.query(touch("AuditEvent"));
    await sql.query(touch("LoginAttempt"));
    await sql.query(touch("Upload"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(store.generation).toBe(generation);
  });

  it("does not keep a page whose rendering started before a change", async () => {
    const before = await cacheOnePage();
    await sql.query(touch("Target"));
    await until(() => store.generation > before, "the notification");
    store.set("viewer zh-CN /years/2022", before, page);
    expect(store.get("viewer zh-CN /years/2022")).toBeUndefined();
  });

  it("caches nothing while its connection is lost, and resumes once it listens again", async () => {
    await cacheOnePage();
    const { rowCount } = await sql.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'yardstick page cache' AND pid <> pg_backend_pid()",
    );
    expect(rowCount).toBeGreaterThan(0);
    await until(() => store.size === 0, "the store to notice the lost connection");
    store.set("viewer zh-CN /", store.generation, page);
    expect(store.get("viewer zh-CN /")).toBeUndefined();
    // It connects again on a later request and caches again.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await cacheOnePage();
  });
});
