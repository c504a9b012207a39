//! The start page: a welcome for visitors, the dashboard for signed-in users.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

use super::{AppError, Layout};
use crate::app::AppState;
use crate::auth::Actor;
use crate::registry::{self, NetworkSummary};
use crate::softlanding::operations::dashboard::{Dashboard, dashboard};

#[derive(Template, WebTemplate)]
#[template(path = "web/home.html")]
struct HomePage {
    layout: Layout,
    summary: Option<NetworkSummary>,
    soft_landing: Dashboard,
    welcome_name: String,
    organisations_total: u64,
    own_organisation: Option<i64>,
    own_sme: Option<i64>,
    /// May open the handbook's desk (write or review chapters).
    can_author: bool,
    desk_requests_text: String,
}

#[tracing::instrument(skip_all)]
pub async fn home(
    State(state): State<AppState>,
    actor: Option<Actor>,
) -> Result<Response, AppError> {
    let Some(actor) = actor else {
        return Ok(HomePage {
            layout: Layout::new(crate::t("web-welcome-title"), None, "dashboard"),
            summary: None,
            soft_landing: Dashboard::default(),
            welcome_name: String::new(),
            organisations_total: 0,
            own_organisation: None,
            own_sme: None,
            can_author: false,
            desk_requests_text: String::new(),
        }
        .into_response());
    };
    let summary = registry::network_summary(&state.db, &actor).await?;
    let soft_landing = dashboard(&state.db, &actor).await?;
    let desk_requests_text = crate::tn("web-desk-requests", soft_landing.desk_requests);
    Ok(HomePage {
        layout: Layout::new(crate::t("web-dashboard-title"), Some(&actor), "dashboard"),
        organisations_total: summary.organisations.iter().map(|(_, n)| n).sum(),
        summary: Some(summary),
        soft_landing,
        welcome_name: actor.display_name.clone(),
        own_organisation: actor.organisation_id,
        own_sme: actor.sme_id,
        can_author: crate::handbook::model::can_author(&actor),
        desk_requests_text,
    }
    .into_response())
}
