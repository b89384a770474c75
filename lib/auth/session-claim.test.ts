import { describe, expect, it } from "vitest";
import { sessionClaimOf } from "@/lib/auth/session-claim";

describe("the claim a session token makes", () => {
  it("reads the user from a JWT's subject or a session's id, with its password generation", () => {
    expect(sessionClaimOf({ sub: "7", sessionVersion: 2 })).toEqual({ userId: 7, sessionVersion: 2 });
    expect(sessionClaimOf({ id: "7", sessionVersion: 0 })).toEqual({ userId: 7, sessionVersion: 0 });
  });

  it("counts a token from before session versions as version 0, so it ends at the first reset", () => {
    expect(sessionClaimOf({ sub: "7" })).toEqual({ userId: 7, sessionVersion: 0 });
  });

  it("names nobody for a missing, malformed or non-positive user, or a malformed version", () => {
    for (const session of [null, undefined, {}, { sub: "" }, { sub: "abc" }, { sub: "0" }, { sub: "-3" }, { sub: "1.5" }, { sub: "7", sessionVersion: "2" }, { sub: "7", sessionVersion: 1.5 }]) {
      expect(sessionClaimOf(session), JSON.stringify(session)).toBeNull();
    }
  });
});
