//! API: the audit log, for admins.

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::Action;
use super::store;
use crate::app::AppState;
use crate::auth::Actor;
use crate::validation::{FieldErrors, api_window};
use crate::web::error::ErrorBody;
use crate::web::{ApiQuery, AppError, ListResponse};

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEventView {
    id: i64,
    occurred_at: DateTime<Utc>,
    /// `null`: the command line or the system.
    actor_user_id: Option<i64>,
    actor_name: String,
    actor_role: String,
    action: Action,
    /// What it was done to: `sme:12`, `application:7`, `user:3`…
    subject: String,
    summary: String,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct AuditParams {
    /// Only this action.
    action: Option<String>,
    /// Page size (1-200, default 50).
    limit: Option<String>,
    /// Items to skip (default 0).
    offset: Option<String>,
}

/// Sensitive actions, the newest first (admins only).
#[utoipa::path(
    get, path = "/api/v1/audit", tag = "audit", params(AuditParams),
    responses((status = 200, body = ListResponse<AuditEventView>), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn events(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<AuditParams>,
) -> Result<Json<ListResponse<AuditEventView>>, AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let window = api_window(params.limit.as_deref(), params.offset.as_deref())
        .map_err(AppError::Validation)?;
    let action = match params
        .action
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
    {
        None => None,
        Some(a) => Some(
            Action::parse(a).map_err(|m| AppError::Validation(FieldErrors::single("action", m)))?,
        ),
    };
    let (events, total) = store::events(&state.db, action, window).await?;
    Ok(Json(ListResponse {
        items: events
            .into_iter()
            .map(|e| AuditEventView {
                id: e.id,
                occurred_at: e.occurred_at,
                actor_user_id: e.actor_user_id,
                actor_name: e.actor_name,
                actor_role: e.actor_role,
                action: e.action,
                subject: e.subject,
                summary: e.summary,
            })
            .collect(),
        total,
    }))
}
