//! API: download one's data, close one's account, erase an SME's personal data.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::Value;

use super::Erasure;
use crate::app::AppState;
use crate::auth::Actor;
use crate::web::error::ErrorBody;
use crate::web::{AppError, Id};

/// Everything Landfall holds about the caller, and their SME's data for an
/// SME's member (its record with private figures and contacts, outcome
/// records, yearly figures, profiles, programme participations, and every row
/// that points at the SME, by table, under `records`).
#[utoipa::path(
    get, path = "/api/v1/me/export", tag = "privacy",
    responses((status = 200, body = Object), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn export(State(state): State<AppState>, actor: Actor) -> Result<Json<Value>, AppError> {
    Ok(Json(super::export(&state.db, &actor).await?))
}

/// Closes the caller's account for good.
#[utoipa::path(
    delete, path = "/api/v1/me", tag = "privacy",
    responses((status = 204, description = "Closed"), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn erase_me(State(state): State<AppState>, actor: Actor) -> Result<StatusCode, AppError> {
    super::erase_account(&state.db, &actor, actor.user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Closes someone's account for good (admins): as when they close it
/// themselves, their name leaves the audit log and others' notifications.
/// The network keeps at least one admin.
#[utoipa::path(
    delete, path = "/api/v1/users/{id}", tag = "privacy", params(("id" = i64, Path)),
    responses((status = 204, description = "Closed"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn erase_user(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<StatusCode, AppError> {
    super::erase_account(&state.db, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Erases an SME's personal data (admins): its name, address, texts and
/// contacts, its members' accounts, its profiles and the free texts of its
/// records; aggregate indicators stay as they were.
#[utoipa::path(
    post, path = "/api/v1/smes/{id}/erase", tag = "privacy", params(("id" = i64, Path)),
    responses((status = 200, body = Erasure), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn erase_sme(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<Erasure>, AppError> {
    Ok(Json(super::erase_sme(&state.db, &actor, id).await?))
}
