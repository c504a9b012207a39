//! API: outcome records, yearly figures and indicators with their values.

use axum::Json;
use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::app::AppState;
use crate::auth::{Actor, MultipartForm};
use crate::monitoring::model::access::Audience;
use crate::monitoring::model::indicators::{Dimension, IndicatorInput, Measure, Unit};
use crate::monitoring::model::outcomes::{Figures, FiguresInput, OutcomeInput, OutcomeKind};
use crate::monitoring::operations::kpis::{self, IndicatorValue, Scope};
use crate::monitoring::operations::outcomes as ops;
use crate::monitoring::store::outcomes::{FigureVersion, Outcome, OutcomeFilter, Revision};
use crate::validation::{FieldErrors, api_window};
use crate::web::created;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, Id, ListResponse};

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct OutcomeParams {
    /// Records of one SME.
    sme: Option<String>,
    /// One kind: partnership, export_start, presence, contract, collaboration, joint_application.
    kind: Option<String>,
    /// Records linked to one programme.
    programme: Option<String>,
    /// Also list retracted records.
    include_retracted: Option<bool>,
    limit: Option<String>,
    offset: Option<String>,
}

fn number(field: &str, value: Option<&str>, errors: &mut FieldErrors) -> Option<i64> {
    let value = value.map(str::trim).filter(|v| !v.is_empty())?;
    errors.check(
        field,
        value.parse().map_err(|_| crate::t("val-whole-number")),
    )
}

impl OutcomeParams {
    pub(crate) fn filter(&self) -> Result<OutcomeFilter, FieldErrors> {
        let mut errors = FieldErrors::new();
        let sme = number("sme", self.sme.as_deref(), &mut errors);
        let programme_id = number("programme", self.programme.as_deref(), &mut errors);
        let kind = match self
            .kind
            .as_deref()
            .map(str::trim)
            .filter(|k| !k.is_empty())
        {
            Some(kind) => errors.check("kind", OutcomeKind::parse(kind)),
            None => None,
        };
        errors.into_result(OutcomeFilter {
            sme_ids: sme.map(|id| vec![id]),
            kind,
            programme_id,
            include_retracted: self.include_retracted.unwrap_or(false),
            ..Default::default()
        })
    }
}

/// Outcome records the caller may see, newest first.
#[utoipa::path(
    get, path = "/api/v1/outcomes", tag = "monitoring",
    params(OutcomeParams),
    responses((status = 200, body = ListResponse<Outcome>), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_outcomes(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<OutcomeParams>,
) -> Result<Json<ListResponse<Outcome>>, AppError> {
    let mut errors = FieldErrors::new();
    let filter = params.filter().unwrap_or_else(|e| {
        errors.merge(e);
        OutcomeFilter::default()
    });
    let window = api_window(params.limit.as_deref(), params.offset.as_deref());
    let window = match window {
        Ok(w) if errors.is_empty() => w,
        Ok(_) => return Err(AppError::Validation(errors)),
        Err(e) => {
            errors.merge(e);
            return Err(AppError::Validation(errors));
        }
    };
    let (items, total) = ops::visible_outcomes(
        &state.db,
        &actor,
        filter,
        Some((window.limit, window.offset)),
    )
    .await?;
    // The same rows as the records download, so recorded like it.
    crate::audit::export(
        &state.db,
        &actor,
        "outcomes",
        "Outcome records",
        items.len(),
        crate::audit::ExportedAs::Json,
    )
    .await?;
    Ok(Json(ListResponse { items, total }))
}

/// A record as sent: all fields on create; on PATCH (a correction) only those
/// that change, plus `reason`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = OutcomeRecordWrite)]
pub struct OutcomeWrite {
    #[schema(value_type = Option<i64>)]
    sme_id: Field<i64>,
    #[schema(value_type = Option<OutcomeKind>)]
    kind: Field<String>,
    #[schema(value_type = Option<NaiveDate>)]
    occurred_on: Field<NaiveDate>,
    /// ISO 3166-1 alpha-2 country where it happened.
    #[schema(value_type = Option<String>, example = "NO")]
    country: Field<String>,
    #[schema(value_type = Option<String>)]
    counterparty_name: Field<String>,
    #[schema(value_type = Option<i64>)]
    counterparty_organisation_id: Field<i64>,
    #[schema(value_type = Option<i64>)]
    counterparty_sme_id: Field<i64>,
    /// Euro cents (contracts and export starts only).
    #[schema(value_type = Option<i64>)]
    value_cents: Field<i64>,
    /// For a presence: sales_office, subsidiary, incubator_desk, representative.
    #[schema(value_type = Option<String>)]
    presence_form: Field<String>,
    #[schema(value_type = Option<String>)]
    description: Field<String>,
    #[schema(value_type = Option<String>)]
    evidence_text: Field<String>,
    #[schema(value_type = Option<String>)]
    evidence_url: Field<String>,
    /// What caused it: a programme, a programme session, a matchmaking meeting, an instrument.
    /// A programme the SME takes part in (422 otherwise).
    #[schema(value_type = Option<i64>)]
    programme_id: Field<i64>,
    /// A session of a programme (and cohort) the SME takes part in, or one it was invited to;
    /// of `programme_id` when both are given (422 otherwise).
    #[schema(value_type = Option<i64>)]
    session_id: Field<i64>,
    /// A matchmaking meeting in which the SME was one of the two sides (422 otherwise).
    #[schema(value_type = Option<i64>)]
    meeting_id: Field<i64>,
    #[schema(value_type = Option<String>, example = "Matchmaking")]
    instrument: Field<String>,
    /// Why a record is corrected (required on PATCH).
    #[schema(value_type = Option<String>)]
    reason: Field<String>,
}

impl OutcomeWrite {
    fn apply(self, input: &mut OutcomeInput) {
        let errors = &mut input.unreadable;
        let empty = Some(String::new());
        self.sme_id
            .patch_option("sme_id", &mut input.sme_id, errors);
        self.kind.patch("kind", &mut input.kind, None, errors);
        self.occurred_on
            .patch_option("occurred_on", &mut input.occurred_on, errors);
        self.country
            .patch("country", &mut input.country, empty.clone(), errors);
        self.counterparty_name.patch(
            "counterparty_name",
            &mut input.counterparty_name,
            empty.clone(),
            errors,
        );
        self.counterparty_organisation_id.patch_option(
            "counterparty_organisation_id",
            &mut input.counterparty_organisation_id,
            errors,
        );
        self.counterparty_sme_id.patch_option(
            "counterparty_sme_id",
            &mut input.counterparty_sme_id,
            errors,
        );
        self.value_cents
            .patch_option("value_cents", &mut input.value_cents, errors);
        self.presence_form.patch(
            "presence_form",
            &mut input.presence_form,
            empty.clone(),
            errors,
        );
        self.description
            .patch("description", &mut input.description, empty.clone(), errors);
        self.evidence_text.patch(
            "evidence_text",
            &mut input.evidence_text,
            empty.clone(),
            errors,
        );
        self.evidence_url.patch(
            "evidence_url",
            &mut input.evidence_url,
            empty.clone(),
            errors,
        );
        self.programme_id
            .patch_option("programme_id", &mut input.programme_id, errors);
        self.session_id
            .patch_option("session_id", &mut input.session_id, errors);
        self.meeting_id
            .patch_option("meeting_id", &mut input.meeting_id, errors);
        self.instrument
            .patch("instrument", &mut input.instrument, empty.clone(), errors);
        self.reason
            .patch("reason", &mut input.reason, empty, errors);
    }
}

/// Record a result for an SME (its people, its home's managers, partners it
/// granted access, admins).
#[utoipa::path(
    post, path = "/api/v1/outcomes", tag = "monitoring",
    request_body = OutcomeWrite,
    responses(
        (status = 201, body = Outcome), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_outcome(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<OutcomeWrite>,
) -> Result<Response, AppError> {
    let mut input = OutcomeInput::default();
    body.apply(&mut input);
    let id = ops::record(&state.db, &actor, input, None).await?;
    let outcome = ops::outcome(&state.db, &actor, id).await?;
    Ok(created(format!("/api/v1/outcomes/{id}"), outcome))
}

#[utoipa::path(
    get, path = "/api/v1/outcomes/{id}", tag = "monitoring",
    params(("id" = i64, Path)),
    responses((status = 200, body = Outcome), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_outcome(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<Outcome>, AppError> {
    Ok(Json(ops::outcome(&state.db, &actor, id).await?))
}

/// Correct a record: the fields that change and a `reason`. The earlier
/// version stays in the history.
#[utoipa::path(
    patch, path = "/api/v1/outcomes/{id}", tag = "monitoring",
    params(("id" = i64, Path)),
    request_body = OutcomeWrite,
    responses(
        (status = 200, body = Outcome), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn correct_outcome(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<OutcomeWrite>,
) -> Result<Json<Outcome>, AppError> {
    ops::correct(
        &state.db,
        &actor,
        id,
        |mut input| {
            input.reason = String::new();
            body.apply(&mut input);
            input
        },
        None,
    )
    .await?;
    Ok(Json(ops::outcome(&state.db, &actor, id).await?))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct RetractBody {
    reason: String,
}

/// Retract a record: it no longer counts anywhere, and stays in the history.
#[utoipa::path(
    post, path = "/api/v1/outcomes/{id}/retract", tag = "monitoring",
    params(("id" = i64, Path)),
    request_body = RetractBody,
    responses(
        (status = 200, body = Outcome), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn retract_outcome(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<RetractBody>,
) -> Result<Json<Outcome>, AppError> {
    ops::retract(&state.db, &actor, id, &body.reason).await?;
    Ok(Json(ops::outcome(&state.db, &actor, id).await?))
}

/// An evidence file and why it is added (multipart/form-data).
#[derive(Debug, ToSchema)]
pub struct EvidenceUpload {
    /// PDF, office document, image or text; at most 10 MB.
    #[schema(format = Binary, value_type = String)]
    pub evidence_file: Vec<u8>,
    /// Why the record changes (kept in its history).
    pub reason: String,
}

/// Attach an evidence file to a record (replacing one it had): a correction,
/// kept in the record's history with its `reason`.
#[utoipa::path(
    post, path = "/api/v1/outcomes/{id}/evidence", tag = "monitoring",
    params(("id" = i64, Path)),
    request_body(content = EvidenceUpload, content_type = "multipart/form-data"),
    responses(
        (status = 200, body = Outcome), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn attach_evidence(
    State(state): State<AppState>,
    Id(id): Id,
    form: MultipartForm,
) -> Result<Json<Outcome>, AppError> {
    let Some(file) = ops::EvidenceFile::among(form.files) else {
        return Err(AppError::Validation(FieldErrors::single(
            ops::EvidenceFile::FIELD,
            "send the file in the field evidence_file",
        )));
    };
    let reason = form.fields.get("reason").cloned().unwrap_or_default();
    ops::correct(
        &state.db,
        &form.actor,
        id,
        move |mut input| {
            input.reason = reason;
            input
        },
        Some(file),
    )
    .await?;
    Ok(Json(ops::outcome(&state.db, &form.actor, id).await?))
}

/// Every version of a record: recorded, each correction, a retraction.
#[utoipa::path(
    get, path = "/api/v1/outcomes/{id}/history", tag = "monitoring",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<Revision>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn outcome_history(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<ListResponse<Revision>>, AppError> {
    let items = ops::history(&state.db, &actor, id).await?;
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

/// One version of a year's figures.
#[derive(Debug, Serialize, ToSchema)]
pub struct FiguresVersionView {
    turnover_cents: Option<i64>,
    employees: Option<i32>,
    export_share_pct: Option<i32>,
    /// Why the year was corrected (empty when it was first set).
    reason: String,
    actor_name: String,
    at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FiguresView {
    year: i32,
    turnover_cents: Option<i64>,
    employees: Option<i32>,
    export_share_pct: Option<i32>,
    /// Every version of the year, oldest first: the last is the current one,
    /// the earlier ones were corrected.
    history: Vec<FiguresVersionView>,
}

impl FiguresView {
    fn of(f: Figures, versions: &[FigureVersion]) -> Self {
        Self {
            year: f.year,
            turnover_cents: f.turnover_cents,
            employees: f.employees,
            export_share_pct: f.export_share_pct,
            history: versions
                .iter()
                .filter(|v| v.figures.year == f.year)
                .map(|v| FiguresVersionView {
                    turnover_cents: v.figures.turnover_cents,
                    employees: v.figures.employees,
                    export_share_pct: v.figures.export_share_pct,
                    reason: v.reason.clone(),
                    actor_name: v.actor_name.clone(),
                    at: v.at,
                })
                .collect(),
        }
    }
}

/// An SME's yearly figures (turnover, employees, export share), oldest
/// first, each with its history of corrections.
#[utoipa::path(
    get, path = "/api/v1/smes/{id}/figures", tag = "monitoring",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<FiguresView>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_figures(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<ListResponse<FiguresView>>, AppError> {
    let versions = ops::figure_versions(&state.db, &actor, id).await?;
    let items: Vec<FiguresView> = ops::figures(&state.db, &actor, id)
        .await?
        .into_iter()
        .map(|f| FiguresView::of(f, &versions))
        .collect();
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct FiguresWrite {
    #[schema(value_type = Option<i64>, example = 2026)]
    year: Field<i64>,
    #[schema(value_type = Option<i64>)]
    turnover_cents: Field<i64>,
    #[schema(value_type = Option<i64>)]
    employees: Field<i64>,
    #[schema(value_type = Option<i64>)]
    export_share_pct: Field<i64>,
    /// Required when the year has figures already.
    #[schema(value_type = Option<String>)]
    reason: Field<String>,
}

/// Set one year's figures; changing a year that has figures is a correction
/// and needs a `reason`. Figures left out keep the year's current values
/// (`null` clears one). Only the SME's own side and admins may set them.
#[utoipa::path(
    put, path = "/api/v1/smes/{id}/figures", tag = "monitoring",
    params(("id" = i64, Path)),
    request_body = FiguresWrite,
    responses(
        (status = 200, body = ListResponse<FiguresView>), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn put_figures(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<FiguresWrite>,
) -> Result<Json<ListResponse<FiguresView>>, AppError> {
    let mut input = FiguresInput::default();
    let errors = &mut input.unreadable;
    body.year.patch_option("year", &mut input.year, errors);
    // A year that has figures starts from them: what the body leaves out is
    // kept (null clears it).
    if let Some(year) = input.year
        && let Some(current) = ops::figures(&state.db, &actor, id)
            .await?
            .into_iter()
            .find(|f| i64::from(f.year) == year)
    {
        input.turnover_cents = current.turnover_cents;
        input.employees = current.employees.map(i64::from);
        input.export_share_pct = current.export_share_pct.map(i64::from);
    }
    let errors = &mut input.unreadable;
    body.turnover_cents
        .patch_option("turnover_cents", &mut input.turnover_cents, errors);
    body.employees
        .patch_option("employees", &mut input.employees, errors);
    body.export_share_pct
        .patch_option("export_share_pct", &mut input.export_share_pct, errors);
    body.reason
        .patch("reason", &mut input.reason, Some(String::new()), errors);
    ops::put_figures(&state.db, &actor, id, &input).await?;
    get_figures(State(state), actor, Id(id)).await
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GroupView {
    key: String,
    label: String,
    /// Null when withheld (see `withheld` on the indicator).
    value: Option<f64>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct BreakdownView {
    dimension: Dimension,
    groups: Vec<GroupView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TrendPoint {
    /// e.g. "2027 Q1".
    quarter: String,
    /// The value at the end of the quarter (or today, for this quarter);
    /// null when withheld.
    value: Option<f64>,
}

/// An indicator with its value, computed from the records when asked.
#[derive(Debug, Serialize, ToSchema)]
pub struct KpiView {
    /// `participants`, `partnerships`, `presences`, `export_starts` for the
    /// predefined ones, `i<id>` for custom ones.
    key: String,
    indicator_id: Option<i64>,
    programme_id: Option<i64>,
    name: String,
    /// The definition's word, e.g. `smes_with:partnership`.
    metric: String,
    definition: String,
    /// ISO codes of the countries whose records count (empty: every country).
    countries: Vec<String>,
    unit: Unit,
    /// In the unit (a percentage for shares, euro cents for money); null
    /// when withheld.
    value: Option<f64>,
    /// For shares: SMEs with, and SMEs in all.
    count: Option<i64>,
    base: Option<i64>,
    /// A sum of money or jobs made of one or two SMEs whose records the
    /// caller may not see is withheld, as is any group of a breakdown or
    /// quarter of the trend from which it could be worked out: its value,
    /// count and progress are null.
    withheld: bool,
    target: i64,
    /// Whole percent of the target reached; null when withheld or when the
    /// target is 0 (none set).
    progress: Option<u32>,
    period_from: NaiveDate,
    period_to: NaiveDate,
    /// Present on a programme's KPI list: the value split by country, home
    /// organisation, sector, cohort and size.
    #[serde(skip_serializing_if = "Option::is_none")]
    disaggregations: Option<Vec<BreakdownView>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trend: Option<Vec<TrendPoint>>,
}

/// A value in its unit, unless it is withheld.
fn shown(measure: Measure) -> Option<f64> {
    (!measure.withheld).then(|| measure.number())
}

fn kpi_view(scope: &Scope, value: IndicatorValue) -> KpiView {
    let indicator = value.indicator;
    KpiView {
        key: indicator.key,
        indicator_id: indicator.custom_id,
        programme_id: scope.programme_id(),
        name: indicator.name,
        metric: indicator.metric.key(),
        definition: indicator.metric.definition(),
        countries: indicator.countries,
        unit: indicator.metric.unit(),
        value: shown(value.measure),
        count: (!value.measure.withheld).then_some(value.measure.value),
        base: value.measure.base,
        withheld: value.measure.withheld,
        target: indicator.target,
        progress: value.progress,
        period_from: indicator.period.from,
        period_to: indicator.period.to,
        disaggregations: None,
        trend: None,
    }
}

async fn detailed(
    state: &AppState,
    actor: &Actor,
    scope: &Scope,
) -> Result<Vec<KpiView>, AppError> {
    let details = kpis::details(&state.db, scope, Audience::Signed(actor)).await?;
    let mut views = Vec::new();
    for detail in details {
        let mut view = kpi_view(scope, detail.value);
        view.disaggregations = Some(
            detail
                .breakdowns
                .into_iter()
                .map(|(dimension, groups)| BreakdownView {
                    dimension,
                    groups: groups
                        .into_iter()
                        .map(|g| GroupView {
                            key: g.key,
                            label: g.label,
                            value: shown(g.measure),
                        })
                        .collect(),
                })
                .collect(),
        );
        view.trend = Some(
            detail
                .trend
                .into_iter()
                .map(|(q, m)| TrendPoint {
                    quarter: q.label(),
                    value: shown(m),
                })
                .collect(),
        );
        views.push(view);
    }
    Ok(views)
}

/// A programme's indicators: value, target, progress, breakdowns and trend.
#[utoipa::path(
    get, path = "/api/v1/programmes/{id}/kpis", tag = "monitoring",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<KpiView>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn programme_kpis(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<ListResponse<KpiView>>, AppError> {
    let scope = Scope::programme(&state.db, id).await?;
    let items = detailed(&state, &actor, &scope).await?;
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

/// The whole network's indicators, with breakdowns and trend.
#[utoipa::path(
    get, path = "/api/v1/network/kpis", tag = "monitoring",
    responses((status = 200, body = ListResponse<KpiView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn network_kpis(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<ListResponse<KpiView>>, AppError> {
    let items = detailed(&state, &actor, &Scope::Network).await?;
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

/// Every indicator — the network's and each programme's, predefined and
/// custom — with its value now.
#[utoipa::path(
    get, path = "/api/v1/indicators", tag = "monitoring",
    responses((status = 200, body = ListResponse<KpiView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_indicators(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<ListResponse<KpiView>>, AppError> {
    let mut items = Vec::new();
    for (scope, values) in kpis::all_values(&state.db, Audience::Signed(&actor)).await? {
        items.extend(values.into_iter().map(|v| kpi_view(&scope, v)));
    }
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct IndicatorWrite {
    /// The programme; absent for a network indicator (admins only).
    #[schema(value_type = Option<i64>)]
    programme_id: Field<i64>,
    #[schema(value_type = Option<String>, example = "Contract value signed")]
    name: Field<String>,
    /// A definition such as `participants`, `smes_with:partnership`,
    /// `share_with:export_start`, `records:contract`, `value:contract`,
    /// `employment_change`, `turnover_change`, `export_share_rise`.
    #[schema(value_type = Option<String>, example = "value:contract")]
    metric: Field<String>,
    /// Only records in these countries count (the export, partner, presence
    /// or contract country): ISO codes; absent or empty for every country.
    /// Only for definitions that count records.
    #[schema(value_type = Option<Vec<String>>, example = json!(["DE", "NL"]))]
    countries: Field<Vec<String>>,
    /// In the definition's unit (euro cents for money, whole percent for shares).
    #[schema(value_type = Option<i64>)]
    target: Field<i64>,
    /// Defaults to the programme's dates.
    #[schema(value_type = Option<NaiveDate>)]
    period_from: Field<NaiveDate>,
    #[schema(value_type = Option<NaiveDate>)]
    period_to: Field<NaiveDate>,
}

/// Define a custom indicator (admins; managers of a programme's partners for its programme).
#[utoipa::path(
    post, path = "/api/v1/indicators", tag = "monitoring",
    request_body = IndicatorWrite,
    responses(
        (status = 201, body = KpiView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_indicator(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(mut body): ApiJson<IndicatorWrite>,
) -> Result<Response, AppError> {
    let mut input = IndicatorInput::default();
    std::mem::take(&mut body.programme_id).patch_option(
        "programme_id",
        &mut input.programme_id,
        &mut input.unreadable,
    );
    body.apply(&mut input);
    let id = kpis::define(&state.db, &actor, &input).await?;
    Ok(created(
        format!("/api/v1/indicators/{id}"),
        indicator_view(&state, &actor, input.programme_id, id).await?,
    ))
}

impl IndicatorWrite {
    /// Writes the fields sent (all but the programme) over `input`.
    fn apply(self, input: &mut IndicatorInput) {
        let errors = &mut input.unreadable;
        self.name.patch("name", &mut input.name, None, errors);
        self.metric.patch("metric", &mut input.metric, None, errors);
        self.countries
            .patch("countries", &mut input.countries, Some(Vec::new()), errors);
        self.target
            .patch_option("target", &mut input.target, errors);
        self.period_from
            .patch_option("period_from", &mut input.period_from, errors);
        self.period_to
            .patch_option("period_to", &mut input.period_to, errors);
    }
}

/// A custom indicator of a programme (or the network) with its value now, if
/// the actor reads it.
async fn indicator_view(
    state: &AppState,
    actor: &Actor,
    programme_id: Option<i64>,
    id: i64,
) -> Result<KpiView, AppError> {
    let scope = match programme_id {
        Some(pid) => Scope::programme(&state.db, pid).await?,
        None => Scope::Network,
    };
    let (_, values) = kpis::values(&state.db, &scope, Audience::Signed(actor)).await?;
    let value = values
        .into_iter()
        .find(|v| v.indicator.custom_id == Some(id))
        .ok_or(AppError::NotFound)?;
    Ok(kpi_view(&scope, value))
}

/// One custom indicator with its value now.
#[utoipa::path(
    get, path = "/api/v1/indicators/{id}", tag = "monitoring",
    params(("id" = i64, Path)),
    responses((status = 200, body = KpiView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_indicator(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<KpiView>, AppError> {
    let programme_id = kpis::programme_of(&state.db, id).await?;
    Ok(Json(
        indicator_view(&state, &actor, programme_id, id).await?,
    ))
}

/// Change a custom indicator: the fields sent replace the current ones. It
/// stays in its programme (or the network); an indicator that carries a
/// plan's KPI is changed through the plan (409).
#[utoipa::path(
    put, path = "/api/v1/indicators/{id}", tag = "monitoring",
    params(("id" = i64, Path)),
    request_body = IndicatorWrite,
    responses(
        (status = 200, body = KpiView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_indicator(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(mut body): ApiJson<IndicatorWrite>,
) -> Result<Json<KpiView>, AppError> {
    let (stored, _) = kpis::editable(&state.db, &actor, id).await?;
    let mut input = kpis::input_of(&stored);
    match std::mem::take(&mut body.programme_id) {
        Field::Missing => {}
        Field::Value(pid) if Some(pid) == stored.programme_id => {}
        Field::Null if stored.programme_id.is_none() => {}
        _ => input
            .unreadable
            .add("programme_id", crate::t("mon-err-indicator-stays")),
    }
    body.apply(&mut input);
    kpis::change(&state.db, &actor, id, &input).await?;
    Ok(Json(
        indicator_view(&state, &actor, stored.programme_id, id).await?,
    ))
}

/// Remove a custom indicator (one that carries a plan's KPI goes with the
/// plan's KPI: 409).
#[utoipa::path(
    delete, path = "/api/v1/indicators/{id}", tag = "monitoring",
    params(("id" = i64, Path)),
    responses(
        (status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn delete_indicator(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<axum::http::StatusCode, AppError> {
    kpis::remove(&state.db, &actor, id).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
