-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('viewer', 'editor', 'admin');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('government_work_report', 'plan_report', 'budget_report');

-- CreateEnum
CREATE TYPE "Measure" AS ENUM ('growth', 'level', 'new', 'ratio', 'change');

-- CreateEnum
CREATE TYPE "Operator" AS ENUM ('gte', 'lte', 'approx', 'eq', 'qualitative');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('met', 'partly_met', 'missed', 'not_reported', 'pending', 'needs_review');

-- CreateEnum
CREATE TYPE "Origin" AS ENUM ('machine', 'editor');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('stored', 'ingested', 'failed');

-- CreateTable
CREATE TABLE "Jurisdiction" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Jurisdiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" SERIAL NOT NULL,
    "jurisdictionId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "source" TEXT,
    "sha256" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'stored',
    "statusMessage" TEXT,
    "uploadedById" INTEGER,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ingestedAt" TIMESTAMP(3),
    "extractorVersion" TEXT,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "jurisdictionId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "title" TEXT NOT NULL,
    "deliveredOn" DATE,
    "reviewYear" INTEGER,
    "planYear" INTEGER,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sections" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyArea" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "PolicyArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "jurisdictionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "indicator" TEXT NOT NULL,
    "measure" "Measure" NOT NULL,
    "operator" "Operator" NOT NULL,
    "value" DECIMAL(24,6),
    "unit" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "headline" BOOLEAN NOT NULL DEFAULT false,
    "implied" BOOLEAN NOT NULL DEFAULT false,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "origin" "Origin" NOT NULL DEFAULT 'machine',
    "extractionKey" TEXT,
    "lockedFields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "verdict" "Verdict" NOT NULL DEFAULT 'pending',
    "verdictWhy" TEXT NOT NULL DEFAULT '',
    "verdictOrigin" "Origin" NOT NULL DEFAULT 'machine',
    "conflict" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "jurisdictionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "indicator" TEXT NOT NULL,
    "measure" "Measure" NOT NULL,
    "value" DECIMAL(24,6),
    "unit" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "headline" BOOLEAN NOT NULL DEFAULT false,
    "preliminary" BOOLEAN NOT NULL DEFAULT false,
    "cumulative" BOOLEAN NOT NULL DEFAULT false,
    "statedTarget" JSONB,
    "finalSource" JSONB,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "origin" "Origin" NOT NULL DEFAULT 'machine',
    "extractionKey" TEXT,
    "lockedFields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Link" (
    "id" SERIAL NOT NULL,
    "targetId" INTEGER NOT NULL,
    "outcomeId" INTEGER NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "why" TEXT NOT NULL,
    "origin" "Origin" NOT NULL DEFAULT 'machine',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Jurisdiction_code_key" ON "Jurisdiction"("code");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_sha256_key" ON "SourceDocument"("sha256");

-- CreateIndex
CREATE INDEX "SourceDocument_jurisdictionId_idx" ON "SourceDocument"("jurisdictionId");

-- CreateIndex
CREATE INDEX "Report_jurisdictionId_reviewYear_idx" ON "Report"("jurisdictionId", "reviewYear");

-- CreateIndex
CREATE INDEX "Report_jurisdictionId_planYear_idx" ON "Report"("jurisdictionId", "planYear");

-- CreateIndex
CREATE UNIQUE INDEX "Report_documentId_ordinal_key" ON "Report"("documentId", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyArea_code_key" ON "PolicyArea"("code");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyArea_nameZh_key" ON "PolicyArea"("nameZh");

-- CreateIndex
CREATE INDEX "Target_jurisdictionId_year_areaId_idx" ON "Target"("jurisdictionId", "year", "areaId");

-- CreateIndex
CREATE INDEX "Target_jurisdictionId_year_verdict_idx" ON "Target"("jurisdictionId", "year", "verdict");

-- CreateIndex
CREATE UNIQUE INDEX "Target_reportId_extractionKey_key" ON "Target"("reportId", "extractionKey");

-- CreateIndex
CREATE INDEX "Outcome_jurisdictionId_year_areaId_idx" ON "Outcome"("jurisdictionId", "year", "areaId");

-- CreateIndex
CREATE UNIQUE INDEX "Outcome_reportId_extractionKey_key" ON "Outcome"("reportId", "extractionKey");

-- CreateIndex
CREATE INDEX "Link_outcomeId_idx" ON "Link"("outcomeId");

-- CreateIndex
CREATE UNIQUE INDEX "Link_targetId_outcomeId_key" ON "Link"("targetId", "outcomeId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- AddForeignKey
ALTER TABLE "SourceDocument" ADD CONSTRAINT "SourceDocument_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceDocument" ADD CONSTRAINT "SourceDocument_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "PolicyArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "PolicyArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Link" ADD CONSTRAINT "Link_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Link" ADD CONSTRAINT "Link_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
