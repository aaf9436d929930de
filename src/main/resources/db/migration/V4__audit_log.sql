-- The audit trail: who logged in, who opened which patient's clinical data, which notes were
-- signed or amended, which invoices issued or voided, which accounts changed. Append-only and
-- hash-chained: row_hash = sha256(previous_hash || canonical row), computed by the application
-- (es.clinica.service.port.AuditChain) and rechecked by the verify-audit command, so a row
-- changed or removed by someone who bypasses the rules below is found.
CREATE TABLE audit_log (
    audit_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at                timestamptz NOT NULL,
    actor_account_id  bigint,
    actor_username    text NOT NULL,
    action            text NOT NULL,
    subject_type      text NOT NULL,
    subject_id        text NOT NULL,
    detail            text NOT NULL DEFAULT '',
    previous_hash     char(64) NOT NULL,
    row_hash          char(64) NOT NULL,
    CONSTRAINT audit_log_row_hash_key UNIQUE (row_hash),
    CONSTRAINT audit_log_previous_hash_key UNIQUE (previous_hash)
);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, audit_id);

-- Nobody changes or removes a row, whatever role they connect as: the trigger refuses it. Only
-- a superuser or the table's owner can switch the trigger off, and the hash chain shows it then.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- On a clinic's server the schema should be owned by a migration role and the workstations
-- connect as an application role granted only INSERT and SELECT here (see
-- docs/decisions/0006-audit-trail.md). This migration cannot know those role names; it takes
-- the rights away from PUBLIC so that no role gets them by default.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
