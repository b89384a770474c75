-- AlterTable. Written by hand around Prisma's output: the column is added empty, filled for the
-- documents already stored (the same hash lib/ingest computes: SHA-256 of the text as UTF-8, hex),
-- and only then made NOT NULL, so databases with documents migrate too.
ALTER TABLE "SourceDocument" ADD COLUMN     "textSha256" TEXT;
UPDATE "SourceDocument" SET "textSha256" = encode(sha256(convert_to("text", 'UTF8')), 'hex');
ALTER TABLE "SourceDocument" ALTER COLUMN "textSha256" SET NOT NULL;

-- CreateIndex
CREATE INDEX "SourceDocument_textSha256_idx" ON "SourceDocument"("textSha256");
