// The /api/v1 read and export endpoints against the seed corpus in a real database: happy paths,
// refusals and the files' contents. Only the session cookie lookup is replaced.
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { GET as getExport } from "@/app/api/v1/exports/scorecard/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getScorecard } from "@/app/api/v1/scorecards/[year]/route";
import { GET as getTarget } from "@/app/api/v1/targets/[id]/route";
import { GET as listTargets } from "@/app/api/v1/targets/route";
import { errorSchema, scorecardSchema, targetPageSchema, targetRecordSchema } from "@/lib/api/schemas";
import { generateApiToken, hashApiToken } from "@/lib/api-tokens/token-secret";
import { hashPassword } from "@/lib/auth/passwords";
import { getDb, type Db } from "@/lib/db";
import { CSV_META_LINES } from "@/lib/export/csv";
import { totalOf } from "@/lib/scorecard/verdicts";
import { METHODOLOGY_VERSION } from "@/lib/verdict/methodology";
import { seedDatabase } from "@/seed/seed-database";
import { resetDatabase } from "@/tests/database";

const session = vi.hoisted(() => ({ userId: null as number | null }));
vi.mock("@/lib/auth/request-context", () => ({
  readSessionClaim: async () => (session.userId === null ? null : { userId: session.userId, sessionVersion: 0 }),
  readRequestIp: async () => "192.0.2.1",
}));

const get = (url: string, headers: HeadersInit = {}) => new Request(`http://localhost${url}`, { headers });
const yearParams = (year: string) => ({ params: Promise.resolve({ year }) });
const idParams = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });

async function expectRefusal(response: Response, status: number) {
  expect(response.status).toBe(status);
  errorSchema.parse(await response.json());
}

describe("/api/v1 on the seed corpus", () => {
  let db: Db;
  let viewerId: number;
  let bearer: HeadersInit;

  beforeAll(async () => {
    process.env.DATABASE_URL = inject("databaseUrl");
    db = getDb();
    await resetDatabase(db);
    await seedDatabase(db, { seedDir: path.join(process.cwd(), "seed") });
    const passwordHash = await hashPassword("api test password");
    const viewer = await db.user.create({ data: { email: "viewer@example.org", name: "Viewer", role: "viewer", passwordHash } });
    const admin = await db.user.create({ data: { email: "admin@example.org", name: "Admin", role: "admin", passwordHash } });
    viewerId = viewer.id;
    const token = generateApiToken();
    await db.apiToken.create({ data: { name: "viewer token", role: "viewer", tokenHash: hashApiToken(token), createdById: admin.id } });
    bearer = { authorization: `Bearer ${token}` };
  });
  afterAll(async () => {
    session.userId = null;
    await db.$disconnect();
  });

  describe("GET /api/v1/scorecards/[year]", () => {
    it("counts 2021's verdicts per area, stamped with the methodology version and snapshot time", async () => {
      session.userId = viewerId;
      const response = await getScorecard(get("/api/v1/scorecards/2021"), yearParams("2021"));
      expect(response.status).toBe(200);
      const scorecard = scorecardSchema.parse(await response.json());
      expect(scorecard).toMatchObject({ year: 2021, methodologyVersion: METHODOLOGY_VERSION, resultsInCorpus: true });
      expect(Date.parse(scorecard.snapshotAt)).not.toBeNaN();
      expect(scorecard.areas).toHaveLength(12);
      expect(scorecard.areas.reduce((sum, area) => sum + area.total, 0)).toBe(scorecard.total);
      expect(totalOf(scorecard.counts)).toBe(scorecard.total);
      expect(scorecard.counts.met).toBeGreaterThan(0);
    });

    it("takes a bearer token, and refuses anonymous callers, malformed years and unknown years", async () => {
      session.userId = null;
      expect((await getScorecard(get("/api/v1/scorecards/2022", bearer), yearParams("2022"))).status).toBe(200);
      await expectRefusal(await getScorecard(get("/api/v1/scorecards/2021"), yearParams("2021")), 401);
      session.userId = viewerId;
      for (const year of ["abc", "21", "20210", "2021.0"]) await expectRefusal(await getScorecard(get(`/api/v1/scorecards/${year}`), yearParams(year)), 400);
      await expectRefusal(await getScorecard(get("/api/v1/scorecards/1999"), yearParams("1999")), 404);
    });

    it("is scoped by ?jurisdiction= (default: the only one) and answers 400 for an unknown code", async () => {
      session.userId = viewerId;
      const byDefault = scorecardSchema.parse(await (await getScorecard(get("/api/v1/scorecards/2021"), yearParams("2021"))).json());
      const named = scorecardSchema.parse(await (await getScorecard(get("/api/v1/scorecards/2021?jurisdiction=cn-chongqing"), yearParams("2021"))).json());
      expect(byDefault.jurisdiction).toEqual({ code: "cn-chongqing", name: "重庆市" });
      expect({ ...named, snapshotAt: "" }).toEqual({ ...byDefault, snapshotAt: "" });
      for (const [response, field] of [
        [await getScorecard(get("/api/v1/scorecards/2021?jurisdiction=cn-nowhere"), yearParams("2021")), "jurisdiction"],
        [await getScorecard(get("/api/v1/scorecards/2021?area=economy"), yearParams("2021")), "area"],
        [await getExport(get("/api/v1/exports/scorecard?year=2021&format=csv&jurisdiction=cn-nowhere")), "jurisdiction"],
        [await listTargets(get("/api/v1/targets?year=2021&jurisdiction=cn-nowhere")), "jurisdiction"],
      ] as const) {
        expect(response.status).toBe(400);
        expect(errorSchema.parse(await response.json()).fieldErrors).toHaveProperty(field);
      }
    });
  });

  describe("GET /api/v1/targets", () => {
    it("pages through a year's targets with the total and a next link that keeps the filters", async () => {
      session.userId = viewerId;
      const first = targetPageSchema.parse(await (await listTargets(get("/api/v1/targets?year=2021&pageSize=10"))).json());
      expect(first.total).toBeGreaterThan(20);
      expect(first.items).toHaveLength(10);
      expect(first.items.every((item) => item.year === 2021)).toBe(true);
      expect(first.next).toBe("http://localhost/api/v1/targets?year=2021&pageSize=10&page=2");
      const second = targetPageSchema.parse(await (await listTargets(get(new URL(first.next ?? "").pathname + new URL(first.next ?? "").search))).json());
      expect(second.page).toBe(2);
      expect(second.items.map((item) => item.id)).not.toContain(first.items[0].id);
      const last = targetPageSchema.parse(await (await listTargets(get(`/api/v1/targets?year=2021&pageSize=10&page=${Math.ceil(first.total / 10)}`))).json());
      expect(last.next).toBeNull();
      expect(first.items[0].url).toBe(`http://localhost/api/v1/targets/${first.items[0].id}`);
    });

    it("filters by area and verdict", async () => {
      session.userId = viewerId;
      const page = targetPageSchema.parse(await (await listTargets(get("/api/v1/targets?year=2021&verdict=met&area=economy&pageSize=100"))).json());
      expect(page.total).toBe(page.items.length);
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.every((item) => item.verdict === "met" && item.area.code === "economy")).toBe(true);
    });

    it("answers 400 for bad parameters and 401 without credentials", async () => {
      session.userId = viewerId;
      for (const query of ["year=abc", "verdict=great", "area=nowhere", "page=0", "pageSize=101", "page=-1", "yaer=2021"]) {
        const response = await listTargets(get(`/api/v1/targets?${query}`));
        expect(response.status, query).toBe(400);
        expect(Object.keys(errorSchema.parse(await response.json()).fieldErrors ?? {}).length, query).toBeGreaterThan(0);
      }
      session.userId = null;
      await expectRefusal(await listTargets(get("/api/v1/targets")), 401);
    });
  });

  describe("GET /api/v1/targets/[id]", () => {
    it("shows a target with its links, both quotes with offsets into their documents, and its history", async () => {
      session.userId = viewerId;
      const row = await db.target.findFirstOrThrow({ where: { year: 2021, indicator: "高新技术企业" }, select: { id: true } });
      await db.auditEvent.create({
        data: { action: "target.update", entityType: "Target", entityId: String(row.id), before: { value: 4000 }, after: { value: 4500 }, reason: "typo", actorId: viewerId },
      });
      const response = await getTarget(get(`/api/v1/targets/${row.id}`), idParams(row.id));
      expect(response.status).toBe(200);
      const target = targetRecordSchema.parse(await response.json());
      expect(target.quote).toContain("高新技术企业");
      expect(target.links.length).toBeGreaterThan(0);
      const document = await db.sourceDocument.findUniqueOrThrow({ where: { id: target.links[0].outcome.document.id }, select: { text: true } });
      const { outcome } = target.links[0];
      expect(document.text.slice(outcome.start, outcome.end)).toBe(outcome.quote);
      expect(target.history).toEqual([expect.objectContaining({ action: "target.update", actor: "Viewer", reason: "typo", after: { value: 4500 } })]);
    });

    it("answers 400 for a malformed id, 404 for an unknown one and 401 without credentials", async () => {
      session.userId = viewerId;
      await expectRefusal(await getTarget(get("/api/v1/targets/abc"), idParams("abc")), 400);
      await expectRefusal(await getTarget(get("/api/v1/targets/99999999"), idParams("99999999")), 404);
      session.userId = null;
      await expectRefusal(await getTarget(get("/api/v1/targets/1"), idParams(1)), 401);
    });
  });

  describe("GET /api/v1/exports/scorecard", () => {
    it("streams a CSV with a BOM, the stamp, a UTF-8 file name and the filtered rows", async () => {
      session.userId = viewerId;
      const response = await getExport(get("/api/v1/exports/scorecard?year=2021&format=csv&verdict=met"));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("x-methodology-version")).toBe(METHODOLOGY_VERSION);
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="yardstick-scorecard-2021.csv"; filename*=UTF-8''${encodeURIComponent("Yardstick 2021年成绩单.csv")}`,
      );
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString("utf8");
      expect(text).toContain(`# methodology_version,${METHODOLOGY_VERSION}\n`);
      expect(text).toContain(`# snapshot_at,${response.headers.get("x-data-snapshot")}\n`);
      expect(text).toContain("# filters,year=2021; verdict=met; jurisdiction=cn-chongqing\n");
      expect(text).toContain("地区生产总值");
      const met = await db.target.count({ where: { year: 2021, verdict: "met" } });
      // Every data row starts with its target id; quotes with line breaks continue on lines that do not.
      expect(text.split("\n").slice(CSV_META_LINES + 1).filter((line) => /^\d+,2021,/.test(line))).toHaveLength(met);
    });

    it("neutralises indicators that begin like a formula", async () => {
      session.userId = viewerId;
      const rows = await db.target.findMany({ where: { year: 2021 }, orderBy: { id: "asc" }, take: 4, select: { id: true, indicator: true } });
      const evil = ["=HYPERLINK(\"http://evil\")", "+1+1", "-1+cmd", "@SUM(1)"];
      await Promise.all(rows.map((row, index) => db.target.update({ where: { id: row.id }, data: { indicator: evil[index] } })));
      try {
        const text = await (await getExport(get("/api/v1/exports/scorecard?year=2021&format=csv"))).text();
        const cells = text.split("\n").flatMap((line) => {
          const match = /^(\d+),2021,[^,]*,("(?:[^"]|"")*"|[^,]*)/.exec(line);
          return match && rows.some((row) => String(row.id) === match[1]) ? [match[2]] : [];
        });
        expect(cells.sort()).toEqual(["\"'=HYPERLINK(\"\"http://evil\"\")\"", "'+1+1", "'-1+cmd", "'@SUM(1)"].sort());
      } finally {
        await Promise.all(rows.map((row) => db.target.update({ where: { id: row.id }, data: { indicator: row.indicator } })));
      }
    });

    it("streams an XLSX of an area whose summary counts what the detail sheet lists", async () => {
      session.userId = viewerId;
      const response = await getExport(get("/api/v1/exports/scorecard?year=2021&format=xlsx&area=innovation&lang=en"));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toContain('filename="yardstick-scorecard-2021-innovation.xlsx"');
      expect(response.headers.get("content-disposition")).toContain(encodeURIComponent("Yardstick Scorecard 2021 Science and innovation.xlsx"));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Targets", "Summary", "About"]);
      const expected = await db.target.count({ where: { year: 2021, area: { code: "innovation" } } });
      const detail = workbook.getWorksheet("Targets");
      expect(detail?.rowCount).toBe(expected + 1);
      const summary = workbook.getWorksheet("Summary");
      expect(summary?.getRow(2).getCell(1).value).toBe("Science and innovation");
      expect(summary?.getRow(3).getCell(1).value).toBe("Total");
      expect(summary?.getRow(3).getCell(8).value).toBe(expected);
    });

    it("answers 400 for bad parameters, 404 for an unknown year and 401 without credentials", async () => {
      session.userId = viewerId;
      for (const query of ["format=csv", "year=2021", "year=2021&format=pdf", "year=2021&format=csv&area=nowhere", "year=2021&format=csv&headline=yes", "year=2021&format=csv&lang=fr", "year=2021&format=csv&sort=id"]) {
        await expectRefusal(await getExport(get(`/api/v1/exports/scorecard?${query}`)), 400);
      }
      await expectRefusal(await getExport(get("/api/v1/exports/scorecard?year=1999&format=csv")), 404);
      session.userId = null;
      await expectRefusal(await getExport(get("/api/v1/exports/scorecard?year=2021&format=csv")), 401);
      expect((await getExport(get("/api/v1/exports/scorecard?year=2021&format=xlsx", bearer))).status).toBe(200);
    });
  });

  it("serves the OpenAPI document to anyone", async () => {
    session.userId = null;
    const response = await getOpenApi();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ openapi: "3.1.0", paths: expect.objectContaining({ "/api/v1/targets/{id}": expect.anything() }) });
  });
});
