//! Internationalisation plans: internal to their organisation (its managers
//! and the admins; anyone else gets "not found"). A plan's outcome KPIs are
//! monitoring indicators, created, changed and removed in the same
//! transaction as the KPI, and their values are monitoring's.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::auth::Actor;
use crate::db::{self, Db};
use crate::monitoring::model::access::Audience;
use crate::monitoring::model::indicators::{Measure, Unit};
use crate::monitoring::operations::kpis::{self as monitoring, Scope};
use crate::monitoring::store::indicators as indicator_store;
use crate::registry::OrganisationRef;
use crate::softlanding::store::programmes as programme_store;
use crate::toolbox::model::budget::{Budget, CostInput, roll_up};
use crate::toolbox::model::plans::{
    self as rules, InstrumentDefaults, KpiTargetInput, PlanDraft, PlanInput, PlanItemInput,
    PlanKpiInput, indicator_for, items_outside,
};
use crate::toolbox::store::instruments as instrument_store;
use crate::toolbox::store::plans::{self as store, Plan, PlanItem, PlanKpi};
use crate::validation::FieldErrors;
use crate::web::AppError;

/// A plan with its items, KPIs and budget.
#[derive(Clone, Debug)]
pub struct PlanDetail {
    pub plan: Plan,
    /// The soft-landing programme the plan belongs to: id and name.
    pub programme: Option<(i64, String)>,
    pub items: Vec<PlanItem>,
    pub kpis: Vec<PlanKpi>,
    pub budget: Budget,
}

/// A plan's KPI with the value monitoring computes for it now.
#[derive(Clone, Debug)]
pub struct KpiStatus {
    pub kpi: PlanKpi,
    pub unit: Unit,
    /// `None` when the indicator was removed in monitoring.
    pub measure: Option<Measure>,
    pub progress: Option<u32>,
    /// Where monitoring shows the indicator.
    pub link: Option<String>,
}

async fn programme_names(db: &Db, plans: &[Plan]) -> Result<HashMap<i64, String>, AppError> {
    let mut names = HashMap::new();
    for id in plans.iter().filter_map(|p| p.programme_id) {
        if let std::collections::hash_map::Entry::Vacant(entry) = names.entry(id)
            && let Some(programme) = programme_store::programme(db, id).await?
        {
            entry.insert(programme.name);
        }
    }
    Ok(names)
}

/// Items, KPIs and budgets of some plans, in the plans' order.
async fn details(db: &Db, plans: Vec<Plan>) -> Result<Vec<PlanDetail>, AppError> {
    let ids: Vec<i64> = plans.iter().map(|p| p.id).collect();
    let mut items: HashMap<i64, Vec<PlanItem>> = HashMap::new();
    for item in store::items(db, &ids).await? {
        items.entry(item.plan_id).or_default().push(item);
    }
    let mut kpis: HashMap<i64, Vec<PlanKpi>> = HashMap::new();
    for kpi in store::kpis(db, &ids).await? {
        kpis.entry(kpi.plan_id).or_default().push(kpi);
    }
    let programmes = programme_names(db, &plans).await?;
    Ok(plans
        .into_iter()
        .map(|plan| {
            let items = items.remove(&plan.id).unwrap_or_default();
            let lines: Vec<_> = items.iter().map(PlanItem::budget_line).collect();
            PlanDetail {
                budget: roll_up(plan.day_rate_cents, &lines),
                programme: plan
                    .programme_id
                    .and_then(|id| programmes.get(&id).map(|name| (id, name.clone()))),
                kpis: kpis.remove(&plan.id).unwrap_or_default(),
                items,
                plan,
            }
        })
        .collect())
}

/// The plans the actor may see: their organisation's (all for admins,
/// optionally one organisation's).
pub async fn plans(
    db: &Db,
    actor: &Actor,
    organisation_id: Option<i64>,
) -> Result<Vec<PlanDetail>, AppError> {
    let plans = if actor.is_admin() {
        let ids = organisation_id.map(|id| vec![id]);
        store::plans(db, ids.as_deref()).await?
    } else {
        match actor.organisation_id {
            Some(own)
                if rules::can_manage(actor, own) && organisation_id.is_none_or(|id| id == own) =>
            {
                store::plans(db, Some(&[own])).await?
            }
            _ => Vec::new(),
        }
    };
    details(db, plans).await
}

/// A plan the actor may see; for anyone else it does not exist.
async fn plan_for(db: &Db, actor: &Actor, id: i64) -> Result<Plan, AppError> {
    match store::plan(db, id).await? {
        Some(plan) if rules::can_manage(actor, plan.organisation.id) => Ok(plan),
        _ => Err(AppError::NotFound),
    }
}

pub async fn detail(db: &Db, actor: &Actor, id: i64) -> Result<PlanDetail, AppError> {
    let plan = plan_for(db, actor, id).await?;
    Ok(details(db, vec![plan]).await?.remove(0))
}

/// Each KPI with its value now, as monitoring computes it for the plan's
/// programme (or the whole network).
pub async fn kpi_statuses(
    db: &Db,
    actor: &Actor,
    detail: &PlanDetail,
) -> Result<Vec<KpiStatus>, AppError> {
    Ok(kpi_statuses_of(db, actor, &[detail]).await?.remove(0))
}

/// The KPI statuses of several plans, computing each programme's (or the
/// network's) indicator values once however many plans share it.
pub async fn kpi_statuses_of(
    db: &Db,
    actor: &Actor,
    details: &[&PlanDetail],
) -> Result<Vec<Vec<KpiStatus>>, AppError> {
    type Values = HashMap<i64, monitoring::IndicatorValue>;
    let mut scopes: HashMap<Option<i64>, (Scope, Values)> = HashMap::new();
    let mut all = Vec::with_capacity(details.len());
    for detail in details {
        if detail.kpis.is_empty() {
            all.push(Vec::new());
            continue;
        }
        let key = detail.plan.programme_id;
        let (scope, by_indicator) = match scopes.entry(key) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(new) => {
                let scope = match key {
                    Some(id) => Scope::programme(db, id).await?,
                    None => Scope::Network,
                };
                let (_, values) = monitoring::values(db, &scope, Audience::Signed(actor)).await?;
                let by_indicator = values
                    .into_iter()
                    .filter_map(|v| v.indicator.custom_id.map(|id| (id, v)))
                    .collect();
                new.insert((scope, by_indicator))
            }
        };
        all.push(
            detail
                .kpis
                .iter()
                .map(|kpi| {
                    let value = kpi.indicator_id.and_then(|id| by_indicator.get(&id));
                    KpiStatus {
                        unit: kpi.metric.unit(),
                        measure: value.map(|v| v.measure),
                        progress: value.and_then(|v| v.progress),
                        link: value
                            .map(|v| format!("{}/kpis/{}", scope.base_path(), v.indicator.key)),
                        kpi: kpi.clone(),
                    }
                })
                .collect(),
        );
    }
    Ok(all)
}

/// Checks that a plan's programme exists and has the organisation among its
/// partners.
async fn check_programme(
    db: &Db,
    programme_id: Option<i64>,
    organisation_id: i64,
    errors: &mut FieldErrors,
) -> Result<(), AppError> {
    let Some(id) = programme_id else {
        return Ok(());
    };
    match programme_store::programme(db, id).await? {
        None => errors.add("programme_id", crate::t("tb-err-no-programme")),
        Some(p) if !p.partner_ids().contains(&organisation_id) => {
            errors.add("programme_id", crate::t("tb-err-not-partner"))
        }
        Some(_) => {}
    }
    Ok(())
}

/// Starts a plan for the actor's organisation (admins name one).
pub async fn create(
    db: &Db,
    actor: &Actor,
    organisation_id: Option<i64>,
    input: &PlanInput,
) -> Result<i64, AppError> {
    if !rules::can_create(actor) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let organisation =
        super::owning_organisation(db, actor, organisation_id, "plan", &mut errors).await?;
    if let Some(organisation) = organisation {
        check_programme(db, input.programme_id, organisation, &mut errors).await?;
    }
    let draft = super::validated(input.validate(), errors)?;
    let Some(organisation) = organisation else {
        return Err(AppError::Validation(FieldErrors::new()));
    };
    let txn = db::write(db).await?;
    let id = store::insert_plan(&txn, organisation, &draft, &actor.display_name).await?;
    txn.commit().await?;
    Ok(id)
}

/// A plan turned back into input, the starting point of an edit.
pub fn input_of(plan: &Plan) -> PlanInput {
    PlanInput {
        programme_id: plan.programme_id,
        title: plan.title.clone(),
        market_country: plan
            .market
            .country
            .as_ref()
            .map(|c| c.as_str().to_string())
            .unwrap_or_default(),
        market_region: plan.market.region.clone(),
        starts_on: Some(plan.starts_on),
        ends_on: Some(plan.ends_on),
        day_rate_cents: Some(plan.day_rate_cents),
        notes: plan.notes.clone(),
        unreadable: FieldErrors::new(),
    }
}

/// Keeps a KPI's indicator in step with the plan: rewrites it, or creates it
/// again when monitoring removed it. Returns the indicator's id.
async fn sync_indicator(
    txn: &impl sea_orm::ConnectionTrait,
    organisation_id: i64,
    plan: &PlanDraft,
    kpi: &rules::PlanKpiDraft,
    indicator_id: Option<i64>,
    by: &str,
) -> Result<i64, AppError> {
    let draft = indicator_for(
        organisation_id,
        &plan.title,
        plan.programme_id,
        &plan.market,
        (plan.starts_on, plan.ends_on),
        kpi,
    );
    match indicator_id {
        Some(id) => {
            indicator_store::update_indicator(txn, id, &draft).await?;
            Ok(id)
        }
        None => indicator_store::insert_indicator(txn, &draft, by).await,
    }
}

fn kpi_draft(kpi: &PlanKpi) -> rules::PlanKpiDraft {
    rules::PlanKpiDraft {
        metric: kpi.metric,
        name: kpi.name.clone(),
        target: kpi.target,
    }
}

/// Rewrites a plan; `change` gets its current fields. Its KPIs' indicators
/// follow the new title, programme and period in the same transaction.
/// `seen` is the version a form was filled from: changed since, the form is
/// refused rather than overwriting what someone else saved.
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    seen: Option<i64>,
    change: impl FnOnce(PlanInput) -> PlanInput,
) -> Result<(), AppError> {
    let current = details(db, vec![plan_for(db, actor, id).await?])
        .await?
        .remove(0);
    if crate::validation::is_outdated(seen, current.plan.updated_at) {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let input = change(input_of(&current.plan));
    let mut errors = FieldErrors::new();
    check_programme(
        db,
        input.programme_id,
        current.plan.organisation.id,
        &mut errors,
    )
    .await?;
    if let (Some(from), Some(to)) = (input.starts_on, input.ends_on) {
        let outside = items_outside(
            (from, to),
            current
                .items
                .iter()
                .map(|i| (i.title.as_str(), i.starts_on, i.ends_on)),
        );
        if !outside.is_empty() {
            errors.add(
                "starts_on",
                crate::t1("tb-err-period-leaves-out", "items", outside.join(", ")),
            );
        }
    }
    let draft = super::validated(input.validate(), errors)?;
    let txn = db::write(db).await?;
    store::update_plan(&txn, id, current.plan.updated_at, &draft).await?;
    for kpi in &current.kpis {
        let indicator = sync_indicator(
            &txn,
            current.plan.organisation.id,
            &draft,
            &kpi_draft(kpi),
            kpi.indicator_id,
            &actor.display_name,
        )
        .await?;
        if kpi.indicator_id != Some(indicator) {
            store::update_kpi(&txn, kpi.id, &kpi_draft(kpi), indicator).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// Removes a plan with its items, its KPIs and their indicators.
pub async fn delete(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    let plan = plan_for(db, actor, id).await?;
    let txn = db::write(db).await?;
    let mut removed = Vec::new();
    for kpi in store::kpis(&txn, &[plan.id]).await? {
        if let Some(indicator) = kpi.indicator_id {
            indicator_store::delete_indicator(&txn, indicator).await?;
            removed.push(format!("“{}” (target {})", kpi.name, kpi.target));
        }
    }
    store::delete_plan(&txn, plan.id).await?;
    crate::audit::record(
        &txn,
        Some(actor),
        crate::audit::Action::PlanDeleted,
        &format!("plan:{}", plan.id),
        &format!(
            "“{}” for {} deleted{}",
            plan.title,
            plan.market.label(),
            if removed.is_empty() {
                String::new()
            } else {
                format!(", with its indicators {}", removed.join(", "))
            }
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// An item turned back into input, the starting point of an edit.
pub fn item_input(item: &PlanItem) -> PlanItemInput {
    PlanItemInput {
        instrument_id: Some(item.instrument.id),
        title: item.title.clone(),
        starts_on: Some(item.starts_on),
        ends_on: Some(item.ends_on),
        days: Some(i64::from(item.days)),
        costs: Some(
            item.costs
                .iter()
                .map(|c| CostInput {
                    label: c.label.clone(),
                    amount_cents: Some(c.amount_cents),
                })
                .collect(),
        ),
        notes: item.notes.clone(),
        kpi_targets: item
            .kpi_targets
            .iter()
            .map(|k| KpiTargetInput {
                name: k.name.clone(),
                target: Some(k.target),
            })
            .collect(),
        unreadable: FieldErrors::new(),
    }
}

async fn item_draft(
    db: &Db,
    plan: &Plan,
    input: &PlanItemInput,
) -> Result<rules::PlanItemDraft, AppError> {
    let instrument = match input.instrument_id {
        Some(id) => instrument_store::instrument(db, id).await?,
        None => None,
    };
    let defaults = instrument.as_ref().map(|i| InstrumentDefaults {
        name: &i.name,
        days: i.budget_days,
        costs: &i.costs,
        kpis: &i.kpis,
    });
    input
        .validate(plan.period(), defaults)
        .map_err(AppError::Validation)
}

/// Adds an instrument to a plan; days and costs default to its estimate.
pub async fn add_item(
    db: &Db,
    actor: &Actor,
    plan_id: i64,
    input: &PlanItemInput,
) -> Result<i64, AppError> {
    let plan = plan_for(db, actor, plan_id).await?;
    let draft = item_draft(db, &plan, input).await?;
    let txn = db::write(db).await?;
    let id = store::insert_item(&txn, plan.id, &draft).await?;
    txn.commit().await?;
    Ok(id)
}

/// An item of a plan the actor may see.
pub async fn item(
    db: &Db,
    actor: &Actor,
    plan_id: i64,
    item_id: i64,
) -> Result<(Plan, PlanItem), AppError> {
    let plan = plan_for(db, actor, plan_id).await?;
    match store::item(db, item_id).await? {
        Some(item) if item.plan_id == plan.id => Ok((plan, item)),
        _ => Err(AppError::NotFound),
    }
}

pub async fn update_item(
    db: &Db,
    actor: &Actor,
    plan_id: i64,
    item_id: i64,
    change: impl FnOnce(PlanItemInput) -> PlanItemInput,
) -> Result<(), AppError> {
    let (plan, current) = item(db, actor, plan_id, item_id).await?;
    let draft = item_draft(db, &plan, &change(item_input(&current))).await?;
    let txn = db::write(db).await?;
    store::update_item(&txn, item_id, &draft).await?;
    txn.commit().await?;
    Ok(())
}

pub async fn remove_item(
    db: &Db,
    actor: &Actor,
    plan_id: i64,
    item_id: i64,
) -> Result<(), AppError> {
    item(db, actor, plan_id, item_id).await?;
    let txn = db::write(db).await?;
    store::delete_item(&txn, item_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Sets an outcome KPI: adds it with its monitoring indicator, or changes the
/// target (and name) of the plan's KPI with the same definition. Returns the
/// KPI's id and whether it is new.
pub async fn set_kpi(
    db: &Db,
    actor: &Actor,
    plan_id: i64,
    input: &PlanKpiInput,
) -> Result<(i64, bool), AppError> {
    let plan = plan_for(db, actor, plan_id).await?;
    let kpi = input.validate().map_err(AppError::Validation)?;
    let plan_draft = input_of(&plan)
        .validate()
        .map_err(|_| AppError::Internal(anyhow::anyhow!("stored plan #{plan_id} is not valid")))?;
    let txn = db::write(db).await?;
    let result = match store::kpi_by_metric(&txn, plan.id, kpi.metric).await? {
        Some(existing) => {
            let indicator = sync_indicator(
                &txn,
                plan.organisation.id,
                &plan_draft,
                &kpi,
                existing.indicator_id,
                &actor.display_name,
            )
            .await?;
            store::update_kpi(&txn, existing.id, &kpi, indicator).await?;
            (existing.id, false)
        }
        None => {
            let indicator = sync_indicator(
                &txn,
                plan.organisation.id,
                &plan_draft,
                &kpi,
                None,
                &actor.display_name,
            )
            .await?;
            (
                store::insert_kpi(&txn, plan.id, &kpi, indicator).await?,
                true,
            )
        }
    };
    txn.commit().await?;
    Ok(result)
}

/// Removes a KPI and its monitoring indicator.
pub async fn remove_kpi(db: &Db, actor: &Actor, plan_id: i64, kpi_id: i64) -> Result<(), AppError> {
    let plan = plan_for(db, actor, plan_id).await?;
    let txn = db::write(db).await?;
    let kpi = store::kpis(&txn, &[plan.id])
        .await?
        .into_iter()
        .find(|k| k.id == kpi_id)
        .ok_or(AppError::NotFound)?;
    if let Some(indicator) = kpi.indicator_id {
        indicator_store::delete_indicator(&txn, indicator).await?;
        crate::audit::record(
            &txn,
            Some(actor),
            crate::audit::Action::IndicatorRemoved,
            &format!("indicator:{indicator}"),
            &format!(
                "“{}” (target {}) removed with its KPI from plan “{}”",
                kpi.name, kpi.target, plan.title
            ),
        )
        .await?;
    }
    store::delete_kpi(&txn, kpi.id).await?;
    txn.commit().await?;
    Ok(())
}

/// An organisation's plans side by side (its managers and admins).
pub async fn compare(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
) -> Result<(OrganisationRef, Vec<PlanDetail>), AppError> {
    if !rules::can_manage(actor, organisation_id) {
        return Err(AppError::NotFound);
    }
    let organisation = crate::registry::store::organisation_refs(db, &[organisation_id])
        .await?
        .remove(&organisation_id)
        .ok_or(AppError::NotFound)?;
    let plans = store::plans(db, Some(&[organisation_id])).await?;
    Ok((organisation, details(db, plans).await?))
}
