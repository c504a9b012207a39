//! Pages: sessions, their invitations and attendance, and calendar files.

use std::collections::HashSet;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use serde::Deserialize;

use super::{date_field, number_field, rejected, time_field};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm, Role};
use crate::i18n::local_span;
use crate::softlanding::model::access;
use crate::softlanding::model::sessions::{SessionInput, SessionKind};
use crate::softlanding::operations::{calendars, programmes as programme_ops, sessions as ops};
use crate::softlanding::store::programmes::{
    self as programmes, Participant, ParticipantFilter, Programme,
};
use crate::softlanding::store::sessions::{Invitation, Session, SessionFilter};
use crate::validation::FieldErrors;
use crate::web::forms::Choice;
use crate::web::forms::form_status;
use crate::web::ics_response;
use crate::web::{AppError, Id, Layout};

/// A session in a list, with its local time and whether it is over.
pub struct SessionRow {
    pub session: Session,
    pub local_time: String,
    pub past: bool,
}

fn rows(sessions: Vec<Session>) -> Vec<SessionRow> {
    let now = Utc::now();
    sessions
        .into_iter()
        .map(|session| SessionRow {
            local_time: local_span(session.starts_at, session.ends_at, session.time_zone),
            past: session.ends_at < now,
            session,
        })
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/sessions.html")]
struct SessionsPage {
    layout: Layout,
    upcoming: Vec<SessionRow>,
    past: Vec<SessionRow>,
    programmes: Vec<Programme>,
    /// The manager's organisation's calendar feed.
    feed_url: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn sessions(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    let all = rows(
        ops::visible_sessions(
            &state.db,
            &actor,
            SessionFilter {
                include_cancelled: true,
                ..Default::default()
            },
        )
        .await?,
    );
    let (past, upcoming): (Vec<SessionRow>, Vec<SessionRow>) =
        all.into_iter().partition(|r| r.past);
    let programmes = programmes::programmes(&state.db)
        .await?
        .into_iter()
        .filter(|p| access::runs_programme(&actor, &p.partner_ids()))
        .collect();
    let feed_url = match actor
        .organisation_id
        .filter(|_| actor.role == Role::Manager)
    {
        Some(organisation) => {
            let token =
                calendars::organisation_feed(&state.db, &actor, organisation, false).await?;
            Some(format!(
                "{}/calendars/{token}.ics",
                state.settings.public_url
            ))
        }
        None => None,
    };
    Ok(SessionsPage {
        layout: Layout::new(crate::t("sl-sessions"), Some(&actor), "sessions"),
        upcoming,
        past: past.into_iter().rev().take(50).collect(),
        programmes,
        feed_url,
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/session.html")]
struct SessionPage {
    layout: Layout,
    row: SessionRow,
    programme: Programme,
    invitations: Vec<Invitation>,
    /// The invited participants whose page the viewer may open.
    openable: HashSet<i64>,
    candidates: Vec<Participant>,
    /// Candidates ticked in an invitation that was refused.
    ticked: Vec<i64>,
    can_manage: bool,
    alert: Option<String>,
}

impl SessionPage {
    fn opens(&self, participant_id: &i64) -> bool {
        self.openable.contains(participant_id)
    }

    fn is_ticked(&self, participant_id: &i64) -> bool {
        self.ticked.contains(participant_id)
    }
}

async fn session_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    alert: Option<String>,
    ticked: Vec<i64>,
) -> Result<Response, AppError> {
    let session = ops::session(&state.db, actor, id).await?;
    let programme = programme_ops::programme(&state.db, session.programme_id).await?;
    let can_manage = access::can_manage_session(actor, session.host.id, &programme.partner_ids());
    let invitations = ops::invitations(&state.db, actor, id).await?;
    let in_programme = programmes::participants(
        &state.db,
        ParticipantFilter {
            programme_id: Some(programme.id),
            ..Default::default()
        },
    )
    .await?;
    // A session's host sees who is invited, but follows only its own
    // participants: the others are named without a link.
    let openable = in_programme
        .iter()
        .filter(|p| access::can_view_participant(actor, p.access()))
        .map(|p| p.id)
        .collect();
    let candidates = if can_manage {
        in_programme
            .into_iter()
            .filter(|p| session.cohort_id.is_none_or(|c| p.cohort_id == c))
            .filter(|p| !invitations.iter().any(|i| i.participant_id == p.id))
            .filter(|p| {
                // Workshop 1 is for the host's own SMEs; the others for those it hosts.
                if session.kind.at_home() {
                    p.home.id == session.host.id
                } else {
                    p.host.id == session.host.id
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let status = if alert.is_some() {
        StatusCode::CONFLICT
    } else {
        StatusCode::OK
    };
    let page = SessionPage {
        layout: Layout::new(session.title.clone(), Some(actor), "sessions"),
        row: rows(vec![session]).remove(0),
        programme,
        invitations,
        openable,
        candidates,
        ticked,
        can_manage,
        alert,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn session(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    session_page(&state, &actor, id, None, Vec::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn session_ics(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let (name, ics) =
        calendars::session_file(&state.db, &actor, id, &state.settings.public_url).await?;
    Ok(ics_response(&name, ics))
}

/// A subscribed calendar: the secret in the address is the only credential.
#[tracing::instrument(skip_all)]
pub async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, AppError> {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    let ics = calendars::feed(&state.db, token, &state.settings.public_url)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut response = ics_response("landfall.ics", ics);
    response
        .headers_mut()
        .remove(axum::http::header::CONTENT_DISPOSITION);
    Ok(response)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    participant_ids: Vec<String>,
}

#[tracing::instrument(skip_all)]
pub async fn invite(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let ids: Vec<i64> = form
        .participant_ids
        .iter()
        .filter_map(|v| v.parse().ok())
        .collect();
    match ops::invite(&state.db, &actor, id, &ids).await {
        Ok(_) => Ok(Redirect::to(&format!("/sessions/{id}")).into_response()),
        Err(error) => {
            let errors = rejected(error)?;
            let message = errors.one_line();
            session_page(&state, &actor, id, Some(message), ids).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AttendanceForm {
    participant_id: String,
    attended: String,
}

#[tracing::instrument(skip_all)]
pub async fn attendance(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<AttendanceForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let participant_id: i64 = form
        .participant_id
        .parse()
        .map_err(|_| AppError::NotFound)?;
    match ops::record_attendance(
        &state.db,
        &actor,
        id,
        participant_id,
        form.attended == "yes",
    )
    .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/sessions/{id}#attendance")).into_response()),
        Err(error) => {
            let errors = rejected(error)?;
            let message = errors.one_line();
            session_page(&state, &actor, id, Some(message), Vec::new()).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct EmptyForm {}

#[tracing::instrument(skip_all)]
pub async fn cancel(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    ops::cancel_session(&state.db, &form.actor, id).await?;
    Ok(Redirect::to(&format!("/sessions/{id}")).into_response())
}

// ---------------------------------------------------------------------------
// The session form
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/session_form.html")]
struct SessionFormPage {
    layout: Layout,
    heading: String,
    action: String,
    cancel: String,
    values: SessionFormData,
    kinds: Vec<Choice>,
    hosts: Vec<Choice>,
    cohorts: Vec<Choice>,
    locked: bool,
    errors: FieldErrors,
}

/// The session form as posted.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SessionFormData {
    programme_id: String,
    cohort_id: String,
    kind: String,
    title: String,
    host_organisation_id: String,
    venue: String,
    start_date: String,
    start_time: String,
    end_date: String,
    end_time: String,
    time_zone: String,
    capacity: String,
    agenda: String,
}

impl SessionFormData {
    fn to_input(&self) -> SessionInput {
        let mut unreadable = FieldErrors::new();
        let id = |value: &str| value.trim().parse::<i64>().ok();
        SessionInput {
            cohort_id: id(&self.cohort_id),
            kind: self.kind.clone(),
            title: self.title.clone(),
            host_organisation_id: id(&self.host_organisation_id),
            venue: self.venue.clone(),
            start_date: date_field("start_date", &self.start_date, &mut unreadable),
            start_time: time_field("start_time", &self.start_time, &mut unreadable),
            end_date: date_field("end_date", &self.end_date, &mut unreadable),
            end_time: time_field("end_time", &self.end_time, &mut unreadable),
            time_zone: self.time_zone.clone(),
            capacity: number_field("capacity", &self.capacity, &mut unreadable),
            agenda: self.agenda.clone(),
            unreadable,
        }
    }

    fn from_session(session: &Session) -> Self {
        let start = session.starts_at.with_timezone(&session.time_zone);
        let end = session.ends_at.with_timezone(&session.time_zone);
        Self {
            programme_id: session.programme_id.to_string(),
            cohort_id: session.cohort_id.map(|c| c.to_string()).unwrap_or_default(),
            kind: session.kind.as_str().to_string(),
            title: session.title.clone(),
            host_organisation_id: session.host.id.to_string(),
            venue: session.venue.clone(),
            start_date: start.date_naive().to_string(),
            start_time: start.format("%H:%M").to_string(),
            end_date: end.date_naive().to_string(),
            end_time: end.format("%H:%M").to_string(),
            time_zone: session.time_zone.name().to_string(),
            capacity: session.capacity.to_string(),
            agenda: session.agenda.clone(),
        }
    }
}

async fn session_form(
    state: &AppState,
    actor: &Actor,
    target: Option<&Session>,
    programme: &Programme,
    values: SessionFormData,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (heading, action, cancel) = match target {
        Some(s) => (
            crate::t1("sl-edit-title", "name", &s.title),
            format!("/sessions/{}/edit", s.id),
            format!("/sessions/{}", s.id),
        ),
        None => (
            format!("{} · {}", crate::t("sl-new-session"), programme.name),
            "/sessions/new".to_string(),
            "/sessions".to_string(),
        ),
    };
    let kinds = SessionKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), k.label_t(), values.kind == k.as_str()))
        .collect();
    let hosts = programme
        .partners
        .iter()
        .filter(|o| access::can_manage_session(actor, o.id, &programme.partner_ids()))
        .map(|o| {
            Choice::new(
                o.id.to_string(),
                o.name.clone(),
                values.host_organisation_id == o.id.to_string(),
            )
        })
        .collect();
    let cohorts = programmes::cohorts(&state.db, programme.id)
        .await?
        .into_iter()
        .map(|c| {
            Choice::new(
                c.id.to_string(),
                c.name.clone(),
                values.cohort_id == c.id.to_string(),
            )
        })
        .collect();
    let status = form_status(&errors);
    let page = SessionFormPage {
        layout: Layout::new(heading.clone(), Some(actor), "sessions"),
        heading,
        action,
        cancel,
        kinds,
        hosts,
        cohorts,
        locked: target.is_some(),
        values,
        errors,
    };
    Ok((status, page).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct NewSessionQuery {
    programme: Option<i64>,
}

#[tracing::instrument(skip_all)]
pub async fn new_session(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::ApiQuery(query): crate::web::ApiQuery<NewSessionQuery>,
) -> Result<Response, AppError> {
    let programme_id = query.programme.ok_or(AppError::NotFound)?;
    let programme = programme_ops::programme(&state.db, programme_id).await?;
    if !access::runs_programme(&actor, &programme.partner_ids()) || actor.role == Role::Sme {
        return Err(AppError::Forbidden);
    }
    let values = SessionFormData {
        programme_id: programme.id.to_string(),
        host_organisation_id: actor
            .organisation_id
            .map(|o| o.to_string())
            .unwrap_or_default(),
        start_time: "09:00".into(),
        end_time: "16:00".into(),
        capacity: "12".into(),
        ..Default::default()
    };
    session_form(&state, &actor, None, &programme, values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn create_session(
    State(state): State<AppState>,
    form: CsrfForm<SessionFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let programme_id: i64 = form.programme_id.parse().map_err(|_| AppError::NotFound)?;
    let programme = programme_ops::programme(&state.db, programme_id).await?;
    match ops::create_session(&state.db, &actor, programme_id, &form.to_input()).await {
        Ok(id) => Ok(Redirect::to(&format!("/sessions/{id}")).into_response()),
        Err(error) => {
            let errors = rejected(error)?;
            session_form(&state, &actor, None, &programme, form, errors).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn edit_session(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let session = ops::session(&state.db, &actor, id).await?;
    let programme = programme_ops::programme(&state.db, session.programme_id).await?;
    if !access::can_manage_session(&actor, session.host.id, &programme.partner_ids()) {
        return Err(AppError::Forbidden);
    }
    let values = SessionFormData::from_session(&session);
    session_form(
        &state,
        &actor,
        Some(&session),
        &programme,
        values,
        FieldErrors::new(),
    )
    .await
}

#[tracing::instrument(skip_all)]
pub async fn update_session(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<SessionFormData>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let session = ops::session(&state.db, &actor, id).await?;
    let programme = programme_ops::programme(&state.db, session.programme_id).await?;
    let input = form.to_input();
    match ops::update_session(&state.db, &actor, id, |_| input.clone()).await {
        Ok(()) => Ok(Redirect::to(&format!("/sessions/{id}")).into_response()),
        Err(error) => {
            let errors = rejected(error)?;
            session_form(&state, &actor, Some(&session), &programme, form, errors).await
        }
    }
}
