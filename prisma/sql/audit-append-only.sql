-- The audit trail is append-only: no UPDATE, DELETE or TRUNCATE of "AuditEvent", whoever asks. The
-- one exception is deleting a whole organisation, which takes its trail with it: the foreign key's
-- cascade deletes the events after the organisation row is gone, and only then is a DELETE let through.
CREATE OR REPLACE FUNCTION "dp_audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "Organization" o WHERE o."id" = OLD."organizationId") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit events cannot be changed or deleted (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "dp_audit_event_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION "dp_audit_event_append_only"();
