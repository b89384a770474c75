import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { hashPassword } from "@/lib/auth/passwords";
import type { Principal } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { ingestUpload } from "@/lib/jobs/ingest-upload";
import { ensureJobQueue } from "@/lib/jobs/queue";
import { startUploadWorker } from "@/lib/jobs/upload-worker";
import { createJurisdiction } from "@/lib/jurisdictions/mutations";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { createUpload } from "@/lib/uploads/mutations";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/formats";
import { connectTestDatabase, resetDatabase } from "@/tests/database";
import { buildDocx, buildImageOnlyPdf, buildTextPdf, buildZipWithoutDocument } from "@/tests/upload-fixtures";

const context = { ip: "192.0.2.9" };
// A complete report (review of 2019, targets of 2020) with no blank lines, so every format,
// PDF included, can carry its text exactly.
const SEED = "003_a22e795fa8ceb7bd.txt";
const PROSE = "春天来了，公园里的花都开了。孩子们在草地上奔跑，老人们在树下下棋聊天。\n傍晚时分，湖面上映着晚霞，散步的人们三三两两地走过小桥。\n";

describe("uploads", () => {
  let db: Db;
  let seedText: string;
  let jurisdictionId: number;
  const principals = {} as Record<Role, Principal>;

  async function rowCounts() {
    return {
      uploads: await db.upload.count(),
      documents: await db.sourceDocument.count(),
      reports: await db.report.count(),
      targets: await db.target.count(),
      outcomes: await db.outcome.count(),
    };
  }

  function upload(bytes: Uint8Array, fileName: string, type = "") {
    const file = new File([Buffer.from(bytes)], fileName, { type });
    return createUpload(db, principals.editor, { jurisdictionId: String(jurisdictionId), file }, context);
  }

  /** Uploads and runs the job in this process, as a worker would. */
  async function uploadAndIngest(bytes: Uint8Array, fileName: string) {
    const created = await upload(bytes, fileName);
    if (!created.ok) throw new Error(`${fileName}: ${created.error}`);
    expect(await ingestUpload(db, created.value.id, { finalAttempt: true })).toBe("done");
    return db.upload.findUniqueOrThrow({ where: { id: created.value.id }, include: { document: true } });
  }

  beforeAll(async () => {
    // The job queue is installed in the database DATABASE_URL names, as in the app.
    process.env.DATABASE_URL = inject("databaseUrl");
    db = connectTestDatabase();
    seedText = await fs.readFile(path.join(process.cwd(), "seed", SEED), "utf8");
  });
  afterAll(async () => {
    await db.$disconnect();
  });
  beforeEach(async () => {
    await resetDatabase(db);
    await db.policyArea.createMany({ data: POLICY_AREAS.map((area, order) => ({ ...area, order })) });
    jurisdictionId = (await db.jurisdiction.create({ data: { code: "cn-test", name: "测试市" } })).id;
    const passwordHash = await hashPassword("uploads password 1");
    for (const role of ["viewer", "editor", "admin"] as const) {
      const row = await db.user.create({ data: { email: `${role}@example.org`, name: role, role, passwordHash } });
      principals[role] = { id: row.id, email: row.email, name: row.name, role };
    }
  });

  it("reads every supported format and encoding into the same document text as the seed file", async () => {
    const utf8 = Buffer.from(seedText, "utf8");
    const cases: Array<{ fileName: string; bytes: Uint8Array; encoding: string }> = [
      { fileName: "report-utf8.txt", bytes: utf8, encoding: "utf-8" },
      { fileName: "report-utf8-bom.txt", bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), encoding: "utf-8" },
      { fileName: "report-gb18030.txt", bytes: iconv.encode(seedText, "gb18030"), encoding: "gb18030" },
      { fileName: "report-gbk.txt", bytes: iconv.encode(seedText, "gbk"), encoding: "gb18030" },
      { fileName: "report-utf16le.txt", bytes: iconv.encode(seedText, "utf-16le", { addBOM: true }), encoding: "utf-16le" },
      { fileName: "report.docx", bytes: await buildDocx(seedText), encoding: "docx" },
      { fileName: "report.pdf", bytes: buildTextPdf(seedText), encoding: "pdf" },
    ];
    for (const { fileName, bytes, encoding } of cases) {
      const done = await uploadAndIngest(bytes, fileName);
      expect(done, fileName).toMatchObject({ status: "done", progress: 100, bytes: null });
      expect(done.document?.text === seedText, `${fileName} keeps the text exactly`).toBe(true);
      expect(done.document).toMatchObject({ encoding, fileName, byteSize: bytes.byteLength });
      expect(await db.target.count({ where: { report: { documentId: done.documentId! } } }), fileName).toBeGreaterThan(20);
      expect(done.message).toMatch(/targets/);
      // The next format carries the same text, which would be a duplicate of this one.
      await db.sourceDocument.delete({ where: { id: done.documentId! } });
    }
    expect(await db.auditEvent.count({ where: { action: "upload.create", actorId: principals.editor.id } })).toBe(cases.length);
  });

  it("refuses each bad file with a clear reason and stores nothing", async () => {
    await ingestDocument(db, { jurisdictionId, fileName: SEED, bytes: Buffer.from(seedText, "utf8") });
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    let binary = randomBytes(4096);
    while (binary[0] === 0xef || binary[0] === 0xff || binary[0] === 0xfe) binary = randomBytes(4096);
    const corpus: Array<{ name: string; fileName: string; bytes: Uint8Array; status: number; reason: RegExp }> = [
      { name: "zero bytes", fileName: "empty.txt", bytes: new Uint8Array(), status: 400, reason: /empty \(0 bytes\)/ },
      { name: "whitespace only", fileName: "blank.txt", bytes: Buffer.from(" \n\t\n　\n"), status: 400, reason: /only whitespace/ },
      { name: "a PNG renamed .txt", fileName: "scan.txt", bytes: png, status: 400, reason: /named \.txt but its content is a PNG image/ },
      { name: "an executable", fileName: "setup.exe", bytes: Buffer.from("MZ\x90\x00\x03", "latin1"), status: 400, reason: /Only \.txt, \.docx and \.pdf.*Windows program/ },
      { name: "an old binary Word file", fileName: "report.doc", bytes: Buffer.from("d0cf11e0a1b11ae1", "hex"), status: 400, reason: /Only \.txt, \.docx and \.pdf/ },
      { name: "random binary named .txt", fileName: "random.txt", bytes: binary, status: 400, reason: /binary data|neither UTF-8/ },
      { name: "Latin-1 text, neither UTF-8 nor GBK", fileName: "latin1.txt", bytes: Buffer.from("Le café où j'ai résumé l'été déjà passé, à côté.\n".repeat(20), "latin1"), status: 400, reason: /neither UTF-8, GB18030\/GBK, nor UTF-16/ },
      { name: "UTF-16 without a byte-order mark", fileName: "utf16.txt", bytes: iconv.encode(seedText.slice(0, 2000), "utf-16le"), status: 400, reason: /byte-order mark/ },
      { name: "20 MB and one byte", fileName: "huge.txt", bytes: Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x41), status: 400, reason: /more than the 20 MB limit/ },
      { name: "a .docx that is a zip of nothing", fileName: "empty.docx", bytes: await buildZipWithoutDocument(), status: 400, reason: /ZIP archive without a Word document/ },
      { name: "a .docx that is plain text", fileName: "fake.docx", bytes: Buffer.from(PROSE, "utf8"), status: 400, reason: /named \.docx but its content is something else/ },
      { name: "a PDF without a text layer", fileName: "scan.pdf", bytes: buildImageOnlyPdf(), status: 400, reason: /no text layer/ },
      { name: "a corrupt PDF", fileName: "broken.pdf", bytes: Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog", "latin1"), status: 400, reason: /damaged/ },
      { name: "prose with no report", fileName: "prose.txt", bytes: Buffer.from(PROSE, "utf8"), status: 400, reason: /No government work report/ },
      { name: "a .docx of prose only", fileName: "prose.docx", bytes: await buildDocx(PROSE), status: 400, reason: /No government work report/ },
      { name: "the seed file again", fileName: "again.txt", bytes: Buffer.from(seedText, "utf8"), status: 409, reason: new RegExp(`duplicate of document #\\d+ “${SEED}”`) },
      { name: "the seed's text as GBK", fileName: "again-gbk.txt", bytes: iconv.encode(seedText, "gbk"), status: 409, reason: new RegExp(`duplicate of document #\\d+ “${SEED}”`) },
      { name: "the seed's text as a PDF", fileName: "again.pdf", bytes: buildTextPdf(seedText), status: 409, reason: /duplicate of document/ },
    ];
    const before = await rowCounts();
    for (const { name, fileName, bytes, status, reason } of corpus) {
      const result = await upload(bytes, fileName);
      expect(result, name).toMatchObject({ ok: false, status, error: expect.stringMatching(reason) });
    }
    expect(await rowCounts()).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "upload.create" } })).toBe(0);
  });

  it("refuses a missing file, an unknown jurisdiction and a viewer", async () => {
    const file = new File([seedText], "r.txt");
    expect(await createUpload(db, principals.editor, { jurisdictionId: String(jurisdictionId) }, context)).toMatchObject({
      ok: false, status: 400, fieldErrors: { file: [expect.stringContaining("Choose a file")] },
    });
    expect(await createUpload(db, principals.editor, { jurisdictionId: "999", file }, context)).toMatchObject({
      ok: false, status: 400, fieldErrors: { jurisdictionId: [expect.any(String)] },
    });
    expect(await createUpload(db, principals.viewer, { jurisdictionId, file }, context)).toMatchObject({ ok: false, status: 403 });
    expect(await createUpload(db, null, { jurisdictionId, file }, context)).toMatchObject({ ok: false, status: 401 });
    expect(await db.upload.count()).toBe(0);
  });

  it("refuses the same file twice while the first is queued, and fails a job whose text arrived meanwhile", async () => {
    const gbk = iconv.encode(seedText, "gbk");
    const first = await upload(gbk, "first.txt");
    expect(first.ok).toBe(true);
    expect(await upload(gbk, "second.txt")).toMatchObject({ ok: false, status: 409, error: expect.stringMatching(/already being processed as upload #\d+/) });

    // The same text in another format passes the upload check (nothing is stored yet) but loses the race.
    const docx = await upload(await buildDocx(seedText), "third.docx");
    if (!first.ok || !docx.ok) throw new Error("uploads refused");
    expect(await ingestUpload(db, first.value.id, { finalAttempt: true })).toBe("done");
    const before = await rowCounts();
    expect(await ingestUpload(db, docx.value.id, { finalAttempt: true })).toBe("failed");
    const failed = await db.upload.findUniqueOrThrow({ where: { id: docx.value.id } });
    expect(failed).toMatchObject({ status: "failed", documentId: null, message: expect.stringMatching(/duplicate of document #\d+ “first\.txt”/) });
    expect(await rowCounts()).toEqual(before);
    // A job that runs again for an upload already handled changes nothing.
    expect(await ingestUpload(db, first.value.id, { finalAttempt: true })).toBe("skipped");
  });

  it("leaves no document, report or target when ingestion fails half-way, and says why", async () => {
    const created = await upload(Buffer.from(seedText, "utf8"), "report.txt");
    if (!created.ok) throw new Error(created.error);
    // Without policy areas the extraction's rows cannot be written: the transaction rolls back.
    const areas = await db.policyArea.findMany();
    await db.policyArea.deleteMany();
    await expect(ingestUpload(db, created.value.id, { finalAttempt: false })).rejects.toThrow(/Policy area/);
    expect(await db.upload.findUniqueOrThrow({ where: { id: created.value.id } })).toMatchObject({ status: "queued", message: expect.stringMatching(/retry/) });
    expect(await ingestUpload(db, created.value.id, { finalAttempt: true })).toBe("failed");
    const failed = await db.upload.findUniqueOrThrow({ where: { id: created.value.id } });
    expect(failed).toMatchObject({ status: "failed", documentId: null, message: expect.stringMatching(/Ingestion failed: Policy area .* missing/) });
    expect(failed.bytes).not.toBeNull();
    expect(await rowCounts()).toMatchObject({ uploads: 1, documents: 0, reports: 0, targets: 0, outcomes: 0 });
    await db.policyArea.createMany({ data: areas });
  });

  it("runs the job through pg-boss: a worker picks it up from the queue and finishes it", async () => {
    const url = inject("databaseUrl");
    // resetDatabase restarts upload ids but leaves pg-boss's schema alone: jobs queued by earlier
    // tests (never run) would point at this test's upload.
    await ensureJobQueue(url);
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'ingest-upload'`);
    const worker = await startUploadWorker(db, url, () => {});
    try {
      const created = await upload(iconv.encode(seedText, "gb18030"), "queued-gbk.txt");
      if (!created.ok) throw new Error(created.error);
      expect(created.value).toMatchObject({ status: "queued", progress: 0, jurisdictionName: "测试市" });
      const deadline = Date.now() + 30_000;
      let status = created.value.status;
      while (status !== "done" && status !== "failed" && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        status = (await db.upload.findUniqueOrThrow({ where: { id: created.value.id } })).status;
      }
      const done = await db.upload.findUniqueOrThrow({ where: { id: created.value.id }, include: { document: true } });
      expect(done).toMatchObject({ status: "done", progress: 100, bytes: null });
      expect(done.document?.text === seedText).toBe(true);
      const [job] = await db.$queryRaw<Array<{ state: string }>>`
        SELECT state::text FROM pgboss.job WHERE name = 'ingest-upload' AND (data->>'uploadId')::int = ${created.value.id}`;
      expect(job.state).toBe("completed");
    } finally {
      await worker.stop();
    }
  });

  it("lets admins add jurisdictions, validated and audited", async () => {
    const created = await createJurisdiction(db, principals.admin, { code: " CN-Sichuan-Chengdu ", name: " 成都市 " }, context);
    expect(created).toMatchObject({ ok: true, value: { code: "cn-sichuan-chengdu", name: "成都市" } });
    expect(await db.auditEvent.findFirst({ where: { action: "jurisdiction.create" } })).toMatchObject({ actorId: principals.admin.id, ip: context.ip });
    expect(await createJurisdiction(db, principals.admin, { code: "cn-sichuan-chengdu", name: "又一个" }, context)).toMatchObject({ ok: false, status: 409 });
    expect(await createJurisdiction(db, principals.admin, { code: "成都", name: "成都市" }, context)).toMatchObject({
      ok: false, status: 400, fieldErrors: { code: [expect.any(String)] },
    });
    expect(await createJurisdiction(db, principals.editor, { code: "cn-x", name: "X" }, context)).toMatchObject({ ok: false, status: 403 });
    expect(await db.jurisdiction.count()).toBe(2);
  });
});
