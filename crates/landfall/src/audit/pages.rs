//! The audit log page, for the network coordinator.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::Action;
use super::store::{self, AuditEvent};
use crate::app::AppState;
use crate::auth::Actor;
use crate::validation::Window;
use crate::web::forms::{Choice, Pager};
use crate::web::{ApiQuery, AppError, Layout};

const PAGE_SIZE: u64 = 100;

#[derive(Template, WebTemplate)]
#[template(path = "audit/events.html")]
struct AuditPage {
    layout: Layout,
    events: Vec<AuditEvent>,
    actions: Vec<Choice>,
    pager: Pager,
}

impl AuditPage {
    fn action_label(&self, action: &Action) -> String {
        action_label(*action)
    }
}

/// An action's name in the reader's language (the log itself stays English).
fn action_label(action: Action) -> String {
    crate::t(&format!("acc-audit-{}", action.as_str().replace('_', "-")))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AuditQuery {
    action: Option<String>,
    page: Option<u64>,
}

#[tracing::instrument(skip_all)]
pub async fn events(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(query): ApiQuery<AuditQuery>,
) -> Result<Response, AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let action = query
        .action
        .as_deref()
        .filter(|a| !a.is_empty())
        .and_then(|a| Action::parse(a).ok());
    let page = query.page.unwrap_or(1).max(1);
    let window = Window {
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
    };
    let (events, total) = store::events(&state.db, action, window).await?;
    let chosen = action.map(|a| a.as_str().to_string());
    Ok(AuditPage {
        layout: Layout::new(crate::t("acc-audit-title"), Some(&actor), "audit"),
        events,
        actions: Action::ALL
            .iter()
            .map(|a| Choice::new(a.as_str(), action_label(*a), Some(*a) == action))
            .collect(),
        pager: Pager::new("/audit", &[("action", &chosen)], page, PAGE_SIZE, total),
    }
    .into_response())
}
