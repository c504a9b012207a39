//! The methods library and its pilots.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::{from_json, organisation, organisations_of, stored, to_json};
use crate::db;
use crate::registry::OrganisationRef;
use crate::registry::model::fold;
use crate::toolbox::entities::{library_target, method, method_pilot};
use crate::toolbox::model::methods::{
    Material, MethodDraft, MethodFact, MethodKind, Novelty, PilotDraft, PilotFact, PilotStatus,
    Theme,
};
use crate::web::AppError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Method {
    pub id: i64,
    pub slug: String,
    /// The organisation that developed and published it.
    pub publisher: OrganisationRef,
    pub title: String,
    pub kind: MethodKind,
    pub novelty: Novelty,
    pub theme: Theme,
    pub summary: String,
    pub description: String,
    pub materials: Vec<Material>,
    pub presented_on: Option<NaiveDate>,
    pub search_text: String,
    pub created_by_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pilot {
    pub id: i64,
    pub method_id: i64,
    pub organisation: OrganisationRef,
    pub starts_on: NaiveDate,
    pub status: PilotStatus,
    pub informed: i64,
    pub adopting: i64,
    pub results: String,
    pub created_by_name: String,
    pub updated_by_name: String,
    pub updated_at: DateTime<Utc>,
}

async fn methods_from(
    db: &impl ConnectionTrait,
    rows: Vec<method::Model>,
) -> Result<Vec<Method>, AppError> {
    let refs = organisations_of(db, rows.iter().map(|r| r.organisation_id)).await?;
    rows.into_iter()
        .map(|row| {
            Ok(Method {
                publisher: organisation(&refs, row.organisation_id)?,
                kind: stored("method kind", MethodKind::parse(&row.kind))?,
                novelty: stored("method novelty", Novelty::parse(&row.novelty))?,
                theme: stored("method theme", Theme::parse(&row.theme))?,
                materials: from_json("method materials", &row.materials)?,
                id: row.id,
                slug: row.slug,
                title: row.title,
                summary: row.summary,
                description: row.description,
                presented_on: row.presented_on,
                search_text: row.search_text,
                created_by_name: row.created_by_name,
                created_at: row.created_at,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

pub async fn method(db: &impl ConnectionTrait, id: i64) -> Result<Option<Method>, AppError> {
    let rows = method::Entity::find_by_id(id).all(db).await?;
    Ok(methods_from(db, rows).await?.pop())
}

pub async fn method_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<Method>, AppError> {
    let rows = method::Entity::find()
        .filter(method::Column::Slug.eq(slug))
        .all(db)
        .await?;
    Ok(methods_from(db, rows).await?.pop())
}

/// The library (optionally of one kind or theme), by title.
pub async fn methods(
    db: &impl ConnectionTrait,
    kind: Option<MethodKind>,
    theme: Option<Theme>,
) -> Result<Vec<Method>, AppError> {
    let mut query = method::Entity::find();
    if let Some(kind) = kind {
        query = query.filter(method::Column::Kind.eq(kind.as_str()));
    }
    if let Some(theme) = theme {
        query = query.filter(method::Column::Theme.eq(theme.as_str()));
    }
    let rows = query
        .order_by_asc(method::Column::SortTitle)
        .order_by_asc(method::Column::Id)
        .all(db)
        .await?;
    methods_from(db, rows).await
}

fn method_content(draft: &MethodDraft, now: DateTime<Utc>) -> method::ActiveModel {
    let materials: Vec<&str> = draft.materials.iter().map(|m| m.title.as_str()).collect();
    let search = format!(
        "{}\n{}\n{}\n{}",
        draft.title,
        draft.summary,
        draft.description,
        materials.join("\n")
    );
    method::ActiveModel {
        title: Set(draft.title.clone()),
        sort_title: Set(fold(&draft.title)),
        kind: Set(draft.kind.as_str().to_string()),
        novelty: Set(draft.novelty.as_str().to_string()),
        theme: Set(draft.theme.as_str().to_string()),
        summary: Set(draft.summary.clone()),
        description: Set(draft.description.clone()),
        materials: Set(to_json(&draft.materials)),
        presented_on: Set(draft.presented_on),
        search_text: Set(fold(&search)),
        updated_at: Set(now),
        ..Default::default()
    }
}

/// A new method; its address is made from the title, so a taken address is a
/// conflict on `title`.
pub async fn insert_method(
    txn: &impl ConnectionTrait,
    publisher: i64,
    slug: &str,
    draft: &MethodDraft,
    created_by_name: &str,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = method::ActiveModel {
        slug: Set(slug.to_string()),
        organisation_id: Set(publisher),
        created_by_name: Set(created_by_name.to_string()),
        created_at: Set(now),
        ..method_content(draft, now)
    };
    match row.insert(txn).await {
        Ok(row) => Ok(row.id),
        Err(e) if db::is_unique_violation(&e) => Err(AppError::conflict_on(
            "title",
            crate::t1("tb-err-method-slug-taken", "slug", slug),
        )),
        Err(e) => Err(e.into()),
    }
}

/// Rewrites a method, if it is still as it was when read (`read_at`, its
/// `updated_at` then).
pub async fn update_method(
    txn: &impl ConnectionTrait,
    id: i64,
    read_at: DateTime<Utc>,
    draft: &MethodDraft,
) -> Result<(), AppError> {
    crate::db::lock_unchanged::<method::Entity>(txn, id, read_at, |r| r.updated_at).await?;
    method::ActiveModel {
        id: ActiveValue::Unchanged(id),
        ..method_content(draft, Utc::now())
    }
    .update(txn)
    .await?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Pilots
// ---------------------------------------------------------------------------

async fn pilots_from(
    db: &impl ConnectionTrait,
    rows: Vec<method_pilot::Model>,
) -> Result<Vec<Pilot>, AppError> {
    let refs = organisations_of(db, rows.iter().map(|r| r.organisation_id)).await?;
    rows.into_iter()
        .map(|row| {
            Ok(Pilot {
                organisation: organisation(&refs, row.organisation_id)?,
                status: stored("pilot status", PilotStatus::parse(&row.status))?,
                id: row.id,
                method_id: row.method_id,
                starts_on: row.starts_on,
                informed: row.informed,
                adopting: row.adopting,
                results: row.results,
                created_by_name: row.created_by_name,
                updated_by_name: row.updated_by_name,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

/// A method's pilots, by start.
pub async fn pilots(db: &impl ConnectionTrait, method_id: i64) -> Result<Vec<Pilot>, AppError> {
    let rows = method_pilot::Entity::find()
        .filter(method_pilot::Column::MethodId.eq(method_id))
        .order_by_asc(method_pilot::Column::StartsOn)
        .order_by_asc(method_pilot::Column::Id)
        .all(db)
        .await?;
    pilots_from(db, rows).await
}

pub async fn pilot(db: &impl ConnectionTrait, id: i64) -> Result<Option<Pilot>, AppError> {
    let rows = method_pilot::Entity::find_by_id(id).all(db).await?;
    Ok(pilots_from(db, rows).await?.pop())
}

fn pilot_content(draft: &PilotDraft, by: &str, now: DateTime<Utc>) -> method_pilot::ActiveModel {
    method_pilot::ActiveModel {
        starts_on: Set(draft.starts_on),
        status: Set(draft.status.as_str().to_string()),
        informed: Set(draft.informed),
        adopting: Set(draft.adopting),
        results: Set(draft.results.clone()),
        updated_by_name: Set(by.to_string()),
        updated_at: Set(now),
        ..Default::default()
    }
}

pub async fn insert_pilot(
    txn: &impl ConnectionTrait,
    method_id: i64,
    organisation_id: i64,
    draft: &PilotDraft,
    by: &str,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = method_pilot::ActiveModel {
        method_id: Set(method_id),
        organisation_id: Set(organisation_id),
        created_by_name: Set(by.to_string()),
        created_at: Set(now),
        ..pilot_content(draft, by, now)
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

pub async fn update_pilot(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &PilotDraft,
    by: &str,
) -> Result<(), AppError> {
    method_pilot::ActiveModel {
        id: ActiveValue::Unchanged(id),
        ..pilot_content(draft, by, Utc::now())
    }
    .update(txn)
    .await?;
    Ok(())
}

/// The targets the coordinator set, by indicator key (indicators left out
/// keep the network's first targets).
pub async fn library_targets(db: &impl ConnectionTrait) -> Result<Vec<(String, i64)>, AppError> {
    Ok(library_target::Entity::find()
        .select_only()
        .column(library_target::Column::Key)
        .column(library_target::Column::Target)
        .into_tuple()
        .all(db)
        .await?)
}

/// Writes the library's targets, replacing those set before.
pub async fn put_library_targets(
    txn: &impl ConnectionTrait,
    targets: &[(&str, i64)],
) -> Result<(), AppError> {
    library_target::Entity::delete_many().exec(txn).await?;
    let now = Utc::now();
    library_target::Entity::insert_many(targets.iter().map(|(key, target)| {
        library_target::ActiveModel {
            key: Set((*key).to_string()),
            target: Set(*target),
            updated_at: Set(now),
        }
    }))
    .exec(txn)
    .await?;
    Ok(())
}

/// What the library's indicators are counted from: every method and pilot.
pub async fn library_facts(
    db: &impl ConnectionTrait,
) -> Result<(Vec<MethodFact>, Vec<PilotFact>), AppError> {
    let methods: Vec<(String, String, Option<NaiveDate>)> = method::Entity::find()
        .select_only()
        .column(method::Column::Kind)
        .column(method::Column::Novelty)
        .column(method::Column::PresentedOn)
        .into_tuple()
        .all(db)
        .await?;
    let methods = methods
        .into_iter()
        .map(|(kind, novelty, presented_on)| {
            Ok(MethodFact {
                kind: stored("method kind", MethodKind::parse(&kind))?,
                novelty: stored("method novelty", Novelty::parse(&novelty))?,
                presented_on,
            })
        })
        .collect::<Result<_, AppError>>()?;
    let pilots: Vec<(i64, i64)> = method_pilot::Entity::find()
        .select_only()
        .column(method_pilot::Column::Informed)
        .column(method_pilot::Column::Adopting)
        .into_tuple()
        .all(db)
        .await?;
    Ok((
        methods,
        pilots
            .into_iter()
            .map(|(informed, adopting)| PilotFact { informed, adopting })
            .collect(),
    ))
}
