//! Storage: which database a URL names, how to connect to it, migrations and
//! the transaction helper every write goes through.
//!
//! Dialect differences between SQLite and PostgreSQL stay in this module and in
//! the migrations; capability stores write each query once with SeaORM.

pub mod migrations;

use std::path::Path;
use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseTransaction, DbErr, SqlErr,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use sea_orm_migration::MigratorTrait;

pub use sea_orm::DatabaseConnection as Db;

/// Where the data lives, parsed from `--database` / `DATABASE_URL`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// A SQLite database file, created if missing.
    Sqlite(std::path::PathBuf),
    /// A PostgreSQL URL (`postgres://…` or `postgresql://…`).
    Postgres(String),
}

impl Location {
    /// Reads a SQLite path (optionally written `sqlite://path`) or a PostgreSQL URL.
    pub fn parse(value: &str) -> Result<Self, String> {
        let value = value.trim();
        if value.is_empty() {
            return Err("the database location is empty".into());
        }
        if value.starts_with("postgres://") || value.starts_with("postgresql://") {
            return Ok(Self::Postgres(value.to_string()));
        }
        let path = value
            .strip_prefix("sqlite://")
            .or_else(|| value.strip_prefix("sqlite:"))
            .unwrap_or(value);
        let path = path.split('?').next().unwrap_or(path);
        if path.is_empty() || path == ":memory:" {
            return Err("an in-memory SQLite database cannot be shared by the server's connections; give a file path".into());
        }
        if value.contains("://") && !value.starts_with("sqlite:") {
            return Err(format!(
                "unsupported database URL `{value}`: use a SQLite file path or a postgres:// URL"
            ));
        }
        Ok(Self::Sqlite(path.into()))
    }

    /// A description safe to print: the PostgreSQL password is masked.
    pub fn redacted(&self) -> String {
        match self {
            Self::Sqlite(path) => format!("SQLite {}", path.display()),
            Self::Postgres(url) => match (url.find("://"), url.rfind('@')) {
                (Some(scheme_end), Some(at)) if at > scheme_end => {
                    let credentials = &url[scheme_end + 3..at];
                    let user = credentials.split(':').next().unwrap_or("");
                    format!(
                        "PostgreSQL {}://{user}@{}",
                        &url[..scheme_end],
                        &url[at + 1..]
                    )
                }
                _ => format!("PostgreSQL {url}"),
            },
        }
    }
}

/// Connection settings beyond the location.
#[derive(Clone, Debug)]
pub struct PoolSettings {
    pub max_connections: u32,
    /// PostgreSQL only: a schema to create and use (tests give each run its own).
    pub pg_schema: Option<String>,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self {
            max_connections: 10,
            pg_schema: None,
        }
    }
}

/// Opens a pool on either backend. SQLite files are created if missing and put in
/// WAL mode so readers never wait for the writer.
pub async fn connect(location: &Location, settings: &PoolSettings) -> Result<Db, DbErr> {
    let mut options = match location {
        Location::Sqlite(path) => sqlite_options(path),
        Location::Postgres(url) => ConnectOptions::new(url.clone()),
    };
    options
        .max_connections(settings.max_connections)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    if let (Some(schema), Location::Postgres(url)) = (&settings.pg_schema, location) {
        // The schema must exist before connections that use it are opened.
        let admin = Database::connect(url.as_str()).await?;
        admin
            .execute_unprepared(&format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\""))
            .await?;
        admin.close().await?;
        options.set_schema_search_path(schema.clone());
    }
    Database::connect(options).await
}

/// How much of a SQLite file is read through memory mapping.
const SQLITE_MMAP_BYTES: u64 = 1 << 30;
/// Each SQLite connection's page cache.
const SQLITE_CACHE_KIB: u64 = 32 * 1024;

fn sqlite_options(path: &Path) -> ConnectOptions {
    let mut options = ConnectOptions::new(format!("sqlite://{}", path.display()));
    let path = path.to_path_buf();
    options.map_sqlx_sqlite_opts(move |opts| {
        opts.filename(&path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // Reads come from the file mapped in memory and each connection
            // keeps more pages: a search reads thousands of index pages.
            .pragma("mmap_size", SQLITE_MMAP_BYTES.to_string())
            .pragma("cache_size", format!("-{SQLITE_CACHE_KIB}"))
    });
    options
}

/// Brings the schema up to date.
pub async fn migrate(db: &Db) -> Result<(), DbErr> {
    migrations::Migrator::up(db, None).await
}

/// Starts a transaction for a write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`): a deferred transaction that reads first and then writes
/// can fail with "database is locked" instead of waiting its turn.
pub async fn write(db: &Db) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// Refreshes the planner's statistics after a large load. On PostgreSQL a
/// vacuum also marks the new rows visible, so that lists can be answered from
/// indexes alone instead of waiting for autovacuum.
pub async fn analyze(db: &Db) -> Result<(), DbErr> {
    let statement = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => "VACUUM (ANALYZE)",
        _ => "ANALYZE",
    };
    db.execute_unprepared(statement).await.map(|_| ())
}

/// The `LIKE` pattern of "contains `text`", the text taken literally
/// (`%`, `_` and the escape character itself escaped).
pub fn contains_pattern(text: &str) -> sea_orm::sea_query::LikeExpr {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    sea_orm::sea_query::LikeExpr::new(format!("%{escaped}%")).escape('\\')
}

/// A row that an edit was made to, read again under a lock held to the end
/// of `txn`, if it is still the version the edit started from: `read_at` is
/// when it last changed (`stamp`) as the editor read it. Changed meanwhile,
/// the edit is refused ("someone else saved this record meanwhile") instead
/// of overwriting someone else's; gone, it is not found. The times are
/// compared here, not in SQL, where a time written in another format would
/// never match.
pub async fn lock_unchanged<E>(
    txn: &impl ConnectionTrait,
    id: i64,
    read_at: chrono::DateTime<chrono::Utc>,
    stamp: fn(&E::Model) -> chrono::DateTime<chrono::Utc>,
) -> Result<E::Model, crate::web::AppError>
where
    E: sea_orm::EntityTrait,
    i64: Into<<E::PrimaryKey as sea_orm::PrimaryKeyTrait>::ValueType>,
{
    lock_unchanged_saying::<E>(txn, id, read_at, stamp, "val-saved-meanwhile").await
}

/// [`lock_unchanged`] with a message of its own for a change meanwhile.
pub async fn lock_unchanged_saying<E>(
    txn: &impl ConnectionTrait,
    id: i64,
    read_at: chrono::DateTime<chrono::Utc>,
    stamp: fn(&E::Model) -> chrono::DateTime<chrono::Utc>,
    changed: &str,
) -> Result<E::Model, crate::web::AppError>
where
    E: sea_orm::EntityTrait,
    i64: Into<<E::PrimaryKey as sea_orm::PrimaryKeyTrait>::ValueType>,
{
    use sea_orm::QuerySelect;
    let row = E::find_by_id(id)
        .lock_exclusive()
        .one(txn)
        .await?
        .ok_or(crate::web::AppError::NotFound)?;
    if stamp(&row) != read_at {
        return Err(crate::web::AppError::conflict(crate::t(changed)));
    }
    Ok(row)
}

/// True when the error is a violated unique constraint (both backends).
pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// True when the error is a violated foreign key (both backends). SQLite
/// reports a violation found while it carries out `ON DELETE` actions as a
/// trigger constraint (extended code 1811) with the foreign-key message,
/// which SeaORM does not classify.
pub fn is_foreign_key_violation(err: &DbErr) -> bool {
    if matches!(
        err.sql_err(),
        Some(SqlErr::ForeignKeyConstraintViolation(_))
    ) {
        return true;
    }
    match err {
        DbErr::Exec(sea_orm::RuntimeErr::SqlxError(e))
        | DbErr::Query(sea_orm::RuntimeErr::SqlxError(e)) => {
            e.as_database_error().is_some_and(|e| {
                e.code().as_deref() == Some("1811")
                    && e.message().contains("FOREIGN KEY constraint failed")
            })
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_read_from_paths_and_urls() {
        assert_eq!(
            Location::parse("./landfall.db").unwrap(),
            Location::Sqlite("./landfall.db".into())
        );
        assert_eq!(
            Location::parse("sqlite://data/l.db?mode=rwc").unwrap(),
            Location::Sqlite("data/l.db".into())
        );
        assert_eq!(
            Location::parse("postgres://u:p@h/db").unwrap(),
            Location::Postgres("postgres://u:p@h/db".into())
        );
        assert!(Location::parse("mysql://h/db").is_err());
        assert!(Location::parse("sqlite::memory:").is_err());
        assert!(Location::parse("  ").is_err());
    }

    #[test]
    fn passwords_are_not_printed() {
        let location =
            Location::parse("postgres://landfall:secret@db.example:5432/landfall").unwrap();
        assert_eq!(
            location.redacted(),
            "PostgreSQL postgres://landfall@db.example:5432/landfall"
        );
    }
}

/// Property tests: any `--database` value is read or refused, and the
/// printed form never shows a PostgreSQL password.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn locations_never_panic(value in any::<String>()) {
            if let Ok(location) = Location::parse(&value) {
                let _ = location.redacted();
            }
        }

        #[test]
        fn passwords_are_never_printed(
            user in "[a-z]{1,8}",
            password in "[A-Za-z0-9!$%^*()_+=-]{6,16}",
            host in "[a-z0-9.@:]{1,20}",
        ) {
            let url = format!("postgres://{user}:{password}@{host}/db");
            let shown = Location::parse(&url).unwrap().redacted();
            prop_assert!(!shown.contains(&format!(":{password}@")), "{shown}");
        }
    }
}
