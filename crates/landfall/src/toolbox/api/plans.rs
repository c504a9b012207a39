//! Internationalisation plans through the API: the plan, its items with the
//! budget roll-up, and its outcome KPIs with their live values.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::IdPair;
use super::instruments::cost_inputs;
use crate::app::AppState;
use crate::auth::Actor;
use crate::monitoring::model::indicators::Unit;
use crate::registry::api::OrganisationRefView;
use crate::toolbox::model::budget::{Amounts, Budget, CostItem, costs_total};
use crate::toolbox::model::instruments::InstrumentGroup;
use crate::toolbox::model::plans::{
    KpiTarget, KpiTargetInput, PlanInput, PlanItemInput, PlanKpiInput, TargetMarket,
};
use crate::toolbox::operations::plans::{self as ops, KpiStatus, PlanDetail};
use crate::toolbox::store::plans::PlanItem;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, Id, ListResponse, created};

#[derive(Debug, Serialize, ToSchema)]
pub struct ProgrammeRefView {
    id: i64,
    name: String,
}

/// Where a plan takes its companies.
#[derive(Debug, Serialize, ToSchema)]
pub struct MarketView {
    /// ISO 3166-1 alpha-2, or `null` for a region only.
    country: Option<String>,
    country_name: Option<String>,
    region: String,
    /// The market in words, e.g. "United States · East Coast".
    label: String,
}

impl From<&TargetMarket> for MarketView {
    fn from(m: &TargetMarket) -> Self {
        Self {
            country: m.country.as_ref().map(|c| c.as_str().to_string()),
            country_name: m.country.as_ref().map(|c| c.name().to_string()),
            region: m.region.clone(),
            label: m.label(),
        }
    }
}

/// Work, costs and total, in days and euro cents.
#[derive(Debug, Serialize, ToSchema)]
pub struct AmountsView {
    days: i64,
    /// Days × the plan's day rate.
    work_cents: i64,
    costs_cents: i64,
    total_cents: i64,
}

impl From<Amounts> for AmountsView {
    fn from(a: Amounts) -> Self {
        Self {
            days: a.days,
            work_cents: a.work_cents,
            costs_cents: a.costs_cents,
            total_cents: a.total_cents,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupBudgetView {
    group: InstrumentGroup,
    label: String,
    items: usize,
    #[serde(flatten)]
    amounts: AmountsView,
}

/// A plan's budget: per item, days × day rate + costs; summed per instrument
/// group (all three, in catalogue order) and for the plan.
#[derive(Debug, Serialize, ToSchema)]
pub struct BudgetView {
    day_rate_cents: i64,
    #[serde(flatten)]
    total: AmountsView,
    groups: Vec<GroupBudgetView>,
}

impl From<&Budget> for BudgetView {
    fn from(b: &Budget) -> Self {
        Self {
            day_rate_cents: b.day_rate_cents,
            total: b.total.into(),
            groups: b
                .groups
                .iter()
                .map(|g| GroupBudgetView {
                    group: g.group,
                    label: g.group.label().to_string(),
                    items: g.items,
                    amounts: g.amounts.into(),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InstrumentRefView {
    id: i64,
    slug: String,
    name: String,
    group: InstrumentGroup,
}

/// One use of an instrument in a plan, with what it costs.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanItemView {
    id: i64,
    instrument: InstrumentRefView,
    title: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    days: i32,
    costs: Vec<CostItem>,
    notes: String,
    /// Targets for the instrument's own KPIs.
    kpi_targets: Vec<KpiTarget>,
    work_cents: i64,
    costs_cents: i64,
    total_cents: i64,
}

fn item_view(item: &PlanItem, amounts: Amounts) -> PlanItemView {
    PlanItemView {
        id: item.id,
        instrument: InstrumentRefView {
            id: item.instrument.id,
            slug: item.instrument.slug.clone(),
            name: item.instrument.name.clone(),
            group: item.instrument.group,
        },
        title: item.title.clone(),
        starts_on: item.starts_on,
        ends_on: item.ends_on,
        days: item.days,
        costs_cents: costs_total(&item.costs),
        costs: item.costs.clone(),
        notes: item.notes.clone(),
        kpi_targets: item.kpi_targets.clone(),
        work_cents: amounts.work_cents,
        total_cents: amounts.total_cents,
    }
}

/// An outcome KPI of a plan: a monitoring indicator over the plan's period,
/// in its programme (or the network), with the value monitoring computes now.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanKpiView {
    id: i64,
    /// The definition's word, e.g. `smes_with:partnership`.
    metric: String,
    definition: String,
    unit: Unit,
    name: String,
    /// In the unit (euro cents for money, whole percent for shares).
    target: i64,
    /// The monitoring indicator (`null` if monitoring removed it).
    indicator_id: Option<i64>,
    /// The indicator's key among monitoring's KPIs (`i<id>`).
    indicator_key: Option<String>,
    /// The value now, in the unit (a percentage for shares); null when
    /// withheld, as monitoring's KPIs are.
    value: Option<f64>,
    /// Whole percent of the target reached.
    progress: Option<u32>,
}

impl From<KpiStatus> for PlanKpiView {
    fn from(s: KpiStatus) -> Self {
        Self {
            id: s.kpi.id,
            metric: s.kpi.metric.key(),
            definition: s.kpi.metric.definition(),
            unit: s.unit,
            name: s.kpi.name,
            target: s.kpi.target,
            indicator_id: s.kpi.indicator_id,
            indicator_key: s.kpi.indicator_id.map(|id| format!("i{id}")),
            value: s.measure.filter(|m| !m.withheld).map(|m| m.number()),
            progress: s.progress,
        }
    }
}

/// A plan in a list: its budget, without its items and KPIs.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanSummaryView {
    id: i64,
    organisation: OrganisationRefView,
    programme: Option<ProgrammeRefView>,
    title: String,
    market: MarketView,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    items: usize,
    kpis: usize,
    budget: BudgetView,
}

impl From<&PlanDetail> for PlanSummaryView {
    fn from(d: &PlanDetail) -> Self {
        Self {
            id: d.plan.id,
            organisation: d.plan.organisation.clone().into(),
            programme: d
                .programme
                .clone()
                .map(|(id, name)| ProgrammeRefView { id, name }),
            title: d.plan.title.clone(),
            market: (&d.plan.market).into(),
            starts_on: d.plan.starts_on,
            ends_on: d.plan.ends_on,
            items: d.items.len(),
            kpis: d.kpis.len(),
            budget: (&d.budget).into(),
        }
    }
}

/// A plan in full.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanView {
    id: i64,
    organisation: OrganisationRefView,
    programme: Option<ProgrammeRefView>,
    title: String,
    market: MarketView,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    notes: String,
    items: Vec<PlanItemView>,
    budget: BudgetView,
    kpis: Vec<PlanKpiView>,
    created_by: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

async fn plan_view(state: &AppState, actor: &Actor, id: i64) -> Result<PlanView, AppError> {
    let detail = ops::detail(&state.db, actor, id).await?;
    let kpis = ops::kpi_statuses(&state.db, actor, &detail).await?;
    Ok(view_of(&detail, kpis))
}

fn view_of(detail: &PlanDetail, kpis: Vec<KpiStatus>) -> PlanView {
    let summary = PlanSummaryView::from(detail);
    PlanView {
        id: summary.id,
        organisation: summary.organisation,
        programme: summary.programme,
        title: summary.title,
        market: summary.market,
        starts_on: summary.starts_on,
        ends_on: summary.ends_on,
        budget: summary.budget,
        notes: detail.plan.notes.clone(),
        items: detail
            .items
            .iter()
            .zip(&detail.budget.lines)
            .map(|(item, amounts)| item_view(item, *amounts))
            .collect(),
        kpis: kpis.into_iter().map(PlanKpiView::from).collect(),
        created_by: detail.plan.created_by_name.clone(),
        created_at: detail.plan.created_at,
        updated_at: detail.plan.updated_at,
    }
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct PlanListParams {
    /// Only this organisation's plans (admins; managers see their own anyway).
    organisation: Option<i64>,
}

/// The plans the caller may see: their organisation's (admins: all).
#[utoipa::path(
    get, path = "/api/v1/plans", tag = "toolbox",
    params(PlanListParams),
    responses((status = 200, body = ListResponse<PlanSummaryView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_plans(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<PlanListParams>,
) -> Result<Json<ListResponse<PlanSummaryView>>, AppError> {
    let plans = ops::plans(&state.db, &actor, params.organisation).await?;
    Ok(Json(ListResponse {
        total: plans.len() as u64,
        items: plans.iter().map(PlanSummaryView::from).collect(),
    }))
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct CompareParams {
    /// The organisation whose plans are compared (default: the caller's).
    organisation: Option<i64>,
}

/// An organisation's plans side by side, each in full: its market, items,
/// budget per instrument group and KPI targets (the organisation's managers
/// and admins).
#[utoipa::path(
    get, path = "/api/v1/plans/compare", tag = "toolbox",
    params(CompareParams),
    responses((status = 200, body = ListResponse<PlanView>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn compare_plans(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<CompareParams>,
) -> Result<Json<ListResponse<PlanView>>, AppError> {
    let organisation_id = params
        .organisation
        .or(actor.organisation_id)
        .ok_or(AppError::NotFound)?;
    let (_, plans) = ops::compare(&state.db, &actor, organisation_id).await?;
    let details: Vec<&PlanDetail> = plans.iter().collect();
    let statuses = ops::kpi_statuses_of(&state.db, &actor, &details).await?;
    let items: Vec<PlanView> = plans
        .iter()
        .zip(statuses)
        .map(|(detail, kpis)| view_of(detail, kpis))
        .collect();
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

/// A plan with its items, budget roll-up and KPIs (its organisation's
/// managers and admins; for anyone else it does not exist).
#[utoipa::path(
    get, path = "/api/v1/plans/{id}", tag = "toolbox",
    params(("id" = i64, Path)),
    responses((status = 200, body = PlanView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_plan(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<PlanView>, AppError> {
    Ok(Json(plan_view(&state, &actor, id).await?))
}

/// A plan's fields. On create, `title`, a market (`market_country` and/or
/// `market_region`), `starts_on` and `ends_on` are required; on PUT, fields
/// left out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = InternationalisationPlanWrite)]
pub struct PlanWrite {
    /// On create only, for admins: the organisation (managers plan for their own).
    #[schema(value_type = Option<i64>)]
    organisation_id: Field<i64>,
    /// A soft-landing programme the organisation is a partner of; the plan's
    /// KPIs then count in it (else in the whole network).
    #[schema(value_type = Option<i64>)]
    programme_id: Field<i64>,
    #[schema(value_type = Option<String>)]
    title: Field<String>,
    /// ISO 3166-1 alpha-2.
    #[schema(value_type = Option<String>, example = "JP")]
    market_country: Field<String>,
    #[schema(value_type = Option<String>, example = "South-East Asia")]
    market_region: Field<String>,
    #[schema(value_type = Option<NaiveDate>)]
    starts_on: Field<NaiveDate>,
    #[schema(value_type = Option<NaiveDate>)]
    ends_on: Field<NaiveDate>,
    /// Euro cents a day of work (default 60000).
    #[schema(value_type = Option<i64>)]
    day_rate_cents: Field<i64>,
    #[schema(value_type = Option<String>)]
    notes: Field<String>,
}

impl PlanWrite {
    fn apply(self, input: &mut PlanInput) {
        let errors = &mut input.unreadable;
        let empty = Some(String::new());
        self.programme_id
            .patch_option("programme_id", &mut input.programme_id, errors);
        self.title.patch("title", &mut input.title, None, errors);
        self.market_country.patch(
            "market_country",
            &mut input.market_country,
            empty.clone(),
            errors,
        );
        self.market_region.patch(
            "market_region",
            &mut input.market_region,
            empty.clone(),
            errors,
        );
        self.starts_on
            .patch_option("starts_on", &mut input.starts_on, errors);
        self.ends_on
            .patch_option("ends_on", &mut input.ends_on, errors);
        self.day_rate_cents
            .patch_option("day_rate_cents", &mut input.day_rate_cents, errors);
        self.notes.patch("notes", &mut input.notes, empty, errors);
    }
}

/// Start a plan (managers for their organisation; admins name one).
#[utoipa::path(
    post, path = "/api/v1/plans", tag = "toolbox",
    request_body = PlanWrite,
    responses(
        (status = 201, body = PlanView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_plan(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(mut body): ApiJson<PlanWrite>,
) -> Result<Response, AppError> {
    let mut input = PlanInput::default();
    let organisation_id = std::mem::take(&mut body.organisation_id)
        .optional("organisation_id", &mut input.unreadable)
        .flatten();
    body.apply(&mut input);
    let id = ops::create(&state.db, &actor, organisation_id, &input).await?;
    Ok(created(
        format!("/api/v1/plans/{id}"),
        plan_view(&state, &actor, id).await?,
    ))
}

/// Change a plan. Its KPIs' indicators follow its title, programme and period.
#[utoipa::path(
    put, path = "/api/v1/plans/{id}", tag = "toolbox",
    params(("id" = i64, Path)),
    request_body = PlanWrite,
    responses(
        (status = 200, body = PlanView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_plan(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(mut body): ApiJson<PlanWrite>,
) -> Result<Json<PlanView>, AppError> {
    let refused = super::stays(
        &mut body.organisation_id,
        "a plan stays with its organisation",
    );
    ops::update(&state.db, &actor, id, None, |mut input| {
        input.unreadable.merge(refused);
        body.apply(&mut input);
        input
    })
    .await?;
    Ok(Json(plan_view(&state, &actor, id).await?))
}

/// Remove a plan with its items, KPIs and their monitoring indicators.
#[utoipa::path(
    delete, path = "/api/v1/plans/{id}", tag = "toolbox",
    params(("id" = i64, Path)),
    responses((status = 204, description = "Removed"), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn delete_plan(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<StatusCode, AppError> {
    ops::delete(&state.db, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An item's fields. On create, `instrument_id`, `starts_on` and `ends_on`
/// are required; `title`, `days` and `costs` default to the instrument's name
/// and estimate. On PUT, fields left out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct PlanItemWrite {
    #[schema(value_type = Option<i64>)]
    instrument_id: Field<i64>,
    #[schema(value_type = Option<String>)]
    title: Field<String>,
    /// Within the plan's period.
    #[schema(value_type = Option<NaiveDate>)]
    starts_on: Field<NaiveDate>,
    #[schema(value_type = Option<NaiveDate>)]
    ends_on: Field<NaiveDate>,
    #[schema(value_type = Option<i64>)]
    days: Field<i64>,
    /// `[]` or `null`: no costs besides the work.
    #[schema(value_type = Option<Vec<CostItem>>)]
    costs: Field<Vec<CostItem>>,
    #[schema(value_type = Option<String>)]
    notes: Field<String>,
    /// Targets for the instrument's own KPIs (names from its list).
    #[schema(value_type = Option<Vec<KpiTarget>>)]
    kpi_targets: Field<Vec<KpiTarget>>,
}

impl PlanItemWrite {
    fn apply(self, input: &mut PlanItemInput) {
        let errors = &mut input.unreadable;
        self.instrument_id
            .patch_option("instrument_id", &mut input.instrument_id, errors);
        self.title
            .patch("title", &mut input.title, Some(String::new()), errors);
        self.starts_on
            .patch_option("starts_on", &mut input.starts_on, errors);
        self.ends_on
            .patch_option("ends_on", &mut input.ends_on, errors);
        self.days.patch_option("days", &mut input.days, errors);
        match self.costs {
            Field::Missing => {}
            Field::Null => input.costs = Some(Vec::new()),
            Field::Value(costs) => input.costs = Some(cost_inputs(costs)),
            Field::Invalid(message) => errors.add("costs", message),
        }
        self.notes
            .patch("notes", &mut input.notes, Some(String::new()), errors);
        let mut targets = None;
        self.kpi_targets
            .patch_option("kpi_targets", &mut targets, errors);
        if let Some(targets) = targets {
            input.kpi_targets = targets
                .into_iter()
                .map(|k| KpiTargetInput {
                    name: k.name,
                    target: Some(k.target),
                })
                .collect();
        }
    }
}

/// Add an instrument from the catalogue to a plan.
#[utoipa::path(
    post, path = "/api/v1/plans/{id}/items", tag = "toolbox",
    params(("id" = i64, Path)),
    request_body = PlanItemWrite,
    responses(
        (status = 201, body = PlanView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn add_item(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<PlanItemWrite>,
) -> Result<Response, AppError> {
    let mut input = PlanItemInput::default();
    body.apply(&mut input);
    let item = ops::add_item(&state.db, &actor, id, &input).await?;
    Ok(created(
        format!("/api/v1/plans/{id}/items/{item}"),
        plan_view(&state, &actor, id).await?,
    ))
}

/// Change an item of a plan.
#[utoipa::path(
    put, path = "/api/v1/plans/{id}/items/{item_id}", tag = "toolbox",
    params(("id" = i64, Path), ("item_id" = i64, Path)),
    request_body = PlanItemWrite,
    responses(
        (status = 200, body = PlanView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_item(
    State(state): State<AppState>,
    actor: Actor,
    IdPair(id, item_id): IdPair,
    ApiJson(body): ApiJson<PlanItemWrite>,
) -> Result<Json<PlanView>, AppError> {
    ops::update_item(&state.db, &actor, id, item_id, |mut input| {
        body.apply(&mut input);
        input
    })
    .await?;
    Ok(Json(plan_view(&state, &actor, id).await?))
}

/// Remove an item from a plan.
#[utoipa::path(
    delete, path = "/api/v1/plans/{id}/items/{item_id}", tag = "toolbox",
    params(("id" = i64, Path), ("item_id" = i64, Path)),
    responses((status = 204, description = "Removed"), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn remove_item(
    State(state): State<AppState>,
    actor: Actor,
    IdPair(id, item_id): IdPair,
) -> Result<StatusCode, AppError> {
    ops::remove_item(&state.db, &actor, id, item_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An outcome KPI of a plan.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct PlanKpiWrite {
    /// A monitoring definition such as `smes_with:partnership`,
    /// `records:contract`, `value:export_start`, `participants`.
    #[schema(value_type = Option<String>, example = "smes_with:partnership")]
    metric: Field<String>,
    /// Default: the definition in words.
    #[schema(value_type = Option<String>)]
    name: Field<String>,
    /// In the definition's unit (euro cents for money, whole percent for shares).
    #[schema(value_type = Option<i64>)]
    target: Field<i64>,
}

/// Set an outcome KPI: adds it (201) with its monitoring indicator, or
/// changes the target of the plan's KPI with the same definition (200).
#[utoipa::path(
    post, path = "/api/v1/plans/{id}/kpis", tag = "toolbox",
    params(("id" = i64, Path)),
    request_body = PlanKpiWrite,
    responses(
        (status = 201, body = PlanView), (status = 200, body = PlanView), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn set_kpi(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<PlanKpiWrite>,
) -> Result<Response, AppError> {
    let mut input = PlanKpiInput::default();
    let errors = &mut input.unreadable;
    body.metric.patch("metric", &mut input.metric, None, errors);
    body.name
        .patch("name", &mut input.name, Some(String::new()), errors);
    body.target
        .patch_option("target", &mut input.target, errors);
    let (kpi, is_new) = ops::set_kpi(&state.db, &actor, id, &input).await?;
    let view = plan_view(&state, &actor, id).await?;
    Ok(if is_new {
        created(format!("/api/v1/plans/{id}/kpis/{kpi}"), view)
    } else {
        Json(view).into_response()
    })
}

/// Remove an outcome KPI and its monitoring indicator.
#[utoipa::path(
    delete, path = "/api/v1/plans/{id}/kpis/{kpi_id}", tag = "toolbox",
    params(("id" = i64, Path), ("kpi_id" = i64, Path)),
    responses((status = 204, description = "Removed"), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn remove_kpi(
    State(state): State<AppState>,
    actor: Actor,
    IdPair(id, kpi_id): IdPair,
) -> Result<StatusCode, AppError> {
    ops::remove_kpi(&state.db, &actor, id, kpi_id).await?;
    Ok(StatusCode::NO_CONTENT)
}
