// Shared by the page benchmarks (bench/pages, bench/scale/http.ts): sign in as the demo viewer the
// way the login form does, and measure one page with autocannon. The app itself is served by
// tests/next-app.ts, as for the browser tests.
import autocannon from "autocannon";

export const DEMO_PASSWORD = process.env.YARDSTICK_DEMO_PASSWORD ?? "yardstick-demo";

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

/** Signs in through next-auth's credentials callback, as the login form does; returns the session cookie. */
export async function signIn(baseUrl: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email: "viewer@yardstick.local", password: DEMO_PASSWORD, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (HTTP ${response.status})`);
  return session;
}

/** The value at `share` (0–1) of an ascending list, nearest-rank. */
function percentile(sorted: number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

/** Requests the page `count` times one after another (refusing anything but 200); returns the response size. */
export async function warmUp(url: string, cookie: string, count: number): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    if (response.status !== 200) throw new Error(`${url} answered ${response.status} to a signed-in viewer`);
    bytes = (await response.arrayBuffer()).byteLength;
  }
  return bytes;
}

/**
 * autocannon against `url` for `seconds` at `connections` concurrent requests. Latencies are every
 * response's time, so the percentiles are exact. `timeout`: seconds before a request counts as timed out.
 */
export async function measurePage(url: string, cookie: string, options: { connections: number; seconds: number; timeout?: number }) {
  const times: number[] = [];
  const run = autocannon({ url, connections: options.connections, duration: options.seconds, headers: { cookie }, timeout: options.timeout });
  run.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await run;
  times.sort((a, b) => a - b);
  const round = (ms: number) => Number(ms.toFixed(1));
  return {
    requests: times.length, requestsPerSecond: round(times.length / options.seconds),
    medianMs: round(percentile(times, 0.5)), p95Ms: round(percentile(times, 0.95)), p99Ms: round(percentile(times, 0.99)),
    maxMs: round(times.at(-1) ?? 0), non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
  };
}
