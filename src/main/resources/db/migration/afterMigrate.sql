-- The application role (docs/decisions/0006-audit-trail.md), run by Flyway after every migrate,
-- as the login that owns the schema. The workstation's pool connections SET ROLE clinica_app,
-- so what the application sends may read and write the clinic's tables but only INSERT and
-- SELECT audit_log: it can neither change, remove nor truncate audit rows, nor switch off the
-- table's trigger (ALTER TABLE needs the owner). Tables added by later migrations are granted
-- here too, since this runs after each of them.
--
-- Roles belong to the whole cluster, so several databases on one server (a test run's, or a
-- clinic's test copy) share the role and may create it at the same moment: creating it twice is
-- no error. A login that may not create roles keeps working without it; the workstation then
-- logs a warning and audit_log is protected by its trigger alone.
DO $$
DECLARE
    app_schema text := current_schema();
BEGIN
    BEGIN
        CREATE ROLE clinica_app NOLOGIN;
    EXCEPTION
        WHEN duplicate_object OR unique_violation THEN
            NULL;
        WHEN insufficient_privilege THEN
            RAISE NOTICE 'clinica_app cannot be created by this login; audit_log keeps its trigger only';
            RETURN;
    END;
    IF NOT pg_has_role(current_user, 'clinica_app', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT clinica_app TO %I', current_user);
        EXCEPTION
            WHEN insufficient_privilege THEN
                RAISE NOTICE 'this login cannot act as clinica_app; audit_log keeps its trigger only';
                RETURN;
        END;
    END IF;

    -- Two workstations migrating one database at once would collide on the same grants.
    PERFORM pg_advisory_xact_lock(hashtext('clinica_app grants'));
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO clinica_app', app_schema);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO clinica_app',
                   app_schema);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO clinica_app',
                   app_schema);
    REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM clinica_app;
    GRANT SELECT, INSERT ON audit_log TO clinica_app;
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        REVOKE ALL ON flyway_schema_history FROM clinica_app;
    END IF;
END
$$;
