-- PostgreSQL only, before the shared migrations (db/migration): the two H2 type names those scripts use, as
-- PostgreSQL's own types, so the same scripts build the same schema on both databases.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'clob' AND n.nspname = current_schema()) THEN
        CREATE DOMAIN clob AS text;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'blob' AND n.nspname = current_schema()) THEN
        CREATE DOMAIN blob AS bytea;
    END IF;
END
$$;
