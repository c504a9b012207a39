//! Online backups and restores of a SQLite database (`landfall backup`,
//! `landfall restore`). PostgreSQL databases are backed up with `pg_dump`.
//!
//! A backup is SQLite's `VACUUM INTO`, run on a connection to the live
//! database: it reads one consistent snapshot (a read transaction, which in
//! WAL mode never blocks the server's writer nor waits for it) and writes it
//! as a compact, self-contained file. It is written under a temporary name,
//! checked, flushed to disk and only then given its final name, so a file
//! with the final name is always a whole backup.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use sea_orm::sqlx::{self, ConnectOptions as _, Connection as _};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use sea_orm_migration::MigratorTrait;

use crate::db::Db;
use crate::db::migrations::Migrator;

/// What a checked database file holds.
#[derive(Debug)]
pub struct Inspection {
    /// Applied migrations, oldest first.
    pub migrations: Vec<String>,
    /// Applied migrations that this version of Landfall does not know (the
    /// file comes from a newer version).
    pub unknown_migrations: Vec<String>,
    pub bytes: u64,
}

/// Writes a consistent copy of the SQLite database behind `db` to `output`,
/// which must not exist. Safe while a server is reading and writing.
pub async fn backup(db: &Db, output: &Path) -> anyhow::Result<Inspection> {
    if db.get_database_backend() != DbBackend::Sqlite {
        bail!("landfall backup copies SQLite databases; back up PostgreSQL with pg_dump");
    }
    if output.exists() {
        bail!(
            "{} already exists: a backup never overwrites a file",
            output.display()
        );
    }
    let partial = sibling(output, "partial");
    remove_if_present(&partial)?;
    let result = async {
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Sqlite,
            "VACUUM INTO ?",
            [partial.display().to_string().into()],
        ))
        .await
        .with_context(|| format!("cannot write the backup to {}", partial.display()))?;
        let inspection = inspect(&partial).await?;
        sync_file(&partial)?;
        publish(&partial, output)?;
        anyhow::Ok(inspection)
    }
    .await;
    let _ = std::fs::remove_file(&partial);
    result
}

/// Puts the Landfall database `input` in place of the SQLite database at
/// `target`. The target must not exist unless `force`; the server must not be
/// running on it.
pub async fn restore(input: &Path, target: &Path, force: bool) -> anyhow::Result<Inspection> {
    if !input.is_file() {
        bail!("{} does not exist or is not a file", input.display());
    }
    if same_file(input, target) {
        bail!("{} is already the database", input.display());
    }
    let replacing = target.exists();
    if replacing && !force {
        bail!(
            "{} already exists: give --force to replace it with {} (stop every `landfall serve` on it first)",
            target.display(),
            input.display()
        );
    }
    if replacing {
        ensure_unused(target).await?;
    }
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot create {}", folder.display()))?;
    }
    // Copy first, then check the copy: what is checked is exactly what is put
    // in place, and the input is never opened for writing.
    let partial = sibling(target, "restoring");
    remove_if_present(&partial)?;
    let result = async {
        std::fs::copy(input, &partial)
            .with_context(|| format!("cannot copy {} to {}", input.display(), partial.display()))?;
        let inspection = inspect(&partial)
            .await
            .with_context(|| format!("{} cannot be restored", input.display()))?;
        sync_file(&partial)?;
        // The old database's write-ahead log and shared memory belong to the
        // old file: left beside the new one, SQLite would replay them into it.
        for suffix in ["-wal", "-shm", "-journal"] {
            remove_if_present(&with_suffix(target, suffix))?;
        }
        std::fs::rename(&partial, target).with_context(|| {
            format!("cannot move {} to {}", partial.display(), target.display())
        })?;
        sync_folder(target);
        anyhow::Ok(inspection)
    }
    .await;
    let _ = std::fs::remove_file(&partial);
    for suffix in ["-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(with_suffix(&partial, suffix));
    }
    result
}

/// Checks that a file is a sound Landfall database: a SQLite file whose
/// `PRAGMA integrity_check` and `foreign_key_check` find nothing wrong and
/// that has Landfall's migrations table.
pub async fn inspect(path: &Path) -> anyhow::Result<Inspection> {
    let mut header = [0u8; 16];
    let read = {
        use std::io::Read;
        let mut file =
            std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
        file.read(&mut header)?
    };
    if read < 16 || &header != b"SQLite format 3\0" {
        bail!("{} is not a SQLite database", path.display());
    }
    let bytes = std::fs::metadata(path)?.len();
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(10))
        .disable_statement_logging();
    let mut connection = SqliteConnection::connect_with(&options)
        .await
        .with_context(|| format!("cannot open {}", path.display()))?;
    let result = check(&mut connection, path).await;
    let _ = connection.close().await;
    let (migrations, unknown_migrations) = result?;
    Ok(Inspection {
        migrations,
        unknown_migrations,
        bytes,
    })
}

async fn check(
    connection: &mut SqliteConnection,
    path: &Path,
) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut *connection)
        .await
        .with_context(|| format!("{} is not a readable SQLite database", path.display()))?;
    if integrity != ["ok"] {
        bail!(
            "{} is damaged: integrity_check reports {}",
            path.display(),
            integrity.join("; ")
        );
    }
    let has_table: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'seaql_migrations'",
    )
    .fetch_one(&mut *connection)
    .await?;
    if has_table == 0 {
        bail!(
            "{} is not a Landfall database: it has no seaql_migrations table",
            path.display()
        );
    }
    let applied: Vec<String> =
        sqlx::query_scalar("SELECT version FROM seaql_migrations ORDER BY version")
            .fetch_all(&mut *connection)
            .await?;
    let known: Vec<String> = Migrator::migrations()
        .iter()
        .map(|m| m.name().to_string())
        .collect();
    if !applied.iter().any(|name| Some(name) == known.first()) {
        bail!(
            "{} is not a Landfall database: its migrations ({}) are not Landfall's",
            path.display(),
            if applied.is_empty() {
                "none".to_string()
            } else {
                applied.join(", ")
            }
        );
    }
    let broken_keys: i64 = sqlx::query_scalar("SELECT count(*) FROM pragma_foreign_key_check")
        .fetch_one(&mut *connection)
        .await?;
    if broken_keys > 0 {
        bail!(
            "{} is damaged: {broken_keys} rows point at rows that do not exist (foreign_key_check)",
            path.display()
        );
    }
    let unknown = applied
        .iter()
        .filter(|name| !known.contains(name))
        .cloned()
        .collect();
    Ok((applied, unknown))
}

/// Refuses to replace a database that a server has open: SQLite lets only
/// one connection lock a WAL database exclusively, and every open
/// connection of a running server holds a shared lock on it.
async fn ensure_unused(target: &Path) -> anyhow::Result<()> {
    let options = SqliteConnectOptions::new()
        .filename(target)
        .create_if_missing(false)
        .locking_mode(sqlx::sqlite::SqliteLockingMode::Exclusive)
        .busy_timeout(Duration::from_millis(200))
        .disable_statement_logging();
    let Ok(mut connection) = SqliteConnection::connect_with(&options).await else {
        // Not a database SQLite can open (the reason to restore, perhaps):
        // nobody can be using it either.
        return Ok(());
    };
    let locked = async {
        sqlx::query("BEGIN EXCLUSIVE")
            .execute(&mut connection)
            .await?;
        // Fold what the old log holds into the file before it is replaced,
        // so that nothing refers to the log any more.
        sqlx::query("COMMIT").execute(&mut connection).await?;
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&mut connection)
            .await?;
        anyhow::Ok(())
    }
    .await;
    let _ = connection.close().await;
    match locked {
        Ok(()) => Ok(()),
        Err(error) if is_busy(&error) => bail!(
            "{} is in use (a `landfall serve` is running on it?): stop it before restoring",
            target.display()
        ),
        // Damaged beyond locking: it is being replaced anyway.
        Err(_) => Ok(()),
    }
}

fn is_busy(error: &anyhow::Error) -> bool {
    let text = format!("{error:#}").to_lowercase();
    text.contains("locked") || text.contains("busy")
}

/// `folder/.name.what-PID` beside `path`.
fn sibling(path: &Path, what: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "landfall.db".into());
    path.with_file_name(format!(".{name}.{what}-{}", std::process::id()))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn remove_if_present(path: &Path) -> anyhow::Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(error) => Err(error).with_context(|| format!("cannot remove {}", path.display())),
    }
}

fn sync_file(path: &Path) -> anyhow::Result<()> {
    std::fs::File::open(path)
        .and_then(|file| file.sync_all())
        .with_context(|| format!("cannot flush {} to disk", path.display()))
}

/// Makes a rename durable (best effort: not every platform syncs folders).
fn sync_folder(path: &Path) {
    if let Some(folder) = path.parent() {
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        if let Ok(handle) = std::fs::File::open(folder) {
            let _ = handle.sync_all();
        }
    }
}

/// Gives the finished backup its name without ever replacing a file that
/// appeared meanwhile: a hard link fails if the name is taken. Where links
/// are not supported, a rename after a last check.
fn publish(partial: &Path, output: &Path) -> anyhow::Result<()> {
    match std::fs::hard_link(partial, output) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!(
                "{} already exists: a backup never overwrites a file",
                output.display()
            )
        }
        Err(_) => {
            if output.exists() {
                bail!(
                    "{} already exists: a backup never overwrites a file",
                    output.display()
                );
            }
            std::fs::rename(partial, output).with_context(|| {
                format!("cannot move {} to {}", partial.display(), output.display())
            })?;
        }
    }
    sync_folder(output);
    Ok(())
}
