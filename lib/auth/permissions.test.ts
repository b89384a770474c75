import { describe, expect, it } from "vitest";
import { z } from "zod";
import { admit, canAdminister, canEdit, requireRole, type Principal } from "@/lib/auth/permissions";
import { ROLES, type Role } from "@/lib/auth/roles";
import { formatThrottledError, parseThrottledError } from "@/lib/auth/sign-in-errors";

const as = (role: Role): Principal => ({ id: 1, email: `${role}@example.org`, name: role, role });

describe("requireRole", () => {
  it("answers 401 for nobody, 403 below the role and the principal at or above it", () => {
    expect(requireRole(null, "viewer")).toMatchObject({ ok: false, status: 401 });
    for (const required of ROLES) {
      for (const actual of ROLES) {
        const access = requireRole(as(actual), required);
        const allowed = ROLES.indexOf(actual) >= ROLES.indexOf(required);
        expect(access, `${actual} asking for ${required}`).toEqual(
          allowed ? { ok: true, principal: as(actual) } : expect.objectContaining({ ok: false, status: 403 }),
        );
      }
    }
  });

  it("lets editors and admins edit, and only admins administer", () => {
    expect(ROLES.map((role) => canEdit(as(role)))).toEqual([false, true, true]);
    expect(ROLES.map((role) => canAdminister(as(role)))).toEqual([false, false, true]);
  });
});

describe("admit", () => {
  const schema = z.object({ id: z.coerce.number().int().positive() });

  it("checks the role before the input, then hands back the parsed input", () => {
    expect(admit(null, "editor", schema, { id: "x" })).toMatchObject({ ok: false, status: 401 });
    expect(admit(as("viewer"), "editor", schema, { id: "x" })).toMatchObject({ ok: false, status: 403 });
    expect(admit(as("editor"), "editor", schema, { id: "x" })).toMatchObject({ ok: false, status: 400, fieldErrors: { id: expect.any(Array) } });
    expect(admit(as("admin"), "editor", schema, { id: "7" })).toEqual({ ok: true, principal: as("admin"), data: { id: 7 } });
  });
});

describe("the throttled sign-in error", () => {
  it("carries the retry time from authorize() to the login form", () => {
    const retryAt = new Date("2026-03-01T09:15:00Z");
    expect(parseThrottledError(formatThrottledError(retryAt))).toEqual(retryAt);
    expect(parseThrottledError("CredentialsSignin")).toBeNull();
  });
});
