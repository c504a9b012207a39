//! API: joint calls, applications and their pre-submission check, evaluator
//! assignments and reviews, the ranking, funding decisions and the call
//! statistics.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::model::decisions::{DecisionInput, DecisionOutcome, Outcome};
use super::model::eligibility::{ApplicationInput, Breach, PartnerInput, WorkItemInput};
use super::model::scoring::{
    CriterionInput, Rubric, RubricInput, ScoreInput, rounded, weighted_percent,
};
use super::model::statistics::YearStatistics;
use super::model::{
    ApplicationStatus, CallInput, CallPhase, FormQuestion, FunderInput, QuestionInput, ReviewStatus,
};
use super::operations::{self as ops, ApplicationContext};
use super::store::{Application, Call, Decision, Review};
use crate::app::AppState;
use crate::auth::store::Account;
use crate::auth::{Actor, Role};
use crate::validation::FieldErrors;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, AppError, Field, ListResponse, created};

/// An organisation as a call or an application names it.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationLink {
    id: i64,
    name: String,
    /// ISO 3166-1 alpha-2.
    country: String,
    kind: String,
}

impl From<&crate::registry::OrganisationRef> for OrganisationLink {
    fn from(o: &crate::registry::OrganisationRef) -> Self {
        Self {
            id: o.id,
            name: o.name.clone(),
            country: o.country.as_str().to_string(),
            kind: o.kind.as_str().to_string(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FunderView {
    /// The funder's id within the call (partners name it as `funder_id`).
    id: i64,
    organisation: OrganisationLink,
    /// The country whose organisations it funds.
    country: String,
    budget_cents: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RulesView {
    min_countries: i32,
    min_grant_cents: i64,
    max_grant_cents: i64,
    min_months: i32,
    max_months: i32,
    min_smes: i32,
    eligible_kinds: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CriterionView {
    id: i64,
    name: String,
    description: String,
    weight: i32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RubricView {
    version: i32,
    scale_min: i32,
    scale_max: i32,
    criteria: Vec<CriterionView>,
}

impl From<&Rubric> for RubricView {
    fn from(r: &Rubric) -> Self {
        Self {
            version: r.version,
            scale_min: r.scale_min,
            scale_max: r.scale_max,
            criteria: r
                .criteria
                .iter()
                .map(|c| CriterionView {
                    id: c.id,
                    name: c.name.clone(),
                    description: c.description.clone(),
                    weight: c.weight,
                })
                .collect(),
        }
    }
}

/// A joint call.
#[derive(Debug, Serialize, ToSchema)]
pub struct CallView {
    id: i64,
    slug: String,
    title: String,
    /// The call year the statistics count it in.
    year: i32,
    summary: String,
    phase: CallPhase,
    published: bool,
    coordinator: OrganisationLink,
    /// IANA time zone of the deadlines.
    time_zone: String,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    /// Opening in the call's time zone (`YYYY-MM-DDTHH:MM`).
    opens_at_local: String,
    closes_at_local: String,
    rules: RulesView,
    funders: Vec<FunderView>,
    /// All funders' budgets together.
    budget_cents: i64,
    questions: Vec<FormQuestion>,
    /// The current rubric version.
    rubric: Option<RubricView>,
}

fn local(at: DateTime<Utc>, call: &Call) -> String {
    at.with_timezone(&call.time_zone)
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

fn call_view(call: &Call, rubric: Option<&Rubric>) -> CallView {
    CallView {
        id: call.id,
        slug: call.slug.clone(),
        title: call.title.clone(),
        year: call.year,
        summary: call.summary.clone(),
        phase: call.phase(Utc::now()),
        published: call.published,
        coordinator: OrganisationLink::from(&call.coordinator),
        time_zone: call.time_zone.name().to_string(),
        opens_at: call.opens_at,
        closes_at: call.closes_at,
        opens_at_local: local(call.opens_at, call),
        closes_at_local: local(call.closes_at, call),
        rules: RulesView {
            min_countries: call.rules.min_countries,
            min_grant_cents: call.rules.min_grant_cents,
            max_grant_cents: call.rules.max_grant_cents,
            min_months: call.rules.min_months,
            max_months: call.rules.max_months,
            min_smes: call.rules.min_smes,
            eligible_kinds: call
                .rules
                .eligible_kinds
                .iter()
                .map(|k| k.as_str().to_string())
                .collect(),
        },
        funders: call
            .funders
            .iter()
            .map(|f| FunderView {
                id: f.id,
                organisation: OrganisationLink::from(&f.organisation),
                country: f.country.as_str().to_string(),
                budget_cents: f.budget_cents,
            })
            .collect(),
        budget_cents: call.budget_cents(),
        questions: call.questions.clone(),
        rubric: rubric.map(RubricView::from),
    }
}

/// Joint calls the caller may see (published ones; unpublished ones to the
/// teams that run them).
#[utoipa::path(
    get, path = "/api/v1/calls", tag = "calls",
    responses((status = 200, body = ListResponse<CallView>), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_calls(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<ListResponse<CallView>>, AppError> {
    let calls = ops::calls(&state.db, &actor).await?;
    let items: Vec<CallView> = calls.iter().map(|c| call_view(c, None)).collect();
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct FunderWrite {
    organisation_id: Option<i64>,
    /// Default: the organisation's country.
    country: Option<String>,
    budget_cents: Option<i64>,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[schema(as = CallQuestionWrite)]
pub struct QuestionWrite {
    /// The key of a question the call already asks (as read from the call):
    /// its answers stay with it whatever its place or wording. Without one,
    /// an unchanged prompt keeps its key and anything else is a new question.
    #[serde(default)]
    key: Option<String>,
    prompt: String,
    #[serde(default)]
    required: bool,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct CriterionWrite {
    name: String,
    #[serde(default)]
    description: String,
    weight: Option<i64>,
}

/// A rubric: saving one makes a new version (reviews keep theirs).
#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct RubricWrite {
    /// Lowest score (default 1).
    #[schema(value_type = Option<i64>)]
    scale_min: Field<i64>,
    /// Highest score (default 5).
    #[schema(value_type = Option<i64>)]
    scale_max: Field<i64>,
    #[schema(value_type = Vec<CriterionWrite>)]
    criteria: Field<Vec<CriterionWrite>>,
}

impl RubricWrite {
    fn input(self) -> RubricInput {
        let mut input = RubricInput::default();
        let errors = &mut input.unreadable;
        self.scale_min
            .patch_option("scale_min", &mut input.scale_min, errors);
        self.scale_max
            .patch_option("scale_max", &mut input.scale_max, errors);
        let mut criteria = Vec::new();
        self.criteria
            .patch("criteria", &mut criteria, Some(Vec::new()), errors);
        input.criteria = criteria
            .into_iter()
            .map(|c| CriterionInput {
                name: c.name,
                description: c.description,
                weight: c.weight,
            })
            .collect();
        input
    }
}

/// A call's settings. Dates are local times in `time_zone`
/// (`YYYY-MM-DDTHH:MM`). Rules left out take the Innovation Express values
/// (2 countries, EUR 10,000–60,000, 12–18 months, 5 SMEs).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct CallWrite {
    #[schema(value_type = String)]
    title: Field<String>,
    #[schema(value_type = i64)]
    year: Field<i64>,
    #[schema(value_type = Option<String>)]
    summary: Field<String>,
    /// Admins name the coordinating agency; a manager's is their own.
    #[schema(value_type = Option<i64>)]
    coordinator_organisation_id: Field<i64>,
    #[schema(value_type = String, example = "Europe/Copenhagen")]
    time_zone: Field<String>,
    #[schema(value_type = String, example = "2027-01-04T09:00")]
    opens_at: Field<String>,
    #[schema(value_type = String, example = "2027-03-15T15:00")]
    closes_at: Field<String>,
    #[schema(value_type = Option<i64>)]
    min_countries: Field<i64>,
    #[schema(value_type = Option<i64>)]
    min_grant_cents: Field<i64>,
    #[schema(value_type = Option<i64>)]
    max_grant_cents: Field<i64>,
    #[schema(value_type = Option<i64>)]
    min_months: Field<i64>,
    #[schema(value_type = Option<i64>)]
    max_months: Field<i64>,
    #[schema(value_type = Option<i64>)]
    min_smes: Field<i64>,
    /// Organisation kinds that may be partners.
    #[schema(value_type = Option<Vec<String>>)]
    eligible_kinds: Field<Vec<String>>,
    #[schema(value_type = Vec<FunderWrite>)]
    funders: Field<Vec<FunderWrite>>,
    /// The application form's questions beyond the standard parts.
    #[schema(value_type = Option<Vec<QuestionWrite>>)]
    questions: Field<Vec<QuestionWrite>>,
    /// Published calls are seen by everyone signed in.
    #[schema(value_type = Option<bool>)]
    published: Field<bool>,
    /// On create only: the evaluation rubric (default: four weighted criteria on 1–5).
    #[schema(value_type = Option<RubricWrite>)]
    rubric: Field<RubricWrite>,
}

fn local_time(
    field: &str,
    value: Field<String>,
    errors: &mut FieldErrors,
) -> Option<NaiveDateTime> {
    let mut text = String::new();
    value.patch(field, &mut text, Some(String::new()), errors);
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .map_err(|_| errors.add(field, "write a local time as YYYY-MM-DDTHH:MM"))
        .ok()
}

impl CallWrite {
    fn input(self) -> (CallInput, Option<RubricInput>) {
        let mut input = CallInput::default();
        let errors = &mut input.unreadable;
        self.title.patch("title", &mut input.title, None, errors);
        self.year.patch_option("year", &mut input.year, errors);
        self.summary
            .patch("summary", &mut input.summary, Some(String::new()), errors);
        self.coordinator_organisation_id.patch_option(
            "coordinator_organisation_id",
            &mut input.coordinator_organisation_id,
            errors,
        );
        self.time_zone
            .patch("time_zone", &mut input.time_zone, None, errors);
        input.opens_at = local_time("opens_at", self.opens_at, errors);
        input.closes_at = local_time("closes_at", self.closes_at, errors);
        self.min_countries
            .patch_option("min_countries", &mut input.min_countries, errors);
        self.min_grant_cents
            .patch_option("min_grant_cents", &mut input.min_grant_cents, errors);
        self.max_grant_cents
            .patch_option("max_grant_cents", &mut input.max_grant_cents, errors);
        self.min_months
            .patch_option("min_months", &mut input.min_months, errors);
        self.max_months
            .patch_option("max_months", &mut input.max_months, errors);
        self.min_smes
            .patch_option("min_smes", &mut input.min_smes, errors);
        self.eligible_kinds.patch(
            "eligible_kinds",
            &mut input.eligible_kinds,
            Some(Vec::new()),
            errors,
        );
        let mut funders = Vec::new();
        self.funders
            .patch("funders", &mut funders, Some(Vec::new()), errors);
        input.funders = funders
            .into_iter()
            .map(|f| FunderInput {
                organisation_id: f.organisation_id,
                country: f.country.unwrap_or_default(),
                budget_cents: f.budget_cents,
            })
            .collect();
        let mut questions = Vec::new();
        self.questions
            .patch("questions", &mut questions, Some(Vec::new()), errors);
        input.questions = questions
            .into_iter()
            .map(|q| QuestionInput {
                key: q.key,
                prompt: q.prompt,
                required: q.required,
            })
            .collect();
        self.published
            .patch("published", &mut input.published, Some(false), errors);
        let mut rubric = None;
        match self.rubric {
            Field::Value(r) => rubric = Some(r.input()),
            Field::Invalid(message) => errors.add("rubric", message),
            Field::Missing | Field::Null => {}
        }
        (input, rubric)
    }
}

async fn call_with_rubric(state: &AppState, actor: &Actor, id: i64) -> Result<CallView, AppError> {
    let call = ops::call(&state.db, actor, id).await?;
    let rubric = ops::rubric(&state.db, &call).await?;
    Ok(call_view(&call, Some(&rubric)))
}

/// Opens a call (admins, and managers of funding agencies and public authorities).
#[utoipa::path(
    post, path = "/api/v1/calls", tag = "calls", request_body = CallWrite,
    responses((status = 201, body = CallView), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn create_call(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<CallWrite>,
) -> Result<Response, AppError> {
    let (input, rubric) = body.input();
    let id = ops::create_call(&state.db, &actor, &input, rubric.as_ref()).await?;
    let view = call_with_rubric(&state, &actor, id).await?;
    Ok(created(format!("/api/v1/calls/{id}"), view))
}

/// One call with its current rubric.
#[utoipa::path(
    get, path = "/api/v1/calls/{id}", tag = "calls", params(("id" = i64, Path)),
    responses((status = 200, body = CallView), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_call(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
) -> Result<Json<CallView>, AppError> {
    Ok(Json(call_with_rubric(&state, &actor, id).await?))
}

/// Replaces a call's settings (its coordinator and admins). Funding partners
/// are matched by organisation: one that has decided cannot be removed.
#[utoipa::path(
    put, path = "/api/v1/calls/{id}", tag = "calls", params(("id" = i64, Path)), request_body = CallWrite,
    responses((status = 200, body = CallView), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn update_call(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
    ApiJson(body): ApiJson<CallWrite>,
) -> Result<Json<CallView>, AppError> {
    let (mut input, rubric) = body.input();
    if rubric.is_some() {
        input.unreadable.add(
            "rubric",
            "change the rubric with PUT /api/v1/calls/{id}/rubric",
        );
    }
    ops::update_call(&state.db, &actor, id, None, &input).await?;
    Ok(Json(call_with_rubric(&state, &actor, id).await?))
}

/// Saves a new version of the call's rubric.
#[utoipa::path(
    put, path = "/api/v1/calls/{id}/rubric", tag = "calls", params(("id" = i64, Path)), request_body = RubricWrite,
    responses((status = 200, body = RubricView), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn put_rubric(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
    ApiJson(body): ApiJson<RubricWrite>,
) -> Result<Json<RubricView>, AppError> {
    ops::save_rubric(&state.db, &actor, id, &body.input()).await?;
    let call = ops::call(&state.db, &actor, id).await?;
    Ok(Json(RubricView::from(
        &ops::rubric(&state.db, &call).await?,
    )))
}

// ---------------------------------------------------------------------------
// Applications
// ---------------------------------------------------------------------------

#[derive(Debug, Serialize, ToSchema)]
#[schema(as = ApplicationPartnerView)]
pub struct PartnerView {
    /// The partner's id in this application (decisions name it).
    id: i64,
    organisation: OrganisationLink,
    /// The call's funder that funds this partner.
    funder_id: Option<i64>,
    requested_cents: i64,
    smes_engaged: i32,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WorkItemView {
    instrument_id: Option<i64>,
    title: String,
    partner_organisation_id: i64,
    start_month: i32,
    end_month: i32,
    cost_cents: i64,
    description: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FunderShare {
    funder_id: i64,
    name: String,
    requested_cents: i64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DecisionView {
    partner_id: i64,
    funder_id: i64,
    outcome: DecisionOutcome,
    amount_cents: i64,
    conditions: String,
    decided_by: String,
    decided_at: DateTime<Utc>,
}

impl From<&Decision> for DecisionView {
    fn from(d: &Decision) -> Self {
        Self {
            partner_id: d.partner_id,
            funder_id: d.funder_id,
            outcome: d.outcome,
            amount_cents: d.amount_cents,
            conditions: d.conditions.clone(),
            decided_by: d.decided_by_name.clone(),
            decided_at: d.decided_at,
        }
    }
}

/// An application to a joint call.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApplicationView {
    id: i64,
    reference: String,
    call_id: i64,
    status: ApplicationStatus,
    /// Computed from the funders' decisions; `null` for evaluators, who
    /// never see them.
    outcome: Option<Outcome>,
    title: String,
    acronym: String,
    summary: String,
    objectives: String,
    duration_months: Option<i32>,
    lead: OrganisationLink,
    partners: Vec<PartnerView>,
    work_items: Vec<WorkItemView>,
    /// Answers to the call's questions, by question key.
    answers: BTreeMap<String, String>,
    requested_cents: i64,
    /// The budget per funding partner: what each is asked to fund.
    budget_by_funder: Vec<FunderShare>,
    work_plan_cost_cents: i64,
    smes_engaged: i64,
    submitted_at: Option<DateTime<Utc>>,
    withdrawn_at: Option<DateTime<Utc>>,
    /// The funders' decisions (not shown to evaluators).
    decisions: Vec<DecisionView>,
}

fn application_view(
    call: &Call,
    application: &Application,
    decisions: &[Decision],
    show_decisions: bool,
) -> ApplicationView {
    ApplicationView {
        id: application.id,
        reference: application.reference.clone(),
        call_id: application.call_id,
        status: application.status,
        outcome: show_decisions.then(|| application.outcome(decisions)),
        title: application.title.clone(),
        acronym: application.acronym.clone(),
        summary: application.summary.clone(),
        objectives: application.objectives.clone(),
        duration_months: application.duration_months,
        lead: OrganisationLink::from(&application.lead),
        partners: application
            .partners
            .iter()
            .map(|p| PartnerView {
                id: p.id,
                organisation: OrganisationLink::from(&p.organisation),
                funder_id: p.funder_id,
                requested_cents: p.requested_cents,
                smes_engaged: p.smes_engaged,
            })
            .collect(),
        work_items: application
            .work_items
            .iter()
            .map(|w| WorkItemView {
                instrument_id: w.instrument_id,
                title: w.title.clone(),
                partner_organisation_id: w.partner_organisation_id,
                start_month: w.start_month,
                end_month: w.end_month,
                cost_cents: w.cost_cents,
                description: w.description.clone(),
            })
            .collect(),
        answers: application.answers.clone(),
        requested_cents: application.requested_cents(),
        budget_by_funder: call
            .funders
            .iter()
            .map(|f| FunderShare {
                funder_id: f.id,
                name: f.organisation.name.clone(),
                requested_cents: application
                    .partners
                    .iter()
                    .filter(|p| p.funder_id == Some(f.id))
                    .map(|p| p.requested_cents)
                    .sum(),
            })
            .filter(|s| s.requested_cents > 0)
            .collect(),
        work_plan_cost_cents: application.work_items.iter().map(|w| w.cost_cents).sum(),
        smes_engaged: application.smes_engaged(),
        submitted_at: application.submitted_at,
        withdrawn_at: application.withdrawn_at,
        decisions: if show_decisions {
            decisions.iter().map(DecisionView::from).collect()
        } else {
            Vec::new()
        },
    }
}

async fn view_of(
    state: &AppState,
    actor: &Actor,
    ctx: &ApplicationContext,
) -> Result<ApplicationView, AppError> {
    let decisions = ops::decisions(&state.db, ctx).await?;
    let show = actor.role != Role::Evaluator;
    Ok(application_view(
        &ctx.call,
        &ctx.application,
        &decisions,
        show,
    ))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct PartnerWrite {
    organisation_id: Option<i64>,
    /// The call's funder (see the call's `funders`); default: the only funder of the partner's country.
    funder_id: Option<i64>,
    requested_cents: Option<i64>,
    smes_engaged: Option<i64>,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct WorkItemWrite {
    /// An instrument of the toolbox (`GET /api/v1/instruments`).
    instrument_id: Option<i64>,
    title: String,
    partner_organisation_id: Option<i64>,
    start_month: Option<i64>,
    end_month: Option<i64>,
    cost_cents: Option<i64>,
    #[serde(default)]
    description: String,
}

/// An application's content. On PUT, fields left out keep their value;
/// `partners` and `work_items` are replaced as a whole when given.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ApplicationWrite {
    #[schema(value_type = Option<String>)]
    title: Field<String>,
    #[schema(value_type = Option<String>)]
    acronym: Field<String>,
    #[schema(value_type = Option<String>)]
    summary: Field<String>,
    #[schema(value_type = Option<String>)]
    objectives: Field<String>,
    #[schema(value_type = Option<i64>)]
    duration_months: Field<i64>,
    /// The consortium, the lead applicant included.
    #[schema(value_type = Option<Vec<PartnerWrite>>)]
    partners: Field<Vec<PartnerWrite>>,
    #[schema(value_type = Option<Vec<WorkItemWrite>>)]
    work_items: Field<Vec<WorkItemWrite>>,
    #[schema(value_type = Option<BTreeMap<String, String>>)]
    answers: Field<BTreeMap<String, String>>,
}

impl ApplicationWrite {
    fn apply(self, input: &mut ApplicationInput) {
        let errors = &mut input.unreadable;
        self.title
            .patch("title", &mut input.title, Some(String::new()), errors);
        self.acronym
            .patch("acronym", &mut input.acronym, Some(String::new()), errors);
        self.summary
            .patch("summary", &mut input.summary, Some(String::new()), errors);
        self.objectives.patch(
            "objectives",
            &mut input.objectives,
            Some(String::new()),
            errors,
        );
        self.duration_months
            .patch_option("duration_months", &mut input.duration_months, errors);
        match self.partners {
            Field::Missing => {}
            Field::Null => input.partners.clear(),
            Field::Invalid(message) => errors.add("partners", message),
            Field::Value(partners) => {
                input.partners = partners
                    .into_iter()
                    .map(|p| PartnerInput {
                        organisation_id: p.organisation_id,
                        funder_id: p.funder_id,
                        requested_cents: p.requested_cents,
                        smes_engaged: p.smes_engaged,
                    })
                    .collect();
            }
        }
        match self.work_items {
            Field::Missing => {}
            Field::Null => input.work_items.clear(),
            Field::Invalid(message) => errors.add("work_items", message),
            Field::Value(items) => {
                input.work_items = items
                    .into_iter()
                    .map(|w| WorkItemInput {
                        instrument_id: w.instrument_id,
                        title: w.title,
                        partner_organisation_id: w.partner_organisation_id,
                        start_month: w.start_month,
                        end_month: w.end_month,
                        cost_cents: w.cost_cents,
                        description: w.description,
                    })
                    .collect();
            }
        }
        self.answers
            .patch("answers", &mut input.answers, Some(BTreeMap::new()), errors);
    }
}

/// Applications to a call the caller may see: the call's team sees every
/// submitted or withdrawn one, a consortium its own (drafts too), an
/// evaluator those assigned.
#[utoipa::path(
    get, path = "/api/v1/calls/{id}/applications", tag = "calls", params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<ApplicationView>), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_applications(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
) -> Result<Json<ListResponse<ApplicationView>>, AppError> {
    let call = ops::call(&state.db, &actor, id).await?;
    let mut items = Vec::new();
    for application in super::store::applications_of_call(&state.db, call.id, None).await? {
        match ops::application(&state.db, &actor, application.id).await {
            Ok(ctx) => items.push(view_of(&state, &actor, &ctx).await?),
            Err(AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

/// Starts an application led by the caller's organisation (while the call is
/// open). The body is optional: the same fields as PUT.
#[utoipa::path(
    post, path = "/api/v1/calls/{id}/applications", tag = "calls", params(("id" = i64, Path)), request_body = ApplicationWrite,
    responses((status = 201, body = ApplicationView), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn create_application(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
    ApiJson(body): ApiJson<ApplicationWrite>,
) -> Result<Response, AppError> {
    let mut input = ApplicationInput::default();
    body.apply(&mut input);
    let new_id = ops::start_application(&state.db, &actor, id, &input).await?;
    let ctx = ops::application(&state.db, &actor, new_id).await?;
    let view = view_of(&state, &actor, &ctx).await?;
    Ok(created(format!("/api/v1/applications/{new_id}"), view))
}

/// One application.
#[utoipa::path(
    get, path = "/api/v1/applications/{id}", tag = "calls", params(("id" = i64, Path)),
    responses((status = 200, body = ApplicationView), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_application(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
) -> Result<Json<ApplicationView>, AppError> {
    let ctx = ops::application(&state.db, &actor, id).await?;
    Ok(Json(view_of(&state, &actor, &ctx).await?))
}

/// Changes a draft (the lead applicant's managers, before the deadline).
#[utoipa::path(
    put, path = "/api/v1/applications/{id}", tag = "calls", params(("id" = i64, Path)), request_body = ApplicationWrite,
    responses((status = 200, body = ApplicationView), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn update_application(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
    ApiJson(body): ApiJson<ApplicationWrite>,
) -> Result<Json<ApplicationView>, AppError> {
    let ctx = ops::application(&state.db, &actor, id).await?;
    let mut input = ctx.application.input(&ctx.call.questions);
    body.apply(&mut input);
    let seen = Some(ctx.application.version());
    ops::save_application(&state.db, &actor, id, seen, &input).await?;
    let ctx = ops::application(&state.db, &actor, id).await?;
    Ok(Json(view_of(&state, &actor, &ctx).await?))
}

/// The pre-submission check's answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckView {
    /// True when no rule is broken: the application may be submitted.
    ready: bool,
    breaches: Vec<Breach>,
}

/// Every rule of the call the application breaks now.
#[utoipa::path(
    get, path = "/api/v1/applications/{id}/check", tag = "calls", params(("id" = i64, Path)),
    responses((status = 200, body = CheckView), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn check_application(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
) -> Result<Json<CheckView>, AppError> {
    let ctx = ops::application(&state.db, &actor, id).await?;
    let breaches = ops::check(&state.db, &ctx).await?;
    Ok(Json(CheckView {
        ready: breaches.is_empty(),
        breaches,
    }))
}

/// Submits a draft: 409 after the deadline, 422 (one field per broken rule)
/// while it breaks the call's rules.
#[utoipa::path(
    post, path = "/api/v1/applications/{id}/submit", tag = "calls", params(("id" = i64, Path)),
    responses((status = 403, body = ErrorBody), (status = 200, body = ApplicationView), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn submit_application(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
) -> Result<Json<ApplicationView>, AppError> {
    ops::submit(&state.db, &actor, id).await?;
    let ctx = ops::application(&state.db, &actor, id).await?;
    Ok(Json(view_of(&state, &actor, &ctx).await?))
}

/// Withdraws an application no funder has decided on.
#[utoipa::path(
    post, path = "/api/v1/applications/{id}/withdraw", tag = "calls", params(("id" = i64, Path)),
    responses((status = 403, body = ErrorBody), (status = 200, body = ApplicationView), (status = 409, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn withdraw_application(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
) -> Result<Json<ApplicationView>, AppError> {
    ops::withdraw(&state.db, &actor, id).await?;
    let ctx = ops::application(&state.db, &actor, id).await?;
    Ok(Json(view_of(&state, &actor, &ctx).await?))
}

// ---------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------

#[derive(Debug, Serialize, ToSchema)]
pub struct EvaluatorView {
    user_id: i64,
    name: String,
    email: String,
    organisation_id: Option<i64>,
}

impl From<Account> for EvaluatorView {
    fn from(a: Account) -> Self {
        Self {
            user_id: a.id,
            name: a.display_name,
            email: a.email,
            organisation_id: a.organisation_id,
        }
    }
}

/// Evaluator accounts a call's team can assign (for admins and the
/// managers of organisations that coordinate or fund a call).
#[utoipa::path(
    get, path = "/api/v1/evaluators", tag = "calls",
    responses((status = 200, body = ListResponse<EvaluatorView>), (status = 403, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_evaluators(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<ListResponse<EvaluatorView>>, AppError> {
    let items: Vec<EvaluatorView> = ops::evaluators(&state.db, &actor)
        .await?
        .into_iter()
        .map(EvaluatorView::from)
        .collect();
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(as = EvaluatorAssignmentWrite)]
pub struct AssignmentWrite {
    evaluator_user_id: i64,
}

/// Assigns an evaluator (the call's team). An evaluator who works for a
/// partner of the application is refused with 409 (conflict of interest).
#[utoipa::path(
    post, path = "/api/v1/applications/{id}/evaluators", tag = "calls", params(("id" = i64, Path)), request_body = AssignmentWrite,
    responses((status = 201, description = "Assigned"), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn assign_evaluator(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
    ApiJson(body): ApiJson<AssignmentWrite>,
) -> Result<Response, AppError> {
    ops::assign(&state.db, &actor, id, body.evaluator_user_id).await?;
    Ok(StatusCode::CREATED.into_response())
}

/// Removes an evaluator and their review of the application.
#[utoipa::path(
    delete, path = "/api/v1/applications/{id}/evaluators/{user_id}", tag = "calls",
    params(("id" = i64, Path), ("user_id" = i64, Path)),
    responses((status = 204, description = "Removed"), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, description = "The evaluator has submitted a review", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn unassign_evaluator(
    State(state): State<AppState>,
    actor: Actor,
    Path((id, user_id)): Path<(String, String)>,
) -> Result<StatusCode, AppError> {
    let (Ok(id), Ok(user_id)) = (id.parse(), user_id.parse()) else {
        return Err(AppError::NotFound);
    };
    ops::unassign(&state.db, &actor, id, user_id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ScoreView {
    criterion_id: i64,
    score: Option<i32>,
    comment: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewView {
    status: ReviewStatus,
    /// The rubric version it is written on.
    rubric_version: i32,
    scores: Vec<ScoreView>,
    overall_comment: String,
    /// Weighted score in percent of the best possible (one decimal), once every criterion is scored.
    percent: Option<f64>,
    submitted_at: Option<DateTime<Utc>>,
}

fn review_view(review: &Review, rubric: &Rubric) -> ReviewView {
    ReviewView {
        status: review.status,
        rubric_version: rubric.version,
        scores: review
            .scores
            .iter()
            .map(|(id, (score, comment))| ScoreView {
                criterion_id: *id,
                score: *score,
                comment: comment.clone(),
            })
            .collect(),
        overall_comment: review.overall_comment.clone(),
        percent: weighted_percent(rubric, &review.given_scores()).map(rounded),
        submitted_at: review.submitted_at,
    }
}

/// An evaluator assigned to an application, with their review so far.
#[derive(Debug, Serialize, ToSchema)]
pub struct EvaluatorAssignmentView {
    evaluator: EvaluatorView,
    /// `null`: not started.
    review: Option<ReviewView>,
}

/// The evaluators assigned to an application and what each has written
/// (the call's team only).
#[utoipa::path(
    get, path = "/api/v1/applications/{id}/evaluators", tag = "calls", params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<EvaluatorAssignmentView>), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_assignments(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
) -> Result<Json<ListResponse<EvaluatorAssignmentView>>, AppError> {
    let ctx = ops::application(&state.db, &actor, id).await?;
    let evaluation = ops::evaluation(&state.db, &actor, &ctx)
        .await?
        .ok_or(AppError::Forbidden)?;
    let items: Vec<EvaluatorAssignmentView> = evaluation
        .evaluators
        .into_iter()
        .map(|(account, review)| EvaluatorAssignmentView {
            review: review.as_ref().and_then(|r| {
                evaluation
                    .rubrics
                    .get(&r.rubric_id)
                    .map(|rubric| review_view(r, rubric))
            }),
            evaluator: account.into(),
        })
        .collect();
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

/// An application an evaluator is assigned to.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssignedView {
    application_id: i64,
    reference: String,
    title: String,
    call_id: i64,
    call_title: String,
    /// `null`: not started.
    review_status: Option<ReviewStatus>,
}

/// The applications assigned to the calling evaluator.
#[utoipa::path(
    get, path = "/api/v1/reviews", tag = "calls",
    responses((status = 200, body = ListResponse<AssignedView>)),
    security(("bearer" = []))
)]
pub async fn list_reviews(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Json<ListResponse<AssignedView>>, AppError> {
    let items: Vec<AssignedView> = ops::assigned(&state.db, &actor)
        .await?
        .into_iter()
        .map(|(a, c, r)| AssignedView {
            application_id: a.id,
            reference: a.reference.clone(),
            title: a.display_title(),
            call_id: c.id,
            call_title: c.title,
            review_status: r.map(|r| r.status),
        })
        .collect();
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}

/// The caller's review sheet: the rubric and the review so far.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewSheetView {
    rubric: RubricView,
    review: Option<ReviewView>,
}

/// The calling evaluator's review of an application.
#[utoipa::path(
    get, path = "/api/v1/applications/{id}/review", tag = "calls", params(("id" = i64, Path)),
    responses((status = 200, body = ReviewSheetView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_review(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
) -> Result<Json<ReviewSheetView>, AppError> {
    let sheet = ops::review_sheet(&state.db, &actor, id).await?;
    Ok(Json(ReviewSheetView {
        rubric: RubricView::from(&sheet.rubric),
        review: sheet.review.as_ref().map(|r| review_view(r, &sheet.rubric)),
    }))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct ScoreWrite {
    score: Option<i64>,
    #[serde(default)]
    comment: String,
}

/// A review: scores by criterion id. With `submit: true` every criterion
/// needs a score and a comment, and the review becomes final.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = EvaluationReviewWrite)]
pub struct ReviewWrite {
    #[schema(value_type = BTreeMap<String, ScoreWrite>)]
    scores: Field<BTreeMap<String, ScoreWrite>>,
    #[schema(value_type = Option<String>)]
    overall_comment: Field<String>,
    #[schema(value_type = Option<bool>)]
    submit: Field<bool>,
}

/// Saves (or submits) the calling evaluator's review.
#[utoipa::path(
    put, path = "/api/v1/applications/{id}/review", tag = "calls", params(("id" = i64, Path)), request_body = ReviewWrite,
    responses((status = 200, body = ReviewSheetView), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn put_review(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
    ApiJson(body): ApiJson<ReviewWrite>,
) -> Result<Json<ReviewSheetView>, AppError> {
    let mut input = ops::ReviewInput::default();
    let errors = &mut input.unreadable;
    let mut scores = BTreeMap::new();
    body.scores
        .patch("scores", &mut scores, Some(BTreeMap::new()), errors);
    for (key, value) in scores {
        match key.parse::<i64>() {
            Ok(id) => {
                input.scores.insert(
                    id,
                    ScoreInput {
                        score: value.score,
                        comment: value.comment,
                    },
                );
            }
            Err(_) => errors.add(format!("scores.{key}"), "is not a criterion id"),
        }
    }
    body.overall_comment.patch(
        "overall_comment",
        &mut input.overall_comment,
        Some(String::new()),
        errors,
    );
    body.submit
        .patch("submit", &mut input.submit, Some(false), errors);
    ops::save_review(&state.db, &actor, id, &input).await?;
    get_review(State(state), actor, crate::web::Id(id)).await
}

// ---------------------------------------------------------------------------
// Ranking and decisions
// ---------------------------------------------------------------------------

#[derive(Debug, Serialize, ToSchema)]
pub struct PartnerDecisionView {
    partner_id: i64,
    organisation: OrganisationLink,
    funder_id: Option<i64>,
    requested_cents: i64,
    decision: Option<DecisionView>,
}

/// One application on the decision board.
#[derive(Debug, Serialize, ToSchema)]
pub struct RankedView {
    /// 1 for the best; equal scores share a rank; `null` until reviewed.
    rank: Option<usize>,
    application_id: i64,
    reference: String,
    title: String,
    /// Mean weighted score of the submitted reviews (percent, one decimal).
    score: Option<f64>,
    reviews: usize,
    evaluators: usize,
    requested_cents: i64,
    outcome: Outcome,
    partners: Vec<PartnerDecisionView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FunderBudgetView {
    funder_id: i64,
    name: String,
    country: String,
    budget_cents: i64,
    /// Asked of it by the submitted applications.
    requested_cents: i64,
    /// Granted by its approvals so far.
    committed_cents: i64,
    remaining_cents: i64,
}

/// The coordinated decision view: ranking and every funder's decisions.
#[derive(Debug, Serialize, ToSchema)]
pub struct BoardView {
    call_id: i64,
    funders: Vec<FunderBudgetView>,
    items: Vec<RankedView>,
    total: u64,
}

/// The ranking of the submitted applications with every agency's decisions
/// side by side (the call's team).
#[utoipa::path(
    get, path = "/api/v1/calls/{id}/decisions", tag = "calls", params(("id" = i64, Path)),
    responses((status = 200, body = BoardView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn board(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
) -> Result<Json<BoardView>, AppError> {
    let board = ops::board(&state.db, &actor, id).await?;
    let items: Vec<RankedView> = board
        .ranking
        .iter()
        .map(|r| RankedView {
            rank: r.rank,
            application_id: r.application.id,
            reference: r.application.reference.clone(),
            title: r.application.display_title(),
            score: r.score.map(rounded),
            reviews: r.reviews,
            evaluators: r.assigned,
            requested_cents: r.application.requested_cents(),
            outcome: r.outcome,
            partners: r
                .application
                .partners
                .iter()
                .map(|p| PartnerDecisionView {
                    partner_id: p.id,
                    organisation: OrganisationLink::from(&p.organisation),
                    funder_id: p.funder_id,
                    requested_cents: p.requested_cents,
                    decision: r
                        .decisions
                        .iter()
                        .find(|d| d.partner_id == p.id)
                        .map(DecisionView::from),
                })
                .collect(),
        })
        .collect();
    Ok(Json(BoardView {
        call_id: board.call.id,
        funders: board
            .budgets
            .iter()
            .map(|b| FunderBudgetView {
                funder_id: b.funder.id,
                name: b.funder.organisation.name.clone(),
                country: b.funder.country.as_str().to_string(),
                budget_cents: b.funder.budget_cents,
                requested_cents: b.requested_cents,
                committed_cents: b.committed_cents,
                remaining_cents: b.funder.budget_cents - b.committed_cents,
            })
            .collect(),
        total: items.len() as u64,
        items,
    }))
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[schema(as = FundingDecisionWrite)]
pub struct DecisionWrite {
    partner_id: i64,
    /// `approved`, `approved_with_conditions` or `rejected`.
    outcome: String,
    /// Default for an approval: what the partner asked for.
    amount_cents: Option<i64>,
    #[serde(default)]
    conditions: String,
}

/// An agency's decisions on the partners of one application that it funds.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct DecisionsWrite {
    /// The deciding funder (default: the only funder of the call the caller decides for).
    #[schema(value_type = Option<i64>)]
    funder_id: Field<i64>,
    #[schema(value_type = Vec<DecisionWrite>)]
    decisions: Field<Vec<DecisionWrite>>,
}

/// Records the calling agency's decisions for its partners of an application,
/// within its budget (409 when the budget would be over-committed).
#[utoipa::path(
    put, path = "/api/v1/applications/{id}/decisions", tag = "calls", params(("id" = i64, Path)), request_body = DecisionsWrite,
    responses((status = 200, body = ApplicationView), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn decide(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
    ApiJson(body): ApiJson<DecisionsWrite>,
) -> Result<Json<ApplicationView>, AppError> {
    let ctx = ops::application(&state.db, &actor, id).await?;
    let mut errors = FieldErrors::new();
    let funder_id = match body.funder_id {
        Field::Value(f) => Some(f),
        Field::Invalid(message) => {
            errors.add("funder_id", message);
            None
        }
        Field::Missing | Field::Null => match ops::deciding_funders(&actor, &ctx.call)[..] {
            [only] => Some(only.id),
            [] => return Err(AppError::Forbidden),
            _ => {
                errors.add(
                    "funder_id",
                    "you decide for several funders of this call: name one",
                );
                None
            }
        },
    };
    let decisions = body.decisions.required("decisions", &mut errors);
    let (Some(funder_id), Some(decisions)) = (funder_id, decisions) else {
        return Err(AppError::Validation(errors));
    };
    let inputs: BTreeMap<i64, DecisionInput> = decisions
        .into_iter()
        .map(|d| {
            (
                d.partner_id,
                DecisionInput {
                    outcome: d.outcome,
                    amount_cents: d.amount_cents,
                    conditions: d.conditions,
                },
            )
        })
        .collect();
    ops::decide(&state.db, &actor, id, funder_id, &inputs).await?;
    let ctx = ops::application(&state.db, &actor, id).await?;
    Ok(Json(view_of(&state, &actor, &ctx).await?))
}

/// The call statistics by year, computed from the records: funding partners
/// and countries, total budget, applications received and approved, clusters
/// and SMEs in approved projects. No sign-in needed.
#[utoipa::path(
    get, path = "/api/v1/calls/statistics", tag = "calls",
    responses((status = 200, body = ListResponse<YearStatistics>))
)]
pub async fn statistics(
    State(state): State<AppState>,
) -> Result<Json<ListResponse<YearStatistics>>, AppError> {
    let items = ops::statistics(&state.db).await?;
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}
