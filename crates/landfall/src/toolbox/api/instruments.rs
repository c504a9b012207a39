//! The instrument catalogue through the API.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{page, window};
use crate::app::AppState;
use crate::auth::Actor;
use crate::registry::api::OrganisationRefView;
use crate::toolbox::model::budget::{CostInput, CostItem, costs_total};
use crate::toolbox::model::instruments::{InstrumentGroup, InstrumentInput};
use crate::toolbox::operations::instruments as ops;
use crate::toolbox::store::instruments::Instrument;
use crate::validation::FieldErrors;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, Id, ListResponse, created};

/// What one use of an instrument is estimated to take.
#[derive(Debug, Serialize, ToSchema)]
pub struct EstimateView {
    /// Days of work.
    days: i32,
    costs: Vec<CostItem>,
    /// Sum of the costs, in euro cents.
    costs_cents: i64,
    note: String,
}

/// An instrument of the catalogue.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstrumentView {
    id: i64,
    slug: String,
    group: InstrumentGroup,
    group_label: String,
    name: String,
    summary: String,
    description: String,
    benefits: Vec<String>,
    business_model: String,
    budget: EstimateView,
    kpis: Vec<String>,
    /// The organisation that added it; `null` for the network's catalogue.
    organisation: Option<OrganisationRefView>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl From<Instrument> for InstrumentView {
    fn from(i: Instrument) -> Self {
        Self {
            group_label: i.group.label().to_string(),
            budget: EstimateView {
                days: i.budget_days,
                costs_cents: costs_total(&i.costs),
                costs: i.costs,
                note: i.budget_note,
            },
            organisation: i.owner.map(OrganisationRefView::from),
            id: i.id,
            slug: i.slug,
            group: i.group,
            name: i.name,
            summary: i.summary,
            description: i.description,
            benefits: i.benefits,
            business_model: i.business_model,
            kpis: i.kpis,
            created_at: i.created_at,
            updated_at: i.updated_at,
        }
    }
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct InstrumentListParams {
    /// `preparatory`, `leads` or `sustain`.
    group: Option<String>,
    /// Words to find in names, summaries, descriptions, benefits and KPIs.
    q: Option<String>,
    /// Page size (1-200, default 50).
    limit: Option<String>,
    /// Items to skip (default 0).
    offset: Option<String>,
}

/// The catalogue by group (in the order above) then name.
#[utoipa::path(
    get, path = "/api/v1/instruments", tag = "toolbox",
    params(InstrumentListParams),
    responses(
        (status = 200, body = ListResponse<InstrumentView>), (status = 401, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn list_instruments(
    State(state): State<AppState>,
    _actor: Actor,
    ApiQuery(params): ApiQuery<InstrumentListParams>,
) -> Result<Json<ListResponse<InstrumentView>>, AppError> {
    let mut errors = FieldErrors::new();
    let group = super::word(
        "group",
        params.group.as_deref(),
        InstrumentGroup::parse,
        &mut errors,
    );
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let window = window(params.limit.as_deref(), params.offset.as_deref())?;
    let list = ops::catalogue(&state.db, group, params.q.as_deref()).await?;
    Ok(Json(page(list, window, InstrumentView::from)))
}

/// One instrument.
#[utoipa::path(
    get, path = "/api/v1/instruments/{id}", tag = "toolbox",
    params(("id" = i64, Path)),
    responses((status = 200, body = InstrumentView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_instrument(
    State(state): State<AppState>,
    _actor: Actor,
    Id(id): Id,
) -> Result<Json<InstrumentView>, AppError> {
    Ok(Json(ops::by_id(&state.db, id).await?.into()))
}

/// An instrument's content. On create, `group`, `name`, `summary`,
/// `budget_days` and `kpis` are required; on PUT, fields left out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct InstrumentWrite {
    /// On create only: the owning organisation (managers: their own, the
    /// default); admins leave it out for the network's catalogue.
    #[schema(value_type = Option<i64>)]
    organisation_id: Field<i64>,
    #[schema(value_type = Option<InstrumentGroup>)]
    group: Field<String>,
    #[schema(value_type = Option<String>)]
    name: Field<String>,
    #[schema(value_type = Option<String>)]
    summary: Field<String>,
    #[schema(value_type = Option<String>)]
    description: Field<String>,
    #[schema(value_type = Option<Vec<String>>)]
    benefits: Field<Vec<String>>,
    #[schema(value_type = Option<String>)]
    business_model: Field<String>,
    /// Days of work for one use.
    #[schema(value_type = Option<i64>)]
    budget_days: Field<i64>,
    /// Costs besides the work, in euro cents.
    #[schema(value_type = Option<Vec<CostItem>>)]
    costs: Field<Vec<CostItem>>,
    #[schema(value_type = Option<String>)]
    budget_note: Field<String>,
    /// Names of what to measure, e.g. "New contacts".
    #[schema(value_type = Option<Vec<String>>)]
    kpis: Field<Vec<String>>,
}

/// Cost items as the model reads them.
pub(crate) fn cost_inputs(costs: Vec<CostItem>) -> Vec<CostInput> {
    costs
        .into_iter()
        .map(|c| CostInput {
            label: c.label,
            amount_cents: Some(c.amount_cents),
        })
        .collect()
}

impl InstrumentWrite {
    fn apply(self, input: &mut InstrumentInput) {
        let errors = &mut input.unreadable;
        let empty = Some(String::new());
        self.group.patch("group", &mut input.group, None, errors);
        self.name.patch("name", &mut input.name, None, errors);
        self.summary
            .patch("summary", &mut input.summary, None, errors);
        self.description
            .patch("description", &mut input.description, empty.clone(), errors);
        self.benefits
            .patch("benefits", &mut input.benefits, Some(Vec::new()), errors);
        self.business_model.patch(
            "business_model",
            &mut input.business_model,
            empty.clone(),
            errors,
        );
        self.budget_days
            .patch_option("budget_days", &mut input.budget_days, errors);
        let mut costs = None;
        self.costs.patch_option("costs", &mut costs, errors);
        if let Some(costs) = costs {
            input.costs = cost_inputs(costs);
        }
        self.budget_note
            .patch("budget_note", &mut input.budget_note, empty, errors);
        self.kpis
            .patch("kpis", &mut input.kpis, Some(Vec::new()), errors);
    }
}

/// Add an instrument (managers for their organisation; admins for an
/// organisation or, without one, the network's catalogue).
#[utoipa::path(
    post, path = "/api/v1/instruments", tag = "toolbox",
    request_body = InstrumentWrite,
    responses(
        (status = 201, body = InstrumentView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_instrument(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(mut body): ApiJson<InstrumentWrite>,
) -> Result<Response, AppError> {
    let mut input = InstrumentInput::default();
    let organisation_id = std::mem::take(&mut body.organisation_id)
        .optional("organisation_id", &mut input.unreadable)
        .flatten();
    body.apply(&mut input);
    let (id, _) = ops::create(&state.db, &actor, organisation_id, &input).await?;
    let instrument = ops::by_id(&state.db, id).await?;
    Ok(created(
        format!("/api/v1/instruments/{id}"),
        InstrumentView::from(instrument),
    ))
}

/// Change an instrument (the network's: admins; an organisation's: its
/// managers and admins). Its address and owner stay.
#[utoipa::path(
    put, path = "/api/v1/instruments/{id}", tag = "toolbox",
    params(("id" = i64, Path)),
    request_body = InstrumentWrite,
    responses(
        (status = 200, body = InstrumentView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_instrument(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(mut body): ApiJson<InstrumentWrite>,
) -> Result<Json<InstrumentView>, AppError> {
    let refused = super::stays(
        &mut body.organisation_id,
        "an instrument stays with its owner",
    );
    ops::update(&state.db, &actor, id, None, |mut input| {
        input.unreadable.merge(refused);
        body.apply(&mut input);
        input
    })
    .await?;
    Ok(Json(ops::by_id(&state.db, id).await?.into()))
}

/// Remove an instrument that no plan uses.
#[utoipa::path(
    delete, path = "/api/v1/instruments/{id}", tag = "toolbox",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Removed"), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, description = "Plans use it", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn delete_instrument(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<StatusCode, AppError> {
    ops::delete(&state.db, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
