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
    fn emailed(&self, status: &EmailStatus) -> String {
        match status {
            EmailStatus::Sent => crate::t("acc-emailed-sent"),
            EmailStatus::Pending | EmailStatus::Sending => crate::t("acc-emailed-pending"),
            EmailStatus::Logged => crate::t("acc-emailed-logged"),
            EmailStatus::Failed => crate::t("acc-emailed-failed"),
            EmailStatus::Off => String::new(),
        }
    }

    fn unread_label(&self) -> String {
        crate::tn("acc-unread", self.unread)
    }

    fn kind_label(&self, kind: &Kind) -> String {
        kind_label(*kind)
    }
}

/// A kind's name in the reader's language (e-mails keep the English label).
fn kind_label(kind: Kind) -> String {
    crate::t(&format!("acc-kind-{}", kind.as_str().replace('_', "-")))
}

#[tracing::instrument(skip_all)]
pub async fn notifications(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Response, AppError> {
    Ok(NotificationsPage {
        layout: Layout::new(crate::t("acc-notifications"), Some(&actor), "notifications"),
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
        .filter(|k| k.optional())
        .map(|k| {
            let on = choices.get(&(actor.user_id, *k)).copied().unwrap_or(true);
            Choice::new(k.as_str(), kind_label(*k), on)
        })
        .collect();
    Ok(SettingsPage {
        layout: Layout::new(crate::t("acc-settings-title"), Some(actor), "notifications"),
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
        .filter(|k| k.optional())
        .map(|k| (*k, form.email.iter().any(|e| e == k.as_str())))
        .collect();
    store::set_email_choices(&state.db, actor.user_id, &choices).await?;
    settings_page(&state, &actor, true).await
}
