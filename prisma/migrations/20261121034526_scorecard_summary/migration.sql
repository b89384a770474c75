-- CreateTable
CREATE TABLE "ScorecardSummary" (
    "jurisdictionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "areaId" INTEGER NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "targets" INTEGER NOT NULL DEFAULT 0,
    "withResult" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ScorecardSummary_pkey" PRIMARY KEY ("jurisdictionId","year","areaId","verdict")
);

-- CreateTable
CREATE TABLE "ReportSummary" (
    "reportId" INTEGER NOT NULL,
    "targets" INTEGER NOT NULL DEFAULT 0,
    "outcomes" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportSummary_pkey" PRIMARY KEY ("reportId")
);

-- AddForeignKey
ALTER TABLE "ReportSummary" ADD CONSTRAINT "ReportSummary_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand below this line (Prisma does not model triggers). The two summaries are kept in
-- step with Target, Outcome and Link by triggers, inside the writing transaction, whoever writes:
-- ingestion, re-linking, editors' corrections or a cascade. Inserts are counted per statement (a
-- createMany of 300 targets is one grouped upsert). A target's updates and deletes are counted per
-- row, because whether it has a result depends on its links as they are at that moment.

CREATE FUNCTION "scorecard_summary_add"(j INTEGER, y INTEGER, a INTEGER, v "Verdict", d_targets INTEGER, d_with_result INTEGER)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ScorecardSummary" AS s ("jurisdictionId", "year", "areaId", "verdict", "targets", "withResult")
  VALUES (j, y, a, v, d_targets, d_with_result)
  ON CONFLICT ("jurisdictionId", "year", "areaId", "verdict")
  DO UPDATE SET "targets" = s."targets" + excluded."targets", "withResult" = s."withResult" + excluded."withResult";
$$;

-- New targets have no links yet (a link needs its target first), so they add to targets only.
CREATE FUNCTION "scorecard_summary_target_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ScorecardSummary" AS s ("jurisdictionId", "year", "areaId", "verdict", "targets", "withResult")
  SELECT "jurisdictionId", "year", "areaId", "verdict", count(*), 0 FROM new_rows GROUP BY 1, 2, 3, 4
  ON CONFLICT ("jurisdictionId", "year", "areaId", "verdict") DO UPDATE SET "targets" = s."targets" + excluded."targets";
  RETURN NULL;
END $$;

-- Moves a target between groups when its jurisdiction, year, area or verdict changes, and takes it
-- out on delete: BEFORE DELETE, while its links (removed by the cascade) still say it had a result.
CREATE FUNCTION "scorecard_summary_target_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "scorecard_summary_add"(OLD."jurisdictionId", OLD."year", OLD."areaId", OLD."verdict", -1,
    -(EXISTS (SELECT 1 FROM "Link" WHERE "targetId" = OLD."id"))::int);
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  PERFORM "scorecard_summary_add"(NEW."jurisdictionId", NEW."year", NEW."areaId", NEW."verdict", 1,
    (EXISTS (SELECT 1 FROM "Link" WHERE "targetId" = NEW."id"))::int);
  RETURN NEW;
END $$;

-- A target counts as having a result from its first link to its last. Per statement, because a
-- statement can add or remove several links of one target (row triggers would all see the final
-- state and count it several times). The targets are locked first, in id order, so concurrent
-- writers of one target's links take turns and the next statement (a fresh snapshot) decides
-- "first" and "last" on committed data. A target already deleted here (a cascade) was taken out
-- by its own delete trigger and is not found.
CREATE FUNCTION "scorecard_summary_links"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM 1 FROM "Target" WHERE "id" IN (SELECT "targetId" FROM new_rows) ORDER BY "id" FOR NO KEY UPDATE;
    INSERT INTO "ScorecardSummary" AS s ("jurisdictionId", "year", "areaId", "verdict", "targets", "withResult")
    SELECT t."jurisdictionId", t."year", t."areaId", t."verdict", 0, count(*)
    FROM "Target" t
    WHERE t."id" IN (SELECT "targetId" FROM new_rows)
      AND NOT EXISTS (SELECT 1 FROM "Link" l WHERE l."targetId" = t."id" AND l."id" NOT IN (SELECT "id" FROM new_rows))
    GROUP BY 1, 2, 3, 4
    ON CONFLICT ("jurisdictionId", "year", "areaId", "verdict") DO UPDATE SET "withResult" = s."withResult" + excluded."withResult";
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM 1 FROM "Target" WHERE "id" IN (SELECT "targetId" FROM old_rows) ORDER BY "id" FOR NO KEY UPDATE;
    INSERT INTO "ScorecardSummary" AS s ("jurisdictionId", "year", "areaId", "verdict", "targets", "withResult")
    SELECT t."jurisdictionId", t."year", t."areaId", t."verdict", 0, -count(*)
    FROM "Target" t
    WHERE t."id" IN (SELECT "targetId" FROM old_rows)
      AND NOT EXISTS (SELECT 1 FROM "Link" l WHERE l."targetId" = t."id")
    GROUP BY 1, 2, 3, 4
    ON CONFLICT ("jurisdictionId", "year", "areaId", "verdict") DO UPDATE SET "withResult" = s."withResult" + excluded."withResult";
  ELSE
    -- Only links moved to another target change anything: before = links now, minus the moved ones, plus where they were.
    IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n."id" = o."id" WHERE n."targetId" <> o."targetId") THEN
      RETURN NULL;
    END IF;
    PERFORM 1 FROM "Target" WHERE "id" IN (SELECT "targetId" FROM old_rows UNION SELECT "targetId" FROM new_rows) ORDER BY "id" FOR NO KEY UPDATE;
    INSERT INTO "ScorecardSummary" AS s ("jurisdictionId", "year", "areaId", "verdict", "targets", "withResult")
    SELECT "jurisdictionId", "year", "areaId", "verdict", 0, sum("delta")
    FROM (
      SELECT t."jurisdictionId", t."year", t."areaId", t."verdict",
             (EXISTS (SELECT 1 FROM "Link" l WHERE l."targetId" = t."id"))::int
             - (EXISTS (SELECT 1 FROM "Link" l WHERE l."targetId" = t."id" AND l."id" NOT IN (SELECT "id" FROM new_rows))
                OR EXISTS (SELECT 1 FROM old_rows o WHERE o."targetId" = t."id"))::int AS "delta"
      FROM "Target" t
      WHERE t."id" IN (SELECT "targetId" FROM old_rows UNION SELECT "targetId" FROM new_rows)
    ) moved
    WHERE "delta" <> 0
    GROUP BY 1, 2, 3, 4
    ON CONFLICT ("jurisdictionId", "year", "areaId", "verdict") DO UPDATE SET "withResult" = s."withResult" + excluded."withResult";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Target_summary_insert" AFTER INSERT ON "Target" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "scorecard_summary_target_insert"();
CREATE TRIGGER "Target_summary_update" AFTER UPDATE OF "jurisdictionId", "year", "areaId", "verdict" ON "Target" FOR EACH ROW
  WHEN (OLD."jurisdictionId" IS DISTINCT FROM NEW."jurisdictionId" OR OLD."year" IS DISTINCT FROM NEW."year"
        OR OLD."areaId" IS DISTINCT FROM NEW."areaId" OR OLD."verdict" IS DISTINCT FROM NEW."verdict")
  EXECUTE FUNCTION "scorecard_summary_target_change"();
CREATE TRIGGER "Target_summary_delete" BEFORE DELETE ON "Target" FOR EACH ROW EXECUTE FUNCTION "scorecard_summary_target_change"();
CREATE TRIGGER "Link_summary_insert" AFTER INSERT ON "Link" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "scorecard_summary_links"();
CREATE TRIGGER "Link_summary_delete" AFTER DELETE ON "Link" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "scorecard_summary_links"();
CREATE TRIGGER "Link_summary_update" AFTER UPDATE ON "Link" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "scorecard_summary_links"();

-- Per report: a row from the report's creation (deleted with it by the foreign key), counts moved
-- by the items' inserts and deletes. A decrement after the report itself went is a no-op.
CREATE FUNCTION "report_summary_report_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReportSummary" ("reportId") SELECT "id" FROM new_rows ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE FUNCTION "report_summary_items_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Target' THEN
    UPDATE "ReportSummary" s SET "targets" = s."targets" + n.count
    FROM (SELECT "reportId", count(*) AS count FROM new_rows GROUP BY 1) n WHERE s."reportId" = n."reportId";
  ELSE
    UPDATE "ReportSummary" s SET "outcomes" = s."outcomes" + n.count
    FROM (SELECT "reportId", count(*) AS count FROM new_rows GROUP BY 1) n WHERE s."reportId" = n."reportId";
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "report_summary_items_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Target' THEN
    UPDATE "ReportSummary" s SET "targets" = s."targets" - o.count
    FROM (SELECT "reportId", count(*) AS count FROM old_rows GROUP BY 1) o WHERE s."reportId" = o."reportId";
  ELSE
    UPDATE "ReportSummary" s SET "outcomes" = s."outcomes" - o.count
    FROM (SELECT "reportId", count(*) AS count FROM old_rows GROUP BY 1) o WHERE s."reportId" = o."reportId";
  END IF;
  RETURN NULL;
END $$;

-- An item moved to another report (not done today, but cheap to keep right).
CREATE FUNCTION "report_summary_item_move"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Target' THEN
    UPDATE "ReportSummary" SET "targets" = "targets" - 1 WHERE "reportId" = OLD."reportId";
    UPDATE "ReportSummary" SET "targets" = "targets" + 1 WHERE "reportId" = NEW."reportId";
  ELSE
    UPDATE "ReportSummary" SET "outcomes" = "outcomes" - 1 WHERE "reportId" = OLD."reportId";
    UPDATE "ReportSummary" SET "outcomes" = "outcomes" + 1 WHERE "reportId" = NEW."reportId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Report_summary_insert" AFTER INSERT ON "Report" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_summary_report_insert"();
CREATE TRIGGER "Target_report_summary_insert" AFTER INSERT ON "Target" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_summary_items_insert"();
CREATE TRIGGER "Target_report_summary_delete" AFTER DELETE ON "Target" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_summary_items_delete"();
CREATE TRIGGER "Target_report_summary_move" AFTER UPDATE OF "reportId" ON "Target" FOR EACH ROW
  WHEN (OLD."reportId" IS DISTINCT FROM NEW."reportId") EXECUTE FUNCTION "report_summary_item_move"();
CREATE TRIGGER "Outcome_report_summary_insert" AFTER INSERT ON "Outcome" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_summary_items_insert"();
CREATE TRIGGER "Outcome_report_summary_delete" AFTER DELETE ON "Outcome" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "report_summary_items_delete"();
CREATE TRIGGER "Outcome_report_summary_move" AFTER UPDATE OF "reportId" ON "Outcome" FOR EACH ROW
  WHEN (OLD."reportId" IS DISTINCT FROM NEW."reportId") EXECUTE FUNCTION "report_summary_item_move"();

-- Databases that already hold a corpus start with correct summaries.
INSERT INTO "ReportSummary" ("reportId", "targets", "outcomes")
SELECT r."id",
       (SELECT count(*) FROM "Target" t WHERE t."reportId" = r."id"),
       (SELECT count(*) FROM "Outcome" o WHERE o."reportId" = r."id")
FROM "Report" r;

INSERT INTO "ScorecardSummary" ("jurisdictionId", "year", "areaId", "verdict", "targets", "withResult")
SELECT t."jurisdictionId", t."year", t."areaId", t."verdict", count(*),
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Link" l WHERE l."targetId" = t."id"))
FROM "Target" t
GROUP BY 1, 2, 3, 4;
