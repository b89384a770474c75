// The part of autocannon 9's API the page benchmarks use (bench/signed-in-app.ts; the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  // timeout: seconds before a request counts as timed out (default 10; the scale benchmark needs longer).
  type Options = { url: string; connections?: number; duration?: number; headers?: Record<string, string>; timeout?: number };
  type Result = { non2xx: number; errors: number; timeouts: number };
  type Instance = EventEmitter & PromiseLike<Result>;

  export default function autocannon(options: Options): Instance;
}
