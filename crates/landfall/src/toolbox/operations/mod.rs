//! The toolbox's operations: each checks who may do it, validates with the
//! model and writes with the store in one transaction. Pages and the API go
//! through them; the demo loader writes with the store directly.

pub mod instruments;
pub mod methods;
pub mod plans;
pub mod strategy;

use crate::auth::Actor;
use crate::db::Db;
use crate::validation::FieldErrors;
use crate::web::AppError;

/// The organisation a new record belongs to: a manager's own (naming another
/// is forbidden), or the one an admin names. `what` says what the
/// organisation does with the record (`developed`, `pilot`, `plan`, `owns`:
/// the variants of `tb-err-which-organisation`).
async fn owning_organisation(
    db: &Db,
    actor: &Actor,
    named: Option<i64>,
    what: &str,
    errors: &mut FieldErrors,
) -> Result<Option<i64>, AppError> {
    let id = if actor.is_admin() {
        named
    } else {
        match (named, actor.organisation_id) {
            (Some(named), Some(own)) if named != own => return Err(AppError::Forbidden),
            (_, own) => own,
        }
    };
    match id {
        None => {
            errors.add(
                "organisation_id",
                crate::t1("tb-err-which-organisation", "what", what),
            );
            Ok(None)
        }
        Some(id) => {
            if crate::registry::store::organisation_refs(db, &[id])
                .await?
                .is_empty()
            {
                errors.add("organisation_id", crate::t("tb-err-no-organisation"));
                return Ok(None);
            }
            Ok(Some(id))
        }
    }
}

/// The model's verdict together with errors found before it (about the
/// organisation, the programme…): every message at once.
fn validated<T>(result: Result<T, FieldErrors>, mut errors: FieldErrors) -> Result<T, AppError> {
    match result {
        Ok(value) if errors.is_empty() => Ok(value),
        Ok(_) => Err(AppError::Validation(errors)),
        Err(more) => {
            errors.merge(more);
            Err(AppError::Validation(errors))
        }
    }
}
