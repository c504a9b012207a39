//! API: the meeting plan — running the scheduler, publishing agendas, hand
//! placements — and what attendees see: their agenda (JSON and `.ics`), and
//! the outcome they record afterwards. Organisers also get the table plan and
//! the event's statistics.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};
use landfall_scheduler as scheduler;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::app::AppState;
use crate::auth::Actor;
use crate::matchmaking::model::events::{AgendaState, EventStats};
use crate::matchmaking::operations::agendas::{self, Agenda};
use crate::matchmaking::operations::scheduling::{self as ops, Place};
use crate::matchmaking::store::events::Meeting;
use crate::validation::FieldErrors;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, Id, ListResponse, created, ics_response};

#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingView {
    id: i64,
    event_id: i64,
    /// The request it came from; `null` for meetings added by hand.
    request_id: Option<i64>,
    priority: i32,
    /// Registration ids.
    attendees: Vec<i64>,
    slot_id: Option<i64>,
    table_no: Option<i32>,
    /// Placed by hand: the scheduler leaves it where it is.
    pinned: bool,
    /// Part of a published agenda: the scheduler leaves it where it is.
    published: bool,
    /// Why the scheduler could not place it, or who took it off the plan.
    note: String,
    updated_at: DateTime<Utc>,
}

impl From<Meeting> for MeetingView {
    fn from(m: Meeting) -> Self {
        Self {
            id: m.id,
            event_id: m.event_id,
            request_id: m.request_id,
            priority: m.priority,
            attendees: m.attendees,
            slot_id: m.slot_id,
            table_no: m.table_no,
            pinned: m.pinned,
            published: m.published,
            note: m.note,
            updated_at: m.updated_at,
        }
    }
}

/// Every meeting of the event, placed or not (organisers).
#[utoipa::path(
    get, path = "/api/v1/events/{id}/meetings", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<MeetingView>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_meetings(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<ListResponse<MeetingView>>, AppError> {
    let found = ops::meetings(&state.db, &actor, id).await?;
    Ok(Json(ListResponse {
        total: found.len() as u64,
        items: found.into_iter().map(MeetingView::from).collect(),
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RunView {
    /// Meetings placed, left out, priorities and the gap to the upper bound.
    #[schema(value_type = Object)]
    stats: scheduler::Stats,
    /// Published and hand-placed meetings that stayed where they were.
    kept: usize,
    /// Pending requests that had expired and were closed.
    expired_requests: u64,
}

/// Run the scheduler: every accepted meeting not yet published or placed by
/// hand gets a slot and a table where the rules allow. Published and pinned
/// meetings do not move.
#[utoipa::path(
    post, path = "/api/v1/events/{id}/schedule", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 200, body = RunView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn schedule(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<RunView>, AppError> {
    let run = ops::run(&state.db, &actor, id).await?;
    Ok(Json(RunView {
        stats: run.stats,
        kept: run.kept,
        expired_requests: run.expired_requests,
    }))
}

/// The event as the scheduler's input (the format `landfall schedule` reads).
#[utoipa::path(
    get, path = "/api/v1/events/{id}/scheduler-input", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 200, body = Object), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn scheduler_input(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<scheduler::Input>, AppError> {
    Ok(Json(ops::input(&state.db, &actor, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PublishWrite {
    /// `preliminary` or `final`.
    agenda: AgendaState,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PublishedView {
    agenda_state: AgendaState,
}

/// Publish the plan as the preliminary or the final agenda.
#[utoipa::path(
    post, path = "/api/v1/events/{id}/publish", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = PublishWrite,
    responses((status = 422, body = ErrorBody), (status = 200, body = PublishedView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn publish(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<PublishWrite>,
) -> Result<Json<PublishedView>, AppError> {
    let agenda_state = ops::publish(&state.db, &actor, id, body.agenda).await?;
    Ok(Json(PublishedView { agenda_state }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct MeetingWrite {
    /// On create: registration ids (two or more).
    #[schema(value_type = Option<Vec<i64>>)]
    attendees: Field<Vec<i64>>,
    /// 1–3, default 1.
    #[schema(value_type = Option<i64>)]
    priority: Field<i64>,
    /// With `table_no`: place it there (pinned). `null` takes it off the plan.
    #[schema(value_type = Option<i64>)]
    slot_id: Field<i64>,
    #[schema(value_type = Option<i64>)]
    table_no: Field<i64>,
}

impl MeetingWrite {
    /// `None`: not mentioned; `Some(None)`: off the plan; `Some(Some(_))`: a place.
    fn place(&mut self, errors: &mut FieldErrors) -> Option<Option<Place>> {
        let slot = std::mem::take(&mut self.slot_id);
        let table = std::mem::take(&mut self.table_no);
        match (slot, table) {
            (Field::Missing, Field::Missing) => None,
            (Field::Null, Field::Null | Field::Missing) => Some(None),
            (slot, table) => {
                let slot_id = slot.required("slot_id", errors);
                let table_no = table.required("table_no", errors);
                Some(
                    slot_id
                        .zip(table_no)
                        .map(|(slot_id, table_no)| Place { slot_id, table_no }),
                )
                .filter(|_| errors.is_empty())
            }
        }
    }
}

/// Add a meeting by hand (any two or more attendees), placed or left for the
/// scheduler.
#[utoipa::path(
    post, path = "/api/v1/events/{id}/meetings", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = MeetingWrite,
    responses(
        (status = 201, body = MeetingView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn add_meeting(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(mut body): ApiJson<MeetingWrite>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let place = body.place(&mut errors);
    let attendees = body.attendees.required("attendees", &mut errors);
    let priority = body.priority.optional("priority", &mut errors).flatten();
    let Some(attendees) = attendees.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let new =
        ops::add_meeting(&state.db, &actor, id, &attendees, priority, place.flatten()).await?;
    let (meeting, _) = ops::organised_meeting(&state.db, &actor, new).await?;
    Ok(created(
        format!("/api/v1/meetings/{new}"),
        MeetingView::from(meeting),
    ))
}

/// Move a meeting by hand (it is pinned there), take it off the plan, or
/// change its priority. A published meeting that moves gets a new calendar
/// sequence.
#[utoipa::path(
    patch, path = "/api/v1/meetings/{id}", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = MeetingWrite,
    responses(
        (status = 200, body = MeetingView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn change_meeting(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(mut body): ApiJson<MeetingWrite>,
) -> Result<Json<MeetingView>, AppError> {
    let mut errors = FieldErrors::new();
    if !matches!(body.attendees, Field::Missing) {
        errors.add("attendees", "attendees of a meeting do not change");
    }
    let place = body.place(&mut errors);
    let priority = body.priority.optional("priority", &mut errors).flatten();
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    ops::change_meeting(&state.db, &actor, id, place, priority).await?;
    let (meeting, _) = ops::organised_meeting(&state.db, &actor, id).await?;
    Ok(Json(meeting.into()))
}

#[utoipa::path(
    delete, path = "/api/v1/meetings/{id}", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn remove_meeting(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<StatusCode, AppError> {
    ops::remove_meeting(&state.db, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct AgendaParams {
    /// Whose agenda (organisers, or people speaking for several attendees);
    /// default the caller's own registration.
    registration: Option<i64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CounterpartView {
    registration_id: i64,
    name: String,
    country: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaItemView {
    meeting_id: i64,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    table_no: i32,
    /// "Table 7", or the video room for online attendees.
    place: String,
    with: Vec<CounterpartView>,
    held: Option<bool>,
    follow_up: Option<bool>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaView {
    event_id: i64,
    registration_id: i64,
    name: String,
    agenda_state: AgendaState,
    time_zone: String,
    items: Vec<AgendaItemView>,
    /// Accepted meetings not (yet) in the agenda.
    waiting: usize,
}

impl From<Agenda> for AgendaView {
    fn from(a: Agenda) -> Self {
        Self {
            event_id: a.event.id,
            registration_id: a.registration.id,
            name: a.registration.name,
            agenda_state: a.event.agenda_state,
            time_zone: a.event.time_zone.name().into(),
            items: a
                .items
                .into_iter()
                .map(|i| AgendaItemView {
                    meeting_id: i.meeting.id,
                    starts_at: i.slot.starts_at,
                    ends_at: i.slot.ends_at,
                    table_no: i.table_no,
                    place: i.place,
                    with: i
                        .with
                        .into_iter()
                        .map(|c| CounterpartView {
                            registration_id: c.registration_id,
                            name: c.name,
                            country: c.country,
                        })
                        .collect(),
                    held: i.outcome.as_ref().map(|o| o.held),
                    follow_up: i.outcome.as_ref().map(|o| o.follow_up),
                })
                .collect(),
            waiting: a.waiting,
        }
    }
}

/// A personal agenda: the published meetings in time order.
#[utoipa::path(
    get, path = "/api/v1/events/{id}/agenda", tag = "matchmaking",
    params(("id" = i64, Path), AgendaParams),
    responses((status = 200, body = AgendaView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn agenda(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<AgendaParams>,
) -> Result<Json<AgendaView>, AppError> {
    Ok(Json(
        agendas::agenda(&state.db, &actor, id, params.registration)
            .await?
            .into(),
    ))
}

/// The personal agenda as an iCalendar file.
#[utoipa::path(
    get, path = "/api/v1/events/{id}/agenda.ics", tag = "matchmaking",
    params(("id" = i64, Path), AgendaParams),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn agenda_ics(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<AgendaParams>,
) -> Result<Response, AppError> {
    let agenda = agendas::agenda(&state.db, &actor, id, params.registration).await?;
    let name = format!("{}-agenda.ics", agenda.event.slug);
    Ok(ics_response(
        &name,
        agendas::agenda_ics(&agenda, &state.settings.public_url),
    ))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TableUseView {
    table_no: i32,
    meeting_id: i64,
    attendees: Vec<String>,
    published: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TablePlanView {
    slot_id: i64,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    /// Tables in use in this slot.
    tables: Vec<TableUseView>,
}

/// Which meeting sits at which table in each slot (organisers).
#[utoipa::path(
    get, path = "/api/v1/events/{id}/table-plan", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<TablePlanView>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn table_plan(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<ListResponse<TablePlanView>>, AppError> {
    let rows = agendas::table_plan(&state.db, &actor, id).await?;
    Ok(Json(ListResponse {
        total: rows.len() as u64,
        items: rows
            .into_iter()
            .map(|row| TablePlanView {
                slot_id: row.slot.id,
                starts_at: row.slot.starts_at,
                ends_at: row.slot.ends_at,
                tables: row
                    .tables
                    .into_iter()
                    .filter_map(|cell| {
                        cell.meeting
                            .map(|(meeting_id, attendees, published)| TableUseView {
                                table_no: cell.table_no,
                                meeting_id,
                                attendees,
                                published,
                            })
                    })
                    .collect(),
            })
            .collect(),
    }))
}

/// Requests sent, accepted, declined and expired; meetings scheduled, held
/// and followed up — in total, by country and by attendee kind (organisers).
#[utoipa::path(
    get, path = "/api/v1/events/{id}/stats", tag = "matchmaking",
    params(("id" = i64, Path)),
    responses((status = 200, body = EventStats), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn stats(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<EventStats>, AppError> {
    Ok(Json(agendas::event_stats(&state.db, &actor, id).await?))
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(as = MeetingOutcomeWrite)]
pub struct OutcomeWrite {
    held: bool,
    #[serde(default)]
    follow_up: bool,
    #[serde(default)]
    note: String,
}

/// After the meeting: did it take place, and did it lead to a follow-up?
#[utoipa::path(
    post, path = "/api/v1/meetings/{id}/outcome", tag = "matchmaking",
    params(("id" = i64, Path)),
    request_body = OutcomeWrite,
    responses((status = 204), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn record_outcome(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<OutcomeWrite>,
) -> Result<StatusCode, AppError> {
    agendas::record_outcome(&state.db, &actor, id, body.held, body.follow_up, &body.note).await?;
    Ok(StatusCode::NO_CONTENT)
}
