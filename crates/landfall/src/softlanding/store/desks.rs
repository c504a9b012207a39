//! Desks and their bookings.
//!
//! An approved booking owns one `desk_days` row per day; the primary key
//! (desk, day) lets only one booking hold a desk on a day, whatever the timing
//! of concurrent approvals and on either database.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::{organisation, organisations, stored};
use crate::db;
use crate::registry::{self, OrganisationRef};
use crate::softlanding::entities::{desk, desk_booking, desk_day, participant};
use crate::softlanding::model::desks::{BookingStatus, DeskDraft, DeskKind, days};
use crate::web::AppError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Desk {
    pub id: i64,
    pub organisation: OrganisationRef,
    pub name: String,
    pub kind: DeskKind,
    pub capacity: i32,
    pub monthly_price_cents: i64,
    pub description: String,
    pub active: bool,
}

/// A booking as stored, and as the API shows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Booking {
    pub id: i64,
    pub desk_id: i64,
    pub desk_name: String,
    pub organisation_id: i64,
    pub participant_id: i64,
    pub sme_name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub status: BookingStatus,
    pub note: String,
    pub requested_by_name: String,
    pub decided_by_name: String,
    pub decided_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

async fn desks_from(
    db: &impl ConnectionTrait,
    rows: Vec<desk::Model>,
) -> Result<Vec<Desk>, AppError> {
    let refs = organisations(db, rows.iter().map(|r| r.organisation_id)).await?;
    rows.into_iter()
        .map(|row| {
            Ok(Desk {
                kind: stored("desk kind", DeskKind::parse(&row.kind))?,
                organisation: organisation(&refs, row.organisation_id)?,
                id: row.id,
                name: row.name,
                capacity: row.capacity,
                monthly_price_cents: row.monthly_price_cents,
                description: row.description,
                active: row.active,
            })
        })
        .collect()
}

pub async fn desk(db: &impl ConnectionTrait, id: i64) -> Result<Option<Desk>, AppError> {
    let Some(row) = desk::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(desks_from(db, vec![row]).await?.pop())
}

/// Desks of some organisations (all when `None`), by organisation and name.
pub async fn desks(
    db: &impl ConnectionTrait,
    organisation_ids: Option<&[i64]>,
) -> Result<Vec<Desk>, AppError> {
    let mut query = desk::Entity::find();
    if let Some(ids) = organisation_ids {
        query = query.filter(desk::Column::OrganisationId.is_in(ids.iter().copied()));
    }
    let rows = query
        .order_by_asc(desk::Column::OrganisationId)
        .order_by_asc(desk::Column::Name)
        .all(db)
        .await?;
    desks_from(db, rows).await
}

fn desk_values(draft: &DeskDraft) -> desk::ActiveModel {
    desk::ActiveModel {
        organisation_id: Set(draft.organisation_id),
        name: Set(draft.name.clone()),
        kind: Set(draft.kind.as_str().to_string()),
        capacity: Set(draft.capacity),
        monthly_price_cents: Set(draft.monthly_price_cents),
        description: Set(draft.description.clone()),
        active: Set(draft.active),
        ..Default::default()
    }
}

fn duplicate_desk() -> AppError {
    AppError::conflict_on("name", crate::t("sl-err-desk-name-taken"))
}

pub async fn insert_desk(txn: &impl ConnectionTrait, draft: &DeskDraft) -> Result<i64, AppError> {
    let row = desk::ActiveModel {
        created_at: Set(Utc::now()),
        ..desk_values(draft)
    };
    match row.insert(txn).await {
        Ok(row) => Ok(row.id),
        Err(e) if db::is_unique_violation(&e) => Err(duplicate_desk()),
        Err(e) => Err(e.into()),
    }
}

pub async fn update_desk(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &DeskDraft,
) -> Result<(), AppError> {
    let mut row = desk_values(draft);
    row.id = sea_orm::ActiveValue::Unchanged(id);
    match row.update(txn).await {
        Ok(_) => Ok(()),
        Err(e) if db::is_unique_violation(&e) => Err(duplicate_desk()),
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------------------
// Bookings
// ---------------------------------------------------------------------------

async fn bookings_from(
    db: &impl ConnectionTrait,
    rows: Vec<desk_booking::Model>,
) -> Result<Vec<Booking>, AppError> {
    let desk_ids: Vec<i64> = rows.iter().map(|r| r.desk_id).collect();
    let desks: HashMap<i64, (String, i64)> = desk::Entity::find()
        .select_only()
        .columns([
            desk::Column::Id,
            desk::Column::Name,
            desk::Column::OrganisationId,
        ])
        .filter(desk::Column::Id.is_in(desk_ids))
        .into_tuple::<(i64, String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, name, organisation)| (id, (name, organisation)))
        .collect();
    let participant_ids: Vec<i64> = rows.iter().map(|r| r.participant_id).collect();
    let smes: HashMap<i64, i64> = participant::Entity::find()
        .select_only()
        .columns([participant::Column::Id, participant::Column::SmeId])
        .filter(participant::Column::Id.is_in(participant_ids))
        .into_tuple::<(i64, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let sme_ids: Vec<i64> = smes.values().copied().collect();
    let (_, names) = registry::store::names(db, &[], &sme_ids).await?;
    rows.into_iter()
        .map(|row| {
            let (desk_name, organisation_id) = desks.get(&row.desk_id).cloned().unwrap_or_default();
            Ok(Booking {
                status: stored("booking status", BookingStatus::parse(&row.status))?,
                sme_name: smes
                    .get(&row.participant_id)
                    .and_then(|sme| names.get(sme))
                    .cloned()
                    .unwrap_or_default(),
                desk_name,
                organisation_id,
                id: row.id,
                desk_id: row.desk_id,
                participant_id: row.participant_id,
                starts_on: row.starts_on,
                ends_on: row.ends_on,
                note: row.note,
                requested_by_name: row.requested_by_name,
                decided_by_name: row.decided_by_name,
                decided_at: row.decided_at,
                created_at: row.created_at,
            })
        })
        .collect()
}

pub async fn booking(db: &impl ConnectionTrait, id: i64) -> Result<Option<Booking>, AppError> {
    let Some(row) = desk_booking::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(bookings_from(db, vec![row]).await?.pop())
}

/// Which bookings to list; all given conditions hold.
#[derive(Clone, Debug, Default)]
pub struct BookingFilter {
    pub desk_ids: Option<Vec<i64>>,
    pub participant_ids: Option<Vec<i64>>,
    pub statuses: Option<Vec<BookingStatus>>,
    /// Bookings that touch these days (both included).
    pub during: Option<(NaiveDate, NaiveDate)>,
}

pub async fn bookings(
    db: &impl ConnectionTrait,
    filter: &BookingFilter,
) -> Result<Vec<Booking>, AppError> {
    let mut condition = Condition::all();
    if let Some(ids) = &filter.desk_ids {
        condition = condition.add(desk_booking::Column::DeskId.is_in(ids.iter().copied()));
    }
    if let Some(ids) = &filter.participant_ids {
        condition = condition.add(desk_booking::Column::ParticipantId.is_in(ids.iter().copied()));
    }
    if let Some(statuses) = &filter.statuses {
        condition =
            condition.add(desk_booking::Column::Status.is_in(statuses.iter().map(|s| s.as_str())));
    }
    if let Some((from, to)) = filter.during {
        condition = condition
            .add(desk_booking::Column::StartsOn.lte(to))
            .add(desk_booking::Column::EndsOn.gte(from));
    }
    let rows = desk_booking::Entity::find()
        .filter(condition)
        .order_by_asc(desk_booking::Column::StartsOn)
        .order_by_asc(desk_booking::Column::Id)
        .all(db)
        .await?;
    bookings_from(db, rows).await
}

/// A new booking in the given status (days are claimed separately).
#[allow(clippy::too_many_arguments)]
pub async fn insert_booking(
    txn: &impl ConnectionTrait,
    desk_id: i64,
    participant_id: i64,
    range: (NaiveDate, NaiveDate),
    status: BookingStatus,
    note: &str,
    requested_by: &str,
    decided_by: Option<&str>,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = desk_booking::ActiveModel {
        desk_id: Set(desk_id),
        participant_id: Set(participant_id),
        starts_on: Set(range.0),
        ends_on: Set(range.1),
        status: Set(status.as_str().to_string()),
        note: Set(note.to_string()),
        requested_by_name: Set(requested_by.to_string()),
        decided_by_name: Set(decided_by.unwrap_or_default().to_string()),
        decided_at: Set(decided_by.map(|_| now)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

/// Locks a booking's row if it still has `status`; false if it has moved on.
pub async fn lock_with_status(
    txn: &impl ConnectionTrait,
    booking_id: i64,
    status: BookingStatus,
) -> Result<bool, AppError> {
    let result = desk_booking::Entity::update_many()
        .col_expr(desk_booking::Column::Status, Expr::value(status.as_str()))
        .filter(desk_booking::Column::Id.eq(booking_id))
        .filter(desk_booking::Column::Status.eq(status.as_str()))
        .exec(txn)
        .await?;
    Ok(result.rows_affected == 1)
}

pub async fn set_status(
    txn: &impl ConnectionTrait,
    booking_id: i64,
    status: BookingStatus,
    decided_by: &str,
) -> Result<(), AppError> {
    let now = Utc::now();
    desk_booking::Entity::update_many()
        .col_expr(desk_booking::Column::Status, Expr::value(status.as_str()))
        .col_expr(desk_booking::Column::DecidedByName, Expr::value(decided_by))
        .col_expr(desk_booking::Column::DecidedAt, Expr::value(Some(now)))
        .col_expr(desk_booking::Column::UpdatedAt, Expr::value(now))
        .filter(desk_booking::Column::Id.eq(booking_id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Whether the days were claimed for the booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    Claimed,
    /// Another approved booking holds at least one of the days. On PostgreSQL
    /// the transaction can no longer be used: roll it back.
    Taken,
}

/// Claims every day of the range for a booking.
pub async fn claim_days(
    txn: &impl ConnectionTrait,
    desk_id: i64,
    booking_id: i64,
    range: (NaiveDate, NaiveDate),
) -> Result<Claim, AppError> {
    let rows: Vec<desk_day::ActiveModel> = days(range.0, range.1)
        .into_iter()
        .map(|day| desk_day::ActiveModel {
            desk_id: Set(desk_id),
            day: Set(day),
            booking_id: Set(booking_id),
        })
        .collect();
    // A booking is at most two years: 731 rows of 3 parameters fit one statement.
    match desk_day::Entity::insert_many(rows).exec(txn).await {
        Ok(_) => Ok(Claim::Claimed),
        Err(e) if db::is_unique_violation(&e) => Ok(Claim::Taken),
        Err(e) => Err(e.into()),
    }
}

/// Gives a booking's days back.
pub async fn release_days(txn: &impl ConnectionTrait, booking_id: i64) -> Result<(), AppError> {
    desk_day::Entity::delete_many()
        .filter(desk_day::Column::BookingId.eq(booking_id))
        .exec(txn)
        .await?;
    Ok(())
}

/// The approved booking holding a desk on some day of the range, if any.
pub async fn holder(
    db: &impl ConnectionTrait,
    desk_id: i64,
    range: (NaiveDate, NaiveDate),
) -> Result<Option<Booking>, AppError> {
    let held: Option<i64> = desk_day::Entity::find()
        .select_only()
        .column(desk_day::Column::BookingId)
        .filter(desk_day::Column::DeskId.eq(desk_id))
        .filter(desk_day::Column::Day.between(range.0, range.1))
        .order_by_asc(desk_day::Column::Day)
        .into_tuple::<i64>()
        .one(db)
        .await?;
    match held {
        Some(id) => booking(db, id).await,
        None => Ok(None),
    }
}

/// Waiting bookings of a desk that overlap a range, the earliest request first.
pub async fn waiting_for(
    txn: &impl ConnectionTrait,
    desk_id: i64,
    range: (NaiveDate, NaiveDate),
) -> Result<Vec<i64>, AppError> {
    Ok(desk_booking::Entity::find()
        .select_only()
        .column(desk_booking::Column::Id)
        .filter(desk_booking::Column::DeskId.eq(desk_id))
        .filter(desk_booking::Column::Status.eq(BookingStatus::Waitlisted.as_str()))
        .filter(desk_booking::Column::StartsOn.lte(range.1))
        .filter(desk_booking::Column::EndsOn.gte(range.0))
        .order_by_asc(desk_booking::Column::CreatedAt)
        .order_by_asc(desk_booking::Column::Id)
        .into_tuple::<i64>()
        .all(txn)
        .await?)
}

/// Clears the notes of an SME's desk requests.
pub async fn erase_notes_of_sme(txn: &impl ConnectionTrait, sme_id: i64) -> Result<(), AppError> {
    desk_booking::Entity::update_many()
        .col_expr(desk_booking::Column::Note, Expr::value(""))
        .filter(
            desk_booking::Column::ParticipantId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(participant::Column::Id)
                    .from(participant::Entity)
                    .and_where(participant::Column::SmeId.eq(sme_id))
                    .to_owned(),
            ),
        )
        .exec(txn)
        .await?;
    Ok(())
}
