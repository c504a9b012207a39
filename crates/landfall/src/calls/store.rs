//! The joint calls' queries. Every write runs in the caller's transaction.
//! A status change is a conditional update, so two requests cannot both
//! submit or withdraw one application; a funding decision first touches its
//! funder's row, which serialises every decision of that funder.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::entities::{
    application, assignment, call, criterion, decision, funder, partner, review, rubric, score,
    work_item,
};
use super::model::decisions::{DecisionDraft, DecisionOutcome, Outcome, PartnerDecision, outcome};
use super::model::eligibility::{
    ApplicationDraft, ApplicationInput, FunderFacts, PartnerDraft, PartnerInput, WorkItemDraft,
    WorkItemInput,
};
use super::model::scoring::{Criterion, Rubric, RubricDraft, carry_over};
use super::model::{
    ApplicationStatus, CallDraft, CallPhase, CallRules, CallTeam, FormQuestion, OrganisationFacts,
    ReviewStatus,
};
use crate::db;
use crate::registry::model::{CountryCode, OrganisationKind, slugify};
use crate::registry::{self, OrganisationRef};
use crate::web::AppError;

fn stored<T>(what: &str, result: Result<T, String>) -> Result<T, AppError> {
    result.map_err(|e| AppError::Internal(anyhow::anyhow!("stored {what}: {e}")))
}

fn missing(what: &str, id: i64) -> AppError {
    AppError::Internal(anyhow::anyhow!("{what} #{id} is missing"))
}

async fn organisations(
    db: &impl ConnectionTrait,
    mut ids: Vec<i64>,
) -> Result<HashMap<i64, OrganisationRef>, AppError> {
    ids.sort_unstable();
    ids.dedup();
    registry::store::organisation_refs(db, &ids).await
}

fn organisation(
    refs: &HashMap<i64, OrganisationRef>,
    id: i64,
) -> Result<OrganisationRef, AppError> {
    refs.get(&id)
        .cloned()
        .ok_or_else(|| missing("organisation", id))
}

/// What a call's rules check about organisations, for the ids given.
pub async fn organisation_facts(
    db: &impl ConnectionTrait,
    ids: Vec<i64>,
) -> Result<HashMap<i64, OrganisationFacts>, AppError> {
    Ok(organisations(db, ids)
        .await?
        .into_values()
        .map(|o| {
            (
                o.id,
                OrganisationFacts {
                    name: o.name,
                    kind: o.kind,
                    country: o.country,
                },
            )
        })
        .collect())
}

/// The toolbox instruments the work plan names that exist.
pub async fn known_instruments(
    db: &impl ConnectionTrait,
    input: &ApplicationInput,
) -> Result<BTreeSet<i64>, AppError> {
    let named: Vec<i64> = input
        .work_items
        .iter()
        .filter_map(|w| w.instrument_id)
        .collect();
    Ok(crate::toolbox::instrument_refs(db, &named)
        .await?
        .into_keys()
        .collect())
}

// ---------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------

/// A funding partner of a call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Funder {
    pub id: i64,
    pub organisation: OrganisationRef,
    pub country: CountryCode,
    pub budget_cents: i64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub year: i32,
    pub summary: String,
    pub coordinator: OrganisationRef,
    pub time_zone: Tz,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub rules: CallRules,
    pub questions: Vec<FormQuestion>,
    pub published: bool,
    pub funders: Vec<Funder>,
    pub updated_at: DateTime<Utc>,
}

impl Call {
    /// The version an edit form carries (see [`crate::validation::version_of`]).
    pub fn version(&self) -> i64 {
        crate::validation::version_of(self.updated_at)
    }

    pub fn team(&self) -> CallTeam {
        CallTeam {
            coordinator_organisation_id: self.coordinator.id,
            funder_organisation_ids: self.funders.iter().map(|f| f.organisation.id).collect(),
        }
    }

    pub fn phase(&self, now: DateTime<Utc>) -> CallPhase {
        CallPhase::of(self.published, self.opens_at, self.closes_at, now)
    }

    pub fn funder_facts(&self) -> Vec<FunderFacts> {
        self.funders
            .iter()
            .map(|f| FunderFacts {
                id: f.id,
                organisation_id: f.organisation.id,
                name: f.organisation.name.clone(),
                country: f.country.clone(),
            })
            .collect()
    }

    pub fn funder(&self, id: i64) -> Option<&Funder> {
        self.funders.iter().find(|f| f.id == id)
    }

    pub fn budget_cents(&self) -> i64 {
        self.funders.iter().map(|f| f.budget_cents).sum()
    }
}

fn kinds_from(stored_kinds: &str) -> Result<Vec<OrganisationKind>, AppError> {
    stored_kinds
        .split(',')
        .filter(|k| !k.is_empty())
        .map(|k| stored("organisation kind", OrganisationKind::parse(k)))
        .collect()
}

async fn calls_from(
    db: &impl ConnectionTrait,
    rows: Vec<call::Model>,
) -> Result<Vec<Call>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let funder_rows = funder::Entity::find()
        .filter(funder::Column::CallId.is_in(ids))
        .order_by_asc(funder::Column::Id)
        .all(db)
        .await?;
    let refs = organisations(
        db,
        rows.iter()
            .map(|r| r.coordinator_organisation_id)
            .chain(funder_rows.iter().map(|f| f.organisation_id))
            .collect(),
    )
    .await?;
    let mut funders: HashMap<i64, Vec<Funder>> = HashMap::new();
    for f in funder_rows {
        funders.entry(f.call_id).or_default().push(Funder {
            id: f.id,
            organisation: organisation(&refs, f.organisation_id)?,
            country: CountryCode::from_stored(f.country),
            budget_cents: f.budget_cents,
        });
    }
    rows.into_iter()
        .map(|row| {
            Ok(Call {
                coordinator: organisation(&refs, row.coordinator_organisation_id)?,
                time_zone: stored(
                    "time zone",
                    crate::calendar::parse_time_zone(&row.time_zone),
                )?,
                rules: CallRules {
                    min_countries: row.min_countries,
                    min_grant_cents: row.min_grant_cents,
                    max_grant_cents: row.max_grant_cents,
                    min_months: row.min_months,
                    max_months: row.max_months,
                    min_smes: row.min_smes,
                    eligible_kinds: kinds_from(&row.eligible_kinds)?,
                },
                questions: serde_json::from_str(&row.questions)
                    .map_err(|e| AppError::Internal(anyhow::anyhow!("stored questions: {e}")))?,
                funders: funders.remove(&row.id).unwrap_or_default(),
                id: row.id,
                slug: row.slug,
                title: row.title,
                year: row.year,
                summary: row.summary,
                opens_at: row.opens_at,
                closes_at: row.closes_at,
                published: row.published,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

/// Every call, the newest year first.
pub async fn calls(db: &impl ConnectionTrait) -> Result<Vec<Call>, AppError> {
    let rows = call::Entity::find()
        .order_by_desc(call::Column::Year)
        .order_by_desc(call::Column::OpensAt)
        .order_by_asc(call::Column::Id)
        .all(db)
        .await?;
    calls_from(db, rows).await
}

pub async fn call(db: &impl ConnectionTrait, id: i64) -> Result<Option<Call>, AppError> {
    let Some(row) = call::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(calls_from(db, vec![row]).await?.pop())
}

pub async fn call_id_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<i64>, AppError> {
    Ok(call::Entity::find()
        .filter(call::Column::Slug.eq(slug))
        .one(db)
        .await?
        .map(|c| c.id))
}

fn questions_json(questions: &[FormQuestion]) -> Result<String, AppError> {
    serde_json::to_string(questions).map_err(|e| AppError::Internal(e.into()))
}

fn kinds_text(kinds: &[OrganisationKind]) -> String {
    kinds
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// A free slug for a new call's title (`-2`, `-3`… when taken).
async fn free_slug(txn: &impl ConnectionTrait, title: &str) -> Result<String, AppError> {
    let base = slugify(title);
    let taken: Vec<String> = call::Entity::find()
        .filter(call::Column::Slug.starts_with(&base))
        .all(txn)
        .await?
        .into_iter()
        .map(|c| c.slug)
        .collect();
    let mut slug = base.clone();
    let mut n = 2;
    while taken.contains(&slug) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    Ok(slug)
}

pub async fn insert_call(txn: &impl ConnectionTrait, draft: &CallDraft) -> Result<i64, AppError> {
    let now = Utc::now();
    let slug = free_slug(txn, &draft.title).await?;
    let row = call::ActiveModel {
        slug: Set(slug),
        title: Set(draft.title.clone()),
        year: Set(draft.year),
        summary: Set(draft.summary.clone()),
        coordinator_organisation_id: Set(draft.coordinator_organisation_id),
        time_zone: Set(draft.time_zone.name().to_string()),
        opens_at: Set(draft.opens_at),
        closes_at: Set(draft.closes_at),
        min_countries: Set(draft.rules.min_countries),
        min_grant_cents: Set(draft.rules.min_grant_cents),
        max_grant_cents: Set(draft.rules.max_grant_cents),
        min_months: Set(draft.rules.min_months),
        max_months: Set(draft.rules.max_months),
        min_smes: Set(draft.rules.min_smes),
        eligible_kinds: Set(kinds_text(&draft.rules.eligible_kinds)),
        questions: Set(questions_json(&draft.questions)?),
        published: Set(draft.published),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    save_funders(txn, row.id, draft).await?;
    Ok(row.id)
}

/// Replaces a call's settings. Funders are matched by organisation, so the
/// partners and decisions that point at a funder keep pointing at it; a
/// funder's budget never drops below what its approvals commit (checked
/// under the funder's lock, as decisions are), and a funder that decided or
/// that a submitted application asks for money stays. Only if the call is
/// still as it was when read (`read_at`, its `updated_at` then).
pub async fn update_call(
    txn: &impl ConnectionTrait,
    id: i64,
    read_at: DateTime<Utc>,
    draft: &CallDraft,
) -> Result<(), AppError> {
    crate::db::lock_unchanged::<call::Entity>(txn, id, read_at, |r| r.updated_at).await?;
    call::Entity::update_many()
        .col_expr(call::Column::Title, Expr::value(draft.title.clone()))
        .col_expr(call::Column::Year, Expr::value(draft.year))
        .col_expr(call::Column::Summary, Expr::value(draft.summary.clone()))
        .col_expr(
            call::Column::CoordinatorOrganisationId,
            Expr::value(draft.coordinator_organisation_id),
        )
        .col_expr(call::Column::TimeZone, Expr::value(draft.time_zone.name()))
        .col_expr(call::Column::OpensAt, Expr::value(draft.opens_at))
        .col_expr(call::Column::ClosesAt, Expr::value(draft.closes_at))
        .col_expr(
            call::Column::MinCountries,
            Expr::value(draft.rules.min_countries),
        )
        .col_expr(
            call::Column::MinGrantCents,
            Expr::value(draft.rules.min_grant_cents),
        )
        .col_expr(
            call::Column::MaxGrantCents,
            Expr::value(draft.rules.max_grant_cents),
        )
        .col_expr(call::Column::MinMonths, Expr::value(draft.rules.min_months))
        .col_expr(call::Column::MaxMonths, Expr::value(draft.rules.max_months))
        .col_expr(call::Column::MinSmes, Expr::value(draft.rules.min_smes))
        .col_expr(
            call::Column::EligibleKinds,
            Expr::value(kinds_text(&draft.rules.eligible_kinds)),
        )
        .col_expr(
            call::Column::Questions,
            Expr::value(questions_json(&draft.questions)?),
        )
        .col_expr(call::Column::Published, Expr::value(draft.published))
        .col_expr(call::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(call::Column::Id.eq(id))
        .exec(txn)
        .await?;
    save_funders(txn, id, draft).await
}

async fn save_funders(
    txn: &impl ConnectionTrait,
    call_id: i64,
    draft: &CallDraft,
) -> Result<(), AppError> {
    let now = Utc::now();
    let existing = funder::Entity::find()
        .filter(funder::Column::CallId.eq(call_id))
        .all(txn)
        .await?;
    let removed: Vec<&funder::Model> = existing
        .iter()
        .filter(|old| {
            !draft
                .funders
                .iter()
                .any(|f| f.organisation_id == old.organisation_id)
        })
        .collect();
    let names = organisations(txn, removed.iter().map(|f| f.organisation_id).collect()).await?;
    for old in removed {
        let name = organisation(&names, old.organisation_id)?.name;
        lock_funder(txn, old.id).await?;
        let decided = decision::Entity::find()
            .filter(decision::Column::FunderId.eq(old.id))
            .one(txn)
            .await?;
        if decided.is_some() {
            return Err(AppError::conflict_on(
                "funders",
                crate::t1("calls-err-funder-decided", "name", &name),
            ));
        }
        let asking = submitted_asking(txn, old.id).await?;
        if !asking.is_empty() {
            return Err(AppError::conflict_on(
                "funders",
                crate::t2(
                    "calls-err-funder-asked",
                    "name",
                    &name,
                    "references",
                    asking.join(", "),
                ),
            ));
        }
        funder::Entity::delete_by_id(old.id).exec(txn).await?;
    }
    for (i, f) in draft.funders.iter().enumerate() {
        match existing
            .iter()
            .find(|old| old.organisation_id == f.organisation_id)
        {
            Some(old) => {
                // Locked like a decision does, so none slips in between.
                lock_funder(txn, old.id).await?;
                let committed = committed(txn, old.id, &[]).await?;
                if f.budget_cents < committed {
                    return Err(AppError::conflict_on(
                        &format!("funders[{i}].budget_cents"),
                        crate::ta(
                            "calls-err-budget-below-committed",
                            &[
                                ("committed", crate::i18n::money(committed).into()),
                                ("budget", crate::i18n::money(f.budget_cents).into()),
                            ],
                        ),
                    ));
                }
                funder::Entity::update_many()
                    .col_expr(funder::Column::Country, Expr::value(f.country.as_str()))
                    .col_expr(funder::Column::BudgetCents, Expr::value(f.budget_cents))
                    .col_expr(funder::Column::UpdatedAt, Expr::value(now))
                    .filter(funder::Column::Id.eq(old.id))
                    .exec(txn)
                    .await?;
            }
            None => {
                funder::ActiveModel {
                    call_id: Set(call_id),
                    organisation_id: Set(f.organisation_id),
                    country: Set(f.country.as_str().to_string()),
                    budget_cents: Set(f.budget_cents),
                    updated_at: Set(now),
                    ..Default::default()
                }
                .insert(txn)
                .await?;
            }
        }
    }
    Ok(())
}

/// The references of the submitted applications that ask a funder for money.
async fn submitted_asking(
    txn: &impl ConnectionTrait,
    funder_id: i64,
) -> Result<Vec<String>, AppError> {
    let ids: Vec<i64> = partner::Entity::find()
        .filter(partner::Column::FunderId.eq(funder_id))
        .filter(partner::Column::RequestedCents.gt(0))
        .all(txn)
        .await?
        .into_iter()
        .map(|p| p.application_id)
        .collect();
    Ok(application::Entity::find()
        .filter(application::Column::Id.is_in(ids))
        .filter(application::Column::Status.eq(ApplicationStatus::Submitted.as_str()))
        .order_by_asc(application::Column::Reference)
        .all(txn)
        .await?
        .into_iter()
        .map(|a| a.reference)
        .collect())
}

/// What the funder's approved decisions in its call commit, apart from some
/// partners' (the decisions being replaced). Call [`lock_funder`] first.
pub async fn committed(
    txn: &impl ConnectionTrait,
    funder_id: i64,
    except_partner_ids: &[i64],
) -> Result<i64, AppError> {
    Ok(decision::Entity::find()
        .filter(decision::Column::FunderId.eq(funder_id))
        .filter(decision::Column::Outcome.ne(DecisionOutcome::Rejected.as_str()))
        .filter(decision::Column::PartnerId.is_not_in(except_partner_ids.iter().copied()))
        .all(txn)
        .await?
        .iter()
        .map(|d| d.amount_cents)
        .sum())
}

/// Takes the funder's row lock for the rest of the transaction (PostgreSQL
/// row lock; SQLite has one writer anyway), so budget checks and the
/// decisions they allow cannot interleave, and returns the funder's budget as
/// it stands under the lock (a change committed while waiting for it counts;
/// none if the funder was removed meanwhile).
pub async fn lock_funder(
    txn: &impl ConnectionTrait,
    funder_id: i64,
) -> Result<Option<i64>, AppError> {
    funder::Entity::update_many()
        .col_expr(funder::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(funder::Column::Id.eq(funder_id))
        .exec(txn)
        .await?;
    Ok(funder::Entity::find_by_id(funder_id)
        .one(txn)
        .await?
        .map(|f| f.budget_cents))
}

/// Takes the application's row lock for the rest of the transaction if it
/// still has the given status; false if it has moved on. A decision and a
/// withdrawal both take it, so one of them waits for the other and sees what
/// it did.
pub async fn lock_application(
    txn: &impl ConnectionTrait,
    id: i64,
    status: ApplicationStatus,
) -> Result<bool, AppError> {
    let result = application::Entity::update_many()
        .col_expr(application::Column::Status, Expr::value(status.as_str()))
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::Status.eq(status.as_str()))
        .exec(txn)
        .await?;
    Ok(result.rows_affected == 1)
}

// ---------------------------------------------------------------------------
// Rubrics
// ---------------------------------------------------------------------------

async fn rubrics_from(
    db: &impl ConnectionTrait,
    rows: Vec<rubric::Model>,
) -> Result<Vec<Rubric>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut criteria: HashMap<i64, Vec<Criterion>> = HashMap::new();
    for c in criterion::Entity::find()
        .filter(criterion::Column::RubricId.is_in(ids))
        .order_by_asc(criterion::Column::Position)
        .all(db)
        .await?
    {
        criteria.entry(c.rubric_id).or_default().push(Criterion {
            id: c.id,
            name: c.name,
            description: c.description,
            weight: c.weight,
        });
    }
    Ok(rows
        .into_iter()
        .map(|r| Rubric {
            criteria: criteria.remove(&r.id).unwrap_or_default(),
            id: r.id,
            version: r.version,
            scale_min: r.scale_min,
            scale_max: r.scale_max,
            created_at: r.created_at,
        })
        .collect())
}

/// The call's current rubric (its latest version).
pub async fn current_rubric(
    db: &impl ConnectionTrait,
    call_id: i64,
) -> Result<Option<Rubric>, AppError> {
    let rows = rubric::Entity::find()
        .filter(rubric::Column::CallId.eq(call_id))
        .order_by_desc(rubric::Column::Version)
        .one(db)
        .await?
        .into_iter()
        .collect();
    Ok(rubrics_from(db, rows).await?.pop())
}

/// Every rubric version of a call, by id (reviews keep the one they were written on).
pub async fn rubrics(
    db: &impl ConnectionTrait,
    call_id: i64,
) -> Result<HashMap<i64, Rubric>, AppError> {
    let rows = rubric::Entity::find()
        .filter(rubric::Column::CallId.eq(call_id))
        .all(db)
        .await?;
    Ok(rubrics_from(db, rows)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect())
}

/// Saves a new rubric version; returns its version number.
pub async fn insert_rubric(
    txn: &impl ConnectionTrait,
    call_id: i64,
    draft: &RubricDraft,
    created_by: &str,
) -> Result<i32, AppError> {
    let latest = rubric::Entity::find()
        .filter(rubric::Column::CallId.eq(call_id))
        .order_by_desc(rubric::Column::Version)
        .one(txn)
        .await?
        .map_or(0, |r| r.version);
    let version = latest + 1;
    let inserted = rubric::ActiveModel {
        call_id: Set(call_id),
        version: Set(version),
        scale_min: Set(draft.scale_min),
        scale_max: Set(draft.scale_max),
        created_by_name: Set(created_by.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await;
    let row = match inserted {
        Ok(row) => row,
        Err(e) if db::is_unique_violation(&e) => {
            return Err(AppError::conflict_on(
                "criteria",
                "someone else saved the rubric at the same moment; reload and try again",
            ));
        }
        Err(e) => return Err(e.into()),
    };
    for (position, c) in draft.criteria.iter().enumerate() {
        criterion::ActiveModel {
            rubric_id: Set(row.id),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            name: Set(c.name.clone()),
            description: Set(c.description.clone()),
            weight: Set(c.weight),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(version)
}

// ---------------------------------------------------------------------------
// Applications
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Partner {
    pub id: i64,
    pub organisation: OrganisationRef,
    pub funder_id: Option<i64>,
    pub requested_cents: i64,
    pub smes_engaged: i32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkItem {
    pub instrument_id: Option<i64>,
    pub title: String,
    pub partner_organisation_id: i64,
    pub start_month: i32,
    pub end_month: i32,
    pub cost_cents: i64,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Application {
    pub id: i64,
    pub call_id: i64,
    pub reference: String,
    pub lead: OrganisationRef,
    pub status: ApplicationStatus,
    pub title: String,
    pub acronym: String,
    pub summary: String,
    pub objectives: String,
    pub duration_months: Option<i32>,
    pub answers: BTreeMap<String, String>,
    pub created_by_name: String,
    pub submitted_at: Option<DateTime<Utc>>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    pub partners: Vec<Partner>,
    pub work_items: Vec<WorkItem>,
}

impl Application {
    /// Which state of the application an editor saw: a form sends it back
    /// so that what a partner saved meanwhile is not overwritten unseen.
    pub fn version(&self) -> i64 {
        crate::validation::version_of(self.updated_at)
    }

    /// The application as the rules check it.
    pub fn draft(&self) -> ApplicationDraft {
        ApplicationDraft {
            title: self.title.clone(),
            acronym: self.acronym.clone(),
            summary: self.summary.clone(),
            objectives: self.objectives.clone(),
            duration_months: self.duration_months,
            partners: self
                .partners
                .iter()
                .map(|p| PartnerDraft {
                    organisation_id: p.organisation.id,
                    funder_id: p.funder_id,
                    requested_cents: p.requested_cents,
                    smes_engaged: p.smes_engaged,
                })
                .collect(),
            work_items: self
                .work_items
                .iter()
                .map(|w| WorkItemDraft {
                    instrument_id: w.instrument_id,
                    title: w.title.clone(),
                    partner_organisation_id: w.partner_organisation_id,
                    start_month: w.start_month,
                    end_month: w.end_month,
                    cost_cents: w.cost_cents,
                    description: w.description.clone(),
                })
                .collect(),
            answers: self.answers.clone(),
        }
    }

    /// The application as input, the starting point of an edit. Answers to
    /// questions the call no longer asks are left behind.
    pub fn input(&self, questions: &[FormQuestion]) -> ApplicationInput {
        ApplicationInput {
            title: self.title.clone(),
            acronym: self.acronym.clone(),
            summary: self.summary.clone(),
            objectives: self.objectives.clone(),
            duration_months: self.duration_months.map(i64::from),
            partners: self
                .partners
                .iter()
                .map(|p| PartnerInput {
                    organisation_id: Some(p.organisation.id),
                    funder_id: p.funder_id,
                    requested_cents: Some(p.requested_cents),
                    smes_engaged: Some(i64::from(p.smes_engaged)),
                })
                .collect(),
            work_items: self
                .work_items
                .iter()
                .map(|w| WorkItemInput {
                    instrument_id: w.instrument_id,
                    title: w.title.clone(),
                    partner_organisation_id: Some(w.partner_organisation_id),
                    start_month: Some(i64::from(w.start_month)),
                    end_month: Some(i64::from(w.end_month)),
                    cost_cents: Some(w.cost_cents),
                    description: w.description.clone(),
                })
                .collect(),
            answers: self
                .answers
                .iter()
                .filter(|(key, _)| questions.iter().any(|q| &q.key == *key))
                .map(|(key, answer)| (key.clone(), answer.clone()))
                .collect(),
            unreadable: Default::default(),
        }
    }

    pub fn partner_organisation_ids(&self) -> Vec<i64> {
        self.partners.iter().map(|p| p.organisation.id).collect()
    }

    pub fn requested_cents(&self) -> i64 {
        self.partners.iter().map(|p| p.requested_cents).sum()
    }

    pub fn smes_engaged(&self) -> i64 {
        self.partners
            .iter()
            .map(|p| i64::from(p.smes_engaged))
            .sum()
    }

    pub fn display_title(&self) -> String {
        match (self.acronym.is_empty(), self.title.is_empty()) {
            (_, true) => format!("Application {}", self.reference),
            (true, false) => self.title.clone(),
            (false, false) => format!("{} – {}", self.acronym, self.title),
        }
    }

    /// The outcome its funders' decisions make.
    pub fn outcome(&self, decisions: &[Decision]) -> Outcome {
        let partners: Vec<PartnerDecision> = self
            .partners
            .iter()
            .map(|p| PartnerDecision {
                funded: p.funder_id.is_some() && p.requested_cents > 0,
                decision: decisions
                    .iter()
                    .find(|d| d.partner_id == p.id)
                    .map(|d| d.outcome),
            })
            .collect();
        outcome(&partners)
    }
}

async fn applications_from(
    db: &impl ConnectionTrait,
    rows: Vec<application::Model>,
) -> Result<Vec<Application>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let partner_rows = partner::Entity::find()
        .filter(partner::Column::ApplicationId.is_in(ids.clone()))
        .order_by_asc(partner::Column::Position)
        .all(db)
        .await?;
    let item_rows = work_item::Entity::find()
        .filter(work_item::Column::ApplicationId.is_in(ids))
        .order_by_asc(work_item::Column::Position)
        .all(db)
        .await?;
    let refs = organisations(
        db,
        rows.iter()
            .map(|r| r.lead_organisation_id)
            .chain(partner_rows.iter().map(|p| p.organisation_id))
            .collect(),
    )
    .await?;
    let mut partners: HashMap<i64, Vec<Partner>> = HashMap::new();
    for p in partner_rows {
        partners.entry(p.application_id).or_default().push(Partner {
            id: p.id,
            organisation: organisation(&refs, p.organisation_id)?,
            funder_id: p.funder_id,
            requested_cents: p.requested_cents,
            smes_engaged: p.smes_engaged,
        });
    }
    let mut items: HashMap<i64, Vec<WorkItem>> = HashMap::new();
    for w in item_rows {
        items.entry(w.application_id).or_default().push(WorkItem {
            instrument_id: w.instrument_id,
            title: w.title,
            partner_organisation_id: w.partner_organisation_id,
            start_month: w.start_month,
            end_month: w.end_month,
            cost_cents: w.cost_cents,
            description: w.description,
        });
    }
    rows.into_iter()
        .map(|row| {
            Ok(Application {
                lead: organisation(&refs, row.lead_organisation_id)?,
                status: stored("application status", ApplicationStatus::parse(&row.status))?,
                answers: serde_json::from_str(&row.answers)
                    .map_err(|e| AppError::Internal(anyhow::anyhow!("stored answers: {e}")))?,
                partners: partners.remove(&row.id).unwrap_or_default(),
                work_items: items.remove(&row.id).unwrap_or_default(),
                id: row.id,
                call_id: row.call_id,
                reference: row.reference,
                title: row.title,
                acronym: row.acronym,
                summary: row.summary,
                objectives: row.objectives,
                duration_months: row.duration_months,
                created_by_name: row.created_by_name,
                submitted_at: row.submitted_at,
                withdrawn_at: row.withdrawn_at,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

pub async fn application(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<Application>, AppError> {
    let Some(row) = application::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(applications_from(db, vec![row]).await?.pop())
}

/// Applications of a call, optionally only those in some statuses, by reference.
pub async fn applications_of_call(
    db: &impl ConnectionTrait,
    call_id: i64,
    statuses: Option<&[ApplicationStatus]>,
) -> Result<Vec<Application>, AppError> {
    let mut query = application::Entity::find().filter(application::Column::CallId.eq(call_id));
    if let Some(statuses) = statuses {
        query =
            query.filter(application::Column::Status.is_in(statuses.iter().map(|s| s.as_str())));
    }
    let rows = query.order_by_asc(application::Column::Id).all(db).await?;
    applications_from(db, rows).await
}

/// Applications with some organisation in the consortium, the newest first.
pub async fn applications_of_organisation(
    db: &impl ConnectionTrait,
    organisation_id: i64,
) -> Result<Vec<Application>, AppError> {
    let ids: Vec<i64> = partner::Entity::find()
        .filter(partner::Column::OrganisationId.eq(organisation_id))
        .all(db)
        .await?
        .into_iter()
        .map(|p| p.application_id)
        .collect();
    applications_by_ids(db, ids).await
}

pub async fn applications_by_ids(
    db: &impl ConnectionTrait,
    ids: Vec<i64>,
) -> Result<Vec<Application>, AppError> {
    let rows = application::Entity::find()
        .filter(application::Column::Id.is_in(ids))
        .order_by_desc(application::Column::Id)
        .all(db)
        .await?;
    applications_from(db, rows).await
}

/// Starts an application (a draft with its lead as the only partner).
pub async fn insert_application(
    txn: &impl ConnectionTrait,
    call_id: i64,
    year: i32,
    lead_organisation_id: i64,
    created_by: &str,
) -> Result<i64, AppError> {
    let now = Utc::now();
    // The reference needs the id; a placeholder holds the unique key meanwhile.
    let placeholder = format!("new-{}", crate::auth::model::new_secret());
    let row = application::ActiveModel {
        call_id: Set(call_id),
        reference: Set(placeholder),
        lead_organisation_id: Set(lead_organisation_id),
        status: Set(ApplicationStatus::Draft.as_str().to_string()),
        title: Set(String::new()),
        acronym: Set(String::new()),
        summary: Set(String::new()),
        objectives: Set(String::new()),
        duration_months: Set(None),
        answers: Set("{}".into()),
        created_by_name: Set(created_by.to_string()),
        submitted_at: Set(None),
        withdrawn_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    application::Entity::update_many()
        .col_expr(
            application::Column::Reference,
            Expr::value(format!("{year}-{:04}", row.id)),
        )
        .filter(application::Column::Id.eq(row.id))
        .exec(txn)
        .await?;
    partner::ActiveModel {
        application_id: Set(row.id),
        organisation_id: Set(lead_organisation_id),
        position: Set(0),
        funder_id: Set(None),
        requested_cents: Set(0),
        smes_engaged: Set(0),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

/// An application's status and last change, read under a lock for a write
/// that depends on them.
pub async fn lock_for_edit(
    txn: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<(String, DateTime<Utc>)>, AppError> {
    Ok(application::Entity::find_by_id(id)
        .lock_exclusive()
        .one(txn)
        .await?
        .map(|row| (row.status, row.updated_at)))
}

/// Replaces a draft's content, partners and work plan. Only drafts: the
/// update is conditional on the status, and `false` says it was not a draft.
pub async fn save_application(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &ApplicationDraft,
) -> Result<bool, AppError> {
    let answers =
        serde_json::to_string(&draft.answers).map_err(|e| AppError::Internal(e.into()))?;
    let updated = application::Entity::update_many()
        .col_expr(application::Column::Title, Expr::value(draft.title.clone()))
        .col_expr(
            application::Column::Acronym,
            Expr::value(draft.acronym.clone()),
        )
        .col_expr(
            application::Column::Summary,
            Expr::value(draft.summary.clone()),
        )
        .col_expr(
            application::Column::Objectives,
            Expr::value(draft.objectives.clone()),
        )
        .col_expr(
            application::Column::DurationMonths,
            Expr::value(draft.duration_months),
        )
        .col_expr(application::Column::Answers, Expr::value(answers))
        .col_expr(application::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::Status.eq(ApplicationStatus::Draft.as_str()))
        .exec(txn)
        .await?;
    if updated.rows_affected != 1 {
        return Ok(false);
    }
    partner::Entity::delete_many()
        .filter(partner::Column::ApplicationId.eq(id))
        .exec(txn)
        .await?;
    work_item::Entity::delete_many()
        .filter(work_item::Column::ApplicationId.eq(id))
        .exec(txn)
        .await?;
    for (position, p) in draft.partners.iter().enumerate() {
        partner::ActiveModel {
            application_id: Set(id),
            organisation_id: Set(p.organisation_id),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            funder_id: Set(p.funder_id),
            requested_cents: Set(p.requested_cents),
            smes_engaged: Set(p.smes_engaged),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    for (position, w) in draft.work_items.iter().enumerate() {
        work_item::ActiveModel {
            application_id: Set(id),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            instrument_id: Set(w.instrument_id),
            title: Set(w.title.clone()),
            partner_organisation_id: Set(w.partner_organisation_id),
            start_month: Set(w.start_month),
            end_month: Set(w.end_month),
            cost_cents: Set(w.cost_cents),
            description: Set(w.description.clone()),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(true)
}

/// How many work plan items of applications (of any status) use an instrument.
pub async fn work_items_using(
    txn: &impl ConnectionTrait,
    instrument_id: i64,
) -> Result<u64, AppError> {
    Ok(work_item::Entity::find()
        .filter(work_item::Column::InstrumentId.eq(instrument_id))
        .count(txn)
        .await?)
}

/// Moves an application from one status to another; `false` when it was
/// not in `from` any more (someone else acted first).
pub async fn set_status(
    txn: &impl ConnectionTrait,
    id: i64,
    from: ApplicationStatus,
    to: ApplicationStatus,
    at: DateTime<Utc>,
) -> Result<bool, AppError> {
    let mut update = application::Entity::update_many()
        .col_expr(application::Column::Status, Expr::value(to.as_str()))
        .col_expr(application::Column::UpdatedAt, Expr::value(at));
    update = match to {
        ApplicationStatus::Submitted => {
            update.col_expr(application::Column::SubmittedAt, Expr::value(Some(at)))
        }
        ApplicationStatus::Withdrawn => {
            update.col_expr(application::Column::WithdrawnAt, Expr::value(Some(at)))
        }
        ApplicationStatus::Draft => update,
    };
    let result = update
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::Status.eq(from.as_str()))
        .exec(txn)
        .await?;
    Ok(result.rows_affected == 1)
}

// ---------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub application_id: i64,
    pub evaluator_user_id: i64,
    pub assigned_by_name: String,
    pub assigned_at: DateTime<Utc>,
}

pub async fn assignments(
    db: &impl ConnectionTrait,
    application_ids: Vec<i64>,
) -> Result<Vec<Assignment>, AppError> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.is_in(application_ids))
        .order_by_asc(assignment::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|a| Assignment {
            application_id: a.application_id,
            evaluator_user_id: a.evaluator_user_id,
            assigned_by_name: a.assigned_by_name,
            assigned_at: a.assigned_at,
        })
        .collect())
}

/// The applications an evaluator is assigned to.
pub async fn assigned_application_ids(
    db: &impl ConnectionTrait,
    user_id: i64,
) -> Result<Vec<i64>, AppError> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::EvaluatorUserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|a| a.application_id)
        .collect())
}

pub async fn is_assigned(
    db: &impl ConnectionTrait,
    application_id: i64,
    user_id: i64,
) -> Result<bool, AppError> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(application_id))
        .filter(assignment::Column::EvaluatorUserId.eq(user_id))
        .one(db)
        .await?
        .is_some())
}

pub async fn insert_assignment(
    txn: &impl ConnectionTrait,
    application_id: i64,
    user_id: i64,
    assigned_by: &str,
) -> Result<(), AppError> {
    let inserted = assignment::ActiveModel {
        application_id: Set(application_id),
        evaluator_user_id: Set(user_id),
        assigned_by_name: Set(assigned_by.to_string()),
        assigned_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await;
    match inserted {
        Ok(_) => Ok(()),
        Err(e) if db::is_unique_violation(&e) => Err(AppError::conflict_on(
            "evaluator_user_id",
            "this evaluator is already assigned to the application",
        )),
        Err(e) => Err(e.into()),
    }
}

/// Removes an assignment and the evaluator's review of the application.
pub async fn delete_assignment(
    txn: &impl ConnectionTrait,
    application_id: i64,
    user_id: i64,
) -> Result<bool, AppError> {
    // A draft review goes with the assignment; a submitted one counts in the
    // ranking and stays, and so does the assignment (checked after the
    // delete, which waits for a submission under way).
    review::Entity::delete_many()
        .filter(review::Column::ApplicationId.eq(application_id))
        .filter(review::Column::EvaluatorUserId.eq(user_id))
        .filter(review::Column::Status.eq(ReviewStatus::Draft.as_str()))
        .exec(txn)
        .await?;
    let submitted = review::Entity::find()
        .filter(review::Column::ApplicationId.eq(application_id))
        .filter(review::Column::EvaluatorUserId.eq(user_id))
        .one(txn)
        .await?;
    if submitted.is_some() {
        return Err(AppError::conflict(crate::t(
            "calls-err-review-submitted-stays",
        )));
    }
    let deleted = assignment::Entity::delete_many()
        .filter(assignment::Column::ApplicationId.eq(application_id))
        .filter(assignment::Column::EvaluatorUserId.eq(user_id))
        .exec(txn)
        .await?;
    Ok(deleted.rows_affected == 1)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    pub id: i64,
    pub application_id: i64,
    pub evaluator_user_id: i64,
    pub rubric_id: i64,
    pub status: ReviewStatus,
    pub overall_comment: String,
    pub submitted_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    /// Score and comment by criterion id.
    pub scores: BTreeMap<i64, (Option<i32>, String)>,
}

impl Review {
    pub fn given_scores(&self) -> BTreeMap<i64, i32> {
        self.scores
            .iter()
            .filter_map(|(id, (score, _))| score.map(|s| (*id, s)))
            .collect()
    }
}

/// Reviews of some applications (all evaluators, all statuses).
pub async fn reviews(
    db: &impl ConnectionTrait,
    application_ids: Vec<i64>,
) -> Result<Vec<Review>, AppError> {
    let rows = review::Entity::find()
        .filter(review::Column::ApplicationId.is_in(application_ids))
        .order_by_asc(review::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut scores: HashMap<i64, BTreeMap<i64, (Option<i32>, String)>> = HashMap::new();
    for s in score::Entity::find()
        .filter(score::Column::ReviewId.is_in(ids))
        .all(db)
        .await?
    {
        scores
            .entry(s.review_id)
            .or_default()
            .insert(s.criterion_id, (s.score, s.comment));
    }
    rows.into_iter()
        .map(|r| {
            Ok(Review {
                status: stored("review status", ReviewStatus::parse(&r.status))?,
                scores: scores.remove(&r.id).unwrap_or_default(),
                id: r.id,
                application_id: r.application_id,
                evaluator_user_id: r.evaluator_user_id,
                rubric_id: r.rubric_id,
                overall_comment: r.overall_comment,
                submitted_at: r.submitted_at,
                updated_at: r.updated_at,
            })
        })
        .collect()
}

/// A review as saved by its evaluator.
pub struct ReviewWrite<'a> {
    pub application_id: i64,
    pub evaluator_user_id: i64,
    pub rubric_id: i64,
    pub status: ReviewStatus,
    pub overall_comment: &'a str,
    pub scores: &'a BTreeMap<i64, (Option<i32>, String)>,
}

/// Creates or replaces the evaluator's review of an application.
pub async fn save_review(
    txn: &impl ConnectionTrait,
    write: ReviewWrite<'_>,
) -> Result<(), AppError> {
    let now = Utc::now();
    let existing = review::Entity::find()
        .filter(review::Column::ApplicationId.eq(write.application_id))
        .filter(review::Column::EvaluatorUserId.eq(write.evaluator_user_id))
        .one(txn)
        .await?;
    let submitted_at = (write.status == ReviewStatus::Submitted).then_some(now);
    let review_id = match existing {
        Some(row) => {
            review::Entity::update_many()
                .col_expr(review::Column::RubricId, Expr::value(write.rubric_id))
                .col_expr(review::Column::Status, Expr::value(write.status.as_str()))
                .col_expr(
                    review::Column::OverallComment,
                    Expr::value(write.overall_comment),
                )
                .col_expr(review::Column::SubmittedAt, Expr::value(submitted_at))
                .col_expr(review::Column::UpdatedAt, Expr::value(now))
                .filter(review::Column::Id.eq(row.id))
                .exec(txn)
                .await?;
            score::Entity::delete_many()
                .filter(score::Column::ReviewId.eq(row.id))
                .exec(txn)
                .await?;
            row.id
        }
        None => {
            let inserted = review::ActiveModel {
                application_id: Set(write.application_id),
                evaluator_user_id: Set(write.evaluator_user_id),
                rubric_id: Set(write.rubric_id),
                status: Set(write.status.as_str().to_string()),
                overall_comment: Set(write.overall_comment.to_string()),
                submitted_at: Set(submitted_at),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(txn)
            .await;
            match inserted {
                Ok(row) => row.id,
                Err(e) if db::is_unique_violation(&e) => {
                    return Err(AppError::conflict_on(
                        "form",
                        "the review was saved from another window at the same moment; reload it",
                    ));
                }
                Err(e) => return Err(e.into()),
            }
        }
    };
    insert_scores(txn, review_id, write.scores).await
}

async fn insert_scores(
    txn: &impl ConnectionTrait,
    review_id: i64,
    scores: &BTreeMap<i64, (Option<i32>, String)>,
) -> Result<(), AppError> {
    for (criterion_id, (score_value, comment)) in scores {
        score::ActiveModel {
            review_id: Set(review_id),
            criterion_id: Set(*criterion_id),
            score: Set(*score_value),
            comment: Set(comment.clone()),
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// Moves a call's draft reviews onto its new rubric version with the scores
/// that carry over ([`carry_over`]). Their `updated_at` stays, which tells
/// the evaluator that the rubric changed since they last saved.
pub async fn carry_drafts(
    txn: &impl ConnectionTrait,
    call_id: i64,
    rubric: &Rubric,
) -> Result<(), AppError> {
    let application_ids: Vec<i64> = application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let drafts: Vec<Review> = reviews(txn, application_ids)
        .await?
        .into_iter()
        .filter(|r| r.status == ReviewStatus::Draft && r.rubric_id != rubric.id)
        .collect();
    if drafts.is_empty() {
        return Ok(());
    }
    let versions = rubrics(txn, call_id).await?;
    for draft in drafts {
        let old = versions
            .get(&draft.rubric_id)
            .ok_or_else(|| missing("rubric", draft.rubric_id))?;
        review::Entity::update_many()
            .col_expr(review::Column::RubricId, Expr::value(rubric.id))
            .filter(review::Column::Id.eq(draft.id))
            .exec(txn)
            .await?;
        score::Entity::delete_many()
            .filter(score::Column::ReviewId.eq(draft.id))
            .exec(txn)
            .await?;
        insert_scores(txn, draft.id, &carry_over(old, rubric, &draft.scores)).await?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub application_id: i64,
    pub partner_id: i64,
    pub funder_id: i64,
    pub outcome: DecisionOutcome,
    pub amount_cents: i64,
    pub conditions: String,
    pub decided_by_name: String,
    pub decided_at: DateTime<Utc>,
}

pub async fn decisions(
    db: &impl ConnectionTrait,
    application_ids: Vec<i64>,
) -> Result<Vec<Decision>, AppError> {
    decision::Entity::find()
        .filter(decision::Column::ApplicationId.is_in(application_ids))
        .order_by_asc(decision::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|d| {
            Ok(Decision {
                outcome: stored("decision", DecisionOutcome::parse(&d.outcome))?,
                application_id: d.application_id,
                partner_id: d.partner_id,
                funder_id: d.funder_id,
                amount_cents: d.amount_cents,
                conditions: d.conditions,
                decided_by_name: d.decided_by_name,
                decided_at: d.decided_at,
            })
        })
        .collect()
}

/// Records (or replaces) a funder's decision on one partner.
pub async fn save_decision(
    txn: &impl ConnectionTrait,
    application_id: i64,
    partner_id: i64,
    funder_id: i64,
    draft: &DecisionDraft,
    decided_by: &str,
    decided_at: DateTime<Utc>,
) -> Result<(), AppError> {
    decision::Entity::delete_many()
        .filter(decision::Column::PartnerId.eq(partner_id))
        .exec(txn)
        .await?;
    decision::ActiveModel {
        application_id: Set(application_id),
        partner_id: Set(partner_id),
        funder_id: Set(funder_id),
        outcome: Set(draft.outcome.as_str().to_string()),
        amount_cents: Set(draft.amount_cents),
        conditions: Set(draft.conditions.clone()),
        decided_by_name: Set(decided_by.to_string()),
        decided_at: Set(decided_at),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Drafts of some calls whose lead has not been reminded of the deadline.
pub async fn drafts_to_remind(
    db: &impl ConnectionTrait,
    call_ids: Vec<i64>,
) -> Result<Vec<Application>, AppError> {
    let rows = application::Entity::find()
        .filter(application::Column::CallId.is_in(call_ids))
        .filter(application::Column::Status.eq(ApplicationStatus::Draft.as_str()))
        .filter(application::Column::DeadlineRemindedAt.is_null())
        .all(db)
        .await?;
    applications_from(db, rows).await
}

/// Marks a draft's lead as reminded; `false` when another instance did it first.
pub async fn mark_reminded(txn: &impl ConnectionTrait, id: i64) -> Result<bool, AppError> {
    let result = application::Entity::update_many()
        .col_expr(
            application::Column::DeadlineRemindedAt,
            Expr::value(Some(Utc::now())),
        )
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::DeadlineRemindedAt.is_null())
        .exec(txn)
        .await?;
    Ok(result.rows_affected == 1)
}
