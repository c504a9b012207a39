//! The plan pages: the list, a plan with its budget, items and KPI targets,
//! the forms, the export and the comparison of an organisation's plans.

use std::collections::BTreeMap;

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{CostRow, EmptyForm, SECTION, cost_inputs, cost_rows, organisation_choices};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::i18n::money;
use crate::monitoring::model::indicators::{Metric, Unit};
use crate::monitoring::pages::{show, show_target};
use crate::registry::model::{eur_input_value, parse_eur_cents};
use crate::toolbox::api::IdPair;
use crate::toolbox::model::budget::{Amounts, costs_total};
use crate::toolbox::model::plans::{
    self as rules, KpiTargetInput, PlanInput, PlanItemInput, PlanKpiInput,
};
use crate::toolbox::operations::plans::{self as ops, KpiStatus, PlanDetail};
use crate::validation::FieldErrors;
use crate::validation::version_of;
use crate::web::charts::{Bar, horizontal_bars};
use crate::web::export::{Cell, ExportFormat, Table, download};
use crate::web::forms::{
    Choice, date_field, form_status, posted_version, refused_fields, version_after, whole_number,
};
use crate::web::{ApiQuery, AppError, Id, Layout};

/// Money in whole euros for a chart.
fn euros(cents: i64) -> u64 {
    u64::try_from(cents.max(0) / 100).unwrap_or(0)
}

/// A plan in the list.
pub struct PlanRow {
    pub id: i64,
    pub title: String,
    pub organisation: String,
    pub market: String,
    pub period: String,
    pub items: usize,
    pub total: String,
}

impl From<&PlanDetail> for PlanRow {
    fn from(d: &PlanDetail) -> Self {
        Self {
            id: d.plan.id,
            title: d.plan.title.clone(),
            organisation: d.plan.organisation.name.clone(),
            market: d.plan.market.label_t(),
            period: crate::i18n::date_range(d.plan.starts_on, d.plan.ends_on),
            items: d.items.len(),
            total: money(d.budget.total.total_cents),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/plans.html")]
struct PlansPage {
    layout: Layout,
    rows: Vec<PlanRow>,
    /// Organisations whose plans can be compared: id and name.
    organisations: Vec<(i64, String)>,
    can_create: bool,
}

#[tracing::instrument(skip_all)]
pub async fn plans(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    let plans = ops::plans(&state.db, &actor, None).await?;
    let mut organisations: Vec<(i64, String)> = plans
        .iter()
        .map(|d| (d.plan.organisation.id, d.plan.organisation.name.clone()))
        .collect();
    organisations.sort_by(|a, b| a.1.cmp(&b.1));
    organisations.dedup();
    Ok(PlansPage {
        layout: Layout::new(crate::t("tb-plans-heading"), Some(&actor), SECTION),
        rows: plans.iter().map(PlanRow::from).collect(),
        organisations,
        can_create: rules::can_create(&actor),
    }
    .into_response())
}

/// The plan form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct PlanForm {
    organisation_id: String,
    programme_id: String,
    title: String,
    market_country: String,
    market_region: String,
    starts_on: String,
    ends_on: String,
    day_rate_eur: String,
    notes: String,
    /// The version of the plan the form was filled from (empty for a new one).
    version: String,
}

impl PlanForm {
    fn to_input(&self) -> PlanInput {
        let mut unreadable = FieldErrors::new();
        let day_rate_cents = parse_eur_cents(&self.day_rate_eur).unwrap_or_else(|message| {
            unreadable.add("day_rate_cents", message);
            None
        });
        PlanInput {
            programme_id: self.programme_id.trim().parse().ok(),
            title: self.title.clone(),
            market_country: self.market_country.clone(),
            market_region: self.market_region.clone(),
            starts_on: date_field("starts_on", &self.starts_on, &mut unreadable),
            ends_on: date_field("ends_on", &self.ends_on, &mut unreadable),
            day_rate_cents,
            notes: self.notes.clone(),
            unreadable,
        }
    }

    fn from_input(input: &PlanInput) -> Self {
        Self {
            programme_id: input
                .programme_id
                .map(|p| p.to_string())
                .unwrap_or_default(),
            title: input.title.clone(),
            market_country: input.market_country.clone(),
            market_region: input.market_region.clone(),
            starts_on: input.starts_on.map(|d| d.to_string()).unwrap_or_default(),
            ends_on: input.ends_on.map(|d| d.to_string()).unwrap_or_default(),
            day_rate_eur: input
                .day_rate_cents
                .map(eur_input_value)
                .unwrap_or_default(),
            notes: input.notes.clone(),
            ..Default::default()
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/plan_form.html")]
struct PlanFormPage {
    layout: Layout,
    heading: String,
    action: String,
    cancel: String,
    values: PlanForm,
    organisations: Vec<Choice>,
    programmes: Vec<Choice>,
    errors: FieldErrors,
}

async fn plan_form(
    state: &AppState,
    actor: &Actor,
    plan: Option<(i64, i64)>,
    values: PlanForm,
    mut errors: FieldErrors,
) -> Result<Response, AppError> {
    errors.rename("day_rate_cents", "day_rate_eur");
    let (heading, action, cancel) = match plan {
        Some((id, _)) => (
            crate::t1("tb-edit-named", "name", &values.title),
            format!("/plans/{id}/edit"),
            format!("/plans/{id}"),
        ),
        None => (
            crate::t("tb-new-plan-title"),
            "/plans/new".to_string(),
            "/plans".to_string(),
        ),
    };
    let organisations = if plan.is_none() && actor.is_admin() {
        organisation_choices(&state.db, &values.organisation_id).await?
    } else {
        Vec::new()
    };
    // The programmes the plan's organisation (or, for a new plan, the
    // actor's) takes part in; admins see every programme.
    let organisation = plan.map(|(_, o)| o).or(actor.organisation_id);
    let programmes = crate::softlanding::store::programmes::programmes(&state.db)
        .await?
        .into_iter()
        .filter(|p| {
            (actor.is_admin() && plan.is_none())
                || organisation.is_some_and(|o| p.partner_ids().contains(&o))
        })
        .map(|p| {
            let id = p.id.to_string();
            let selected = id == values.programme_id;
            Choice::new(id, p.name, selected)
        })
        .collect();
    let status = form_status(&errors);
    let page = PlanFormPage {
        layout: Layout::new(heading.clone(), Some(actor), SECTION),
        heading,
        action,
        cancel,
        values,
        organisations,
        programmes,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn new_plan(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    if !rules::can_create(&actor) {
        return Err(AppError::Forbidden);
    }
    let values = PlanForm {
        day_rate_eur: eur_input_value(rules::DEFAULT_DAY_RATE_CENTS),
        ..Default::default()
    };
    plan_form(&state, &actor, None, values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn create_plan(
    State(state): State<AppState>,
    form: CsrfForm<PlanForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let organisation_id = form.organisation_id.trim().parse().ok();
    match ops::create(&state.db, &actor, organisation_id, &form.to_input()).await {
        Ok(id) => Ok(Redirect::to(&format!("/plans/{id}")).into_response()),
        Err(error) => plan_form(&state, &actor, None, form, refused_fields(error)?).await,
    }
}

#[tracing::instrument(skip_all)]
pub async fn edit_plan(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let detail = ops::detail(&state.db, &actor, id).await?;
    let values = PlanForm {
        version: version_of(detail.plan.updated_at).to_string(),
        ..PlanForm::from_input(&ops::input_of(&detail.plan))
    };
    let plan = Some((id, detail.plan.organisation.id));
    plan_form(&state, &actor, plan, values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_plan(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<PlanForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, mut form } = form;
    let input = form.to_input();
    let seen = posted_version(&form.version);
    match ops::update(&state.db, &actor, id, seen, |_| input).await {
        Ok(()) => Ok(Redirect::to(&format!("/plans/{id}")).into_response()),
        Err(error) => {
            let detail = ops::detail(&state.db, &actor, id).await?;
            let now = version_of(detail.plan.updated_at);
            form.version = version_after(&error, &form.version, now);
            let plan = Some((id, detail.plan.organisation.id));
            plan_form(&state, &actor, plan, form, refused_fields(error)?).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn delete_plan(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    ops::delete(&state.db, &form.actor, id).await?;
    Ok(Redirect::to("/plans").into_response())
}

// ---------------------------------------------------------------------------
// A plan
// ---------------------------------------------------------------------------

/// An item of a plan, as its table shows it.
pub struct ItemRow {
    pub id: i64,
    pub group: String,
    pub instrument: String,
    pub instrument_slug: String,
    pub title: String,
    pub dates: String,
    pub days: i32,
    pub work: String,
    pub costs: String,
    pub total: String,
    pub kpi_targets: String,
}

/// A line of the budget table: a group or the whole plan.
pub struct BudgetRow {
    pub key: &'static str,
    pub label: String,
    pub items: usize,
    pub days: i64,
    pub work: String,
    pub costs: String,
    pub total: String,
}

impl BudgetRow {
    fn new(key: &'static str, label: impl Into<String>, items: usize, a: Amounts) -> Self {
        Self {
            key,
            label: label.into(),
            items,
            days: a.days,
            work: money(a.work_cents),
            costs: money(a.costs_cents),
            total: money(a.total_cents),
        }
    }
}

/// A KPI target with its value now.
pub struct KpiRow {
    pub id: i64,
    pub name: String,
    pub definition: String,
    pub target: String,
    pub value: String,
    pub progress: String,
    pub link: Option<String>,
}

impl From<KpiStatus> for KpiRow {
    fn from(s: KpiStatus) -> Self {
        Self {
            id: s.kpi.id,
            definition: s.kpi.metric.definition_t(),
            target: show_target(s.unit, s.kpi.target),
            value: s
                .measure
                .map_or_else(|| "—".to_string(), |m| show(s.unit, m)),
            progress: s
                .progress
                .map_or_else(|| "—".to_string(), |p| format!("{p} %")),
            link: s.link,
            name: s.kpi.name,
        }
    }
}

/// The form to add an instrument to a plan, as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ItemForm {
    instrument_id: String,
    title: String,
    starts_on: String,
    ends_on: String,
    days: String,
    notes: String,
}

/// The form to set a KPI target, as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct KpiForm {
    metric: String,
    name: String,
    target: String,
}

impl KpiForm {
    fn to_input(&self) -> PlanKpiInput {
        let mut unreadable = FieldErrors::new();
        let money = Metric::parse(&self.metric).is_ok_and(|m| m.unit() == Unit::EurCents);
        let target = if money {
            parse_eur_cents(&self.target).unwrap_or_else(|message| {
                unreadable.add("target", message);
                None
            })
        } else {
            whole_number("target", &self.target, &mut unreadable)
        };
        PlanKpiInput {
            metric: self.metric.clone(),
            name: self.name.clone(),
            target,
            unreadable,
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/plan.html")]
struct PlanPage {
    layout: Layout,
    detail: PlanDetail,
    programme: Option<(i64, String)>,
    /// "2027-01-01 to 2027-12-31", in the language of the page.
    period: String,
    day_rate: String,
    items: Vec<ItemRow>,
    budget: Vec<BudgetRow>,
    total: BudgetRow,
    chart: String,
    kpis: Vec<KpiRow>,
    instruments: Vec<Choice>,
    metrics: Vec<Choice>,
    item_values: ItemForm,
    item_errors: FieldErrors,
    kpi_values: KpiForm,
    kpi_errors: FieldErrors,
}

async fn instrument_choices(state: &AppState, selected: &str) -> Result<Vec<Choice>, AppError> {
    Ok(crate::toolbox::catalogue(&state.db)
        .await?
        .into_iter()
        .map(|i| {
            let id = i.id.to_string();
            let chosen = id == selected;
            Choice::new(id, format!("{} · {}", i.group.label_t(), i.name), chosen)
        })
        .collect())
}

fn item_rows(detail: &PlanDetail) -> Vec<ItemRow> {
    detail
        .items
        .iter()
        .zip(&detail.budget.lines)
        .map(|(item, amounts)| ItemRow {
            id: item.id,
            group: item.instrument.group.label_t(),
            instrument: item.instrument.name.clone(),
            instrument_slug: item.instrument.slug.clone(),
            title: item.title.clone(),
            dates: if item.starts_on == item.ends_on {
                crate::i18n::date(item.starts_on)
            } else {
                crate::i18n::date_range(item.starts_on, item.ends_on)
            },
            days: item.days,
            work: money(amounts.work_cents),
            costs: money(costs_total(&item.costs)),
            total: money(amounts.total_cents),
            kpi_targets: item
                .kpi_targets
                .iter()
                .map(|k| format!("{}: {}", k.name, k.target))
                .collect::<Vec<_>>()
                .join("; "),
        })
        .collect()
}

struct PlanForms {
    item_values: ItemForm,
    item_errors: FieldErrors,
    kpi_values: KpiForm,
    kpi_errors: FieldErrors,
}

impl Default for PlanForms {
    fn default() -> Self {
        Self {
            item_values: ItemForm::default(),
            item_errors: FieldErrors::new(),
            kpi_values: KpiForm::default(),
            kpi_errors: FieldErrors::new(),
        }
    }
}

async fn plan_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    forms: PlanForms,
) -> Result<Response, AppError> {
    let detail = ops::detail(&state.db, actor, id).await?;
    let statuses = ops::kpi_statuses(&state.db, actor, &detail).await?;
    let budget: Vec<BudgetRow> = detail
        .budget
        .groups
        .iter()
        .map(|g| BudgetRow::new(g.group.as_str(), g.group.label_t(), g.items, g.amounts))
        .collect();
    let bars: Vec<Bar> = detail
        .budget
        .groups
        .iter()
        .map(|g| Bar {
            label: g.group.label_t(),
            value: euros(g.amounts.total_cents),
            extra: 0,
        })
        .collect();
    let metrics = Metric::all()
        .into_iter()
        .map(|m| {
            let key = m.key();
            let selected = key == forms.kpi_values.metric;
            Choice::new(key, m.definition_t(), selected)
        })
        .collect();
    let status = if forms.item_errors.is_empty() && forms.kpi_errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = PlanPage {
        layout: Layout::new(detail.plan.title.clone(), Some(actor), SECTION),
        programme: detail.programme.clone(),
        period: crate::i18n::date_range(detail.plan.starts_on, detail.plan.ends_on),
        day_rate: money(detail.plan.day_rate_cents),
        items: item_rows(&detail),
        total: BudgetRow::new(
            "total",
            crate::t("tb-whole-plan"),
            detail.items.len(),
            detail.budget.total,
        ),
        budget,
        chart: horizontal_bars(&crate::t("tb-chart-plan-budget"), &bars, 0),
        kpis: statuses.into_iter().map(KpiRow::from).collect(),
        instruments: instrument_choices(state, &forms.item_values.instrument_id).await?,
        metrics,
        item_values: forms.item_values,
        item_errors: forms.item_errors,
        kpi_values: forms.kpi_values,
        kpi_errors: forms.kpi_errors,
        detail,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn plan(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    plan_page(&state, &actor, id, PlanForms::default()).await
}

#[tracing::instrument(skip_all)]
pub async fn add_item(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<ItemForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let mut unreadable = FieldErrors::new();
    let input = PlanItemInput {
        instrument_id: form.instrument_id.trim().parse().ok(),
        title: form.title.clone(),
        starts_on: date_field("starts_on", &form.starts_on, &mut unreadable),
        ends_on: date_field("ends_on", &form.ends_on, &mut unreadable),
        days: whole_number("days", &form.days, &mut unreadable),
        costs: None,
        notes: form.notes.clone(),
        kpi_targets: Vec::new(),
        unreadable,
    };
    match ops::add_item(&state.db, &actor, id, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/plans/{id}#items")).into_response()),
        Err(error) => {
            let forms = PlanForms {
                item_values: form,
                item_errors: refused_fields(error)?,
                ..Default::default()
            };
            plan_page(&state, &actor, id, forms).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn remove_item(
    State(state): State<AppState>,
    IdPair(id, item_id): IdPair,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    ops::remove_item(&state.db, &form.actor, id, item_id).await?;
    Ok(Redirect::to(&format!("/plans/{id}#items")).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn set_kpi(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<KpiForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    match ops::set_kpi(&state.db, &actor, id, &form.to_input()).await {
        Ok(_) => Ok(Redirect::to(&format!("/plans/{id}#kpis")).into_response()),
        Err(error) => {
            let forms = PlanForms {
                kpi_values: form,
                kpi_errors: refused_fields(error)?,
                ..Default::default()
            };
            plan_page(&state, &actor, id, forms).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn remove_kpi(
    State(state): State<AppState>,
    IdPair(id, kpi_id): IdPair,
    form: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    ops::remove_kpi(&state.db, &form.actor, id, kpi_id).await?;
    Ok(Redirect::to(&format!("/plans/{id}#kpis")).into_response())
}

// ---------------------------------------------------------------------------
// An item
// ---------------------------------------------------------------------------

/// The item form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ItemEditForm {
    instrument_id: String,
    title: String,
    starts_on: String,
    ends_on: String,
    days: String,
    notes: String,
    cost_label: Vec<String>,
    cost_amount: Vec<String>,
    kpi_name: Vec<String>,
    kpi_target: Vec<String>,
}

impl ItemEditForm {
    fn to_input(&self) -> PlanItemInput {
        let mut unreadable = FieldErrors::new();
        let costs = cost_inputs(&self.cost_label, &self.cost_amount, &mut unreadable);
        let kpi_targets = self
            .kpi_name
            .iter()
            .zip(&self.kpi_target)
            .map(|(name, target)| KpiTargetInput {
                name: name.clone(),
                target: whole_number("kpi_targets", target, &mut unreadable),
            })
            .collect();
        PlanItemInput {
            instrument_id: self.instrument_id.trim().parse().ok(),
            title: self.title.clone(),
            starts_on: date_field("starts_on", &self.starts_on, &mut unreadable),
            ends_on: date_field("ends_on", &self.ends_on, &mut unreadable),
            days: whole_number("days", &self.days, &mut unreadable),
            costs: Some(costs),
            notes: self.notes.clone(),
            kpi_targets,
            unreadable,
        }
    }

    fn from_input(input: &PlanItemInput) -> Self {
        let costs = input.costs.clone().unwrap_or_default();
        Self {
            instrument_id: input
                .instrument_id
                .map(|i| i.to_string())
                .unwrap_or_default(),
            title: input.title.clone(),
            starts_on: input.starts_on.map(|d| d.to_string()).unwrap_or_default(),
            ends_on: input.ends_on.map(|d| d.to_string()).unwrap_or_default(),
            days: input.days.map(|d| d.to_string()).unwrap_or_default(),
            notes: input.notes.clone(),
            cost_label: costs.iter().map(|c| c.label.clone()).collect(),
            cost_amount: costs
                .iter()
                .map(|c| c.amount_cents.map(eur_input_value).unwrap_or_default())
                .collect(),
            kpi_name: input.kpi_targets.iter().map(|k| k.name.clone()).collect(),
            kpi_target: input
                .kpi_targets
                .iter()
                .map(|k| k.target.map(|t| t.to_string()).unwrap_or_default())
                .collect(),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/item_form.html")]
struct ItemFormPage {
    layout: Layout,
    plan_id: i64,
    plan_title: String,
    period_hint: String,
    item_id: i64,
    values: ItemEditForm,
    cost_rows: Vec<CostRow>,
    /// The instrument's KPIs with the target typed for each.
    kpi_rows: Vec<(String, String)>,
    instruments: Vec<Choice>,
    errors: FieldErrors,
}

async fn item_form(
    state: &AppState,
    actor: &Actor,
    (id, item_id): (i64, i64),
    values: ItemEditForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let (plan, item) = ops::item(&state.db, actor, id, item_id).await?;
    let instrument =
        crate::toolbox::operations::instruments::by_id(&state.db, item.instrument.id).await?;
    let kpi_rows = instrument
        .kpis
        .iter()
        .map(|name| {
            let typed = values
                .kpi_name
                .iter()
                .zip(&values.kpi_target)
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, t)| t.clone())
                .unwrap_or_default();
            (name.clone(), typed)
        })
        .collect();
    let status = form_status(&errors);
    let page = ItemFormPage {
        layout: Layout::new(
            crate::t1("tb-edit-named", "name", &item.title),
            Some(actor),
            SECTION,
        ),
        plan_id: plan.id,
        plan_title: plan.title.clone(),
        period_hint: crate::t1(
            "tb-within-plan-period",
            "period",
            crate::i18n::date_range(plan.starts_on, plan.ends_on),
        ),
        item_id,
        cost_rows: cost_rows(&values.cost_label, &values.cost_amount),
        instruments: instrument_choices(state, &values.instrument_id).await?,
        values,
        kpi_rows,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn edit_item(
    State(state): State<AppState>,
    actor: Actor,
    IdPair(id, item_id): IdPair,
) -> Result<Response, AppError> {
    let (_, item) = ops::item(&state.db, &actor, id, item_id).await?;
    let values = ItemEditForm::from_input(&ops::item_input(&item));
    item_form(&state, &actor, (id, item_id), values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn update_item(
    State(state): State<AppState>,
    IdPair(id, item_id): IdPair,
    form: CsrfForm<ItemEditForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let input = form.to_input();
    match ops::update_item(&state.db, &actor, id, item_id, |_| input).await {
        Ok(()) => Ok(Redirect::to(&format!("/plans/{id}#items")).into_response()),
        Err(error) => item_form(&state, &actor, (id, item_id), form, refused_fields(error)?).await,
    }
}

// ---------------------------------------------------------------------------
// Export and comparison
// ---------------------------------------------------------------------------

/// A plan's budget as a table: one line per item, per group and for the plan.
fn export_table(detail: &PlanDetail) -> Table {
    let mut table = Table::new(
        format!("Plan {}", detail.plan.title),
        &[
            "Line",
            "Group",
            "Instrument",
            "Item",
            "From",
            "To",
            "Days",
            "Work (EUR)",
            "Costs (EUR)",
            "Total (EUR)",
            "KPI targets",
        ],
    );
    for (item, a) in detail.items.iter().zip(&detail.budget.lines) {
        table.push(vec![
            "Item".into(),
            item.instrument.group.label().into(),
            item.instrument.name.clone().into(),
            item.title.clone().into(),
            item.starts_on.into(),
            item.ends_on.into(),
            a.days.into(),
            Cell::Money(a.work_cents),
            Cell::Money(a.costs_cents),
            Cell::Money(a.total_cents),
            item.kpi_targets
                .iter()
                .map(|k| format!("{}: {}", k.name, k.target))
                .collect::<Vec<_>>()
                .join("; ")
                .into(),
        ]);
    }
    let amounts = |line: &str, label: &str, a: &Amounts| {
        vec![
            line.into(),
            label.into(),
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            Cell::Empty,
            a.days.into(),
            Cell::Money(a.work_cents),
            Cell::Money(a.costs_cents),
            Cell::Money(a.total_cents),
            Cell::Empty,
        ]
    };
    for group in &detail.budget.groups {
        table.push(amounts("Group total", group.group.label(), &group.amounts));
    }
    table.push(amounts("Plan total", "", &detail.budget.total));
    table
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExportQuery {
    format: String,
}

#[tracing::instrument(skip_all)]
pub async fn export_plan(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiQuery(query): ApiQuery<ExportQuery>,
) -> Result<Response, AppError> {
    let detail = ops::detail(&state.db, &actor, id).await?;
    let format = ExportFormat::parse(&query.format)
        .map_err(|m| AppError::Validation(FieldErrors::single("format", m)))?;
    let table = export_table(&detail);
    crate::audit::export(
        &state.db,
        &actor,
        &format!("plan:{id}"),
        &table.name,
        table.rows.len(),
        format,
    )
    .await?;
    download(&table, format)
}

/// One plan's column of the comparison.
pub struct CompareColumn {
    pub id: i64,
    pub title: String,
    pub market: String,
    pub period: String,
    pub programme: String,
    pub instruments: Vec<String>,
    pub days: i64,
    pub total: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "toolbox/compare.html")]
struct ComparePage {
    layout: Layout,
    organisation: String,
    columns: Vec<CompareColumn>,
    /// Each instrument group with each plan's budget for it.
    group_rows: Vec<(String, Vec<String>)>,
    /// Each KPI definition any plan targets, with each plan's target.
    kpi_rows: Vec<(String, Vec<String>)>,
    chart: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CompareQuery {
    organisation: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn compare(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(query): ApiQuery<CompareQuery>,
) -> Result<Response, AppError> {
    let organisation_id = query
        .organisation
        .as_deref()
        .and_then(|o| o.trim().parse().ok())
        .or(actor.organisation_id)
        .ok_or(AppError::NotFound)?;
    let (organisation, plans) = ops::compare(&state.db, &actor, organisation_id).await?;
    let columns: Vec<CompareColumn> = plans
        .iter()
        .map(|d| CompareColumn {
            id: d.plan.id,
            title: d.plan.title.clone(),
            market: d.plan.market.label_t(),
            period: crate::i18n::date_range(d.plan.starts_on, d.plan.ends_on),
            programme: d
                .programme
                .clone()
                .map(|(_, name)| name)
                .unwrap_or_default(),
            instruments: d.items.iter().map(|i| i.instrument.name.clone()).collect(),
            days: d.budget.total.days,
            total: money(d.budget.total.total_cents),
        })
        .collect();
    let mut kpis: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (i, d) in plans.iter().enumerate() {
        for kpi in &d.kpis {
            let row = kpis
                .entry(kpi.metric.definition_t())
                .or_insert_with(|| vec!["—".to_string(); plans.len()]);
            row[i] = show_target(kpi.metric.unit(), kpi.target);
        }
    }
    let bars: Vec<Bar> = plans
        .iter()
        .map(|d| Bar {
            label: format!("{} ({})", d.plan.title, d.plan.market.label_t()),
            value: euros(d.budget.total.total_cents),
            extra: 0,
        })
        .collect();
    Ok(ComparePage {
        layout: Layout::new(
            crate::t1("tb-compare-heading", "organisation", &organisation.name),
            Some(&actor),
            SECTION,
        ),
        organisation: organisation.name,
        columns,
        group_rows: crate::toolbox::InstrumentGroup::ALL
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let budgets = plans
                    .iter()
                    .map(|d| money(d.budget.groups[i].amounts.total_cents))
                    .collect();
                (g.label_t(), budgets)
            })
            .collect(),
        kpi_rows: kpis.into_iter().collect(),
        chart: horizontal_bars(&crate::t("tb-chart-compare"), &bars, 0),
    }
    .into_response())
}
