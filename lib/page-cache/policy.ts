import type { Role } from "@/lib/auth/roles";

// Which requests the rendered-page cache may answer, and under which key. A cached page must
// depend on nothing but what the key holds: the URL, the reader's role (editors see editing
// controls) and language, and the data, whose every change empties the cache (store.ts).

/** The scorecard pages: read by everyone, rendered at a real cost, changed only by data changes. */
const CACHED_PATHS: ReadonlyArray<RegExp> = [
  /^\/$/,
  /^\/years\/\d{4}(?:\/[a-z-]+)?$/,
  /^\/targets\/\d+$/,
  /^\/documents\/\d+$/,
  /^\/methodology$/,
];

// Client-side navigations, prefetches and server actions ask for RSC payloads shaped by the
// client's router state; only whole documents are cached.
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action"];

/** Tells operators (and the browser tests) whether an answer came from the cache: "hit" or "miss". */
export const CACHE_STATUS_HEADER = "x-yardstick-page-cache";

export type PageRequest = {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
};

/** Whether the answer to this request may come from the cache (else it is rendered afresh). */
export function isCacheablePageRequest(request: PageRequest): boolean {
  return (
    request.method === "GET" &&
    CACHED_PATHS.some((path) => path.test(request.pathname)) &&
    !ROUTER_HEADERS.some((header) => request.headers.has(header))
  );
}

/** The cache key of a cacheable request for a signed-in reader. */
export function renderedPageKey(request: PageRequest, reader: { role: Role; locale: string }): string {
  return `${reader.role} ${reader.locale} ${request.pathname}${request.search}`;
}
