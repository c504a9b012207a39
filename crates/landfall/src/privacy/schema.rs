//! What the database says about itself: its tables, their columns and their
//! foreign keys. Erasure and the personal-data export read this when they run,
//! so that a table added later is covered without being listed anywhere.

use std::collections::{BTreeMap, BTreeSet};

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, DbBackend, FromQueryResult, JsonValue, Statement};
use serde_json::Value;

use crate::web::AppError;

/// Tables of the platform's own bookkeeping, never part of a person's data.
const MACHINERY: &[&str] = &["seaql_migrations"];

#[derive(Debug, FromQueryResult)]
struct ColumnRow {
    table_name: String,
    column_name: String,
}

/// Every column of every table, by table.
pub async fn columns(
    conn: &impl ConnectionTrait,
) -> Result<BTreeMap<String, Vec<String>>, AppError> {
    let sql = match conn.get_database_backend() {
        DbBackend::Sqlite => {
            r#"SELECT m.name AS table_name, p.name AS column_name
               FROM sqlite_master m, pragma_table_info(m.name) p
               WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
                 AND m.sql NOT LIKE 'CREATE VIRTUAL%'
                 AND m.name NOT LIKE '%\_fts\_%' ESCAPE '\'
               ORDER BY m.name, p.cid"#
        }
        _ => {
            r"SELECT c.table_name::text AS table_name, c.column_name::text AS column_name
              FROM information_schema.columns c
              JOIN information_schema.tables t
                ON t.table_schema = c.table_schema AND t.table_name = c.table_name
              WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
              ORDER BY c.table_name, c.ordinal_position"
        }
    };
    let rows =
        ColumnRow::find_by_statement(Statement::from_string(conn.get_database_backend(), sql))
            .all(conn)
            .await?;
    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in rows {
        if !MACHINERY.contains(&row.table_name.as_str()) {
            tables
                .entry(row.table_name)
                .or_default()
                .push(row.column_name);
        }
    }
    Ok(tables)
}

/// A foreign key: `table.column` points at `parent.id`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ForeignKey {
    pub table: String,
    pub column: String,
    pub parent: String,
}

#[derive(Debug, FromQueryResult)]
struct KeyRow {
    table_name: String,
    column_name: String,
    parent: String,
    target: String,
}

/// The foreign keys that point at a table's `id`.
pub async fn foreign_keys(conn: &impl ConnectionTrait) -> Result<Vec<ForeignKey>, AppError> {
    let sql = match conn.get_database_backend() {
        DbBackend::Sqlite => {
            r#"SELECT m.name AS table_name, f."from" AS column_name, f."table" AS parent,
                      COALESCE(f."to", 'id') AS target
               FROM sqlite_master m, pragma_foreign_key_list(m.name) f
               WHERE m.type = 'table'"#
        }
        _ => {
            r"SELECT kcu.table_name::text AS table_name, kcu.column_name::text AS column_name,
                     ccu.table_name::text AS parent, ccu.column_name::text AS target
              FROM information_schema.table_constraints tc
              JOIN information_schema.key_column_usage kcu
                ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
              JOIN information_schema.constraint_column_usage ccu
                ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
              WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()"
        }
    };
    let rows = KeyRow::find_by_statement(Statement::from_string(conn.get_database_backend(), sql))
        .all(conn)
        .await?;
    let keys: BTreeSet<ForeignKey> = rows
        .into_iter()
        .filter(|r| r.target == "id")
        .map(|r| ForeignKey {
            table: r.table_name,
            column: r.column_name,
            parent: r.parent,
        })
        .collect();
    Ok(keys.into_iter().collect())
}

/// The rows of a table whose column holds one of the values, as JSON objects.
pub async fn rows_where(
    conn: &impl ConnectionTrait,
    table: &str,
    column: &str,
    values: &[i64],
) -> Result<Vec<Value>, AppError> {
    let mut rows = Vec::new();
    for chunk in values.chunks(500) {
        let query = Query::select()
            .expr(Expr::cust("*"))
            .from(Alias::new(table))
            .and_where(Expr::col(Alias::new(column)).is_in(chunk.iter().copied()))
            .to_owned();
        let statement = conn.get_database_backend().build(&query);
        rows.extend(JsonValue::find_by_statement(statement).all(conn).await?);
    }
    Ok(rows)
}

/// Every row of a table, as JSON objects.
pub async fn all_rows(conn: &impl ConnectionTrait, table: &str) -> Result<Vec<Value>, AppError> {
    let query = Query::select()
        .expr(Expr::cust("*"))
        .from(Alias::new(table))
        .to_owned();
    let statement = conn.get_database_backend().build(&query);
    Ok(JsonValue::find_by_statement(statement).all(conn).await?)
}

/// Whether a column holds the name of whoever did something.
fn holds_a_name(column: &str) -> bool {
    column.ends_with("_by_name") || column == "actor_name"
}

/// The column beside a name column that says by id whose name it is
/// (`recorded_by_user_id` beside `recorded_by_name`, `actor_user_id` beside
/// `actor_name`), if the table has one.
fn id_beside<'a>(column: &str, columns: &'a [String]) -> Option<&'a str> {
    let stem = column.strip_suffix("_name")?;
    [format!("{stem}_user_id"), format!("{stem}_id")]
        .iter()
        .find_map(|id| columns.iter().find(|c| *c == id))
        .map(String::as_str)
}

/// Replaces a person's (or a company's) name wherever it stands as who did
/// something, in every table; returns how many values changed.
///
/// A person is found by their account (`user_id`) where the table says by id
/// who it was, and by the name only where it does not: matching the name
/// alone would erase every namesake's records too (two people called Anna).
/// A company (`user_id` is `None`) never has an account, so beside an id it
/// replaces only names no account stands behind.
pub async fn replace_name(
    conn: &impl ConnectionTrait,
    name: &str,
    user_id: Option<i64>,
    replacement: &str,
) -> Result<u64, AppError> {
    let mut changed = 0;
    for (table, columns) in columns(conn).await? {
        for column in columns.iter().filter(|c| holds_a_name(c)) {
            let whose = match (id_beside(column, &columns), user_id) {
                (Some(id), Some(user_id)) => Expr::col(Alias::new(id)).eq(user_id),
                (Some(id), None) if !name.trim().is_empty() => Expr::col(Alias::new(id))
                    .is_null()
                    .and(Expr::col(Alias::new(column.as_str())).eq(name)),
                (None, _) if !name.trim().is_empty() => {
                    Expr::col(Alias::new(column.as_str())).eq(name)
                }
                _ => continue,
            };
            let update = Query::update()
                .table(Alias::new(table.as_str()))
                .value(Alias::new(column.as_str()), replacement)
                .and_where(whose)
                .to_owned();
            let statement = conn.get_database_backend().build(&update);
            changed += conn.execute_raw(statement).await?.rows_affected();
        }
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::{holds_a_name, id_beside};

    #[test]
    fn names_of_who_did_what_are_found_by_their_column() {
        for column in ["recorded_by_name", "decided_by_name", "actor_name"] {
            assert!(holds_a_name(column), "{column}");
        }
        for column in [
            "name",
            "recipient_name",
            "by_name_count",
            "counterparty_name",
        ] {
            assert!(!holds_a_name(column), "{column}");
        }
    }

    #[test]
    fn a_name_is_matched_by_the_account_beside_it_when_there_is_one() {
        let columns = |names: &[&str]| names.iter().map(ToString::to_string).collect::<Vec<_>>();
        let outcomes = columns(&["id", "recorded_by_user_id", "recorded_by_name"]);
        assert_eq!(
            id_beside("recorded_by_name", &outcomes),
            Some("recorded_by_user_id")
        );
        let events = columns(&["id", "reason", "actor_user_id", "actor_name"]);
        assert_eq!(id_beside("actor_name", &events), Some("actor_user_id"));
        // The evaluator assigned is not who assigned them.
        let assigned = columns(&["id", "evaluator_user_id", "assigned_by_name"]);
        assert_eq!(id_beside("assigned_by_name", &assigned), None);
        let bookings = columns(&["id", "requested_by_name", "decided_by_name"]);
        assert_eq!(id_beside("decided_by_name", &bookings), None);
    }
}
