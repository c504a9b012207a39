//! API: a participant's journey, its history, the assessment and its calendar feed.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::AppState;
use crate::auth::Actor;
use crate::softlanding::model::assessment::{AssessmentInput, Barrier, Potential};
use crate::softlanding::model::{Action, Journey, Step, StepState};
use crate::softlanding::operations::{calendars, journeys as ops};
use crate::softlanding::store::assessments::SavedAssessment;
use crate::softlanding::store::journeys::JourneyEvent;
use crate::validation::FieldErrors;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, AppError, Field, Id, ListResponse};

#[derive(Debug, Serialize, ToSchema)]
pub struct StepView {
    step: Step,
    /// 1 to 6.
    number: usize,
    label: &'static str,
    state: StepState,
    date: Option<NaiveDate>,
    notes: String,
    outputs: String,
}

/// The six steps of a participant, in order.
#[derive(Debug, Serialize, ToSchema)]
pub struct JourneyView {
    participant_id: i64,
    /// The first step not yet done or skipped (absent when all are).
    #[serde(skip_serializing_if = "Option::is_none")]
    current_step: Option<Step>,
    steps: Vec<StepView>,
}

fn journey_view(participant_id: i64, journey: &Journey) -> JourneyView {
    JourneyView {
        participant_id,
        current_step: journey.current(),
        steps: journey
            .steps()
            .iter()
            .map(|s| StepView {
                step: s.step,
                number: s.step.number(),
                label: s.step.label(),
                state: s.state,
                date: s.date,
                notes: s.notes.clone(),
                outputs: s.outputs.clone(),
            })
            .collect(),
    }
}

/// A participant's journey.
#[utoipa::path(
    get, path = "/api/v1/participants/{id}/journey", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = JourneyView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_journey(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<JourneyView>, AppError> {
    let journey = ops::journey(&state.db, &actor, id).await?;
    Ok(Json(journey_view(id, &journey)))
}

/// What to do with a step.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct StepActionWrite {
    /// `complete`, `skip`, `reopen`, `schedule` or `record` (notes and outputs only).
    #[schema(value_type = String, example = "complete")]
    action: Field<String>,
    /// Required to skip or reopen.
    #[schema(value_type = Option<String>)]
    reason: Field<String>,
    /// For `schedule` (required) and `complete` (default: the scheduled date or today).
    #[schema(value_type = Option<String>, format = Date)]
    date: Field<NaiveDate>,
    /// For `record`.
    #[schema(value_type = Option<String>)]
    notes: Field<String>,
    /// For `record`.
    #[schema(value_type = Option<String>)]
    outputs: Field<String>,
}

impl StepActionWrite {
    fn action(self, current_notes: &str, current_outputs: &str) -> Result<Action, AppError> {
        let mut errors = FieldErrors::new();
        let action = self.action.required("action", &mut errors);
        let reason = self
            .reason
            .optional("reason", &mut errors)
            .flatten()
            .unwrap_or_default();
        let date = self.date.optional("date", &mut errors).flatten();
        let notes = self.notes.optional("notes", &mut errors).flatten();
        let outputs = self.outputs.optional("outputs", &mut errors).flatten();
        let Some(action) = action.filter(|_| errors.is_empty()) else {
            return Err(AppError::Validation(errors));
        };
        match action.as_str() {
            "complete" => Ok(Action::Complete(date)),
            "skip" => Ok(Action::Skip { reason }),
            "reopen" => Ok(Action::Reopen { reason }),
            "schedule" => date.map(Action::Schedule).ok_or_else(|| {
                AppError::Validation(FieldErrors::single(
                    "date",
                    crate::t("sl-err-date-to-schedule"),
                ))
            }),
            "record" => Ok(Action::Record {
                notes: notes.unwrap_or_else(|| current_notes.to_string()),
                outputs: outputs.unwrap_or_else(|| current_outputs.to_string()),
            }),
            other => Err(AppError::Validation(FieldErrors::single(
                "action",
                format!("`{other}` is not an action (complete, skip, reopen, schedule, record)"),
            ))),
        }
    }
}

/// Complete, skip, reopen, schedule or annotate a step (the participant's home
/// and host managers, admins). Steps complete in order (409 otherwise); skipping
/// and reopening need a reason (422 otherwise). Every change goes to the history.
#[utoipa::path(
    post, path = "/api/v1/participants/{id}/journey/{step}", tag = "soft landing",
    params(("id" = i64, Path), ("step" = Step, Path)),
    request_body = StepActionWrite,
    responses(
        (status = 200, body = JourneyView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn act_on_step(
    State(state): State<AppState>,
    actor: Actor,
    Path((id, step)): Path<(String, String)>,
    ApiJson(body): ApiJson<StepActionWrite>,
) -> Result<Json<JourneyView>, AppError> {
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let step = Step::parse(&step).map_err(|_| AppError::NotFound)?;
    let journey = ops::journey(&state.db, &actor, id).await?;
    let current = journey.status(step);
    let action = body.action(&current.notes, &current.outputs)?;
    ops::act(&state.db, &actor, id, step, action).await?;
    let journey = ops::journey(&state.db, &actor, id).await?;
    Ok(Json(journey_view(id, &journey)))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HistoryEntryView {
    step: Step,
    action: String,
    from: StepState,
    to: StepState,
    reason: String,
    /// Who made the change.
    actor: String,
    at: DateTime<Utc>,
}

impl From<JourneyEvent> for HistoryEntryView {
    fn from(e: JourneyEvent) -> Self {
        Self {
            step: e.step,
            action: e.action,
            from: e.from,
            to: e.to,
            reason: e.reason,
            actor: e.actor_name,
            at: e.at,
        }
    }
}

/// Every change to a participant's journey, the newest first.
#[utoipa::path(
    get, path = "/api/v1/participants/{id}/history", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<HistoryEntryView>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_history(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<ListResponse<HistoryEntryView>>, AppError> {
    let history = ops::history(&state.db, &actor, id).await?;
    Ok(Json(ListResponse {
        total: history.len() as u64,
        items: history.into_iter().map(HistoryEntryView::from).collect(),
    }))
}

/// The barriers-and-potentials assessment of workshop 1, with its readiness score.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentView {
    markets_considered: Vec<String>,
    /// Each barrier rated 1 (none) to 5 (blocking).
    #[schema(value_type = Object, example = json!({"language": 2, "culture": 3, "regulation": 4, "funding": 3, "contacts": 4, "capacity": 2}))]
    barriers: BTreeMap<&'static str, u8>,
    /// Each potential rated 1 (weak) to 5 (strong).
    #[schema(value_type = Object, example = json!({"market_demand": 4, "product_fit": 3, "competitive_advantage": 4, "existing_network": 2, "management_commitment": 5}))]
    potentials: BTreeMap<&'static str, u8>,
    barrier_notes: String,
    potential_notes: String,
    /// 0 to 100.
    readiness: u8,
    readiness_label: &'static str,
    /// Barriers rated 4 or 5, the strongest first.
    main_barriers: Vec<Barrier>,
    updated_at: DateTime<Utc>,
    updated_by: String,
}

fn assessment_view(saved: SavedAssessment) -> AssessmentView {
    let a = &saved.assessment;
    AssessmentView {
        markets_considered: a
            .markets_considered
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        barriers: Barrier::ALL
            .iter()
            .map(|b| (b.as_str(), a.barrier(*b)))
            .collect(),
        potentials: Potential::ALL
            .iter()
            .map(|p| (p.as_str(), a.potential(*p)))
            .collect(),
        barrier_notes: a.barrier_notes.clone(),
        potential_notes: a.potential_notes.clone(),
        readiness: a.readiness(),
        readiness_label: a.readiness_label(),
        main_barriers: a.main_barriers(),
        updated_at: saved.updated_at,
        updated_by: saved.updated_by_name,
    }
}

/// A participant's assessment (404 until it is filled in).
#[utoipa::path(
    get, path = "/api/v1/participants/{id}/assessment", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = AssessmentView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_assessment(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<AssessmentView>, AppError> {
    let saved = ops::assessment(&state.db, &actor, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(assessment_view(saved)))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct AssessmentWrite {
    /// ISO 3166-1 alpha-2 codes.
    #[schema(value_type = Vec<String>, example = json!(["DE", "NL"]))]
    markets_considered: Field<Vec<String>>,
    /// Every barrier rated 1-5: language, culture, regulation, funding, contacts, capacity.
    #[schema(value_type = Object)]
    barriers: Field<BTreeMap<String, i64>>,
    /// Every potential rated 1-5: market_demand, product_fit, competitive_advantage, existing_network, management_commitment.
    #[schema(value_type = Object)]
    potentials: Field<BTreeMap<String, i64>>,
    #[schema(value_type = Option<String>)]
    barrier_notes: Field<String>,
    #[schema(value_type = Option<String>)]
    potential_notes: Field<String>,
}

/// Fill in or replace the assessment (the SME and its home manager, admins).
#[utoipa::path(
    put, path = "/api/v1/participants/{id}/assessment", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = AssessmentWrite,
    responses(
        (status = 200, body = AssessmentView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn put_assessment(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<AssessmentWrite>,
) -> Result<Json<AssessmentView>, AppError> {
    let mut errors = FieldErrors::new();
    let ratings = |field: Field<BTreeMap<String, i64>>, name: &str, errors: &mut FieldErrors| {
        field
            .optional(name, errors)
            .flatten()
            .unwrap_or_default()
            .into_iter()
            .map(|(k, v)| (k, Some(v)))
            .collect::<Vec<_>>()
    };
    let input = AssessmentInput {
        markets_considered: body
            .markets_considered
            .optional("markets_considered", &mut errors)
            .flatten()
            .unwrap_or_default(),
        barriers: ratings(body.barriers, "barriers", &mut errors),
        potentials: ratings(body.potentials, "potentials", &mut errors),
        barrier_notes: body
            .barrier_notes
            .optional("barrier_notes", &mut errors)
            .flatten()
            .unwrap_or_default(),
        potential_notes: body
            .potential_notes
            .optional("potential_notes", &mut errors)
            .flatten()
            .unwrap_or_default(),
    };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let saved = ops::save_assessment(&state.db, &actor, id, &input).await?;
    Ok(Json(assessment_view(saved)))
}

/// The secret address of a calendar feed.
#[derive(Debug, Serialize, ToSchema)]
pub struct FeedView {
    /// Subscribe to this address in Outlook, Google Calendar or Apple Calendar.
    url: String,
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct FeedParams {
    /// `true` replaces the address (the old one stops working).
    renew: Option<bool>,
}

pub(super) fn feed_url(state: &AppState, token: &str) -> String {
    format!("{}/calendars/{token}.ics", state.settings.public_url)
}

/// The participant's calendar feed address (those who see the participant).
#[utoipa::path(
    post, path = "/api/v1/participants/{id}/calendar", tag = "soft landing",
    params(("id" = i64, Path), FeedParams),
    responses((status = 200, body = FeedView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn participant_calendar(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    crate::web::ApiQuery(params): crate::web::ApiQuery<FeedParams>,
) -> Result<Json<FeedView>, AppError> {
    let token =
        calendars::participant_feed(&state.db, &actor, id, params.renew.unwrap_or(false)).await?;
    Ok(Json(FeedView {
        url: feed_url(&state, &token),
    }))
}

/// The organisation's calendar feed address (its managers, admins).
#[utoipa::path(
    post, path = "/api/v1/organisations/{id}/calendar", tag = "soft landing",
    params(("id" = i64, Path), FeedParams),
    responses((status = 200, body = FeedView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn organisation_calendar(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    crate::web::ApiQuery(params): crate::web::ApiQuery<FeedParams>,
) -> Result<Json<FeedView>, AppError> {
    let token =
        calendars::organisation_feed(&state.db, &actor, id, params.renew.unwrap_or(false)).await?;
    Ok(Json(FeedView {
        url: feed_url(&state, &token),
    }))
}
