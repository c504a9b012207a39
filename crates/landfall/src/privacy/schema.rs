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

/// Replaces a person's (or a company's) name wherever it stands as who did
/// something, in every table; returns how many values changed.
pub async fn replace_name(
    conn: &impl ConnectionTrait,
    name: &str,
    replacement: &str,
) -> Result<u64, AppError> {
    if name.trim().is_empty() {
        return Ok(0);
    }
    let mut changed = 0;
    for (table, columns) in columns(conn).await? {
        for column in columns.iter().filter(|c| holds_a_name(c)) {
            let update = Query::update()
                .table(Alias::new(table.as_str()))
                .value(Alias::new(column.as_str()), replacement)
                .and_where(Expr::col(Alias::new(column.as_str())).eq(name))
                .to_owned();
            let statement = conn.get_database_backend().build(&update);
            changed += conn.execute_raw(statement).await?.rows_affected();
        }
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::holds_a_name;

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
}
