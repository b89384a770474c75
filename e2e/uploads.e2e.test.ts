import fs from "node:fs/promises";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, browserAvailable, logInAs, saveScreenshot, useBrowser } from "@/e2e/browser";
import type { Db } from "@/lib/db";
import { connectTestDatabase } from "@/tests/database";

// The report goes to a jurisdiction of its own and is removed afterwards, so the other browser
// tests still see exactly the seed corpus of 重庆市.
const JURISDICTION = { code: "cn-e2e-uploads", name: "上传测试市" };

describe.skipIf(!browserAvailable)("uploads in Chromium", () => {
  const newPage = useBrowser();
  let db: Db;

  beforeAll(async () => {
    db = connectTestDatabase();
    await db.jurisdiction.upsert({ where: { code: JURISDICTION.code }, update: {}, create: JURISDICTION });
  });
  afterAll(async () => {
    if (db) {
      const jurisdiction = { code: JURISDICTION.code };
      await db.upload.deleteMany({ where: { jurisdiction } });
      await db.target.deleteMany({ where: { jurisdiction } });
      await db.outcome.deleteMany({ where: { jurisdiction } });
      await db.sourceDocument.deleteMany({ where: { jurisdiction } });
      await db.jurisdiction.deleteMany({ where: jurisdiction });
      await db.$disconnect();
    }
  });

  it("takes an editor's GBK text file through the queue to a stored document", async () => {
    // A seed report with a line of its own, so it is not a duplicate of the seeded document.
    const seed = await fs.readFile(path.join(process.cwd(), "seed", "003_a22e795fa8ceb7bd.txt"), "utf8");
    const buffer = iconv.encode(`${seed}\n（上传测试版）\n`, "gbk");

    const editor = await newPage();
    await logInAs(editor, "editor@yardstick.local");
    await editor.getByRole("link", { name: "上传" }).click();
    await editor.getByRole("heading", { name: "上传报告" }).waitFor();
    await editor.getByLabel("地区").selectOption({ label: `${JURISDICTION.name} (${JURISDICTION.code})` });
    await editor.getByLabel("文件").setInputFiles({ name: "report-gbk.txt", mimeType: "text/plain", buffer });
    await editor.getByRole("button", { name: "上传", exact: true }).click();
    await editor.getByRole("status").filter({ hasText: "report-gbk.txt" }).waitFor();

    const row = editor.getByTestId("upload-row").filter({ hasText: "report-gbk.txt" });
    await row.getByRole("progressbar").waitFor();
    const link = row.getByRole("link", { name: /打开文档 #\d+/ });
    await link.waitFor({ timeout: 45_000 });
    expect(await row.getByTestId("upload-status").getAttribute("data-status")).toBe("done");
    expect(await row.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
    await saveScreenshot(editor, "uploads-done");

    const upload = await db.upload.findFirstOrThrow({ where: { fileName: "report-gbk.txt" }, include: { document: true } });
    expect(upload.document).toMatchObject({ encoding: "gb18030", text: `${seed}\n（上传测试版）\n` });
    await link.click();
    await editor.waitForURL((url) => url.pathname === `/documents/${upload.documentId}`);
  });

  it("offers viewers a jurisdiction selector once there are two, each choice showing its own corpus", async () => {
    const viewer = await newPage();
    await logInAs(viewer, "viewer@yardstick.local");
    const select = viewer.getByTestId("jurisdiction-select");
    // The upload above is this jurisdiction's one document; the seed's five belong to 重庆市.
    for (const [code, documents] of [[JURISDICTION.code, 1], ["cn-chongqing", 5]] as const) {
      await select.getByLabel("地区").selectOption(code);
      await select.getByRole("button", { name: "查看" }).click();
      await viewer.waitForURL((url) => url.searchParams.get("j") === code);
      expect(await viewer.getByTestId("document-row").count(), code).toBe(documents);
    }
  });

  it("shows a bad file's reason and stores nothing", async () => {
    const editor = await newPage();
    await logInAs(editor, "editor@yardstick.local");
    await editor.goto(appUrl("/uploads"));
    const before = await db.upload.count();
    await editor.getByLabel("文件").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("今天天气很好，我们去公园散步。\n", "utf8") });
    await editor.getByRole("button", { name: "上传", exact: true }).click();
    const alert = editor.locator("form").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("No government work report");
    expect(await db.upload.count()).toBe(before);
  });

  it("keeps viewers out of /uploads and its API", async () => {
    const viewer = await newPage();
    await logInAs(viewer, "viewer@yardstick.local");
    expect(await viewer.locator('a[href="/uploads"]').count()).toBe(0);
    await viewer.goto(appUrl("/uploads"));
    expect(new URL(viewer.url()).pathname).toBe("/");
    const upload = await db.upload.findFirst();
    expect((await viewer.request.get(appUrl(`/api/v1/uploads/${upload?.id ?? 1}`))).status()).toBe(403);
    const post = await viewer.request.post(appUrl("/api/v1/uploads"), {
      multipart: { jurisdictionId: "1", file: { name: "r.txt", mimeType: "text/plain", buffer: Buffer.from("x") } },
    });
    expect(post.status()).toBe(403);
  });
});
