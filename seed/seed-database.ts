import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import type { Role } from "@/lib/auth/roles";
import { ingestDocument } from "@/lib/ingest/ingest-document";
import { relinkJurisdiction } from "@/lib/links/relink";
import { POLICY_AREAS } from "@/lib/policy-areas";

const manifestSchema = z.object({
  jurisdictions: z.array(z.object({ code: z.string().min(1), name: z.string().min(1) })),
  documents: z.array(z.object({ file: z.string().min(1), jurisdiction: z.string().min(1), source: z.string().min(1) })),
});

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: "admin@yardstick.local", name: "Demo admin", role: "admin" },
  { email: "editor@yardstick.local", name: "Demo editor", role: "editor" },
  { email: "viewer@yardstick.local", name: "Demo viewer", role: "viewer" },
];

export type SeedOptions = {
  seedDir: string;
  /** Create the three demo accounts with this password; omit in production. */
  demoPassword?: string;
  log?: (line: string) => void;
};

export type SeedSummary = {
  documentsCreated: number;
  documentsReextracted: number;
  documentsKept: number;
  demoUsersCreated: number;
};

/**
 * Idempotent: reference data is upserted, documents are stored once per content hash and demo
 * users are created only when missing, so running it on every start changes nothing the second time.
 */
export async function seedDatabase(db: Db, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const manifest = manifestSchema.parse(
    JSON.parse(await fs.readFile(path.join(options.seedDir, "manifest.json"), "utf8")),
  );

  for (const [order, area] of POLICY_AREAS.entries()) {
    await db.policyArea.upsert({
      where: { code: area.code },
      update: { nameZh: area.nameZh, nameEn: area.nameEn, order },
      create: { ...area, order },
    });
  }

  const jurisdictionIds = new Map<string, number>();
  for (const jurisdiction of manifest.jurisdictions) {
    const row = await db.jurisdiction.upsert({
      where: { code: jurisdiction.code },
      update: {},
      create: jurisdiction,
    });
    jurisdictionIds.set(jurisdiction.code, row.id);
  }

  const summary: SeedSummary = { documentsCreated: 0, documentsReextracted: 0, documentsKept: 0, demoUsersCreated: 0 };
  for (const entry of manifest.documents) {
    const jurisdictionId = jurisdictionIds.get(entry.jurisdiction);
    if (jurisdictionId === undefined) {
      throw new Error(`seed/manifest.json: ${entry.file} names unknown jurisdiction "${entry.jurisdiction}"`);
    }
    const bytes = await fs.readFile(path.join(options.seedDir, entry.file));
    const result = await ingestDocument(db, { jurisdictionId, fileName: entry.file, bytes, source: entry.source });
    if (result.status === "created") summary.documentsCreated += 1;
    else if (result.status === "reextracted") summary.documentsReextracted += 1;
    else summary.documentsKept += 1;
  }
  // Linking is cheap and idempotent; running it every time also picks up matcher improvements.
  for (const jurisdictionId of jurisdictionIds.values()) {
    const years = await relinkJurisdiction(db, jurisdictionId);
    log(`Linked ${years.map((y) => `${y.year}: ${y.targets} targets, ${y.links} links`).join("; ")}`);
  }
  log(
    `Seed documents: ${summary.documentsCreated} ingested, ${summary.documentsReextracted} re-extracted, ` +
      `${summary.documentsKept} unchanged`,
  );

  if (options.demoPassword !== undefined) {
    // The password printed at start must be the one that works, so an existing demo account whose
    // password no longer matches YARDSTICK_DEMO_PASSWORD is brought back in line.
    for (const user of DEMO_USERS) {
      const existing = await db.user.findUnique({ where: { email: user.email } });
      if (existing && (await verifyPassword(options.demoPassword, existing.passwordHash))) continue;
      const passwordHash = await hashPassword(options.demoPassword);
      if (existing) {
        await db.user.update({ where: { id: existing.id }, data: { passwordHash } });
      } else {
        await db.user.create({ data: { ...user, passwordHash } });
        summary.demoUsersCreated += 1;
      }
    }
  }
  return summary;
}
