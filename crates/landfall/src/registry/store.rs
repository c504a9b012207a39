//! The registry's queries. Every write runs in one transaction; every list is
//! ordered by a folded name compared byte by byte, so both backends return the
//! same order for the same data.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, IntoIden, Query, SelectStatement, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::entities::{
    organisation, organisation_sector, person, sme, sme_access_grant, sme_sector, sme_target_market,
};
use super::model::{
    Contact, CountryCode, HomeCandidate, ListFilter, NaceCode, OrganisationDraft, OrganisationKind,
    SearchTerm, Service, SmeAccess, SmeDraft, SmeScope, fold, slugify,
};
use crate::db::{self, Db};
use crate::validation::Window;
use crate::web::AppError;

// ---------------------------------------------------------------------------
// Read models
// ---------------------------------------------------------------------------

/// An organisation as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organisation {
    pub id: i64,
    pub slug: String,
    pub kind: OrganisationKind,
    pub name: String,
    pub country: CountryCode,
    pub city: String,
    pub region: String,
    pub website: String,
    pub description: String,
    pub services: Vec<Service>,
    pub sectors: Vec<NaceCode>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A reference to an organisation by id, with what a link to it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrganisationRef {
    pub id: i64,
    pub name: String,
    pub kind: OrganisationKind,
    pub country: CountryCode,
}

/// An SME as stored. The private fields are always loaded; what a caller is
/// shown is decided with [`super::model::can_see_private`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sme {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub country: CountryCode,
    pub city: String,
    pub home: OrganisationRef,
    pub sectors: Vec<NaceCode>,
    pub founded: Option<i32>,
    pub employees: Option<i32>,
    pub annual_turnover_cents: Option<i64>,
    pub products: String,
    pub website: String,
    pub target_markets: Vec<CountryCode>,
    pub directory_consent: bool,
    pub notes: String,
    /// Organisations granted a look at the private part (see [`grant_access`]).
    pub partners: Vec<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Organisation {
    /// Which state of the record an editor saw: a form sends it back so that
    /// a change made meanwhile is not overwritten unseen.
    pub fn version(&self) -> i64 {
        crate::validation::version_of(self.updated_at)
    }
}

impl Sme {
    /// Which state of the record an editor saw (see [`Organisation::version`]).
    pub fn version(&self) -> i64 {
        crate::validation::version_of(self.updated_at)
    }

    pub fn access(&self) -> SmeAccess {
        SmeAccess {
            sme_id: self.id,
            home_organisation_id: self.home.id,
            directory_consent: self.directory_consent,
            partners: self.partners.clone(),
        }
    }
}

fn stored<T>(what: &str, result: Result<T, String>) -> Result<T, AppError> {
    result.map_err(|e| AppError::Internal(anyhow::anyhow!("stored {what}: {e}")))
}

fn split_words<T>(
    value: &str,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<Vec<T>, AppError> {
    value
        .split(',')
        .filter(|w| !w.is_empty())
        .map(|w| stored("word", parse(w)))
        .collect()
}

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

fn organisation_from(
    row: organisation::Model,
    sectors: Vec<NaceCode>,
) -> Result<Organisation, AppError> {
    Ok(Organisation {
        kind: stored("kind", OrganisationKind::parse(&row.kind))?,
        services: split_words(&row.services, Service::parse)?,
        id: row.id,
        slug: row.slug,
        name: row.name,
        country: CountryCode::from_stored(row.country),
        city: row.city,
        region: row.region,
        website: row.website,
        description: row.description,
        sectors,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

/// Picks a slug from the name that no other row uses (`name`, `name-2`, …).
async fn free_slug<C: ConnectionTrait>(
    txn: &C,
    name: &str,
    taken: impl AsyncFn(&C, String) -> Result<bool, AppError>,
) -> Result<String, AppError> {
    let base = slugify(name);
    let mut candidate = base.clone();
    let mut n = 2;
    while taken(txn, candidate.clone()).await? {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    Ok(candidate)
}

/// Sector rows for a record: each declared code plus its broader codes, so that
/// a filter on a division also finds records declared on one of its classes.
fn sector_rows(codes: &[NaceCode]) -> BTreeMap<String, bool> {
    let mut rows = BTreeMap::new();
    for code in codes {
        for ancestor in code.with_ancestors() {
            let declared = ancestor == *code;
            let entry = rows.entry(ancestor.as_str().to_string()).or_insert(false);
            *entry |= declared;
        }
    }
    rows
}

fn duplicate_name(country: &CountryCode, what: &str) -> AppError {
    AppError::conflict_on(
        "name",
        crate::t2(
            "reg-err-name-taken",
            "what",
            what,
            "country",
            country.name(),
        ),
    )
}

pub async fn create_organisation(db: &Db, draft: &OrganisationDraft) -> Result<i64, AppError> {
    let txn = db::write(db).await?;
    let slug = free_slug(&txn, &draft.name, async |c, slug| {
        Ok(organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(slug))
            .count(c)
            .await?
            > 0)
    })
    .await?;
    let id = insert_organisation(&txn, &slug, draft).await?;
    txn.commit().await?;
    Ok(id)
}

/// Inserts an organisation with a given slug (the demo loader picks its own).
pub async fn insert_organisation(
    txn: &impl ConnectionTrait,
    slug: &str,
    draft: &OrganisationDraft,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = organisation::ActiveModel {
        slug: Set(slug.to_string()),
        created_at: Set(now),
        ..organisation_values(draft, now)
    };
    let id = match row.insert(txn).await {
        Ok(row) => row.id,
        Err(e) if db::is_unique_violation(&e) => {
            return Err(duplicate_name(&draft.country, "organisation"));
        }
        Err(e) => return Err(e.into()),
    };
    write_organisation_children(txn, id, draft).await?;
    Ok(id)
}

fn organisation_values(draft: &OrganisationDraft, now: DateTime<Utc>) -> organisation::ActiveModel {
    let services: Vec<&str> = draft.services.iter().map(|s| s.as_str()).collect();
    organisation::ActiveModel {
        kind: Set(draft.kind.as_str().to_string()),
        name: Set(draft.name.clone()),
        sort_name: Set(fold(&draft.name)),
        country: Set(draft.country.as_str().to_string()),
        city: Set(draft.city.clone()),
        region: Set(draft.region.clone()),
        website: Set(draft.website.clone()),
        description: Set(draft.description.clone()),
        services: Set(services.join(",")),
        search_text: Set(draft.search_text()),
        updated_at: Set(now),
        ..Default::default()
    }
}

async fn write_organisation_children(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &OrganisationDraft,
) -> Result<(), AppError> {
    organisation_sector::Entity::delete_many()
        .filter(organisation_sector::Column::OrganisationId.eq(id))
        .exec(txn)
        .await?;
    let sectors = sector_rows(&draft.sectors)
        .into_iter()
        .map(|(code, declared)| organisation_sector::ActiveModel {
            organisation_id: Set(id),
            code: Set(code),
            declared: Set(declared),
        });
    organisation_sector::Entity::insert_many(sectors)
        .exec(txn)
        .await?;
    replace_contacts(txn, Owner::Organisation(id), &draft.contacts).await
}

/// Writes an organisation's new fields, if it is still as it was when read
/// (`read_at`, its `updated_at` then); a change made meanwhile is a conflict.
pub async fn update_organisation(
    db: &Db,
    id: i64,
    read_at: DateTime<Utc>,
    draft: &OrganisationDraft,
) -> Result<(), AppError> {
    let txn = db::write(db).await?;
    db::lock_unchanged::<organisation::Entity>(&txn, id, read_at, |r| r.updated_at).await?;
    let row = organisation::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        ..organisation_values(draft, Utc::now())
    };
    match row.update(&txn).await {
        Ok(_) => {}
        Err(e) if db::is_unique_violation(&e) => {
            return Err(duplicate_name(&draft.country, "organisation"));
        }
        Err(e) => return Err(e.into()),
    }
    write_organisation_children(&txn, id, draft).await?;
    txn.commit().await?;
    Ok(())
}

async fn declared_org_sectors(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<NaceCode>>, AppError> {
    let rows = organisation_sector::Entity::find()
        .filter(organisation_sector::Column::OrganisationId.is_in(ids.iter().copied()))
        .filter(organisation_sector::Column::Declared.eq(true))
        .order_by_asc(organisation_sector::Column::Code)
        .all(db)
        .await?;
    let mut map: HashMap<i64, Vec<NaceCode>> = HashMap::new();
    for row in rows {
        map.entry(row.organisation_id)
            .or_default()
            .push(NaceCode::from_stored(row.code));
    }
    Ok(map)
}

pub async fn organisation(db: &Db, id: i64) -> Result<Option<Organisation>, AppError> {
    let Some(row) = organisation::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let mut sectors = declared_org_sectors(db, &[id]).await?;
    organisation_from(row, sectors.remove(&id).unwrap_or_default()).map(Some)
}

pub async fn sme_by_slug(db: &Db, slug: &str) -> Result<Option<Sme>, AppError> {
    let Some(row) = sme::Entity::find()
        .filter(sme::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(smes_from(db, vec![row]).await?.pop())
}

pub async fn organisation_by_slug(db: &Db, slug: &str) -> Result<Option<Organisation>, AppError> {
    let Some(row) = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let id = row.id;
    let mut sectors = declared_org_sectors(db, &[id]).await?;
    organisation_from(row, sectors.remove(&id).unwrap_or_default()).map(Some)
}

/// `column LIKE '%text%'`, the text taken literally.
fn contains(column: impl ColumnTrait, text: &str) -> SimpleExpr {
    column.like(db::contains_pattern(text))
}

/// Every term in the search text; a term that names a country also matches
/// what is in that country (`country_column`).
fn search_condition(
    column: impl ColumnTrait,
    country_column: impl ColumnTrait,
    terms: &[SearchTerm],
) -> Condition {
    terms.iter().fold(Condition::all(), |cond, term| {
        let text = contains(column, &term.text);
        match &term.country {
            Some(country) => cond.add(
                Condition::any()
                    .add(text)
                    .add(country_column.eq(country.as_str())),
            ),
            None => cond.add(text),
        }
    })
}

pub async fn list_organisations(
    db: &Db,
    filter: &ListFilter,
    window: Window,
) -> Result<(Vec<Organisation>, u64), AppError> {
    let mut condition = search_condition(
        organisation::Column::SearchText,
        organisation::Column::Country,
        &filter.terms,
    );
    if let Some(kind) = filter.kind {
        condition = condition.add(organisation::Column::Kind.eq(kind.as_str()));
    }
    if let Some(country) = &filter.country {
        condition = condition.add(organisation::Column::Country.eq(country.as_str()));
    }
    if let Some(sector) = &filter.sector {
        condition = condition.add(
            organisation::Column::Id.in_subquery(
                Query::select()
                    .column(organisation_sector::Column::OrganisationId)
                    .from(organisation_sector::Entity)
                    .and_where(organisation_sector::Column::Code.eq(sector.as_str()))
                    .to_owned(),
            ),
        );
    }
    let query = organisation::Entity::find().filter(condition);
    let page = query
        .clone()
        .order_by_asc(organisation::Column::SortName)
        .order_by_asc(organisation::Column::Id)
        .limit(window.limit)
        .offset(window.offset);
    // The count and the page are independent reads: run them side by side.
    let (total, rows) = tokio::try_join!(query.count(db), page.all(db))?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut sectors = declared_org_sectors(db, &ids).await?;
    let items = rows
        .into_iter()
        .map(|row| {
            let codes = sectors.remove(&row.id).unwrap_or_default();
            organisation_from(row, codes)
        })
        .collect::<Result<_, _>>()?;
    Ok((items, total))
}

/// The organisation an SME names as its home, if it exists.
pub async fn home_candidate(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<HomeCandidate>, AppError> {
    let Some(row) = organisation::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(Some(HomeCandidate {
        id: row.id,
        kind: stored("kind", OrganisationKind::parse(&row.kind))?,
    }))
}

/// References to organisations by id (those that exist).
pub async fn organisation_refs(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<HashMap<i64, OrganisationRef>, AppError> {
    organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|row| organisation_ref(row).map(|r| (r.id, r)))
        .collect()
}

/// Organisations that can be an SME's home, for choosing one in a form.
pub async fn home_options(db: &Db) -> Result<Vec<OrganisationRef>, AppError> {
    let kinds: Vec<OrganisationKind> = OrganisationKind::ALL
        .iter()
        .copied()
        .filter(|k| k.can_be_home())
        .collect();
    organisation_options(db, Some(&kinds)).await
}

/// Organisations by name, of some kinds (all when `None`), for choosing one in a form.
pub async fn organisation_options(
    db: &Db,
    kinds: Option<&[OrganisationKind]>,
) -> Result<Vec<OrganisationRef>, AppError> {
    let mut query = organisation::Entity::find();
    if let Some(kinds) = kinds {
        query = query.filter(organisation::Column::Kind.is_in(kinds.iter().map(|k| k.as_str())));
    }
    let rows = query
        .order_by_asc(organisation::Column::SortName)
        .order_by_asc(organisation::Column::Id)
        .all(db)
        .await?;
    rows.into_iter().map(organisation_ref).collect()
}

fn organisation_ref(row: organisation::Model) -> Result<OrganisationRef, AppError> {
    Ok(OrganisationRef {
        kind: stored("kind", OrganisationKind::parse(&row.kind))?,
        id: row.id,
        name: row.name,
        country: CountryCode::from_stored(row.country),
    })
}

/// How many organisations there are of each kind.
pub async fn organisations_by_kind(db: &Db) -> Result<Vec<(OrganisationKind, u64)>, AppError> {
    let rows: Vec<(String, i64)> = organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Kind)
        .column_as(organisation::Column::Id.count(), "n")
        .group_by(organisation::Column::Kind)
        .into_tuple()
        .all(db)
        .await?;
    let mut counts: Vec<(OrganisationKind, u64)> = rows
        .into_iter()
        .map(|(kind, n)| {
            Ok((
                stored("kind", OrganisationKind::parse(&kind))?,
                n.unsigned_abs(),
            ))
        })
        .collect::<Result<_, AppError>>()?;
    counts.sort_by_key(|(kind, _)| OrganisationKind::ALL.iter().position(|k| k == kind));
    Ok(counts)
}

// ---------------------------------------------------------------------------
// Contact people
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum Owner {
    Organisation(i64),
    Sme(i64),
}

async fn replace_contacts(
    txn: &impl ConnectionTrait,
    owner: Owner,
    contacts: &[Contact],
) -> Result<(), AppError> {
    let (organisation_id, sme_id) = match owner {
        Owner::Organisation(id) => (Some(id), None),
        Owner::Sme(id) => (None, Some(id)),
    };
    let filter = match owner {
        Owner::Organisation(id) => person::Column::OrganisationId.eq(id),
        Owner::Sme(id) => person::Column::SmeId.eq(id),
    };
    person::Entity::delete_many()
        .filter(filter)
        .exec(txn)
        .await?;
    let rows = contacts
        .iter()
        .enumerate()
        .map(|(i, c)| person::ActiveModel {
            organisation_id: Set(organisation_id),
            sme_id: Set(sme_id),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            name: Set(c.name.clone()),
            role: Set(c.role.clone()),
            email: Set(c.email.clone()),
            phone: Set(c.phone.clone()),
            ..Default::default()
        });
    person::Entity::insert_many(rows).exec(txn).await?;
    Ok(())
}

async fn contacts_where(db: &Db, filter: Expr) -> Result<Vec<Contact>, AppError> {
    Ok(person::Entity::find()
        .filter(filter)
        .order_by_asc(person::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|p| Contact {
            name: p.name,
            role: p.role,
            email: p.email,
            phone: p.phone,
        })
        .collect())
}

pub async fn organisation_contacts(db: &Db, id: i64) -> Result<Vec<Contact>, AppError> {
    contacts_where(db, person::Column::OrganisationId.eq(id)).await
}

pub async fn sme_contacts(db: &Db, id: i64) -> Result<Vec<Contact>, AppError> {
    contacts_where(db, person::Column::SmeId.eq(id)).await
}

// ---------------------------------------------------------------------------
// SMEs
// ---------------------------------------------------------------------------

fn sme_values(draft: &SmeDraft, now: DateTime<Utc>) -> sme::ActiveModel {
    sme::ActiveModel {
        name: Set(draft.name.clone()),
        sort_name: Set(fold(&draft.name)),
        country: Set(draft.country.as_str().to_string()),
        city: Set(draft.city.clone()),
        home_organisation_id: Set(draft.home_organisation_id),
        founded: Set(draft.founded),
        employees: Set(draft.employees),
        annual_turnover_cents: Set(draft.annual_turnover_cents),
        products: Set(draft.products.clone()),
        website: Set(draft.website.clone()),
        directory_consent: Set(draft.directory_consent),
        notes: Set(draft.notes.clone()),
        search_text: Set(draft.search_text()),
        updated_at: Set(now),
        ..Default::default()
    }
}

pub async fn create_sme(db: &Db, draft: &SmeDraft) -> Result<i64, AppError> {
    let txn = db::write(db).await?;
    let slug = free_slug(&txn, &draft.name, async |c, slug| {
        Ok(sme::Entity::find()
            .filter(sme::Column::Slug.eq(slug))
            .count(c)
            .await?
            > 0)
    })
    .await?;
    let id = insert_sme(&txn, &slug, draft).await?;
    txn.commit().await?;
    Ok(id)
}

/// Inserts an SME with a given slug (the demo loader picks its own).
pub async fn insert_sme(
    txn: &impl ConnectionTrait,
    slug: &str,
    draft: &SmeDraft,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = sme::ActiveModel {
        slug: Set(slug.to_string()),
        created_at: Set(now),
        ..sme_values(draft, now)
    };
    let id = match row.insert(txn).await {
        Ok(row) => row.id,
        Err(e) if db::is_unique_violation(&e) => {
            return Err(duplicate_name(&draft.country, "sme"));
        }
        Err(e) => return Err(e.into()),
    };
    write_sme_children(txn, id, draft).await?;
    Ok(id)
}

async fn write_sme_children(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &SmeDraft,
) -> Result<(), AppError> {
    sme_sector::Entity::delete_many()
        .filter(sme_sector::Column::SmeId.eq(id))
        .exec(txn)
        .await?;
    sme_sector::Entity::insert_many(sector_rows(&draft.sectors).into_iter().map(
        |(code, declared)| sme_sector::ActiveModel {
            sme_id: Set(id),
            code: Set(code),
            declared: Set(declared),
        },
    ))
    .exec(txn)
    .await?;
    sme_target_market::Entity::delete_many()
        .filter(sme_target_market::Column::SmeId.eq(id))
        .exec(txn)
        .await?;
    sme_target_market::Entity::insert_many(draft.target_markets.iter().map(|country| {
        sme_target_market::ActiveModel {
            sme_id: Set(id),
            country: Set(country.as_str().to_string()),
        }
    }))
    .exec(txn)
    .await?;
    replace_contacts(txn, Owner::Sme(id), &draft.contacts).await
}

/// Writes an SME's new fields, if it is still as it was when read (`was`):
/// moved to another home by the coordinator meanwhile, the edit is refused
/// rather than moving it back; changed in any other way, it is a conflict
/// instead of a silent overwrite.
pub async fn update_sme(db: &Db, id: i64, was: &Sme, draft: &SmeDraft) -> Result<(), AppError> {
    let txn = db::write(db).await?;
    // Read again under a lock and compared here, as in db::lock_unchanged,
    // but the home first: a move has its own message.
    let now = sme::Entity::find_by_id(id)
        .lock_exclusive()
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if now.home_organisation_id != was.home.id {
        return Err(AppError::conflict(crate::t("reg-err-sme-moved")));
    }
    if now.updated_at != was.updated_at {
        return Err(AppError::conflict(crate::t("val-saved-meanwhile")));
    }
    let row = sme::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        ..sme_values(draft, Utc::now())
    };
    match row.update(&txn).await {
        Ok(_) => {}
        Err(e) if db::is_unique_violation(&e) => {
            return Err(duplicate_name(&draft.country, "sme"));
        }
        Err(e) => return Err(e.into()),
    }
    write_sme_children(&txn, id, draft).await?;
    txn.commit().await?;
    Ok(())
}

/// Lets an organisation see an SME's private part, for a reason another
/// capability names (e.g. `programme:3`); idempotent.
pub async fn grant_access(
    txn: &impl ConnectionTrait,
    sme_id: i64,
    organisation_id: i64,
    reason: &str,
) -> Result<(), AppError> {
    sme_access_grant::Entity::insert(sme_access_grant::ActiveModel {
        sme_id: Set(sme_id),
        organisation_id: Set(organisation_id),
        reason: Set(reason.to_string()),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// Takes back one grant (others for other reasons stay).
pub async fn revoke_access(
    txn: &impl ConnectionTrait,
    sme_id: i64,
    organisation_id: i64,
    reason: &str,
) -> Result<(), AppError> {
    sme_access_grant::Entity::delete_many()
        .filter(sme_access_grant::Column::SmeId.eq(sme_id))
        .filter(sme_access_grant::Column::OrganisationId.eq(organisation_id))
        .filter(sme_access_grant::Column::Reason.eq(reason))
        .exec(txn)
        .await?;
    Ok(())
}

/// Removes an SME; its sectors, markets and contact people go with it (the
/// caller removes its member accounts in the same transaction first).
pub async fn delete_sme(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    let result = sme::Entity::delete_by_id(id).exec(txn).await?;
    if result.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// How many SMEs have this organisation as their home.
pub async fn count_smes_at(
    db: &impl ConnectionTrait,
    organisation_id: i64,
) -> Result<u64, AppError> {
    Ok(sme::Entity::find()
        .filter(sme::Column::HomeOrganisationId.eq(organisation_id))
        .count(db)
        .await?)
}

/// Removes an organisation with its sectors and contact people.
pub async fn delete_organisation(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    match organisation::Entity::delete_by_id(id).exec(txn).await {
        Ok(result) if result.rows_affected == 0 => Err(AppError::NotFound),
        Ok(_) => Ok(()),
        // Programmes, events, calls, desks, surveys or chapters still refer
        // to it (or something came to depend on it meanwhile).
        Err(e) if crate::db::is_foreign_key_violation(&e) => Err(AppError::Conflict {
            message: crate::t("reg-err-organisation-in-use"),
            fields: Default::default(),
        }),
        Err(e) => Err(e.into()),
    }
}

/// Loads the sectors, markets and home organisations for a page of SME rows.
async fn smes_from(db: &Db, rows: Vec<sme::Model>) -> Result<Vec<Sme>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut sectors: HashMap<i64, Vec<NaceCode>> = HashMap::new();
    for row in sme_sector::Entity::find()
        .filter(sme_sector::Column::SmeId.is_in(ids.iter().copied()))
        .filter(sme_sector::Column::Declared.eq(true))
        .order_by_asc(sme_sector::Column::Code)
        .all(db)
        .await?
    {
        sectors
            .entry(row.sme_id)
            .or_default()
            .push(NaceCode::from_stored(row.code));
    }
    let mut markets: HashMap<i64, Vec<CountryCode>> = HashMap::new();
    for row in sme_target_market::Entity::find()
        .filter(sme_target_market::Column::SmeId.is_in(ids.iter().copied()))
        .order_by_asc(sme_target_market::Column::Country)
        .all(db)
        .await?
    {
        markets
            .entry(row.sme_id)
            .or_default()
            .push(CountryCode::from_stored(row.country));
    }
    let mut partners: HashMap<i64, Vec<i64>> = HashMap::new();
    for row in sme_access_grant::Entity::find()
        .filter(sme_access_grant::Column::SmeId.is_in(ids.iter().copied()))
        .all(db)
        .await?
    {
        let list = partners.entry(row.sme_id).or_default();
        if !list.contains(&row.organisation_id) {
            list.push(row.organisation_id);
        }
    }
    let home_ids: Vec<i64> = rows.iter().map(|r| r.home_organisation_id).collect();
    let homes: HashMap<i64, OrganisationRef> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(home_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|row| organisation_ref(row).map(|r| (r.id, r)))
        .collect::<Result<_, _>>()?;
    rows.into_iter()
        .map(|row| {
            let home = homes
                .get(&row.home_organisation_id)
                .cloned()
                .ok_or_else(|| AppError::Internal(anyhow::anyhow!("SME {} has no home", row.id)))?;
            Ok(Sme {
                sectors: sectors.remove(&row.id).unwrap_or_default(),
                target_markets: markets.remove(&row.id).unwrap_or_default(),
                partners: partners.remove(&row.id).unwrap_or_default(),
                home,
                id: row.id,
                slug: row.slug,
                name: row.name,
                country: CountryCode::from_stored(row.country),
                city: row.city,
                founded: row.founded,
                employees: row.employees,
                annual_turnover_cents: row.annual_turnover_cents,
                products: row.products,
                website: row.website,
                directory_consent: row.directory_consent,
                notes: row.notes,
                created_at: row.created_at,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

pub async fn sme(db: &Db, id: i64) -> Result<Option<Sme>, AppError> {
    let Some(row) = sme::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(smes_from(db, vec![row]).await?.pop())
}

fn scope_condition(scope: SmeScope) -> Condition {
    match scope {
        SmeScope::All => Condition::all(),
        SmeScope::Consented {
            managed_organisation,
            own_sme,
        } => Condition::any()
            .add(sme::Column::DirectoryConsent.eq(true))
            .add_option(managed_organisation.map(|id| sme::Column::HomeOrganisationId.eq(id)))
            .add_option(managed_organisation.map(|id| {
                sme::Column::Id.in_subquery(
                    Query::select()
                        .column(sme_access_grant::Column::SmeId)
                        .from(sme_access_grant::Entity)
                        .and_where(sme_access_grant::Column::OrganisationId.eq(id))
                        .to_owned(),
                )
            }))
            .add_option(own_sme.map(|id| sme::Column::Id.eq(id))),
    }
}

/// Every word of a search in an SME's search text. On SQLite the words of
/// three letters or more are looked up in the trigram index `smes_fts` (a
/// phrase of its trigrams matches where `LIKE '%word%'` would); shorter words,
/// and every word on PostgreSQL (whose trigram index serves `LIKE`), are
/// compared directly.
///
/// A term that names a country also matches the SMEs in that country.
fn sme_search_condition(backend: DbBackend, terms: &[SearchTerm]) -> Condition {
    if backend != DbBackend::Sqlite {
        return search_condition(sme::Column::SearchText, sme::Column::Country, terms);
    }
    let indexed = |t: &SearchTerm| t.text.chars().count() >= 3;
    let phrase = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let in_index = |phrases: String| -> SimpleExpr {
        Expr::cust_with_values(
            r#""smes"."id" IN (SELECT rowid FROM smes_fts WHERE smes_fts MATCH ?)"#,
            [phrases],
        )
    };
    let mut condition = Condition::all();
    let mut phrases = Vec::new();
    for term in terms {
        let text = if indexed(term) {
            if term.country.is_none() {
                // Plain words are looked up together, in one MATCH.
                phrases.push(phrase(&term.text));
                continue;
            }
            in_index(phrase(&term.text))
        } else {
            contains(sme::Column::SearchText, &term.text)
        };
        condition = match &term.country {
            Some(country) => condition.add(
                Condition::any()
                    .add(text)
                    .add(sme::Column::Country.eq(country.as_str())),
            ),
            None => condition.add(text),
        };
    }
    if !phrases.is_empty() {
        condition = condition.add(in_index(phrases.join(" AND ")));
    }
    condition
}

fn sme_filter_condition(backend: DbBackend, filter: &ListFilter) -> Condition {
    let mut condition = sme_search_condition(backend, &filter.terms);
    if let Some(country) = &filter.country {
        condition = condition.add(sme::Column::Country.eq(country.as_str()));
    }
    if let Some(home) = filter.home_organisation {
        condition = condition.add(sme::Column::HomeOrganisationId.eq(home));
    }
    if let Some(kind) = filter.kind {
        condition = condition.add(
            sme::Column::HomeOrganisationId.in_subquery(
                Query::select()
                    .column(organisation::Column::Id)
                    .from(organisation::Entity)
                    .and_where(organisation::Column::Kind.eq(kind.as_str()))
                    .to_owned(),
            ),
        );
    }
    if let Some(sector) = &filter.sector {
        condition = condition.add(
            sme::Column::Id.in_subquery(
                Query::select()
                    .column(sme_sector::Column::SmeId)
                    .from(sme_sector::Entity)
                    .and_where(sme_sector::Column::Code.eq(sector.as_str()))
                    .to_owned(),
            ),
        );
    }
    if let Some(market) = &filter.target_market {
        condition = condition.add(
            sme::Column::Id.in_subquery(
                Query::select()
                    .column(sme_target_market::Column::SmeId)
                    .from(sme_target_market::Entity)
                    .and_where(sme_target_market::Column::Country.eq(market.as_str()))
                    .to_owned(),
            ),
        );
    }
    condition
}

pub async fn list_smes(
    db: &Db,
    scope: SmeScope,
    filter: &ListFilter,
    window: Window,
) -> Result<(Vec<Sme>, u64), AppError> {
    let query = sme::Entity::find()
        .filter(scope_condition(scope))
        .filter(sme_filter_condition(db.get_database_backend(), filter));
    let page = query
        .clone()
        .order_by_asc(sme::Column::SortName)
        .order_by_asc(sme::Column::Id)
        .limit(window.limit)
        .offset(window.offset);
    // The count and the page are independent reads: run them side by side.
    let (total, rows) = tokio::try_join!(query.count(db), page.all(db))?;
    Ok((smes_from(db, rows).await?, total))
}

/// How many SMEs of the scope there are per country.
pub async fn smes_by_country(
    db: &Db,
    scope: SmeScope,
) -> Result<Vec<(CountryCode, u64)>, AppError> {
    let rows: Vec<(String, i64)> = sme::Entity::find()
        .select_only()
        .column(sme::Column::Country)
        .column_as(sme::Column::Id.count(), "n")
        .filter(scope_condition(scope))
        .group_by(sme::Column::Country)
        .order_by_asc(sme::Column::Country)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(country, n)| (CountryCode::from_stored(country), n.unsigned_abs()))
        .collect())
}

/// Slugs of SMEs whose slug starts with a prefix (the demo loader's generated ones).
pub async fn sme_slugs_with_prefix(
    db: &impl ConnectionTrait,
    prefix: &str,
) -> Result<Vec<String>, AppError> {
    Ok(sme::Entity::find()
        .select_only()
        .column(sme::Column::Slug)
        .filter(sme::Column::Slug.starts_with(prefix))
        .into_tuple::<String>()
        .all(db)
        .await?)
}

/// Ids and slugs of the SMEs whose slug starts with `prefix`.
pub async fn sme_ids_with_prefix(
    db: &impl ConnectionTrait,
    prefix: &str,
) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sme::Entity::find()
        .select_only()
        .column(sme::Column::Id)
        .column(sme::Column::Slug)
        .filter(sme::Column::Slug.starts_with(prefix))
        .order_by_asc(sme::Column::Id)
        .into_tuple()
        .all(db)
        .await?)
}

/// Ids of organisations and SMEs by slug (for loaders that refer to records by slug).
pub async fn organisation_ids_by_slug(
    db: &impl ConnectionTrait,
) -> Result<HashMap<String, i64>, AppError> {
    let rows: Vec<(String, i64)> = organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Slug)
        .column(organisation::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// Names of organisations and SMEs by id, for showing references to them.
pub async fn names(
    db: &impl ConnectionTrait,
    organisation_ids: &[i64],
    sme_ids: &[i64],
) -> Result<(HashMap<i64, String>, HashMap<i64, String>), AppError> {
    let organisations: Vec<(i64, String)> = organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Id)
        .column(organisation::Column::Name)
        .filter(organisation::Column::Id.is_in(organisation_ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    let smes: Vec<(i64, String)> = sme::Entity::find()
        .select_only()
        .column(sme::Column::Id)
        .column(sme::Column::Name)
        .filter(sme::Column::Id.is_in(sme_ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    Ok((
        organisations.into_iter().collect(),
        smes.into_iter().collect(),
    ))
}

/// The city of every organisation, by id.
pub async fn organisation_cities(
    db: &impl ConnectionTrait,
) -> Result<HashMap<i64, String>, AppError> {
    let rows: Vec<(i64, String)> = organisation::Entity::find()
        .select_only()
        .column(organisation::Column::Id)
        .column(organisation::Column::City)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

pub async fn sme_ids_by_slug(
    db: &impl ConnectionTrait,
    slugs: &[String],
) -> Result<HashMap<String, i64>, AppError> {
    let mut ids = HashMap::new();
    for chunk in slugs.chunks(500) {
        let rows: Vec<(String, i64)> = sme::Entity::find()
            .select_only()
            .column(sme::Column::Slug)
            .column(sme::Column::Id)
            .filter(sme::Column::Slug.is_in(chunk.iter().cloned()))
            .into_tuple()
            .all(db)
            .await?;
        ids.extend(rows);
    }
    Ok(ids)
}

/// Inserts many SMEs at once, with their sectors and target markets, in the
/// caller's transaction. Used to load large generated networks quickly.
pub async fn insert_smes_bulk(
    txn: &impl ConnectionTrait,
    smes: &[(String, SmeDraft)],
) -> Result<(), AppError> {
    // Big statements load fastest, but SQLite binds at most 32,766 parameters
    // per statement: an SME row has 16, a sector or market row 3.
    const CHUNK: usize = 1800;
    const CHILD_CHUNK: usize = 9000;
    let now = Utc::now();
    for chunk in smes.chunks(CHUNK) {
        let rows = chunk.iter().map(|(slug, draft)| sme::ActiveModel {
            slug: Set(slug.clone()),
            created_at: Set(now),
            ..sme_values(draft, now)
        });
        let inserted = sme::Entity::insert_many(rows)
            .exec_with_returning(txn)
            .await?;
        let by_slug: HashMap<&str, i64> =
            inserted.iter().map(|r| (r.slug.as_str(), r.id)).collect();
        let mut sector_rows_all = Vec::new();
        let mut market_rows = Vec::new();
        for (slug, draft) in chunk {
            let id = by_slug[slug.as_str()];
            for (code, declared) in sector_rows(&draft.sectors) {
                sector_rows_all.push(sme_sector::ActiveModel {
                    sme_id: Set(id),
                    code: Set(code),
                    declared: Set(declared),
                });
            }
            for country in &draft.target_markets {
                market_rows.push(sme_target_market::ActiveModel {
                    sme_id: Set(id),
                    country: Set(country.as_str().to_string()),
                });
            }
        }
        for rows in sector_rows_all.chunks(CHILD_CHUNK) {
            sme_sector::Entity::insert_many(rows.to_vec())
                .exec(txn)
                .await?;
        }
        for rows in market_rows.chunks(CHILD_CHUNK) {
            sme_target_market::Entity::insert_many(rows.to_vec())
                .exec(txn)
                .await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sector_rows_include_broader_codes_once() {
        let codes = [
            NaceCode::parse("C10.51").unwrap(),
            NaceCode::parse("C10").unwrap(),
        ];
        let rows = sector_rows(&codes);
        let expected: BTreeMap<String, bool> = [
            ("C", false),
            ("C10", true),
            ("C10.5", false),
            ("C10.51", true),
        ]
        .into_iter()
        .map(|(c, d)| (c.to_string(), d))
        .collect();
        assert_eq!(rows, expected);
    }
}

/// What other capabilities need to show an SME they refer to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmeRef {
    pub id: i64,
    pub name: String,
    pub country: CountryCode,
    pub home_organisation_id: i64,
    pub sectors: Vec<NaceCode>,
    pub target_markets: Vec<CountryCode>,
    pub products: String,
    pub directory_consent: bool,
    pub employees: Option<i32>,
}

/// The columns of an SME that its reference holds: id, name, country, home,
/// products, directory consent, employees.
type SmeRefRow = (i64, String, String, i64, String, bool, Option<i32>);

/// References to SMEs by id (those that exist), with their declared sectors
/// and target markets.
pub async fn sme_refs(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<HashMap<i64, SmeRef>, AppError> {
    let mut refs = HashMap::new();
    for chunk in ids.chunks(500) {
        // Only the columns a reference holds: not the long texts of the page.
        let rows: Vec<SmeRefRow> = sme::Entity::find()
            .select_only()
            .columns([
                sme::Column::Id,
                sme::Column::Name,
                sme::Column::Country,
                sme::Column::HomeOrganisationId,
                sme::Column::Products,
                sme::Column::DirectoryConsent,
                sme::Column::Employees,
            ])
            .filter(sme::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        let sectors: Vec<(i64, String)> = sme_sector::Entity::find()
            .select_only()
            .column(sme_sector::Column::SmeId)
            .column(sme_sector::Column::Code)
            .filter(sme_sector::Column::SmeId.is_in(chunk.iter().copied()))
            .filter(sme_sector::Column::Declared.eq(true))
            .order_by_asc(sme_sector::Column::Code)
            .into_tuple()
            .all(db)
            .await?;
        let markets: Vec<(i64, String)> = sme_target_market::Entity::find()
            .select_only()
            .column(sme_target_market::Column::SmeId)
            .column(sme_target_market::Column::Country)
            .filter(sme_target_market::Column::SmeId.is_in(chunk.iter().copied()))
            .order_by_asc(sme_target_market::Column::Country)
            .into_tuple()
            .all(db)
            .await?;
        for (id, name, country, home_organisation_id, products, directory_consent, employees) in
            rows
        {
            refs.insert(
                id,
                SmeRef {
                    id,
                    name,
                    country: CountryCode::from_stored(country),
                    home_organisation_id,
                    sectors: Vec::new(),
                    target_markets: Vec::new(),
                    products,
                    directory_consent,
                    employees,
                },
            );
        }
        for (id, code) in sectors {
            if let Some(r) = refs.get_mut(&id) {
                r.sectors.push(NaceCode::from_stored(code));
            }
        }
        for (id, country) in markets {
            if let Some(r) = refs.get_mut(&id) {
                r.target_markets.push(CountryCode::from_stored(country));
            }
        }
    }
    Ok(refs)
}

/// SMEs whose private part an organisation sees: its own (as home) and
/// those that granted it access.
pub async fn private_sme_ids(
    db: &impl ConnectionTrait,
    organisation_id: i64,
) -> Result<Vec<i64>, AppError> {
    let mut ids: Vec<i64> = sme::Entity::find()
        .select_only()
        .column(sme::Column::Id)
        .filter(sme::Column::HomeOrganisationId.eq(organisation_id))
        .into_tuple()
        .all(db)
        .await?;
    let granted: Vec<i64> = sme_access_grant::Entity::find()
        .select_only()
        .column(sme_access_grant::Column::SmeId)
        .filter(sme_access_grant::Column::OrganisationId.eq(organisation_id))
        .into_tuple()
        .all(db)
        .await?;
    ids.extend(granted);
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// Of the SMEs `among`, those whose private part an organisation sees (what
/// [`private_sme_ids`] lists, asked for only the SMEs a caller needs: an
/// incubator may look after thousands).
pub async fn private_sme_ids_among(
    db: &impl ConnectionTrait,
    organisation_id: i64,
    among: &[i64],
) -> Result<Vec<i64>, AppError> {
    let mut ids = Vec::new();
    for chunk in among.chunks(500) {
        let part: Vec<i64> = sme::Entity::find()
            .select_only()
            .column(sme::Column::Id)
            .filter(sme::Column::Id.is_in(chunk.iter().copied()))
            .filter(looked_after_by(
                organisation_id,
                (sme::Entity, sme::Column::Id),
            ))
            .into_tuple()
            .all(db)
            .await?;
        ids.extend(part);
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// A subquery of the ids of SMEs in a country, for other capabilities' filters.
pub fn smes_in_country(country: &CountryCode) -> SelectStatement {
    Query::select()
        .column(sme::Column::Id)
        .from(sme::Entity)
        .and_where(sme::Column::Country.eq(country.as_str()))
        .to_owned()
}

/// A subquery of the ids of organisations in a country.
pub fn organisations_in_country(country: &CountryCode) -> SelectStatement {
    Query::select()
        .column(organisation::Column::Id)
        .from(organisation::Entity)
        .and_where(organisation::Column::Country.eq(country.as_str()))
        .to_owned()
}

/// A subquery of the ids of organisations of a kind.
pub fn organisations_of_kind(kind: OrganisationKind) -> SelectStatement {
    Query::select()
        .column(organisation::Column::Id)
        .from(organisation::Entity)
        .and_where(organisation::Column::Kind.eq(kind.as_str()))
        .to_owned()
}

/// "The SME in `sme_id` is looked after by the organisation": it is the
/// SME's home or was granted access (what [`private_sme_ids`] lists), as a
/// condition on a table's column (the SMEs' own too: the SME it looks up
/// goes by an alias of its own), checked row by row through the primary
/// key and the grants' index rather than by listing the SMEs.
pub fn looked_after_by(
    organisation_id: i64,
    sme_id: (impl IntoIden + Clone, impl IntoIden + Clone),
) -> Condition {
    let looked_up = Alias::new("looked_after_sme");
    Condition::any()
        .add(Expr::exists(
            Query::select()
                .expr(Expr::val(1))
                .from_as(sme::Entity, looked_up.clone())
                .and_where(Expr::col((looked_up.clone(), sme::Column::Id)).equals(sme_id.clone()))
                .and_where(
                    Expr::col((looked_up, sme::Column::HomeOrganisationId)).eq(organisation_id),
                )
                .to_owned(),
        ))
        .add(Expr::exists(
            Query::select()
                .expr(Expr::val(1))
                .from(sme_access_grant::Entity)
                .and_where(
                    Expr::col((sme_access_grant::Entity, sme_access_grant::Column::SmeId))
                        .equals(sme_id),
                )
                .and_where(sme_access_grant::Column::OrganisationId.eq(organisation_id))
                .to_owned(),
        ))
}

/// A subquery of the ids of the SMEs whose home is an organisation.
pub fn smes_at(organisation_id: i64) -> SelectStatement {
    Query::select()
        .column(sme::Column::Id)
        .from(sme::Entity)
        .and_where(sme::Column::HomeOrganisationId.eq(organisation_id))
        .to_owned()
}

/// Erases what identifies an SME (name, address, texts, contact people) and
/// keeps what aggregate figures count it by (country, home organisation,
/// sectors, size, year founded). Its directory listing ends.
pub async fn erase_sme_identity(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    let name = format!("Erased SME #{id}");
    let result = sme::Entity::update_many()
        .col_expr(sme::Column::Slug, Expr::value(format!("erased-sme-{id}")))
        .col_expr(sme::Column::Name, Expr::value(name.clone()))
        .col_expr(sme::Column::SortName, Expr::value(fold(&name)))
        .col_expr(sme::Column::City, Expr::value(""))
        .col_expr(sme::Column::Products, Expr::value(""))
        .col_expr(sme::Column::Website, Expr::value(""))
        .col_expr(sme::Column::Notes, Expr::value(""))
        .col_expr(sme::Column::DirectoryConsent, Expr::value(false))
        .col_expr(sme::Column::SearchText, Expr::value(fold(&name)))
        .col_expr(sme::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(sme::Column::Id.eq(id))
        .exec(txn)
        .await?;
    if result.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    person::Entity::delete_many()
        .filter(person::Column::SmeId.eq(id))
        .exec(txn)
        .await?;
    Ok(())
}
