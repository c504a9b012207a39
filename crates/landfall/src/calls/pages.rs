//! Pages: calls and their settings, applications with the pre-submission
//! check, evaluators' review sheets, the coordinated decision board, decision
//! letters and the public call statistics.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::model::decisions::{DecisionInput, DecisionOutcome, Outcome};
use super::model::eligibility::{ApplicationInput, Breach, PartnerInput, WorkItemInput};
use super::model::scoring::{
    CriterionInput, Rubric, RubricInput, ScoreInput, rounded, weighted_percent,
};
use super::model::statistics::YearStatistics;
use super::model::{
    ApplicationStatus, CallInput, CallPhase, FunderInput, QuestionInput, ReviewStatus, can_fund,
};
use super::operations::{self as ops, ApplicationContext, Board};
use super::store::{Application, Call, Decision, Review};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm, Role};
use crate::registry::model::{OrganisationKind, eur_input_value, parse_eur_cents};
use crate::validation::FieldErrors;
use crate::web::charts::{Bar, horizontal_bars};
use crate::web::export::{Cell, ExportFormat, Table, download};
use crate::web::forms::{
    Choice, date_field, form_status, posted_version, refused_fields, time_field, version_after,
    whole_number,
};
use crate::web::{ApiQuery, AppError, Id, Layout};

const SECTION: &str = "calls";

/// An amount in euro cents, written the way the request's language writes it.
fn eur(cents: &i64) -> String {
    crate::i18n::money(cents)
}

/// A moment of a call (opening, deadline) in the call's time zone, the way
/// the request's language writes dates, with the zone's name.
fn local_time(at: DateTime<Utc>, zone: Tz) -> String {
    format!(
        "{} ({zone})",
        crate::i18n::date_time(at.with_timezone(&zone).naive_local())
    )
}

/// A weighted score in percent, one decimal (`75.0 %`, `75,0 %`).
fn percent(p: f64) -> String {
    format!("{} %", crate::i18n::decimal(rounded(p), 1))
}

/// A call's rules as the call page lists them.
fn rules_t(rules: &super::model::CallRules) -> Vec<String> {
    let kinds: Vec<String> = rules.eligible_kinds.iter().map(|k| k.label_t()).collect();
    vec![
        crate::t1("calls-rule-countries", "count", rules.min_countries),
        crate::t2(
            "calls-rule-grant",
            "min",
            eur(&rules.min_grant_cents),
            "max",
            eur(&rules.max_grant_cents),
        ),
        crate::t2(
            "calls-rule-months",
            "min",
            rules.min_months,
            "max",
            rules.max_months,
        ),
        crate::t1("calls-rule-smes", "count", rules.min_smes),
        crate::t1("calls-rule-kinds", "kinds", kinds.join(", ")),
    ]
}

/// Empty rows offered under the filled ones in a form with rows.
const SPARE_ROWS: usize = 2;

/// Errors of rows that were read after skipping empty ones, renamed back to
/// the row numbers on the page (`partners[1]` was the page's third row…).
fn rows_back(errors: FieldErrors, prefix: &str, kept: &[usize]) -> FieldErrors {
    let mut out = FieldErrors::new();
    for (field, message) in errors.iter() {
        let renamed = field
            .strip_prefix(&format!("{prefix}["))
            .and_then(|rest| rest.split_once(']'))
            .and_then(|(n, tail)| {
                let n: usize = n.parse().ok()?;
                Some(format!("{prefix}[{}]{tail}", kept.get(n)?))
            })
            .unwrap_or_else(|| field.to_string());
        out.add(renamed, message);
    }
    out
}

fn cell(values: &[String], i: usize) -> &str {
    values.get(i).map_or("", |v| v.trim())
}

fn money(field: &str, value: &str, errors: &mut FieldErrors) -> Option<i64> {
    errors.check(field, parse_eur_cents(value)).flatten()
}

// ---------------------------------------------------------------------------
// The calls list
// ---------------------------------------------------------------------------

struct CallLine {
    call: Call,
    phase: CallPhase,
    closes: String,
    runs: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "calls/calls.html")]
struct CallsPage {
    layout: Layout,
    calls: Vec<CallLine>,
    may_create: bool,
    mine: Vec<(Application, String)>,
    assigned: Vec<(Application, Call, Option<Review>)>,
}

#[tracing::instrument(skip_all)]
pub async fn calls(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    let now = Utc::now();
    let all = ops::calls(&state.db, &actor).await?;
    let titles: HashMap<i64, String> = all.iter().map(|c| (c.id, c.title.clone())).collect();
    let calls = all
        .into_iter()
        .map(|call| CallLine {
            phase: call.phase(now),
            closes: local_time(call.closes_at, call.time_zone),
            runs: call.team().can_manage(&actor),
            call,
        })
        .collect();
    let mine = ops::my_applications(&state.db, &actor)
        .await?
        .into_iter()
        .map(|a| {
            let title = titles.get(&a.call_id).cloned().unwrap_or_default();
            (a, title)
        })
        .collect();
    Ok(CallsPage {
        layout: Layout::new(crate::t("calls-joint-calls"), Some(&actor), SECTION),
        calls,
        may_create: ops::may_create_call(&state.db, &actor).await?,
        mine,
        assigned: ops::assigned(&state.db, &actor).await?,
    }
    .into_response())
}

// ---------------------------------------------------------------------------
// One call
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "calls/call.html")]
struct CallPage {
    layout: Layout,
    call: Call,
    phase: CallPhase,
    opens: String,
    closes: String,
    rules: Vec<String>,
    rubric: Rubric,
    runs: bool,
    edits: bool,
    can_apply: bool,
    alert: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn call(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    call_page(&state, &actor, id, None).await
}

async fn call_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    alert: Option<String>,
) -> Result<Response, AppError> {
    let call = ops::call(&state.db, actor, id).await?;
    let phase = call.phase(Utc::now());
    let rubric = ops::rubric(&state.db, &call).await?;
    let team = call.team();
    let status = if alert.is_some() {
        axum::http::StatusCode::CONFLICT
    } else {
        axum::http::StatusCode::OK
    };
    Ok((
        status,
        CallPage {
            layout: Layout::new(call.title.clone(), Some(actor), SECTION),
            opens: local_time(call.opens_at, call.time_zone),
            closes: local_time(call.closes_at, call.time_zone),
            rules: rules_t(&call.rules),
            runs: team.can_manage(actor),
            edits: team.can_edit(actor),
            can_apply: phase == CallPhase::Open
                && actor.role == Role::Manager
                && actor.organisation_id.is_some(),
            phase,
            rubric,
            call,
            alert,
        },
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct EmptyForm {}

/// Starts an application led by the actor's organisation.
#[tracing::instrument(skip_all)]
pub async fn start_application(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, .. }: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    match ops::start_application(&state.db, &actor, id, &ApplicationInput::default()).await {
        Ok(new_id) => Ok(Redirect::to(&format!("/applications/{new_id}/edit")).into_response()),
        Err(AppError::Conflict { message, .. }) => {
            call_page(&state, &actor, id, Some(message)).await
        }
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------------------
// Call settings
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct CallForm {
    coordinator_organisation_id: String,
    title: String,
    year: String,
    summary: String,
    time_zone: String,
    opens_on: String,
    opens_time: String,
    closes_on: String,
    closes_time: String,
    min_countries: String,
    min_grant_eur: String,
    max_grant_eur: String,
    min_months: String,
    max_months: String,
    min_smes: String,
    eligible_kinds: Vec<String>,
    funder_organisation: Vec<String>,
    funder_country: Vec<String>,
    funder_budget_eur: Vec<String>,
    question_key: Vec<String>,
    question_prompt: Vec<String>,
    question_required: Vec<String>,
    published: Option<String>,
    /// The version of the call the form was filled from (empty for a new one).
    version: String,
}

fn local_field(
    date_name: &str,
    date: &str,
    time: &str,
    errors: &mut FieldErrors,
) -> Option<NaiveDateTime> {
    let day = date_field(date_name, date, errors)?;
    let time = time_field(date_name, time, errors)
        .unwrap_or_else(|| chrono::NaiveTime::from_hms_opt(0, 0, 0).unwrap_or_default());
    Some(day.and_time(time))
}

impl CallForm {
    fn to_input(&self) -> (CallInput, Vec<usize>, Vec<usize>) {
        let mut errors = FieldErrors::new();
        let opens_at = local_field("opens_at", &self.opens_on, &self.opens_time, &mut errors);
        let closes_at = local_field("closes_at", &self.closes_on, &self.closes_time, &mut errors);
        let mut funders = Vec::new();
        let mut funder_rows = Vec::new();
        for i in 0..self.funder_organisation.len() {
            let (organisation, country, budget) = (
                cell(&self.funder_organisation, i),
                cell(&self.funder_country, i),
                cell(&self.funder_budget_eur, i),
            );
            if organisation.is_empty() && country.is_empty() && budget.is_empty() {
                continue;
            }
            let row = funders.len();
            funder_rows.push(i);
            funders.push(FunderInput {
                organisation_id: organisation.parse().ok(),
                country: country.to_string(),
                budget_cents: money(&format!("funders[{row}].budget_cents"), budget, &mut errors),
            });
        }
        let mut questions = Vec::new();
        let mut question_rows = Vec::new();
        for i in 0..self.question_prompt.len() {
            let prompt = cell(&self.question_prompt, i);
            if prompt.is_empty() {
                continue;
            }
            question_rows.push(i);
            let key = cell(&self.question_key, i);
            questions.push(QuestionInput {
                key: (!key.is_empty()).then(|| key.to_string()),
                prompt: prompt.to_string(),
                required: cell(&self.question_required, i) == "required",
            });
        }
        let input = CallInput {
            title: self.title.clone(),
            year: whole_number("year", &self.year, &mut errors),
            summary: self.summary.clone(),
            coordinator_organisation_id: self.coordinator_organisation_id.trim().parse().ok(),
            time_zone: self.time_zone.clone(),
            opens_at,
            closes_at,
            min_countries: whole_number("min_countries", &self.min_countries, &mut errors),
            min_grant_cents: money("min_grant_cents", &self.min_grant_eur, &mut errors),
            max_grant_cents: money("max_grant_cents", &self.max_grant_eur, &mut errors),
            min_months: whole_number("min_months", &self.min_months, &mut errors),
            max_months: whole_number("max_months", &self.max_months, &mut errors),
            min_smes: whole_number("min_smes", &self.min_smes, &mut errors),
            eligible_kinds: self.eligible_kinds.clone(),
            funders,
            questions,
            published: self.published.is_some(),
            unreadable: errors,
        };
        (input, funder_rows, question_rows)
    }

    fn from_call(call: &Call) -> Self {
        let opens = call.opens_at.with_timezone(&call.time_zone);
        let closes = call.closes_at.with_timezone(&call.time_zone);
        Self {
            coordinator_organisation_id: call.coordinator.id.to_string(),
            title: call.title.clone(),
            year: call.year.to_string(),
            summary: call.summary.clone(),
            time_zone: call.time_zone.name().to_string(),
            opens_on: opens.format("%Y-%m-%d").to_string(),
            opens_time: opens.format("%H:%M").to_string(),
            closes_on: closes.format("%Y-%m-%d").to_string(),
            closes_time: closes.format("%H:%M").to_string(),
            min_countries: call.rules.min_countries.to_string(),
            min_grant_eur: eur_input_value(call.rules.min_grant_cents),
            max_grant_eur: eur_input_value(call.rules.max_grant_cents),
            min_months: call.rules.min_months.to_string(),
            max_months: call.rules.max_months.to_string(),
            min_smes: call.rules.min_smes.to_string(),
            eligible_kinds: call
                .rules
                .eligible_kinds
                .iter()
                .map(|k| k.as_str().to_string())
                .collect(),
            funder_organisation: call
                .funders
                .iter()
                .map(|f| f.organisation.id.to_string())
                .collect(),
            funder_country: call
                .funders
                .iter()
                .map(|f| f.country.as_str().to_string())
                .collect(),
            funder_budget_eur: call
                .funders
                .iter()
                .map(|f| eur_input_value(f.budget_cents))
                .collect(),
            question_key: call.questions.iter().map(|q| q.key.clone()).collect(),
            question_prompt: call.questions.iter().map(|q| q.prompt.clone()).collect(),
            question_required: call
                .questions
                .iter()
                .map(|q| if q.required { "required" } else { "optional" }.to_string())
                .collect(),
            published: call.published.then(|| "yes".to_string()),
            version: call.version().to_string(),
        }
    }

    fn blank(actor: &Actor) -> Self {
        let typical = super::model::CallRules::typical();
        let year = chrono::Datelike::year(&Utc::now()) + 1;
        Self {
            coordinator_organisation_id: actor
                .organisation_id
                .map(|o| o.to_string())
                .unwrap_or_default(),
            year: year.to_string(),
            time_zone: "Europe/Copenhagen".into(),
            opens_time: "09:00".into(),
            closes_time: "15:00".into(),
            min_countries: typical.min_countries.to_string(),
            min_grant_eur: eur_input_value(typical.min_grant_cents),
            max_grant_eur: eur_input_value(typical.max_grant_cents),
            min_months: typical.min_months.to_string(),
            max_months: typical.max_months.to_string(),
            min_smes: typical.min_smes.to_string(),
            eligible_kinds: typical
                .eligible_kinds
                .iter()
                .map(|k| k.as_str().to_string())
                .collect(),
            funder_organisation: actor
                .organisation_id
                .map(|o| o.to_string())
                .into_iter()
                .collect(),
            ..Default::default()
        }
    }
}

struct FunderRow {
    organisations: Vec<Choice>,
    country: String,
    budget: String,
    index: usize,
}

struct QuestionRow {
    key: String,
    prompt: String,
    required: bool,
    index: usize,
}

#[derive(Template, WebTemplate)]
#[template(path = "calls/call_form.html")]
struct CallFormPage {
    layout: Layout,
    heading: String,
    action: String,
    values: CallForm,
    coordinators: Vec<Choice>,
    kinds: Vec<Choice>,
    funders: Vec<FunderRow>,
    questions: Vec<QuestionRow>,
    errors: FieldErrors,
}

async fn funder_choices(state: &AppState) -> Result<Vec<(i64, String)>, AppError> {
    let kinds: Vec<OrganisationKind> = OrganisationKind::ALL
        .iter()
        .copied()
        .filter(|k| can_fund(*k))
        .collect();
    Ok(
        crate::registry::store::organisation_options(&state.db, Some(&kinds))
            .await?
            .into_iter()
            .map(|o| (o.id, format!("{} ({})", o.name, o.country.as_str())))
            .collect(),
    )
}

fn choices(options: &[(i64, String)], selected: &str) -> Vec<Choice> {
    options
        .iter()
        .map(|(id, label)| {
            let id = id.to_string();
            let chosen = id == selected;
            Choice::new(id, label.clone(), chosen)
        })
        .collect()
}

async fn call_form(
    state: &AppState,
    actor: &Actor,
    id: Option<i64>,
    values: CallForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let agencies = funder_choices(state).await?;
    let rows = values.funder_organisation.len().max(1) + SPARE_ROWS;
    let funders = (0..rows)
        .map(|i| FunderRow {
            organisations: choices(&agencies, cell(&values.funder_organisation, i)),
            country: cell(&values.funder_country, i).to_string(),
            budget: cell(&values.funder_budget_eur, i).to_string(),
            index: i,
        })
        .collect();
    let questions = (0..values.question_prompt.len() + SPARE_ROWS)
        .map(|i| QuestionRow {
            key: cell(&values.question_key, i).to_string(),
            prompt: cell(&values.question_prompt, i).to_string(),
            required: cell(&values.question_required, i) != "optional",
            index: i,
        })
        .collect();
    let kinds = OrganisationKind::ALL
        .iter()
        .map(|k| {
            Choice::new(
                k.as_str(),
                k.label_t(),
                values.eligible_kinds.iter().any(|v| v == k.as_str()),
            )
        })
        .collect();
    let coordinators = if actor.is_admin() {
        choices(&agencies, &values.coordinator_organisation_id)
    } else {
        Vec::new()
    };
    let (heading, action) = match id {
        Some(id) => (
            crate::t1("calls-settings-of", "title", &values.title),
            format!("/calls/{id}/edit"),
        ),
        None => (crate::t("calls-new-joint-call"), "/calls/new".to_string()),
    };
    let status = form_status(&errors);
    Ok((
        status,
        CallFormPage {
            layout: Layout::new(heading.clone(), Some(actor), SECTION),
            heading,
            action,
            values,
            coordinators,
            kinds,
            funders,
            questions,
            errors,
        },
    )
        .into_response())
}

#[tracing::instrument(skip_all)]
pub async fn new_call(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    if !ops::may_create_call(&state.db, &actor).await? {
        return Err(AppError::Forbidden);
    }
    call_form(
        &state,
        &actor,
        None,
        CallForm::blank(&actor),
        FieldErrors::new(),
    )
    .await
}

fn call_errors(errors: FieldErrors, funder_rows: &[usize], question_rows: &[usize]) -> FieldErrors {
    rows_back(
        rows_back(errors, "funders", funder_rows),
        "questions",
        question_rows,
    )
}

#[tracing::instrument(skip_all)]
pub async fn create_call(
    State(state): State<AppState>,
    CsrfForm { actor, form }: CsrfForm<CallForm>,
) -> Result<Response, AppError> {
    let (input, funder_rows, question_rows) = form.to_input();
    match ops::create_call(&state.db, &actor, &input, None).await {
        Ok(id) => Ok(Redirect::to(&format!("/calls/{id}")).into_response()),
        Err(e) => {
            let errors = call_errors(refused_fields(e)?, &funder_rows, &question_rows);
            call_form(&state, &actor, None, form, errors).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn edit_call(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let call = ops::call(&state.db, &actor, id).await?;
    if !call.team().can_edit(&actor) {
        return Err(AppError::Forbidden);
    }
    call_form(
        &state,
        &actor,
        Some(id),
        CallForm::from_call(&call),
        FieldErrors::new(),
    )
    .await
}

#[tracing::instrument(skip_all)]
pub async fn update_call(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, mut form }: CsrfForm<CallForm>,
) -> Result<Response, AppError> {
    let (input, funder_rows, question_rows) = form.to_input();
    let seen = posted_version(&form.version);
    match ops::update_call(&state.db, &actor, id, seen, &input).await {
        Ok(()) => Ok(Redirect::to(&format!("/calls/{id}")).into_response()),
        Err(e) => {
            let call = ops::call(&state.db, &actor, id).await?;
            form.version = version_after(&e, &form.version, call.version());
            let errors = call_errors(refused_fields(e)?, &funder_rows, &question_rows);
            call_form(&state, &actor, Some(id), form, errors).await
        }
    }
}

// ---------------------------------------------------------------------------
// Rubric
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct RubricForm {
    scale_min: String,
    scale_max: String,
    criterion_name: Vec<String>,
    criterion_description: Vec<String>,
    criterion_weight: Vec<String>,
}

struct CriterionRow {
    name: String,
    description: String,
    weight: String,
    index: usize,
}

#[derive(Template, WebTemplate)]
#[template(path = "calls/rubric_form.html")]
struct RubricPage {
    layout: Layout,
    call: Call,
    version: i32,
    values: RubricForm,
    rows: Vec<CriterionRow>,
    errors: FieldErrors,
}

async fn rubric_form(
    state: &AppState,
    actor: &Actor,
    call: Call,
    values: RubricForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let version = ops::rubric(&state.db, &call).await?.version;
    let rows = (0..values.criterion_name.len() + SPARE_ROWS)
        .map(|i| CriterionRow {
            name: cell(&values.criterion_name, i).to_string(),
            description: cell(&values.criterion_description, i).to_string(),
            weight: cell(&values.criterion_weight, i).to_string(),
            index: i,
        })
        .collect();
    let status = form_status(&errors);
    Ok((
        status,
        RubricPage {
            layout: Layout::new(
                crate::t1("calls-rubric-of", "title", &call.title),
                Some(actor),
                SECTION,
            ),
            call,
            version,
            values,
            rows,
            errors,
        },
    )
        .into_response())
}

#[tracing::instrument(skip_all)]
pub async fn edit_rubric(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let call = ops::call(&state.db, &actor, id).await?;
    if !call.team().can_edit(&actor) {
        return Err(AppError::Forbidden);
    }
    let rubric = ops::rubric(&state.db, &call).await?;
    let values = RubricForm {
        scale_min: rubric.scale_min.to_string(),
        scale_max: rubric.scale_max.to_string(),
        criterion_name: rubric.criteria.iter().map(|c| c.name.clone()).collect(),
        criterion_description: rubric
            .criteria
            .iter()
            .map(|c| c.description.clone())
            .collect(),
        criterion_weight: rubric
            .criteria
            .iter()
            .map(|c| c.weight.to_string())
            .collect(),
    };
    rubric_form(&state, &actor, call, values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn save_rubric(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, form }: CsrfForm<RubricForm>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let mut kept = Vec::new();
    let mut criteria = Vec::new();
    for i in 0..form.criterion_name.len() {
        let (name, description, weight) = (
            cell(&form.criterion_name, i),
            cell(&form.criterion_description, i),
            cell(&form.criterion_weight, i),
        );
        if name.is_empty() && description.is_empty() && weight.is_empty() {
            continue;
        }
        let row = criteria.len();
        kept.push(i);
        criteria.push(CriterionInput {
            name: name.to_string(),
            description: description.to_string(),
            weight: whole_number(&format!("criteria[{row}].weight"), weight, &mut errors),
        });
    }
    let input = RubricInput {
        scale_min: whole_number("scale_min", &form.scale_min, &mut errors),
        scale_max: whole_number("scale_max", &form.scale_max, &mut errors),
        criteria,
        unreadable: errors,
    };
    match ops::save_rubric(&state.db, &actor, id, &input).await {
        Ok(_) => Ok(Redirect::to(&format!("/calls/{id}#rubric")).into_response()),
        Err(e) => {
            let errors = rows_back(refused_fields(e)?, "criteria", &kept);
            let call = ops::call(&state.db, &actor, id).await?;
            rubric_form(&state, &actor, call, form, errors).await
        }
    }
}

// ---------------------------------------------------------------------------
// Applications
// ---------------------------------------------------------------------------

struct PartnerLine {
    partner: super::store::Partner,
    funder: String,
}

struct ItemLine {
    item: super::store::WorkItem,
    instrument: String,
    partner: String,
}

struct EvaluatorLine {
    name: String,
    user_id: i64,
    status: String,
    /// A submitted review counts in the ranking, so its evaluator stays.
    removable: bool,
    percent: Option<String>,
    comments: Vec<(String, Option<i32>, String)>,
    overall: String,
}

struct DecisionLine {
    partner_id: i64,
    organisation: String,
    requested: i64,
    /// Whether the funder has decided on the partner already.
    decided: bool,
    /// The form's values: what was typed when the decision was refused,
    /// otherwise the decision as it stands.
    outcome: String,
    amount_eur: String,
    conditions: String,
}

struct FunderDecisions {
    funder_id: i64,
    name: String,
    budget_left: i64,
    lines: Vec<DecisionLine>,
}

#[derive(Template, WebTemplate)]
#[template(path = "calls/application.html")]
struct ApplicationPage {
    layout: Layout,
    ctx: ApplicationContext,
    /// `None` for evaluators, who never see the funders' decisions.
    outcome: Option<Outcome>,
    partners: Vec<PartnerLine>,
    items: Vec<ItemLine>,
    answers: Vec<(String, String)>,
    budget_by_funder: Vec<(String, i64)>,
    cost: i64,
    breaches: Vec<Breach>,
    can_edit: bool,
    is_draft: bool,
    can_withdraw: bool,
    closes: String,
    runs: bool,
    evaluators: Vec<EvaluatorLine>,
    evaluator_choices: Vec<Choice>,
    deciding: Vec<FunderDecisions>,
    decisions: Vec<(String, String, Decision)>,
    letters: Vec<(i64, String)>,
    outcomes: Vec<Choice>,
    can_review: bool,
    alert: Option<String>,
    errors: FieldErrors,
}

fn funder_name(call: &Call, funder_id: Option<i64>) -> String {
    funder_id
        .and_then(|id| call.funder(id))
        .map(|f| f.organisation.name.clone())
        .unwrap_or_else(|| "—".into())
}

/// `typed` is a refused decision form, shown again as it was filled in.
async fn application_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    alert: Option<String>,
    errors: FieldErrors,
    typed: Option<&DecisionForm>,
) -> Result<Response, AppError> {
    let ctx = ops::application(&state.db, actor, id).await?;
    let call = &ctx.call;
    let application = &ctx.application;
    let all_decisions = ops::decisions(&state.db, &ctx).await?;
    let instrument_ids: Vec<i64> = application
        .work_items
        .iter()
        .filter_map(|w| w.instrument_id)
        .collect();
    let instruments = crate::toolbox::instrument_refs(&state.db, &instrument_ids).await?;
    let partner_names: HashMap<i64, String> = application
        .partners
        .iter()
        .map(|p| (p.organisation.id, p.organisation.name.clone()))
        .collect();
    let partners = application
        .partners
        .iter()
        .map(|p| PartnerLine {
            funder: funder_name(call, p.funder_id),
            partner: p.clone(),
        })
        .collect();
    let items = application
        .work_items
        .iter()
        .map(|w| ItemLine {
            instrument: w
                .instrument_id
                .and_then(|i| instruments.get(&i))
                .map(|i| i.name.clone())
                .unwrap_or_default(),
            partner: partner_names
                .get(&w.partner_organisation_id)
                .cloned()
                .unwrap_or_default(),
            item: w.clone(),
        })
        .collect();
    let answers = call
        .questions
        .iter()
        .map(|q| {
            (
                q.prompt.clone(),
                application.answers.get(&q.key).cloned().unwrap_or_default(),
            )
        })
        .collect();
    let budget_by_funder = call
        .funders
        .iter()
        .map(|f| {
            let sum = application
                .partners
                .iter()
                .filter(|p| p.funder_id == Some(f.id))
                .map(|p| p.requested_cents)
                .sum();
            (f.organisation.name.clone(), sum)
        })
        .filter(|(_, sum)| *sum > 0)
        .collect();
    let is_draft = application.status == ApplicationStatus::Draft;
    let can_edit = ctx.access.can_edit(actor);
    let breaches = if is_draft && ctx.access.in_consortium(actor) {
        ops::check(&state.db, &ctx).await?
    } else {
        Vec::new()
    };
    let runs = call.team().can_manage(actor);
    let (evaluators, evaluator_choices) = match ops::evaluation(&state.db, actor, &ctx).await? {
        Some(evaluation) => {
            let lines: Vec<EvaluatorLine> = evaluation
                .evaluators
                .iter()
                .map(|(account, review)| {
                    let rubric = review
                        .as_ref()
                        .and_then(|r| evaluation.rubrics.get(&r.rubric_id));
                    EvaluatorLine {
                        name: account.display_name.clone(),
                        user_id: account.id,
                        status: crate::t(match review.as_ref().map(|r| r.status) {
                            None => "calls-review-not-started",
                            Some(ReviewStatus::Draft) => "calls-review-in-draft",
                            Some(ReviewStatus::Submitted) => "calls-review-in-submitted",
                        }),
                        removable: review
                            .as_ref()
                            .is_none_or(|r| r.status != ReviewStatus::Submitted),
                        percent: review
                            .as_ref()
                            .filter(|r| r.status == ReviewStatus::Submitted)
                            .zip(rubric)
                            .and_then(|(r, rubric)| weighted_percent(rubric, &r.given_scores()))
                            .map(percent),
                        comments: match (review, rubric) {
                            (Some(r), Some(rubric)) if r.status == ReviewStatus::Submitted => {
                                rubric
                                    .criteria
                                    .iter()
                                    .map(|c| {
                                        let (score, comment) =
                                            r.scores.get(&c.id).cloned().unwrap_or_default();
                                        (c.name.clone(), score, comment)
                                    })
                                    .collect()
                            }
                            _ => Vec::new(),
                        },
                        overall: review
                            .as_ref()
                            .filter(|r| r.status == ReviewStatus::Submitted)
                            .map(|r| r.overall_comment.clone())
                            .unwrap_or_default(),
                    }
                })
                .collect();
            let assigned: Vec<i64> = lines.iter().map(|l| l.user_id).collect();
            let choices = ops::evaluators(&state.db, actor)
                .await?
                .into_iter()
                .filter(|a| !assigned.contains(&a.id))
                .map(|a| Choice::new(a.id.to_string(), a.display_name, false))
                .collect();
            (lines, choices)
        }
        None => (Vec::new(), Vec::new()),
    };
    let board_budgets = if runs && application.status == ApplicationStatus::Submitted {
        ops::board(&state.db, actor, call.id).await?.budgets
    } else {
        Vec::new()
    };
    let deciding = if application.status == ApplicationStatus::Submitted {
        ops::deciding_funders(actor, call)
            .into_iter()
            .map(|f| FunderDecisions {
                funder_id: f.id,
                name: f.organisation.name.clone(),
                budget_left: board_budgets
                    .iter()
                    .find(|b| b.funder.id == f.id)
                    .map_or(f.budget_cents, |b| f.budget_cents - b.committed_cents),
                lines: application
                    .partners
                    .iter()
                    .filter(|p| p.funder_id == Some(f.id) && p.requested_cents > 0)
                    .map(|p| {
                        let decision = all_decisions.iter().find(|d| d.partner_id == p.id);
                        let (outcome, amount_eur, conditions) = typed
                            .filter(|t| t.funder_id.trim() == f.id.to_string())
                            .and_then(|t| t.line(p.id))
                            .or_else(|| {
                                decision.map(|d| {
                                    (
                                        d.outcome.as_str().to_string(),
                                        eur_input_value(d.amount_cents),
                                        d.conditions.clone(),
                                    )
                                })
                            })
                            .unwrap_or_default();
                        DecisionLine {
                            partner_id: p.id,
                            organisation: p.organisation.name.clone(),
                            requested: p.requested_cents,
                            decided: decision.is_some(),
                            outcome,
                            amount_eur,
                            conditions,
                        }
                    })
                    .collect(),
            })
            .filter(|f| !f.lines.is_empty())
            .collect()
    } else {
        Vec::new()
    };
    let show_decisions = actor.role != Role::Evaluator;
    let decisions: Vec<(String, String, Decision)> = if show_decisions {
        all_decisions
            .iter()
            .map(|d| {
                let organisation = application
                    .partners
                    .iter()
                    .find(|p| p.id == d.partner_id)
                    .map(|p| p.organisation.name.clone())
                    .unwrap_or_default();
                (
                    organisation,
                    funder_name(call, Some(d.funder_id)),
                    d.clone(),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut letters: Vec<(i64, String)> = Vec::new();
    if show_decisions {
        for d in &all_decisions {
            if !letters.iter().any(|(id, _)| *id == d.funder_id) {
                letters.push((d.funder_id, funder_name(call, Some(d.funder_id))));
            }
        }
    }
    let outcomes = DecisionOutcome::ALL
        .iter()
        .map(|o| Choice::new(o.as_str(), o.label_t(), false))
        .collect();
    let can_review = actor.role == Role::Evaluator && ctx.access.assigned;
    let status = if alert.is_some() || !errors.is_empty() {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    Ok((
        status,
        ApplicationPage {
            layout: Layout::new(application.display_title(), Some(actor), SECTION),
            outcome: show_decisions.then(|| application.outcome(&all_decisions)),
            partners,
            items,
            answers,
            budget_by_funder,
            cost: application.work_items.iter().map(|w| w.cost_cents).sum(),
            breaches,
            can_edit,
            is_draft,
            can_withdraw: can_edit
                && application.status != ApplicationStatus::Withdrawn
                && all_decisions.is_empty(),
            closes: local_time(call.closes_at, call.time_zone),
            runs,
            evaluators,
            evaluator_choices,
            deciding,
            decisions,
            letters,
            outcomes,
            can_review,
            alert,
            errors,
            ctx,
        },
    )
        .into_response())
}

#[tracing::instrument(skip_all)]
pub async fn application(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    application_page(&state, &actor, id, None, FieldErrors::new(), None).await
}

/// The outcome of an action on the application page: back to the page, or
/// the page again with what went wrong.
async fn after(
    state: &AppState,
    actor: &Actor,
    id: i64,
    result: Result<(), AppError>,
    anchor: &str,
    typed: Option<&DecisionForm>,
) -> Result<Response, AppError> {
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/applications/{id}{anchor}")).into_response()),
        Err(e) => {
            let errors = refused_fields(e)?;
            let alert = errors
                .get("form")
                .map(str::to_string)
                .or_else(|| (!errors.is_empty()).then(|| crate::t("calls-not-changed")));
            application_page(state, actor, id, alert, errors, typed).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn submit(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, .. }: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let result = ops::submit(&state.db, &actor, id).await;
    after(&state, &actor, id, result, "", None).await
}

#[tracing::instrument(skip_all)]
pub async fn withdraw(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, .. }: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let result = ops::withdraw(&state.db, &actor, id).await;
    after(&state, &actor, id, result, "", None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignForm {
    evaluator_user_id: String,
}

#[tracing::instrument(skip_all)]
pub async fn assign(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, form }: CsrfForm<AssignForm>,
) -> Result<Response, AppError> {
    let result = match form.evaluator_user_id.trim().parse() {
        Ok(user_id) => ops::assign(&state.db, &actor, id, user_id).await,
        Err(_) => Err(AppError::Validation(FieldErrors::single(
            "evaluator_user_id",
            crate::t("calls-choose-evaluator"),
        ))),
    };
    after(&state, &actor, id, result, "#evaluation", None).await
}

#[tracing::instrument(skip_all)]
pub async fn unassign(
    State(state): State<AppState>,
    Path((id, user_id)): Path<(String, String)>,
    CsrfForm { actor, .. }: CsrfForm<EmptyForm>,
) -> Result<Response, AppError> {
    let (Ok(id), Ok(user_id)) = (id.parse(), user_id.parse()) else {
        return Err(AppError::NotFound);
    };
    let result = ops::unassign(&state.db, &actor, id, user_id).await;
    after(&state, &actor, id, result, "#evaluation", None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DecisionForm {
    funder_id: String,
    partner: Vec<String>,
    outcome: Vec<String>,
    amount_eur: Vec<String>,
    conditions: Vec<String>,
}

impl DecisionForm {
    /// What was typed for one partner: outcome, amount and conditions.
    fn line(&self, partner_id: i64) -> Option<(String, String, String)> {
        let i = self
            .partner
            .iter()
            .position(|p| p.trim() == partner_id.to_string())?;
        Some((
            cell(&self.outcome, i).to_string(),
            cell(&self.amount_eur, i).to_string(),
            cell(&self.conditions, i).to_string(),
        ))
    }
}

#[tracing::instrument(skip_all)]
pub async fn decide(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, form }: CsrfForm<DecisionForm>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let mut inputs = BTreeMap::new();
    for i in 0..form.partner.len() {
        let Ok(partner_id) = cell(&form.partner, i).parse::<i64>() else {
            continue;
        };
        let outcome = cell(&form.outcome, i);
        if outcome.is_empty() {
            continue;
        }
        inputs.insert(
            partner_id,
            DecisionInput {
                outcome: outcome.to_string(),
                amount_cents: money(
                    &format!("decisions.{partner_id}.amount_cents"),
                    cell(&form.amount_eur, i),
                    &mut errors,
                ),
                conditions: cell(&form.conditions, i).to_string(),
            },
        );
    }
    let result = match form.funder_id.trim().parse() {
        _ if !errors.is_empty() => Err(AppError::Validation(errors)),
        Ok(funder_id) => ops::decide(&state.db, &actor, id, funder_id, &inputs).await,
        Err(_) => Err(AppError::NotFound),
    };
    after(&state, &actor, id, result, "#decisions", Some(&form)).await
}

// ---------------------------------------------------------------------------
// The application form
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ApplicationForm {
    title: String,
    acronym: String,
    summary: String,
    objectives: String,
    duration_months: String,
    partner_organisation: Vec<String>,
    partner_funder: Vec<String>,
    partner_requested_eur: Vec<String>,
    partner_smes: Vec<String>,
    item_instrument: Vec<String>,
    item_title: Vec<String>,
    item_partner: Vec<String>,
    item_start: Vec<String>,
    item_end: Vec<String>,
    item_cost_eur: Vec<String>,
    item_description: Vec<String>,
    answer_key: Vec<String>,
    answer_text: Vec<String>,
    /// The version of the application the form was filled from.
    version: String,
}

impl ApplicationForm {
    fn to_input(&self) -> (ApplicationInput, Vec<usize>, Vec<usize>) {
        let mut errors = FieldErrors::new();
        let mut partners = Vec::new();
        let mut partner_rows = Vec::new();
        for i in 0..self.partner_organisation.len() {
            let (organisation, funder, requested, smes) = (
                cell(&self.partner_organisation, i),
                cell(&self.partner_funder, i),
                cell(&self.partner_requested_eur, i),
                cell(&self.partner_smes, i),
            );
            if organisation.is_empty() && requested.is_empty() && smes.is_empty() {
                continue;
            }
            let row = partners.len();
            partner_rows.push(i);
            partners.push(PartnerInput {
                organisation_id: organisation.parse().ok(),
                funder_id: funder.parse().ok(),
                requested_cents: money(
                    &format!("partners[{row}].requested_cents"),
                    requested,
                    &mut errors,
                ),
                smes_engaged: whole_number(
                    &format!("partners[{row}].smes_engaged"),
                    smes,
                    &mut errors,
                ),
            });
        }
        let mut work_items = Vec::new();
        let mut item_rows = Vec::new();
        for i in 0..self.item_title.len() {
            let (title, start, end, cost) = (
                cell(&self.item_title, i),
                cell(&self.item_start, i),
                cell(&self.item_end, i),
                cell(&self.item_cost_eur, i),
            );
            let notes = cell(&self.item_description, i);
            // A row with nothing typed is the form's spare one; a row with
            // only notes is kept, to be refused for its missing title.
            if [title, start, end, cost, notes]
                .iter()
                .all(|v| v.is_empty())
            {
                continue;
            }
            let row = work_items.len();
            item_rows.push(i);
            work_items.push(WorkItemInput {
                instrument_id: cell(&self.item_instrument, i).parse().ok(),
                title: title.to_string(),
                partner_organisation_id: cell(&self.item_partner, i).parse().ok(),
                start_month: whole_number(
                    &format!("work_items[{row}].start_month"),
                    start,
                    &mut errors,
                ),
                end_month: whole_number(&format!("work_items[{row}].end_month"), end, &mut errors),
                cost_cents: money(&format!("work_items[{row}].cost_cents"), cost, &mut errors),
                description: notes.to_string(),
            });
        }
        let answers = self
            .answer_key
            .iter()
            .zip(&self.answer_text)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let input = ApplicationInput {
            title: self.title.clone(),
            acronym: self.acronym.clone(),
            summary: self.summary.clone(),
            objectives: self.objectives.clone(),
            duration_months: whole_number("duration_months", &self.duration_months, &mut errors),
            partners,
            work_items,
            answers,
            unreadable: errors,
        };
        (input, partner_rows, item_rows)
    }

    fn from_application(a: &Application) -> Self {
        let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
        Self {
            title: a.title.clone(),
            acronym: a.acronym.clone(),
            summary: a.summary.clone(),
            objectives: a.objectives.clone(),
            duration_months: opt(a.duration_months.map(i64::from)),
            partner_organisation: a
                .partners
                .iter()
                .map(|p| p.organisation.id.to_string())
                .collect(),
            partner_funder: a.partners.iter().map(|p| opt(p.funder_id)).collect(),
            partner_requested_eur: a
                .partners
                .iter()
                .map(|p| eur_input_value(p.requested_cents))
                .collect(),
            partner_smes: a
                .partners
                .iter()
                .map(|p| p.smes_engaged.to_string())
                .collect(),
            item_instrument: a.work_items.iter().map(|w| opt(w.instrument_id)).collect(),
            item_title: a.work_items.iter().map(|w| w.title.clone()).collect(),
            item_partner: a
                .work_items
                .iter()
                .map(|w| w.partner_organisation_id.to_string())
                .collect(),
            item_start: a
                .work_items
                .iter()
                .map(|w| w.start_month.to_string())
                .collect(),
            item_end: a
                .work_items
                .iter()
                .map(|w| w.end_month.to_string())
                .collect(),
            item_cost_eur: a
                .work_items
                .iter()
                .map(|w| eur_input_value(w.cost_cents))
                .collect(),
            item_description: a.work_items.iter().map(|w| w.description.clone()).collect(),
            answer_key: a.answers.keys().cloned().collect(),
            answer_text: a.answers.values().cloned().collect(),
            version: a.version().to_string(),
        }
    }
}

struct PartnerRow {
    organisations: Vec<Choice>,
    funders: Vec<Choice>,
    requested: String,
    smes: String,
    index: usize,
}

struct ItemRow {
    instruments: Vec<Choice>,
    partners: Vec<Choice>,
    title: String,
    start: String,
    end: String,
    cost: String,
    description: String,
    index: usize,
}

struct AnswerRow {
    key: String,
    prompt: String,
    required: bool,
    text: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "calls/application_form.html")]
struct ApplicationFormPage {
    layout: Layout,
    ctx: ApplicationContext,
    values: ApplicationForm,
    partners: Vec<PartnerRow>,
    items: Vec<ItemRow>,
    answers: Vec<AnswerRow>,
    closes: String,
    errors: FieldErrors,
}

async fn application_form(
    state: &AppState,
    actor: &Actor,
    ctx: ApplicationContext,
    values: ApplicationForm,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let organisations: Vec<(i64, String)> =
        crate::registry::store::organisation_options(&state.db, None)
            .await?
            .into_iter()
            .map(|o| {
                (
                    o.id,
                    format!("{} ({}, {})", o.name, o.country.as_str(), o.kind.label_t()),
                )
            })
            .collect();
    let funders: Vec<(i64, String)> = ctx
        .call
        .funders
        .iter()
        .map(|f| {
            (
                f.id,
                format!("{} ({})", f.organisation.name, f.country.as_str()),
            )
        })
        .collect();
    let instruments: Vec<(i64, String)> = crate::toolbox::catalogue(&state.db)
        .await?
        .into_iter()
        .map(|i| (i.id, format!("{} · {}", i.name, i.group.label_t())))
        .collect();
    let consortium: Vec<(i64, String)> = values
        .partner_organisation
        .iter()
        .filter_map(|id| id.parse::<i64>().ok())
        .filter_map(|id| organisations.iter().find(|(o, _)| *o == id).cloned())
        .collect();
    let partners = (0..values.partner_organisation.len() + SPARE_ROWS)
        .map(|i| PartnerRow {
            organisations: choices(&organisations, cell(&values.partner_organisation, i)),
            funders: choices(&funders, cell(&values.partner_funder, i)),
            requested: cell(&values.partner_requested_eur, i).to_string(),
            smes: cell(&values.partner_smes, i).to_string(),
            index: i,
        })
        .collect();
    let items = (0..values.item_title.len() + SPARE_ROWS)
        .map(|i| ItemRow {
            instruments: choices(&instruments, cell(&values.item_instrument, i)),
            partners: choices(&consortium, cell(&values.item_partner, i)),
            title: cell(&values.item_title, i).to_string(),
            start: cell(&values.item_start, i).to_string(),
            end: cell(&values.item_end, i).to_string(),
            cost: cell(&values.item_cost_eur, i).to_string(),
            description: cell(&values.item_description, i).to_string(),
            index: i,
        })
        .collect();
    let answers = ctx
        .call
        .questions
        .iter()
        .map(|q| AnswerRow {
            key: q.key.clone(),
            prompt: q.prompt.clone(),
            required: q.required,
            text: values
                .answer_key
                .iter()
                .position(|k| k == &q.key)
                .map(|i| cell(&values.answer_text, i).to_string())
                .unwrap_or_default(),
        })
        .collect();
    let status = form_status(&errors);
    Ok((
        status,
        ApplicationFormPage {
            layout: Layout::new(
                crate::t1("calls-edit-title", "title", ctx.application.display_title()),
                Some(actor),
                SECTION,
            ),
            closes: local_time(ctx.call.closes_at, ctx.call.time_zone),
            ctx,
            values,
            partners,
            items,
            answers,
            errors,
        },
    )
        .into_response())
}

#[tracing::instrument(skip_all)]
pub async fn edit_application(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let ctx = ops::application(&state.db, &actor, id).await?;
    if !ctx.access.can_edit(&actor) {
        return Err(AppError::Forbidden);
    }
    if ctx.application.status != ApplicationStatus::Draft {
        return Ok(Redirect::to(&format!("/applications/{id}")).into_response());
    }
    let values = ApplicationForm::from_application(&ctx.application);
    application_form(&state, &actor, ctx, values, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn save_application(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, mut form }: CsrfForm<ApplicationForm>,
) -> Result<Response, AppError> {
    let (input, partner_rows, item_rows) = form.to_input();
    let seen = posted_version(&form.version);
    match ops::save_application(&state.db, &actor, id, seen, &input).await {
        Ok(()) => Ok(Redirect::to(&format!("/applications/{id}#check")).into_response()),
        Err(e) => {
            let ctx = ops::application(&state.db, &actor, id).await?;
            form.version = version_after(&e, &form.version, ctx.application.version());
            let errors = refused_fields(e)?;
            let errors = rows_back(
                rows_back(errors, "partners", &partner_rows),
                "work_items",
                &item_rows,
            );
            application_form(&state, &actor, ctx, form, errors).await
        }
    }
}

// ---------------------------------------------------------------------------
// Reviews
// ---------------------------------------------------------------------------

struct ScoreRow {
    criterion_id: i64,
    name: String,
    description: String,
    weight: i32,
    scores: Vec<Choice>,
    comment: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "calls/review.html")]
struct ReviewPage {
    layout: Layout,
    application: Application,
    call: Call,
    rubric: Rubric,
    rows: Vec<ScoreRow>,
    overall: String,
    submitted: bool,
    percent: Option<String>,
    /// The rubric changed since the draft was last saved, and what was kept.
    rubric_notice: Option<String>,
    errors: FieldErrors,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReviewForm {
    criterion: Vec<String>,
    score: Vec<String>,
    comment: Vec<String>,
    overall_comment: String,
    action: String,
}

async fn review_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    typed: Option<&ReviewForm>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let sheet = ops::review_sheet(&state.db, actor, id).await?;
    let saved = |criterion: i64| {
        sheet
            .review
            .as_ref()
            .and_then(|r| r.scores.get(&criterion).cloned())
            .unwrap_or_default()
    };
    let rows = sheet
        .rubric
        .criteria
        .iter()
        .map(|c| {
            let (score, comment) = match typed {
                Some(form) => {
                    let i = form.criterion.iter().position(|x| x == &c.id.to_string());
                    (
                        i.map(|i| cell(&form.score, i).to_string())
                            .unwrap_or_default(),
                        i.map(|i| cell(&form.comment, i).to_string())
                            .unwrap_or_default(),
                    )
                }
                None => {
                    let (score, comment) = saved(c.id);
                    (score.map(|s| s.to_string()).unwrap_or_default(), comment)
                }
            };
            ScoreRow {
                criterion_id: c.id,
                name: c.name.clone(),
                description: c.description.clone(),
                weight: c.weight,
                scores: (sheet.rubric.scale_min..=sheet.rubric.scale_max)
                    .map(|s| Choice::new(s.to_string(), s.to_string(), s.to_string() == score))
                    .collect(),
                comment,
            }
        })
        .collect();
    let submitted = sheet
        .review
        .as_ref()
        .is_some_and(|r| r.status == ReviewStatus::Submitted);
    let percent = sheet
        .review
        .as_ref()
        .and_then(|r| weighted_percent(&sheet.rubric, &r.given_scores()))
        .map(percent);
    let rubric_notice = sheet.carried_over.as_ref().map(|kept| {
        if kept.is_empty() {
            crate::t1("calls-rubric-changed-none", "version", sheet.rubric.version)
        } else {
            crate::t2(
                "calls-rubric-changed-kept",
                "version",
                sheet.rubric.version,
                "criteria",
                kept.join(", "),
            )
        }
    });
    let overall = typed.map_or_else(
        || {
            sheet
                .review
                .as_ref()
                .map(|r| r.overall_comment.clone())
                .unwrap_or_default()
        },
        |f| f.overall_comment.clone(),
    );
    let status = form_status(&errors);
    Ok((
        status,
        ReviewPage {
            layout: Layout::new(
                crate::t1(
                    "calls-review-of",
                    "title",
                    sheet.ctx.application.display_title(),
                ),
                Some(actor),
                SECTION,
            ),
            application: sheet.ctx.application.clone(),
            call: sheet.ctx.call.clone(),
            rubric: sheet.rubric,
            rows,
            overall,
            submitted,
            percent,
            rubric_notice,
            errors,
        },
    )
        .into_response())
}

#[tracing::instrument(skip_all)]
pub async fn review(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    review_page(&state, &actor, id, None, FieldErrors::new()).await
}

#[tracing::instrument(skip_all)]
pub async fn save_review(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, form }: CsrfForm<ReviewForm>,
) -> Result<Response, AppError> {
    let mut input = ops::ReviewInput {
        overall_comment: form.overall_comment.clone(),
        submit: form.action == "submit",
        ..Default::default()
    };
    for (i, criterion) in form.criterion.iter().enumerate() {
        let Ok(criterion_id) = criterion.parse::<i64>() else {
            continue;
        };
        let score = whole_number(
            &format!("scores.{criterion_id}"),
            cell(&form.score, i),
            &mut input.unreadable,
        );
        input.scores.insert(
            criterion_id,
            ScoreInput {
                score,
                comment: cell(&form.comment, i).to_string(),
            },
        );
    }
    match ops::save_review(&state.db, &actor, id, &input).await {
        Ok(()) if input.submit => Ok(Redirect::to("/calls#reviews").into_response()),
        Ok(()) => Ok(Redirect::to(&format!("/applications/{id}/review")).into_response()),
        Err(e) => {
            let errors = refused_fields(e)?;
            review_page(&state, &actor, id, Some(&form), errors).await
        }
    }
}

// ---------------------------------------------------------------------------
// The decision board
// ---------------------------------------------------------------------------

struct BoardCell {
    requested: i64,
    decided: String,
}

struct BoardRow {
    rank: String,
    application: Application,
    score: String,
    reviews: String,
    outcome: Outcome,
    cells: Vec<BoardCell>,
}

#[derive(Template, WebTemplate)]
#[template(path = "calls/board.html")]
struct BoardPage {
    layout: Layout,
    board: Board,
    rows: Vec<BoardRow>,
    chart: String,
}

fn decided_text(decisions: &[&Decision]) -> String {
    if decisions.is_empty() {
        return String::new();
    }
    let granted: i64 = decisions.iter().map(|d| d.amount_cents).sum();
    let outcomes: Vec<DecisionOutcome> = decisions.iter().map(|d| d.outcome).collect();
    let label = if outcomes.iter().all(|o| *o == outcomes[0]) {
        outcomes[0].label_t()
    } else {
        crate::t("calls-mixed")
    };
    if granted > 0 {
        format!("{label}, {}", eur(&granted))
    } else {
        label
    }
}

#[tracing::instrument(skip_all)]
pub async fn board(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    let board = ops::board(&state.db, &actor, id).await?;
    let rows = board
        .ranking
        .iter()
        .map(|r| BoardRow {
            rank: r.rank.map(|n| n.to_string()).unwrap_or_else(|| "–".into()),
            score: r
                .score
                .map(|s| crate::i18n::decimal(rounded(s), 1))
                .unwrap_or_else(|| "–".into()),
            reviews: format!("{}/{}", r.reviews, r.assigned),
            outcome: r.outcome,
            cells: board
                .call
                .funders
                .iter()
                .map(|f| {
                    let partners: Vec<i64> = r
                        .application
                        .partners
                        .iter()
                        .filter(|p| p.funder_id == Some(f.id))
                        .map(|p| p.id)
                        .collect();
                    let decisions: Vec<&Decision> = r
                        .decisions
                        .iter()
                        .filter(|d| partners.contains(&d.partner_id))
                        .collect();
                    BoardCell {
                        requested: r
                            .application
                            .partners
                            .iter()
                            .filter(|p| p.funder_id == Some(f.id))
                            .map(|p| p.requested_cents)
                            .sum(),
                        decided: decided_text(&decisions),
                    }
                })
                .collect(),
            application: r.application.clone(),
        })
        .collect();
    let bars: Vec<Bar> = board
        .budgets
        .iter()
        .map(|b| Bar {
            label: b.funder.organisation.name.clone(),
            value: u64::try_from(b.committed_cents / 100_000).unwrap_or(0),
            extra: u64::try_from((b.funder.budget_cents - b.committed_cents).max(0) / 100_000)
                .unwrap_or(0),
        })
        .collect();
    let chart = horizontal_bars(&crate::t("calls-board-chart"), &bars, 0);
    Ok(BoardPage {
        layout: Layout::new(
            crate::t1("calls-decisions-title", "title", &board.call.title),
            Some(&actor),
            SECTION,
        ),
        board,
        rows,
        chart,
    }
    .into_response())
}

// ---------------------------------------------------------------------------
// Decision letters
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "calls/letter.html")]
struct LetterPage {
    layout: Layout,
    letter: ops::Letter,
    date: String,
    months: String,
    total: i64,
    any_approved: bool,
}

#[tracing::instrument(skip_all)]
pub async fn letter(
    State(state): State<AppState>,
    actor: Actor,
    Path((id, funder_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (Ok(id), Ok(funder_id)) = (id.parse(), funder_id.parse()) else {
        return Err(AppError::NotFound);
    };
    let letter = ops::letter(&state.db, &actor, id, funder_id).await?;
    let date = letter
        .decisions
        .iter()
        .map(|(_, d)| d.decided_at)
        .max()
        .map(|at| {
            crate::i18n::date(
                at.with_timezone(&letter.ctx.call.time_zone)
                    .naive_local()
                    .date(),
            )
        })
        .unwrap_or_default();
    let months = letter
        .ctx
        .application
        .duration_months
        .map_or_else(|| "–".to_string(), |m| m.to_string());
    let total = letter.decisions.iter().map(|(_, d)| d.amount_cents).sum();
    let any_approved = letter
        .decisions
        .iter()
        .any(|(_, d)| d.outcome.is_approval());
    Ok(LetterPage {
        layout: Layout::new(
            crate::t1(
                "calls-letter-title",
                "reference",
                &letter.ctx.application.reference,
            ),
            Some(&actor),
            SECTION,
        ),
        letter,
        date,
        months,
        total,
        any_approved,
    }
    .into_response())
}

// ---------------------------------------------------------------------------
// Statistics (public)
// ---------------------------------------------------------------------------

#[derive(Template, WebTemplate)]
#[template(path = "calls/statistics.html")]
struct StatisticsPage {
    layout: Layout,
    years: Vec<YearStatistics>,
    chart: String,
}

fn partners_text(y: &YearStatistics) -> String {
    crate::ta(
        "calls-stat-partners-text",
        &[
            ("partners", FluentValue::from(y.funding_partners as i64)),
            ("countries", FluentValue::from(y.countries.len() as i64)),
            ("list", FluentValue::from(y.countries.join(", "))),
        ],
    )
}

#[tracing::instrument(skip_all)]
pub async fn statistics(
    State(state): State<AppState>,
    actor: Option<Actor>,
) -> Result<Response, AppError> {
    let years = ops::statistics(&state.db).await?;
    let bars: Vec<Bar> = years
        .iter()
        .map(|y| Bar {
            label: y.year.to_string(),
            value: y.applications_approved as u64,
            extra: y
                .applications_received
                .saturating_sub(y.applications_approved) as u64,
        })
        .collect();
    let chart = horizontal_bars(&crate::t("calls-stat-chart"), &bars, 0);
    Ok(StatisticsPage {
        layout: Layout::new(
            crate::t("calls-statistics-heading"),
            actor.as_ref(),
            SECTION,
        ),
        years,
        chart,
    }
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExportQuery {
    format: String,
}

/// The statistics table as CSV or XLSX, one row per call year.
#[tracing::instrument(skip_all)]
pub async fn export_statistics(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ExportQuery>,
) -> Result<Response, AppError> {
    let format = ExportFormat::parse(&query.format).map_err(AppError::BadRequest)?;
    let mut table = Table::new(
        "Joint call statistics",
        &[
            "Year",
            "Funding partners",
            "Countries",
            "Total budget (EUR)",
            "Applications received",
            "Applications approved",
            "Clusters",
            "SMEs",
        ],
    );
    for y in ops::statistics(&state.db).await? {
        table.push(vec![
            Cell::Integer(i64::from(y.year)),
            Cell::Integer(y.funding_partners as i64),
            Cell::Text(y.countries.join(", ")),
            Cell::Money(y.budget_cents),
            Cell::Integer(y.applications_received as i64),
            Cell::Integer(y.applications_approved as i64),
            Cell::Integer(y.clusters as i64),
            Cell::Integer(y.smes),
        ]);
    }
    download(&table, format)
}
