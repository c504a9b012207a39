//! The matchmaking queries. Writes run in the caller's transaction; clashes
//! (two meetings at one table, one person in two meetings at once, a second
//! request for the same pair) are refused by the database's constraints.

pub mod events;
pub mod profiles;

use crate::web::AppError;

/// Turns a stored word back into its type; a bad word is an internal error.
pub(crate) fn stored<T>(what: &str, result: Result<T, String>) -> Result<T, AppError> {
    result.map_err(|e| AppError::Internal(anyhow::anyhow!("stored {what}: {e}")))
}
