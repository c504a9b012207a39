//! An index for the SME search, which looks for every typed word anywhere in
//! an SME's search text (`LIKE '%word%'`): without one, each search reads all
//! SMEs. SQLite gets an FTS5 table with the trigram tokenizer, kept in step
//! with `smes` by triggers and queried with `MATCH` (see
//! `registry::store::sme_search_condition`); PostgreSQL gets a trigram GIN
//! index from the `pg_trgm` extension, which its planner uses for `LIKE`
//! itself. Where the extension cannot be installed (no privilege), the search
//! keeps working, unindexed.

use sea_orm::DbBackend;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const SQLITE_UP: &str = "
CREATE VIRTUAL TABLE smes_fts USING fts5(
    search_text, content = 'smes', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER smes_fts_insert AFTER INSERT ON smes BEGIN
    INSERT INTO smes_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER smes_fts_delete AFTER DELETE ON smes BEGIN
    INSERT INTO smes_fts (smes_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER smes_fts_update AFTER UPDATE OF search_text ON smes BEGIN
    INSERT INTO smes_fts (smes_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO smes_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
INSERT INTO smes_fts (smes_fts) VALUES ('rebuild');
";

const SQLITE_DOWN: &str = "
DROP TRIGGER IF EXISTS smes_fts_update;
DROP TRIGGER IF EXISTS smes_fts_delete;
DROP TRIGGER IF EXISTS smes_fts_insert;
DROP TABLE IF EXISTS smes_fts;
";

// The extension goes to the `public` schema, not the first schema of the
// search path: a deployment (or a test) that lives in a schema of its own
// must not take the database's extension with it when that schema is
// dropped. The operator class is then named with the extension's schema.
const POSTGRES_UP: &str = r#"
DO $$
DECLARE
    trgm_schema name;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm is not available (%): the SME search stays unindexed', SQLERRM;
    END;
    SELECT n.nspname INTO trgm_schema
        FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format(
            'CREATE INDEX IF NOT EXISTS smes_search_trgm ON smes USING gin (search_text %I.gin_trgm_ops)',
            trgm_schema
        );
    END IF;
END
$$;
"#;

const POSTGRES_DOWN: &str = "DROP INDEX IF EXISTS smes_search_trgm;";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run(manager, SQLITE_UP, POSTGRES_UP).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        run(manager, SQLITE_DOWN, POSTGRES_DOWN).await
    }
}

async fn run(manager: &SchemaManager<'_>, sqlite: &str, postgres: &str) -> Result<(), DbErr> {
    let sql = match manager.get_database_backend() {
        DbBackend::Sqlite => sqlite,
        _ => postgres,
    };
    manager.get_connection().execute_unprepared(sql).await?;
    Ok(())
}
