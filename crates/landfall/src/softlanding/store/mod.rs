//! The soft-landing queries. Every write runs in the caller's transaction or
//! one of its own; conflicts (a full session, a taken desk) are decided by the
//! database, not by reading first and writing later.

pub mod assessments;
pub mod assignments;
pub mod desks;
pub mod feeds;
pub mod journeys;
pub mod programmes;
pub mod sessions;

use std::collections::HashMap;

use sea_orm::ConnectionTrait;

use crate::registry::{self, OrganisationRef};
use crate::web::AppError;

/// Turns a stored word back into its type; a bad word is an internal error.
pub(crate) fn stored<T>(what: &str, result: Result<T, String>) -> Result<T, AppError> {
    result.map_err(|e| AppError::Internal(anyhow::anyhow!("stored {what}: {e}")))
}

/// Organisation references for ids, failing loudly if one is missing.
pub(crate) async fn organisations(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> Result<HashMap<i64, OrganisationRef>, AppError> {
    let mut ids: Vec<i64> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    registry::store::organisation_refs(db, &ids).await
}

pub(crate) fn organisation(
    map: &HashMap<i64, OrganisationRef>,
    id: i64,
) -> Result<OrganisationRef, AppError> {
    map.get(&id)
        .cloned()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("organisation #{id} is missing")))
}
