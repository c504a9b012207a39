//! Application state, the table of every URL, and serving on a listener.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::put;
use axum::routing::{delete, get, patch, post};
use axum::{Json, Router};
use tokio::net::TcpListener;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

use crate::audit;
use crate::calls;
use crate::db::Db;
use crate::handbook;
use crate::i18n;
use crate::notify;
use crate::ops;
use crate::privacy;
use crate::surveys;
use crate::toolbox;
use crate::web::error::{ErrorBody, html_errors};
use crate::web::{AppError, ListResponse};
use crate::{auth, matchmaking, monitoring, registry, softlanding, web};

/// Forms and API calls that carry files may be this large (files up to 10 MB).
const UPLOAD_BODY_LIMIT: usize = 12 * 1024 * 1024;

/// Everything a handler may need; cheap to clone. Nothing here is state that
/// another instance would need: sessions, tokens and throttling live in the database.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: Arc<Settings>,
    /// This process's own state: metrics, uptime, whether it is draining.
    pub runtime: Arc<ops::Runtime>,
}

impl AppState {
    pub fn new(db: Db, settings: Settings) -> Self {
        Self {
            db,
            settings: Arc::new(settings),
            runtime: Arc::new(ops::Runtime::new()),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Settings {
    /// Where users reach Landfall, without a trailing slash (for links in
    /// calendars and feeds).
    pub public_url: String,
    /// Mark cookies `Secure` and send HSTS (when served over HTTPS).
    pub secure_cookies: bool,
    /// API requests one client address may send per minute (0: no limit).
    pub api_rate_per_minute: u32,
    /// When set, `/metrics` needs `Authorization: Bearer <token>`.
    pub metrics_token: Option<String>,
    /// Reverse proxies whose `X-Forwarded-For` names the client (sign-in
    /// throttling and the rate limit count per client address).
    pub trusted_proxies: web::client_address::TrustedProxies,
}

impl Settings {
    pub fn for_public_url(public_url: &str) -> Self {
        Self {
            public_url: public_url.trim_end_matches('/').to_string(),
            secure_cookies: public_url.starts_with("https://"),
            api_rate_per_minute: web::ratelimit::DEFAULT_PER_MINUTE,
            metrics_token: None,
            trusted_proxies: web::client_address::TrustedProxies::default(),
        }
    }
}

/// Every URL of the application, in one place.
pub fn router(state: AppState) -> Router {
    use auth::{api as auth_api, pages as auth_pages};
    use matchmaking::api as mm_api;
    use matchmaking::pages as mm_pages;
    use monitoring::{api as mon_api, pages as mon_pages};
    use registry::{api as registry_api, pages as registry_pages};
    use softlanding::api as sl_api;
    use softlanding::pages as sl_pages;

    let pages = Router::new()
        .route("/", get(web::home::home))
        .route("/handbook", get(handbook::pages::contents))
        .route("/handbook/manage", get(handbook::pages::desk))
        .route(
            "/handbook/new",
            get(handbook::pages::new_chapter).post(handbook::pages::create_chapter),
        )
        .route("/handbook/{slug}", get(handbook::pages::chapter))
        .route("/handbook/{slug}/history", get(handbook::pages::history))
        .route(
            "/handbook/{slug}/versions/{number}",
            get(handbook::pages::version),
        )
        .route("/handbook/{slug}/draft", get(handbook::pages::draft))
        .route(
            "/handbook/{slug}/edit",
            get(handbook::pages::edit_draft).post(handbook::pages::save_draft),
        )
        .route("/handbook/{slug}/actions", post(handbook::pages::act))
        // --- Toolbox: instruments, plans, the methods library, strategy checklists ---
        .route("/toolbox", get(toolbox::pages::hub))
        .route("/instruments", get(toolbox::pages::instruments::catalogue))
        .route(
            "/instruments/new",
            get(toolbox::pages::instruments::new_instrument)
                .post(toolbox::pages::instruments::create_instrument),
        )
        .route(
            "/instruments/{slug}",
            get(toolbox::pages::instruments::instrument),
        )
        .route(
            "/instruments/{slug}/edit",
            get(toolbox::pages::instruments::edit_instrument)
                .post(toolbox::pages::instruments::update_instrument),
        )
        .route(
            "/instruments/{slug}/delete",
            post(toolbox::pages::instruments::delete_instrument),
        )
        .route("/plans", get(toolbox::pages::plans::plans))
        .route(
            "/plans/new",
            get(toolbox::pages::plans::new_plan).post(toolbox::pages::plans::create_plan),
        )
        .route("/plans/compare", get(toolbox::pages::plans::compare))
        .route("/plans/{id}", get(toolbox::pages::plans::plan))
        .route(
            "/plans/{id}/edit",
            get(toolbox::pages::plans::edit_plan).post(toolbox::pages::plans::update_plan),
        )
        .route(
            "/plans/{id}/delete",
            post(toolbox::pages::plans::delete_plan),
        )
        .route(
            "/plans/{id}/export",
            get(toolbox::pages::plans::export_plan),
        )
        .route("/plans/{id}/items", post(toolbox::pages::plans::add_item))
        .route(
            "/plans/{id}/items/{item_id}/edit",
            get(toolbox::pages::plans::edit_item).post(toolbox::pages::plans::update_item),
        )
        .route(
            "/plans/{id}/items/{item_id}/remove",
            post(toolbox::pages::plans::remove_item),
        )
        .route("/plans/{id}/kpis", post(toolbox::pages::plans::set_kpi))
        .route(
            "/plans/{id}/kpis/{kpi_id}/remove",
            post(toolbox::pages::plans::remove_kpi),
        )
        .route("/methods", get(toolbox::pages::methods::library))
        .route(
            "/methods/indicators",
            get(toolbox::pages::methods::targets).post(toolbox::pages::methods::set_targets),
        )
        .route(
            "/methods/new",
            get(toolbox::pages::methods::new_method).post(toolbox::pages::methods::create_method),
        )
        .route("/methods/{slug}", get(toolbox::pages::methods::method))
        .route(
            "/methods/{slug}/edit",
            get(toolbox::pages::methods::edit_method).post(toolbox::pages::methods::update_method),
        )
        .route(
            "/methods/{slug}/pilots",
            post(toolbox::pages::methods::add_pilot),
        )
        .route(
            "/pilots/{id}/edit",
            get(toolbox::pages::methods::edit_pilot).post(toolbox::pages::methods::update_pilot),
        )
        .route(
            "/organisations/{id}/strategy",
            get(toolbox::pages::strategy::strategy).post(toolbox::pages::strategy::save_checklist),
        )
        .route(
            "/organisations/{id}/strategy/self-check",
            post(toolbox::pages::strategy::save_self_check),
        )
        // --- end of toolbox ---
        .route(
            "/login",
            get(auth_pages::login_form).post(auth_pages::login),
        )
        .route("/logout", post(auth_pages::logout))
        .route(
            "/password/forgot",
            get(auth_pages::forgot_password_form).post(auth_pages::forgot_password),
        )
        .route(
            "/password/{token}",
            get(auth_pages::password_link_form).post(auth_pages::set_password_with_link),
        )
        .route("/users", get(auth_pages::users))
        .route("/users/invite", post(auth_pages::invite))
        .route("/users/{id}", get(auth_pages::user))
        .route("/users/{id}/role", post(auth_pages::change_role))
        .route("/users/{id}/close", post(privacy::pages::close_user))
        .route("/audit", get(audit::pages::events))
        .route("/language", post(i18n::pages::switch))
        .route("/account", get(privacy::pages::account))
        .route(
            "/account/password",
            get(auth_pages::change_password_form).post(auth_pages::change_password),
        )
        .route("/account/data", get(privacy::pages::download))
        .route("/account/close", post(privacy::pages::close))
        .route("/smes/{id}/erase", post(privacy::pages::erase_sme))
        .route("/directory", get(registry_pages::directory))
        .route("/directory/{slug}", get(registry_pages::directory_entry))
        .route("/organisations", get(registry_pages::organisations))
        .route(
            "/organisations/new",
            get(registry_pages::new_organisation).post(registry_pages::create_organisation),
        )
        .route("/organisations/{id}", get(registry_pages::organisation))
        .route(
            "/organisations/{id}/edit",
            get(registry_pages::edit_organisation).post(registry_pages::update_organisation),
        )
        .route(
            "/organisations/{id}/delete",
            get(registry_pages::confirm_delete_organisation)
                .post(registry_pages::delete_organisation),
        )
        .route("/smes", get(registry_pages::smes))
        .route(
            "/smes/new",
            get(registry_pages::new_sme).post(registry_pages::create_sme),
        )
        .route("/smes/{id}", get(registry_pages::sme))
        .route(
            "/smes/{id}/edit",
            get(registry_pages::edit_sme).post(registry_pages::update_sme),
        )
        .route(
            "/smes/{id}/delete",
            get(registry_pages::confirm_delete_sme).post(registry_pages::delete_sme),
        )
        .route("/programmes", get(sl_pages::programmes::programmes))
        .route(
            "/programmes/new",
            get(sl_pages::programmes::new_programme).post(sl_pages::programmes::create_programme),
        )
        .route("/programmes/{id}", get(sl_pages::programmes::programme))
        .route(
            "/programmes/{id}/dashboard",
            get(mon_pages::programme_dashboard),
        )
        .route(
            "/programmes/{id}/dashboard/indicators",
            post(mon_pages::define_programme_indicator),
        )
        .route(
            "/programmes/{id}/dashboard/kpis/export",
            get(mon_pages::export_programme_kpis),
        )
        .route(
            "/programmes/{id}/dashboard/kpis/{key}",
            get(mon_pages::programme_kpi),
        )
        .route(
            "/programmes/{id}/dashboard/kpis/{key}/records",
            get(mon_pages::programme_records),
        )
        .route("/programmes/{id}/report", get(mon_pages::programme_report))
        .route("/results/{slug}", get(mon_pages::results))
        .route("/monitoring", get(mon_pages::network_dashboard))
        .route(
            "/monitoring/indicators",
            post(mon_pages::define_network_indicator),
        )
        .route(
            "/monitoring/indicators/{id}/edit",
            get(mon_pages::edit_indicator).post(mon_pages::update_indicator),
        )
        .route(
            "/monitoring/indicators/{id}/delete",
            post(mon_pages::delete_indicator),
        )
        .route(
            "/monitoring/kpis/export",
            get(mon_pages::export_network_kpis),
        )
        .route("/monitoring/kpis/{key}", get(mon_pages::network_kpi))
        .route(
            "/monitoring/kpis/{key}/records",
            get(mon_pages::network_records),
        )
        .route("/smes/{id}/results", get(mon_pages::sme_results))
        .route("/smes/{id}/figures", post(mon_pages::put_figures))
        .route("/outcomes", get(mon_pages::outcomes))
        .route(
            "/outcomes/new",
            get(mon_pages::new_outcome)
                .post(mon_pages::create_outcome)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/outcomes/{id}", get(mon_pages::outcome))
        .route(
            "/outcomes/{id}/edit",
            get(mon_pages::edit_outcome)
                .post(mon_pages::update_outcome)
                .layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route("/outcomes/{id}/retract", post(mon_pages::retract_outcome))
        .route("/outcomes/{id}/evidence", get(mon_pages::evidence_file))
        .route(
            "/programmes/{id}/edit",
            get(sl_pages::programmes::edit_programme).post(sl_pages::programmes::update_programme),
        )
        .route(
            "/programmes/{id}/cohorts",
            post(sl_pages::programmes::create_cohort),
        )
        .route(
            "/programmes/{id}/participants/new",
            get(sl_pages::programmes::new_participant),
        )
        .route(
            "/programmes/{id}/participants",
            post(sl_pages::programmes::add_participant),
        )
        .route("/cohorts/{id}", get(sl_pages::programmes::cohort))
        .route(
            "/cohorts/{id}/edit",
            get(sl_pages::programmes::edit_cohort).post(sl_pages::programmes::update_cohort),
        )
        .route(
            "/cohorts/{id}/plan",
            get(sl_pages::programmes::plan_form).post(sl_pages::programmes::plan),
        )
        .route(
            "/participants/{id}",
            get(sl_pages::participants::participant),
        )
        .route(
            "/participants/{id}/edit",
            get(sl_pages::programmes::edit_participant)
                .post(sl_pages::programmes::update_participant),
        )
        .route(
            "/participants/{id}/remove",
            post(sl_pages::programmes::remove_participant),
        )
        .route(
            "/participants/{id}/journey/{step}",
            post(sl_pages::participants::act_on_step),
        )
        .route(
            "/participants/{id}/assessment",
            get(sl_pages::participants::assessment).post(sl_pages::participants::save_assessment),
        )
        .route(
            "/participants/{id}/assignments",
            post(sl_pages::participants::create_assignment),
        )
        .route(
            "/participants/{id}/bookings",
            post(sl_pages::participants::request_booking),
        )
        .route(
            "/participants/{id}/calendar",
            post(sl_pages::participants::renew_feed),
        )
        .route(
            "/participants/{id}/sessions/{session_id}/answer",
            post(sl_pages::participants::answer),
        )
        .route("/assignments/{id}", get(sl_pages::assignments::assignment))
        .route(
            "/assignments/{id}/change",
            post(sl_pages::assignments::change),
        )
        .route(
            "/assignments/{id}/remove",
            post(sl_pages::assignments::remove),
        )
        .route(
            "/assignments/{id}/submit",
            post(sl_pages::assignments::submit).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            "/assignments/{id}/review",
            post(sl_pages::assignments::review),
        )
        .route(
            "/assignments/{id}/submissions/{submission_id}/file",
            get(sl_pages::assignments::submission_file),
        )
        .route("/sessions", get(sl_pages::sessions::sessions))
        .route(
            "/sessions/new",
            get(sl_pages::sessions::new_session).post(sl_pages::sessions::create_session),
        )
        .route("/sessions/{id}", get(sl_pages::sessions::session))
        .route(
            "/sessions/{id}/edit",
            get(sl_pages::sessions::edit_session).post(sl_pages::sessions::update_session),
        )
        .route("/sessions/{id}/ics", get(sl_pages::sessions::session_ics))
        .route("/sessions/{id}/invite", post(sl_pages::sessions::invite))
        .route(
            "/sessions/{id}/attendance",
            post(sl_pages::sessions::attendance),
        )
        .route("/sessions/{id}/cancel", post(sl_pages::sessions::cancel))
        .route("/calendars/{file}", get(sl_pages::sessions::feed))
        .route("/desks", get(sl_pages::desks::desks))
        .route(
            "/desks/new",
            get(sl_pages::desks::new_desk).post(sl_pages::desks::create_desk),
        )
        .route(
            "/desks/{id}/edit",
            get(sl_pages::desks::edit_desk).post(sl_pages::desks::update_desk),
        )
        .route("/desks/occupancy", get(sl_pages::desks::occupancy))
        .route(
            "/desk-bookings/{id}/decision",
            post(sl_pages::desks::decide),
        )
        .route("/profiles", get(mm_pages::profiles::marketplace))
        .route(
            "/profiles/new",
            get(mm_pages::profiles::new_profile).post(mm_pages::profiles::create_profile),
        )
        .route("/profiles/mine", get(mm_pages::profiles::mine))
        .route("/profiles/review", get(mm_pages::profiles::review_queue))
        .route("/profiles/{id}", get(mm_pages::profiles::profile))
        .route(
            "/profiles/{id}/edit",
            get(mm_pages::profiles::edit_profile).post(mm_pages::profiles::update_profile),
        )
        .route("/profiles/{id}/actions", post(mm_pages::profiles::act))
        .route(
            "/profiles/{id}/introductions",
            post(mm_pages::profiles::ask_introduction),
        )
        .route(
            "/introductions/{id}/answer",
            post(mm_pages::profiles::answer_introduction),
        )
        .route("/smes/{id}/partners", get(mm_pages::profiles::sme_partners))
        .route("/events", get(mm_pages::events::events))
        .route(
            "/events/new",
            get(mm_pages::events::new_event).post(mm_pages::events::create_event),
        )
        .route("/events/{id}", get(mm_pages::events::event))
        .route(
            "/events/{id}/edit",
            get(mm_pages::events::edit_event).post(mm_pages::events::update_event),
        )
        .route("/events/{id}/sessions", post(mm_pages::events::add_session))
        .route(
            "/events/{id}/sessions/{session_id}/remove",
            post(mm_pages::events::remove_session),
        )
        .route("/events/{id}/register", post(mm_pages::events::register))
        .route(
            "/events/{id}/register-sme",
            post(mm_pages::events::register_sme),
        )
        .route(
            "/registrations/{id}/edit",
            post(mm_pages::events::update_registration),
        )
        .route(
            "/registrations/{id}/cancel",
            post(mm_pages::events::cancel_registration),
        )
        .route(
            "/events/{id}/requests",
            post(mm_pages::events::send_request),
        )
        .route(
            "/meeting-requests/{id}/answer",
            post(mm_pages::events::answer_request),
        )
        .route(
            "/meeting-requests/{id}/withdraw",
            post(mm_pages::events::withdraw_request),
        )
        .route("/events/{id}/agenda", get(mm_pages::agendas::agenda))
        .route("/events/{id}/agenda.ics", get(mm_api::meetings::agenda_ics))
        .route(
            "/meetings/{id}/outcome",
            post(mm_pages::agendas::record_outcome),
        )
        .route("/events/{id}/stats", get(mm_pages::agendas::stats))
        .route("/events/{id}/plan", get(mm_pages::plan::plan))
        .route("/events/{id}/schedule", post(mm_pages::plan::run))
        .route("/events/{id}/publish", post(mm_pages::plan::publish))
        .route("/events/{id}/meetings", post(mm_pages::plan::add_meeting))
        .route("/meetings/{id}/place", post(mm_pages::plan::place))
        .route(
            "/meetings/{id}/remove",
            post(mm_pages::plan::remove_meeting),
        )
        .route("/notifications", get(notify::pages::notifications))
        .route("/notifications/read", post(notify::pages::mark_read))
        .route(
            "/notifications/settings",
            get(notify::pages::settings).post(notify::pages::save_settings),
        )
        // Joint calls
        .route("/calls", get(calls::pages::calls))
        .route(
            "/calls/new",
            get(calls::pages::new_call).post(calls::pages::create_call),
        )
        .route("/calls/statistics", get(calls::pages::statistics))
        .route(
            "/calls/statistics/export",
            get(calls::pages::export_statistics),
        )
        .route("/calls/{id}", get(calls::pages::call))
        .route(
            "/calls/{id}/edit",
            get(calls::pages::edit_call).post(calls::pages::update_call),
        )
        .route(
            "/calls/{id}/rubric",
            get(calls::pages::edit_rubric).post(calls::pages::save_rubric),
        )
        .route(
            "/calls/{id}/applications",
            post(calls::pages::start_application),
        )
        .route("/calls/{id}/board", get(calls::pages::board))
        .route("/applications/{id}", get(calls::pages::application))
        .route(
            "/applications/{id}/edit",
            get(calls::pages::edit_application).post(calls::pages::save_application),
        )
        .route("/applications/{id}/submit", post(calls::pages::submit))
        .route("/applications/{id}/withdraw", post(calls::pages::withdraw))
        .route("/applications/{id}/evaluators", post(calls::pages::assign))
        .route(
            "/applications/{id}/evaluators/{user_id}/remove",
            post(calls::pages::unassign),
        )
        .route(
            "/applications/{id}/review",
            get(calls::pages::review).post(calls::pages::save_review),
        )
        .route("/applications/{id}/decisions", post(calls::pages::decide))
        .route(
            "/applications/{id}/letters/{funder_id}",
            get(calls::pages::letter),
        )
        .route("/surveys", get(surveys::pages::list))
        .route(
            "/surveys/new",
            get(surveys::pages::new_survey).post(surveys::pages::create_survey),
        )
        .route("/surveys/{id}", get(surveys::pages::survey))
        .route(
            "/surveys/{id}/edit",
            get(surveys::pages::edit_survey).post(surveys::pages::update_survey),
        )
        .route(
            "/surveys/{id}/questions/new",
            get(surveys::pages::new_question).post(surveys::pages::create_question),
        )
        .route(
            "/surveys/{id}/questions/{question_id}/edit",
            get(surveys::pages::edit_question).post(surveys::pages::update_question),
        )
        .route(
            "/surveys/{id}/questions/{question_id}/delete",
            post(surveys::pages::delete_question),
        )
        .route(
            "/surveys/{id}/questions/{question_id}/move",
            post(surveys::pages::move_question),
        )
        .route("/surveys/{id}/waves", post(surveys::pages::send_wave))
        .route(
            "/surveys/{id}/waves/{number}/reminders",
            post(surveys::pages::remind),
        )
        .route("/surveys/{id}/close", post(surveys::pages::close))
        .route("/surveys/{id}/results", get(surveys::pages::results))
        .route(
            "/surveys/{id}/export/answers",
            get(surveys::pages::export_answers),
        )
        .route(
            "/surveys/{id}/export/questions/{question_id}",
            get(surveys::pages::export_ranking),
        )
        .route(
            "/s/{token}",
            get(surveys::pages::answer_form).post(surveys::pages::submit_answers),
        )
        .fallback(page_not_found)
        .layer(from_fn(html_errors));

    let api = Router::new()
        .route(
            "/api/v1/auth/token",
            post(auth_api::issue_token).delete(auth_api::revoke_token),
        )
        .route(
            "/api/v1/me",
            get(auth_api::me).delete(privacy::api::erase_me),
        )
        .route("/api/v1/me/password", post(auth_api::change_password))
        .route(
            "/api/v1/users",
            get(auth_api::list_users).post(auth_api::invite_user),
        )
        .route("/api/v1/users/{id}", delete(privacy::api::erase_user))
        .route("/api/v1/users/{id}/role", put(auth_api::change_role))
        .route("/api/v1/audit", get(audit::api::events))
        .route("/api/v1/me/export", get(privacy::api::export))
        .route("/api/v1/smes/{id}/erase", post(privacy::api::erase_sme))
        .route(
            "/api/v1/organisations",
            get(registry_api::list_organisations).post(registry_api::create_organisation),
        )
        .route(
            "/api/v1/organisations/{id}",
            get(registry_api::get_organisation)
                .patch(registry_api::update_organisation)
                .delete(registry_api::delete_organisation),
        )
        .route(
            "/api/v1/smes",
            get(registry_api::list_smes).post(registry_api::create_sme),
        )
        .route(
            "/api/v1/smes/{id}",
            get(registry_api::get_sme)
                .patch(registry_api::update_sme)
                .delete(registry_api::delete_sme),
        )
        .route(
            "/api/v1/programmes",
            get(sl_api::programmes::list_programmes).post(sl_api::programmes::create_programme),
        )
        .route(
            "/api/v1/programmes/{id}",
            get(sl_api::programmes::get_programme).patch(sl_api::programmes::update_programme),
        )
        .route(
            "/api/v1/programmes/{id}/cohorts",
            get(sl_api::programmes::list_cohorts).post(sl_api::programmes::create_cohort),
        )
        .route(
            "/api/v1/programmes/{id}/participants",
            get(sl_api::programmes::list_participants).post(sl_api::programmes::add_participant),
        )
        .route(
            "/api/v1/cohorts/{id}",
            get(sl_api::programmes::get_cohort).patch(sl_api::programmes::update_cohort),
        )
        .route(
            "/api/v1/cohorts/{id}/plan",
            post(sl_api::sessions::plan_cohort),
        )
        .route(
            "/api/v1/participants/{id}",
            get(sl_api::programmes::get_participant)
                .patch(sl_api::programmes::update_participant)
                .delete(sl_api::programmes::remove_participant),
        )
        .route(
            "/api/v1/participants/{id}/journey",
            get(sl_api::journeys::get_journey),
        )
        .route(
            "/api/v1/participants/{id}/journey/{step}",
            post(sl_api::journeys::act_on_step),
        )
        .route(
            "/api/v1/participants/{id}/history",
            get(sl_api::journeys::get_history),
        )
        .route(
            "/api/v1/participants/{id}/assessment",
            get(sl_api::journeys::get_assessment).put(sl_api::journeys::put_assessment),
        )
        .route(
            "/api/v1/participants/{id}/assignments",
            get(sl_api::assignments::list_assignments).post(sl_api::assignments::create_assignment),
        )
        .route(
            "/api/v1/participants/{id}/calendar",
            post(sl_api::journeys::participant_calendar),
        )
        .route(
            "/api/v1/assignments/{id}",
            get(sl_api::assignments::get_assignment)
                .patch(sl_api::assignments::update_assignment)
                .delete(sl_api::assignments::delete_assignment),
        )
        .route(
            "/api/v1/assignments/{id}/submissions",
            post(sl_api::assignments::submit).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            "/api/v1/assignments/{id}/review",
            post(sl_api::assignments::review),
        )
        .route(
            "/api/v1/assignments/{id}/submissions/{submission_id}/file",
            get(sl_api::assignments::submission_file),
        )
        .route(
            "/api/v1/sessions",
            get(sl_api::sessions::list_sessions).post(sl_api::sessions::create_session),
        )
        .route(
            "/api/v1/sessions/{id}",
            get(sl_api::sessions::get_session).patch(sl_api::sessions::update_session),
        )
        .route(
            "/api/v1/sessions/{id}/cancel",
            post(sl_api::sessions::cancel_session),
        )
        .route(
            "/api/v1/sessions/{id}/invitations",
            post(sl_api::sessions::invite),
        )
        .route(
            "/api/v1/sessions/{id}/invitations/{participant_id}",
            post(sl_api::sessions::answer),
        )
        .route(
            "/api/v1/sessions/{id}/attendance",
            post(sl_api::sessions::attendance),
        )
        .route(
            "/api/v1/sessions/{id}/ics",
            get(sl_api::sessions::session_ics),
        )
        .route(
            "/api/v1/desks",
            get(sl_api::desks::list_desks).post(sl_api::desks::create_desk),
        )
        .route(
            "/api/v1/desks/{id}",
            get(sl_api::desks::get_desk).patch(sl_api::desks::update_desk),
        )
        .route(
            "/api/v1/desk-bookings",
            get(sl_api::desks::list_bookings).post(sl_api::desks::create_booking),
        )
        .route(
            "/api/v1/desk-bookings/{id}",
            get(sl_api::desks::get_booking),
        )
        .route(
            "/api/v1/desk-bookings/{id}/decision",
            post(sl_api::desks::decide),
        )
        .route(
            "/api/v1/organisations/{id}/occupancy",
            get(sl_api::desks::occupancy),
        )
        .route(
            "/api/v1/organisations/{id}/calendar",
            post(sl_api::journeys::organisation_calendar),
        )
        .route(
            "/api/v1/profiles",
            get(mm_api::profiles::search).post(mm_api::profiles::create),
        )
        .route("/api/v1/profiles/mine", get(mm_api::profiles::mine))
        .route(
            "/api/v1/profiles/review-queue",
            get(mm_api::profiles::review_queue),
        )
        .route(
            "/api/v1/profiles/{id}",
            get(mm_api::profiles::get).patch(mm_api::profiles::update),
        )
        .route("/api/v1/profiles/{id}/actions", post(mm_api::profiles::act))
        .route(
            "/api/v1/profiles/{id}/recommendations",
            get(mm_api::profiles::profile_recommendations),
        )
        .route(
            "/api/v1/profiles/{id}/introductions",
            post(mm_api::profiles::ask_introduction),
        )
        .route(
            "/api/v1/smes/{id}/recommendations",
            get(mm_api::profiles::sme_recommendations),
        )
        .route(
            "/api/v1/introductions",
            get(mm_api::profiles::introductions),
        )
        .route(
            "/api/v1/introductions/{id}/answer",
            post(mm_api::profiles::answer_introduction),
        )
        .route(
            "/api/v1/events",
            get(mm_api::events::list_events).post(mm_api::events::create_event),
        )
        .route(
            "/api/v1/events/{id}",
            get(mm_api::events::get_event).patch(mm_api::events::update_event),
        )
        .route(
            "/api/v1/events/{id}/sessions",
            get(mm_api::events::list_sessions).post(mm_api::events::add_session),
        )
        .route(
            "/api/v1/events/{id}/sessions/{session_id}",
            delete(mm_api::events::remove_session),
        )
        .route(
            "/api/v1/events/{id}/registrations",
            get(mm_api::events::list_registrations).post(mm_api::events::register),
        )
        .route(
            "/api/v1/registrations/{id}",
            patch(mm_api::events::update_registration).delete(mm_api::events::cancel_registration),
        )
        .route(
            "/api/v1/events/{id}/requests",
            get(mm_api::events::list_requests).post(mm_api::events::send_request),
        )
        .route(
            "/api/v1/meeting-requests/{id}/answer",
            post(mm_api::events::answer_request),
        )
        .route(
            "/api/v1/meeting-requests/{id}/withdraw",
            post(mm_api::events::withdraw_request),
        )
        .route(
            "/api/v1/events/{id}/meetings",
            get(mm_api::meetings::list_meetings).post(mm_api::meetings::add_meeting),
        )
        .route(
            "/api/v1/meetings/{id}",
            patch(mm_api::meetings::change_meeting).delete(mm_api::meetings::remove_meeting),
        )
        .route(
            "/api/v1/meetings/{id}/outcome",
            post(mm_api::meetings::record_outcome),
        )
        .route(
            "/api/v1/events/{id}/schedule",
            post(mm_api::meetings::schedule),
        )
        .route(
            "/api/v1/events/{id}/scheduler-input",
            get(mm_api::meetings::scheduler_input),
        )
        .route(
            "/api/v1/events/{id}/publish",
            post(mm_api::meetings::publish),
        )
        .route("/api/v1/events/{id}/agenda", get(mm_api::meetings::agenda))
        .route(
            "/api/v1/events/{id}/agenda.ics",
            get(mm_api::meetings::agenda_ics),
        )
        .route(
            "/api/v1/events/{id}/table-plan",
            get(mm_api::meetings::table_plan),
        )
        .route("/api/v1/events/{id}/stats", get(mm_api::meetings::stats))
        .route(
            "/api/v1/outcomes",
            get(mon_api::list_outcomes).post(mon_api::create_outcome),
        )
        .route(
            "/api/v1/outcomes/{id}",
            get(mon_api::get_outcome).patch(mon_api::correct_outcome),
        )
        .route(
            "/api/v1/outcomes/{id}/retract",
            post(mon_api::retract_outcome),
        )
        .route(
            "/api/v1/outcomes/{id}/evidence",
            post(mon_api::attach_evidence).layer(DefaultBodyLimit::max(UPLOAD_BODY_LIMIT)),
        )
        .route(
            "/api/v1/outcomes/{id}/history",
            get(mon_api::outcome_history),
        )
        .route(
            "/api/v1/smes/{id}/figures",
            get(mon_api::get_figures).put(mon_api::put_figures),
        )
        .route(
            "/api/v1/indicators",
            get(mon_api::list_indicators).post(mon_api::create_indicator),
        )
        .route(
            "/api/v1/indicators/{id}",
            get(mon_api::get_indicator)
                .put(mon_api::update_indicator)
                .delete(mon_api::delete_indicator),
        )
        .route("/api/v1/programmes/{id}/kpis", get(mon_api::programme_kpis))
        .route("/api/v1/network/kpis", get(mon_api::network_kpis))
        .route(
            "/api/v1/handbook/chapters",
            get(handbook::api::list_chapters).post(handbook::api::create_chapter),
        )
        .route(
            "/api/v1/handbook/chapters/{slug}",
            get(handbook::api::get_chapter),
        )
        .route(
            "/api/v1/handbook/chapters/{slug}/draft",
            get(handbook::api::get_draft).put(handbook::api::put_draft),
        )
        .route(
            "/api/v1/handbook/chapters/{slug}/actions",
            post(handbook::api::act),
        )
        .route(
            "/api/v1/handbook/chapters/{slug}/versions",
            get(handbook::api::list_versions),
        )
        // --- Toolbox: instruments, plans, the methods library, strategy checklists ---
        .route(
            "/api/v1/instruments",
            get(toolbox::api::instruments::list_instruments)
                .post(toolbox::api::instruments::create_instrument),
        )
        .route(
            "/api/v1/instruments/{id}",
            get(toolbox::api::instruments::get_instrument)
                .put(toolbox::api::instruments::update_instrument)
                .delete(toolbox::api::instruments::delete_instrument),
        )
        .route(
            "/api/v1/plans",
            get(toolbox::api::plans::list_plans).post(toolbox::api::plans::create_plan),
        )
        .route(
            "/api/v1/plans/compare",
            get(toolbox::api::plans::compare_plans),
        )
        .route(
            "/api/v1/plans/{id}",
            get(toolbox::api::plans::get_plan)
                .put(toolbox::api::plans::update_plan)
                .delete(toolbox::api::plans::delete_plan),
        )
        .route(
            "/api/v1/plans/{id}/items",
            post(toolbox::api::plans::add_item),
        )
        .route(
            "/api/v1/plans/{id}/items/{item_id}",
            put(toolbox::api::plans::update_item).delete(toolbox::api::plans::remove_item),
        )
        .route(
            "/api/v1/plans/{id}/kpis",
            post(toolbox::api::plans::set_kpi),
        )
        .route(
            "/api/v1/plans/{id}/kpis/{kpi_id}",
            delete(toolbox::api::plans::remove_kpi),
        )
        .route(
            "/api/v1/methods",
            get(toolbox::api::methods::list_methods).post(toolbox::api::methods::create_method),
        )
        .route(
            "/api/v1/methods/indicators",
            get(toolbox::api::methods::library_indicators)
                .put(toolbox::api::methods::set_library_targets),
        )
        .route(
            "/api/v1/methods/{id}",
            get(toolbox::api::methods::get_method).put(toolbox::api::methods::update_method),
        )
        .route(
            "/api/v1/methods/{id}/pilots",
            post(toolbox::api::methods::add_pilot),
        )
        .route(
            "/api/v1/pilots/{id}",
            put(toolbox::api::methods::update_pilot),
        )
        .route(
            "/api/v1/organisations/{id}/strategy",
            get(toolbox::api::strategy::get_strategy).put(toolbox::api::strategy::put_strategy),
        )
        // --- end of toolbox ---
        .route(
            "/api/v1/surveys",
            get(surveys::api::list_surveys).post(surveys::api::create_survey),
        )
        .route(
            "/api/v1/surveys/{id}",
            get(surveys::api::get_survey).patch(surveys::api::update_survey),
        )
        .route(
            "/api/v1/surveys/{id}/questions",
            put(surveys::api::put_questions),
        )
        .route("/api/v1/surveys/{id}/waves", post(surveys::api::send_wave))
        .route(
            "/api/v1/surveys/{id}/waves/{number}/reminders",
            post(surveys::api::remind),
        )
        .route(
            "/api/v1/surveys/{id}/invitations",
            get(surveys::api::list_invitations),
        )
        .route(
            "/api/v1/surveys/{id}/close",
            post(surveys::api::close_survey),
        )
        .route("/api/v1/surveys/{id}/results", get(surveys::api::results))
        .route(
            "/api/v1/surveys/{id}/responses",
            get(surveys::api::responses),
        )
        .route(
            "/api/v1/responses/{token}",
            get(surveys::api::get_questionnaire).post(surveys::api::answer),
        )
        .route("/api/v1/notifications", get(notify::api::list))
        .route("/api/v1/notifications/read", post(notify::api::mark_read))
        .route(
            "/api/v1/notifications/preferences",
            get(notify::api::preferences).put(notify::api::put_preferences),
        )
        // Joint calls
        .route(
            "/api/v1/calls",
            get(calls::api::list_calls).post(calls::api::create_call),
        )
        .route("/api/v1/calls/statistics", get(calls::api::statistics))
        .route(
            "/api/v1/calls/{id}",
            get(calls::api::get_call).put(calls::api::update_call),
        )
        .route("/api/v1/calls/{id}/rubric", put(calls::api::put_rubric))
        .route(
            "/api/v1/calls/{id}/applications",
            get(calls::api::list_applications).post(calls::api::create_application),
        )
        .route("/api/v1/calls/{id}/decisions", get(calls::api::board))
        .route(
            "/api/v1/applications/{id}",
            get(calls::api::get_application).put(calls::api::update_application),
        )
        .route(
            "/api/v1/applications/{id}/check",
            get(calls::api::check_application),
        )
        .route(
            "/api/v1/applications/{id}/submit",
            post(calls::api::submit_application),
        )
        .route(
            "/api/v1/applications/{id}/withdraw",
            post(calls::api::withdraw_application),
        )
        .route(
            "/api/v1/applications/{id}/evaluators",
            get(calls::api::list_assignments).post(calls::api::assign_evaluator),
        )
        .route(
            "/api/v1/applications/{id}/evaluators/{user_id}",
            delete(calls::api::unassign_evaluator),
        )
        .route(
            "/api/v1/applications/{id}/review",
            get(calls::api::get_review).put(calls::api::put_review),
        )
        .route(
            "/api/v1/applications/{id}/decisions",
            put(calls::api::decide),
        )
        .route("/api/v1/evaluators", get(calls::api::list_evaluators))
        .route("/api/v1/reviews", get(calls::api::list_reviews))
        .route("/api/openapi.json", get(openapi))
        .route("/api/{*rest}", axum::routing::any(api_not_found))
        .layer(from_fn_with_state(
            web::ratelimit::ApiLimiter::new(state.settings.api_rate_per_minute),
            web::ratelimit::limit,
        ));

    let app = Router::new()
        .merge(api)
        .merge(pages)
        .merge(web::assets())
        .route("/healthz", get(healthz))
        .route("/readyz", get(ops::api::readyz))
        .route("/metrics", get(ops::metrics::scrape))
        .layer(from_fn_with_state(state.clone(), auth::identify))
        .layer(from_fn_with_state(state.clone(), ops::metrics::track))
        // Outermost, so that throttling and the rate limit see the client's address.
        .layer(from_fn_with_state(
            Arc::new(state.settings.trusted_proxies.clone()),
            web::client_address::resolve,
        ))
        .with_state(state.clone());
    with_security_headers(app, state.settings.secure_cookies).layer(TraceLayer::new_for_http())
}

/// Headers every response carries: no framing, no sniffing, no inline scripts,
/// nothing loaded from other hosts; and over HTTPS, HSTS so that browsers
/// never come back over plain HTTP.
fn with_security_headers(router: Router, https: bool) -> Router {
    let router = if https {
        router.layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ))
    } else {
        router
    };
    const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                       object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (HeaderName::from_static("x-frame-options"), "DENY"),
    ]
    .into_iter()
    .fold(router, |router, (name, value)| {
        router.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ))
    })
}

/// Liveness: 200 when the database answers, 503 otherwise (readiness, which
/// also says whether to send traffic here, is `/readyz`).
async fn healthz(State(state): State<AppState>) -> Result<&'static str, AppError> {
    state.db.ping().await.map_err(AppError::Unavailable)?;
    Ok("ok")
}

async fn page_not_found() -> AppError {
    AppError::NotFound
}

async fn api_not_found(request: Request) -> Response {
    let body = ErrorBody {
        error: format!("no API endpoint at {}", request.uri().path()),
        fields: None,
        conflict: None,
    };
    (StatusCode::NOT_FOUND, Json(body)).into_response()
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Landfall API",
        description = "JSON API of Landfall. Sign in with POST /api/v1/auth/token and send the \
                       token as `Authorization: Bearer <token>`. Lists return \
                       `{\"items\": [...], \"total\": N}` and take `limit` (1-200) and `offset`. \
                       Errors return `{\"error\": \"...\", \"fields\": {\"field\": \"message\"}}`."
    ),
    paths(
        auth::api::issue_token,
        auth::api::revoke_token,
        auth::api::me,
        auth::api::list_users,
        auth::api::change_role,
        auth::api::change_password,
        auth::api::invite_user,
        audit::api::events,
        privacy::api::export,
        privacy::api::erase_me,
        privacy::api::erase_user,
        privacy::api::erase_sme,
        registry::api::list_organisations,
        registry::api::create_organisation,
        registry::api::get_organisation,
        registry::api::update_organisation,
        registry::api::delete_organisation,
        registry::api::list_smes,
        registry::api::create_sme,
        registry::api::get_sme,
        registry::api::update_sme,
        registry::api::delete_sme,
        softlanding::api::programmes::list_programmes,
        softlanding::api::programmes::create_programme,
        softlanding::api::programmes::get_programme,
        softlanding::api::programmes::update_programme,
        softlanding::api::programmes::list_cohorts,
        softlanding::api::programmes::create_cohort,
        softlanding::api::programmes::get_cohort,
        softlanding::api::programmes::update_cohort,
        softlanding::api::programmes::list_participants,
        softlanding::api::programmes::add_participant,
        softlanding::api::programmes::get_participant,
        softlanding::api::programmes::update_participant,
        softlanding::api::programmes::remove_participant,
        softlanding::api::journeys::get_journey,
        softlanding::api::journeys::act_on_step,
        softlanding::api::journeys::get_history,
        softlanding::api::journeys::get_assessment,
        softlanding::api::journeys::put_assessment,
        softlanding::api::journeys::participant_calendar,
        softlanding::api::journeys::organisation_calendar,
        softlanding::api::assignments::list_assignments,
        softlanding::api::assignments::create_assignment,
        softlanding::api::assignments::get_assignment,
        softlanding::api::assignments::update_assignment,
        softlanding::api::assignments::delete_assignment,
        softlanding::api::assignments::submit,
        softlanding::api::assignments::review,
        softlanding::api::assignments::submission_file,
        softlanding::api::sessions::list_sessions,
        softlanding::api::sessions::create_session,
        softlanding::api::sessions::get_session,
        softlanding::api::sessions::update_session,
        softlanding::api::sessions::cancel_session,
        softlanding::api::sessions::invite,
        softlanding::api::sessions::answer,
        softlanding::api::sessions::attendance,
        softlanding::api::sessions::session_ics,
        softlanding::api::sessions::plan_cohort,
        softlanding::api::desks::list_desks,
        softlanding::api::desks::create_desk,
        softlanding::api::desks::get_desk,
        softlanding::api::desks::update_desk,
        softlanding::api::desks::list_bookings,
        softlanding::api::desks::create_booking,
        softlanding::api::desks::get_booking,
        softlanding::api::desks::decide,
        softlanding::api::desks::occupancy,
        matchmaking::api::profiles::search,
        matchmaking::api::profiles::mine,
        matchmaking::api::profiles::review_queue,
        matchmaking::api::profiles::create,
        matchmaking::api::profiles::get,
        matchmaking::api::profiles::update,
        matchmaking::api::profiles::act,
        matchmaking::api::profiles::profile_recommendations,
        matchmaking::api::profiles::sme_recommendations,
        matchmaking::api::profiles::ask_introduction,
        matchmaking::api::profiles::introductions,
        matchmaking::api::profiles::answer_introduction,
        matchmaking::api::events::list_events,
        matchmaking::api::events::create_event,
        matchmaking::api::events::get_event,
        matchmaking::api::events::update_event,
        matchmaking::api::events::list_sessions,
        matchmaking::api::events::add_session,
        matchmaking::api::events::remove_session,
        matchmaking::api::events::list_registrations,
        matchmaking::api::events::register,
        matchmaking::api::events::update_registration,
        matchmaking::api::events::cancel_registration,
        matchmaking::api::events::list_requests,
        matchmaking::api::events::send_request,
        matchmaking::api::events::answer_request,
        matchmaking::api::events::withdraw_request,
        matchmaking::api::meetings::list_meetings,
        matchmaking::api::meetings::add_meeting,
        matchmaking::api::meetings::change_meeting,
        matchmaking::api::meetings::remove_meeting,
        matchmaking::api::meetings::record_outcome,
        matchmaking::api::meetings::schedule,
        matchmaking::api::meetings::scheduler_input,
        matchmaking::api::meetings::publish,
        matchmaking::api::meetings::agenda,
        matchmaking::api::meetings::agenda_ics,
        matchmaking::api::meetings::table_plan,
        matchmaking::api::meetings::stats,
        monitoring::api::list_outcomes,
        monitoring::api::create_outcome,
        monitoring::api::get_outcome,
        monitoring::api::correct_outcome,
        monitoring::api::retract_outcome,
        monitoring::api::attach_evidence,
        monitoring::api::outcome_history,
        monitoring::api::get_figures,
        monitoring::api::put_figures,
        monitoring::api::list_indicators,
        monitoring::api::create_indicator,
        monitoring::api::get_indicator,
        monitoring::api::update_indicator,
        monitoring::api::delete_indicator,
        monitoring::api::programme_kpis,
        monitoring::api::network_kpis,
        handbook::api::list_chapters,
        handbook::api::get_chapter,
        handbook::api::create_chapter,
        handbook::api::get_draft,
        handbook::api::put_draft,
        handbook::api::act,
        handbook::api::list_versions,
        toolbox::api::instruments::list_instruments,
        toolbox::api::instruments::create_instrument,
        toolbox::api::instruments::get_instrument,
        toolbox::api::instruments::update_instrument,
        toolbox::api::instruments::delete_instrument,
        toolbox::api::plans::list_plans,
        toolbox::api::plans::compare_plans,
        toolbox::api::plans::create_plan,
        toolbox::api::plans::get_plan,
        toolbox::api::plans::update_plan,
        toolbox::api::plans::delete_plan,
        toolbox::api::plans::add_item,
        toolbox::api::plans::update_item,
        toolbox::api::plans::remove_item,
        toolbox::api::plans::set_kpi,
        toolbox::api::plans::remove_kpi,
        toolbox::api::methods::list_methods,
        toolbox::api::methods::create_method,
        toolbox::api::methods::library_indicators,
        toolbox::api::methods::set_library_targets,
        toolbox::api::methods::get_method,
        toolbox::api::methods::update_method,
        toolbox::api::methods::add_pilot,
        toolbox::api::methods::update_pilot,
        toolbox::api::strategy::get_strategy,
        toolbox::api::strategy::put_strategy,
        surveys::api::list_surveys,
        surveys::api::create_survey,
        surveys::api::get_survey,
        surveys::api::update_survey,
        surveys::api::put_questions,
        surveys::api::send_wave,
        surveys::api::remind,
        surveys::api::list_invitations,
        surveys::api::close_survey,
        surveys::api::results,
        surveys::api::responses,
        surveys::api::get_questionnaire,
        surveys::api::answer,
        notify::api::list,
        notify::api::mark_read,
        notify::api::preferences,
        notify::api::put_preferences,
        calls::api::list_calls,
        calls::api::create_call,
        calls::api::get_call,
        calls::api::update_call,
        calls::api::put_rubric,
        calls::api::list_applications,
        calls::api::create_application,
        calls::api::get_application,
        calls::api::update_application,
        calls::api::check_application,
        calls::api::submit_application,
        calls::api::withdraw_application,
        calls::api::list_evaluators,
        calls::api::list_assignments,
        calls::api::assign_evaluator,
        calls::api::unassign_evaluator,
        calls::api::list_reviews,
        calls::api::get_review,
        calls::api::put_review,
        calls::api::board,
        calls::api::decide,
        calls::api::statistics,
    ),
    components(schemas(ErrorBody, ListResponse<registry::api::OrganisationView>, ListResponse<registry::api::SmeView>)),
    modifiers(&BearerAuth, &CommonErrors),
    tags(
        (name = "auth", description = "Tokens and accounts"),
        (name = "registry", description = "Organisations and SMEs of the network"),
        (name = "soft landing", description = "Programmes, cohorts, journeys, sessions, assignments, desks and calendars"),
        (name = "monitoring", description = "Outcome records, yearly figures, indicators computed from the records, dashboards' numbers"),
        (name = "matchmaking", description = "Cooperation profiles, search, recommendations, introductions, matchmaking events, meeting requests, the scheduler and agendas"),
        (name = "handbook", description = "The public handbook: published chapters and their versions, and the authors' drafts and review"),
        (name = "privacy", description = "Data protection: download one's data, close one's account, erase an SME's personal data"),
        (name = "audit", description = "The audit log of sensitive actions (admins)"),
        (name = "toolbox", description = "Internationalisation instruments, plans with budgets and KPI targets, the methods library with its pilots and indicators, and strategy checklists"),
        (name = "notifications", description = "The caller's notifications and which kinds also come by e-mail"),
        (name = "calls", description = "Joint calls funded by several agencies: calls, applications and their pre-submission check, evaluation, ranking, decisions and statistics"),
        (name = "surveys", description = "Questionnaires, waves of personal links, reminders, results and responses; answering with a token"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The error answers any operation of the API can give, whatever it does,
/// added to each operation that does not list them itself: 400 when a path,
/// query string or body cannot be read at all; 401 without a valid token
/// where one is required; 404 when an id in the path names nothing the
/// caller may see; 429 beyond the per-address rate limit (`--api-rate-limit`).
struct CommonErrors;

impl utoipa::Modify for CommonErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let error = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("ErrorBody")))
                        .build(),
                )
                .build()
        };
        for (path, item) in openapi.paths.paths.iter_mut() {
            let has_path_parameters = path.contains('{');
            for operation in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                let secured = operation.security.as_ref().is_some_and(|requirements| {
                    serde_json::to_value(requirements).is_ok_and(|value| {
                        value.as_array().is_some_and(|list| {
                            !list.is_empty()
                                && list
                                    .iter()
                                    .all(|r| r.as_object().is_some_and(|o| !o.is_empty()))
                        })
                    })
                });
                let reads_input = operation.parameters.as_ref().is_some_and(|p| !p.is_empty())
                    || operation.request_body.is_some();
                let responses = &mut operation.responses.responses;
                let mut add = |status: &str, description: &str| {
                    responses
                        .entry(status.to_string())
                        .or_insert_with(|| error(description).into());
                };
                if reads_input {
                    add(
                        "400",
                        "Malformed request: a path, query string or body that cannot be read",
                    );
                }
                if secured {
                    add(
                        "401",
                        "Not signed in: no token, or an unknown or expired one",
                    );
                }
                if has_path_parameters {
                    add("404", "Not found, or not visible to the caller");
                }
                add(
                    "429",
                    "Too many requests from this address; `Retry-After` says when to try again",
                );
            }
        }
    }
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// Serves until `shutdown` completes, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, into);
            } else if path.extension().is_some_and(|e| e == "rs") {
                into.push(path);
            }
        }
    }

    fn identifier(text: &str) -> String {
        text.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    }

    /// The OpenAPI document keys its schemas by name: two types deriving
    /// `ToSchema` under one name would make one silently replace the other,
    /// and every reference to it describe the wrong body.
    #[test]
    fn every_schema_has_a_name_of_its_own() {
        let mut files = Vec::new();
        rust_files(
            Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
            &mut files,
        );
        let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let mut from = 0;
            while let Some(found) = text[from..].find("ToSchema") {
                let at = from + found;
                from = at + "ToSchema".len();
                // Only a derive counts (not a `use` or an `impl`).
                let in_derive = text[..at]
                    .rfind("#[derive(")
                    .is_some_and(|start| !text[start..at].contains(']'));
                if !in_derive {
                    continue;
                }
                let after = &text[at..];
                let Some((item, keyword)) = ["struct ", "enum "]
                    .iter()
                    .filter_map(|k| after.find(k).map(|i| (i, k.len())))
                    .min()
                else {
                    continue;
                };
                let declared = identifier(&after[item + keyword..]);
                let name = after[..item]
                    .split("schema(as = ")
                    .nth(1)
                    .map_or(declared, identifier);
                if name.is_empty() {
                    // A macro's `$name`: its invocations name the types.
                    continue;
                }
                names
                    .entry(name)
                    .or_default()
                    .push(file.display().to_string());
            }
        }
        assert!(names.len() > 100, "the scan finds the schemas: {names:?}");
        let shared: Vec<_> = names.iter().filter(|(_, at)| at.len() > 1).collect();
        assert!(
            shared.is_empty(),
            "schemas sharing a name (give one `#[schema(as = …)]`): {shared:?}"
        );
    }
}
