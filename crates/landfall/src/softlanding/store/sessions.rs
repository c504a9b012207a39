//! Sessions, their seats and invitations.
//!
//! A session counts its taken seats in its own row, and the database checks
//! `seats_taken <= capacity`: a seat is taken with one conditional update, so
//! two requests can never both take the last one.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, ExprTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::{organisation, organisations, stored};
use crate::registry::{self, OrganisationRef};
use crate::softlanding::entities::{cohort, invitation, participant, session};
use crate::softlanding::model::sessions::{Response, SessionDraft, SessionKind, seat_change};
use crate::validation::FieldErrors;
use crate::web::AppError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub id: i64,
    pub uid: String,
    pub programme_id: i64,
    pub cohort_id: Option<i64>,
    pub kind: SessionKind,
    pub title: String,
    pub host: OrganisationRef,
    pub venue: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: Tz,
    pub capacity: i32,
    pub seats_taken: i32,
    pub agenda: String,
    pub cancelled: bool,
    pub sequence: i32,
    pub updated_at: DateTime<Utc>,
}

/// A participant's invitation, with the SME's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub session_id: i64,
    pub participant_id: i64,
    pub sme_id: i64,
    pub sme_name: String,
    pub response: Response,
    pub attended: Option<bool>,
}

async fn sessions_from(
    db: &impl ConnectionTrait,
    rows: Vec<session::Model>,
) -> Result<Vec<Session>, AppError> {
    let refs = organisations(db, rows.iter().map(|r| r.host_organisation_id)).await?;
    rows.into_iter()
        .map(|row| {
            Ok(Session {
                kind: stored("session kind", SessionKind::parse(&row.kind))?,
                host: organisation(&refs, row.host_organisation_id)?,
                time_zone: stored(
                    "time zone",
                    row.time_zone.parse::<Tz>().map_err(|e| e.to_string()),
                )?,
                id: row.id,
                uid: row.uid,
                programme_id: row.programme_id,
                cohort_id: row.cohort_id,
                title: row.title,
                venue: row.venue,
                starts_at: row.starts_at,
                ends_at: row.ends_at,
                capacity: row.capacity,
                seats_taken: row.seats_taken,
                agenda: row.agenda,
                cancelled: row.cancelled,
                sequence: row.sequence,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

pub async fn session(db: &impl ConnectionTrait, id: i64) -> Result<Option<Session>, AppError> {
    let Some(row) = session::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(sessions_from(db, vec![row]).await?.pop())
}

/// Which sessions to list; all conditions must hold.
#[derive(Clone, Debug, Default)]
pub struct SessionFilter {
    pub programme_id: Option<i64>,
    /// Sessions of any of these programmes.
    pub programme_ids: Option<Vec<i64>>,
    pub cohort_id: Option<i64>,
    pub host_organisation_id: Option<i64>,
    /// Sessions this participant is invited to.
    pub participant_id: Option<i64>,
    /// Sessions any of these participants is invited to.
    pub participant_ids: Option<Vec<i64>>,
    pub from: Option<DateTime<Utc>>,
    pub include_cancelled: bool,
}

pub async fn sessions(
    db: &impl ConnectionTrait,
    filter: &SessionFilter,
) -> Result<Vec<Session>, AppError> {
    let mut condition = Condition::all();
    if let Some(id) = filter.programme_id {
        condition = condition.add(session::Column::ProgrammeId.eq(id));
    }
    if let Some(ids) = &filter.programme_ids {
        condition = condition.add(session::Column::ProgrammeId.is_in(ids.iter().copied()));
    }
    if let Some(id) = filter.cohort_id {
        condition = condition.add(session::Column::CohortId.eq(id));
    }
    if let Some(id) = filter.host_organisation_id {
        condition = condition.add(session::Column::HostOrganisationId.eq(id));
    }
    let invited: Option<Vec<i64>> = match (&filter.participant_id, &filter.participant_ids) {
        (Some(id), _) => Some(vec![*id]),
        (None, Some(ids)) => Some(ids.clone()),
        (None, None) => None,
    };
    if let Some(ids) = invited {
        condition = condition.add(
            session::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(invitation::Column::SessionId)
                    .from(invitation::Entity)
                    .and_where(invitation::Column::ParticipantId.is_in(ids))
                    .to_owned(),
            ),
        );
    }
    if let Some(from) = filter.from {
        condition = condition.add(session::Column::EndsAt.gte(from));
    }
    if !filter.include_cancelled {
        condition = condition.add(session::Column::Cancelled.eq(false));
    }
    let rows = session::Entity::find()
        .filter(condition)
        .order_by_asc(session::Column::StartsAt)
        .order_by_asc(session::Column::Id)
        .all(db)
        .await?;
    sessions_from(db, rows).await
}

fn values(draft: &SessionDraft, now: DateTime<Utc>) -> session::ActiveModel {
    session::ActiveModel {
        cohort_id: Set(draft.cohort_id),
        kind: Set(draft.kind.as_str().to_string()),
        title: Set(draft.title.clone()),
        host_organisation_id: Set(draft.host_organisation_id),
        venue: Set(draft.venue.clone()),
        starts_at: Set(draft.starts_at),
        ends_at: Set(draft.ends_at),
        time_zone: Set(draft.time_zone.name().to_string()),
        capacity: Set(draft.capacity),
        agenda: Set(draft.agenda.clone()),
        updated_at: Set(now),
        ..Default::default()
    }
}

pub async fn insert_session(
    txn: &impl ConnectionTrait,
    programme_id: i64,
    draft: &SessionDraft,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let uid = format!(
        "{}@landfall",
        crate::auth::model::new_secret()
            .to_lowercase()
            .replace(['-', '_'], "")
    );
    let row = session::ActiveModel {
        uid: Set(uid),
        programme_id: Set(programme_id),
        seats_taken: Set(0),
        cancelled: Set(false),
        sequence: Set(0),
        created_at: Set(now),
        ..values(draft, now)
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

/// Changes a session; calendars see a new version (SEQUENCE goes up).
pub async fn update_session(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &SessionDraft,
) -> Result<(), AppError> {
    let mut row = values(draft, Utc::now());
    row.id = sea_orm::ActiveValue::Unchanged(id);
    // The capacity is checked against the seats taken as they stand when
    // written: an invitation accepted meanwhile is counted.
    let written = session::Entity::update_many()
        .set(row)
        .filter(session::Column::Id.eq(id))
        .filter(session::Column::SeatsTaken.lte(draft.capacity))
        .exec(txn)
        .await?;
    if written.rows_affected != 1 {
        let taken = session::Entity::find_by_id(id)
            .one(txn)
            .await?
            .ok_or(AppError::NotFound)?
            .seats_taken;
        return Err(AppError::Validation(FieldErrors::single(
            "capacity",
            crate::t1("sl-err-capacity-below-invited", "count", taken),
        )));
    }
    bump_sequence(txn, id).await
}

async fn bump_sequence(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    session::Entity::update_many()
        .col_expr(
            session::Column::Sequence,
            Expr::col(session::Column::Sequence).add(1),
        )
        .col_expr(session::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(session::Column::Id.eq(id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Cancels a session: it stays in calendars as cancelled, with a new SEQUENCE.
pub async fn cancel_session(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    session::Entity::update_many()
        .col_expr(session::Column::Cancelled, Expr::value(true))
        .filter(session::Column::Id.eq(id))
        .exec(txn)
        .await?;
    bump_sequence(txn, id).await
}

/// Takes `seats` seats (negative: gives them back). `false` when the session is full.
async fn move_seats(
    txn: &impl ConnectionTrait,
    session_id: i64,
    seats: i32,
) -> Result<bool, AppError> {
    if seats == 0 {
        return Ok(true);
    }
    let mut update = session::Entity::update_many()
        .col_expr(
            session::Column::SeatsTaken,
            Expr::col(session::Column::SeatsTaken).add(seats),
        )
        .filter(session::Column::Id.eq(session_id));
    if seats > 0 {
        update = update.filter(
            Expr::col(session::Column::SeatsTaken)
                .add(seats)
                .lte(Expr::col(session::Column::Capacity)),
        );
    }
    Ok(update.exec(txn).await?.rows_affected == 1)
}

/// What came of inviting someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invited {
    New,
    AlreadyInvited,
    Full,
}

/// Invites a participant, taking a seat. Nothing changes when the session is full.
pub async fn invite(
    txn: &impl ConnectionTrait,
    session_id: i64,
    participant_id: i64,
) -> Result<Invited, AppError> {
    if invitation::Entity::find_by_id((session_id, participant_id))
        .one(txn)
        .await?
        .is_some()
    {
        return Ok(Invited::AlreadyInvited);
    }
    if !move_seats(txn, session_id, 1).await? {
        return Ok(Invited::Full);
    }
    invitation::ActiveModel {
        session_id: Set(session_id),
        participant_id: Set(participant_id),
        response: Set(Response::Pending.as_str().to_string()),
        attended: Set(None),
        updated_at: Set(Utc::now()),
    }
    .insert(txn)
    .await?;
    Ok(Invited::New)
}

pub async fn invitation_of(
    db: &impl ConnectionTrait,
    session_id: i64,
    participant_id: i64,
) -> Result<Option<(Response, Option<bool>)>, AppError> {
    match invitation::Entity::find_by_id((session_id, participant_id))
        .one(db)
        .await?
    {
        Some(row) => Ok(Some((
            stored("response", Response::parse(&row.response))?,
            row.attended,
        ))),
        None => Ok(None),
    }
}

/// Takes the cohort's row lock and says how many sessions it has: two
/// plannings of one cohort at once wait for each other, and the second sees
/// the first's sessions.
pub async fn lock_cohort_sessions(
    txn: &impl ConnectionTrait,
    cohort_id: i64,
) -> Result<u64, AppError> {
    cohort::Entity::update_many()
        .col_expr(cohort::Column::Name, Expr::col(cohort::Column::Name))
        .filter(cohort::Column::Id.eq(cohort_id))
        .exec(txn)
        .await?;
    Ok(session::Entity::find()
        .filter(session::Column::CohortId.eq(cohort_id))
        .count(txn)
        .await?)
}

/// Records an answer; declining gives the seat back, accepting after a
/// decline takes one again (`false` if none is left).
pub async fn respond(
    txn: &impl ConnectionTrait,
    session_id: i64,
    participant_id: i64,
    from: Response,
    to: Response,
) -> Result<bool, AppError> {
    // The answer changes only from the one the seats were counted for: two
    // declines at once would otherwise each give a seat back.
    let changed = invitation::Entity::update_many()
        .col_expr(invitation::Column::Response, Expr::value(to.as_str()))
        .col_expr(invitation::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(invitation::Column::SessionId.eq(session_id))
        .filter(invitation::Column::ParticipantId.eq(participant_id))
        .filter(invitation::Column::Response.eq(from.as_str()))
        .exec(txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(AppError::conflict(crate::t("sl-err-answered-meanwhile")));
    }
    move_seats(txn, session_id, seat_change(from, to)).await
}

pub async fn record_attendance(
    txn: &impl ConnectionTrait,
    session_id: i64,
    participant_id: i64,
    attended: bool,
) -> Result<(), AppError> {
    invitation::Entity::update_many()
        .col_expr(invitation::Column::Attended, Expr::value(Some(attended)))
        .col_expr(invitation::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(invitation::Column::SessionId.eq(session_id))
        .filter(invitation::Column::ParticipantId.eq(participant_id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Gives back the seats a participant holds (before the participant is removed).
pub async fn release_seats_of(
    txn: &impl ConnectionTrait,
    participant_id: i64,
) -> Result<(), AppError> {
    let held: Vec<i64> = invitation::Entity::find()
        .select_only()
        .column(invitation::Column::SessionId)
        .filter(invitation::Column::ParticipantId.eq(participant_id))
        .filter(invitation::Column::Response.ne(Response::Declined.as_str()))
        .into_tuple::<i64>()
        .all(txn)
        .await?;
    for session_id in held {
        move_seats(txn, session_id, -1).await?;
    }
    Ok(())
}

/// The invitations of some sessions, with the SMEs' names.
pub async fn invitations(
    db: &impl ConnectionTrait,
    session_ids: &[i64],
) -> Result<Vec<Invitation>, AppError> {
    let rows = invitation::Entity::find()
        .filter(invitation::Column::SessionId.is_in(session_ids.iter().copied()))
        .all(db)
        .await?;
    let participant_ids: Vec<i64> = rows.iter().map(|r| r.participant_id).collect();
    let smes: HashMap<i64, i64> = participant::Entity::find()
        .select_only()
        .column(participant::Column::Id)
        .column(participant::Column::SmeId)
        .filter(participant::Column::Id.is_in(participant_ids))
        .into_tuple::<(i64, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let sme_ids: Vec<i64> = smes.values().copied().collect();
    let (_, names) = registry::store::names(db, &[], &sme_ids).await?;
    let mut list = rows
        .into_iter()
        .map(|row| {
            let sme_id = smes.get(&row.participant_id).copied().unwrap_or_default();
            let sme_name = names.get(&sme_id).cloned().unwrap_or_default();
            Ok(Invitation {
                response: stored("response", Response::parse(&row.response))?,
                session_id: row.session_id,
                participant_id: row.participant_id,
                sme_id,
                sme_name,
                attended: row.attended,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    list.sort_by(|a, b| (a.session_id, &a.sme_name).cmp(&(b.session_id, &b.sme_name)));
    Ok(list)
}

/// Which of some participants are invited to a session.
pub async fn invited_among(
    db: &impl ConnectionTrait,
    session_id: i64,
    participant_ids: &[i64],
) -> Result<Vec<i64>, AppError> {
    if participant_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(invitation::Entity::find()
        .select_only()
        .column(invitation::Column::ParticipantId)
        .filter(invitation::Column::SessionId.eq(session_id))
        .filter(invitation::Column::ParticipantId.is_in(participant_ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?)
}

/// The invitations of some participants: (session, participant).
pub async fn invitations_of(
    db: &impl ConnectionTrait,
    participant_ids: &[i64],
) -> Result<Vec<(i64, i64)>, AppError> {
    let mut list = Vec::new();
    for chunk in participant_ids.chunks(500) {
        let rows: Vec<(i64, i64)> = invitation::Entity::find()
            .select_only()
            .column(invitation::Column::SessionId)
            .column(invitation::Column::ParticipantId)
            .filter(invitation::Column::ParticipantId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        list.extend(rows);
    }
    Ok(list)
}
