//! Pages: a person's notifications, and which kinds they get by e-mail.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::model::{EmailStatus, Kind};
use super::store::{self, Notification};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::web::forms::Choice;
use crate::web::{AppError, Layout};

/// The most notifications a page lists.
const SHOWN: u64 = 200;

#[derive(Template, WebTemplate)]
#[template(path = "notify/notifications.html")]
struct NotificationsPage {
    layout: Layout,
    notifications: Vec<Notification>,
    unread: u64,
}

impl NotificationsPage {
    fn emailed(&self, status: &EmailStatus) -> &'static str {
        match status {
            EmailStatus::Sent => "sent by e-mail",
            EmailStatus::Pending | EmailStatus::Sending => "e-mail on its way",
            EmailStatus::Logged => "e-mail written to the server log",
            EmailStatus::Failed => "e-mail could not be sent",
            EmailStatus::Off => "",
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn notifications(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Response, AppError> {
    Ok(NotificationsPage {
        layout: Layout::new("Notifications", Some(&actor), "notifications"),
        notifications: store::of_user(&state.db, actor.user_id, SHOWN).await?,
        unread: store::unread_count(&state.db, actor.user_id).await?,
    }
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReadForm {
    id: Option<i64>,
}

/// Marks one notification (or all) read.
#[tracing::instrument(skip_all)]
pub async fn mark_read(
    State(state): State<AppState>,
    CsrfForm { actor, form }: CsrfForm<ReadForm>,
) -> Result<Response, AppError> {
    let ids = form.id.map(|id| vec![id]);
    store::mark_read(&state.db, actor.user_id, ids.as_deref()).await?;
    Ok(Redirect::to("/notifications").into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "notify/settings.html")]
struct SettingsPage {
    layout: Layout,
    kinds: Vec<Choice>,
    saved: bool,
}

async fn settings_page(state: &AppState, actor: &Actor, saved: bool) -> Result<Response, AppError> {
    let choices = store::email_choices(&state.db, &[actor.user_id]).await?;
    let kinds = Kind::ALL
        .iter()
        .map(|k| {
            let on = choices.get(&(actor.user_id, *k)).copied().unwrap_or(true);
            Choice::new(k.as_str(), k.label(), on)
        })
        .collect();
    Ok(SettingsPage {
        layout: Layout::new("Notification settings", Some(actor), "notifications"),
        kinds,
        saved,
    }
    .into_response())
}

#[tracing::instrument(skip_all)]
pub async fn settings(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    settings_page(&state, &actor, false).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SettingsForm {
    /// The kinds wanted by e-mail (the others are shown in Landfall only).
    email: Vec<String>,
}

#[tracing::instrument(skip_all)]
pub async fn save_settings(
    State(state): State<AppState>,
    CsrfForm { actor, form }: CsrfForm<SettingsForm>,
) -> Result<Response, AppError> {
    let choices: Vec<(Kind, bool)> = Kind::ALL
        .iter()
        .map(|k| (*k, form.email.iter().any(|e| e == k.as_str())))
        .collect();
    store::set_email_choices(&state.db, actor.user_id, &choices).await?;
    settings_page(&state, &actor, true).await
}
