//! Profiles, their search index (stemmed terms with weights, and how many
//! profiles hold each term) and introductions.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{CaseStatement, Expr, ExprTrait, Func, OnConflict, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, JoinType, Order,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, RelationTrait, Set,
};

use super::stored;
use crate::db;
use crate::matchmaking::entities::{
    introduction, profile, profile_index_stats, profile_sector, profile_target, profile_term,
    profile_term_stats,
};
use crate::matchmaking::model::access::PartyAccess;
use crate::matchmaking::model::profiles::{
    IntroductionStatus, Outcome, Party, ProfileDraft, ProfileStatus, ProfileType, Stage,
    Visibility, visibility,
};
use crate::matchmaking::model::search::{OwnerKind, SearchFilter};
use crate::matchmaking::model::text::{self, Corpus, IndexedText};
use crate::registry::model::{CountryCode, NaceCode, fold};
use crate::registry::store as registry;
use crate::validation::Window;
use crate::web::AppError;

/// Who owns a profile, as shown and as access rules need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Owner {
    pub party: Party,
    pub name: String,
    pub country: CountryCode,
    /// `sme`, or the organisation's kind.
    pub kind: String,
    /// The SME's home organisation, or the organisation itself.
    pub responsible_organisation: i64,
}

impl Owner {
    pub fn access(&self) -> PartyAccess {
        PartyAccess {
            party: self.party,
            responsible_organisation: self.responsible_organisation,
        }
    }

    /// Where the owner's page is.
    pub fn link(&self) -> String {
        match self.party {
            Party::Sme(id) => format!("/smes/{id}"),
            Party::Organisation(id) => format!("/organisations/{id}"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub email: String,
    pub phone: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub id: i64,
    pub kind: ProfileType,
    pub owner: Owner,
    pub title: String,
    pub description: String,
    pub sectors: Vec<NaceCode>,
    pub keywords: Vec<String>,
    pub target_countries: Vec<CountryCode>,
    pub stage: Stage,
    pub status: ProfileStatus,
    pub expires_on: NaiveDate,
    pub review_note: String,
    pub reviewed_by_name: String,
    pub reviewed_at: Option<DateTime<Utc>>,
    pub published_at: Option<DateTime<Utc>>,
    pub contact: Contact,
    pub created_by_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Profile {
    /// Which state of the profile an editor saw: a form sends it back so
    /// that a change made meanwhile is not overwritten unseen.
    pub fn version(&self) -> i64 {
        crate::validation::version_of(self.updated_at)
    }

    pub fn visibility(&self, today: NaiveDate) -> Visibility {
        visibility(self.status, self.expires_on, today)
    }

    /// The profile as a draft, to compare with a changed one.
    pub fn draft(&self) -> ProfileDraft {
        ProfileDraft {
            kind: self.kind,
            title: self.title.clone(),
            description: self.description.clone(),
            sectors: self.sectors.clone(),
            keywords: self.keywords.clone(),
            target_countries: self.target_countries.clone(),
            stage: self.stage,
            expires_on: self.expires_on,
            contact_name: self.contact.name.clone(),
            contact_email: self.contact.email.clone(),
            contact_phone: self.contact.phone.clone(),
        }
    }
}

/// The owners of the given parties (those that exist).
pub async fn owners(
    db: &impl ConnectionTrait,
    parties: &[Party],
) -> Result<HashMap<Party, Owner>, AppError> {
    let sme_ids: Vec<i64> = parties.iter().filter_map(|p| p.sme_id()).collect();
    let organisation_ids: Vec<i64> = parties.iter().filter_map(|p| p.organisation_id()).collect();
    let smes = registry::sme_refs(db, &sme_ids).await?;
    let organisations = registry::organisation_refs(db, &organisation_ids).await?;
    let mut owners = HashMap::new();
    for sme in smes.into_values() {
        owners.insert(
            Party::Sme(sme.id),
            Owner {
                party: Party::Sme(sme.id),
                name: sme.name,
                country: sme.country,
                kind: "sme".into(),
                responsible_organisation: sme.home_organisation_id,
            },
        );
    }
    for organisation in organisations.into_values() {
        owners.insert(
            Party::Organisation(organisation.id),
            Owner {
                party: Party::Organisation(organisation.id),
                name: organisation.name,
                country: organisation.country,
                kind: organisation.kind.as_str().into(),
                responsible_organisation: organisation.id,
            },
        );
    }
    Ok(owners)
}

pub async fn owner(db: &impl ConnectionTrait, party: Party) -> Result<Option<Owner>, AppError> {
    Ok(owners(db, &[party]).await?.remove(&party))
}

fn owner_of(row: &profile::Model) -> Result<Party, AppError> {
    stored("profile owner", Party::parse_key(&row.owner_key))
}

fn split_keywords(value: &str) -> Vec<String> {
    value
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(String::from)
        .collect()
}

async fn profiles_from(
    db: &impl ConnectionTrait,
    rows: Vec<profile::Model>,
) -> Result<Vec<Profile>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut sectors: HashMap<i64, Vec<NaceCode>> = HashMap::new();
    let mut targets: HashMap<i64, Vec<CountryCode>> = HashMap::new();
    for chunk in ids.chunks(500) {
        let sector_rows: Vec<(i64, String)> = profile_sector::Entity::find()
            .select_only()
            .column(profile_sector::Column::ProfileId)
            .column(profile_sector::Column::Code)
            .filter(profile_sector::Column::ProfileId.is_in(chunk.iter().copied()))
            .filter(profile_sector::Column::Declared.eq(true))
            .order_by_asc(profile_sector::Column::Code)
            .into_tuple()
            .all(db)
            .await?;
        for (id, code) in sector_rows {
            sectors
                .entry(id)
                .or_default()
                .push(NaceCode::from_stored(code));
        }
        let target_rows: Vec<(i64, String)> = profile_target::Entity::find()
            .select_only()
            .column(profile_target::Column::ProfileId)
            .column(profile_target::Column::Country)
            .filter(profile_target::Column::ProfileId.is_in(chunk.iter().copied()))
            .order_by_asc(profile_target::Column::Country)
            .into_tuple()
            .all(db)
            .await?;
        for (id, country) in target_rows {
            targets
                .entry(id)
                .or_default()
                .push(CountryCode::from_stored(country));
        }
    }
    let parties: Vec<Party> = rows.iter().map(owner_of).collect::<Result<_, _>>()?;
    let mut unique = parties.clone();
    unique.sort_unstable();
    unique.dedup();
    let owners = owners(db, &unique).await?;
    rows.into_iter()
        .zip(parties)
        .map(|(row, party)| {
            let owner = owners.get(&party).cloned().ok_or_else(|| {
                AppError::Internal(anyhow::anyhow!(
                    "the owner of profile #{} is missing",
                    row.id
                ))
            })?;
            Ok(Profile {
                kind: stored("profile type", ProfileType::parse(&row.kind))?,
                stage: stored("stage", Stage::parse(&row.stage))?,
                status: stored("profile status", ProfileStatus::parse(&row.status))?,
                sectors: sectors.remove(&row.id).unwrap_or_default(),
                target_countries: targets.remove(&row.id).unwrap_or_default(),
                keywords: split_keywords(&row.keywords),
                owner,
                id: row.id,
                title: row.title,
                description: row.description,
                expires_on: row.expires_on,
                review_note: row.review_note,
                reviewed_by_name: row.reviewed_by_name,
                reviewed_at: row.reviewed_at,
                published_at: row.published_at,
                contact: Contact {
                    name: row.contact_name,
                    email: row.contact_email,
                    phone: row.contact_phone,
                },
                created_by_name: row.created_by_name,
                created_at: row.created_at,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

pub async fn profile(db: &impl ConnectionTrait, id: i64) -> Result<Option<Profile>, AppError> {
    let Some(row) = profile::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(profiles_from(db, vec![row]).await?.pop())
}

/// Profiles by id, in the order of `ids` (missing ones left out).
pub async fn profiles(db: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<Profile>, AppError> {
    let mut rows = Vec::new();
    for chunk in ids.chunks(500) {
        rows.extend(
            profile::Entity::find()
                .filter(profile::Column::Id.is_in(chunk.iter().copied()))
                .all(db)
                .await?,
        );
    }
    let mut loaded: HashMap<i64, Profile> = profiles_from(db, rows)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    Ok(ids.iter().filter_map(|id| loaded.remove(id)).collect())
}

// ---------------------------------------------------------------------------
// Writing profiles and their index
// ---------------------------------------------------------------------------

fn indexed(draft: &ProfileDraft) -> IndexedText {
    text::index(&draft.title, &draft.keywords, &draft.description)
}

/// Sector rows: each declared code and every broader code above it.
fn sector_rows(id: i64, codes: &[NaceCode]) -> Vec<profile_sector::ActiveModel> {
    let mut rows: BTreeMap<String, bool> = BTreeMap::new();
    for code in codes {
        for ancestor in code.with_ancestors() {
            let declared = ancestor == *code;
            let entry = rows.entry(ancestor.as_str().to_string()).or_default();
            *entry |= declared;
        }
    }
    rows.into_iter()
        .map(|(code, declared)| profile_sector::ActiveModel {
            profile_id: Set(id),
            code: Set(code),
            declared: Set(declared),
        })
        .collect()
}

async fn write_children(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &ProfileDraft,
) -> Result<(), AppError> {
    profile_sector::Entity::delete_many()
        .filter(profile_sector::Column::ProfileId.eq(id))
        .exec(txn)
        .await?;
    profile_sector::Entity::insert_many(sector_rows(id, &draft.sectors))
        .exec_without_returning(txn)
        .await?;
    profile_target::Entity::delete_many()
        .filter(profile_target::Column::ProfileId.eq(id))
        .exec(txn)
        .await?;
    profile_target::Entity::insert_many(draft.target_countries.iter().map(|c| {
        profile_target::ActiveModel {
            profile_id: Set(id),
            country: Set(c.as_str().to_string()),
        }
    }))
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// Adds `delta` to the document counts of terms (1 when indexing, -1 when
/// removing), creating missing rows.
async fn count_terms(
    txn: &impl ConnectionTrait,
    counts: &BTreeMap<String, i64>,
) -> Result<(), AppError> {
    let rows: Vec<(&String, &i64)> = counts.iter().collect();
    for chunk in rows.chunks(2000) {
        let mut insert = Query::insert();
        insert.into_table(profile_term_stats::Entity).columns([
            profile_term_stats::Column::Term,
            profile_term_stats::Column::Documents,
        ]);
        for (term, count) in chunk {
            insert.values_panic([(*term).clone().into(), (**count).into()]);
        }
        insert.on_conflict(
            OnConflict::column(profile_term_stats::Column::Term)
                .value(
                    profile_term_stats::Column::Documents,
                    Expr::col((
                        profile_term_stats::Entity,
                        profile_term_stats::Column::Documents,
                    ))
                    .add(Expr::cust("excluded.documents")),
                )
                .to_owned(),
        );
        txn.execute(&insert).await?;
    }
    Ok(())
}

async fn adjust_corpus(
    txn: &impl ConnectionTrait,
    documents: i64,
    length: i64,
) -> Result<(), AppError> {
    profile_index_stats::Entity::update_many()
        .col_expr(
            profile_index_stats::Column::Documents,
            Expr::col(profile_index_stats::Column::Documents).add(documents),
        )
        .col_expr(
            profile_index_stats::Column::TotalLength,
            Expr::col(profile_index_stats::Column::TotalLength).add(length),
        )
        .filter(profile_index_stats::Column::Id.eq(1))
        .exec(txn)
        .await?;
    Ok(())
}

async fn insert_terms(
    txn: &impl ConnectionTrait,
    rows: Vec<profile_term::ActiveModel>,
) -> Result<(), AppError> {
    // SQLite binds at most 32,766 parameters per statement; a term row has 3.
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(5000).collect();
        profile_term::Entity::insert_many(chunk)
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

fn term_rows(id: i64, text: &IndexedText) -> Vec<profile_term::ActiveModel> {
    text.terms
        .iter()
        .map(|(term, weight)| profile_term::ActiveModel {
            term: Set(term.clone()),
            profile_id: Set(id),
            weight: Set(*weight),
        })
        .collect()
}

async fn index(txn: &impl ConnectionTrait, id: i64, text: &IndexedText) -> Result<(), AppError> {
    insert_terms(txn, term_rows(id, text)).await?;
    count_terms(txn, &text.terms.keys().map(|t| (t.clone(), 1)).collect()).await?;
    adjust_corpus(txn, 1, i64::from(text.length)).await
}

async fn unindex(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    let terms: Vec<String> = profile_term::Entity::find()
        .select_only()
        .column(profile_term::Column::Term)
        .filter(profile_term::Column::ProfileId.eq(id))
        .into_tuple()
        .all(txn)
        .await?;
    let length: i32 = profile::Entity::find_by_id(id)
        .select_only()
        .column(profile::Column::TermCount)
        .into_tuple()
        .one(txn)
        .await?
        .unwrap_or(0);
    profile_term::Entity::delete_many()
        .filter(profile_term::Column::ProfileId.eq(id))
        .exec(txn)
        .await?;
    count_terms(txn, &terms.into_iter().map(|t| (t, -1)).collect()).await?;
    adjust_corpus(txn, -1, -i64::from(length)).await
}

fn row_values(draft: &ProfileDraft, text: &IndexedText) -> profile::ActiveModel {
    profile::ActiveModel {
        kind: Set(draft.kind.as_str().into()),
        title: Set(draft.title.clone()),
        sort_title: Set(fold(&draft.title)),
        description: Set(draft.description.clone()),
        keywords: Set(draft.keywords.join("\n")),
        stage: Set(draft.stage.as_str().into()),
        expires_on: Set(draft.expires_on),
        contact_name: Set(draft.contact_name.clone()),
        contact_email: Set(draft.contact_email.clone()),
        contact_phone: Set(draft.contact_phone.clone()),
        term_count: Set(text.length),
        ..Default::default()
    }
}

pub async fn insert(
    txn: &impl ConnectionTrait,
    owner: Party,
    draft: &ProfileDraft,
    status: ProfileStatus,
    created_by: &str,
    now: DateTime<Utc>,
) -> Result<i64, AppError> {
    let text = indexed(draft);
    let mut row = row_values(draft, &text);
    row.owner_key = Set(owner.key());
    row.owner_sme_id = Set(owner.sme_id());
    row.owner_organisation_id = Set(owner.organisation_id());
    row.status = Set(status.as_str().into());
    row.review_note = Set(String::new());
    row.reviewed_by_name = Set(String::new());
    row.reviewed_at = Set(None);
    row.published_at = Set((status == ProfileStatus::Published).then_some(now));
    row.created_by_name = Set(created_by.to_string());
    row.created_at = Set(now);
    row.updated_at = Set(now);
    let id = row.insert(txn).await?.id;
    write_children(txn, id, draft).await?;
    index(txn, id, &text).await?;
    Ok(id)
}

/// Stores a changed profile and re-indexes it, if it is still as it was when
/// read (`read_at`, its `updated_at` then, compared under a lock); `status`
/// is what the change leads to (a published profile whose substance changed
/// goes back to review).
pub async fn update(
    txn: &impl ConnectionTrait,
    id: i64,
    read_at: DateTime<Utc>,
    draft: &ProfileDraft,
    status: ProfileStatus,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::lock_unchanged_saying::<profile::Entity>(
        txn,
        id,
        read_at,
        |row| row.updated_at,
        "mm-err-profile-edited-meanwhile",
    )
    .await?;
    unindex(txn, id).await?;
    let text = indexed(draft);
    let mut row = row_values(draft, &text);
    row.id = Set(id);
    row.status = Set(status.as_str().into());
    row.updated_at = Set(now);
    row.update(txn).await?;
    write_children(txn, id, draft).await?;
    index(txn, id, &text).await
}

/// Applies a status change; only if the status is still `from` (a concurrent
/// change makes this a conflict rather than a silent overwrite).
pub async fn set_status(
    txn: &impl ConnectionTrait,
    id: i64,
    from: ProfileStatus,
    outcome: Outcome,
    review: Option<(&str, &str)>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let mut update = profile::Entity::update_many()
        .col_expr(
            profile::Column::Status,
            Expr::value(outcome.status.as_str()),
        )
        .col_expr(profile::Column::ExpiresOn, Expr::value(outcome.expires_on))
        .col_expr(profile::Column::UpdatedAt, Expr::value(now));
    if let Some((reviewer, note)) = review {
        update = update
            .col_expr(profile::Column::ReviewedByName, Expr::value(reviewer))
            .col_expr(profile::Column::ReviewNote, Expr::value(note))
            .col_expr(profile::Column::ReviewedAt, Expr::value(now));
    }
    if outcome.status == ProfileStatus::Published && from != ProfileStatus::Published {
        update = update.col_expr(profile::Column::PublishedAt, Expr::value(now));
    }
    let result = update
        .filter(profile::Column::Id.eq(id))
        .filter(profile::Column::Status.eq(from.as_str()))
        .exec(txn)
        .await?;
    if result.rows_affected == 1 {
        Ok(())
    } else {
        Err(AppError::Conflict {
            message: crate::t("mm-err-profile-changed"),
            fields: Default::default(),
        })
    }
}

/// Removes a party's profiles with their index entries (before the party
/// itself leaves the registry).
pub async fn delete_owned_by(txn: &impl ConnectionTrait, owner: Party) -> Result<(), AppError> {
    let ids: Vec<i64> = profile::Entity::find()
        .select_only()
        .column(profile::Column::Id)
        .filter(profile::Column::OwnerKey.eq(owner.key()))
        .into_tuple()
        .all(txn)
        .await?;
    for id in ids {
        unindex(txn, id).await?;
        profile::Entity::delete_by_id(id).exec(txn).await?;
    }
    Ok(())
}

/// Many new published profiles at once (generated load-test data), with
/// their index, in the caller's transaction.
/// SMEs that own at least one profile.
pub async fn sme_owners(db: &impl ConnectionTrait) -> Result<BTreeSet<i64>, AppError> {
    let ids: Vec<Option<i64>> = profile::Entity::find()
        .select_only()
        .column(profile::Column::OwnerSmeId)
        .filter(profile::Column::OwnerSmeId.is_not_null())
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    Ok(ids.into_iter().flatten().collect())
}

pub async fn insert_bulk(
    txn: &impl ConnectionTrait,
    items: &[(Party, ProfileDraft)],
    created_by: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    let mut total_length = 0i64;
    for chunk in items.chunks(1000) {
        let texts: Vec<IndexedText> = chunk.iter().map(|(_, d)| indexed(d)).collect();
        let rows: Vec<profile::ActiveModel> = chunk
            .iter()
            .zip(&texts)
            .map(|((owner, draft), text)| {
                let mut row = row_values(draft, text);
                row.owner_key = Set(owner.key());
                row.owner_sme_id = Set(owner.sme_id());
                row.owner_organisation_id = Set(owner.organisation_id());
                row.status = Set(ProfileStatus::Published.as_str().into());
                row.review_note = Set(String::new());
                row.reviewed_by_name = Set(String::new());
                row.reviewed_at = Set(None);
                row.published_at = Set(Some(now));
                row.created_by_name = Set(created_by.to_string());
                row.created_at = Set(now);
                row.updated_at = Set(now);
                row
            })
            .collect();
        let keys: Vec<String> = chunk.iter().map(|(o, _)| o.key()).collect();
        profile::Entity::insert_many(rows)
            .exec_without_returning(txn)
            .await?;
        // Ids of what was just inserted: the newest rows of these owners.
        let inserted: Vec<(i64, String, String)> = profile::Entity::find()
            .select_only()
            .column(profile::Column::Id)
            .column(profile::Column::OwnerKey)
            .column(profile::Column::Title)
            .filter(profile::Column::OwnerKey.is_in(keys))
            .order_by_asc(profile::Column::Id)
            .into_tuple()
            .all(txn)
            .await?;
        let mut ids_by_owner: HashMap<(String, String), Vec<i64>> = HashMap::new();
        for (id, key, title) in inserted {
            ids_by_owner.entry((key, title)).or_default().push(id);
        }
        let mut sectors = Vec::new();
        let mut targets = Vec::new();
        let mut terms = Vec::new();
        for ((owner, draft), text) in chunk.iter().zip(&texts) {
            let id = ids_by_owner
                .get_mut(&(owner.key(), draft.title.clone()))
                .and_then(|ids| ids.pop())
                .ok_or_else(|| AppError::Internal(anyhow::anyhow!("inserted profile not found")))?;
            sectors.extend(sector_rows(id, &draft.sectors));
            targets.extend(
                draft
                    .target_countries
                    .iter()
                    .map(|c| profile_target::ActiveModel {
                        profile_id: Set(id),
                        country: Set(c.as_str().to_string()),
                    }),
            );
            terms.extend(term_rows(id, text));
            for term in text.terms.keys() {
                *counts.entry(term.clone()).or_default() += 1;
            }
            total_length += i64::from(text.length);
        }
        for part in sectors.chunks(5000) {
            profile_sector::Entity::insert_many(part.to_vec())
                .exec_without_returning(txn)
                .await?;
        }
        for part in targets.chunks(8000) {
            profile_target::Entity::insert_many(part.to_vec())
                .exec_without_returning(txn)
                .await?;
        }
        insert_terms(txn, terms).await?;
    }
    count_terms(txn, &counts).await?;
    adjust_corpus(txn, items.len() as i64, total_length).await
}

// ---------------------------------------------------------------------------
// Lists and search
// ---------------------------------------------------------------------------

fn public_condition(today: NaiveDate) -> Condition {
    Condition::all()
        .add(profile::Column::Status.eq(ProfileStatus::Published.as_str()))
        .add(profile::Column::ExpiresOn.gte(today))
}

fn filter_condition(filter: &SearchFilter) -> Condition {
    let mut condition = Condition::all();
    if let Some(kind) = filter.kind {
        condition = condition.add(profile::Column::Kind.eq(kind.as_str()));
    }
    if let Some(sector) = &filter.sector {
        condition = condition.add(
            profile::Column::Id.in_subquery(
                Query::select()
                    .column(profile_sector::Column::ProfileId)
                    .from(profile_sector::Entity)
                    .and_where(profile_sector::Column::Code.eq(sector.as_str()))
                    .to_owned(),
            ),
        );
    }
    if let Some(target) = &filter.target {
        condition = condition.add(
            profile::Column::Id.in_subquery(
                Query::select()
                    .column(profile_target::Column::ProfileId)
                    .from(profile_target::Entity)
                    .and_where(profile_target::Column::Country.eq(target.as_str()))
                    .to_owned(),
            ),
        );
    }
    for named in &filter.countries {
        let country = &named.code;
        condition = condition.add(
            Condition::any()
                .add(profile::Column::OwnerSmeId.in_subquery(registry::smes_in_country(country)))
                .add(
                    profile::Column::OwnerOrganisationId
                        .in_subquery(registry::organisations_in_country(country)),
                )
                .add(
                    profile::Column::Id.in_subquery(
                        Query::select()
                            .column(profile_target::Column::ProfileId)
                            .from(profile_target::Entity)
                            .and_where(profile_target::Column::Country.eq(country.as_str()))
                            .to_owned(),
                    ),
                )
                .add(
                    profile::Column::Id.in_subquery(
                        Query::select()
                            .column(profile_term::Column::ProfileId)
                            .from(profile_term::Entity)
                            .and_where(
                                profile_term::Column::Term.is_in(named.stems.iter().cloned()),
                            )
                            .to_owned(),
                    ),
                ),
        );
    }
    if let Some(country) = &filter.country {
        condition = condition.add(
            Condition::any()
                .add(profile::Column::OwnerSmeId.in_subquery(registry::smes_in_country(country)))
                .add(
                    profile::Column::OwnerOrganisationId
                        .in_subquery(registry::organisations_in_country(country)),
                ),
        );
    }
    match filter.owner_kind {
        None => {}
        Some(OwnerKind::Sme) => {
            condition = condition.add(profile::Column::OwnerSmeId.is_not_null());
        }
        Some(OwnerKind::Organisation) => {
            condition = condition.add(profile::Column::OwnerOrganisationId.is_not_null());
        }
        Some(OwnerKind::OrganisationOf(kind)) => {
            condition = condition.add(
                profile::Column::OwnerOrganisationId
                    .in_subquery(registry::organisations_of_kind(kind)),
            );
        }
    }
    condition
}

/// The number of profiles and their summed length.
pub async fn corpus(db: &impl ConnectionTrait) -> Result<Corpus, AppError> {
    let row = profile_index_stats::Entity::find_by_id(1).one(db).await?;
    Ok(row
        .map(|r| Corpus {
            documents: r.documents,
            total_length: r.total_length,
        })
        .unwrap_or_default())
}

/// How many profiles contain each of the terms.
pub async fn term_frequencies(
    db: &impl ConnectionTrait,
    terms: &[String],
) -> Result<BTreeMap<String, i64>, AppError> {
    let mut frequencies = BTreeMap::new();
    for chunk in terms.chunks(500) {
        let rows: Vec<(String, i64)> = profile_term_stats::Entity::find()
            .select_only()
            .column(profile_term_stats::Column::Term)
            .column(profile_term_stats::Column::Documents)
            .filter(profile_term_stats::Column::Term.is_in(chunk.iter().cloned()))
            .into_tuple()
            .all(db)
            .await?;
        frequencies.extend(rows);
    }
    Ok(frequencies)
}

/// One page of the public marketplace: ranked by relevance when there are
/// query terms (BM25, ties by id), otherwise newest first.
pub async fn search(
    db: &impl ConnectionTrait,
    filter: &SearchFilter,
    window: Window,
    today: NaiveDate,
) -> Result<(Vec<Profile>, u64), AppError> {
    if filter.terms.is_empty() {
        let query = profile::Entity::find()
            .filter(public_condition(today))
            .filter(filter_condition(filter));
        let page = query
            .clone()
            .order_by_desc(profile::Column::PublishedAt)
            .order_by_desc(profile::Column::Id)
            .limit(window.limit)
            .offset(window.offset);
        let (total, rows) = tokio::try_join!(query.count(db), page.all(db))?;
        return Ok((profiles_from(db, rows).await?, total));
    }
    let frequencies = term_frequencies(db, &filter.terms).await?;
    if filter.terms.iter().any(|t| !frequencies.contains_key(t)) {
        return Ok((Vec::new(), 0));
    }
    // Every word must match, so only profiles holding the rarest one can:
    // reading the other words' postings for those alone keeps common words
    // ("supplier", "wanted") cheap.
    let rarest = filter
        .terms
        .iter()
        .min_by_key(|t| (frequencies.get(*t).copied().unwrap_or(0), t.as_str()))
        .cloned()
        .unwrap_or_default();
    let scoring = corpus(db).await?.scoring(&filter.terms, &frequencies);
    let page = |window: Window| {
        profile_term::Entity::find()
            .select_only()
            .column(profile_term::Column::ProfileId)
            .expr_as(Func::sum(posting_score(&scoring)), "score")
            .expr_as(Expr::cust("COUNT(*) OVER ()"), "total")
            .join(JoinType::InnerJoin, profile_term::Relation::Profile.def())
            .filter(profile_term::Column::Term.is_in(filter.terms.iter().cloned()))
            .filter(
                profile_term::Column::ProfileId.in_subquery(
                    Query::select()
                        .column(profile_term::Column::ProfileId)
                        .from(profile_term::Entity)
                        .and_where(profile_term::Column::Term.eq(rarest.as_str()))
                        .to_owned(),
                ),
            )
            .filter(public_condition(today))
            .filter(filter_condition(filter))
            .group_by(profile_term::Column::ProfileId)
            // Every word must match.
            .having(Expr::cust("COUNT(*)").eq(filter.terms.len() as i64))
            // Equal scores: the older profile first, so the order is total.
            .order_by(Expr::cust("score"), Order::Desc)
            .order_by_asc(profile_term::Column::ProfileId)
            .limit(window.limit)
            .offset(window.offset)
            .into_tuple::<(i64, f64, i64)>()
            .all(db)
    };
    let rows = page(window).await?;
    let total = match rows.first() {
        Some((_, _, total)) => *total as u64,
        // Past the last page the rows cannot say how many there are.
        None if window.offset > 0 => page(Window {
            limit: 1,
            offset: 0,
        })
        .await?
        .first()
        .map_or(0, |(_, _, total)| *total as u64),
        None => 0,
    };
    let ids: Vec<i64> = rows.into_iter().map(|(id, _, _)| id).collect();
    Ok((profiles(db, &ids).await?, total))
}

/// One posting's share of a profile's score (see [`text::Scoring`]).
fn posting_score(scoring: &text::Scoring) -> Expr {
    let mut factor = CaseStatement::new();
    for (term, value) in &scoring.factors {
        factor = factor.case(profile_term::Column::Term.eq(term.as_str()), *value);
    }
    let weight = || Expr::col((profile_term::Entity, profile_term::Column::Weight));
    let length = Expr::col((profile::Entity, profile::Column::TermCount));
    Expr::expr(factor.finally(0.0f64)).mul(weight()).div(
        weight()
            .add(scoring.constant)
            .add(length.mul(scoring.per_length)),
    )
}

/// A party's own profiles in every status, most recently changed first.
pub async fn owned_by(db: &impl ConnectionTrait, owner: Party) -> Result<Vec<Profile>, AppError> {
    let rows = profile::Entity::find()
        .filter(profile::Column::OwnerKey.eq(owner.key()))
        .order_by_desc(profile::Column::UpdatedAt)
        .order_by_desc(profile::Column::Id)
        .all(db)
        .await?;
    profiles_from(db, rows).await
}

/// Profiles waiting for review by an organisation (its own and its SMEs'),
/// or all of them (`None`, for the coordinator); the oldest first.
pub async fn awaiting_review(
    db: &impl ConnectionTrait,
    organisation: Option<i64>,
) -> Result<Vec<Profile>, AppError> {
    let mut query = profile::Entity::find()
        .filter(profile::Column::Status.eq(ProfileStatus::Submitted.as_str()));
    if let Some(id) = organisation {
        query = query.filter(
            Condition::any()
                .add(profile::Column::OwnerOrganisationId.eq(id))
                .add(profile::Column::OwnerSmeId.in_subquery(registry::smes_at(id))),
        );
    }
    let rows = query
        .order_by_asc(profile::Column::UpdatedAt)
        .order_by_asc(profile::Column::Id)
        .limit(500)
        .all(db)
        .await?;
    profiles_from(db, rows).await
}

// ---------------------------------------------------------------------------
// What the recommender reads
// ---------------------------------------------------------------------------

/// Every stemmed term of the given profiles with its weight.
pub async fn terms_of(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<HashMap<i64, BTreeMap<String, i32>>, AppError> {
    let mut terms: HashMap<i64, BTreeMap<String, i32>> = HashMap::new();
    for chunk in ids.chunks(500) {
        let rows: Vec<(i64, String, i32)> = profile_term::Entity::find()
            .select_only()
            .column(profile_term::Column::ProfileId)
            .column(profile_term::Column::Term)
            .column(profile_term::Column::Weight)
            .filter(profile_term::Column::ProfileId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        for (id, term, weight) in rows {
            terms.entry(id).or_default().insert(term, weight);
        }
    }
    Ok(terms)
}

/// Public profiles of the given types, not owned by `exclude`, that contain
/// any of the terms: (profile, term, weight) rows.
pub async fn postings_for(
    db: &impl ConnectionTrait,
    terms: &[String],
    kinds: &[ProfileType],
    exclude: Party,
    today: NaiveDate,
) -> Result<Vec<(i64, String, i32)>, AppError> {
    Ok(profile_term::Entity::find()
        .select_only()
        .column(profile_term::Column::ProfileId)
        .column(profile_term::Column::Term)
        .column(profile_term::Column::Weight)
        .join(JoinType::InnerJoin, profile_term::Relation::Profile.def())
        .filter(profile_term::Column::Term.is_in(terms.iter().cloned()))
        .filter(public_condition(today))
        .filter(profile::Column::Kind.is_in(kinds.iter().map(|k| k.as_str())))
        .filter(profile::Column::OwnerKey.ne(exclude.key()))
        .into_tuple()
        .all(db)
        .await?)
}

/// Public profiles of the given types in any of the sector codes (at any
/// level), not owned by `exclude`, newest first.
pub async fn in_sectors(
    db: &impl ConnectionTrait,
    codes: &[String],
    kinds: &[ProfileType],
    exclude: Party,
    today: NaiveDate,
    limit: u64,
) -> Result<Vec<i64>, AppError> {
    Ok(profile::Entity::find()
        .select_only()
        .column(profile::Column::Id)
        .filter(public_condition(today))
        .filter(profile::Column::Kind.is_in(kinds.iter().map(|k| k.as_str())))
        .filter(profile::Column::OwnerKey.ne(exclude.key()))
        .filter(
            profile::Column::Id.in_subquery(
                Query::select()
                    .column(profile_sector::Column::ProfileId)
                    .from(profile_sector::Entity)
                    .and_where(profile_sector::Column::Code.is_in(codes.iter().cloned()))
                    .to_owned(),
            ),
        )
        .order_by_desc(profile::Column::PublishedAt)
        .order_by_desc(profile::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?)
}

// ---------------------------------------------------------------------------
// Introductions
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Introduction {
    pub id: i64,
    pub profile_id: i64,
    pub profile_title: String,
    pub owner: Party,
    pub requester: Party,
    pub requester_name: String,
    pub message: String,
    pub status: IntroductionStatus,
    pub requested_by_name: String,
    pub created_at: DateTime<Utc>,
    pub answered_at: Option<DateTime<Utc>>,
    pub answered_by_name: String,
}

pub async fn insert_introduction(
    txn: &impl ConnectionTrait,
    profile_id: i64,
    requester: Party,
    message: &str,
    requested_by: &str,
    now: DateTime<Utc>,
) -> Result<i64, AppError> {
    let row = introduction::ActiveModel {
        profile_id: Set(profile_id),
        requester_key: Set(requester.key()),
        requester_sme_id: Set(requester.sme_id()),
        requester_organisation_id: Set(requester.organisation_id()),
        message: Set(message.to_string()),
        status: Set(IntroductionStatus::Pending.as_str().into()),
        requested_by_name: Set(requested_by.to_string()),
        created_at: Set(now),
        answered_at: Set(None),
        answered_by_name: Set(String::new()),
        ..Default::default()
    };
    match row.insert(txn).await {
        Ok(row) => Ok(row.id),
        Err(error) if db::is_unique_violation(&error) => Err(AppError::Conflict {
            message: crate::t("mm-err-already-asked"),
            fields: Default::default(),
        }),
        Err(error) => Err(error.into()),
    }
}

/// Whether a party has asked to be introduced through a profile already.
pub async fn has_asked(
    db: &impl ConnectionTrait,
    profile_id: i64,
    requester: Party,
) -> Result<bool, AppError> {
    let asked = introduction::Entity::find()
        .filter(introduction::Column::ProfileId.eq(profile_id))
        .filter(introduction::Column::RequesterKey.eq(requester.key()))
        .count(db)
        .await?;
    Ok(asked > 0)
}

async fn introductions_from(
    db: &impl ConnectionTrait,
    rows: Vec<introduction::Model>,
) -> Result<Vec<Introduction>, AppError> {
    let profile_ids: Vec<i64> = rows.iter().map(|r| r.profile_id).collect();
    let mut titles: HashMap<i64, (String, String)> = HashMap::new();
    for chunk in profile_ids.chunks(500) {
        let found: Vec<(i64, String, String)> = profile::Entity::find()
            .select_only()
            .column(profile::Column::Id)
            .column(profile::Column::Title)
            .column(profile::Column::OwnerKey)
            .filter(profile::Column::Id.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        titles.extend(found.into_iter().map(|(id, t, k)| (id, (t, k))));
    }
    let requesters: Vec<Party> = rows
        .iter()
        .map(|r| stored("requester", Party::parse_key(&r.requester_key)))
        .collect::<Result<_, _>>()?;
    let names = owners(db, &requesters).await?;
    rows.into_iter()
        .zip(requesters)
        .map(|(row, requester)| {
            let (title, owner_key) = titles.get(&row.profile_id).cloned().unwrap_or_default();
            Ok(Introduction {
                id: row.id,
                profile_id: row.profile_id,
                profile_title: title,
                owner: stored("owner", Party::parse_key(&owner_key))?,
                requester,
                requester_name: names
                    .get(&requester)
                    .map(|o| o.name.clone())
                    .unwrap_or_default(),
                message: row.message,
                status: stored(
                    "introduction status",
                    IntroductionStatus::parse(&row.status),
                )?,
                requested_by_name: row.requested_by_name,
                created_at: row.created_at,
                answered_at: row.answered_at,
                answered_by_name: row.answered_by_name,
            })
        })
        .collect()
}

pub async fn introduction(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<Introduction>, AppError> {
    let Some(row) = introduction::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(introductions_from(db, vec![row]).await?.pop())
}

/// Introductions a party asked for and those asked of it, newest first.
pub async fn introductions_of(
    db: &impl ConnectionTrait,
    party: Party,
) -> Result<Vec<Introduction>, AppError> {
    let rows = introduction::Entity::find()
        .filter(
            Condition::any()
                .add(introduction::Column::RequesterKey.eq(party.key()))
                .add(
                    introduction::Column::ProfileId.in_subquery(
                        Query::select()
                            .column(profile::Column::Id)
                            .from(profile::Entity)
                            .and_where(profile::Column::OwnerKey.eq(party.key()))
                            .to_owned(),
                    ),
                ),
        )
        .order_by_desc(introduction::Column::CreatedAt)
        .order_by_desc(introduction::Column::Id)
        .all(db)
        .await?;
    introductions_from(db, rows).await
}

/// Records the answer if the introduction is still pending.
pub async fn answer_introduction(
    txn: &impl ConnectionTrait,
    id: i64,
    status: IntroductionStatus,
    answered_by: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let result = introduction::Entity::update_many()
        .col_expr(introduction::Column::Status, Expr::value(status.as_str()))
        .col_expr(introduction::Column::AnsweredAt, Expr::value(now))
        .col_expr(
            introduction::Column::AnsweredByName,
            Expr::value(answered_by),
        )
        .filter(introduction::Column::Id.eq(id))
        .filter(introduction::Column::Status.eq(IntroductionStatus::Pending.as_str()))
        .exec(txn)
        .await?;
    if result.rows_affected == 1 {
        Ok(())
    } else {
        Err(AppError::Conflict {
            message: crate::t("mm-err-introduction-answered"),
            fields: Default::default(),
        })
    }
}

/// Whether one party accepted an introduction asked by the other.
pub async fn introduced(db: &impl ConnectionTrait, a: Party, b: Party) -> Result<bool, AppError> {
    let owned_by = |party: Party| {
        Query::select()
            .column(profile::Column::Id)
            .from(profile::Entity)
            .and_where(profile::Column::OwnerKey.eq(party.key()))
            .to_owned()
    };
    let count = introduction::Entity::find()
        .filter(introduction::Column::Status.eq(IntroductionStatus::Accepted.as_str()))
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(introduction::Column::RequesterKey.eq(a.key()))
                        .add(introduction::Column::ProfileId.in_subquery(owned_by(b))),
                )
                .add(
                    Condition::all()
                        .add(introduction::Column::RequesterKey.eq(b.key()))
                        .add(introduction::Column::ProfileId.in_subquery(owned_by(a))),
                ),
        )
        .count(db)
        .await?;
    Ok(count > 0)
}

/// The pages that notifications about an SME's profiles and introductions
/// point at, and the messages they quote.
#[derive(Debug, Default)]
pub struct Quoted {
    /// The SME's profiles.
    pub profile_ids: Vec<i64>,
    /// The introductions the SME asked for.
    pub introduction_ids: Vec<i64>,
    /// The messages it wrote when it asked.
    pub messages: Vec<String>,
}

/// What of an SME's profiles and introduction requests others' notifications
/// point at and quote; read before its erasure deletes the profiles and
/// clears the messages.
pub async fn quoted_of_sme(txn: &impl ConnectionTrait, sme_id: i64) -> Result<Quoted, AppError> {
    let profile_ids: Vec<i64> = profile::Entity::find()
        .select_only()
        .column(profile::Column::Id)
        .filter(profile::Column::OwnerKey.eq(Party::Sme(sme_id).key()))
        .into_tuple()
        .all(txn)
        .await?;
    let asked: Vec<(i64, String)> = introduction::Entity::find()
        .select_only()
        .column(introduction::Column::Id)
        .column(introduction::Column::Message)
        .filter(introduction::Column::RequesterSmeId.eq(sme_id))
        .into_tuple()
        .all(txn)
        .await?;
    let (introduction_ids, messages) = asked.into_iter().unzip();
    Ok(Quoted {
        profile_ids,
        introduction_ids,
        messages,
    })
}

/// Clears the messages an SME wrote when it asked for introductions.
pub async fn erase_introduction_texts_of_sme(
    txn: &impl ConnectionTrait,
    sme_id: i64,
) -> Result<(), AppError> {
    introduction::Entity::update_many()
        .col_expr(introduction::Column::Message, Expr::value(""))
        .filter(introduction::Column::RequesterSmeId.eq(sme_id))
        .exec(txn)
        .await?;
    Ok(())
}
