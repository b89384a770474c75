import pg from "pg";
import { hashPassword } from "@/lib/auth/passwords";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";
import { hashBytes } from "@/lib/ingest/content-hash";
import { POLICY_AREAS } from "@/lib/policy-areas";
import { DEMO_USERS } from "@/seed/seed-database";
import { generateJurisdiction, jurisdictionAt, type CorpusOptions } from "./corpus";

// Writes the synthetic corpus through the migrated tables with multi-row INSERT … SELECT FROM
// unnest(…): one statement per table per batch instead of one round trip per row, which is what
// makes ~190 000 targets load in about a minute rather than an hour through Prisma.

export type LoadOptions = CorpusOptions & {
  jurisdictions: number;
  /** Empty the corpus tables first; without it a database that already holds targets is refused. */
  reset: boolean;
  demoPassword: string;
  prose: readonly string[];
  log: (line: string) => void;
};

export type LoadSummary = {
  jurisdictions: number; documents: number; targets: number; outcomes: number; links: number;
  textChars: number; seconds: number; insertSeconds: number;
};

type ColumnType = "int" | "text" | "numeric" | "float8" | "bool" | "date" | "jsonb" | "timestamp";
/** A column as written: its array type for unnest, and a cast for enum columns. */
type Column = { name: string; type: ColumnType; cast?: string };

/** Rows of one table collected column by column, written in one statement. */
class Batch {
  private values: unknown[][];
  constructor(private table: string, private columns: Column[], private extra: Record<string, string> = {}) {
    this.values = columns.map(() => []);
  }
  get size() {
    return this.values[0].length;
  }
  add(row: unknown[]) {
    row.forEach((value, index) => this.values[index].push(value));
  }
  /** The INSERT for the rows so far, and a fresh empty batch for what comes next. */
  take(): { text: string; values: unknown[][] } | null {
    if (this.size === 0) return null;
    const names = [...this.columns.map((column) => column.name), ...Object.keys(this.extra)];
    const selected = [
      ...this.columns.map((column) => `u."${column.name}"${column.cast ? `::${column.cast}` : ""}`),
      ...Object.values(this.extra),
    ];
    const unnest = this.columns.map((column, index) => `$${index + 1}::${column.cast ? "text" : column.type}[]`).join(", ");
    const alias = this.columns.map((column) => `"${column.name}"`).join(", ");
    const statement = {
      text: `INSERT INTO "${this.table}" (${names.map((name) => `"${name}"`).join(", ")}) SELECT ${selected.join(", ")} FROM unnest(${unnest}) AS u(${alias})`,
      values: this.values,
    };
    this.values = this.columns.map(() => []);
    return statement;
  }
}

const col = (name: string, type: ColumnType, cast?: string): Column => ({ name, type, cast });
const NOW = { updatedAt: "now()" };
const ITEM_COLUMNS = [
  col("id", "int"), col("reportId", "int"), col("jurisdictionId", "int"), col("year", "int"), col("areaId", "int"),
  col("indicator", "text"), col("measure", "text", '"Measure"'), col("value", "numeric"), col("unit", "text"), col("raw", "text"),
  col("headline", "bool"), col("start", "int"), col("end", "int"), col("quote", "text"), col("confidence", "float8"),
  col("extractionKey", "text"),
];

function createBatches() {
  return {
    documents: new Batch("SourceDocument", [
      col("id", "int"), col("jurisdictionId", "int"), col("fileName", "text"), col("source", "text"), col("sha256", "text"),
      col("encoding", "text"), col("byteSize", "int"), col("text", "text"), col("textSha256", "text"), col("status", "text", '"DocumentStatus"'),
      col("uploadedAt", "timestamp"), col("ingestedAt", "timestamp"), col("extractorVersion", "text"),
    ]),
    reports: new Batch("Report", [
      col("id", "int"), col("documentId", "int"), col("jurisdictionId", "int"), col("ordinal", "int"), col("kind", "text", '"ReportKind"'),
      col("title", "text"), col("deliveredOn", "date"), col("reviewYear", "int"), col("planYear", "int"), col("start", "int"),
      col("end", "int"), col("sections", "jsonb"),
    ]),
    targets: new Batch("Target", [
      ...ITEM_COLUMNS, col("operator", "text", '"Operator"'), col("verdict", "text", '"Verdict"'), col("verdictWhy", "text"),
    ], NOW),
    outcomes: new Batch("Outcome", [...ITEM_COLUMNS, col("preliminary", "bool"), col("cumulative", "bool")], NOW),
    links: new Batch("Link", [
      col("targetId", "int"), col("outcomeId", "int"), col("verdict", "text", '"Verdict"'), col("confidence", "float8"), col("why", "text"),
    ], NOW),
  };
}

/** Targets per batch: a few thousand rows keep each statement well under a second and memory flat. */
const BATCH_TARGETS = 6_000;
// The summaries have no foreign key to cascade from Target, so they are emptied by name too.
const CORPUS_TABLES = [
  "Link", "LinkRejection", "Target", "Outcome", "Report", "Upload", "SourceDocument", "AuditEvent", "Jurisdiction", "ScorecardSummary", "ReportSummary",
];

async function prepare(client: pg.Client, options: LoadOptions): Promise<Map<string, number>> {
  const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Target"`);
  if (rows[0].count > 0 && !options.reset) {
    throw new Error(`the database already holds ${rows[0].count} targets: pass --reset to replace them`);
  }
  if (options.reset) await client.query(`TRUNCATE ${CORPUS_TABLES.map((table) => `"${table}"`).join(", ")} RESTART IDENTITY CASCADE`);

  for (const [order, area] of POLICY_AREAS.entries()) {
    await client.query(
      `INSERT INTO "PolicyArea" ("code", "nameZh", "nameEn", "order") VALUES ($1, $2, $3, $4)
       ON CONFLICT ("code") DO UPDATE SET "nameZh" = excluded."nameZh", "nameEn" = excluded."nameEn", "order" = excluded."order"`,
      [area.code, area.nameZh, area.nameEn, order],
    );
  }
  // The page benchmarks sign in as the demo viewer, exactly as on a seeded database.
  const passwordHash = await hashPassword(options.demoPassword);
  for (const user of DEMO_USERS) {
    await client.query(
      `INSERT INTO "User" ("email", "name", "role", "passwordHash", "updatedAt") VALUES ($1, $2, $3::"Role", $4, now())
       ON CONFLICT ("email") DO UPDATE SET "passwordHash" = excluded."passwordHash", "disabled" = false`,
      [user.email, user.name, user.role, passwordHash],
    );
  }
  const areas = await client.query<{ id: number; code: string }>(`SELECT "id", "code" FROM "PolicyArea"`);
  return new Map(areas.rows.map((row) => [row.code, row.id]));
}

export async function loadCorpus(url: string, options: LoadOptions): Promise<LoadSummary> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const summary: LoadSummary = { jurisdictions: 0, documents: 0, targets: 0, outcomes: 0, links: 0, textChars: 0, seconds: 0, insertSeconds: 0 };
  try {
    const areaIds = await prepare(client, options);
    const areaId = (code: string) => areaIds.get(code) ?? 0;
    await client.query("BEGIN");
    let batches = createBatches();
    // One batch is written while the next is generated: Postgres and Node each keep a core busy.
    let inFlight: Promise<void> = Promise.resolve();
    const flush = async () => {
      await inFlight;
      const statements = Object.values(batches).map((batch) => batch.take()).filter((statement) => statement !== null);
      batches = createBatches();
      inFlight = (async () => {
        const insertStarted = performance.now();
        for (const statement of statements) await client.query(statement);
        summary.insertSeconds += (performance.now() - insertStarted) / 1000;
      })();
      // Marked as handled now; the error still surfaces where inFlight is awaited.
      inFlight.catch(() => {});
    };

    let documentId = 0;
    let targetId = 0;
    let outcomeId = 0;
    for (let index = 0; index < options.jurisdictions; index++) {
      const jurisdiction = jurisdictionAt(index);
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO "Jurisdiction" ("code", "name") VALUES ($1, $2) RETURNING "id"`, [jurisdiction.code, jurisdiction.name],
      );
      const jurisdictionId = rows[0].id;
      summary.jurisdictions += 1;
      let previousTargetIds: number[] = [];
      for (const document of generateJurisdiction(options, index, options.prose)) {
        documentId += 1;
        const bytes = Buffer.from(document.text, "utf8");
        const uploadedAt = new Date(`${document.deliveredOn}T08:00:00Z`);
        // Stored as UTF-8, so the bytes' hash is also the text's.
        const sha256 = hashBytes(bytes);
        batches.documents.add([
          documentId, jurisdictionId, document.fileName, document.source, sha256,
          "utf-8", bytes.byteLength, document.text, sha256, "ingested", uploadedAt, uploadedAt, EXTRACTOR_VERSION,
        ]);
        // One report per document, whose id is the document's (both count up from 1 together).
        batches.reports.add([
          documentId, documentId, jurisdictionId, 0, "government_work_report", document.title, document.deliveredOn,
          document.year - 1, document.year, 0, document.text.length, JSON.stringify(document.sections),
        ]);
        const targetIds = document.targets.map((target) => {
          targetId += 1;
          batches.targets.add([
            targetId, documentId, jurisdictionId, document.year, areaId(target.area), target.indicator, target.measure,
            target.value === null ? null : String(target.value), target.unit, target.raw, target.headline, target.start, target.end,
            target.quote, target.confidence, `${target.start}-${target.end}`, target.operator, target.verdict, target.verdictWhy,
          ]);
          return targetId;
        });
        const outcomeIds = document.outcomes.map((outcome) => {
          outcomeId += 1;
          batches.outcomes.add([
            outcomeId, documentId, jurisdictionId, document.year - 1, areaId(outcome.area), outcome.indicator, outcome.measure,
            outcome.value === null ? null : String(outcome.value), outcome.unit, outcome.raw, outcome.headline, outcome.start, outcome.end,
            outcome.quote, outcome.confidence, `${outcome.start}-${outcome.end}`, outcome.preliminary, outcome.cumulative,
          ]);
          return outcomeId;
        });
        for (const link of document.links) {
          batches.links.add([previousTargetIds[link.targetIndex], outcomeIds[link.outcomeIndex], link.verdict, link.confidence, link.why]);
        }
        summary.documents += 1;
        summary.targets += targetIds.length;
        summary.outcomes += outcomeIds.length;
        summary.links += document.links.length;
        summary.textChars += document.text.length;
        previousTargetIds = targetIds;
        if (batches.targets.size >= BATCH_TARGETS) await flush();
      }
      options.log(`${jurisdiction.name}: ${summary.documents} documents, ${summary.targets} targets so far`);
    }
    await flush();
    await inFlight;
    // Explicit ids were written, so the sequences must move past them for the app's own inserts.
    for (const table of ["SourceDocument", "Report", "Target", "Outcome"]) {
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT coalesce(max("id"), 1) FROM "${table}"))`);
    }
    await client.query("COMMIT");
    // Fresh statistics, so the first benchmark does not plan against an empty table.
    await client.query("ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
