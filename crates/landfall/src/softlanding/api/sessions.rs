//! API: sessions, invitations, attendance, calendars, and planning a cohort.

use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::app::AppState;
use crate::auth::Actor;
use crate::calendar::local_span;
use crate::registry::api::OrganisationRefView;
use crate::softlanding::model::sessions::{
    PlanTemplate, Response as Answer, SessionInput, SessionKind,
};
use crate::softlanding::operations::{calendars, sessions as ops};
use crate::softlanding::store::sessions::{Invitation, Session, SessionFilter};
use crate::validation::FieldErrors;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, Id, ListResponse};
use crate::web::{created, ics_response};

#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationView {
    participant_id: i64,
    sme_name: String,
    response: Answer,
    attended: Option<bool>,
}

impl From<Invitation> for InvitationView {
    fn from(i: Invitation) -> Self {
        Self {
            participant_id: i.participant_id,
            sme_name: i.sme_name,
            response: i.response,
            attended: i.attended,
        }
    }
}

/// A workshop or study trip.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = ProgrammeSessionView)]
pub struct SessionView {
    id: i64,
    /// The iCalendar UID: stable across changes.
    uid: String,
    programme_id: i64,
    cohort_id: Option<i64>,
    kind: SessionKind,
    title: String,
    host_organisation: OrganisationRefView,
    venue: String,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    /// IANA time zone of the venue.
    time_zone: String,
    /// Start and end at the venue, e.g. "Wed 10 Mar 2027 09:00 – 16:00 (Europe/Oslo)".
    local_time: String,
    capacity: i32,
    seats_taken: i32,
    agenda: String,
    cancelled: bool,
    /// Raised on every change (iCalendar SEQUENCE).
    sequence: i32,
    /// Included when one session is returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    invitations: Option<Vec<InvitationView>>,
}

fn session_view(s: Session, invitations: Option<Vec<Invitation>>) -> SessionView {
    SessionView {
        local_time: local_span(s.starts_at, s.ends_at, s.time_zone),
        id: s.id,
        uid: s.uid,
        programme_id: s.programme_id,
        cohort_id: s.cohort_id,
        kind: s.kind,
        title: s.title,
        host_organisation: s.host.into(),
        venue: s.venue,
        starts_at: s.starts_at,
        ends_at: s.ends_at,
        time_zone: s.time_zone.name().to_string(),
        capacity: s.capacity,
        seats_taken: s.seats_taken,
        agenda: s.agenda,
        cancelled: s.cancelled,
        sequence: s.sequence,
        invitations: invitations.map(|list| list.into_iter().map(InvitationView::from).collect()),
    }
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct SessionParams {
    programme: Option<i64>,
    cohort: Option<i64>,
    /// Host organisation id.
    host: Option<i64>,
    /// Only sessions the participant is invited to.
    participant: Option<i64>,
    /// Only sessions ending on or after this day.
    from: Option<NaiveDate>,
    include_cancelled: Option<bool>,
}

/// Sessions the caller may see: managers those of their programmes, SMEs
/// those they are invited to.
#[utoipa::path(
    get, path = "/api/v1/sessions", tag = "soft landing",
    params(SessionParams),
    responses((status = 200, body = ListResponse<SessionView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_sessions(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<SessionParams>,
) -> Result<Json<ListResponse<SessionView>>, AppError> {
    let filter = SessionFilter {
        programme_id: params.programme,
        programme_ids: None,
        cohort_id: params.cohort,
        host_organisation_id: params.host,
        participant_id: params.participant,
        participant_ids: None,
        from: params
            .from
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc()),
        include_cancelled: params.include_cancelled.unwrap_or(false),
    };
    let sessions = ops::visible_sessions(&state.db, &actor, filter).await?;
    Ok(Json(ListResponse {
        total: sessions.len() as u64,
        items: sessions
            .into_iter()
            .map(|s| session_view(s, None))
            .collect(),
    }))
}

/// Fields of a session, in local time at the venue.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = ProgrammeSessionWrite)]
pub struct SessionWrite {
    /// On create only.
    #[schema(value_type = Option<i64>)]
    programme_id: Field<i64>,
    #[schema(value_type = Option<i64>)]
    cohort_id: Field<i64>,
    #[schema(value_type = Option<SessionKind>)]
    kind: Field<String>,
    /// Default: the kind's name.
    #[schema(value_type = Option<String>)]
    title: Field<String>,
    #[schema(value_type = Option<i64>)]
    host_organisation_id: Field<i64>,
    #[schema(value_type = Option<String>)]
    venue: Field<String>,
    #[schema(value_type = Option<String>, format = Date, example = "2027-03-10")]
    start_date: Field<NaiveDate>,
    #[schema(value_type = Option<String>, example = "09:00")]
    start_time: Field<NaiveTime>,
    /// Default: the start date.
    #[schema(value_type = Option<String>, format = Date)]
    end_date: Field<NaiveDate>,
    #[schema(value_type = Option<String>, example = "16:00")]
    end_time: Field<NaiveTime>,
    /// IANA zone; default: the host's country's.
    #[schema(value_type = Option<String>, example = "Europe/Oslo")]
    time_zone: Field<String>,
    #[schema(value_type = Option<i64>)]
    capacity: Field<i64>,
    #[schema(value_type = Option<String>)]
    agenda: Field<String>,
}

impl SessionWrite {
    fn apply(mut self, input: &mut SessionInput) {
        // Moving the start without naming an end moves the end along with it.
        if let (Field::Value(new_start), Field::Missing, Some(old_start), Some(old_end)) = (
            &self.start_date,
            &self.end_date,
            input.start_date,
            input.end_date,
        ) {
            self.end_date = Field::Value(old_end + (*new_start - old_start));
        }
        let errors = &mut input.unreadable;
        self.cohort_id
            .patch_option("cohort_id", &mut input.cohort_id, errors);
        self.kind.patch("kind", &mut input.kind, None, errors);
        self.title
            .patch("title", &mut input.title, Some(String::new()), errors);
        self.host_organisation_id.patch_option(
            "host_organisation_id",
            &mut input.host_organisation_id,
            errors,
        );
        self.venue.patch("venue", &mut input.venue, None, errors);
        self.start_date
            .patch_option("start_date", &mut input.start_date, errors);
        self.start_time
            .patch_option("start_time", &mut input.start_time, errors);
        self.end_date
            .patch_option("end_date", &mut input.end_date, errors);
        self.end_time
            .patch_option("end_time", &mut input.end_time, errors);
        self.time_zone.patch(
            "time_zone",
            &mut input.time_zone,
            Some(String::new()),
            errors,
        );
        self.capacity
            .patch_option("capacity", &mut input.capacity, errors);
        self.agenda
            .patch("agenda", &mut input.agenda, Some(String::new()), errors);
    }
}

async fn session_detail(state: &AppState, actor: &Actor, id: i64) -> Result<SessionView, AppError> {
    let session = ops::session(&state.db, actor, id).await?;
    let invitations = ops::invitations(&state.db, actor, id).await?;
    Ok(session_view(session, Some(invitations)))
}

/// Create a session hosted by the caller's organisation, a partner of the programme.
#[utoipa::path(
    post, path = "/api/v1/sessions", tag = "soft landing",
    request_body = SessionWrite,
    responses(
        (status = 201, body = SessionView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_session(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<SessionWrite>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let programme_id = body
        .programme_id
        .clone()
        .required("programme_id", &mut errors);
    let mut input = SessionInput::default();
    body.apply(&mut input);
    let Some(programme_id) = programme_id else {
        input.unreadable.merge(errors);
        return Err(AppError::Validation(input.unreadable));
    };
    let id = ops::create_session(&state.db, &actor, programme_id, &input).await?;
    Ok(created(
        format!("/api/v1/sessions/{id}"),
        session_detail(&state, &actor, id).await?,
    ))
}

/// One session with its invitations.
#[utoipa::path(
    get, path = "/api/v1/sessions/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = SessionView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_session(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<SessionView>, AppError> {
    session_detail(&state, &actor, id).await.map(Json)
}

/// Change a session (its host's managers). Calendars get the new version.
#[utoipa::path(
    patch, path = "/api/v1/sessions/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = SessionWrite,
    responses(
        (status = 200, body = SessionView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_session(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<SessionWrite>,
) -> Result<Json<SessionView>, AppError> {
    if !matches!(body.programme_id, Field::Missing) {
        return Err(AppError::Validation(FieldErrors::single(
            "programme_id",
            crate::t("sl-err-keeps-programme"),
        )));
    }
    ops::update_session(&state.db, &actor, id, |mut input| {
        body.apply(&mut input);
        input
    })
    .await?;
    session_detail(&state, &actor, id).await.map(Json)
}

/// Cancel a session; calendars show it as cancelled.
#[utoipa::path(
    post, path = "/api/v1/sessions/{id}/cancel", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = SessionView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn cancel_session(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<SessionView>, AppError> {
    ops::cancel_session(&state.db, &actor, id).await?;
    session_detail(&state, &actor, id).await.map(Json)
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct InvitationsWrite {
    #[schema(value_type = Vec<i64>)]
    participant_ids: Field<Vec<i64>>,
}

/// Invite participants (all or none: 409 if the seats do not suffice). Their
/// journey step is dated at once.
#[utoipa::path(
    post, path = "/api/v1/sessions/{id}/invitations", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = InvitationsWrite,
    responses(
        (status = 200, body = SessionView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, description = "Not enough seats", body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn invite(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<InvitationsWrite>,
) -> Result<Json<SessionView>, AppError> {
    let mut errors = FieldErrors::new();
    let Some(ids) = body
        .participant_ids
        .required("participant_ids", &mut errors)
    else {
        return Err(AppError::Validation(errors));
    };
    ops::invite(&state.db, &actor, id, &ids).await?;
    session_detail(&state, &actor, id).await.map(Json)
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = InvitationAnswerWrite)]
pub struct AnswerWrite {
    /// `accepted` or `declined`.
    #[schema(value_type = String, example = "accepted")]
    response: Field<String>,
}

/// Accept or decline an invitation (the SME, or its managers for it).
#[utoipa::path(
    post, path = "/api/v1/sessions/{id}/invitations/{participant_id}", tag = "soft landing",
    params(("id" = i64, Path), ("participant_id" = i64, Path)),
    request_body = AnswerWrite,
    responses(
        (status = 200, body = SessionView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn answer(
    State(state): State<AppState>,
    actor: Actor,
    Path((id, participant_id)): Path<(String, String)>,
    ApiJson(body): ApiJson<AnswerWrite>,
) -> Result<Json<SessionView>, AppError> {
    let (id, participant_id) = ids(&id, &participant_id)?;
    let mut errors = FieldErrors::new();
    let response = body
        .response
        .required("response", &mut errors)
        .and_then(|r| errors.check("response", Answer::parse(&r)));
    let Some(response) = response.filter(|r| *r != Answer::Pending) else {
        if errors.is_empty() {
            errors.add("response", crate::t("sl-err-answer"));
        }
        return Err(AppError::Validation(errors));
    };
    ops::respond(&state.db, &actor, id, participant_id, response).await?;
    session_detail(&state, &actor, id).await.map(Json)
}

fn ids(a: &str, b: &str) -> Result<(i64, i64), AppError> {
    match (a.parse(), b.parse()) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        _ => Err(AppError::NotFound),
    }
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct AttendanceWrite {
    #[schema(value_type = i64)]
    participant_id: Field<i64>,
    #[schema(value_type = bool)]
    attended: Field<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AttendanceView {
    /// Whether attending completed the participant's journey step.
    step_completed: bool,
}

/// Record attendance; attending completes the session's journey step when
/// the steps before it are behind the participant.
#[utoipa::path(
    post, path = "/api/v1/sessions/{id}/attendance", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = AttendanceWrite,
    responses(
        (status = 200, body = AttendanceView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn attendance(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<AttendanceWrite>,
) -> Result<Json<AttendanceView>, AppError> {
    let mut errors = FieldErrors::new();
    let participant_id = body.participant_id.required("participant_id", &mut errors);
    let attended = body.attended.required("attended", &mut errors);
    let (Some(participant_id), Some(attended)) = (participant_id, attended) else {
        return Err(AppError::Validation(errors));
    };
    let step_completed =
        ops::record_attendance(&state.db, &actor, id, participant_id, attended).await?;
    Ok(Json(AttendanceView { step_completed }))
}

/// The session as an iCalendar file.
#[utoipa::path(
    get, path = "/api/v1/sessions/{id}/ics", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn session_ics(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let (name, ics) =
        calendars::session_file(&state.db, &actor, id, &state.settings.public_url).await?;
    Ok(ics_response(&name, ics))
}

/// The template for planning a cohort's sessions (all but the first date have defaults).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = CohortPlanWrite)]
pub struct PlanWrite {
    /// The day of workshop 1 (weekends move to Monday).
    #[schema(value_type = String, format = Date, example = "2027-03-08")]
    first_date: Field<NaiveDate>,
    #[schema(value_type = Option<String>, example = "09:00")]
    start_time: Field<NaiveTime>,
    #[schema(value_type = Option<String>, example = "16:00")]
    end_time: Field<NaiveTime>,
    #[schema(value_type = Option<u32>, example = 6)]
    study_trip_after_weeks: Field<u32>,
    #[schema(value_type = Option<u32>, example = 3)]
    study_trip_days: Field<u32>,
    #[schema(value_type = Option<u32>, example = 10)]
    workshop_2_after_weeks: Field<u32>,
    #[schema(value_type = Option<u32>, example = 22)]
    workshop_3_after_weeks: Field<u32>,
    #[schema(value_type = Option<u32>, example = 2)]
    spare_seats: Field<u32>,
}

impl PlanWrite {
    pub(crate) fn template(self) -> Result<PlanTemplate, AppError> {
        let mut errors = FieldErrors::new();
        let Some(first_date) = self.first_date.required("first_date", &mut errors) else {
            return Err(AppError::Validation(errors));
        };
        let mut template = PlanTemplate::usual(first_date);
        self.start_time
            .patch("start_time", &mut template.start_time, None, &mut errors);
        self.end_time
            .patch("end_time", &mut template.end_time, None, &mut errors);
        self.study_trip_after_weeks.patch(
            "study_trip_after_weeks",
            &mut template.study_trip_after_weeks,
            None,
            &mut errors,
        );
        self.study_trip_days.patch(
            "study_trip_days",
            &mut template.study_trip_days,
            None,
            &mut errors,
        );
        self.workshop_2_after_weeks.patch(
            "workshop_2_after_weeks",
            &mut template.workshop_2_after_weeks,
            None,
            &mut errors,
        );
        self.workshop_3_after_weeks.patch(
            "workshop_3_after_weeks",
            &mut template.workshop_3_after_weeks,
            None,
            &mut errors,
        );
        self.spare_seats
            .patch("spare_seats", &mut template.spare_seats, None, &mut errors);
        errors.into_result(template).map_err(AppError::Validation)
    }
}

/// Plan a cohort's sessions in one go from the template: workshop 1 at each
/// home, the study trip and workshops 2 and 3 at each host, everyone invited.
#[utoipa::path(
    post, path = "/api/v1/cohorts/{id}/plan", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = PlanWrite,
    responses(
        (status = 201, body = ListResponse<SessionView>), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn plan_cohort(
    State(state): State<AppState>,
    actor: Actor,
    Id(cohort_id): Id,
    ApiJson(body): ApiJson<PlanWrite>,
) -> Result<Response, AppError> {
    let template = body.template()?;
    let ids = ops::plan_cohort(&state.db, &actor, cohort_id, &template).await?;
    let mut items = Vec::new();
    for id in ids {
        items.push(session_detail(&state, &actor, id).await?);
    }
    Ok(created(
        format!("/api/v1/sessions?cohort={cohort_id}"),
        ListResponse {
            total: items.len() as u64,
            items,
        },
    ))
}
