//! The toolbox's queries. Every write runs in the caller's transaction.

pub mod instruments;
pub mod methods;
pub mod plans;
pub mod strategy;

use std::collections::HashMap;

use sea_orm::ConnectionTrait;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::registry::model::fold;
use crate::registry::{self, OrganisationRef};
use crate::web::AppError;

/// Turns a stored word back into its type; a bad word is an internal error.
fn stored<T>(what: &str, result: Result<T, String>) -> Result<T, AppError> {
    result.map_err(|e| AppError::Internal(anyhow::anyhow!("stored {what}: {e}")))
}

/// A list kept in a text column.
fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".into())
}

fn from_json<T: DeserializeOwned>(what: &str, value: &str) -> Result<T, AppError> {
    stored(what, serde_json::from_str(value).map_err(|e| e.to_string()))
}

/// True when every word of the search is in the folded text. The catalogue
/// and the library hold tens to hundreds of records, so they are searched
/// in memory, the same way on both backends.
pub fn matches(search_text: &str, query: &str) -> bool {
    fold(query)
        .split_whitespace()
        .all(|word| search_text.contains(word))
}

/// Organisation references for some ids (repeats allowed).
async fn organisations_of(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, OrganisationRef>, AppError> {
    let mut ids: Vec<i64> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    registry::store::organisation_refs(db, &ids).await
}

/// One of the references loaded, failing loudly when it is missing.
fn organisation(
    refs: &HashMap<i64, OrganisationRef>,
    id: i64,
) -> Result<OrganisationRef, AppError> {
    refs.get(&id)
        .cloned()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("organisation #{id} is missing")))
}
