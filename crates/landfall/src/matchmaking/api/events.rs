//! API: matchmaking events, their sessions of meeting slots, registrations
//! and meeting requests.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::AppState;
use crate::auth::Actor;
use crate::matchmaking::model::events::{
    AgendaState, Answer, Attendance, EventFormat, EventInput, RegistrationInput, RequestStatus,
    SessionInput,
};
use crate::matchmaking::model::profiles::Party;
use crate::matchmaking::operations::events as ops;
use crate::matchmaking::store::events::{Event, MeetingRequest, Registration, Session, Slot};
use crate::registry::api::OrganisationRefView;
use crate::validation::FieldErrors;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, AppError, Field, Id, ListResponse, created};

#[derive(Debug, Serialize, ToSchema)]
pub struct EventView {
    id: i64,
    slug: String,
    title: String,
    description: String,
    organiser: OrganisationRefView,
    format: EventFormat,
    venue: String,
    online_url: String,
    /// IANA time zone the event's times are shown in.
    time_zone: String,
    tables: i32,
    /// The most meetings one attendee may have (unless their own limit is lower).
    max_meetings: Option<i32>,
    /// Hours an unanswered meeting request stays open.
    request_expiry_hours: i32,
    agenda_state: AgendaState,
    /// First slot's start and last slot's end.
    starts_at: Option<DateTime<Utc>>,
    ends_at: Option<DateTime<Utc>>,
}

impl From<Event> for EventView {
    fn from(e: Event) -> Self {
        Self {
            id: e.id,
            slug: e.slug,
            title: e.title,
            description: e.description,
            organiser: e.organiser.into(),
            format: e.format,
            venue: e.venue,
            online_url: e.online_url,
            time_zone: e.time_zone.name().into(),
            tables: e.tables,
            max_meetings: e.max_meetings,
            request_expiry_hours: e.request_expiry_hours,
            agenda_state: e.agenda_state,
            starts_at: e.starts_at,
            ends_at: e.ends_at,
        }
    }
}

/// Every matchmaking event, soonest first.
#[utoipa::path(
    get, path = "/api/v1/events", tag = "matchmaking",
    responses((status = 200, body = ListResponse<EventView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_events(
    State(state): State<AppState>,
    _actor: Actor,
) -> Result<Json<ListResponse<EventView>>, AppError> {
    let events = ops::events(&state.db).await?;
    Ok(Json(ListResponse {
        total: events.len() as u64,
        items: events.into_iter().map(EventView::from).collect(),
    }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct EventWrite {
    #[schema(value_type = Option<String>, example = "North Sea Food Matchmaking 2027")]
    title: Field<String>,
    #[schema(value_type = Option<String>)]
    description: Field<String>,
    /// On create: default the caller's organisation.
    #[schema(value_type = Option<i64>)]
    organiser_organisation_id: Field<i64>,
    #[schema(value_type = Option<EventFormat>)]
    format: Field<String>,
    #[schema(value_type = Option<String>)]
    venue: Field<String>,
    #[schema(value_type = Option<String>)]
    online_url: Field<String>,
    #[schema(value_type = Option<String>, example = "Europe/Oslo")]
    time_zone: Field<String>,
    #[schema(value_type = Option<i64>, example = 40)]
    tables: Field<i64>,
    #[schema(value_type = Option<i64>, example = 12)]
    max_meetings: Field<i64>,
    #[schema(value_type = Option<i64>, example = 72)]
    request_expiry_hours: Field<i64>,
}

impl EventWrite {
    fn apply(self, input: &mut EventInput) {
        let errors = &mut input.unreadable;
        self.title.patch("title", &mut input.title, None, errors);
        self.description.patch(
            "description",
            &mut input.description,
            Some(String::new()),
            errors,
        );
        self.organiser_organisation_id.patch_option(
            "organiser_organisation_id",
            &mut input.organiser_organisation_id,
            errors,
        );
        self.format.patch("format", &mut input.format, None, errors);
        self.venue
            .patch("venue", &mut input.venue, Some(String::new()), errors);
        self.online_url.patch(
            "online_url",
            &mut input.online_url,
            Some(String::new()),
            errors,
        );
        self.time_zone
            .patch("time_zone", &mut input.time_zone, None, errors);
        self.tables
            .patch_option("tables", &mut input.tables, errors);
        self.max_meetings
            .patch_option("max_meetings", &mut input.max_meetings, errors);
        self.request_expiry_hours.patch_option(
            "request_expiry_hours",
            &mut input.request_expiry_hours,
            errors,
        );
    }
}

/// Create an event (managers for their organisation, admins).
#[utoipa::path(
    post, path = "/api/v1/events", tag = "matchmaking",
    request_body = EventWrite,
    responses(
        (status = 201, body = EventView), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_event(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<EventWrite>,
) -> Result<Response, AppError> {
    let mut input = EventInput {
        organiser_organisation_id: actor.organisation_id,
        ..Default::default()
    };
    body.apply(&mut input);
    let id = ops::create_event(&state.db, &actor, &input).await?;
    let event = ops::event(&state.db, id).await?;
    Ok(created(
        format!("/api/v1/events/{id}"),
        EventView::from(event),
    ))
}

#[utoipa::path(
    get, path = "/api/v1/events/{id}", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 200, body = EventView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_event(
    State(state): State<AppState>,
    _actor: Actor,
    Id(id): Id,
) -> Result<Json<EventView>, AppError> {
    Ok(Json(ops::event(&state.db, id).await?.into()))
}

/// Change an event (its organisers).
#[utoipa::path(
    patch, path = "/api/v1/events/{id}", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = EventWrite,
    responses(
        (status = 200, body = EventView), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_event(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<EventWrite>,
) -> Result<Json<EventView>, AppError> {
    ops::update_event(&state.db, &actor, id, None, move |mut input| {
        body.apply(&mut input);
        input
    })
    .await?;
    Ok(Json(ops::event(&state.db, id).await?.into()))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SlotView {
    id: i64,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
}

impl From<&Slot> for SlotView {
    fn from(s: &Slot) -> Self {
        Self {
            id: s.id,
            starts_at: s.starts_at,
            ends_at: s.ends_at,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[schema(as = EventSessionView)]
pub struct SessionView {
    id: i64,
    title: String,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    meeting_minutes: i32,
    pause_minutes: i32,
    /// The meeting slots cut from it.
    slots: Vec<SlotView>,
}

fn session_view(session: Session, slots: &[Slot]) -> SessionView {
    SessionView {
        slots: slots
            .iter()
            .filter(|s| s.session_id == session.id)
            .map(SlotView::from)
            .collect(),
        id: session.id,
        title: session.title,
        starts_at: session.starts_at,
        ends_at: session.ends_at,
        meeting_minutes: session.meeting_minutes,
        pause_minutes: session.pause_minutes,
    }
}

/// The event's sessions and their slots.
#[utoipa::path(
    get, path = "/api/v1/events/{id}/sessions", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<SessionView>), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_sessions(
    State(state): State<AppState>,
    _actor: Actor,
    Id(id): Id,
) -> Result<Json<ListResponse<SessionView>>, AppError> {
    ops::event(&state.db, id).await?;
    let (sessions, slots) = ops::sessions(&state.db, id).await?;
    Ok(Json(ListResponse {
        total: sessions.len() as u64,
        items: sessions
            .into_iter()
            .map(|s| session_view(s, &slots))
            .collect(),
    }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = EventSessionWrite)]
pub struct SessionWrite {
    #[schema(value_type = Option<String>, example = "Day 1 morning")]
    title: Field<String>,
    /// Local date in the event's time zone.
    #[schema(value_type = Option<NaiveDate>)]
    date: Field<NaiveDate>,
    #[schema(value_type = Option<String>, example = "09:00")]
    start_time: Field<NaiveTime>,
    #[schema(value_type = Option<String>, example = "12:30")]
    end_time: Field<NaiveTime>,
    /// Length of one meeting (default 20).
    #[schema(value_type = Option<i64>, example = 20)]
    meeting_minutes: Field<i64>,
    /// Break between meetings (default 5).
    #[schema(value_type = Option<i64>, example = 5)]
    pause_minutes: Field<i64>,
}

/// Add a session; it is cut into meeting slots with breaks between them.
#[utoipa::path(
    post, path = "/api/v1/events/{id}/sessions", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = SessionWrite,
    responses(
        (status = 201, body = SessionView), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn add_session(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<SessionWrite>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let input = SessionInput {
        title: body
            .title
            .optional("title", &mut errors)
            .flatten()
            .unwrap_or_default(),
        date: body.date.required("date", &mut errors),
        start_time: body.start_time.required("start_time", &mut errors),
        end_time: body.end_time.required("end_time", &mut errors),
        meeting_minutes: body
            .meeting_minutes
            .optional("meeting_minutes", &mut errors)
            .flatten()
            .or(Some(20)),
        pause_minutes: body
            .pause_minutes
            .optional("pause_minutes", &mut errors)
            .flatten()
            .or(Some(5)),
        unreadable: errors,
    };
    let session_id = ops::add_session(&state.db, &actor, id, &input).await?;
    let (sessions, slots) = ops::sessions(&state.db, id).await?;
    let session = sessions
        .into_iter()
        .find(|s| s.id == session_id)
        .ok_or(AppError::NotFound)?;
    Ok(created(
        format!("/api/v1/events/{id}/sessions"),
        session_view(session, &slots),
    ))
}

fn two_ids(path: (String, String)) -> Result<(i64, i64), AppError> {
    match (path.0.parse(), path.1.parse()) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        _ => Err(AppError::NotFound),
    }
}

/// Remove a session and its slots (not while meetings are placed in it).
#[utoipa::path(
    delete, path = "/api/v1/events/{id}/sessions/{session_id}", tag = "matchmaking",
    params(("id" = i64, Path), ("session_id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn remove_session(
    State(state): State<AppState>,
    actor: Actor,
    Path(path): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    let (id, session_id) = two_ids(path)?;
    ops::remove_session(&state.db, &actor, id, session_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RegistrationView {
    id: i64,
    event_id: i64,
    /// `sme:12` or `organisation:3`.
    party: String,
    name: String,
    country: String,
    /// `sme` or the organisation's kind.
    kind: String,
    attendance: Attendance,
    max_meetings: Option<i32>,
    /// Slot ids the attendee can meet in; `null`: every slot.
    available: Option<Vec<i64>>,
    looking_for: String,
    registered_at: DateTime<Utc>,
}

impl From<Registration> for RegistrationView {
    fn from(r: Registration) -> Self {
        Self {
            id: r.id,
            event_id: r.event_id,
            party: r.party.key(),
            name: r.name,
            country: r.country,
            kind: r.kind,
            attendance: r.attendance,
            max_meetings: r.max_meetings,
            available: r.available,
            looking_for: r.looking_for,
            registered_at: r.registered_at,
        }
    }
}

/// The attendees, for everyone signed in to browse.
#[utoipa::path(
    get, path = "/api/v1/events/{id}/registrations", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<RegistrationView>), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_registrations(
    State(state): State<AppState>,
    _actor: Actor,
    Id(id): Id,
) -> Result<Json<ListResponse<RegistrationView>>, AppError> {
    let found = ops::registrations(&state.db, id).await?;
    Ok(Json(ListResponse {
        total: found.len() as u64,
        items: found.into_iter().map(RegistrationView::from).collect(),
    }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct RegistrationWrite {
    /// On create: `sme:12` or `organisation:3`; default the caller's own.
    #[schema(value_type = Option<String>)]
    party: Field<String>,
    /// `onsite` or `online` (hybrid events); default from the event's format.
    #[schema(value_type = Option<Attendance>)]
    attendance: Field<String>,
    #[schema(value_type = Option<i64>)]
    max_meetings: Field<i64>,
    /// Slot ids; `null` or absent: every slot.
    #[schema(value_type = Option<Vec<i64>>)]
    available: Field<Vec<i64>>,
    #[schema(value_type = Option<String>)]
    looking_for: Field<String>,
}

impl RegistrationWrite {
    fn apply(self, input: &mut RegistrationInput) {
        let errors = &mut input.unreadable;
        self.attendance.patch(
            "attendance",
            &mut input.attendance,
            Some(String::new()),
            errors,
        );
        self.max_meetings
            .patch_option("max_meetings", &mut input.max_meetings, errors);
        self.available
            .patch_option("available", &mut input.available, errors);
        self.looking_for.patch(
            "looking_for",
            &mut input.looking_for,
            Some(String::new()),
            errors,
        );
    }
}

/// Register for an event, with the slots you can attend.
#[utoipa::path(
    post, path = "/api/v1/events/{id}/registrations", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = RegistrationWrite,
    responses(
        (status = 201, body = RegistrationView), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn register(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(mut body): ApiJson<RegistrationWrite>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let party = body
        .party
        .optional("party", &mut errors)
        .flatten()
        .and_then(|key| errors.check("party", Party::parse_key(&key)));
    body.party = Field::Missing;
    let mut input = RegistrationInput {
        unreadable: errors,
        ..Default::default()
    };
    body.apply(&mut input);
    let new = ops::register(&state.db, &actor, id, party, &input).await?;
    let (registration, _) = ops::registration_for(&state.db, &actor, new).await?;
    Ok(created(
        format!("/api/v1/registrations/{new}"),
        RegistrationView::from(registration),
    ))
}

/// Change a registration: availability, limit, what you are looking for.
/// Slots with scheduled meetings must stay available.
#[utoipa::path(
    patch, path = "/api/v1/registrations/{id}", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = RegistrationWrite,
    responses(
        (status = 200, body = RegistrationView), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_registration(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(mut body): ApiJson<RegistrationWrite>,
) -> Result<Json<RegistrationView>, AppError> {
    let refused = if matches!(body.party, Field::Missing) {
        FieldErrors::new()
    } else {
        FieldErrors::single("party", "a registration stays with its attendee")
    };
    body.party = Field::Missing;
    ops::update_registration(&state.db, &actor, id, move |mut input| {
        input.unreadable.merge(refused);
        body.apply(&mut input);
        input
    })
    .await?;
    Ok(Json(
        ops::registration_for(&state.db, &actor, id).await?.0.into(),
    ))
}

/// Cancel a registration (its meetings and requests go with it).
#[utoipa::path(
    delete, path = "/api/v1/registrations/{id}", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn cancel_registration(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<StatusCode, AppError> {
    ops::cancel_registration(&state.db, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RequestView {
    id: i64,
    event_id: i64,
    /// Registration ids.
    from: i64,
    to: i64,
    message: String,
    /// A pending request past `expires_at` shows as `expired`.
    status: RequestStatus,
    created_at: DateTime<Utc>,
    expires_at: DateTime<Utc>,
    answered_at: Option<DateTime<Utc>>,
    answer_message: String,
}

impl From<MeetingRequest> for RequestView {
    fn from(r: MeetingRequest) -> Self {
        Self {
            id: r.id,
            event_id: r.event_id,
            from: r.from,
            to: r.to,
            message: r.message,
            status: r.status,
            created_at: r.created_at,
            expires_at: r.expires_at,
            answered_at: r.answered_at,
            answer_message: r.answer_message,
        }
    }
}

/// Meeting requests: all of them for organisers, the caller's own otherwise.
#[utoipa::path(
    get, path = "/api/v1/events/{id}/requests", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<RequestView>), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_requests(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<ListResponse<RequestView>>, AppError> {
    let found = ops::requests(&state.db, &actor, id).await?;
    Ok(Json(ListResponse {
        total: found.len() as u64,
        items: found.into_iter().map(RequestView::from).collect(),
    }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct RequestWrite {
    /// The registration id of the attendee you want to meet.
    #[schema(value_type = i64)]
    to: Field<i64>,
    #[schema(value_type = String)]
    message: Field<String>,
}

/// Ask another attendee for a 1:1 meeting.
#[utoipa::path(
    post, path = "/api/v1/events/{id}/requests", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = RequestWrite,
    responses(
        (status = 201, body = RequestView), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn send_request(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<RequestWrite>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let to = body.to.required("to", &mut errors);
    let message = body
        .message
        .optional("message", &mut errors)
        .flatten()
        .unwrap_or_default();
    let Some(to) = to.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let new = ops::send_request(&state.db, &actor, id, to, &message).await?;
    let found = ops::request(&state.db, &actor, new).await?;
    Ok(created(
        format!("/api/v1/meeting-requests/{new}"),
        RequestView::from(found),
    ))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = MeetingRequestAnswerWrite)]
pub struct AnswerWrite {
    /// `accept` or `decline`.
    #[schema(value_type = String, example = "accept")]
    answer: Field<String>,
    #[schema(value_type = Option<String>)]
    message: Field<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AnsweredView {
    request: RequestView,
    /// The meeting an accepted request became.
    meeting_id: Option<i64>,
}

/// The invited attendee accepts (a meeting is created for the scheduler)
/// or declines.
#[utoipa::path(
    post, path = "/api/v1/meeting-requests/{id}/answer", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = AnswerWrite,
    responses(
        (status = 200, body = AnsweredView), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn answer_request(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<AnswerWrite>,
) -> Result<Json<AnsweredView>, AppError> {
    let mut errors = FieldErrors::new();
    let answer = body
        .answer
        .required("answer", &mut errors)
        .and_then(|a| errors.check("answer", Answer::parse(&a)));
    let message = body
        .message
        .optional("message", &mut errors)
        .flatten()
        .unwrap_or_default();
    let Some(answer) = answer.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let meeting_id = ops::answer_request(&state.db, &actor, id, answer, &message).await?;
    let request = ops::request(&state.db, &actor, id).await?.into();
    Ok(Json(AnsweredView {
        request,
        meeting_id,
    }))
}

/// The sender takes back a request that is still pending.
#[utoipa::path(
    post, path = "/api/v1/meeting-requests/{id}/withdraw", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 200, body = RequestView), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn withdraw_request(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<RequestView>, AppError> {
    ops::withdraw_request(&state.db, &actor, id).await?;
    Ok(Json(ops::request(&state.db, &actor, id).await?.into()))
}
