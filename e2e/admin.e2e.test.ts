import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl, browserAvailable, logIn, logInAs, saveScreenshot, useBrowser } from "@/e2e/browser";
import type { Db } from "@/lib/db";
import { connectTestDatabase } from "@/tests/database";

/** The id Next.js gave a server action in this build, as its client would send it. */
function findActionId(exportedName: string): string {
  const manifestFile = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const id = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && entry.filename?.endsWith("admin/actions.ts"),
  )?.[0];
  if (!id) throw new Error(`no server action ${exportedName} in ${manifestFile}`);
  return id;
}

/**
 * Calls a `(previousState, formData)` server action the way React's client does (the arguments
 * encoded as multipart: form 1's fields carry the "_1_" prefix, then "0" holds [null, reference
 * to form 1]) and returns the RSC response text, which holds the action's result.
 */
async function postAction(page: Page, actionName: string, fields: Record<string, string>): Promise<{ status: number; body: string }> {
  // A FormData keeps this order (an object would put "0" first); React reads "0" as soon as it arrives.
  const multipart = new FormData();
  for (const [key, value] of Object.entries(fields)) multipart.append(`_1_${key}`, value);
  multipart.append("0", JSON.stringify([null, "$K1"]));
  const response = await page.request.post(appUrl("/admin"), {
    headers: { "Next-Action": findActionId(actionName), Accept: "text/x-component", Origin: appUrl("") },
    multipart,
  });
  return { status: response.status(), body: await response.text() };
}

describe.skipIf(!browserAvailable)("accounts and roles in Chromium", () => {
  const openPage = useBrowser();
  let db: Db;
  // Anything the Content-Security-Policy blocks shows up as a console error; there must be none.
  const cspViolations: string[] = [];
  const newPage = async () => {
    const page = await openPage();
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    return page;
  };

  beforeAll(() => {
    db = connectTestDatabase();
  });
  afterAll(async () => {
    await db?.$disconnect();
  });

  it("sends security headers with every page", async () => {
    const response = await fetch(appUrl("/login"));
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("x-powered-by")).toBeNull();
  });

  it("lets an admin create a user, shows the password once, and cuts off the user's live session on a password reset and when disabled", async () => {
    const admin = await newPage();
    await logInAs(admin, "admin@yardstick.local");
    await admin.goto(appUrl("/admin"));
    await admin.getByRole("heading", { name: /Users/ }).waitFor();
    await admin.getByLabel(/Email/).fill("analyst@yardstick.local");
    await admin.getByLabel(/Name/).fill("New analyst");
    await admin.getByRole("button", { name: /Create user/ }).click();
    const secret = admin.getByTestId("one-time-secret");
    await secret.waitFor();
    const password = (await secret.textContent())?.trim() ?? "";
    expect(password.length).toBeGreaterThanOrEqual(12);
    await saveScreenshot(admin, "admin-users");

    // Shown once: a fresh load of the page does not show it again.
    await admin.reload();
    await admin.getByRole("heading", { name: /Users/ }).waitFor();
    expect(await admin.getByTestId("one-time-secret").count()).toBe(0);
    expect(await admin.content()).not.toContain(password);

    const analyst = await newPage();
    await logInAs(analyst, "analyst@yardstick.local", password);

    const row = admin.getByTestId("user-row").filter({ hasText: "analyst@yardstick.local" });
    // A reset ends the session opened with the old password; the new password opens a new one.
    await row.getByRole("button", { name: /Reset password/ }).click();
    const resetSecret = row.getByTestId("one-time-secret");
    await resetSecret.waitFor();
    const newPassword = (await resetSecret.textContent())?.trim() ?? "";
    expect(newPassword).not.toBe(password);
    await analyst.goto(appUrl("/"));
    await analyst.waitForURL((url) => url.pathname === "/login");
    expect((await analyst.request.get(appUrl("/api/v1/me"))).status()).toBe(401);
    await logInAs(analyst, "analyst@yardstick.local", newPassword);
    expect((await analyst.request.get(appUrl("/api/v1/me"))).status()).toBe(200);

    await row.getByRole("button", { name: /Disable/ }).click();
    await row.getByRole("button", { name: /Enable/ }).waitFor();
    // The page's own session check redirects; it may arrive in the stream, after the first byte.
    await analyst.goto(appUrl("/"));
    await analyst.waitForURL((url) => url.pathname === "/login");
    expect((await analyst.request.get(appUrl("/api/v1/me"))).status()).toBe(401);
  });

  it("shows a viewer no admin controls, refuses /admin, and refuses the viewer's direct calls to admin actions", async () => {
    const viewer = await newPage();
    await logInAs(viewer, "viewer@yardstick.local");
    expect(await viewer.locator('a[href^="/admin"]').count()).toBe(0);
    expect(await viewer.getByRole("button", { name: /Edit|Create|Disable|Reset|Revoke/ }).count()).toBe(0);

    await viewer.goto(appUrl("/admin"));
    expect(new URL(viewer.url()).pathname).toBe("/");
    await viewer.goto(appUrl("/admin/api-tokens"));
    expect(new URL(viewer.url()).pathname).toBe("/");

    const me = await viewer.request.get(appUrl("/api/v1/me"));
    expect(await me.json()).toMatchObject({ email: "viewer@yardstick.local", role: "viewer", via: "session" });

    const viewerRow = await db.user.findUniqueOrThrow({ where: { email: "viewer@yardstick.local" } });
    const usersBefore = await db.user.findMany({ orderBy: { id: "asc" } });
    const tokensBefore = await db.apiToken.count();
    const promote = await postAction(viewer, "changeUserRoleAction", { userId: String(viewerRow.id), role: "admin" });
    expect(promote.body).toContain('"status":403');
    const create = await postAction(viewer, "createUserAction", { email: "sneaky@yardstick.local", name: "Sneaky", role: "admin" });
    expect(create.body).toContain('"status":403');
    const token = await postAction(viewer, "createApiTokenAction", { name: "sneaky", role: "admin" });
    expect(token.body).toContain('"status":403');
    expect(await db.user.findMany({ orderBy: { id: "asc" } })).toEqual(usersBefore);
    expect(await db.apiToken.count()).toBe(tokensBefore);

    // The same request with an admin's cookie works, so the refusals above are the role check's.
    const admin = await newPage();
    await logInAs(admin, "admin@yardstick.local");
    const created = await postAction(admin, "createApiTokenAction", { name: "e2e token", role: "viewer" });
    expect(created.body).toContain('"ok":true');
    const bearer = /"token":"(ys_[\w-]+)"/.exec(created.body)?.[1];
    expect(bearer).toBeDefined();
    const viaToken = await fetch(appUrl("/api/v1/me"), { headers: { authorization: `Bearer ${bearer}` } });
    expect(await viaToken.json()).toMatchObject({ email: "admin@yardstick.local", role: "viewer", via: "token" });
  });

  it("ran every page above without a Content-Security-Policy violation", () => {
    expect(cspViolations).toEqual([]);
  });

  it("refuses a sixth sign-in within 15 minutes and says so on the form", async () => {
    const page = await newPage();
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await logIn(page, "locked@yardstick.local", `wrong password ${attempt}`);
      const alert = page.locator("form").getByRole("alert");
      await alert.waitFor();
      const text = (await alert.textContent()) ?? "";
      expect(text, `attempt ${attempt}`).toMatch(attempt <= 5 ? /Wrong email or password/ : /Too many failed sign-ins\. Try again in 15 minutes/);
    }
  });
});
