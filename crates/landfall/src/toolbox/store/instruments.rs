//! The catalogue of instruments.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use super::{from_json, organisation, organisations_of, stored, to_json};
use crate::db;
use crate::registry::OrganisationRef;
use crate::registry::model::fold;
use crate::toolbox::entities::instrument;
use crate::toolbox::model::budget::CostItem;
use crate::toolbox::model::instruments::{InstrumentDraft, InstrumentGroup};
use crate::web::AppError;

/// What other capabilities need to name an instrument (the joint calls
/// link instruments to their calls with it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstrumentRef {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub group: InstrumentGroup,
}

/// An instrument of the catalogue in full.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instrument {
    pub id: i64,
    pub slug: String,
    /// `None`: the network's catalogue.
    pub owner: Option<OrganisationRef>,
    pub group: InstrumentGroup,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub benefits: Vec<String>,
    pub business_model: String,
    /// Days of work for one use.
    pub budget_days: i32,
    pub costs: Vec<CostItem>,
    pub budget_note: String,
    pub kpis: Vec<String>,
    pub search_text: String,
    pub created_by_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Instrument {
    pub fn owner_id(&self) -> Option<i64> {
        self.owner.as_ref().map(|o| o.id)
    }
}

fn ref_from(row: &instrument::Model) -> Result<InstrumentRef, AppError> {
    Ok(InstrumentRef {
        id: row.id,
        slug: row.slug.clone(),
        name: row.name.clone(),
        group: stored(
            "instrument group",
            InstrumentGroup::parse(&row.instrument_group),
        )?,
    })
}

async fn instruments_from(
    db: &impl ConnectionTrait,
    rows: Vec<instrument::Model>,
) -> Result<Vec<Instrument>, AppError> {
    let owners = organisations_of(db, rows.iter().filter_map(|r| r.organisation_id)).await?;
    let mut list: Vec<Instrument> = rows
        .into_iter()
        .map(|row| {
            let owner = match row.organisation_id {
                None => None,
                Some(id) => Some(organisation(&owners, id)?),
            };
            Ok(Instrument {
                group: ref_from(&row)?.group,
                benefits: from_json("instrument benefits", &row.benefits)?,
                costs: from_json("instrument costs", &row.budget_costs)?,
                kpis: from_json("instrument KPIs", &row.kpis)?,
                owner,
                id: row.id,
                slug: row.slug,
                name: row.name,
                summary: row.summary,
                description: row.description,
                business_model: row.business_model,
                budget_days: row.budget_days,
                budget_note: row.budget_note,
                search_text: row.search_text,
                created_by_name: row.created_by_name,
                created_at: row.created_at,
                updated_at: row.updated_at,
            })
        })
        .collect::<Result<_, AppError>>()?;
    list.sort_by_cached_key(|i| (i.group, fold(&i.name), i.id));
    Ok(list)
}

pub async fn instrument(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<Instrument>, AppError> {
    let rows = instrument::Entity::find_by_id(id).all(db).await?;
    Ok(instruments_from(db, rows).await?.pop())
}

pub async fn instrument_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<Instrument>, AppError> {
    let rows = instrument::Entity::find()
        .filter(instrument::Column::Slug.eq(slug))
        .all(db)
        .await?;
    Ok(instruments_from(db, rows).await?.pop())
}

/// The catalogue (optionally one group), by group then name.
pub async fn instruments(
    db: &impl ConnectionTrait,
    group: Option<InstrumentGroup>,
) -> Result<Vec<Instrument>, AppError> {
    let mut query = instrument::Entity::find();
    if let Some(group) = group {
        query = query.filter(instrument::Column::InstrumentGroup.eq(group.as_str()));
    }
    let rows = query.all(db).await?;
    instruments_from(db, rows).await
}

/// Names and groups of some instruments, by id (unknown ids are left out).
pub async fn instrument_refs(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<HashMap<i64, InstrumentRef>, AppError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    instrument::Entity::find()
        .filter(instrument::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .iter()
        .map(|row| Ok((row.id, ref_from(row)?)))
        .collect()
}

/// Every instrument, by group (in catalogue order) then name.
pub async fn catalogue(db: &impl ConnectionTrait) -> Result<Vec<InstrumentRef>, AppError> {
    let mut refs: Vec<InstrumentRef> = instrument::Entity::find()
        .order_by_asc(instrument::Column::SortName)
        .order_by_asc(instrument::Column::Id)
        .all(db)
        .await?
        .iter()
        .map(ref_from)
        .collect::<Result<_, _>>()?;
    // Stable: the name order from the query stays within each group.
    refs.sort_by_key(|r| r.group);
    Ok(refs)
}

fn content(draft: &InstrumentDraft, now: DateTime<Utc>) -> instrument::ActiveModel {
    let search = format!(
        "{}\n{}\n{}\n{}\n{}",
        draft.name,
        draft.summary,
        draft.description,
        draft.benefits.join("\n"),
        draft.kpis.join("\n")
    );
    instrument::ActiveModel {
        instrument_group: Set(draft.group.as_str().to_string()),
        name: Set(draft.name.clone()),
        sort_name: Set(fold(&draft.name)),
        summary: Set(draft.summary.clone()),
        description: Set(draft.description.clone()),
        benefits: Set(to_json(&draft.benefits)),
        business_model: Set(draft.business_model.clone()),
        budget_days: Set(draft.budget_days),
        budget_costs: Set(to_json(&draft.costs)),
        budget_note: Set(draft.budget_note.clone()),
        kpis: Set(to_json(&draft.kpis)),
        search_text: Set(fold(&search)),
        updated_at: Set(now),
        ..Default::default()
    }
}

/// A new instrument; its address is taken from the name, so a taken address
/// is a conflict on `name`.
pub async fn insert_instrument(
    txn: &impl ConnectionTrait,
    owner: Option<i64>,
    slug: &str,
    draft: &InstrumentDraft,
    created_by_name: &str,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = instrument::ActiveModel {
        slug: Set(slug.to_string()),
        organisation_id: Set(owner),
        created_by_name: Set(created_by_name.to_string()),
        created_at: Set(now),
        ..content(draft, now)
    };
    match row.insert(txn).await {
        Ok(row) => Ok(row.id),
        Err(e) if db::is_unique_violation(&e) => Err(AppError::conflict_on(
            "name",
            crate::t1("tb-err-instrument-slug-taken", "slug", slug),
        )),
        Err(e) => Err(e.into()),
    }
}

/// Rewrites an instrument's content (its address and owner stay).
/// Rewrites an instrument, if it is still as it was when read (`read_at`,
/// its `updated_at` then).
pub async fn update_instrument(
    txn: &impl ConnectionTrait,
    id: i64,
    read_at: DateTime<Utc>,
    draft: &InstrumentDraft,
) -> Result<(), AppError> {
    crate::db::lock_unchanged::<instrument::Entity>(txn, id, read_at, |r| r.updated_at).await?;
    instrument::ActiveModel {
        id: ActiveValue::Unchanged(id),
        ..content(draft, Utc::now())
    }
    .update(txn)
    .await?;
    Ok(())
}

pub async fn delete_instrument(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    instrument::Entity::delete_by_id(id).exec(txn).await?;
    Ok(())
}
