-- PostgreSQL only, after every migration (server init): the county's units, their logins' rights, and row-level
-- security keyed on the unit code. Idempotent: run again after every upgrade, it covers tables new migrations added.
-- The bureau's login owns the tables and so sees every row; a unit's login (member of gongkai_units) sees and
-- writes only the rows of its own unit, whatever SQL it sends.

-- a unit's drafts found by their code (the row-level security below asks for them in every statement)
CREATE INDEX IF NOT EXISTS ix_draft_unit_code ON draft (unit_code);

CREATE TABLE IF NOT EXISTS county_unit (
    unit_code VARCHAR(40)              NOT NULL,
    login     VARCHAR(63)              NOT NULL,
    added_at  TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
    CONSTRAINT pk_county_unit PRIMARY KEY (unit_code),
    CONSTRAINT uq_county_unit_login UNIQUE (login)
);

-- The unit of the login in use; NULL for the bureau and for anyone not added as a unit. SECURITY DEFINER: a unit
-- need not read county_unit to know its own code.
DO $$ BEGIN
    EXECUTE format('CREATE OR REPLACE FUNCTION gongkai_unit() RETURNS VARCHAR'
                   ' LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %I, pg_temp AS'
                   ' $fn$ SELECT unit_code FROM county_unit WHERE login = session_user $fn$', current_schema());
END $$;

-- A unit's draft written without a unit code takes the login's.
CREATE OR REPLACE FUNCTION gongkai_fill_unit_code() RETURNS trigger LANGUAGE plpgsql AS
$fn$
BEGIN
    IF NEW.unit_code = '' AND gongkai_unit() IS NOT NULL THEN
        NEW.unit_code := gongkai_unit();
    END IF;
    RETURN NEW;
END
$fn$;
DROP TRIGGER IF EXISTS fill_unit_code ON draft;
CREATE TRIGGER fill_unit_code BEFORE INSERT OR UPDATE ON draft
    FOR EACH ROW EXECUTE FUNCTION gongkai_fill_unit_code();

DO $$
DECLARE
    t RECORD;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gongkai_units') THEN
        CREATE ROLE gongkai_units NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO gongkai_units', current_database());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO gongkai_units', current_schema());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO gongkai_units', current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO gongkai_units', current_schema());
    EXECUTE format('REVOKE ALL ON TABLE county_unit FROM gongkai_units');
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON TABLE flyway_schema_history, app_meta FROM gongkai_units');
    -- what the bureau's overview found: a unit reads it, and cannot write it (it could hide its own errors)
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON TABLE draft_check FROM gongkai_units');

    -- (SELECT gongkai_unit()): worked out once per statement, not once per row
    ALTER TABLE draft ENABLE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS unit_rows ON draft;
    CREATE POLICY unit_rows ON draft
        USING (unit_code = (SELECT gongkai_unit())) WITH CHECK (unit_code = (SELECT gongkai_unit()));

    -- every table of a draft's parts: the rows of the drafts the login may see
    FOR t IN SELECT c.table_name FROM information_schema.columns c
             JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
             WHERE c.table_schema = current_schema() AND c.column_name = 'draft_id' AND tb.table_type = 'BASE TABLE'
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
        EXECUTE format('DROP POLICY IF EXISTS unit_rows ON %I', t.table_name);
        EXECUTE format('CREATE POLICY unit_rows ON %I USING (draft_id IN (SELECT id FROM draft))'
                       ' WITH CHECK (draft_id IN (SELECT id FROM draft))', t.table_name);
    END LOOP;
END
$$;
