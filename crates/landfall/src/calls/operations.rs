//! The joint calls' operations: each checks who may do it, validates with the
//! model and writes with the store in one transaction. Pages, the API and the
//! demo loader all go through them.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};

use super::model::decisions::{DecisionInput, Outcome, check_budget};
use super::model::eligibility::{self, ApplicationInput, Breach, CheckContext};
use super::model::scoring::{
    self, Rubric, RubricInput, ScoreInput, default_rubric, weighted_percent,
};
use super::model::statistics::{
    self, ApplicationRecord, CallRecord, FunderRecord, PartnerRecord, YearStatistics,
};
use super::model::{
    ApplicationAccess, ApplicationStatus, CallInput, CallPhase, ReviewStatus, can_create_call,
    can_decide_for, conflict_of_interest,
};
use super::store::{self, Application, Call, Decision, Review, ReviewWrite};
use crate::auth::store::Account;
use crate::auth::{Actor, Role};
use crate::db::{self, Db};
use crate::notify::{Kind, Notice, Text};
use crate::registry::model::OrganisationKind;
use crate::registry::model::format_eur;
use crate::validation::FieldErrors;
use crate::web::AppError;

async fn actor_organisation_kind(
    db: &Db,
    actor: &Actor,
) -> Result<Option<OrganisationKind>, AppError> {
    let Some(id) = actor.organisation_id else {
        return Ok(None);
    };
    Ok(crate::registry::store::organisation_refs(db, &[id])
        .await?
        .remove(&id)
        .map(|o| o.kind))
}

/// Whether the actor may open calls (for showing the button).
pub async fn may_create_call(db: &Db, actor: &Actor) -> Result<bool, AppError> {
    Ok(can_create_call(
        actor,
        actor_organisation_kind(db, actor).await?,
    ))
}

/// Calls the actor may see: published ones, and unpublished ones they run.
pub async fn calls(db: &Db, actor: &Actor) -> Result<Vec<Call>, AppError> {
    Ok(store::calls(db)
        .await?
        .into_iter()
        .filter(|c| c.published || c.team().can_manage(actor))
        .collect())
}

/// One call, if the actor may see it (404 otherwise).
pub async fn call(db: &Db, actor: &Actor, id: i64) -> Result<Call, AppError> {
    store::call(db, id)
        .await?
        .filter(|c| c.published || c.team().can_manage(actor))
        .ok_or(AppError::NotFound)
}

/// A call the actor runs (403 for those who may only read it).
pub async fn managed_call(db: &Db, actor: &Actor, id: i64) -> Result<Call, AppError> {
    let call = call(db, actor, id).await?;
    if call.team().can_manage(actor) {
        Ok(call)
    } else {
        Err(AppError::Forbidden)
    }
}

async fn facts_for_call(
    db: &Db,
    input: &CallInput,
) -> Result<HashMap<i64, super::model::OrganisationFacts>, AppError> {
    let ids = input
        .funders
        .iter()
        .filter_map(|f| f.organisation_id)
        .chain(input.coordinator_organisation_id)
        .collect();
    store::organisation_facts(db, ids).await
}

/// Opens a new call with its rubric (the default one unless given). A
/// manager's call is coordinated by their own organisation.
pub async fn create_call(
    db: &Db,
    actor: &Actor,
    input: &CallInput,
    rubric: Option<&RubricInput>,
) -> Result<i64, AppError> {
    if !may_create_call(db, actor).await? {
        return Err(AppError::Forbidden);
    }
    let mut input = input.clone();
    if !actor.is_admin() {
        match input.coordinator_organisation_id {
            Some(id) if Some(id) != actor.organisation_id => return Err(AppError::Forbidden),
            _ => input.coordinator_organisation_id = actor.organisation_id,
        }
    }
    let facts = facts_for_call(db, &input).await?;
    let mut errors = FieldErrors::new();
    let draft = input
        .validate(&facts, &[])
        .map_err(|e| errors.merge(e))
        .ok();
    let default = default_rubric();
    let rubric = rubric
        .unwrap_or(&default)
        .validate()
        .map_err(|e| {
            for (field, message) in e.iter() {
                errors.add(format!("rubric.{field}"), message);
            }
        })
        .ok();
    let (Some(draft), Some(rubric)) = (draft, rubric) else {
        return Err(AppError::Validation(errors));
    };
    let txn = db::write(db).await?;
    let id = store::insert_call(&txn, &draft).await?;
    store::insert_rubric(&txn, id, &rubric, &actor.display_name).await?;
    txn.commit().await?;
    Ok(id)
}

/// Changes a call's settings (its coordinator's managers and admins).
/// `seen` is the version a form was filled from: changed since, the form is
/// refused rather than overwriting what someone else saved.
pub async fn update_call(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    input: &CallInput,
) -> Result<(), AppError> {
    let call = call(db, actor, id).await?;
    if !call.team().can_edit(actor) {
        return Err(AppError::Forbidden);
    }
    if crate::validation::is_outdated(seen, call.updated_at) {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let mut input = input.clone();
    if !actor.is_admin() || input.coordinator_organisation_id.is_none() {
        input.coordinator_organisation_id = Some(call.coordinator.id);
    }
    let facts = facts_for_call(db, &input).await?;
    let draft = input
        .validate(&facts, &call.questions)
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    store::update_call(&txn, id, call.updated_at, &draft).await?;
    txn.commit().await?;
    Ok(())
}

/// The call's current rubric.
pub async fn rubric(db: &Db, call: &Call) -> Result<Rubric, AppError> {
    store::current_rubric(db, call.id)
        .await?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("call #{} has no rubric", call.id)))
}

/// Saves the rubric as a new version: submitted reviews keep theirs, drafts
/// move on to it with the scores of the criteria that kept their name.
pub async fn save_rubric(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    input: &RubricInput,
) -> Result<i32, AppError> {
    let call = call(db, actor, call_id).await?;
    if !call.team().can_edit(actor) {
        return Err(AppError::Forbidden);
    }
    let draft = input.validate().map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    let version = store::insert_rubric(&txn, call.id, &draft, &actor.display_name).await?;
    let rubric = store::current_rubric(&txn, call.id)
        .await?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("call #{} has no rubric", call.id)))?;
    store::carry_drafts(&txn, call.id, &rubric).await?;
    txn.commit().await?;
    Ok(version)
}

// ---------------------------------------------------------------------------
// Applications
// ---------------------------------------------------------------------------

fn access(application: &Application, assigned: bool) -> ApplicationAccess {
    ApplicationAccess {
        lead_organisation_id: application.lead.id,
        partner_organisation_ids: application.partner_organisation_ids(),
        status: application.status,
        assigned,
    }
}

/// An application with its call and what the actor may do with it.
#[derive(Clone, Debug)]
pub struct ApplicationContext {
    pub call: Call,
    pub application: Application,
    pub access: ApplicationAccess,
}

/// One application, if the actor may see it (404 otherwise).
pub async fn application(db: &Db, actor: &Actor, id: i64) -> Result<ApplicationContext, AppError> {
    let application = store::application(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let call = store::call(db, application.call_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let assigned =
        actor.role == Role::Evaluator && store::is_assigned(db, id, actor.user_id).await?;
    let access = access(&application, assigned);
    if !access.can_view(actor, &call.team()) {
        return Err(AppError::NotFound);
    }
    Ok(ApplicationContext {
        call,
        application,
        access,
    })
}

fn check_context<'a>(
    call: &'a Call,
    funders: &'a [eligibility::FunderFacts],
    organisations: &'a HashMap<i64, super::model::OrganisationFacts>,
    now: DateTime<Utc>,
) -> CheckContext<'a> {
    CheckContext {
        rules: &call.rules,
        questions: &call.questions,
        funders,
        organisations,
        opens_at: call.opens_at,
        closes_at: call.closes_at,
        time_zone: call.time_zone,
        now,
    }
}

/// Refuses a change to an application after its call's deadline.
fn before_deadline(call: &Call, now: DateTime<Utc>) -> Result<(), AppError> {
    let funders = call.funder_facts();
    let organisations = HashMap::new();
    eligibility::submission_window(&check_context(call, &funders, &organisations, now))
        .map_err(AppError::conflict)
}

async fn validate_application(
    db: &Db,
    call: &Call,
    lead: i64,
    input: &ApplicationInput,
) -> Result<eligibility::ApplicationDraft, AppError> {
    let ids = input
        .partners
        .iter()
        .filter_map(|p| p.organisation_id)
        .collect();
    let organisations = store::organisation_facts(db, ids).await?;
    let instruments = store::known_instruments(db, input).await?;
    input
        .validate(
            lead,
            &call.funder_facts(),
            &call.questions,
            &organisations,
            &instruments,
        )
        .map_err(AppError::Validation)
}

/// Starts an application to an open call, led by the actor's organisation.
/// Without partners in the input, the lead is the consortium's first partner.
pub async fn start_application(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    input: &ApplicationInput,
) -> Result<i64, AppError> {
    let call = call(db, actor, call_id).await?;
    let (Role::Manager, Some(lead)) = (actor.role, actor.organisation_id) else {
        return Err(AppError::Forbidden);
    };
    if call.phase(Utc::now()) == CallPhase::Draft {
        return Err(AppError::NotFound);
    }
    before_deadline(&call, Utc::now())?;
    let mut input = input.clone();
    if input.partners.is_empty() {
        input.partners.push(eligibility::PartnerInput {
            organisation_id: Some(lead),
            ..Default::default()
        });
    }
    let draft = validate_application(db, &call, lead, &input).await?;
    let txn = db::write(db).await?;
    let id = store::insert_application(&txn, call.id, call.year, lead, &actor.display_name).await?;
    store::save_application(&txn, id, &draft).await?;
    txn.commit().await?;
    Ok(id)
}

/// Saves a draft. Drafts may break the call's rules; [`check`] lists them.
/// `seen` is the version the changes were made to (see
/// [`store::Application::version`]): saved by someone else since, the
/// changes are refused rather than overwriting theirs.
pub async fn save_application(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    input: &ApplicationInput,
) -> Result<(), AppError> {
    let ctx = application(db, actor, id).await?;
    if !ctx.access.can_edit(actor) {
        return Err(AppError::Forbidden);
    }
    if ctx.application.status != ApplicationStatus::Draft {
        return Err(AppError::conflict(crate::t("calls-err-only-draft-changes")));
    }
    let edited_meanwhile = || AppError::conflict(crate::t("calls-err-edited-meanwhile"));
    if crate::validation::is_outdated(seen, ctx.application.updated_at) {
        return Err(edited_meanwhile());
    }
    before_deadline(&ctx.call, Utc::now())?;
    let draft = validate_application(db, &ctx.call, ctx.application.lead.id, input).await?;
    let txn = db::write(db).await?;
    match store::lock_for_edit(&txn, id).await? {
        Some((status, _)) if status != ApplicationStatus::Draft.as_str() => {
            return Err(AppError::conflict(crate::t("calls-err-changed-meanwhile")));
        }
        Some((_, updated_at)) if updated_at != ctx.application.updated_at => {
            return Err(edited_meanwhile());
        }
        Some(_) => {}
        None => return Err(AppError::NotFound),
    }
    if !store::save_application(&txn, id, &draft).await? {
        return Err(AppError::conflict(crate::t("calls-err-changed-meanwhile")));
    }
    txn.commit().await?;
    Ok(())
}

/// Every rule of the call the application breaks now.
pub async fn check(db: &Db, ctx: &ApplicationContext) -> Result<Vec<Breach>, AppError> {
    breaches(db, &ctx.call, &ctx.application, Utc::now()).await
}

async fn breaches(
    db: &impl sea_orm::ConnectionTrait,
    call: &Call,
    application: &Application,
    now: DateTime<Utc>,
) -> Result<Vec<Breach>, AppError> {
    let organisations =
        store::organisation_facts(db, application.partner_organisation_ids()).await?;
    let funders = call.funder_facts();
    Ok(eligibility::check(
        &application.draft(),
        &check_context(call, &funders, &organisations, now),
    ))
}

/// Submits a draft: refused after the deadline (409), or while it breaks a
/// rule of the call (422, one field per broken rule).
pub async fn submit(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    let ctx = application(db, actor, id).await?;
    if !ctx.access.can_edit(actor) {
        return Err(AppError::Forbidden);
    }
    if ctx.application.status != ApplicationStatus::Draft {
        return Err(AppError::conflict(crate::t1(
            "calls-err-already",
            "status",
            ctx.application.status.as_str(),
        )));
    }
    let now = Utc::now();
    before_deadline(&ctx.call, now)?;
    let txn = db::write(db).await?;
    // The call's funders are locked, as removing a funder and deciding lock
    // them, and the rules are checked against the call and the application
    // as they stand under the locks: a funder cannot be removed between the
    // check and the submission, and once submitted, removing it is refused.
    let mut funder_ids: Vec<i64> = ctx.call.funders.iter().map(|f| f.id).collect();
    funder_ids.sort_unstable();
    for funder_id in funder_ids {
        store::lock_funder(&txn, funder_id).await?;
    }
    let call = store::call(&txn, ctx.call.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let application = store::application(&txn, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let breaches = breaches(&txn, &call, &application, now).await?;
    if !breaches.is_empty() {
        let mut errors = FieldErrors::new();
        for b in breaches {
            let message = match errors.get(b.rule) {
                Some(earlier) => format!("{earlier} {}", b.message),
                None => b.message,
            };
            errors.add(b.rule, message);
        }
        return Err(AppError::Validation(errors));
    }
    if !store::set_status(
        &txn,
        id,
        ApplicationStatus::Draft,
        ApplicationStatus::Submitted,
        now,
    )
    .await?
    {
        return Err(AppError::conflict(crate::t("calls-err-changed-meanwhile")));
    }
    txn.commit().await?;
    Ok(())
}

/// Withdraws an application that no funder has decided on yet.
pub async fn withdraw(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    let ctx = application(db, actor, id).await?;
    if !ctx.access.can_edit(actor) {
        return Err(AppError::Forbidden);
    }
    let txn = db::write(db).await?;
    let from = ctx.application.status;
    if from == ApplicationStatus::Withdrawn
        || !store::set_status(&txn, id, from, ApplicationStatus::Withdrawn, Utc::now()).await?
    {
        return Err(AppError::conflict(crate::t("calls-err-withdrawn-already")));
    }
    // Looked at under the application's lock, which a decision takes too.
    if !store::decisions(&txn, vec![id]).await?.is_empty() {
        return Err(AppError::conflict(crate::t(
            "calls-err-decided-no-withdrawal",
        )));
    }
    txn.commit().await?;
    Ok(())
}

/// The applications the actor's organisation is a partner of.
pub async fn my_applications(db: &Db, actor: &Actor) -> Result<Vec<Application>, AppError> {
    match (actor.role, actor.organisation_id) {
        (Role::Manager, Some(org)) => store::applications_of_organisation(db, org).await,
        _ => Ok(Vec::new()),
    }
}

// ---------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------

/// The accounts that can evaluate.
/// The evaluator accounts, with their e-mail addresses, for those who may
/// assign them: admins and the teams running a call (not every manager).
pub async fn evaluators(db: &Db, actor: &Actor) -> Result<Vec<Account>, AppError> {
    let runs_a_call = actor.role == Role::Manager
        && store::calls(db)
            .await?
            .iter()
            .any(|c| c.team().can_manage(actor));
    if !(actor.is_admin() || runs_a_call) {
        return Err(AppError::Forbidden);
    }
    crate::auth::store::accounts_with_role(db, Role::Evaluator).await
}

/// Assigns an evaluator to a submitted application; an evaluator from an
/// organisation of the consortium is refused (conflict of interest).
pub async fn assign(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    evaluator_user_id: i64,
) -> Result<(), AppError> {
    let ctx = application(db, actor, application_id).await?;
    if !ctx.call.team().can_manage(actor) {
        return Err(AppError::Forbidden);
    }
    if ctx.application.status != ApplicationStatus::Submitted {
        return Err(AppError::conflict_on(
            "evaluator_user_id",
            crate::t("calls-err-only-submitted-evaluated"),
        ));
    }
    let evaluator = crate::auth::store::accounts_by_ids(db, &[evaluator_user_id])
        .await?
        .pop()
        .filter(|a| a.role == Role::Evaluator)
        .ok_or_else(|| {
            AppError::Validation(FieldErrors::single(
                "evaluator_user_id",
                crate::t("calls-err-not-an-evaluator"),
            ))
        })?;
    if conflict_of_interest(
        evaluator.organisation_id,
        &ctx.application.partner_organisation_ids(),
    ) {
        let organisation = ctx
            .application
            .partners
            .iter()
            .find(|p| Some(p.organisation.id) == evaluator.organisation_id)
            .map(|p| p.organisation.name.clone())
            .unwrap_or_default();
        return Err(AppError::conflict_on(
            "evaluator_user_id",
            crate::t2(
                "calls-err-evaluator-conflict",
                "name",
                &evaluator.display_name,
                "organisation",
                organisation,
            ),
        ));
    }
    let txn = db::write(db).await?;
    store::insert_assignment(&txn, application_id, evaluator_user_id, &actor.display_name).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn unassign(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    evaluator_user_id: i64,
) -> Result<(), AppError> {
    let ctx = application(db, actor, application_id).await?;
    if !ctx.call.team().can_manage(actor) {
        return Err(AppError::Forbidden);
    }
    let txn = db::write(db).await?;
    let removed = store::delete_assignment(&txn, application_id, evaluator_user_id).await?;
    txn.commit().await?;
    if removed {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// An application's evaluators and reviews, for the call's team.
#[derive(Clone, Debug)]
pub struct Evaluation {
    pub evaluators: Vec<(Account, Option<Review>)>,
    pub rubrics: HashMap<i64, Rubric>,
}

pub async fn evaluation(
    db: &Db,
    actor: &Actor,
    ctx: &ApplicationContext,
) -> Result<Option<Evaluation>, AppError> {
    if !ctx.call.team().can_manage(actor) {
        return Ok(None);
    }
    let assignments = store::assignments(db, vec![ctx.application.id]).await?;
    let ids: Vec<i64> = assignments.iter().map(|a| a.evaluator_user_id).collect();
    let accounts = crate::auth::store::accounts_by_ids(db, &ids).await?;
    let reviews = store::reviews(db, vec![ctx.application.id]).await?;
    let evaluators = assignments
        .iter()
        .filter_map(|a| accounts.iter().find(|acc| acc.id == a.evaluator_user_id))
        .map(|acc| {
            let review = reviews
                .iter()
                .find(|r| r.evaluator_user_id == acc.id)
                .cloned();
            (acc.clone(), review)
        })
        .collect();
    Ok(Some(Evaluation {
        evaluators,
        rubrics: store::rubrics(db, ctx.call.id).await?,
    }))
}

/// What an evaluator sees of their work: each assigned application, its
/// call, and their review so far.
pub async fn assigned(
    db: &Db,
    actor: &Actor,
) -> Result<Vec<(Application, Call, Option<Review>)>, AppError> {
    if actor.role != Role::Evaluator {
        return Ok(Vec::new());
    }
    let ids = store::assigned_application_ids(db, actor.user_id).await?;
    let applications = store::applications_by_ids(db, ids.clone()).await?;
    let reviews = store::reviews(db, ids).await?;
    let calls = store::calls(db).await?;
    Ok(applications
        .into_iter()
        .filter(|a| a.status == ApplicationStatus::Submitted)
        .filter_map(|a| {
            let call = calls.iter().find(|c| c.id == a.call_id)?.clone();
            let review = reviews
                .iter()
                .find(|r| r.application_id == a.id && r.evaluator_user_id == actor.user_id)
                .cloned();
            Some((a, call, review))
        })
        .collect())
}

/// An evaluator's review form: the rubric it is (or will be) written on.
pub struct ReviewSheet {
    pub ctx: ApplicationContext,
    pub rubric: Rubric,
    pub review: Option<Review>,
    /// When the rubric changed since the draft was last saved: the criteria
    /// whose scores were carried over to it.
    pub carried_over: Option<Vec<String>>,
}

async fn reviewable(
    db: &Db,
    actor: &Actor,
    application_id: i64,
) -> Result<ApplicationContext, AppError> {
    let ctx = application(db, actor, application_id).await?;
    if !(actor.role == Role::Evaluator && ctx.access.assigned) {
        return Err(AppError::Forbidden);
    }
    if conflict_of_interest(
        actor.organisation_id,
        &ctx.application.partner_organisation_ids(),
    ) {
        return Err(AppError::conflict(crate::t("calls-err-own-conflict")));
    }
    Ok(ctx)
}

pub async fn review_sheet(
    db: &Db,
    actor: &Actor,
    application_id: i64,
) -> Result<ReviewSheet, AppError> {
    let ctx = reviewable(db, actor, application_id).await?;
    let review = store::reviews(db, vec![application_id])
        .await?
        .into_iter()
        .find(|r| r.evaluator_user_id == actor.user_id);
    // A submitted review stays on its own rubric version; a draft moves on.
    let rubric = match &review {
        Some(r) if r.status == ReviewStatus::Submitted => store::rubrics(db, ctx.call.id)
            .await?
            .remove(&r.rubric_id)
            .ok_or(AppError::NotFound)?,
        _ => rubric(db, &ctx.call).await?,
    };
    let carried_over = review
        .as_ref()
        .filter(|r| r.status == ReviewStatus::Draft && r.updated_at < rubric.created_at)
        .map(|r| {
            rubric
                .criteria
                .iter()
                .filter(|c| r.scores.get(&c.id).is_some_and(|(s, _)| s.is_some()))
                .map(|c| c.name.clone())
                .collect()
        });
    Ok(ReviewSheet {
        ctx,
        rubric,
        review,
        carried_over,
    })
}

/// A review as typed.
#[derive(Clone, Debug, Default)]
pub struct ReviewInput {
    pub scores: BTreeMap<i64, ScoreInput>,
    pub overall_comment: String,
    pub submit: bool,
    pub unreadable: FieldErrors,
}

/// Saves the evaluator's review (a draft, or submitted: then it is final).
pub async fn save_review(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    input: &ReviewInput,
) -> Result<(), AppError> {
    let sheet = review_sheet(db, actor, application_id).await?;
    if sheet
        .review
        .as_ref()
        .is_some_and(|r| r.status == ReviewStatus::Submitted)
    {
        return Err(AppError::conflict(crate::t("calls-err-review-final")));
    }
    let mut errors = input.unreadable.clone();
    let scores = scoring::validate_scores(&sheet.rubric, &input.scores, input.submit, &mut errors);
    let overall = errors
        .check(
            "overall_comment",
            crate::validation::text(&input.overall_comment, false, 5000),
        )
        .unwrap_or_default();
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = db::write(db).await?;
    store::save_review(
        &txn,
        ReviewWrite {
            application_id,
            evaluator_user_id: actor.user_id,
            rubric_id: sheet.rubric.id,
            status: if input.submit {
                ReviewStatus::Submitted
            } else {
                ReviewStatus::Draft
            },
            overall_comment: &overall,
            scores: &scores,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// One line of a call's ranking and decision board.
#[derive(Clone, Debug)]
pub struct RankedApplication {
    pub application: Application,
    pub score: Option<f64>,
    pub reviews: usize,
    pub assigned: usize,
    pub rank: Option<usize>,
    pub outcome: Outcome,
    pub decisions: Vec<Decision>,
}

/// A funder's budget in the call and what its decisions commit.
#[derive(Clone, Debug)]
pub struct FunderBudget {
    pub funder: store::Funder,
    pub requested_cents: i64,
    pub committed_cents: i64,
}

#[derive(Clone, Debug)]
pub struct Board {
    pub call: Call,
    pub ranking: Vec<RankedApplication>,
    pub budgets: Vec<FunderBudget>,
}

/// The ranking of a call's submitted applications by weighted score, with
/// every funder's decisions side by side (for the call's team).
pub async fn board(db: &Db, actor: &Actor, call_id: i64) -> Result<Board, AppError> {
    let call = managed_call(db, actor, call_id).await?;
    let applications =
        store::applications_of_call(db, call.id, Some(&[ApplicationStatus::Submitted])).await?;
    let ids: Vec<i64> = applications.iter().map(|a| a.id).collect();
    let rubrics = store::rubrics(db, call.id).await?;
    let reviews = store::reviews(db, ids.clone()).await?;
    let assignments = store::assignments(db, ids.clone()).await?;
    let decisions = store::decisions(db, ids).await?;
    let percents: Vec<(i64, Vec<f64>)> = applications
        .iter()
        .map(|a| {
            let scores = reviews
                .iter()
                .filter(|r| r.application_id == a.id && r.status == ReviewStatus::Submitted)
                .filter_map(|r| weighted_percent(rubrics.get(&r.rubric_id)?, &r.given_scores()))
                .collect();
            (a.id, scores)
        })
        .collect();
    let mut ranking = Vec::new();
    for ranked in scoring::rank(&percents) {
        let Some(application) = applications.iter().find(|a| a.id == ranked.application_id) else {
            continue;
        };
        let own: Vec<Decision> = decisions
            .iter()
            .filter(|d| d.application_id == application.id)
            .cloned()
            .collect();
        ranking.push(RankedApplication {
            outcome: application.outcome(&own),
            assigned: assignments
                .iter()
                .filter(|x| x.application_id == application.id)
                .count(),
            application: application.clone(),
            score: ranked.score,
            reviews: ranked.reviews,
            rank: ranked.rank,
            decisions: own,
        });
    }
    let budgets = call
        .funders
        .iter()
        .map(|f| FunderBudget {
            funder: f.clone(),
            requested_cents: applications
                .iter()
                .flat_map(|a| &a.partners)
                .filter(|p| p.funder_id == Some(f.id))
                .map(|p| p.requested_cents)
                .sum(),
            committed_cents: decisions
                .iter()
                .filter(|d| d.funder_id == f.id && d.outcome.is_approval())
                .map(|d| d.amount_cents)
                .sum(),
        })
        .collect();
    Ok(Board {
        call,
        ranking,
        budgets,
    })
}

/// The funders of the call the actor decides for (usually one).
pub fn deciding_funders<'a>(actor: &Actor, call: &'a Call) -> Vec<&'a store::Funder> {
    call.funders
        .iter()
        .filter(|f| can_decide_for(actor, f.organisation.id))
        .collect()
}

/// Decides on the partners of an application that one funder funds. The
/// funder's row is locked first, so two decisions cannot over-commit its
/// budget together.
pub async fn decide(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    funder_id: i64,
    inputs: &BTreeMap<i64, DecisionInput>,
) -> Result<(), AppError> {
    let ctx = application(db, actor, application_id).await?;
    let funder = ctx
        .call
        .funder(funder_id)
        .cloned()
        .ok_or(AppError::NotFound)?;
    if !can_decide_for(actor, funder.organisation.id) {
        return Err(AppError::Forbidden);
    }
    if ctx.application.status != ApplicationStatus::Submitted {
        return Err(AppError::conflict(crate::t(
            "calls-err-only-submitted-decided",
        )));
    }
    let mut errors = FieldErrors::new();
    if inputs.is_empty() {
        errors.add("decisions", crate::t("calls-err-no-decision"));
    }
    let mut drafts = Vec::new();
    for (partner_id, input) in inputs {
        let Some(partner) = ctx
            .application
            .partners
            .iter()
            .find(|p| p.id == *partner_id)
        else {
            errors.add(
                format!("decisions.{partner_id}"),
                crate::t("calls-err-not-a-partner"),
            );
            continue;
        };
        if partner.funder_id != Some(funder.id) || partner.requested_cents <= 0 {
            return Err(AppError::Forbidden);
        }
        match input.validate(partner.requested_cents, &format!("decisions.{partner_id}.")) {
            Ok(draft) => drafts.push((*partner_id, draft)),
            Err(e) => errors.merge(e),
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = db::write(db).await?;
    // The application first, then the funder, as a withdrawal or a change of
    // budget committed meanwhile must be seen.
    if !store::lock_application(&txn, application_id, ApplicationStatus::Submitted).await? {
        return Err(AppError::conflict(crate::t(
            "calls-err-only-submitted-decided",
        )));
    }
    let budget_cents = store::lock_funder(&txn, funder.id)
        .await?
        .ok_or(AppError::NotFound)?;
    // A decision made again as it stands is left alone: the form shows every
    // partner's decision, and sending it back must not decide anew.
    let standing = store::decisions(&txn, vec![application_id]).await?;
    drafts.retain(|(partner_id, draft)| {
        !standing.iter().any(|d| {
            d.partner_id == *partner_id
                && d.outcome == draft.outcome
                && d.amount_cents == draft.amount_cents
                && d.conditions == draft.conditions
        })
    });
    if drafts.is_empty() {
        return Ok(());
    }
    let partner_ids: Vec<i64> = drafts.iter().map(|(p, _)| *p).collect();
    let committed = store::committed(&txn, funder.id, &partner_ids).await?;
    let adding: i64 = drafts
        .iter()
        .filter(|(_, d)| d.outcome.is_approval())
        .map(|(_, d)| d.amount_cents)
        .sum();
    if let Err(message) = check_budget(budget_cents, committed, adding) {
        return Err(AppError::conflict(crate::t2(
            "calls-err-funder-budget",
            "name",
            &funder.organisation.name,
            "message",
            message,
        )));
    }
    let mut lines = Vec::new();
    let mut decided = Vec::new();
    for (partner_id, draft) in &drafts {
        if let Some(p) = ctx
            .application
            .partners
            .iter()
            .find(|p| p.id == *partner_id)
        {
            let amount = if draft.outcome.is_approval() {
                format!(", {}", format_eur(draft.amount_cents))
            } else {
                String::new()
            };
            lines.push(format!(
                "{}: {}{amount}",
                p.organisation.name,
                draft.outcome.label().to_lowercase()
            ));
            decided.push(
                Text::new("ntf-decision-line")
                    .arg("partner", &p.organisation.name)
                    .arg("outcome", draft.outcome.as_str())
                    .money("amount", draft.amount_cents),
            );
        }
    }
    crate::audit::record(
        &txn,
        Some(actor),
        crate::audit::Action::FundingDecision,
        &format!("application:{}", ctx.application.id),
        &format!(
            "{} on {} ({}): {}",
            funder.organisation.name,
            ctx.application.reference,
            ctx.call.title,
            lines.join("; ")
        ),
    )
    .await?;
    crate::notify::to_parties(
        &txn,
        &ctx.application.partner_organisation_ids(),
        &[],
        &Notice::new(
            Kind::FundingDecision,
            Text::new("ntf-decision-subject")
                .arg("funder", &funder.organisation.name)
                .arg("reference", &ctx.application.reference),
            Text::new("ntf-decision-body")
                .arg("funder", &funder.organisation.name)
                .arg("application", ctx.application.display_title())
                .arg("call", &ctx.call.title)
                .list("decisions", decided),
            format!("/applications/{}#decisions", ctx.application.id),
        ),
    )
    .await?;
    for (partner_id, draft) in &drafts {
        store::save_decision(
            &txn,
            application_id,
            *partner_id,
            funder.id,
            draft,
            &actor.display_name,
            Utc::now(),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// An application's funding decisions, for those who may see it.
pub async fn decisions(db: &Db, ctx: &ApplicationContext) -> Result<Vec<Decision>, AppError> {
    store::decisions(db, vec![ctx.application.id]).await
}

/// A decision letter: one funder's decisions on an application. Its
/// consortium, the call's team and the funder see it.
pub struct Letter {
    pub ctx: ApplicationContext,
    pub funder: store::Funder,
    pub decisions: Vec<(store::Partner, Decision)>,
}

pub async fn letter(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    funder_id: i64,
) -> Result<Letter, AppError> {
    let ctx = application(db, actor, application_id).await?;
    if actor.role == Role::Evaluator {
        return Err(AppError::NotFound);
    }
    let funder = ctx
        .call
        .funder(funder_id)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let all = decisions(db, &ctx).await?;
    let decisions: Vec<(store::Partner, Decision)> = ctx
        .application
        .partners
        .iter()
        .filter_map(|p| {
            all.iter()
                .find(|d| d.partner_id == p.id && d.funder_id == funder_id)
                .map(|d| (p.clone(), d.clone()))
        })
        .collect();
    if decisions.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(Letter {
        ctx,
        funder,
        decisions,
    })
}

// ---------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------

/// The call statistics by year, from every published call's records.
pub async fn statistics(db: &Db) -> Result<Vec<YearStatistics>, AppError> {
    let calls: Vec<Call> = store::calls(db)
        .await?
        .into_iter()
        .filter(|c| c.published)
        .collect();
    let mut records = Vec::new();
    for call in calls {
        let applications = store::applications_of_call(db, call.id, None).await?;
        let ids: Vec<i64> = applications.iter().map(|a| a.id).collect();
        let decisions = store::decisions(db, ids).await?;
        records.push(CallRecord {
            year: call.year,
            funders: call
                .funders
                .iter()
                .map(|f| FunderRecord {
                    organisation_id: f.organisation.id,
                    country: f.country.as_str().to_string(),
                    budget_cents: f.budget_cents,
                })
                .collect(),
            applications: applications
                .iter()
                .map(|a| {
                    let own: Vec<Decision> = decisions
                        .iter()
                        .filter(|d| d.application_id == a.id)
                        .cloned()
                        .collect();
                    ApplicationRecord {
                        status: a.status,
                        outcome: a.outcome(&own),
                        partners: a
                            .partners
                            .iter()
                            .map(|p| PartnerRecord {
                                organisation_id: p.organisation.id,
                                is_cluster: p.organisation.kind == OrganisationKind::Cluster,
                                smes_engaged: p.smes_engaged,
                            })
                            .collect(),
                    }
                })
                .collect(),
        });
    }
    Ok(statistics::by_year(&records))
}

/// How long before a call's deadline the leads of drafts are reminded.
pub const DEADLINE_REMINDER: chrono::Duration = chrono::Duration::days(7);

/// Reminds the leads of drafts to calls closing within a week (once per
/// draft); returns how many were reminded.
pub async fn remind_deadlines(db: &Db) -> Result<usize, AppError> {
    let now = Utc::now();
    let closing: Vec<Call> = store::calls(db)
        .await?
        .into_iter()
        .filter(|c| c.phase(now) == CallPhase::Open && c.closes_at - now <= DEADLINE_REMINDER)
        .collect();
    if closing.is_empty() {
        return Ok(0);
    }
    let drafts = store::drafts_to_remind(db, closing.iter().map(|c| c.id).collect()).await?;
    let mut reminded = 0;
    for draft in drafts {
        let Some(call) = closing.iter().find(|c| c.id == draft.call_id) else {
            continue;
        };
        let closes = Text::new("ntf-at-zone")
            .date_time(
                "at",
                call.closes_at.with_timezone(&call.time_zone).naive_local(),
            )
            .arg("zone", call.time_zone);
        let txn = db::write(db).await?;
        if !store::mark_reminded(&txn, draft.id).await? {
            continue;
        }
        crate::notify::to_parties(
            &txn,
            &[draft.lead.id],
            &[],
            &Notice::new(
                Kind::CallDeadline,
                Text::new("ntf-deadline-subject")
                    .arg("call", &call.title)
                    .text("closes", closes.clone()),
                Text::new("ntf-deadline-body")
                    .arg("application", draft.display_title())
                    .arg("call", &call.title)
                    .text("closes", closes),
                format!("/applications/{}", draft.id),
            ),
        )
        .await?;
        txn.commit().await?;
        reminded += 1;
    }
    Ok(reminded)
}
