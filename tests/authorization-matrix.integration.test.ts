// Who may call what: every route handler and server action that the app exposes, discovered from
// the code, against anonymous, viewer, editor and admin (and API tokens of each role for route
// handlers). A new endpoint without an entry here fails the first test. Only the request-bound
// session lookup and Next's cache invalidation are replaced; actions and handlers run for real
// against the real database, and a refused call must leave every table exactly as it was.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { findTokenPrincipal } from "@/lib/api-tokens/queries";
import { generateApiToken, hashApiToken } from "@/lib/api-tokens/token-secret";
import { hashPassword } from "@/lib/auth/passwords";
import { ROLES, hasRole, type Role } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { createCorrectionFixtures, readVersion, type CorrectionFixtures } from "@/tests/correction-fixtures";
import { resetDatabase } from "@/tests/database";

const session = vi.hoisted(() => ({ userId: null as number | null }));
vi.mock("@/lib/auth/request-context", () => ({
  readSessionClaim: async () => (session.userId === null ? null : { userId: session.userId, sessionVersion: 0 }),
  readRequestIp: async () => "192.0.2.1",
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => {},
  revalidateTag: () => {},
}));

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

type Fixtures = { targetUserId: number; spareTokenId: number; jurisdictionId: number; uploadId: number };
type Entry =
  | { access: "public"; why: string }
  | { access: Role; call: (fixtures: Fixtures, headers: HeadersInit) => Promise<number> };

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

/** A server action's result as an HTTP-like status. */
async function statusOf(result: Promise<{ ok: true } | { ok: false; status: number }>): Promise<number> {
  const settled = await result;
  return settled.ok ? 200 : settled.status;
}

async function actionsOf(file: string) {
  return (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<
    string,
    (previous: null, formData: FormData) => Promise<{ ok: true } | { ok: false; status: number }>
  >;
}

async function handlerOf(file: string, method: string) {
  const module = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, (request: Request) => Promise<Response>>;
  return module[method];
}

const ADMIN_ACTIONS = "app/(app)/admin/actions.ts";
const UPLOAD_ACTIONS = "app/(app)/uploads/actions.ts";
// Each allowed upload must be a new text (the same file twice is a 409) holding a real report.
const UPLOAD_TEXT = fs.readFileSync(path.join(process.cwd(), "seed", "003_a22e795fa8ceb7bd.txt"), "utf8");
const uniqueSuffix = (() => {
  let next = 0;
  return () => (next += 1);
})();

const REVIEW_ACTIONS = "app/(app)/review/actions.ts";
const TARGET_ACTIONS = "app/(app)/targets/[id]/actions.ts";
const DOCUMENT_ACTIONS = "app/(app)/documents/[id]/actions.ts";
let corrections: CorrectionFixtures;
const onTarget = async () => ({ targetId: corrections.targetId, version: await readVersion(getDb(), "target", corrections.targetId), reason: "matrix" });
const onOutcome = async () => ({ outcomeId: corrections.linkedOutcomeId, version: await readVersion(getDb(), "outcome", corrections.linkedOutcomeId), reason: "matrix" });

// Keys: "<METHOD> <url path>" for route handlers, "<file>#<export>" for server actions.
const MATRIX: Record<string, Entry> = {
  "GET /api/auth/[...nextauth]": { access: "public", why: "next-auth's own sign-in, session and CSRF endpoints" },
  "POST /api/auth/[...nextauth]": { access: "public", why: "next-auth's own sign-in, session and CSRF endpoints" },
  "GET /api/v1/me": {
    access: "viewer",
    call: async (_fixtures, headers) =>
      (await (await handlerOf("app/api/v1/me/route.ts", "GET"))(new Request("http://localhost/api/v1/me", { headers }))).status,
  },
  [`${ADMIN_ACTIONS}#createUserAction`]: {
    access: "admin",
    call: async () =>
      statusOf((await actionsOf(ADMIN_ACTIONS)).createUserAction(null, form({ email: "new@example.org", name: "New", role: "viewer" }))),
  },
  [`${ADMIN_ACTIONS}#changeUserRoleAction`]: {
    access: "admin",
    call: async ({ targetUserId }) =>
      statusOf((await actionsOf(ADMIN_ACTIONS)).changeUserRoleAction(null, form({ userId: targetUserId, role: "editor" }))),
  },
  [`${ADMIN_ACTIONS}#setUserDisabledAction`]: {
    access: "admin",
    call: async ({ targetUserId }) =>
      statusOf((await actionsOf(ADMIN_ACTIONS)).setUserDisabledAction(null, form({ userId: targetUserId, disabled: "true" }))),
  },
  [`${ADMIN_ACTIONS}#resetUserPasswordAction`]: {
    access: "admin",
    call: async ({ targetUserId }) =>
      statusOf((await actionsOf(ADMIN_ACTIONS)).resetUserPasswordAction(null, form({ userId: targetUserId }))),
  },
  [`${ADMIN_ACTIONS}#createApiTokenAction`]: {
    access: "admin",
    call: async () => statusOf((await actionsOf(ADMIN_ACTIONS)).createApiTokenAction(null, form({ name: "matrix", role: "viewer" }))),
  },
  [`${ADMIN_ACTIONS}#revokeApiTokenAction`]: {
    access: "admin",
    call: async ({ spareTokenId }) => statusOf((await actionsOf(ADMIN_ACTIONS)).revokeApiTokenAction(null, form({ tokenId: spareTokenId }))),
  },
  "POST /api/v1/uploads": {
    access: "editor",
    call: async ({ jurisdictionId }, headers) => {
      const body = form({ jurisdictionId });
      body.set("file", new File([`${UPLOAD_TEXT}\n（矩阵 ${uniqueSuffix()}）`], "matrix.txt", { type: "text/plain" }));
      const request = new Request("http://localhost/api/v1/uploads", { method: "POST", headers, body });
      return (await (await handlerOf("app/api/v1/uploads/route.ts", "POST"))(request)).status;
    },
  },
  "GET /api/v1/uploads/[id]": {
    access: "editor",
    call: async ({ uploadId }, headers) => {
      const { GET } = (await import(/* @vite-ignore */ path.join(process.cwd(), "app/api/v1/uploads/[id]/route.ts"))) as {
        GET: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
      };
      const request = new Request(`http://localhost/api/v1/uploads/${uploadId}`, { headers });
      return (await GET(request, { params: Promise.resolve({ id: String(uploadId) }) })).status;
    },
  },
  [`${UPLOAD_ACTIONS}#createJurisdictionAction`]: {
    access: "admin",
    call: async () =>
      statusOf((await actionsOf(UPLOAD_ACTIONS)).createJurisdictionAction(null, form({ code: `cn-matrix-${uniqueSuffix()}`, name: "矩阵市" }))),
  },
  // Editors' corrections: every allowed call reads the version it edits, as a client would.
  [`${REVIEW_ACTIONS}#judgeTargetAction`]: {
    access: "editor",
    call: async () => statusOf((await actionsOf(REVIEW_ACTIONS)).judgeTargetAction(null, form({ ...(await onTarget()), verdict: "met" }))),
  },
  [`${REVIEW_ACTIONS}#linkOutcomeAction`]: {
    access: "editor",
    call: async () => statusOf((await actionsOf(REVIEW_ACTIONS)).linkOutcomeAction(null, form({ ...(await onTarget()), outcomeId: corrections.linkedOutcomeId }))),
  },
  [`${REVIEW_ACTIONS}#unlinkOutcomeAction`]: {
    access: "editor",
    call: async () => statusOf((await actionsOf(REVIEW_ACTIONS)).unlinkOutcomeAction(null, form({ ...(await onTarget()), outcomeId: corrections.otherOutcomeId }))),
  },
  [`${REVIEW_ACTIONS}#markTargetNotReportedAction`]: {
    access: "editor",
    call: async () => statusOf((await actionsOf(REVIEW_ACTIONS)).markTargetNotReportedAction(null, form(await onTarget()))),
  },
  [`${TARGET_ACTIONS}#updateTargetAction`]: {
    access: "editor",
    call: async () => statusOf((await actionsOf(TARGET_ACTIONS)).updateTargetAction(null, form({ ...(await onTarget()), value: "6100", headline: "true" }))),
  },
  [`${TARGET_ACTIONS}#updateOutcomeAction`]: {
    access: "editor",
    call: async () => statusOf((await actionsOf(TARGET_ACTIONS)).updateOutcomeAction(null, form({ ...(await onOutcome()), unit: "家" }))),
  },
  [`${TARGET_ACTIONS}#replaceOutcomeWithFinalAction`]: {
    access: "editor",
    call: async () =>
      statusOf((await actionsOf(TARGET_ACTIONS)).replaceOutcomeWithFinalAction(null, form({
        ...(await onOutcome()), value: "5200", sourceTitle: "统计公报", sourceUrl: "https://example.org/bulletin", sourceDate: "2022-03-01",
      }))),
  },
  [`${TARGET_ACTIONS}#revertChangeAction`]: {
    access: "editor",
    call: async () => statusOf((await actionsOf(TARGET_ACTIONS)).revertChangeAction(null, form({ ...(await onTarget()), eventId: corrections.eventId }))),
  },
  [`${DOCUMENT_ACTIONS}#createTargetFromSelectionAction`]: {
    access: "editor",
    call: async () =>
      statusOf((await actionsOf(DOCUMENT_ACTIONS)).createTargetFromSelectionAction(null, form({
        documentId: corrections.documentId, ...corrections.selection, indicator: "5G基站", measure: "new", operator: "eq", value: "25000",
        unit: "个", area: "innovation", headline: "false", reason: "matrix",
      }))),
  },
  [`${DOCUMENT_ACTIONS}#createOutcomeFromSelectionAction`]: {
    access: "editor",
    call: async () =>
      statusOf((await actionsOf(DOCUMENT_ACTIONS)).createOutcomeFromSelectionAction(null, form({
        documentId: corrections.documentId, ...corrections.selection, indicator: "5G基站", measure: "new", value: "25000",
        unit: "个", area: "innovation", headline: "false", preliminary: "false", reason: "matrix",
      }))),
  },
  "PATCH /api/v1/targets/[id]": {
    access: "editor",
    call: async (_fixtures, headers) => {
      const { PATCH } = (await import(/* @vite-ignore */ path.join(process.cwd(), "app/api/v1/targets/[id]/route.ts"))) as {
        PATCH: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
      };
      const id = String(corrections.targetId);
      const body = JSON.stringify({ version: await readVersion(getDb(), "target", corrections.targetId), changes: { unit: "家" }, reason: "matrix" });
      const request = new Request(`http://localhost/api/v1/targets/${id}`, { method: "PATCH", headers: { ...headers, "content-type": "application/json" }, body });
      return (await PATCH(request, { params: Promise.resolve({ id }) })).status;
    },
  },
  // Reads and exports (issue 8): any signed-in role, on the correction fixtures' year 2021.
  "GET /api/v1/scorecards/[year]": {
    access: "viewer",
    call: async (_fixtures, headers) => {
      const { GET } = await import("@/app/api/v1/scorecards/[year]/route");
      return (await GET(new Request("http://localhost/api/v1/scorecards/2021", { headers }), { params: Promise.resolve({ year: "2021" }) })).status;
    },
  },
  "GET /api/v1/targets": {
    access: "viewer",
    call: async (_fixtures, headers) =>
      (await (await handlerOf("app/api/v1/targets/route.ts", "GET"))(new Request("http://localhost/api/v1/targets?year=2021", { headers }))).status,
  },
  "GET /api/v1/targets/[id]": {
    access: "viewer",
    call: async (_fixtures, headers) => {
      const { GET } = await import("@/app/api/v1/targets/[id]/route");
      const id = String(corrections.targetId);
      return (await GET(new Request(`http://localhost/api/v1/targets/${id}`, { headers }), { params: Promise.resolve({ id }) })).status;
    },
  },
  "GET /api/v1/exports/scorecard": {
    access: "viewer",
    call: async (_fixtures, headers) => {
      const request = new Request("http://localhost/api/v1/exports/scorecard?year=2021&format=csv", { headers });
      const response = await (await handlerOf("app/api/v1/exports/scorecard/route.ts", "GET"))(request);
      await response.arrayBuffer();
      return response.status;
    },
  },
  "GET /api/v1/openapi.json": { access: "public", why: "the API's description; it holds no data" },
};

function listFiles(dir: string, name: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((file) => path.basename(file) === name)
    .map((file) => path.join(dir, file).split(path.sep).join("/"))
    .sort();
}

/** "app/(app)/x/[id]/route.ts" → "/x/[id]": route groups are not part of the URL. */
function urlPathOf(routeFile: string): string {
  return `/${routeFile.split("/").slice(1, -1).filter((segment) => !/^\(.*\)$/.test(segment)).join("/")}`;
}

async function discoverEndpoints(): Promise<string[]> {
  const keys: string[] = [];
  for (const file of listFiles("app", "route.ts")) {
    const module = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) if (method in module) keys.push(`${method} ${urlPathOf(file)}`);
  }
  for (const file of listFiles("app", "actions.ts")) {
    const module = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, unknown>;
    for (const name of Object.keys(module)) if (name.endsWith("Action")) keys.push(`${file}#${name}`);
  }
  return keys.sort();
}

/** Every table's full contents, as one digest per table. */
async function snapshot(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const digests: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await db.$queryRawUnsafe<Array<{ digest: string | null }>>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "public"."${tablename.replace(/"/g, '""')}" t`,
    );
    digests[tablename] = row.digest ?? "empty";
  }
  return digests;
}

type Caller = { label: string; role: Role | null; userId: number | null; headers: HeadersInit; bearer: boolean };

describe("authorization matrix", () => {
  let db: Db;
  let fixtures: Fixtures;
  const callers: Caller[] = [];

  beforeAll(async () => {
    // The actions and handlers use the app's own client (getDb), so it must point at this run's database.
    process.env.DATABASE_URL = inject("databaseUrl");
    db = getDb();
    await resetDatabase(db);
    const passwordHash = await hashPassword("matrix password 1");
    const ids = {} as Record<Role, number>;
    for (const role of ROLES) {
      ids[role] = (await db.user.create({ data: { email: `${role}@example.org`, name: role, role, passwordHash } })).id;
    }
    const target = await db.user.create({ data: { email: "target@example.org", name: "Target", role: "viewer", passwordHash } });
    const spare = await db.apiToken.create({
      data: { name: "spare", role: "viewer", tokenHash: hashApiToken(generateApiToken()), createdById: ids.admin },
    });
    const jurisdiction = await db.jurisdiction.create({ data: { code: "cn-matrix", name: "矩阵市" } });
    await db.policyArea.createMany({ data: POLICY_AREAS.map((area, order) => ({ ...area, order })) });
    const upload = await db.upload.create({
      data: { jurisdictionId: jurisdiction.id, fileName: "f.txt", contentType: "text/plain", byteSize: 1, sha256: "0".repeat(64), status: "done", progress: 100 },
    });
    fixtures = { targetUserId: target.id, spareTokenId: spare.id, jurisdictionId: jurisdiction.id, uploadId: upload.id };
    corrections = await createCorrectionFixtures(db, ids.admin);

    callers.push({ label: "anonymous", role: null, userId: null, headers: {}, bearer: false });
    for (const role of ROLES) callers.push({ label: role, role, userId: ids[role], headers: {}, bearer: false });
    for (const role of ROLES) {
      const token = generateApiToken();
      await db.apiToken.create({ data: { name: `${role} token`, role, tokenHash: hashApiToken(token), createdById: ids.admin } });
      // Touch each token once so its lastUsedAt does not change during the comparisons below.
      await findTokenPrincipal(db, token);
      callers.push({ label: `${role} token`, role, userId: null, headers: { authorization: `Bearer ${token}` }, bearer: true });
    }
    callers.push({ label: "unknown token", role: null, userId: null, headers: { authorization: `Bearer ${generateApiToken()}` }, bearer: true });
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("has an entry for every route handler and server action, and none for endpoints that are gone", async () => {
    expect(await discoverEndpoints()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [key, entry] of Object.entries(MATRIX)) {
    if (entry.access === "public") continue;
    const isRoute = !key.includes("#");
    it(`${key}: ${entry.access} and above only`, async () => {
      // Route handlers also take bearer tokens; server actions only ever see the session cookie.
      for (const caller of callers.filter((c) => isRoute || !c.bearer)) {
        session.userId = caller.userId;
        const before = await snapshot(db);
        const status = await entry.call(fixtures, caller.headers);
        const allowed = caller.role !== null && hasRole(caller.role, entry.access);
        const expected = allowed ? 200 : caller.role === null ? 401 : 403;
        expect(status, `${caller.label} calling ${key}`).toBe(expected);
        if (!allowed) expect(await snapshot(db), `${caller.label} calling ${key} changed the database`).toEqual(before);
      }
      session.userId = null;
    });
  }
});
