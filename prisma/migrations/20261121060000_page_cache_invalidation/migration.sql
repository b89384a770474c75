-- Written by hand (Prisma does not model triggers). The app caches rendered scorecard pages in
-- each Next.js process (lib/page-cache) and must drop them the moment what they show changes,
-- whoever changes it: ingestion in a queue worker, re-linking, an editor, an admin, a script.
-- Every statement that writes a table those pages read sends one notification. pg_notify is
-- transactional: it is delivered when the transaction commits, never on rollback, and identical
-- notifications of one transaction are folded into one, so a 300-row ingestion sends a single one.
CREATE FUNCTION "yardstick_notify_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('yardstick_data_changed', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Jurisdiction_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Jurisdiction"
  FOR EACH STATEMENT EXECUTE FUNCTION "yardstick_notify_data_changed"();
CREATE TRIGGER "SourceDocument_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SourceDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION "yardstick_notify_data_changed"();
CREATE TRIGGER "Report_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Report"
  FOR EACH STATEMENT EXECUTE FUNCTION "yardstick_notify_data_changed"();
CREATE TRIGGER "PolicyArea_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PolicyArea"
  FOR EACH STATEMENT EXECUTE FUNCTION "yardstick_notify_data_changed"();
CREATE TRIGGER "Target_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Target"
  FOR EACH STATEMENT EXECUTE FUNCTION "yardstick_notify_data_changed"();
CREATE TRIGGER "Outcome_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Outcome"
  FOR EACH STATEMENT EXECUTE FUNCTION "yardstick_notify_data_changed"();
CREATE TRIGGER "Link_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Link"
  FOR EACH STATEMENT EXECUTE FUNCTION "yardstick_notify_data_changed"();
CREATE TRIGGER "LinkRejection_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "LinkRejection"
  FOR EACH STATEMENT EXECUTE FUNCTION "yardstick_notify_data_changed"();
-- Editors' names appear in a target's history.
CREATE TRIGGER "User_notify_data_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION "yardstick_notify_data_changed"();
-- The history also lists the audit entries of corrections; those are always written in the same
-- transaction as the Target, Outcome or Link change they record, so AuditEvent (one row per login
-- too) needs no trigger of its own.
