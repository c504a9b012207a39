//! API: the caller's notifications and e-mail choices.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::model::{EmailStatus, Kind};
use super::store;
use crate::app::AppState;
use crate::auth::Actor;
use crate::validation::FieldErrors;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, AppError, ListResponse};

#[derive(Debug, Serialize, ToSchema)]
pub struct NotificationView {
    id: i64,
    kind: Kind,
    subject: String,
    body: String,
    /// A path on this site, or empty.
    link: String,
    created_at: DateTime<Utc>,
    read_at: Option<DateTime<Utc>>,
    email_status: EmailStatus,
    email_sent_at: Option<DateTime<Utc>>,
}

/// The caller's notifications, the newest first (at most 200); `total` is
/// how many are unread.
#[utoipa::path(
    get, path = "/api/v1/notifications", tag = "notifications",
    responses((status = 200, body = ListResponse<NotificationView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<ListResponse<NotificationView>>, AppError> {
    let items = store::of_user(&state.db, actor.user_id, 200)
        .await?
        .into_iter()
        .map(|n| NotificationView {
            id: n.id,
            kind: n.notice.kind,
            subject: n.notice.subject,
            body: n.notice.body,
            link: n.notice.link,
            created_at: n.created_at,
            read_at: n.read_at,
            email_status: n.email_status,
            email_sent_at: n.email_sent_at,
        })
        .collect();
    Ok(Json(ListResponse {
        items,
        total: store::unread_count(&state.db, actor.user_id).await?,
    }))
}

/// Which notifications to mark read (`ids` left out: all).
#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct ReadWrite {
    ids: Option<Vec<i64>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReadView {
    marked: u64,
}

/// Marks notifications read.
#[utoipa::path(
    post, path = "/api/v1/notifications/read", tag = "notifications", request_body = ReadWrite,
    responses((status = 422, body = ErrorBody), (status = 200, body = ReadView), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn mark_read(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<ReadWrite>,
) -> Result<Json<ReadView>, AppError> {
    let marked = store::mark_read(&state.db, actor.user_id, body.ids.as_deref()).await?;
    Ok(Json(ReadView { marked }))
}

/// Whether each kind of notification also comes by e-mail.
#[derive(Debug, Serialize, ToSchema)]
pub struct PreferencesView {
    email: BTreeMap<String, bool>,
}

async fn preferences_of(state: &AppState, user_id: i64) -> Result<PreferencesView, AppError> {
    let choices = store::email_choices(&state.db, &[user_id]).await?;
    Ok(PreferencesView {
        email: Kind::ALL
            .iter()
            .filter(|k| k.optional())
            .map(|k| {
                (
                    k.as_str().to_string(),
                    choices.get(&(user_id, *k)).copied().unwrap_or(true),
                )
            })
            .collect(),
    })
}

/// The caller's e-mail choices (every kind: `true` unless turned off).
#[utoipa::path(
    get, path = "/api/v1/notifications/preferences", tag = "notifications",
    responses((status = 200, body = PreferencesView), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn preferences(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<PreferencesView>, AppError> {
    Ok(Json(preferences_of(&state, actor.user_id).await?))
}

#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct PreferencesWrite {
    /// Kind → wanted by e-mail. Kinds left out keep their choice.
    email: BTreeMap<String, bool>,
}

/// Changes the caller's e-mail choices.
#[utoipa::path(
    put, path = "/api/v1/notifications/preferences", tag = "notifications", request_body = PreferencesWrite,
    responses((status = 200, body = PreferencesView), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn put_preferences(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<PreferencesWrite>,
) -> Result<Json<PreferencesView>, AppError> {
    let current = preferences_of(&state, actor.user_id).await?.email;
    let mut errors = FieldErrors::new();
    let mut choices = Vec::new();
    for kind in Kind::ALL.iter().filter(|k| k.optional()) {
        let wanted = body
            .email
            .get(kind.as_str())
            .or_else(|| current.get(kind.as_str()))
            .copied()
            .unwrap_or(true);
        choices.push((*kind, wanted));
    }
    for key in body.email.keys() {
        match Kind::parse(key) {
            Err(message) => errors.add(format!("email.{key}"), message),
            Ok(kind) if !kind.optional() => {
                errors.add(format!("email.{key}"), crate::t("ntf-err-always-emailed"));
            }
            Ok(_) => {}
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    store::set_email_choices(&state.db, actor.user_id, &choices).await?;
    Ok(Json(preferences_of(&state, actor.user_id).await?))
}
