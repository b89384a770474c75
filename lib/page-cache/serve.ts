import { createHmac } from "node:crypto";
import type { NextRequest } from "next/server";
import type { SessionClaim } from "@/lib/auth/session-claim";
import { getDb } from "@/lib/db";
import { LOCALE_COOKIE, localeFromCookie } from "@/lib/i18n/locales";
import { CACHE_STATUS_HEADER, isCacheablePageRequest, renderedPageKey } from "@/lib/page-cache/policy";
import { renderedPages, type RenderedPage } from "@/lib/page-cache/store";
import { findActiveUser } from "@/lib/users/queries";

// The proxy's half of the rendered-page cache. A hit is answered here; a miss is rendered by this
// same server through a loopback request marked as internal (the proxy lets it through to the
// page) and kept while it streams back to the reader. Pages still check the session and role
// themselves; the cache adds one check of its own before it answers: the account is active now,
// and its role is part of the key.

const RENDER_HEADER = "x-yardstick-render";
// Set by the transport (and the encoding by Next.js again for each reader), not part of the page: never stored, never copied.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date"]);

/**
 * Proves a request came from a server of this deployment. Derived from the session secret, which
 * every instance shares, so a loopback request that lands on a sibling process (cluster) is let
 * through there too instead of being rendered again through the cache.
 */
function renderToken(): string | null {
  const secret = process.env.NEXTAUTH_SECRET;
  return secret ? createHmac("sha256", secret).update("yardstick internal render").digest("base64url") : null;
}

/** Where this process serves: `next start` puts its port in PORT; YARDSTICK_INTERNAL_ORIGIN overrides. */
function internalOrigin(): string | null {
  if (process.env.YARDSTICK_INTERNAL_ORIGIN) return process.env.YARDSTICK_INTERNAL_ORIGIN;
  return process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null;
}

function responseOf(page: RenderedPage, body: BodyInit | null, status: "hit" | "miss"): Response {
  const response = new Response(body, { status: page.status, headers: page.headers });
  response.headers.set(CACHE_STATUS_HEADER, status);
  return response;
}

/**
 * The answer to a signed-in reader's request from the cache, or through it on a miss; null when
 * the request is not for a cached page (or caching is off) and must go on to be rendered as usual.
 */
export async function answerFromRenderedPages(request: NextRequest, session: SessionClaim | null): Promise<Response | null> {
  const store = renderedPages();
  const token = renderToken();
  const origin = internalOrigin();
  if (!store || !token || !origin || session === null) return null;
  if (request.headers.get(RENDER_HEADER) === token) return null;
  const { pathname, search } = request.nextUrl;
  const pageRequest = { method: request.method, pathname, search, headers: request.headers };
  if (!isCacheablePageRequest(pageRequest) || !store.isActive()) return null;
  const reader = await findActiveUser(getDb(), session);
  if (!reader) return null;
  const key = renderedPageKey(pageRequest, { role: reader.role, locale: localeFromCookie(request.cookies.get(LOCALE_COOKIE)?.value) });

  const cached = store.get(key);
  if (cached) return responseOf(cached, cached.body, "hit");

  const generation = store.generation;
  const headers = new Headers(request.headers);
  headers.set(RENDER_HEADER, token);
  // The loopback answer is stored and re-sent, so it is asked for uncompressed.
  headers.set("accept-encoding", "identity");
  // fetch sends its own Host; the page learns the reader's from X-Forwarded-Host, as behind any proxy.
  if (!headers.has("x-forwarded-host") && request.headers.has("host")) headers.set("x-forwarded-host", request.headers.get("host") ?? "");
  headers.delete("host");
  let rendered: Response;
  try {
    rendered = await fetch(new URL(`${pathname}${search}`, origin), { headers, redirect: "manual", cache: "no-store" });
  } catch {
    return null;
  }
  const page: RenderedPage = {
    status: rendered.status,
    headers: [...rendered.headers].filter(([name]) => !HOP_BY_HOP.has(name)),
    body: new Uint8Array(),
  };
  // Only a plain success is kept: not a redirect, a not-found or an answer that sets a cookie.
  if (rendered.status !== 200 || rendered.headers.has("set-cookie") || !rendered.body) return responseOf(page, rendered.body, "miss");
  const [toReader, toStore] = rendered.body.tee();
  void new Response(toStore).arrayBuffer().then(
    (body) => store.set(key, generation, { ...page, body: new Uint8Array(body) }),
    () => {},
  );
  return responseOf(page, toReader, "miss");
}
