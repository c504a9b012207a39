//! The toolbox JSON API: instruments, plans, the methods library and the
//! strategy checklist.

pub mod instruments;
pub mod methods;
pub mod plans;
pub mod strategy;

use crate::validation::{FieldErrors, Window, api_window};
use crate::web::{AppError, Field, ListResponse};

/// Two numeric ids in the path (`/plans/{id}/items/{item_id}`); anything
/// else is simply not found.
pub struct IdPair(pub i64, pub i64);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for IdPair {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, AppError> {
        let axum::extract::Path((a, b)) =
            axum::extract::Path::<(String, String)>::from_request_parts(parts, state)
                .await
                .map_err(|_| AppError::NotFound)?;
        match (a.parse(), b.parse()) {
            (Ok(a), Ok(b)) => Ok(IdPair(a, b)),
            _ => Err(AppError::NotFound),
        }
    }
}

/// The API's `limit` and `offset`, read as usual.
fn window(limit: Option<&str>, offset: Option<&str>) -> Result<Window, AppError> {
    api_window(limit, offset).map_err(AppError::Validation)
}

/// One page of a list that is held whole in memory.
fn page<T, V>(list: Vec<T>, window: Window, view: impl Fn(T) -> V) -> ListResponse<V> {
    let total = list.len() as u64;
    let items = list
        .into_iter()
        .skip(usize::try_from(window.offset).unwrap_or(usize::MAX))
        .take(usize::try_from(window.limit).unwrap_or(usize::MAX))
        .map(view)
        .collect();
    ListResponse { items, total }
}

/// A word of a vocabulary in a query string (absent or blank: none).
fn word<T>(
    field: &str,
    value: Option<&str>,
    parse: impl Fn(&str) -> Result<T, String>,
    errors: &mut FieldErrors,
) -> Option<T> {
    match value.map(str::trim) {
        None | Some("") => None,
        Some(word) => errors.check(field, parse(word)),
    }
}

/// A PUT does not move a record to another organisation: the refusal when
/// `organisation_id` was sent, to report with the other fields' messages.
fn stays(organisation_id: &mut Field<i64>, message: &str) -> FieldErrors {
    let mut errors = FieldErrors::new();
    if !matches!(std::mem::take(organisation_id), Field::Missing) {
        errors.add("organisation_id", message);
    }
    errors
}
