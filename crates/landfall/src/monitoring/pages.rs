//! Pages: dashboards with charts for a programme and for the network, an
//! indicator's trend and breakdowns with drill-down to the records, outcome
//! records (list, form, history, corrections), exports, the printable
//! programme report and the public results page.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{NaiveDate, Utc};
use serde::Deserialize;

use crate::app::AppState;
use crate::auth::{Actor, CsrfForm, MultipartForm};
use crate::files;
use crate::i18n::{Locale, Text};
use crate::monitoring::api::OutcomeParams;
use crate::monitoring::model::access::Audience;
use crate::monitoring::model::indicators::{
    Change, Dimension, IndicatorInput, Measure, Metric, Unit,
};
use crate::monitoring::model::outcomes::{
    FieldChange, Figures, OutcomeInput, OutcomeKind, OutcomeStatus, PresenceForm, changes_between,
};
use crate::monitoring::operations::kpis::{self, Detail, DrillDown, IndicatorValue, Scope};
use crate::monitoring::operations::outcomes::{self as ops, EvidenceFile};
use crate::monitoring::store::indicators::StoredIndicator;
use crate::monitoring::store::outcomes::{FigureVersion, Outcome, OutcomeFilter, Revision};
use crate::registry::model::{eur_input_value, parse_eur_cents};
use crate::softlanding::store::programmes as programme_store;
use crate::validation::FieldErrors;
use crate::web::charts::{Bar, columns, horizontal_bars};
use crate::web::export::{Cell, ExportFormat, Table, download};
use crate::web::forms::form_status;
use crate::web::forms::{Choice, date_field, refused_fields};
use crate::web::{ApiQuery, AppError, Id, Layout};

/// A value written in its unit, the way the page's language writes numbers:
/// "1,250", "EUR 12,500.50", "37.5 %", "+4" (German: "37,5 %").
/// A withheld value (see [`crate::monitoring::model::disclosure`]) says so.
pub fn show(unit: Unit, measure: Measure) -> String {
    if measure.withheld {
        return crate::t("mon-withheld");
    }
    match unit {
        Unit::EurCents => crate::i18n::money(measure.value),
        Unit::Percent => format!("{} %", crate::i18n::decimal(measure.number(), 1)),
        Unit::Jobs if measure.value >= 0 => format!("+{}", crate::i18n::number(measure.value)),
        _ => crate::i18n::number(measure.value),
    }
}

/// A target in its unit: shares are whole percentages ("30 %").
pub fn show_target(unit: Unit, target: i64) -> String {
    match unit {
        Unit::Percent => format!("{} %", crate::i18n::number(target)),
        _ => show(unit, Measure::of(target)),
    }
}

/// The number a chart draws for a value (euros for money, whole percent for
/// shares); none for a withheld one.
fn chart_value(unit: Unit, measure: Measure) -> Option<u64> {
    (!measure.withheld).then(|| chart_number(unit, measure.number()))
}

fn chart_number(unit: Unit, value: f64) -> u64 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let n = match unit {
        Unit::EurCents => (value / 100.0).round().max(0.0) as u64,
        _ => value.round().max(0.0) as u64,
    };
    n
}

/// One row of a dashboard.
pub struct KpiRow {
    pub key: String,
    pub name: String,
    pub definition: String,
    pub value: String,
    pub target: String,
    /// "45 %", or why it is not shown.
    pub progress: String,
}

/// Progress to a target as pages write it.
fn show_progress(value: &IndicatorValue) -> String {
    match value.progress {
        Some(p) => format!("{} %", crate::i18n::number(i64::from(p))),
        None if value.measure.withheld => crate::t("mon-withheld"),
        None => crate::t("mon-no-target"),
    }
}

/// An indicator's definition in the language of the request, with the
/// countries it is limited to.
fn definition_t(metric: Metric, countries: &[String]) -> String {
    if countries.is_empty() {
        return metric.definition_t();
    }
    let locale = crate::i18n::current();
    let names: Vec<String> = countries
        .iter()
        .map(|code| {
            crate::registry::reference::country_name_in(locale, code)
                .map_or_else(|| code.clone(), str::to_string)
        })
        .collect();
    crate::t2(
        "mon-def-in-countries",
        "definition",
        metric.definition_t(),
        "countries",
        names.join(", "),
    )
}

fn kpi_row(value: &IndicatorValue) -> KpiRow {
    let unit = value.indicator.metric.unit();
    KpiRow {
        key: value.indicator.key.clone(),
        name: value.indicator.name_t(),
        definition: definition_t(value.indicator.metric, &value.indicator.countries),
        value: show(unit, value.measure),
        target: show_target(unit, value.indicator.target),
        progress: show_progress(value),
    }
}

/// Progress towards each target as bars scaled to 100 %.
fn progress_chart(title: &str, values: &[IndicatorValue]) -> String {
    // A withheld value, or one without a target, has no bar; the table
    // beside the chart says why.
    let bars: Vec<Bar> = values
        .iter()
        .filter_map(|v| {
            Some(Bar {
                label: v.indicator.name_t(),
                value: u64::from(v.progress?.min(100)),
                extra: 0,
            })
        })
        .collect();
    horizontal_bars(title, &bars, 100)
}

/// Whether the actor defines (and so changes and removes) a scope's indicators.
fn can_define(actor: &Actor, scope: &Scope) -> bool {
    match scope {
        Scope::Programme(p) => {
            crate::monitoring::model::access::can_define_indicator(actor, Some(&p.partner_ids()))
        }
        Scope::Network => crate::monitoring::model::access::can_define_indicator(actor, None),
    }
}

async fn scope_of(state: &AppState, programme_id: Option<i64>) -> Result<Scope, AppError> {
    match programme_id {
        Some(id) => Scope::programme(&state.db, id).await,
        None => Ok(Scope::Network),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "monitoring/dashboard.html")]
struct DashboardPage {
    layout: Layout,
    scope_name: String,
    base: String,
    programme: Option<(i64, String)>,
    programmes: Vec<(i64, String)>,
    rows: Vec<KpiRow>,
    chart: String,
    /// Some value is withheld from the reader: the page says why.
    withheld: bool,
    can_define: bool,
    metrics: Vec<Choice>,
    values: IndicatorForm,
    errors: FieldErrors,
    records: u64,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IndicatorForm {
    name: String,
    metric: String,
    /// Country codes separated by commas or spaces.
    countries: String,
    target: String,
    period_from: String,
    period_to: String,
}

async fn dashboard_page(
    state: &AppState,
    actor: &Actor,
    programme_id: Option<i64>,
    values: IndicatorForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let scope = scope_of(state, programme_id).await?;
    let (_, list) = kpis::values(&state.db, &scope, Audience::Signed(actor)).await?;
    let chart = progress_chart(
        &crate::t1("mon-chart-progress-of", "name", scope.name_t()),
        &list,
    );
    let can_define = can_define(actor, &scope);
    let programmes = programme_store::programmes(&state.db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let (_, records) = ops::visible_outcomes(
        &state.db,
        actor,
        OutcomeFilter {
            programme_id,
            ..Default::default()
        },
        Some((1, 0)),
    )
    .await?;
    let metrics = metric_choices(&values.metric);
    let status = form_status(&errors);
    let page = DashboardPage {
        layout: Layout::new(
            format!("{} · {}", crate::t("mon-dashboard"), scope.name_t()),
            Some(actor),
            "monitoring",
        ),
        scope_name: scope.name_t(),
        base: scope.base_path(),
        programme: match &scope {
            Scope::Programme(p) => Some((p.id, p.slug.clone())),
            Scope::Network => None,
        },
        programmes,
        rows: list.iter().map(kpi_row).collect(),
        withheld: list.iter().any(|v| v.measure.withheld),
        chart,
        can_define,
        metrics,
        values,
        errors,
        records,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn network_dashboard(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Response, AppError> {
    dashboard_page(
        &state,
        &actor,
        None,
        IndicatorForm::default(),
        FieldErrors::new(),
    )
    .await
}

#[tracing::instrument(skip_all)]
pub async fn programme_dashboard(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    dashboard_page(
        &state,
        &actor,
        Some(id),
        IndicatorForm::default(),
        FieldErrors::new(),
    )
    .await
}

fn metric_choices(selected: &str) -> Vec<Choice> {
    Metric::all()
        .into_iter()
        .map(|m| Choice::new(m.key(), m.definition_t(), selected == m.key()))
        .collect()
}

impl IndicatorForm {
    /// A stored indicator's fields as the form shows them (money in euros).
    fn of(stored: &StoredIndicator) -> Self {
        Self {
            name: stored.name.clone(),
            metric: stored.metric.key(),
            countries: stored.countries.join(", "),
            target: match stored.metric.unit() {
                Unit::EurCents => eur_input_value(stored.target),
                _ => stored.target.to_string(),
            },
            period_from: stored.period_from.to_string(),
            period_to: stored.period_to.to_string(),
        }
    }

    /// The typed fields as input (a target in euros for money).
    fn input(&self, programme_id: Option<i64>) -> IndicatorInput {
        let mut unreadable = FieldErrors::new();
        let target = match self.metric.starts_with("value:") || self.metric == "turnover_change" {
            true => match parse_eur_cents(&self.target) {
                Ok(cents) => cents,
                Err(message) => {
                    unreadable.add("target", message);
                    None
                }
            },
            false => crate::web::forms::whole_number("target", &self.target, &mut unreadable),
        };
        IndicatorInput {
            programme_id,
            name: self.name.clone(),
            metric: self.metric.clone(),
            countries: self
                .countries
                .split([',', ' '])
                .filter(|c| !c.trim().is_empty())
                .map(str::to_string)
                .collect(),
            target,
            period_from: date_field("period_from", &self.period_from, &mut unreadable),
            period_to: date_field("period_to", &self.period_to, &mut unreadable),
            unreadable,
        }
    }
}

async fn define(
    state: &AppState,
    actor: &Actor,
    programme_id: Option<i64>,
    form: IndicatorForm,
) -> Result<Response, AppError> {
    match kpis::define(&state.db, actor, &form.input(programme_id)).await {
        Ok(id) => {
            let scope = scope_of(state, programme_id).await?;
            Ok(Redirect::to(&format!("{}/kpis/i{id}", scope.base_path())).into_response())
        }
        Err(error) => {
            dashboard_page(state, actor, programme_id, form, refused_fields(error)?).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn define_network_indicator(
    State(state): State<AppState>,
    form: CsrfForm<IndicatorForm>,
) -> Result<Response, AppError> {
    define(&state, &form.actor, None, form.form).await
}

#[tracing::instrument(skip_all)]
pub async fn define_programme_indicator(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<IndicatorForm>,
) -> Result<Response, AppError> {
    define(&state, &form.actor, Some(id), form.form).await
}

/// A custom indicator's form, to change or remove it.
#[derive(Template, WebTemplate)]
#[template(path = "monitoring/indicator_form.html")]
struct IndicatorEditPage {
    layout: Layout,
    id: i64,
    name: String,
    scope_name: String,
    /// The indicator's page.
    back: String,
    metrics: Vec<Choice>,
    values: IndicatorForm,
    errors: FieldErrors,
}

async fn indicator_edit_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    values: Option<IndicatorForm>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (stored, _) = kpis::editable(&state.db, actor, id).await?;
    let scope = scope_of(state, stored.programme_id).await?;
    let values = values.unwrap_or_else(|| IndicatorForm::of(&stored));
    let status = form_status(&errors);
    let page = IndicatorEditPage {
        layout: Layout::new(
            crate::t1("mon-title-edit-indicator", "name", &stored.name),
            Some(actor),
            "monitoring",
        ),
        id,
        name: stored.name,
        scope_name: scope.name(),
        back: format!("{}/kpis/i{id}", scope.base_path()),
        metrics: metric_choices(&values.metric),
        values,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn edit_indicator(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    indicator_edit_page(&state, &actor, id, None, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_indicator(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<IndicatorForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    // The programme stays the indicator's own; `change` keeps it.
    match kpis::change(&state.db, &actor, id, &form.input(None)).await {
        Ok(()) => {
            let (stored, _) = kpis::editable(&state.db, &actor, id).await?;
            let scope = scope_of(&state, stored.programme_id).await?;
            Ok(Redirect::to(&format!("{}/kpis/i{id}", scope.base_path())).into_response())
        }
        Err(error) => {
            indicator_edit_page(&state, &actor, id, Some(form), refused_fields(error)?).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct EmptyForm {}

#[tracing::instrument(skip_all)]
pub async fn delete_indicator(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (stored, _) = kpis::editable(&state.db, &form.actor, id).await?;
    kpis::remove(&state.db, &form.actor, id).await?;
    let scope = scope_of(&state, stored.programme_id).await?;
    Ok(Redirect::to(&scope.base_path()).into_response())
}

/// One group of a breakdown on the page.
pub struct GroupRow {
    pub label: String,
    pub value: String,
    pub link: String,
}

pub struct BreakdownBlock {
    pub label: String,
    pub by: String,
    pub caption: String,
    pub chart: String,
    pub rows: Vec<GroupRow>,
}

#[derive(Template, WebTemplate)]
#[template(path = "monitoring/kpi.html")]
struct KpiPage {
    layout: Layout,
    scope_name: String,
    base: String,
    row: KpiRow,
    unit: String,
    period: String,
    trend_chart: String,
    trend: Vec<(String, String, String)>,
    breakdowns: Vec<BreakdownBlock>,
    /// Some value is withheld from the reader: the page says why.
    withheld: bool,
    /// A custom indicator the actor may change or remove.
    editable: Option<i64>,
}

/// A value as a table cell in its unit; a withheld one says so.
fn value_cell(unit: Unit, measure: Measure) -> Cell {
    match unit {
        _ if measure.withheld => Cell::Text(WITHHELD.into()),
        Unit::EurCents => Cell::Money(measure.value),
        Unit::Percent => Cell::Decimal(measure.number()),
        _ => Cell::Integer(measure.value),
    }
}

/// What an exported table writes for a withheld value.
const WITHHELD: &str = "withheld (fewer than 3 SMEs)";

/// Whether any number of an indicator's detail is withheld from the reader.
fn any_withheld(detail: &Detail) -> bool {
    detail.value.measure.withheld
        || detail.trend.iter().any(|(_, m)| m.withheld)
        || detail
            .breakdowns
            .iter()
            .any(|(_, groups)| groups.iter().any(|g| g.measure.withheld))
}

fn kpi_table(detail: &Detail) -> Table {
    let unit = detail.value.indicator.metric.unit();
    let mut table = Table::new(
        detail.value.indicator.name.clone(),
        &["Breakdown", "Group", "Value", "Unit"],
    );
    let number = |m: Measure| value_cell(unit, m);
    table.push(vec![
        "Total".into(),
        "All".into(),
        number(detail.value.measure),
        unit.label().into(),
    ]);
    for (quarter, measure) in &detail.trend {
        table.push(vec![
            "Quarter (end of)".into(),
            quarter.label().into(),
            number(*measure),
            unit.label().into(),
        ]);
    }
    for (dimension, groups) in &detail.breakdowns {
        for group in groups {
            table.push(vec![
                dimension.label().into(),
                group.label.clone().into(),
                number(group.measure),
                unit.label().into(),
            ]);
        }
    }
    table
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExportParams {
    format: String,
}

async fn kpi_page(
    state: &AppState,
    actor: &Actor,
    programme_id: Option<i64>,
    key: &str,
    export: Option<ExportFormat>,
) -> Result<Response, AppError> {
    let scope = scope_of(state, programme_id).await?;
    let detail = kpis::detail(&state.db, &scope, key, Audience::Signed(actor)).await?;
    if let Some(format) = export {
        let table = kpi_table(&detail);
        let subject = indicator_subject(programme_id, key);
        return audited_download(&state.db, actor, &subject, &table, format).await;
    }
    let indicator = &detail.value.indicator;
    let name = indicator.name_t();
    let unit = indicator.metric.unit();
    let base = scope.base_path();
    let trend_points: Vec<(String, Option<u64>)> = detail
        .trend
        .iter()
        .map(|(q, m)| (q.label(), chart_value(unit, *m)))
        .collect();
    let target_number = chart_number(unit, Measure::of(indicator.target).number());
    let trend_chart = columns(
        &crate::t1("mon-chart-by-quarter", "name", &name),
        &trend_points,
        Some(target_number),
    );
    let trend = detail
        .trend
        .iter()
        .map(|(q, m)| {
            (
                q.label(),
                show(unit, *m),
                format!("{base}/kpis/{key}/records?as_of={}", q.last_day()),
            )
        })
        .collect();
    let breakdowns = detail
        .breakdowns
        .iter()
        .map(|(dimension, groups)| BreakdownBlock {
            label: dimension.label_t(),
            by: dimension.by_t(),
            caption: dimension.name_by_t(&name),
            chart: horizontal_bars(
                &dimension.name_by_t(&name),
                &groups
                    .iter()
                    .filter_map(|g| {
                        Some(Bar {
                            label: kpis::group_label_t(*dimension, &g.key, &g.label),
                            value: chart_value(unit, g.measure)?,
                            extra: 0,
                        })
                    })
                    .collect::<Vec<_>>(),
                0,
            ),
            rows: groups
                .iter()
                .map(|g| GroupRow {
                    label: kpis::group_label_t(*dimension, &g.key, &g.label),
                    value: show(unit, g.measure),
                    link: format!(
                        "{base}/kpis/{key}/records?group={}:{}",
                        dimension.as_str(),
                        crate::web::urlencode(&g.key)
                    ),
                })
                .collect(),
        })
        .collect();
    let page = KpiPage {
        withheld: any_withheld(&detail),
        layout: Layout::new(name, Some(actor), "monitoring"),
        editable: indicator
            .custom_id
            .filter(|_| indicator.internal_to.is_none() && can_define(actor, &scope)),
        scope_name: scope.name_t(),
        row: kpi_row(&detail.value),
        unit: unit.label_t(),
        period: crate::i18n::date_range(indicator.period.from, indicator.period.to),
        base,
        trend_chart,
        trend,
        breakdowns,
    };
    Ok(page.into_response())
}

fn export_format(params: &ExportParams) -> Result<Option<ExportFormat>, AppError> {
    if params.format.trim().is_empty() {
        return Ok(None);
    }
    ExportFormat::parse(&params.format)
        .map(Some)
        .map_err(|e| AppError::Validation(FieldErrors::single("format", e)))
}

#[tracing::instrument(skip_all)]
pub async fn network_kpi(
    State(state): State<AppState>,
    actor: Actor,
    Path(key): Path<String>,
    ApiQuery(params): ApiQuery<ExportParams>,
) -> Result<Response, AppError> {
    kpi_page(&state, &actor, None, &key, export_format(&params)?).await
}

#[tracing::instrument(skip_all)]
pub async fn programme_kpi(
    State(state): State<AppState>,
    actor: Actor,
    Path((id, key)): Path<(i64, String)>,
    ApiQuery(params): ApiQuery<ExportParams>,
) -> Result<Response, AppError> {
    kpi_page(&state, &actor, Some(id), &key, export_format(&params)?).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DrillParams {
    /// `dimension:key`, e.g. `country:NO`.
    group: String,
    as_of: String,
    format: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "monitoring/records.html")]
struct RecordsPage {
    layout: Layout,
    scope_name: String,
    base: String,
    key: String,
    drill: DrillDown,
    value: String,
    as_of: String,
    query: String,
    /// Whether the SMEs come with their baseline and latest figures.
    changes: bool,
}

impl RecordsPage {
    /// A head count, a turnover or an export share, as the indicator counts it.
    fn figure(&self, value: &i64) -> String {
        match self.drill.indicator.metric.figure_unit() {
            Some(Unit::EurCents) => crate::i18n::money(*value),
            Some(Unit::Percent) => format!("{value} %"),
            _ => crate::i18n::number(*value),
        }
    }

    fn difference(&self, change: &Change) -> String {
        if self.drill.indicator.metric.figure_unit() == Some(Unit::Percent) {
            // Percentage points of export share.
            return format!("{:+}", change.difference());
        }
        show(
            self.drill.indicator.metric.unit(),
            Measure::of(change.difference()),
        )
    }
}

fn outcome_table(name: &str, outcomes: &[Outcome]) -> Table {
    let mut table = Table::new(
        name,
        &[
            "Record",
            "SME",
            "Kind",
            "Date",
            "Country",
            "Counterparty",
            "Value (EUR)",
            "Form of presence",
            "Evidence",
            "Caused by",
            "Status",
            "Version",
            "Recorded by",
        ],
    );
    for o in outcomes {
        let evidence = [
            o.evidence_text.clone(),
            o.evidence_url.clone(),
            o.evidence_file_name.clone().unwrap_or_default(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        table.push(vec![
            o.id.into(),
            o.sme_name.clone().into(),
            o.kind.label().into(),
            o.occurred_on.into(),
            o.country.clone().into(),
            o.counterparty_name.clone().into(),
            o.value_cents.map_or(Cell::Empty, Cell::Money),
            o.presence_form.map(|p| p.label()).into(),
            evidence.into(),
            cause(o, Locale::En).into(),
            o.status.label().into(),
            i64::from(o.version).into(),
            o.recorded_by_name.clone().into(),
        ]);
    }
    table
}

/// The rows of a drill-down page as a table: the SMEs counted (with their
/// baseline and latest figures for a change in jobs or turnover), or the
/// outcome records and then the desk bookings counted.
fn drill_table(drill: &DrillDown) -> Table {
    let name = format!("{} records", drill.indicator.name);
    let metric = drill.indicator.metric;
    if !metric.counts_smes_only() {
        let mut table = outcome_table(&name, &drill.records);
        for desk in &drill.desks {
            table.push(vec![
                format!("Desk booking {}", desk.booking_id).into(),
                desk.sme_name.clone().into(),
                OutcomeKind::Presence.label().into(),
                desk.starts_on.into(),
                desk.country.clone().into(),
                Cell::Empty,
                Cell::Empty,
                PresenceForm::IncubatorDesk.label().into(),
                "Approved desk booking".into(),
                Cell::Empty,
                OutcomeStatus::Active.label().into(),
                Cell::Empty,
                Cell::Empty,
            ]);
        }
        return table;
    }
    let changes = metric.compares_figures();
    let columns: &[&str] = if changes {
        &[
            "SME id",
            "SME",
            "Baseline year",
            "Baseline",
            "Latest year",
            "Latest",
            "Change",
        ]
    } else {
        &["SME id", "SME"]
    };
    let mut table = Table::new(name, columns);
    let figure = |n: i64| match metric.figure_unit() {
        Some(Unit::EurCents) => Cell::Money(n),
        _ => Cell::Integer(n),
    };
    for sme in &drill.smes {
        let mut row = vec![sme.id.into(), sme.name.clone().into()];
        if changes {
            match sme.change {
                Some(c) => row.extend([
                    i64::from(c.baseline_year).into(),
                    figure(c.baseline),
                    i64::from(c.latest_year).into(),
                    figure(c.latest),
                    figure(c.difference()),
                ]),
                None => row.extend(std::iter::repeat_n(Cell::Empty, 5)),
            }
        }
        table.push(row);
    }
    table
}

/// What a record says caused it, in words of `locale` ("programme #3,
/// session #8"; exports keep English).
pub fn cause(o: &Outcome, locale: Locale) -> String {
    let mut parts = Vec::new();
    if let Some(id) = o.programme_id {
        parts.push(
            Text::new("mon-cause-programme")
                .arg("id", id)
                .render(locale),
        );
    }
    if let Some(id) = o.session_id {
        parts.push(Text::new("mon-cause-session").arg("id", id).render(locale));
    }
    if let Some(id) = o.meeting_id {
        parts.push(Text::new("mon-cause-meeting").arg("id", id).render(locale));
    }
    if !o.instrument.is_empty() {
        parts.push(o.instrument.clone());
    }
    parts.join(", ")
}

async fn records_page(
    state: &AppState,
    actor: &Actor,
    programme_id: Option<i64>,
    key: &str,
    params: DrillParams,
) -> Result<Response, AppError> {
    let scope = scope_of(state, programme_id).await?;
    let mut errors = FieldErrors::new();
    let group = match params.group.split_once(':') {
        Some((dimension, value)) => errors
            .check("group", Dimension::parse(dimension))
            .map(|d| (d, value.to_string())),
        None if params.group.trim().is_empty() => None,
        None => {
            errors.add("group", crate::t("mon-err-group-format"));
            None
        }
    };
    let as_of = date_field("as_of", &params.as_of, &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let drill = kpis::drill_down(&state.db, actor, &scope, key, group, as_of).await?;
    if let Some(format) = export_format(&ExportParams {
        format: params.format.clone(),
    })? {
        let table = drill_table(&drill);
        let subject = indicator_subject(programme_id, key);
        return audited_download(&state.db, actor, &subject, &table, format).await;
    }
    let value = show(drill.indicator.metric.unit(), drill.measure);
    let query = format!(
        "group={}&as_of={}",
        crate::web::urlencode(&params.group),
        crate::web::urlencode(&params.as_of)
    );
    let page = RecordsPage {
        layout: Layout::new(
            crate::t1("mon-title-behind", "name", drill.indicator.name_t()),
            Some(actor),
            "monitoring",
        ),
        changes: drill.indicator.metric.compares_figures(),
        scope_name: scope.name_t(),
        base: scope.base_path(),
        key: key.to_string(),
        as_of: as_of
            .map(crate::i18n::date)
            .unwrap_or_else(|| crate::t("mon-today")),
        drill,
        value,
        query,
    };
    Ok(page.into_response())
}

#[tracing::instrument(skip_all)]
pub async fn network_records(
    State(state): State<AppState>,
    actor: Actor,
    Path(key): Path<String>,
    ApiQuery(params): ApiQuery<DrillParams>,
) -> Result<Response, AppError> {
    records_page(&state, &actor, None, &key, params).await
}

#[tracing::instrument(skip_all)]
pub async fn programme_records(
    State(state): State<AppState>,
    actor: Actor,
    Path((id, key)): Path<(i64, String)>,
    ApiQuery(params): ApiQuery<DrillParams>,
) -> Result<Response, AppError> {
    records_page(&state, &actor, Some(id), &key, params).await
}

/// The values of a scope's indicators as a table.
fn values_table(name: &str, values: &[IndicatorValue]) -> Table {
    let mut table = Table::new(
        name,
        &[
            "Indicator",
            "Definition",
            "Value",
            "Unit",
            "Target",
            "Progress (%)",
            "From",
            "To",
            "Countries",
        ],
    );
    for v in values {
        let unit = v.indicator.metric.unit();
        let value = value_cell(unit, v.measure);
        let target = match unit {
            Unit::EurCents => Cell::Money(v.indicator.target),
            _ => Cell::Integer(v.indicator.target),
        };
        table.push(vec![
            v.indicator.name.clone().into(),
            v.indicator.metric.definition().into(),
            value,
            unit.label().into(),
            target,
            match v.progress {
                Some(p) => i64::from(p).into(),
                None if v.measure.withheld => Cell::Text(WITHHELD.into()),
                None => Cell::Text(String::new()),
            },
            v.indicator.period.from.into(),
            v.indicator.period.to.into(),
            v.indicator.countries.join(", ").into(),
        ]);
    }
    table
}

/// A table as a download, written to the audit log first.
async fn audited_download(
    db: &crate::db::Db,
    actor: &Actor,
    subject: &str,
    table: &Table,
    format: ExportFormat,
) -> Result<Response, AppError> {
    crate::audit::export(db, actor, subject, &table.name, table.rows.len(), format).await?;
    download(table, format)
}

/// How the audit log names an indicator's table.
fn indicator_subject(programme_id: Option<i64>, key: &str) -> String {
    match programme_id {
        Some(id) => format!("programme:{id}/indicator:{key}"),
        None => format!("indicator:{key}"),
    }
}

#[tracing::instrument(skip_all)]
pub async fn export_network_kpis(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<ExportParams>,
) -> Result<Response, AppError> {
    let format = export_format(&params)?.unwrap_or(ExportFormat::Csv);
    let (_, values) = kpis::values(&state.db, &Scope::Network, Audience::Signed(&actor)).await?;
    let table = values_table("Network indicators", &values);
    audited_download(&state.db, &actor, "indicators", &table, format).await
}

#[tracing::instrument(skip_all)]
pub async fn export_programme_kpis(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<ExportParams>,
) -> Result<Response, AppError> {
    let format = export_format(&params)?.unwrap_or(ExportFormat::Csv);
    let scope = Scope::programme(&state.db, id).await?;
    let (_, values) = kpis::values(&state.db, &scope, Audience::Signed(&actor)).await?;
    let table = values_table(&format!("{} indicators", scope.name()), &values);
    audited_download(
        &state.db,
        &actor,
        &format!("programme:{id}/indicators"),
        &table,
        format,
    )
    .await
}

#[derive(Template, WebTemplate)]
#[template(path = "monitoring/outcomes.html")]
struct OutcomesPage {
    layout: Layout,
    outcomes: Vec<Outcome>,
    total_text: String,
    kinds: Vec<Choice>,
    query: String,
    sme: String,
    /// Why the filter was refused, when it was.
    alert: Option<String>,
}

impl OutcomesPage {
    /// The list under a filter of one kind and one SME (both optional).
    fn new(
        actor: &Actor,
        outcomes: Vec<Outcome>,
        total: u64,
        kind: Option<OutcomeKind>,
        sme: String,
        alert: Option<String>,
    ) -> Self {
        let query = format!(
            "kind={}&sme={sme}",
            kind.map(|k| k.as_str()).unwrap_or_default()
        );
        Self {
            layout: Layout::new(crate::t("mon-outcome-records"), Some(actor), "monitoring"),
            outcomes,
            total_text: crate::tn("mon-records-total", total),
            kinds: kind_choices(kind),
            query,
            sme,
            alert,
        }
    }

    fn money(&self, cents: &Option<i64>) -> String {
        cents.map(crate::i18n::money).unwrap_or_default()
    }
}

#[tracing::instrument(skip_all)]
pub async fn outcomes(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<OutcomeParams>,
    ApiQuery(export): ApiQuery<ExportParams>,
) -> Result<Response, AppError> {
    let filter = match params.filter() {
        Ok(filter) => filter,
        Err(errors) => {
            // A filter nobody could have chosen: the empty list says why.
            let alert = Some(errors.one_line_named());
            let page = OutcomesPage::new(&actor, Vec::new(), 0, None, String::new(), alert);
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    let kind = filter.kind;
    let sme = filter
        .sme_ids
        .as_ref()
        .and_then(|ids| ids.first())
        .map(|id| id.to_string())
        .unwrap_or_default();
    if let Some(format) = export_format(&export)? {
        let (outcomes, _) = ops::visible_outcomes(&state.db, &actor, filter, None).await?;
        let table = outcome_table("Outcome records", &outcomes);
        return audited_download(&state.db, &actor, "outcomes", &table, format).await;
    }
    let (outcomes, total) =
        ops::visible_outcomes(&state.db, &actor, filter, Some((500, 0))).await?;
    Ok(OutcomesPage::new(&actor, outcomes, total, kind, sme, None).into_response())
}

/// The kinds of record as choices of a filter.
fn kind_choices(chosen: Option<OutcomeKind>) -> Vec<Choice> {
    OutcomeKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), k.label_t(), Some(*k) == chosen))
        .collect()
}

fn id_text(id: Option<i64>) -> String {
    id.map(|id| id.to_string()).unwrap_or_default()
}

/// Sessions or meetings as choices ("12 Mar 2027 · Export workshop", with
/// the SME's name when several SMEs' are offered), keeping a chosen one
/// that is not among them (a cause kept from earlier, or a number typed).
fn cause_options(
    list: &[ops::CauseChoice],
    selected: &str,
    sme_names: Option<&std::collections::HashMap<i64, String>>,
    unlisted: &str,
) -> Vec<Choice> {
    let mut choices: Vec<Choice> = Vec::new();
    for c in list {
        let value = c.id.to_string();
        if sme_names.is_none() && choices.iter().any(|x| x.value == value) {
            continue;
        }
        let mut label = match c.starts_at {
            Some(at) => format!("{} · {}", crate::i18n::date(at.date_naive()), c.title),
            None => c.title.clone(),
        };
        if let Some(name) = sme_names.and_then(|names| names.get(&c.sme_id)) {
            label = format!("{name}: {label}");
        }
        let chosen = value == selected.trim() && !choices.iter().any(|x| x.selected);
        choices.push(Choice::new(value, label, chosen));
    }
    if !selected.trim().is_empty() && !choices.iter().any(|c| c.selected) {
        choices.push(Choice::new(selected.trim(), unlisted, true));
    }
    choices
}

/// The outcome form's fields as typed.
#[derive(Debug, Default, Clone)]
pub struct OutcomeFormData {
    pub sme_id: String,
    pub kind: String,
    pub occurred_on: String,
    pub country: String,
    pub counterparty_name: String,
    pub counterparty_organisation_id: String,
    pub counterparty_sme_id: String,
    pub value_eur: String,
    pub presence_form: String,
    pub description: String,
    pub evidence_text: String,
    pub evidence_url: String,
    pub programme_id: String,
    pub session_id: String,
    pub meeting_id: String,
    pub instrument: String,
    pub reason: String,
}

impl OutcomeFormData {
    fn from_fields(fields: &std::collections::HashMap<String, String>) -> Self {
        let get = |name: &str| fields.get(name).cloned().unwrap_or_default();
        Self {
            sme_id: get("sme_id"),
            kind: get("kind"),
            occurred_on: get("occurred_on"),
            country: get("country"),
            counterparty_name: get("counterparty_name"),
            counterparty_organisation_id: get("counterparty_organisation_id"),
            counterparty_sme_id: get("counterparty_sme_id"),
            value_eur: get("value_eur"),
            presence_form: get("presence_form"),
            description: get("description"),
            evidence_text: get("evidence_text"),
            evidence_url: get("evidence_url"),
            programme_id: get("programme_id"),
            session_id: get("session_id"),
            meeting_id: get("meeting_id"),
            instrument: get("instrument"),
            reason: get("reason"),
        }
    }

    fn from_outcome(o: &Outcome) -> Self {
        Self {
            sme_id: o.sme_id.to_string(),
            kind: o.kind.as_str().into(),
            occurred_on: o.occurred_on.to_string(),
            country: o.country.clone().unwrap_or_default(),
            counterparty_name: o.counterparty_name.clone(),
            counterparty_organisation_id: id_text(o.counterparty_organisation_id),
            counterparty_sme_id: id_text(o.counterparty_sme_id),
            value_eur: o.value_cents.map(eur_input_value).unwrap_or_default(),
            presence_form: o
                .presence_form
                .map(|p| p.as_str().to_string())
                .unwrap_or_default(),
            description: o.description.clone(),
            evidence_text: o.evidence_text.clone(),
            evidence_url: o.evidence_url.clone(),
            programme_id: id_text(o.programme_id),
            session_id: id_text(o.session_id),
            meeting_id: id_text(o.meeting_id),
            instrument: o.instrument.clone(),
            reason: String::new(),
        }
    }

    /// Applies the typed fields to an input (the SME only on create).
    fn apply(&self, input: &mut OutcomeInput, with_sme: bool) {
        let mut unreadable = FieldErrors::new();
        if with_sme {
            input.sme_id = crate::web::forms::whole_number("sme_id", &self.sme_id, &mut unreadable);
        }
        input.kind = self.kind.clone();
        input.occurred_on = date_field("occurred_on", &self.occurred_on, &mut unreadable);
        input.country = self.country.clone();
        input.counterparty_name = self.counterparty_name.clone();
        input.counterparty_organisation_id = crate::web::forms::whole_number(
            "counterparty_organisation_id",
            &self.counterparty_organisation_id,
            &mut unreadable,
        );
        input.counterparty_sme_id = crate::web::forms::whole_number(
            "counterparty_sme_id",
            &self.counterparty_sme_id,
            &mut unreadable,
        );
        input.value_cents = match parse_eur_cents(&self.value_eur) {
            Ok(cents) => cents,
            Err(message) => {
                unreadable.add("value_cents", message);
                None
            }
        };
        input.presence_form = self.presence_form.clone();
        input.description = self.description.clone();
        input.evidence_text = self.evidence_text.clone();
        input.evidence_url = self.evidence_url.clone();
        input.programme_id =
            crate::web::forms::whole_number("programme_id", &self.programme_id, &mut unreadable);
        input.session_id =
            crate::web::forms::whole_number("session_id", &self.session_id, &mut unreadable);
        input.meeting_id =
            crate::web::forms::whole_number("meeting_id", &self.meeting_id, &mut unreadable);
        input.instrument = self.instrument.clone();
        input.reason = self.reason.clone();
        input.unreadable = unreadable;
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "monitoring/outcome_form.html")]
struct OutcomeFormPage {
    layout: Layout,
    heading: String,
    action: String,
    correction: bool,
    values: OutcomeFormData,
    smes: Vec<Choice>,
    kinds: Vec<Choice>,
    forms: Vec<Choice>,
    programmes: Vec<Choice>,
    organisations: Vec<Choice>,
    sessions: Vec<Choice>,
    meetings: Vec<Choice>,
    /// The counterparty SME's name when it is the one saved, or how to name one.
    counterparty_sme_hint: String,
    /// Sessions and meetings are offered once the SME is known.
    causes_hint: String,
    /// The catalogue's instruments, suggested as causes.
    instruments: Vec<String>,
    accepted_types: String,
    errors: FieldErrors,
}

async fn outcome_form(
    state: &AppState,
    actor: &Actor,
    target: Option<&Outcome>,
    values: OutcomeFormData,
    mut errors: FieldErrors,
) -> Result<Response, AppError> {
    errors.rename("value_cents", "value_eur");
    let smes = match target {
        Some(o) => vec![Choice::new(o.sme_id.to_string(), o.sme_name.clone(), true)],
        None => {
            // Admins see every SME: too many to choose from, so they come
            // with the SME chosen on its page (or type its number).
            let ids = match ops::visible_smes(&state.db, actor).await? {
                Some(ids) => ids,
                None => values.sme_id.trim().parse().into_iter().collect(),
            };
            let refs = crate::registry::store::sme_refs(&state.db, &ids).await?;
            let mut list: Vec<(i64, String)> = refs.into_values().map(|s| (s.id, s.name)).collect();
            list.sort_by(|a, b| a.1.cmp(&b.1));
            list.into_iter()
                .take(2_000)
                .map(|(id, name)| {
                    Choice::new(id.to_string(), name, values.sme_id == id.to_string())
                })
                .collect()
        }
    };
    let programmes = programme_store::programmes(&state.db)
        .await?
        .into_iter()
        .map(|p| {
            Choice::new(
                p.id.to_string(),
                p.name,
                values.programme_id == p.id.to_string(),
            )
        })
        .collect();
    let organisations = crate::registry::store::organisation_options(&state.db, None)
        .await?
        .into_iter()
        .map(|o| {
            let id = o.id.to_string();
            let chosen = values.counterparty_organisation_id.trim() == id;
            Choice::new(id, o.name, chosen)
        })
        .collect();
    // Sessions and meetings of the chosen SME; before one is chosen, those of
    // every SME on the list (named, and as many as a form can carry).
    let chosen_sme: Option<i64> = values.sme_id.trim().parse().ok();
    let candidates: Vec<i64> = match (target, chosen_sme) {
        (Some(o), _) => vec![o.sme_id],
        (None, Some(id)) if smes.iter().any(|c| c.value == id.to_string()) => vec![id],
        _ => smes.iter().filter_map(|c| c.value.parse().ok()).collect(),
    };
    let (session_list, meeting_list) = ops::cause_choices(&state.db, &candidates).await?;
    let sme_names: std::collections::HashMap<i64, String> = smes
        .iter()
        .filter_map(|c| Some((c.value.parse().ok()?, c.label.clone())))
        .collect();
    let several = (candidates.len() > 1).then_some(&sme_names);
    let causes_hint = if candidates.len() == 1
        && session_list.len() < ops::MAX_CAUSE_CHOICES
        && meeting_list.len() < ops::MAX_CAUSE_CHOICES
    {
        String::new()
    } else {
        crate::t("mon-cause-choose-sme")
    };
    let sessions = cause_options(
        &session_list,
        &values.session_id,
        several,
        &Text::new("mon-cause-session")
            .arg("id", values.session_id.trim())
            .render(crate::i18n::current()),
    );
    let meetings = cause_options(
        &meeting_list,
        &values.meeting_id,
        several,
        &Text::new("mon-cause-meeting")
            .arg("id", values.meeting_id.trim())
            .render(crate::i18n::current()),
    );
    let counterparty_sme_hint = match target {
        Some(o)
            if o.counterparty_sme_id.is_some()
                && id_text(o.counterparty_sme_id) == values.counterparty_sme_id.trim() =>
        {
            crate::t1("mon-counterparty-sme-now", "name", &o.counterparty_name)
        }
        _ => crate::t("mon-counterparty-sme-hint"),
    };
    let (heading, action) = match target {
        Some(o) => (
            crate::t2("mon-title-correct", "id", o.id, "name", &o.sme_name),
            format!("/outcomes/{}/edit", o.id),
        ),
        None => (crate::t("mon-record-outcome"), "/outcomes/new".to_string()),
    };
    let instruments = crate::toolbox::store::instruments::catalogue(&state.db)
        .await?
        .into_iter()
        .map(|i| i.name)
        .collect();
    let status = form_status(&errors);
    let page = OutcomeFormPage {
        instruments,
        layout: Layout::new(heading.clone(), Some(actor), "monitoring"),
        heading,
        action,
        correction: target.is_some(),
        kinds: OutcomeKind::ALL
            .iter()
            .map(|k| Choice::new(k.as_str(), k.label_t(), values.kind == k.as_str()))
            .collect(),
        forms: PresenceForm::ALL
            .iter()
            .map(|f| Choice::new(f.as_str(), f.label_t(), values.presence_form == f.as_str()))
            .collect(),
        values,
        smes,
        programmes,
        organisations,
        sessions,
        meetings,
        counterparty_sme_hint,
        causes_hint,
        accepted_types: files::model::accepted_extensions(),
        errors,
    };
    Ok((status, page).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewOutcomeParams {
    sme: String,
    kind: String,
}

#[tracing::instrument(skip_all)]
pub async fn new_outcome(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<NewOutcomeParams>,
) -> Result<Response, AppError> {
    let values = OutcomeFormData {
        sme_id: params.sme,
        kind: params.kind,
        occurred_on: Utc::now().date_naive().to_string(),
        ..Default::default()
    };
    outcome_form(&state, &actor, None, values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn create_outcome(
    State(state): State<AppState>,
    form: MultipartForm,
) -> Result<Response, AppError> {
    let values = OutcomeFormData::from_fields(&form.fields);
    let mut input = OutcomeInput::default();
    values.apply(&mut input, true);
    match ops::record(
        &state.db,
        &form.actor,
        input,
        EvidenceFile::among(form.files),
    )
    .await
    {
        Ok(id) => Ok(Redirect::to(&format!("/outcomes/{id}")).into_response()),
        Err(error) => outcome_form(&state, &form.actor, None, values, refused_fields(error)?).await,
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "monitoring/outcome.html")]
struct OutcomePage {
    layout: Layout,
    outcome: Outcome,
    history: Vec<HistoryRow>,
    /// What caused the record, each with a link where it has a page.
    causes: Vec<(String, Option<String>)>,
    /// The counterparty's page, when it is an organisation or SME of the network.
    counterparty_link: Option<String>,
    value: String,
    /// The viewer may correct or retract it (and it is not retracted).
    correctable: bool,
    errors: FieldErrors,
    /// The retraction reason typed before the retraction was refused.
    retract_reason: String,
}

/// One version of a record: who made it, why, and the fields it changed
/// from the version before.
struct HistoryRow {
    revision: Revision,
    action: String,
    changes: Vec<FieldChange>,
}

/// A record's causes in words, with the page of each: the programme, the
/// session (when the viewer may open it), the meeting's event.
async fn linked_causes(
    state: &AppState,
    actor: &Actor,
    o: &Outcome,
) -> Result<Vec<(String, Option<String>)>, AppError> {
    let locale = crate::i18n::current();
    let mut causes = Vec::new();
    if let Some(id) = o.programme_id {
        let mut label = Text::new("mon-cause-programme")
            .arg("id", id)
            .render(locale);
        if let Some(p) = programme_store::programme(&state.db, id).await? {
            label = format!("{label} · {}", p.name);
        }
        causes.push((label, Some(format!("/programmes/{id}"))));
    }
    if let Some(id) = o.session_id {
        let mut label = Text::new("mon-cause-session").arg("id", id).render(locale);
        // Read as the viewer first: a session they may not open is named
        // without a link.
        let (session, opens) =
            match crate::softlanding::operations::sessions::session(&state.db, actor, id).await {
                Ok(session) => (Some(session), true),
                Err(AppError::NotFound) => (
                    crate::softlanding::store::sessions::session(&state.db, id).await?,
                    false,
                ),
                Err(error) => return Err(error),
            };
        if let Some(s) = session {
            label = format!(
                "{label} · {} ({})",
                s.title,
                crate::i18n::date(s.starts_at.date_naive())
            );
        }
        causes.push((label, opens.then(|| format!("/sessions/{id}"))));
    }
    if let Some(id) = o.meeting_id {
        let label = Text::new("mon-cause-meeting").arg("id", id).render(locale);
        let event = match crate::matchmaking::store::events::meeting(&state.db, id).await? {
            Some(m) => crate::matchmaking::store::events::event(&state.db, m.event_id).await?,
            None => None,
        };
        causes.push(match event {
            Some(e) => (
                format!("{label} · {}", e.title),
                Some(format!("/events/{}", e.id)),
            ),
            None => (label, None),
        });
    }
    if !o.instrument.is_empty() {
        // An instrument of the catalogue, named as it is there, links to it.
        let named = o.instrument.trim().to_lowercase();
        let link = crate::toolbox::store::instruments::catalogue(&state.db)
            .await?
            .into_iter()
            .find(|i| i.name.to_lowercase() == named)
            .map(|i| format!("/instruments/{}", i.slug));
        causes.push((o.instrument.clone(), link));
    }
    Ok(causes)
}

async fn outcome_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    errors: FieldErrors,
    retract_reason: String,
) -> Result<Response, AppError> {
    let outcome = ops::outcome(&state.db, actor, id).await?;
    let revisions = ops::history(&state.db, actor, id).await?;
    let mut history = Vec::with_capacity(revisions.len());
    for (i, revision) in revisions.iter().enumerate() {
        let changes = match i.checked_sub(1) {
            Some(before) => changes_between(&revisions[before].snapshot, &revision.snapshot),
            None => Vec::new(),
        };
        history.push(HistoryRow {
            action: match revision.action.as_str() {
                "recorded" => crate::t("mon-action-recorded"),
                "corrected" => crate::t("mon-action-corrected"),
                "retracted" => crate::t("mon-action-retracted"),
                other => other.to_string(),
            },
            revision: revision.clone(),
            changes,
        });
    }
    let correctable = ops::may_correct(&state.db, actor, &outcome).await?;
    let status = form_status(&errors);
    let page = OutcomePage {
        layout: Layout::new(
            format!("{} · {}", outcome.kind.label_t(), outcome.sme_name),
            Some(actor),
            "monitoring",
        ),
        causes: linked_causes(state, actor, &outcome).await?,
        counterparty_link: match (
            outcome.counterparty_organisation_id,
            outcome.counterparty_sme_id,
        ) {
            (Some(id), _) => Some(format!("/organisations/{id}")),
            (None, Some(id)) => Some(format!("/smes/{id}")),
            _ => None,
        },
        value: outcome
            .value_cents
            .map(crate::i18n::money)
            .unwrap_or_default(),
        outcome,
        history,
        correctable,
        errors,
        retract_reason,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn outcome(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    outcome_page(&state, &actor, id, FieldErrors::new(), String::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn edit_outcome(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let current = ops::correctable(&state.db, &actor, id).await?;
    let values = OutcomeFormData::from_outcome(&current);
    outcome_form(&state, &actor, Some(&current), values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_outcome(
    State(state): State<AppState>,
    Id(id): Id,
    form: MultipartForm,
) -> Result<Response, AppError> {
    let values = OutcomeFormData::from_fields(&form.fields);
    let typed = values.clone();
    let result = ops::correct(
        &state.db,
        &form.actor,
        id,
        move |mut input| {
            typed.apply(&mut input, false);
            input
        },
        EvidenceFile::among(form.files),
    )
    .await;
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/outcomes/{id}")).into_response()),
        Err(error) => {
            let errors = refused_fields(error)?;
            let current = ops::outcome(&state.db, &form.actor, id).await?;
            outcome_form(&state, &form.actor, Some(&current), values, errors).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RetractForm {
    reason: String,
}

#[tracing::instrument(skip_all)]
pub async fn retract_outcome(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<RetractForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    match ops::retract(&state.db, &actor, id, &form.reason).await {
        Ok(()) => Ok(Redirect::to(&format!("/outcomes/{id}")).into_response()),
        Err(error) => {
            let errors = refused_fields(error)?;
            outcome_page(&state, &actor, id, errors, form.reason).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn evidence_file(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    Ok(files::download(
        ops::evidence_file(&state.db, &actor, id).await?,
    ))
}

/// A printable programme report: targets, values, charts and breakdowns.
#[derive(Template, WebTemplate)]
#[template(path = "monitoring/report.html")]
struct ReportPage {
    layout: Layout,
    programme_name: String,
    programme_description: String,
    period: String,
    generated_on: NaiveDate,
    rows: Vec<KpiRow>,
    chart: String,
    sections: Vec<ReportSection>,
    /// Some value is withheld from the reader: the report says why.
    withheld: bool,
}

/// One indicator in the printed report: its trend by quarter as a chart and
/// as a table, then its breakdowns.
struct ReportSection {
    name: String,
    unit: String,
    trend_chart: String,
    trend: Vec<(String, String)>,
    blocks: Vec<BreakdownBlock>,
}

#[tracing::instrument(skip_all)]
pub async fn programme_report(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let scope = Scope::programme(&state.db, id).await?;
    let Scope::Programme(programme) = &scope else {
        return Err(AppError::NotFound);
    };
    let details = kpis::details(&state.db, &scope, Audience::Signed(&actor)).await?;
    let values: Vec<IndicatorValue> = details.iter().map(|d| d.value.clone()).collect();
    let mut sections = Vec::new();
    let mut withheld = false;
    for detail in details {
        let name = detail.value.indicator.name_t();
        let unit = detail.value.indicator.metric.unit();
        withheld |= any_withheld(&detail);
        let points: Vec<(String, Option<u64>)> = detail
            .trend
            .iter()
            .map(|(q, m)| (q.label(), chart_value(unit, *m)))
            .collect();
        let trend_chart = columns(
            &crate::t1("mon-chart-by-quarter", "name", &name),
            &points,
            None,
        );
        let trend = detail
            .trend
            .iter()
            .map(|(q, m)| (q.label(), show(unit, *m)))
            .collect();
        let blocks = detail
            .breakdowns
            .iter()
            .filter(|(d, _)| matches!(d, Dimension::Country | Dimension::Cohort))
            .map(|(dimension, groups)| BreakdownBlock {
                label: dimension.label_t(),
                by: dimension.by_t(),
                caption: dimension.name_by_t(&name),
                chart: String::new(),
                rows: groups
                    .iter()
                    .map(|g| GroupRow {
                        label: g.label.clone(),
                        value: show(unit, g.measure),
                        link: String::new(),
                    })
                    .collect(),
            })
            .collect();
        sections.push(ReportSection {
            name,
            unit: unit.label_t(),
            trend_chart,
            trend,
            blocks,
        });
    }
    let page = ReportPage {
        layout: Layout::new(
            crate::t1("mon-title-report", "name", &programme.name),
            Some(&actor),
            "monitoring",
        ),
        programme_name: programme.name.clone(),
        programme_description: programme.description.clone(),
        period: crate::i18n::date_range(programme.starts_on, programme.ends_on),
        generated_on: Utc::now().date_naive(),
        chart: progress_chart(&crate::t("mon-chart-progress"), &values),
        rows: values.iter().map(kpi_row).collect(),
        sections,
        withheld,
    };
    Ok(page.into_response())
}

/// The public results of a programme: aggregate values only, no names.
#[derive(Template, WebTemplate)]
#[template(path = "monitoring/results.html")]
struct ResultsPage {
    layout: Layout,
    programme_name: String,
    programme_description: String,
    period: String,
    rows: Vec<KpiRow>,
    chart: String,
    countries: Vec<(String, String)>,
    /// Some value is withheld: the page says why.
    withheld: bool,
}

/// The aggregate results of a programme by its slug, for public pages and
/// handbook chapters: (name, rows of label, value, target).
pub async fn public_results(
    db: &crate::db::Db,
    slug: &str,
) -> Result<Option<(String, Vec<KpiRow>)>, AppError> {
    let Some(programme) = programme_store::programme_by_slug(db, slug).await? else {
        return Ok(None);
    };
    let scope = Scope::Programme(Box::new(programme));
    let (_, values) = kpis::values(db, &scope, Audience::Public).await?;
    Ok(Some((scope.name_t(), values.iter().map(kpi_row).collect())))
}

#[tracing::instrument(skip_all)]
pub async fn results(
    State(state): State<AppState>,
    actor: Option<Actor>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let programme = programme_store::programme_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = Scope::Programme(Box::new(programme.clone()));
    // A public page: internal indicators stay out even for their own managers.
    let (population, values) = kpis::values(&state.db, &scope, Audience::Public).await?;
    // Countries taking part, with how many SMEs: a count, never a name.
    let mut countries: std::collections::BTreeMap<String, usize> = Default::default();
    for s in &population.subjects {
        *countries.entry(s.country.clone()).or_default() += 1;
    }
    let page = ResultsPage {
        layout: Layout::new(
            format!("{} · {}", crate::t("mon-results"), programme.name),
            actor.as_ref(),
            "results",
        ),
        programme_name: programme.name.clone(),
        programme_description: programme.description.clone(),
        period: crate::i18n::date_range(programme.starts_on, programme.ends_on),
        chart: progress_chart(&crate::t("mon-chart-progress"), &values),
        rows: values.iter().map(kpi_row).collect(),
        withheld: values.iter().any(|v| v.measure.withheld),
        countries: countries
            .into_iter()
            .map(|(code, n)| {
                let label = population.label(Dimension::Country, &code);
                (
                    kpis::group_label_t(Dimension::Country, &code, &label),
                    n.to_string(),
                )
            })
            .collect(),
    };
    Ok(page.into_response())
}

/// An SME's results: its records and its yearly figures, with a form for a year.
#[derive(Template, WebTemplate)]
#[template(path = "monitoring/sme_results.html")]
struct SmeResultsPage {
    layout: Layout,
    sme_id: i64,
    sme_name: String,
    outcomes: Vec<Outcome>,
    figures: Vec<(i32, String, String, String)>,
    /// Figures that were corrected: the year, its values before, and who
    /// corrected them, when and why.
    corrections: Vec<Correction>,
    /// Whether the caller may set the figures (the SME's own side).
    can_write_figures: bool,
    values: FiguresForm,
    errors: FieldErrors,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FiguresForm {
    year: String,
    turnover_eur: String,
    employees: String,
    export_share_pct: String,
    reason: String,
}

/// A year's figures replaced by a correction.
pub struct Correction {
    pub year: i32,
    pub turnover: String,
    pub employees: String,
    pub export_share: String,
    pub actor_name: String,
    pub at: chrono::DateTime<Utc>,
    pub reason: String,
}

/// Turnover, employees and export share as the page writes them.
fn figure_texts(f: &Figures) -> (String, String, String) {
    (
        f.turnover_cents.map(crate::i18n::money).unwrap_or_default(),
        f.employees.map(|e| e.to_string()).unwrap_or_default(),
        f.export_share_pct
            .map(|p| format!("{p} %"))
            .unwrap_or_default(),
    )
}

/// Every record of one SME the caller may see, retracted ones included (its
/// results page and that page's download).
async fn sme_outcomes(
    db: &crate::db::Db,
    actor: &Actor,
    sme_id: i64,
) -> Result<Vec<Outcome>, AppError> {
    let filter = OutcomeFilter {
        sme_ids: Some(vec![sme_id]),
        include_retracted: true,
        ..Default::default()
    };
    Ok(ops::visible_outcomes(db, actor, filter, None).await?.0)
}

/// Each version of a year that a later one replaced, newest correction first.
fn corrections(versions: &[FigureVersion]) -> Vec<Correction> {
    let mut list: Vec<Correction> = versions
        .windows(2)
        .filter(|pair| pair[0].figures.year == pair[1].figures.year)
        .map(|pair| {
            let (before, after) = (&pair[0], &pair[1]);
            let (turnover, employees, export_share) = figure_texts(&before.figures);
            Correction {
                year: before.figures.year,
                turnover,
                employees,
                export_share,
                actor_name: after.actor_name.clone(),
                at: after.at,
                reason: after.reason.clone(),
            }
        })
        .collect();
    list.sort_by_key(|c| std::cmp::Reverse(c.at));
    list
}

async fn sme_results_page(
    state: &AppState,
    actor: &Actor,
    sme_id: i64,
    values: FiguresForm,
    mut errors: FieldErrors,
) -> Result<Response, AppError> {
    let figures = ops::figures(&state.db, actor, sme_id).await?;
    let versions = ops::figure_versions(&state.db, actor, sme_id).await?;
    let sme_name = crate::registry::store::sme_refs(&state.db, &[sme_id])
        .await?
        .remove(&sme_id)
        .map(|s| s.name)
        .ok_or(AppError::NotFound)?;
    let outcomes = sme_outcomes(&state.db, actor, sme_id).await?;
    errors.rename("turnover_cents", "turnover_eur");
    let status = form_status(&errors);
    let page = SmeResultsPage {
        layout: Layout::new(
            format!("{} · {sme_name}", crate::t("mon-results")),
            Some(actor),
            "smes",
        ),
        sme_id,
        sme_name,
        outcomes,
        figures: figures
            .iter()
            .map(|f| {
                let (turnover, employees, share) = figure_texts(f);
                (f.year, turnover, employees, share)
            })
            .collect(),
        corrections: corrections(&versions),
        can_write_figures: ops::may_write_figures(&state.db, actor, sme_id).await?,
        values,
        errors,
    };
    Ok((status, page).into_response())
}

/// An SME's yearly figures as a table.
fn figures_table(name: &str, figures: &[Figures]) -> Table {
    let mut table = Table::new(
        name,
        &["Year", "Turnover (EUR)", "Employees", "Export share (%)"],
    );
    for f in figures {
        table.push(vec![
            i64::from(f.year).into(),
            f.turnover_cents.map_or(Cell::Empty, Cell::Money),
            f.employees.map(i64::from).into(),
            f.export_share_pct.map(i64::from).into(),
        ]);
    }
    table
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SmeResultsParams {
    /// `records` or `figures`.
    table: String,
    format: String,
    /// A year whose figures fill the form, to be corrected.
    correct: String,
}

/// The records or the yearly figures of an SME's results page as a download.
async fn sme_results_download(
    state: &AppState,
    actor: &Actor,
    sme_id: i64,
    table: &str,
    format: ExportFormat,
) -> Result<Response, AppError> {
    let figures = ops::figures(&state.db, actor, sme_id).await?;
    let sme_name = crate::registry::store::sme_refs(&state.db, &[sme_id])
        .await?
        .remove(&sme_id)
        .map(|s| s.name)
        .ok_or(AppError::NotFound)?;
    let table = match table {
        "records" => {
            let outcomes = sme_outcomes(&state.db, actor, sme_id).await?;
            outcome_table(&format!("{sme_name} records"), &outcomes)
        }
        "figures" => figures_table(&format!("{sme_name} yearly figures"), &figures),
        _ => {
            return Err(AppError::Validation(FieldErrors::single(
                "table",
                crate::t("mon-err-sme-table"),
            )));
        }
    };
    audited_download(&state.db, actor, &format!("sme:{sme_id}"), &table, format).await
}

#[tracing::instrument(skip_all)]
pub async fn sme_results(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(params): ApiQuery<SmeResultsParams>,
) -> Result<Response, AppError> {
    if let Some(format) = export_format(&ExportParams {
        format: params.format.clone(),
    })? {
        return sme_results_download(&state, &actor, id, params.table.trim(), format).await;
    }
    // A year to correct fills the form with its figures as they stand, so
    // that changing one of them keeps the others.
    let year = params.correct.trim();
    let values = ops::figures(&state.db, &actor, id)
        .await?
        .into_iter()
        .find(|f| f.year.to_string() == year)
        .map(|f| FiguresForm {
            year: f.year.to_string(),
            turnover_eur: f.turnover_cents.map(eur_input_value).unwrap_or_default(),
            employees: f.employees.map(|e| e.to_string()).unwrap_or_default(),
            export_share_pct: f
                .export_share_pct
                .map(|p| p.to_string())
                .unwrap_or_default(),
            reason: String::new(),
        })
        .unwrap_or_default();
    sme_results_page(&state, &actor, id, values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn put_figures(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<FiguresForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let mut unreadable = FieldErrors::new();
    let turnover_cents = match parse_eur_cents(&form.turnover_eur) {
        Ok(cents) => cents,
        Err(message) => {
            unreadable.add("turnover_cents", message);
            None
        }
    };
    let input = crate::monitoring::model::outcomes::FiguresInput {
        year: crate::web::forms::whole_number("year", &form.year, &mut unreadable),
        employees: crate::web::forms::whole_number("employees", &form.employees, &mut unreadable),
        export_share_pct: crate::web::forms::whole_number(
            "export_share_pct",
            &form.export_share_pct,
            &mut unreadable,
        ),
        turnover_cents,
        reason: form.reason.clone(),
        unreadable,
    };
    match ops::put_figures(&state.db, &actor, id, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/smes/{id}/results")).into_response()),
        Err(error) => sme_results_page(&state, &actor, id, form, refused_fields(error)?).await,
    }
}
