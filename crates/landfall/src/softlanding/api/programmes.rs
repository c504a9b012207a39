//! API: programmes, cohorts, participants and the cohort funnel.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::AppState;
use crate::auth::Actor;
use crate::registry::api::OrganisationRefView;
use crate::softlanding::model::Step;
use crate::softlanding::model::journey::FunnelRow;
use crate::softlanding::model::programmes::{CohortInput, ParticipantInput, ProgrammeInput};
use crate::softlanding::operations::{journeys, programmes as ops};
use crate::softlanding::store::journeys as journey_store;
use crate::softlanding::store::programmes::{Cohort, Participant, ParticipantFilter, Programme};
use crate::web::created;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, AppError, Field, Id, ListResponse};

/// The results a programme promised, as numbers of SMEs.
#[derive(Debug, Serialize, ToSchema)]
pub struct TargetsView {
    participants: i32,
    partnerships: i32,
    presences: i32,
    export_starts: i32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CohortView {
    id: i64,
    programme_id: i64,
    name: String,
    starts_on: NaiveDate,
    description: String,
    participants: u64,
}

impl From<Cohort> for CohortView {
    fn from(c: Cohort) -> Self {
        Self {
            id: c.id,
            programme_id: c.programme_id,
            name: c.name,
            starts_on: c.starts_on,
            description: c.description,
            participants: c.participants,
        }
    }
}

/// A soft-landing programme with its partner organisations.
#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeView {
    id: i64,
    slug: String,
    name: String,
    description: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    targets: TargetsView,
    partners: Vec<OrganisationRefView>,
    /// Included when one programme is returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    cohorts: Option<Vec<CohortView>>,
}

fn programme_view(p: Programme, cohorts: Option<Vec<Cohort>>) -> ProgrammeView {
    ProgrammeView {
        id: p.id,
        slug: p.slug,
        name: p.name,
        description: p.description,
        starts_on: p.starts_on,
        ends_on: p.ends_on,
        targets: TargetsView {
            participants: p.targets.participants,
            partnerships: p.targets.partnerships,
            presences: p.targets.presences,
            export_starts: p.targets.export_starts,
        },
        partners: p
            .partners
            .into_iter()
            .map(OrganisationRefView::from)
            .collect(),
        cohorts: cohorts.map(|list| list.into_iter().map(CohortView::from).collect()),
    }
}

/// A short reference to an SME.
#[derive(Debug, Serialize, ToSchema)]
pub struct SmeRefView {
    id: i64,
    name: String,
}

/// An SME in a cohort, with where it comes from and where it goes.
#[derive(Debug, Serialize, ToSchema)]
pub struct ParticipantView {
    id: i64,
    programme_id: i64,
    cohort_id: i64,
    sme: SmeRefView,
    home_organisation: OrganisationRefView,
    host_organisation: OrganisationRefView,
    /// ISO 3166-1 alpha-2.
    target_market: String,
    joined_on: NaiveDate,
    /// The first step not yet done or skipped (absent when all are).
    #[serde(skip_serializing_if = "Option::is_none")]
    current_step: Option<Step>,
}

pub(super) fn participant_view(p: Participant, current_step: Option<Step>) -> ParticipantView {
    ParticipantView {
        id: p.id,
        programme_id: p.programme_id,
        cohort_id: p.cohort_id,
        sme: SmeRefView {
            id: p.sme_id,
            name: p.sme_name,
        },
        home_organisation: p.home.into(),
        host_organisation: p.host.into(),
        target_market: p.target_market.as_str().to_string(),
        joined_on: p.joined_on,
        current_step,
    }
}

/// Fields of a programme. On PATCH, fields left out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ProgrammeWrite {
    #[schema(value_type = Option<String>, example = "North Sea Soft Landing 2027")]
    name: Field<String>,
    #[schema(value_type = Option<String>)]
    description: Field<String>,
    #[schema(value_type = Option<String>, format = Date)]
    starts_on: Field<NaiveDate>,
    #[schema(value_type = Option<String>, format = Date)]
    ends_on: Field<NaiveDate>,
    #[schema(value_type = Option<i64>, example = 120)]
    target_participants: Field<i64>,
    #[schema(value_type = Option<i64>, example = 60)]
    target_partnerships: Field<i64>,
    #[schema(value_type = Option<i64>, example = 30)]
    target_presences: Field<i64>,
    #[schema(value_type = Option<i64>, example = 50)]
    target_export_starts: Field<i64>,
    /// Ids of the partner organisations (incubators, clusters…) in at least two countries.
    #[schema(value_type = Option<Vec<i64>>)]
    partner_ids: Field<Vec<i64>>,
}

impl ProgrammeWrite {
    fn apply(self, input: &mut ProgrammeInput) {
        let errors = &mut input.unreadable;
        self.name.patch("name", &mut input.name, None, errors);
        self.description.patch(
            "description",
            &mut input.description,
            Some(String::new()),
            errors,
        );
        self.starts_on
            .patch_option("starts_on", &mut input.starts_on, errors);
        self.ends_on
            .patch_option("ends_on", &mut input.ends_on, errors);
        self.target_participants.patch_option(
            "target_participants",
            &mut input.target_participants,
            errors,
        );
        self.target_partnerships.patch_option(
            "target_partnerships",
            &mut input.target_partnerships,
            errors,
        );
        self.target_presences
            .patch_option("target_presences", &mut input.target_presences, errors);
        self.target_export_starts.patch_option(
            "target_export_starts",
            &mut input.target_export_starts,
            errors,
        );
        self.partner_ids.patch(
            "partner_ids",
            &mut input.partner_ids,
            Some(Vec::new()),
            errors,
        );
    }
}

/// All programmes, the newest first.
#[utoipa::path(
    get, path = "/api/v1/programmes", tag = "soft landing",
    responses((status = 200, body = ListResponse<ProgrammeView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_programmes(
    State(state): State<AppState>,
    _actor: Actor,
) -> Result<Json<ListResponse<ProgrammeView>>, AppError> {
    let programmes = crate::softlanding::store::programmes::programmes(&state.db).await?;
    Ok(Json(ListResponse {
        total: programmes.len() as u64,
        items: programmes
            .into_iter()
            .map(|p| programme_view(p, None))
            .collect(),
    }))
}

async fn programme_detail(state: &AppState, id: i64) -> Result<ProgrammeView, AppError> {
    let programme = ops::programme(&state.db, id).await?;
    let cohorts = crate::softlanding::store::programmes::cohorts(&state.db, id).await?;
    Ok(programme_view(programme, Some(cohorts)))
}

/// Create a programme (admins).
#[utoipa::path(
    post, path = "/api/v1/programmes", tag = "soft landing",
    request_body = ProgrammeWrite,
    responses(
        (status = 201, body = ProgrammeView), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_programme(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<ProgrammeWrite>,
) -> Result<Response, AppError> {
    let mut input = ProgrammeInput::default();
    body.apply(&mut input);
    let id = ops::create_programme(&state.db, &actor, &input).await?;
    Ok(created(
        format!("/api/v1/programmes/{id}"),
        programme_detail(&state, id).await?,
    ))
}

/// One programme with its cohorts.
#[utoipa::path(
    get, path = "/api/v1/programmes/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = ProgrammeView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_programme(
    State(state): State<AppState>,
    _actor: Actor,
    Id(id): Id,
) -> Result<Json<ProgrammeView>, AppError> {
    programme_detail(&state, id).await.map(Json)
}

/// Change a programme (admins).
#[utoipa::path(
    patch, path = "/api/v1/programmes/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = ProgrammeWrite,
    responses(
        (status = 200, body = ProgrammeView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_programme(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<ProgrammeWrite>,
) -> Result<Json<ProgrammeView>, AppError> {
    ops::update_programme(&state.db, &actor, id, None, |mut input| {
        body.apply(&mut input);
        input
    })
    .await?;
    programme_detail(&state, id).await.map(Json)
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct CohortWrite {
    #[schema(value_type = String, example = "Spring 2027")]
    name: Field<String>,
    #[schema(value_type = String, format = Date)]
    starts_on: Field<NaiveDate>,
    #[schema(value_type = Option<String>)]
    description: Field<String>,
}

/// The cohorts of a programme.
#[utoipa::path(
    get, path = "/api/v1/programmes/{id}/cohorts", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<CohortView>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_cohorts(
    State(state): State<AppState>,
    _actor: Actor,
    Id(id): Id,
) -> Result<Json<ListResponse<CohortView>>, AppError> {
    ops::programme(&state.db, id).await?;
    let cohorts = crate::softlanding::store::programmes::cohorts(&state.db, id).await?;
    Ok(Json(ListResponse {
        total: cohorts.len() as u64,
        items: cohorts.into_iter().map(CohortView::from).collect(),
    }))
}

/// Add a cohort (managers of the programme's partners, admins).
#[utoipa::path(
    post, path = "/api/v1/programmes/{id}/cohorts", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = CohortWrite,
    responses(
        (status = 201, body = CohortView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_cohort(
    State(state): State<AppState>,
    actor: Actor,
    Id(programme_id): Id,
    ApiJson(body): ApiJson<CohortWrite>,
) -> Result<Response, AppError> {
    let mut input = CohortInput::default();
    body.apply(&mut input);
    let id = ops::create_cohort(&state.db, &actor, programme_id, &input).await?;
    let (_, cohort) = ops::cohort(&state.db, id).await?;
    Ok(created(
        format!("/api/v1/cohorts/{id}"),
        CohortView::from(cohort),
    ))
}

impl CohortWrite {
    /// Writes the fields given over `input`'s.
    fn apply(self, input: &mut CohortInput) {
        let errors = &mut input.unreadable;
        self.name.patch("name", &mut input.name, None, errors);
        self.starts_on
            .patch_option("starts_on", &mut input.starts_on, errors);
        self.description.patch(
            "description",
            &mut input.description,
            Some(String::new()),
            errors,
        );
    }
}

/// Correct a cohort's name, start or description (managers of the
/// programme's partners, admins); fields left out keep their value.
#[utoipa::path(
    patch, path = "/api/v1/cohorts/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = CohortWrite,
    responses(
        (status = 200, body = CohortView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_cohort(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<CohortWrite>,
) -> Result<Json<CohortView>, AppError> {
    ops::update_cohort(&state.db, &actor, id, None, |mut input| {
        body.apply(&mut input);
        input
    })
    .await?;
    let (_, cohort) = ops::cohort(&state.db, id).await?;
    Ok(Json(cohort.into()))
}

/// One row of a cohort's funnel.
#[derive(Debug, Serialize, ToSchema)]
pub struct FunnelRowView {
    step: Step,
    label: &'static str,
    /// Participants who completed the step.
    done: u64,
    skipped: u64,
    /// Participants for whom it is the next step.
    current: u64,
}

impl From<FunnelRow> for FunnelRowView {
    fn from(row: FunnelRow) -> Self {
        Self {
            step: row.step,
            label: row.step.label(),
            done: row.done,
            skipped: row.skipped,
            current: row.current,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CohortDetailView {
    #[serde(flatten)]
    cohort: CohortView,
    funnel: Vec<FunnelRowView>,
}

/// A cohort with its funnel: how many participants reached each step
/// (managers of the programme's partners, admins).
#[utoipa::path(
    get, path = "/api/v1/cohorts/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    responses(
        (status = 200, body = CohortDetailView), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn get_cohort(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<CohortDetailView>, AppError> {
    let funnel = journeys::funnel(&state.db, &actor, id).await?;
    let (_, cohort) = ops::cohort(&state.db, id).await?;
    Ok(Json(CohortDetailView {
        cohort: cohort.into(),
        funnel: funnel.into_iter().map(FunnelRowView::from).collect(),
    }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ParticipantWrite {
    #[schema(value_type = i64)]
    cohort_id: Field<i64>,
    #[schema(value_type = i64)]
    sme_id: Field<i64>,
    /// The partner organisation abroad that hosts the SME.
    #[schema(value_type = i64)]
    host_organisation_id: Field<i64>,
    /// ISO 3166-1 alpha-2; default: the host's country.
    #[schema(value_type = Option<String>, example = "NO")]
    target_market: Field<String>,
    #[schema(value_type = Option<String>, format = Date)]
    joined_on: Field<NaiveDate>,
}

async fn with_current_steps(
    state: &AppState,
    participants: Vec<Participant>,
) -> Result<Vec<ParticipantView>, AppError> {
    let ids: Vec<i64> = participants.iter().map(|p| p.id).collect();
    let journeys = journey_store::journeys(&state.db, &ids).await?;
    Ok(participants
        .into_iter()
        .map(|p| {
            let current = journeys.get(&p.id).and_then(|j| j.current());
            participant_view(p, current)
        })
        .collect())
}

/// The participants of a programme the caller may see (those their
/// organisation follows as home or host; an SME its own).
#[utoipa::path(
    get, path = "/api/v1/programmes/{id}/participants", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<ParticipantView>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_participants(
    State(state): State<AppState>,
    actor: Actor,
    Id(programme_id): Id,
) -> Result<Json<ListResponse<ParticipantView>>, AppError> {
    ops::programme(&state.db, programme_id).await?;
    let participants = ops::visible_participants(
        &state.db,
        &actor,
        ParticipantFilter {
            programme_id: Some(programme_id),
            ..Default::default()
        },
    )
    .await?;
    let items = with_current_steps(&state, participants).await?;
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

/// Add an SME of the caller's organisation to a cohort, with its host abroad.
#[utoipa::path(
    post, path = "/api/v1/programmes/{id}/participants", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = ParticipantWrite,
    responses(
        (status = 201, body = ParticipantView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn add_participant(
    State(state): State<AppState>,
    actor: Actor,
    Id(programme_id): Id,
    ApiJson(body): ApiJson<ParticipantWrite>,
) -> Result<Response, AppError> {
    let mut input = ParticipantInput::default();
    let errors = &mut input.unreadable;
    body.cohort_id
        .patch_option("cohort_id", &mut input.cohort_id, errors);
    body.sme_id
        .patch_option("sme_id", &mut input.sme_id, errors);
    body.host_organisation_id.patch_option(
        "host_organisation_id",
        &mut input.host_organisation_id,
        errors,
    );
    body.target_market.patch(
        "target_market",
        &mut input.target_market,
        Some(String::new()),
        errors,
    );
    body.joined_on
        .patch_option("joined_on", &mut input.joined_on, errors);
    let id = ops::add_participant(&state.db, &actor, programme_id, &input).await?;
    let participant = ops::participant(&state.db, &actor, id).await?;
    let view = with_current_steps(&state, vec![participant]).await?.pop();
    Ok(created(format!("/api/v1/participants/{id}"), view))
}

/// One participant (its home and host managers, the SME itself, admins).
#[utoipa::path(
    get, path = "/api/v1/participants/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = ParticipantView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_participant(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<ParticipantView>, AppError> {
    let participant = ops::participant(&state.db, &actor, id).await?;
    let mut views = with_current_steps(&state, vec![participant]).await?;
    views.pop().map(Json).ok_or(AppError::NotFound)
}

/// A participant's fields to correct; those left out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ParticipantPatch {
    /// Another cohort of the same programme.
    #[schema(value_type = Option<i64>)]
    cohort_id: Field<i64>,
    /// Another partner organisation abroad.
    #[schema(value_type = Option<i64>)]
    host_organisation_id: Field<i64>,
    /// ISO 3166-1 alpha-2; `null`: the host's country.
    #[schema(value_type = Option<String>, example = "NO")]
    target_market: Field<String>,
    #[schema(value_type = Option<String>, format = Date)]
    joined_on: Field<NaiveDate>,
}

/// Correct a participant: its cohort, its host abroad, its target market or
/// the day it joined (its home's managers, admins). A new host takes over the
/// access to the SME's private part; it is refused (409) while a desk at the
/// old host is booked or asked for.
#[utoipa::path(
    patch, path = "/api/v1/participants/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = ParticipantPatch,
    responses(
        (status = 200, body = ParticipantView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_participant(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<ParticipantPatch>,
) -> Result<Json<ParticipantView>, AppError> {
    ops::update_participant(&state.db, &actor, id, None, |mut input| {
        let errors = &mut input.unreadable;
        body.cohort_id
            .patch_option("cohort_id", &mut input.cohort_id, errors);
        body.host_organisation_id.patch_option(
            "host_organisation_id",
            &mut input.host_organisation_id,
            errors,
        );
        body.target_market.patch(
            "target_market",
            &mut input.target_market,
            Some(String::new()),
            errors,
        );
        body.joined_on
            .patch_option("joined_on", &mut input.joined_on, errors);
        input
    })
    .await?;
    let participant = ops::participant(&state.db, &actor, id).await?;
    let mut views = with_current_steps(&state, vec![participant]).await?;
    views.pop().map(Json).ok_or(AppError::NotFound)
}

/// Take a participant out of its programme (its home's managers, admins).
#[utoipa::path(
    delete, path = "/api/v1/participants/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn remove_participant(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<StatusCode, AppError> {
    ops::remove_participant(&state.db, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
