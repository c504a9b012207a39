//! Programmes, partners, cohorts and participants.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::{organisation, organisations};
use crate::db;
use crate::registry::model::{CountryCode, slugify};
use crate::registry::{self, OrganisationRef};
use crate::softlanding::entities::{
    cohort, journey_step, participant, programme, programme_partner,
};
use crate::softlanding::model::access::ParticipantAccess;
use crate::softlanding::model::programmes::{
    CohortDraft, ParticipantDraft, ProgrammeDraft, Targets,
};
use crate::softlanding::model::{Step, StepState};
use crate::web::AppError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Programme {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub targets: Targets,
    pub partners: Vec<OrganisationRef>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Programme {
    pub fn partner_ids(&self) -> Vec<i64> {
        self.partners.iter().map(|p| p.id).collect()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cohort {
    pub id: i64,
    pub programme_id: i64,
    pub name: String,
    pub starts_on: NaiveDate,
    pub description: String,
    pub participants: u64,
    /// When it last changed: the version its edit form was filled from.
    pub updated_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    pub id: i64,
    pub programme_id: i64,
    pub cohort_id: i64,
    pub sme_id: i64,
    pub sme_name: String,
    pub home: OrganisationRef,
    pub host: OrganisationRef,
    pub target_market: CountryCode,
    pub joined_on: NaiveDate,
    /// When it last changed: the version its edit form was filled from.
    pub updated_at: DateTime<Utc>,
}

impl Participant {
    pub fn access(&self) -> ParticipantAccess {
        ParticipantAccess {
            sme_id: self.sme_id,
            home_organisation_id: self.home.id,
            host_organisation_id: self.host.id,
        }
    }
}

/// The reason recorded with a host's access grant to a participant's SME.
pub fn grant_reason(programme_id: i64) -> String {
    format!("programme:{programme_id}")
}

fn targets(row: &programme::Model) -> Targets {
    Targets {
        participants: row.target_participants,
        partnerships: row.target_partnerships,
        presences: row.target_presences,
        export_starts: row.target_export_starts,
    }
}

async fn partner_map(
    db: &impl ConnectionTrait,
    programme_ids: &[i64],
) -> Result<HashMap<i64, Vec<OrganisationRef>>, AppError> {
    let rows = programme_partner::Entity::find()
        .filter(programme_partner::Column::ProgrammeId.is_in(programme_ids.iter().copied()))
        .all(db)
        .await?;
    let refs = organisations(db, rows.iter().map(|r| r.organisation_id)).await?;
    let mut map: HashMap<i64, Vec<OrganisationRef>> = HashMap::new();
    for row in rows {
        map.entry(row.programme_id)
            .or_default()
            .push(organisation(&refs, row.organisation_id)?);
    }
    for partners in map.values_mut() {
        partners.sort_by(|a, b| (a.country.as_str(), &a.name).cmp(&(b.country.as_str(), &b.name)));
    }
    Ok(map)
}

fn programme_from(row: programme::Model, partners: Vec<OrganisationRef>) -> Programme {
    Programme {
        targets: targets(&row),
        id: row.id,
        slug: row.slug,
        name: row.name,
        description: row.description,
        starts_on: row.starts_on,
        ends_on: row.ends_on,
        partners,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

pub async fn programme(db: &impl ConnectionTrait, id: i64) -> Result<Option<Programme>, AppError> {
    let Some(row) = programme::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let mut partners = partner_map(db, &[id]).await?;
    Ok(Some(programme_from(
        row,
        partners.remove(&id).unwrap_or_default(),
    )))
}

pub async fn programme_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<Programme>, AppError> {
    let Some(row) = programme::Entity::find()
        .filter(programme::Column::Slug.eq(slug))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let id = row.id;
    let mut partners = partner_map(db, &[id]).await?;
    Ok(Some(programme_from(
        row,
        partners.remove(&id).unwrap_or_default(),
    )))
}

/// All programmes, the newest first.
pub async fn programmes(db: &impl ConnectionTrait) -> Result<Vec<Programme>, AppError> {
    let rows = programme::Entity::find()
        .order_by_desc(programme::Column::StartsOn)
        .order_by_asc(programme::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut partners = partner_map(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let list = partners.remove(&row.id).unwrap_or_default();
            programme_from(row, list)
        })
        .collect())
}

fn programme_values(draft: &ProgrammeDraft, now: DateTime<Utc>) -> programme::ActiveModel {
    programme::ActiveModel {
        name: Set(draft.name.clone()),
        description: Set(draft.description.clone()),
        starts_on: Set(draft.starts_on),
        ends_on: Set(draft.ends_on),
        target_participants: Set(draft.targets.participants),
        target_partnerships: Set(draft.targets.partnerships),
        target_presences: Set(draft.targets.presences),
        target_export_starts: Set(draft.targets.export_starts),
        updated_at: Set(now),
        ..Default::default()
    }
}

async fn replace_partners(
    txn: &impl ConnectionTrait,
    id: i64,
    partner_ids: &[i64],
) -> Result<(), AppError> {
    programme_partner::Entity::delete_many()
        .filter(programme_partner::Column::ProgrammeId.eq(id))
        .exec(txn)
        .await?;
    programme_partner::Entity::insert_many(partner_ids.iter().map(|organisation_id| {
        programme_partner::ActiveModel {
            programme_id: Set(id),
            organisation_id: Set(*organisation_id),
        }
    }))
    .exec(txn)
    .await?;
    Ok(())
}

fn duplicate_programme() -> AppError {
    AppError::conflict_on("name", crate::t("sl-err-programme-name-taken"))
}

/// Creates a programme with a given slug (or one made from its name).
pub async fn insert_programme(
    txn: &impl ConnectionTrait,
    slug: Option<&str>,
    draft: &ProgrammeDraft,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = programme::ActiveModel {
        slug: Set(slug
            .map(str::to_string)
            .unwrap_or_else(|| slugify(&draft.name))),
        created_at: Set(now),
        ..programme_values(draft, now)
    };
    let id = match row.insert(txn).await {
        Ok(row) => row.id,
        Err(e) if db::is_unique_violation(&e) => return Err(duplicate_programme()),
        Err(e) => return Err(e.into()),
    };
    replace_partners(txn, id, &draft.partner_ids).await?;
    Ok(id)
}

/// Changes a programme, if it is still as it was when read (`read_at`, its
/// `updated_at` then). Partners who still have participants cannot be removed.
pub async fn update_programme(
    txn: &impl ConnectionTrait,
    id: i64,
    read_at: DateTime<Utc>,
    draft: &ProgrammeDraft,
) -> Result<(), AppError> {
    crate::db::lock_unchanged::<programme::Entity>(txn, id, read_at, |r| r.updated_at).await?;
    let in_use: Vec<i64> = participant::Entity::find()
        .select_only()
        .column(participant::Column::HomeOrganisationId)
        .filter(participant::Column::ProgrammeId.eq(id))
        .into_tuple::<i64>()
        .all(txn)
        .await?
        .into_iter()
        .chain(
            participant::Entity::find()
                .select_only()
                .column(participant::Column::HostOrganisationId)
                .filter(participant::Column::ProgrammeId.eq(id))
                .into_tuple::<i64>()
                .all(txn)
                .await?,
        )
        .collect();
    if let Some(dropped) = in_use.iter().find(|org| !draft.partner_ids.contains(org)) {
        return Err(AppError::Validation(
            crate::validation::FieldErrors::single(
                "partner_ids",
                crate::t1("sl-err-partner-stays", "id", dropped),
            ),
        ));
    }
    let row = programme::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        ..programme_values(draft, Utc::now())
    };
    match row.update(txn).await {
        Ok(_) => {}
        Err(sea_orm::DbErr::RecordNotUpdated) => return Err(AppError::NotFound),
        Err(e) if db::is_unique_violation(&e) => return Err(duplicate_programme()),
        Err(e) => return Err(e.into()),
    }
    replace_partners(txn, id, &draft.partner_ids).await
}

/// Programmes an organisation is a partner of.
pub async fn programme_ids_of_partner(
    db: &impl ConnectionTrait,
    organisation_id: i64,
) -> Result<Vec<i64>, AppError> {
    Ok(programme_partner::Entity::find()
        .select_only()
        .column(programme_partner::Column::ProgrammeId)
        .filter(programme_partner::Column::OrganisationId.eq(organisation_id))
        .into_tuple::<i64>()
        .all(db)
        .await?)
}

// ---------------------------------------------------------------------------
// Cohorts
// ---------------------------------------------------------------------------

pub async fn insert_cohort(
    txn: &impl ConnectionTrait,
    programme_id: i64,
    draft: &CohortDraft,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = cohort::ActiveModel {
        programme_id: Set(programme_id),
        name: Set(draft.name.clone()),
        starts_on: Set(draft.starts_on),
        description: Set(draft.description.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    row.insert(txn)
        .await
        .map(|row| row.id)
        .map_err(cohort_refused)
}

/// A cohort's name is its programme's once.
fn cohort_refused(error: sea_orm::DbErr) -> AppError {
    if db::is_unique_violation(&error) {
        AppError::conflict_on("name", crate::t("sl-err-cohort-name-taken"))
    } else {
        error.into()
    }
}

/// Corrects a cohort, if it is still as it was read at `read_at`.
pub async fn update_cohort(
    txn: &impl ConnectionTrait,
    id: i64,
    read_at: DateTime<Utc>,
    draft: &CohortDraft,
) -> Result<(), AppError> {
    crate::db::lock_unchanged::<cohort::Entity>(txn, id, read_at, |r| r.updated_at).await?;
    let row = cohort::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        name: Set(draft.name.clone()),
        starts_on: Set(draft.starts_on),
        description: Set(draft.description.clone()),
        updated_at: Set(Utc::now()),
        ..Default::default()
    };
    row.update(txn).await.map_err(cohort_refused)?;
    Ok(())
}

async fn participant_counts(
    db: &impl ConnectionTrait,
    cohort_ids: &[i64],
) -> Result<HashMap<i64, u64>, AppError> {
    let rows: Vec<(i64, i64)> = participant::Entity::find()
        .select_only()
        .column(participant::Column::CohortId)
        .column_as(participant::Column::Id.count(), "n")
        .filter(participant::Column::CohortId.is_in(cohort_ids.iter().copied()))
        .group_by(participant::Column::CohortId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, n)| (id, n.unsigned_abs()))
        .collect())
}

fn cohort_from(row: cohort::Model, counts: &HashMap<i64, u64>) -> Cohort {
    Cohort {
        participants: counts.get(&row.id).copied().unwrap_or(0),
        id: row.id,
        programme_id: row.programme_id,
        name: row.name,
        starts_on: row.starts_on,
        description: row.description,
        updated_at: row.updated_at,
    }
}

pub async fn cohorts(
    db: &impl ConnectionTrait,
    programme_id: i64,
) -> Result<Vec<Cohort>, AppError> {
    let rows = cohort::Entity::find()
        .filter(cohort::Column::ProgrammeId.eq(programme_id))
        .order_by_asc(cohort::Column::StartsOn)
        .order_by_asc(cohort::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let counts = participant_counts(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| cohort_from(row, &counts))
        .collect())
}

pub async fn cohort(db: &impl ConnectionTrait, id: i64) -> Result<Option<Cohort>, AppError> {
    let Some(row) = cohort::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let counts = participant_counts(db, &[id]).await?;
    Ok(Some(cohort_from(row, &counts)))
}

// ---------------------------------------------------------------------------
// Participants
// ---------------------------------------------------------------------------

/// Adds a participant with a journey not yet begun, and lets the host see the
/// SME's private part (as its home already does).
pub async fn insert_participant(
    txn: &impl ConnectionTrait,
    programme_id: i64,
    draft: &ParticipantDraft,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = participant::ActiveModel {
        programme_id: Set(programme_id),
        cohort_id: Set(draft.cohort_id),
        sme_id: Set(draft.sme_id),
        home_organisation_id: Set(draft.home_organisation_id),
        host_organisation_id: Set(draft.host_organisation_id),
        target_market: Set(draft.target_market.as_str().to_string()),
        joined_on: Set(draft.joined_on),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let id = match row.insert(txn).await {
        Ok(row) => row.id,
        Err(e) if db::is_unique_violation(&e) => {
            return Err(AppError::conflict_on(
                "sme_id",
                crate::t("sl-err-already-participating"),
            ));
        }
        Err(e) => return Err(e.into()),
    };
    journey_step::Entity::insert_many(Step::ALL.into_iter().map(|step| {
        journey_step::ActiveModel {
            participant_id: Set(id),
            step: Set(step.as_str().to_string()),
            position: Set(i32::try_from(step.number()).unwrap_or(0)),
            state: Set(StepState::Planned.as_str().to_string()),
            date: Set(None),
            notes: Set(String::new()),
            outputs: Set(String::new()),
            updated_at: Set(now),
        }
    }))
    .exec(txn)
    .await?;
    registry::store::grant_access(
        txn,
        draft.sme_id,
        draft.host_organisation_id,
        &grant_reason(programme_id),
    )
    .await?;
    Ok(id)
}

/// Corrects a participant (cohort, host, target market, date of joining), if
/// it is still as it was read; a new host is given the access to the SME's
/// private part that the old one loses.
pub async fn update_participant(
    txn: &impl ConnectionTrait,
    current: &Participant,
    draft: &ParticipantDraft,
) -> Result<(), AppError> {
    crate::db::lock_unchanged::<participant::Entity>(txn, current.id, current.updated_at, |r| {
        r.updated_at
    })
    .await?;
    let row = participant::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(current.id),
        cohort_id: Set(draft.cohort_id),
        host_organisation_id: Set(draft.host_organisation_id),
        target_market: Set(draft.target_market.as_str().to_string()),
        joined_on: Set(draft.joined_on),
        updated_at: Set(Utc::now()),
        ..Default::default()
    };
    row.update(txn).await?;
    if draft.host_organisation_id != current.host.id {
        let reason = grant_reason(current.programme_id);
        registry::store::revoke_access(txn, current.sme_id, current.host.id, &reason).await?;
        registry::store::grant_access(txn, current.sme_id, draft.host_organisation_id, &reason)
            .await?;
    }
    Ok(())
}

/// A participant's host, read under a lock held to the end of `txn`, so that
/// a change of host and a desk booked at the host cannot pass each other.
pub async fn locked_host(txn: &impl ConnectionTrait, id: i64) -> Result<Option<i64>, AppError> {
    Ok(participant::Entity::find_by_id(id)
        .lock_exclusive()
        .one(txn)
        .await?
        .map(|p| p.host_organisation_id))
}

/// Removes a participant (its journey, sessions seats and bookings go with it).
pub async fn delete_participant(
    txn: &impl ConnectionTrait,
    participant: &Participant,
) -> Result<(), AppError> {
    super::sessions::release_seats_of(txn, participant.id).await?;
    participant::Entity::delete_by_id(participant.id)
        .exec(txn)
        .await?;
    registry::store::revoke_access(
        txn,
        participant.sme_id,
        participant.host.id,
        &grant_reason(participant.programme_id),
    )
    .await
}

async fn participants_from(
    db: &impl ConnectionTrait,
    rows: Vec<participant::Model>,
) -> Result<Vec<Participant>, AppError> {
    let refs = organisations(
        db,
        rows.iter()
            .flat_map(|r| [r.home_organisation_id, r.host_organisation_id]),
    )
    .await?;
    let sme_ids: Vec<i64> = rows.iter().map(|r| r.sme_id).collect();
    let (_, sme_names) = registry::store::names(db, &[], &sme_ids).await?;
    rows.into_iter()
        .map(|row| {
            Ok(Participant {
                sme_name: sme_names.get(&row.sme_id).cloned().unwrap_or_default(),
                home: organisation(&refs, row.home_organisation_id)?,
                host: organisation(&refs, row.host_organisation_id)?,
                target_market: CountryCode::from_stored(row.target_market),
                id: row.id,
                programme_id: row.programme_id,
                cohort_id: row.cohort_id,
                sme_id: row.sme_id,
                joined_on: row.joined_on,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

pub async fn participant(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<Participant>, AppError> {
    let Some(row) = participant::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(participants_from(db, vec![row]).await?.pop())
}

/// Which participants to list.
#[derive(Clone, Copy, Debug, Default)]
pub struct ParticipantFilter {
    pub programme_id: Option<i64>,
    pub cohort_id: Option<i64>,
    pub sme_id: Option<i64>,
    /// Only those this organisation follows (as home or host).
    pub followed_by: Option<i64>,
}

pub async fn participants(
    db: &impl ConnectionTrait,
    filter: ParticipantFilter,
) -> Result<Vec<Participant>, AppError> {
    let mut query = participant::Entity::find();
    if let Some(id) = filter.programme_id {
        query = query.filter(participant::Column::ProgrammeId.eq(id));
    }
    if let Some(id) = filter.cohort_id {
        query = query.filter(participant::Column::CohortId.eq(id));
    }
    if let Some(id) = filter.sme_id {
        query = query.filter(participant::Column::SmeId.eq(id));
    }
    if let Some(id) = filter.followed_by {
        query = query.filter(
            sea_orm::Condition::any()
                .add(participant::Column::HomeOrganisationId.eq(id))
                .add(participant::Column::HostOrganisationId.eq(id)),
        );
    }
    let rows = query.order_by_asc(participant::Column::Id).all(db).await?;
    let mut list = participants_from(db, rows).await?;
    list.sort_by(|a, b| {
        crate::registry::model::fold(&a.sme_name)
            .cmp(&crate::registry::model::fold(&b.sme_name))
            .then(a.id.cmp(&b.id))
    });
    Ok(list)
}

/// Whether an SME already takes part in a programme.
pub async fn is_participating(
    db: &impl ConnectionTrait,
    programme_id: i64,
    sme_id: i64,
) -> Result<bool, AppError> {
    Ok(participant::Entity::find()
        .filter(participant::Column::ProgrammeId.eq(programme_id))
        .filter(participant::Column::SmeId.eq(sme_id))
        .count(db)
        .await?
        > 0)
}

/// Counts participants of a programme, for the dashboard.
pub async fn count_participants(
    db: &impl ConnectionTrait,
    programme_id: i64,
) -> Result<u64, AppError> {
    Ok(participant::Entity::find()
        .filter(participant::Column::ProgrammeId.eq(programme_id))
        .count(db)
        .await?)
}

/// Where an SME takes part: one participant of a cohort.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParticipationRef {
    pub participant_id: i64,
    pub programme_id: i64,
    pub cohort_id: i64,
    pub sme_id: i64,
}

/// Every participation of some SMEs.
pub async fn participations_of(
    db: &impl ConnectionTrait,
    sme_ids: &[i64],
) -> Result<Vec<ParticipationRef>, AppError> {
    let mut list = Vec::new();
    for chunk in sme_ids.chunks(500) {
        let rows: Vec<(i64, i64, i64, i64)> = participant::Entity::find()
            .select_only()
            .column(participant::Column::Id)
            .column(participant::Column::ProgrammeId)
            .column(participant::Column::CohortId)
            .column(participant::Column::SmeId)
            .filter(participant::Column::SmeId.is_in(chunk.iter().copied()))
            .order_by_asc(participant::Column::Id)
            .into_tuple()
            .all(db)
            .await?;
        list.extend(
            rows.into_iter()
                .map(
                    |(participant_id, programme_id, cohort_id, sme_id)| ParticipationRef {
                        participant_id,
                        programme_id,
                        cohort_id,
                        sme_id,
                    },
                ),
        );
    }
    Ok(list)
}
