//! Internationalisation plans, their items and their outcome KPIs.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

use super::instruments::{InstrumentRef, instrument_refs};
use super::{from_json, organisation, organisations_of, stored, to_json};
use crate::db;
use crate::monitoring::model::indicators::Metric;
use crate::registry::OrganisationRef;
use crate::registry::model::CountryCode;
use crate::toolbox::entities::{plan, plan_item, plan_kpi};
use crate::toolbox::model::budget::{BudgetLine, CostItem, costs_total};
use crate::toolbox::model::plans::{
    KpiTarget, PlanDraft, PlanItemDraft, PlanKpiDraft, TargetMarket,
};
use crate::web::AppError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub id: i64,
    pub organisation: OrganisationRef,
    pub programme_id: Option<i64>,
    pub title: String,
    pub market: TargetMarket,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub day_rate_cents: i64,
    pub notes: String,
    pub created_by_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Plan {
    pub fn period(&self) -> (NaiveDate, NaiveDate) {
        (self.starts_on, self.ends_on)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanItem {
    pub id: i64,
    pub plan_id: i64,
    pub instrument: InstrumentRef,
    pub title: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub days: i32,
    pub costs: Vec<CostItem>,
    pub kpi_targets: Vec<KpiTarget>,
    pub notes: String,
}

impl PlanItem {
    pub fn budget_line(&self) -> BudgetLine {
        BudgetLine {
            group: self.instrument.group,
            days: i64::from(self.days),
            costs_cents: costs_total(&self.costs),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanKpi {
    pub id: i64,
    pub plan_id: i64,
    pub metric: Metric,
    pub name: String,
    pub target: i64,
    /// `None` when the indicator was removed in monitoring.
    pub indicator_id: Option<i64>,
}

async fn plans_from(
    db: &impl ConnectionTrait,
    rows: Vec<plan::Model>,
) -> Result<Vec<Plan>, AppError> {
    let organisations = organisations_of(db, rows.iter().map(|r| r.organisation_id)).await?;
    rows.into_iter()
        .map(|row| {
            Ok(Plan {
                organisation: organisation(&organisations, row.organisation_id)?,
                market: TargetMarket {
                    country: row.market_country.map(CountryCode::from_stored),
                    region: row.market_region,
                },
                id: row.id,
                programme_id: row.programme_id,
                title: row.title,
                starts_on: row.starts_on,
                ends_on: row.ends_on,
                day_rate_cents: row.day_rate_cents,
                notes: row.notes,
                created_by_name: row.created_by_name,
                created_at: row.created_at,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

pub async fn plan(db: &impl ConnectionTrait, id: i64) -> Result<Option<Plan>, AppError> {
    let rows = plan::Entity::find_by_id(id).all(db).await?;
    Ok(plans_from(db, rows).await?.pop())
}

/// Plans of some organisations (all when `None`), by start then title.
pub async fn plans(
    db: &impl ConnectionTrait,
    organisation_ids: Option<&[i64]>,
) -> Result<Vec<Plan>, AppError> {
    let mut query = plan::Entity::find();
    if let Some(ids) = organisation_ids {
        query = query.filter(plan::Column::OrganisationId.is_in(ids.iter().copied()));
    }
    let rows = query
        .order_by_asc(plan::Column::StartsOn)
        .order_by_asc(plan::Column::Title)
        .order_by_asc(plan::Column::Id)
        .all(db)
        .await?;
    plans_from(db, rows).await
}

/// An organisation's plan by its title (the demo's plans are found this way).
pub async fn plan_by_title(
    db: &impl ConnectionTrait,
    organisation_id: i64,
    title: &str,
) -> Result<Option<Plan>, AppError> {
    let rows = plan::Entity::find()
        .filter(plan::Column::OrganisationId.eq(organisation_id))
        .filter(plan::Column::Title.eq(title))
        .all(db)
        .await?;
    Ok(plans_from(db, rows).await?.pop())
}

fn plan_content(draft: &PlanDraft, now: DateTime<Utc>) -> plan::ActiveModel {
    plan::ActiveModel {
        programme_id: Set(draft.programme_id),
        title: Set(draft.title.clone()),
        market_country: Set(draft
            .market
            .country
            .as_ref()
            .map(|c| c.as_str().to_string())),
        market_region: Set(draft.market.region.clone()),
        starts_on: Set(draft.starts_on),
        ends_on: Set(draft.ends_on),
        day_rate_cents: Set(draft.day_rate_cents),
        notes: Set(draft.notes.clone()),
        updated_at: Set(now),
        ..Default::default()
    }
}

pub async fn insert_plan(
    txn: &impl ConnectionTrait,
    organisation_id: i64,
    draft: &PlanDraft,
    created_by_name: &str,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = plan::ActiveModel {
        organisation_id: Set(organisation_id),
        created_by_name: Set(created_by_name.to_string()),
        created_at: Set(now),
        ..plan_content(draft, now)
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

/// Rewrites a plan, if it is still as it was when read (`read_at`, its
/// `updated_at` then).
pub async fn update_plan(
    txn: &impl ConnectionTrait,
    id: i64,
    read_at: DateTime<Utc>,
    draft: &PlanDraft,
) -> Result<(), AppError> {
    crate::db::lock_unchanged::<plan::Entity>(txn, id, read_at, |r| r.updated_at).await?;
    plan::ActiveModel {
        id: ActiveValue::Unchanged(id),
        ..plan_content(draft, Utc::now())
    }
    .update(txn)
    .await?;
    Ok(())
}

/// Removes a plan with its items and KPIs (the caller removes their indicators).
pub async fn delete_plan(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    plan::Entity::delete_by_id(id).exec(txn).await?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------

async fn items_from(
    db: &impl ConnectionTrait,
    rows: Vec<plan_item::Model>,
) -> Result<Vec<PlanItem>, AppError> {
    let mut ids: Vec<i64> = rows.iter().map(|r| r.instrument_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let instruments: HashMap<i64, InstrumentRef> = instrument_refs(db, &ids).await?;
    rows.into_iter()
        .map(|row| {
            Ok(PlanItem {
                instrument: instruments
                    .get(&row.instrument_id)
                    .cloned()
                    .ok_or_else(|| {
                        AppError::Internal(anyhow::anyhow!(
                            "instrument #{} is missing",
                            row.instrument_id
                        ))
                    })?,
                costs: from_json("plan item costs", &row.costs)?,
                kpi_targets: from_json("plan item KPI targets", &row.kpi_targets)?,
                id: row.id,
                plan_id: row.plan_id,
                title: row.title,
                starts_on: row.starts_on,
                ends_on: row.ends_on,
                days: row.days,
                notes: row.notes,
            })
        })
        .collect()
}

/// The items of some plans, each plan's in date order.
pub async fn items(db: &impl ConnectionTrait, plan_ids: &[i64]) -> Result<Vec<PlanItem>, AppError> {
    let rows = plan_item::Entity::find()
        .filter(plan_item::Column::PlanId.is_in(plan_ids.iter().copied()))
        .order_by_asc(plan_item::Column::PlanId)
        .order_by_asc(plan_item::Column::StartsOn)
        .order_by_asc(plan_item::Column::Id)
        .all(db)
        .await?;
    items_from(db, rows).await
}

pub async fn item(db: &impl ConnectionTrait, id: i64) -> Result<Option<PlanItem>, AppError> {
    let rows = plan_item::Entity::find_by_id(id).all(db).await?;
    Ok(items_from(db, rows).await?.pop())
}

fn item_content(draft: &PlanItemDraft, now: DateTime<Utc>) -> plan_item::ActiveModel {
    plan_item::ActiveModel {
        instrument_id: Set(draft.instrument_id),
        title: Set(draft.title.clone()),
        starts_on: Set(draft.starts_on),
        ends_on: Set(draft.ends_on),
        days: Set(draft.days),
        costs: Set(to_json(&draft.costs)),
        kpi_targets: Set(to_json(&draft.kpi_targets)),
        notes: Set(draft.notes.clone()),
        updated_at: Set(now),
        ..Default::default()
    }
}

pub async fn insert_item(
    txn: &impl ConnectionTrait,
    plan_id: i64,
    draft: &PlanItemDraft,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = plan_item::ActiveModel {
        plan_id: Set(plan_id),
        created_at: Set(now),
        ..item_content(draft, now)
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

pub async fn update_item(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &PlanItemDraft,
) -> Result<(), AppError> {
    plan_item::ActiveModel {
        id: ActiveValue::Unchanged(id),
        ..item_content(draft, Utc::now())
    }
    .update(txn)
    .await?;
    Ok(())
}

pub async fn delete_item(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    plan_item::Entity::delete_by_id(id).exec(txn).await?;
    Ok(())
}

/// How many plan items use an instrument.
pub async fn items_using(txn: &impl ConnectionTrait, instrument_id: i64) -> Result<u64, AppError> {
    Ok(plan_item::Entity::find()
        .filter(plan_item::Column::InstrumentId.eq(instrument_id))
        .count(txn)
        .await?)
}

// ---------------------------------------------------------------------------
// Outcome KPIs
// ---------------------------------------------------------------------------

fn kpi_from(row: plan_kpi::Model) -> Result<PlanKpi, AppError> {
    Ok(PlanKpi {
        metric: stored("plan KPI metric", Metric::parse(&row.metric))?,
        id: row.id,
        plan_id: row.plan_id,
        name: row.name,
        target: row.target,
        indicator_id: row.indicator_id,
    })
}

/// The KPIs of some plans, oldest first.
pub async fn kpis(db: &impl ConnectionTrait, plan_ids: &[i64]) -> Result<Vec<PlanKpi>, AppError> {
    plan_kpi::Entity::find()
        .filter(plan_kpi::Column::PlanId.is_in(plan_ids.iter().copied()))
        .order_by_asc(plan_kpi::Column::PlanId)
        .order_by_asc(plan_kpi::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(kpi_from)
        .collect()
}

pub async fn kpi_by_metric(
    db: &impl ConnectionTrait,
    plan_id: i64,
    metric: Metric,
) -> Result<Option<PlanKpi>, AppError> {
    plan_kpi::Entity::find()
        .filter(plan_kpi::Column::PlanId.eq(plan_id))
        .filter(plan_kpi::Column::Metric.eq(metric.key()))
        .one(db)
        .await?
        .map(kpi_from)
        .transpose()
}

/// A new KPI; a second KPI with the same definition is a conflict on `metric`.
pub async fn insert_kpi(
    txn: &impl ConnectionTrait,
    plan_id: i64,
    draft: &PlanKpiDraft,
    indicator_id: i64,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = plan_kpi::ActiveModel {
        plan_id: Set(plan_id),
        metric: Set(draft.metric.key()),
        name: Set(draft.name.clone()),
        target: Set(draft.target),
        indicator_id: Set(Some(indicator_id)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    match row.insert(txn).await {
        Ok(row) => Ok(row.id),
        Err(e) if db::is_unique_violation(&e) => Err(AppError::conflict_on(
            "metric",
            crate::t("tb-err-target-taken"),
        )),
        Err(e) => Err(e.into()),
    }
}

pub async fn update_kpi(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &PlanKpiDraft,
    indicator_id: i64,
) -> Result<(), AppError> {
    plan_kpi::ActiveModel {
        id: ActiveValue::Unchanged(id),
        name: Set(draft.name.clone()),
        target: Set(draft.target),
        indicator_id: Set(Some(indicator_id)),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .update(txn)
    .await?;
    Ok(())
}

pub async fn delete_kpi(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    plan_kpi::Entity::delete_by_id(id).exec(txn).await?;
    Ok(())
}
