-- triad's PostgreSQL schema, step 3: text compared and sorted byte by byte, as SQLite compares it. Never edit
-- this file once landed.
--
-- A database created with a language's collation (en_US.UTF-8, fr_FR.UTF-8) would otherwise sort codes,
-- acronyms and titles by that language's rules, ignoring case and punctuation, and the same data would list
-- in another order than in a SQLite file. Every text column of triad's tables takes the "C" collation; the
-- indexes on them are rebuilt with it.
DO $$
DECLARE
    target record;
BEGIN
    FOR target IN
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND data_type = 'text' AND table_name <> 'triad_migrations'
        ORDER BY table_name, ordinal_position
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text COLLATE "C"', target.table_name, target.column_name);
    END LOOP;
END $$;
