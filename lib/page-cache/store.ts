import { LRUCache } from "lru-cache";
import pg from "pg";

// Rendered pages kept by one server process, emptied on every committed data change.
//
// Rendering a scorecard page costs ~15–30 ms of CPU however fast its queries are (React and
// Next.js, bench/README.md "Scale"), while the data changes only when a document is ingested or an
// editor or admin acts. The migration `page_cache_invalidation` makes every statement that writes
// a table the cached pages read send a notification, delivered when its transaction commits and
// never on rollback. Each process listens and drops every page on each one. Caching happens only
// while the listener is connected: a process that could miss a change caches nothing.

export const DATA_CHANGED_CHANNEL = "yardstick_data_changed";

export type RenderedPage = { status: number; headers: Array<[string, string]>; body: Uint8Array<ArrayBuffer> };

/** Bounds the memory the cache may hold; a year page is ~300 kB, so this keeps a few hundred. */
const MAX_BYTES = 96 * 1024 * 1024;
const MAX_PAGE_BYTES = 4 * 1024 * 1024;
/**
 * How long a page is kept even when nothing changes. A page streams its 200 before it has
 * finished rendering, so one whose rendering failed half-way (a lost database connection) shows
 * its error boundary under a 200 like any other; it must not be served for longer than this.
 */
const DEFAULT_MAX_AGE_MS = 5 * 60 * 1_000;
const RECONNECT_DELAY_MS = 1_000;

export class RenderedPageStore {
  private readonly pages: LRUCache<string, RenderedPage>;
  private generationCount = 0;
  private listener: pg.Client | null = null;
  private listening = false;
  /** After a lost connection, when the next attempt may be made (each request would otherwise try). */
  private retryAfter = 0;

  constructor(
    private readonly databaseUrl: string,
    maxAgeMs = DEFAULT_MAX_AGE_MS,
  ) {
    this.pages = new LRUCache<string, RenderedPage>({
      maxSize: MAX_BYTES,
      sizeCalculation: (page) => page.body.byteLength + 1_024,
      ttl: maxAgeMs,
    });
  }

  /** Whether pages may be cached and served now: only while change notifications are arriving. */
  isActive(): boolean {
    this.listen();
    return this.listening;
  }

  /** Changes with every invalidation; a page rendered across one must not be kept. */
  get generation(): number {
    return this.generationCount;
  }

  get(key: string): RenderedPage | undefined {
    return this.isActive() ? this.pages.get(key) : undefined;
  }

  /** Keeps a page rendered since `generation` was read, unless the data changed meanwhile. */
  set(key: string, generation: number, page: RenderedPage): void {
    if (!this.listening || generation !== this.generationCount || page.body.byteLength > MAX_PAGE_BYTES) return;
    this.pages.set(key, page);
  }

  invalidate(): void {
    this.generationCount++;
    this.pages.clear();
  }

  get size(): number {
    return this.pages.size;
  }

  /** Connects the listener once; on any failure drops everything and tries again on a later request. */
  private listen(): void {
    if (this.listener || Date.now() < this.retryAfter) return;
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: "yardstick page cache" });
    this.listener = client;
    const lost = () => {
      if (this.listener !== client) return;
      this.listening = false;
      this.listener = null;
      this.retryAfter = Date.now() + RECONNECT_DELAY_MS;
      this.invalidate();
      client.end().catch(() => {});
    };
    client.on("notification", () => this.invalidate());
    client.on("error", lost);
    client.on("end", lost);
    client
      .connect()
      .then(() => client.query(`LISTEN "${DATA_CHANGED_CHANNEL}"`))
      .then(() => {
        if (this.listener !== client) return;
        // Whatever was rendered before the listener was up may predate a change it did not hear.
        this.invalidate();
        this.listening = true;
      }, lost);
  }

  /** Stops listening (tests, shutdown); the store then caches nothing. */
  async close(): Promise<void> {
    const client = this.listener;
    this.listener = null;
    this.listening = false;
    this.invalidate();
    await client?.end().catch(() => {});
  }
}

// One store per process, shared by the proxy (which answers from it) and the server actions (which
// empty it as soon as they commit, so an editor's next page shows the edit even before the
// notification arrives); the two are bundled separately, hence globalThis.
const globalForPages = globalThis as unknown as { yardstickRenderedPages?: RenderedPageStore | null };

/**
 * The process's store, or null when caching is switched off (YARDSTICK_PAGE_CACHE=off), in
 * development (an edited component must show on the next load) or without a database.
 */
export function renderedPages(): RenderedPageStore | null {
  if (globalForPages.yardstickRenderedPages !== undefined) return globalForPages.yardstickRenderedPages;
  const url = process.env.DATABASE_URL;
  const enabled = process.env.NODE_ENV === "production" && process.env.YARDSTICK_PAGE_CACHE !== "off" && Boolean(url);
  globalForPages.yardstickRenderedPages = enabled && url ? new RenderedPageStore(url) : null;
  return globalForPages.yardstickRenderedPages;
}

export function invalidateRenderedPages(): void {
  renderedPages()?.invalidate();
}
