import { describe, expect, it } from "vitest";
import { isCacheablePageRequest, renderedPageKey, type PageRequest } from "@/lib/page-cache/policy";

function get(url: string, headers: Record<string, string> = {}, method = "GET"): PageRequest {
  const { pathname, search } = new URL(url, "http://yardstick.test");
  return { method, pathname, search, headers: new Headers(headers) };
}

describe("which requests the rendered-page cache answers", () => {
  it("takes whole-document GETs of the scorecard pages", () => {
    for (const url of ["/", "/?j=cn-beijing&page=2", "/years/2021", "/years/2021/science-technology?verdict=met", "/targets/42", "/documents/7", "/methodology"]) {
      expect(isCacheablePageRequest(get(url)), url).toBe(true);
    }
  });

  it("leaves editors' and admins' working pages, other methods and anything unexpected to be rendered", () => {
    for (const url of ["/review", "/uploads", "/admin", "/admin/api-tokens", "/login", "/years/abc", "/targets/12/edit", "/years/2021/x/y"]) {
      expect(isCacheablePageRequest(get(url)), url).toBe(false);
    }
    expect(isCacheablePageRequest(get("/years/2021", {}, "POST"))).toBe(false);
    expect(isCacheablePageRequest(get("/years/2021", {}, "HEAD"))).toBe(false);
  });

  it("renders client-side navigations, prefetches and server actions afresh (their payload depends on the router state)", () => {
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"]) {
      expect(isCacheablePageRequest(get("/years/2021", { [header]: "1" })), header).toBe(false);
    }
  });
});

describe("the key of a cached page", () => {
  it("separates roles and languages, and keeps the query string", () => {
    const request = get("/targets/42?from=review");
    const keys = new Set([
      renderedPageKey(request, { role: "viewer", locale: "zh-CN" }),
      renderedPageKey(request, { role: "editor", locale: "zh-CN" }),
      renderedPageKey(request, { role: "admin", locale: "zh-CN" }),
      renderedPageKey(request, { role: "viewer", locale: "en" }),
      renderedPageKey(get("/targets/42"), { role: "viewer", locale: "zh-CN" }),
    ]);
    expect(keys.size).toBe(5);
    expect(renderedPageKey(request, { role: "viewer", locale: "en" })).toBe(renderedPageKey(get("/targets/42?from=review"), { role: "viewer", locale: "en" }));
  });
});
