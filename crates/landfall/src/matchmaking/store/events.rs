//! Matchmaking events: sessions and slots, registrations, requests, meetings
//! with their places, and what attendees recorded afterwards.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::stored;
use crate::calendar::parse_time_zone;
use crate::db;
use crate::matchmaking::entities::{
    agenda_cancellation, event, event_session, event_slot, meeting, meeting_attendee,
    meeting_outcome, meeting_request, registration, registration_slot,
};
use crate::matchmaking::model::events::{
    AgendaState, Attendance, EventDraft, EventFormat, RegistrationDraft, RequestStatus,
    SessionDraft, effective_status, pair_key,
};
use crate::matchmaking::model::profiles::Party;
use crate::registry::OrganisationRef;
use crate::registry::model::CountryCode;
use crate::registry::store as registry;
use crate::web::AppError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub organiser: OrganisationRef,
    pub format: EventFormat,
    pub venue: String,
    pub online_url: String,
    pub time_zone: Tz,
    pub tables: i32,
    pub max_meetings: Option<i32>,
    pub request_expiry_hours: i32,
    pub agenda_state: AgendaState,
    pub agenda_version: i32,
    pub agenda_published_at: Option<DateTime<Utc>>,
    /// First slot start and last slot end, once sessions exist.
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Event {
    /// Whether the event is over (its last slot has ended).
    pub fn is_over(&self, now: DateTime<Utc>) -> bool {
        self.ends_at.is_some_and(|end| end <= now)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub id: i64,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub meeting_minutes: i32,
    pub pause_minutes: i32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub id: i64,
    pub session_id: i64,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registration {
    pub id: i64,
    pub event_id: i64,
    pub party: Party,
    pub name: String,
    pub country: String,
    /// `sme` or the organisation kind.
    pub kind: String,
    pub attendance: Attendance,
    pub max_meetings: Option<i32>,
    /// `None`: every slot.
    pub available: Option<Vec<i64>>,
    pub looking_for: String,
    pub registered_by_name: String,
    pub registered_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingRequest {
    pub id: i64,
    pub event_id: i64,
    pub from: i64,
    pub to: i64,
    pub message: String,
    /// As of the time of reading (pending requests past expiry are expired).
    pub status: RequestStatus,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub answered_at: Option<DateTime<Utc>>,
    pub answer_message: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    pub id: i64,
    pub event_id: i64,
    pub request_id: Option<i64>,
    pub priority: i32,
    pub slot_id: Option<i64>,
    pub table_no: Option<i32>,
    /// Placed by hand: the scheduler leaves it where it is.
    pub pinned: bool,
    /// Part of a published agenda: the scheduler leaves it where it is.
    pub published: bool,
    pub sequence: i32,
    /// Why the scheduler could not place it, if it could not.
    pub note: String,
    /// Registration ids, in ascending order.
    pub attendees: Vec<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Meeting {
    /// Fixed for the scheduler: published or placed by hand, and placed.
    pub fn is_fixed(&self) -> bool {
        self.slot_id.is_some() && (self.published || self.pinned)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingOutcome {
    pub meeting_id: i64,
    pub registration_id: i64,
    pub held: bool,
    pub follow_up: bool,
    pub note: String,
    pub recorded_at: DateTime<Utc>,
}

fn conflict(message: &str) -> AppError {
    AppError::Conflict {
        message: message.into(),
        fields: Default::default(),
    }
}

// ---------------------------------------------------------------------------
// Events, sessions and slots
// ---------------------------------------------------------------------------

async fn events_from(
    db: &impl ConnectionTrait,
    rows: Vec<event::Model>,
) -> Result<Vec<Event>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut organiser_ids: Vec<i64> = rows.iter().map(|r| r.organiser_organisation_id).collect();
    organiser_ids.sort_unstable();
    organiser_ids.dedup();
    let organisers = registry::organisation_refs(db, &organiser_ids).await?;
    let spans: Vec<(i64, DateTime<Utc>, DateTime<Utc>)> = event_session::Entity::find()
        .select_only()
        .column(event_session::Column::EventId)
        .column(event_session::Column::StartsAt)
        .column(event_session::Column::EndsAt)
        .filter(event_session::Column::EventId.is_in(ids))
        .into_tuple()
        .all(db)
        .await?;
    let mut span: HashMap<i64, (DateTime<Utc>, DateTime<Utc>)> = HashMap::new();
    for (id, start, end) in spans {
        let entry = span.entry(id).or_insert((start, end));
        entry.0 = Ord::min(entry.0, start);
        entry.1 = Ord::max(entry.1, end);
    }
    rows.into_iter()
        .map(|row| {
            let organiser = organisers
                .get(&row.organiser_organisation_id)
                .cloned()
                .ok_or_else(|| AppError::Internal(anyhow::anyhow!("organiser missing")))?;
            let (starts_at, ends_at) = span
                .get(&row.id)
                .map(|(s, e)| (Some(*s), Some(*e)))
                .unwrap_or((None, None));
            Ok(Event {
                format: stored("event format", EventFormat::parse(&row.format))?,
                time_zone: stored("time zone", parse_time_zone(&row.time_zone))?,
                agenda_state: stored("agenda state", AgendaState::parse(&row.agenda_state))?,
                organiser,
                starts_at,
                ends_at,
                id: row.id,
                slug: row.slug,
                title: row.title,
                description: row.description,
                venue: row.venue,
                online_url: row.online_url,
                tables: row.tables,
                max_meetings: row.max_meetings,
                request_expiry_hours: row.request_expiry_hours,
                agenda_version: row.agenda_version,
                agenda_published_at: row.agenda_published_at,
                created_at: row.created_at,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

pub async fn event(db: &impl ConnectionTrait, id: i64) -> Result<Option<Event>, AppError> {
    let Some(row) = event::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(events_from(db, vec![row]).await?.pop())
}

pub async fn event_id_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<i64>, AppError> {
    Ok(event::Entity::find()
        .select_only()
        .column(event::Column::Id)
        .filter(event::Column::Slug.eq(slug))
        .into_tuple()
        .one(db)
        .await?)
}

/// Every event, the soonest (or most recent) first: upcoming ones by start,
/// then past ones from the latest.
pub async fn events(db: &impl ConnectionTrait) -> Result<Vec<Event>, AppError> {
    let rows = event::Entity::find()
        .order_by_asc(event::Column::Id)
        .all(db)
        .await?;
    let mut events = events_from(db, rows).await?;
    events.sort_by_key(|e| (e.starts_at.is_none(), e.starts_at, e.id));
    Ok(events)
}

fn event_values(draft: &EventDraft) -> event::ActiveModel {
    event::ActiveModel {
        title: Set(draft.title.clone()),
        description: Set(draft.description.clone()),
        organiser_organisation_id: Set(draft.organiser_organisation_id),
        format: Set(draft.format.as_str().into()),
        venue: Set(draft.venue.clone()),
        online_url: Set(draft.online_url.clone()),
        time_zone: Set(draft.time_zone.name().into()),
        tables: Set(draft.tables),
        max_meetings: Set(draft.max_meetings),
        request_expiry_hours: Set(draft.request_expiry_hours),
        ..Default::default()
    }
}

pub async fn insert_event(
    txn: &impl ConnectionTrait,
    draft: &EventDraft,
    slug: &str,
    now: DateTime<Utc>,
) -> Result<i64, AppError> {
    let mut row = event_values(draft);
    row.slug = Set(slug.to_string());
    row.agenda_state = Set(AgendaState::Unpublished.as_str().into());
    row.agenda_version = Set(0);
    row.agenda_published_at = Set(None);
    row.created_at = Set(now);
    row.updated_at = Set(now);
    match row.insert(txn).await {
        Ok(row) => Ok(row.id),
        Err(e) if db::is_unique_violation(&e) => Err(AppError::Conflict {
            message: crate::t("mm-err-event-exists"),
            fields: crate::validation::FieldErrors::single(
                "title",
                crate::t("mm-err-event-exists"),
            ),
        }),
        Err(e) => Err(e.into()),
    }
}

/// Rewrites an event's settings, if it is still as it was when read
/// (`read_at`, its `updated_at` then).
pub async fn update_event(
    txn: &impl ConnectionTrait,
    id: i64,
    read_at: DateTime<Utc>,
    draft: &EventDraft,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    crate::db::lock_unchanged::<event::Entity>(txn, id, read_at, |r| r.updated_at).await?;
    let mut row = event_values(draft);
    row.id = Set(id);
    row.updated_at = Set(now);
    row.update(txn).await?;
    Ok(())
}

pub async fn set_agenda(
    txn: &impl ConnectionTrait,
    id: i64,
    state: AgendaState,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    event::Entity::update_many()
        .col_expr(event::Column::AgendaState, Expr::value(state.as_str()))
        .col_expr(
            event::Column::AgendaVersion,
            Expr::col(event::Column::AgendaVersion).add(1),
        )
        .col_expr(event::Column::AgendaPublishedAt, Expr::value(now))
        .col_expr(event::Column::UpdatedAt, Expr::value(now))
        .filter(event::Column::Id.eq(id))
        .exec(txn)
        .await?;
    Ok(())
}

pub async fn sessions(db: &impl ConnectionTrait, event_id: i64) -> Result<Vec<Session>, AppError> {
    Ok(event_session::Entity::find()
        .filter(event_session::Column::EventId.eq(event_id))
        .order_by_asc(event_session::Column::StartsAt)
        .all(db)
        .await?
        .into_iter()
        .map(|r| Session {
            id: r.id,
            title: r.title,
            starts_at: r.starts_at,
            ends_at: r.ends_at,
            meeting_minutes: r.meeting_minutes,
            pause_minutes: r.pause_minutes,
        })
        .collect())
}

/// The event's slots in time order.
pub async fn slots(db: &impl ConnectionTrait, event_id: i64) -> Result<Vec<Slot>, AppError> {
    Ok(event_slot::Entity::find()
        .filter(event_slot::Column::EventId.eq(event_id))
        .order_by_asc(event_slot::Column::StartsAt)
        .order_by_asc(event_slot::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|r| Slot {
            id: r.id,
            session_id: r.session_id,
            starts_at: r.starts_at,
            ends_at: r.ends_at,
        })
        .collect())
}

pub async fn insert_session(
    txn: &impl ConnectionTrait,
    event_id: i64,
    draft: &SessionDraft,
) -> Result<i64, AppError> {
    let id = event_session::ActiveModel {
        event_id: Set(event_id),
        title: Set(draft.title.clone()),
        starts_at: Set(draft.starts_at),
        ends_at: Set(draft.ends_at),
        meeting_minutes: Set(draft.meeting_minutes),
        pause_minutes: Set(draft.pause_minutes),
        ..Default::default()
    }
    .insert(txn)
    .await?
    .id;
    event_slot::Entity::insert_many(draft.slots.iter().map(|s| event_slot::ActiveModel {
        event_id: Set(event_id),
        session_id: Set(id),
        starts_at: Set(s.starts_at),
        ends_at: Set(s.ends_at),
        ..Default::default()
    }))
    .exec_without_returning(txn)
    .await?;
    Ok(id)
}

/// Removes a session and its slots, unless meetings are placed in them.
pub async fn delete_session(
    txn: &impl ConnectionTrait,
    event_id: i64,
    session_id: i64,
) -> Result<(), AppError> {
    // Checked here rather than read from the foreign key's error, which
    // SQLite and PostgreSQL report differently.
    let placed = meeting::Entity::find()
        .filter(
            meeting::Column::SlotId.in_subquery(
                Query::select()
                    .column(event_slot::Column::Id)
                    .from(event_slot::Entity)
                    .and_where(event_slot::Column::SessionId.eq(session_id))
                    .to_owned(),
            ),
        )
        .count(txn)
        .await?;
    if placed > 0 {
        return Err(conflict(&crate::t("mm-err-session-has-meetings")));
    }
    let result = event_session::Entity::delete_many()
        .filter(event_session::Column::Id.eq(session_id))
        .filter(event_session::Column::EventId.eq(event_id))
        .exec(txn)
        .await;
    match result {
        Ok(r) if r.rows_affected == 1 => Ok(()),
        Ok(_) => Err(AppError::NotFound),
        Err(e) if crate::db::is_foreign_key_violation(&e) => {
            Err(conflict(&crate::t("mm-err-session-has-meetings")))
        }
        Err(e) => Err(e.into()),
    }
}

// ---------------------------------------------------------------------------
// Registrations
// ---------------------------------------------------------------------------

async fn registrations_from(
    db: &impl ConnectionTrait,
    rows: Vec<registration::Model>,
) -> Result<Vec<Registration>, AppError> {
    let ids: Vec<i64> = rows.iter().filter(|r| r.restricted).map(|r| r.id).collect();
    let mut available: HashMap<i64, Vec<i64>> = HashMap::new();
    for chunk in ids.chunks(500) {
        let slot_rows: Vec<(i64, i64)> = registration_slot::Entity::find()
            .select_only()
            .column(registration_slot::Column::RegistrationId)
            .column(registration_slot::Column::SlotId)
            .filter(registration_slot::Column::RegistrationId.is_in(chunk.iter().copied()))
            .order_by_asc(registration_slot::Column::SlotId)
            .into_tuple()
            .all(db)
            .await?;
        for (registration, slot) in slot_rows {
            available.entry(registration).or_default().push(slot);
        }
    }
    let parties: Vec<Party> = rows
        .iter()
        .map(|r| stored("party", Party::parse_key(&r.party_key)))
        .collect::<Result<_, _>>()?;
    let sme_ids: Vec<i64> = parties.iter().filter_map(|p| p.sme_id()).collect();
    let organisation_ids: Vec<i64> = parties.iter().filter_map(|p| p.organisation_id()).collect();
    let (organisation_names, sme_names) = registry::names(db, &organisation_ids, &sme_ids).await?;
    rows.into_iter()
        .zip(parties)
        .map(|(row, party)| {
            let name = match party {
                Party::Sme(id) => sme_names.get(&id),
                Party::Organisation(id) => organisation_names.get(&id),
            }
            .cloned()
            .unwrap_or_default();
            Ok(Registration {
                attendance: stored("attendance", Attendance::parse(&row.attendance))?,
                available: row
                    .restricted
                    .then(|| available.remove(&row.id).unwrap_or_default()),
                id: row.id,
                event_id: row.event_id,
                party,
                name,
                country: row.country,
                kind: row.party_kind,
                max_meetings: row.max_meetings,
                looking_for: row.looking_for,
                registered_by_name: row.registered_by_name,
                registered_at: row.registered_at,
            })
        })
        .collect()
}

/// The event's registrations, by name.
pub async fn registrations(
    db: &impl ConnectionTrait,
    event_id: i64,
) -> Result<Vec<Registration>, AppError> {
    let rows = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .order_by_asc(registration::Column::Id)
        .all(db)
        .await?;
    let mut list = registrations_from(db, rows).await?;
    list.sort_by(|a, b| {
        crate::registry::model::fold(&a.name)
            .cmp(&crate::registry::model::fold(&b.name))
            .then(a.id.cmp(&b.id))
    });
    Ok(list)
}

pub async fn registration(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<Registration>, AppError> {
    let Some(row) = registration::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(registrations_from(db, vec![row]).await?.pop())
}

/// A party's registration at an event, if any.
pub async fn registration_of(
    db: &impl ConnectionTrait,
    event_id: i64,
    party: Party,
) -> Result<Option<Registration>, AppError> {
    let Some(row) = registration::Entity::find()
        .filter(registration::Column::EventId.eq(event_id))
        .filter(registration::Column::PartyKey.eq(party.key()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(registrations_from(db, vec![row]).await?.pop())
}

async fn write_availability(
    txn: &impl ConnectionTrait,
    id: i64,
    available: &Option<Vec<i64>>,
) -> Result<(), AppError> {
    registration_slot::Entity::delete_many()
        .filter(registration_slot::Column::RegistrationId.eq(id))
        .exec(txn)
        .await?;
    if let Some(slots) = available {
        registration_slot::Entity::insert_many(slots.iter().map(|slot| {
            registration_slot::ActiveModel {
                registration_id: Set(id),
                slot_id: Set(*slot),
            }
        }))
        .exec_without_returning(txn)
        .await?;
    }
    Ok(())
}

/// The facts about a registering party that statistics group by.
pub struct PartyFacts {
    pub country: CountryCode,
    pub kind: String,
}

pub async fn insert_registration(
    txn: &impl ConnectionTrait,
    event_id: i64,
    party: Party,
    facts: &PartyFacts,
    draft: &RegistrationDraft,
    registered_by: &str,
    now: DateTime<Utc>,
) -> Result<i64, AppError> {
    let row = registration::ActiveModel {
        event_id: Set(event_id),
        party_key: Set(party.key()),
        sme_id: Set(party.sme_id()),
        organisation_id: Set(party.organisation_id()),
        country: Set(facts.country.as_str().into()),
        party_kind: Set(facts.kind.clone()),
        attendance: Set(draft.attendance.as_str().into()),
        max_meetings: Set(draft.max_meetings),
        restricted: Set(draft.available.is_some()),
        looking_for: Set(draft.looking_for.clone()),
        registered_by_name: Set(registered_by.to_string()),
        registered_at: Set(now),
        ..Default::default()
    };
    let id = match row.insert(txn).await {
        Ok(row) => row.id,
        Err(e) if db::is_unique_violation(&e) => {
            return Err(conflict(&crate::t("mm-err-already-registered")));
        }
        Err(e) => return Err(e.into()),
    };
    write_availability(txn, id, &draft.available).await?;
    Ok(id)
}

pub async fn update_registration(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &RegistrationDraft,
) -> Result<(), AppError> {
    registration::ActiveModel {
        id: Set(id),
        attendance: Set(draft.attendance.as_str().into()),
        max_meetings: Set(draft.max_meetings),
        restricted: Set(draft.available.is_some()),
        looking_for: Set(draft.looking_for.clone()),
        ..Default::default()
    }
    .update(txn)
    .await?;
    write_availability(txn, id, &draft.available).await
}

/// Cancels a registration: its meetings go (the others lose their partner)
/// and its requests with them.
pub async fn delete_registration(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    meeting::Entity::delete_many()
        .filter(
            meeting::Column::Id.in_subquery(
                Query::select()
                    .column(meeting_attendee::Column::MeetingId)
                    .from(meeting_attendee::Entity)
                    .and_where(meeting_attendee::Column::RegistrationId.eq(id))
                    .to_owned(),
            ),
        )
        .exec(txn)
        .await?;
    registration::Entity::delete_by_id(id).exec(txn).await?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------

fn request_from(
    row: meeting_request::Model,
    now: DateTime<Utc>,
) -> Result<MeetingRequest, AppError> {
    let status = stored("request status", RequestStatus::parse(&row.status))?;
    Ok(MeetingRequest {
        status: effective_status(status, row.expires_at, now),
        id: row.id,
        event_id: row.event_id,
        from: row.from_registration_id,
        to: row.to_registration_id,
        message: row.message,
        created_at: row.created_at,
        expires_at: row.expires_at,
        answered_at: row.answered_at,
        answer_message: row.answer_message,
    })
}

pub async fn insert_request(
    txn: &impl ConnectionTrait,
    event_id: i64,
    from: i64,
    to: i64,
    message: &str,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<i64, AppError> {
    let row = meeting_request::ActiveModel {
        event_id: Set(event_id),
        from_registration_id: Set(from),
        to_registration_id: Set(to),
        pair_key: Set(pair_key(from, to)),
        message: Set(message.to_string()),
        status: Set(RequestStatus::Pending.as_str().into()),
        created_at: Set(now),
        expires_at: Set(expires_at),
        answered_at: Set(None),
        answer_message: Set(String::new()),
        ..Default::default()
    };
    match row.insert(txn).await {
        Ok(row) => Ok(row.id),
        Err(e) if db::is_unique_violation(&e) => Err(conflict(&crate::t("mm-err-request-exists"))),
        Err(e) => Err(e.into()),
    }
}

pub async fn request(
    db: &impl ConnectionTrait,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Option<MeetingRequest>, AppError> {
    meeting_request::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|row| request_from(row, now))
        .transpose()
}

/// The event's requests, newest first; `involving` narrows them to those
/// sent or received by one registration.
pub async fn requests(
    db: &impl ConnectionTrait,
    event_id: i64,
    involving: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Vec<MeetingRequest>, AppError> {
    let mut query =
        meeting_request::Entity::find().filter(meeting_request::Column::EventId.eq(event_id));
    if let Some(id) = involving {
        query = query.filter(
            Condition::any()
                .add(meeting_request::Column::FromRegistrationId.eq(id))
                .add(meeting_request::Column::ToRegistrationId.eq(id)),
        );
    }
    query
        .order_by_desc(meeting_request::Column::CreatedAt)
        .order_by_desc(meeting_request::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| request_from(row, now))
        .collect()
}

/// Records an answer if the request is still open; returns whether it was.
pub async fn answer_request(
    txn: &impl ConnectionTrait,
    id: i64,
    status: RequestStatus,
    message: &str,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let result = meeting_request::Entity::update_many()
        .col_expr(
            meeting_request::Column::Status,
            Expr::value(status.as_str()),
        )
        .col_expr(meeting_request::Column::AnswerMessage, Expr::value(message))
        .col_expr(meeting_request::Column::AnsweredAt, Expr::value(now))
        .filter(meeting_request::Column::Id.eq(id))
        .filter(meeting_request::Column::Status.eq(RequestStatus::Pending.as_str()))
        .filter(meeting_request::Column::ExpiresAt.gt(now))
        .exec(txn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Marks requests past their expiry as expired.
pub async fn expire_requests(
    txn: &impl ConnectionTrait,
    event_id: i64,
    now: DateTime<Utc>,
) -> Result<u64, AppError> {
    Ok(meeting_request::Entity::update_many()
        .col_expr(
            meeting_request::Column::Status,
            Expr::value(RequestStatus::Expired.as_str()),
        )
        .filter(meeting_request::Column::EventId.eq(event_id))
        .filter(meeting_request::Column::Status.eq(RequestStatus::Pending.as_str()))
        .filter(meeting_request::Column::ExpiresAt.lte(now))
        .exec(txn)
        .await?
        .rows_affected)
}

/// Whether two parties accepted a meeting with each other at any event.
pub async fn met(db: &impl ConnectionTrait, a: Party, b: Party) -> Result<bool, AppError> {
    let registrations: Vec<(i64, String)> = registration::Entity::find()
        .select_only()
        .column(registration::Column::Id)
        .column(registration::Column::PartyKey)
        .filter(registration::Column::PartyKey.is_in([a.key(), b.key()]))
        .into_tuple()
        .all(db)
        .await?;
    let (of_a, of_b): (Vec<_>, Vec<_>) = registrations
        .into_iter()
        .partition(|(_, key)| *key == a.key());
    let of_a: Vec<i64> = of_a.into_iter().map(|(id, _)| id).collect();
    let of_b: Vec<i64> = of_b.into_iter().map(|(id, _)| id).collect();
    if of_a.is_empty() || of_b.is_empty() {
        return Ok(false);
    }
    let found = meeting_request::Entity::find()
        .select_only()
        .column(meeting_request::Column::Id)
        .filter(meeting_request::Column::Status.eq(RequestStatus::Accepted.as_str()))
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(meeting_request::Column::FromRegistrationId.is_in(of_a.clone()))
                        .add(meeting_request::Column::ToRegistrationId.is_in(of_b.clone())),
                )
                .add(
                    Condition::all()
                        .add(meeting_request::Column::FromRegistrationId.is_in(of_b))
                        .add(meeting_request::Column::ToRegistrationId.is_in(of_a)),
                ),
        )
        .into_tuple::<i64>()
        .one(db)
        .await?;
    Ok(found.is_some())
}

// ---------------------------------------------------------------------------
// Meetings
// ---------------------------------------------------------------------------

async fn meetings_from(
    db: &impl ConnectionTrait,
    rows: Vec<meeting::Model>,
) -> Result<Vec<Meeting>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut attendees: HashMap<i64, Vec<i64>> = HashMap::new();
    for chunk in ids.chunks(1000) {
        let pairs: Vec<(i64, i64)> = meeting_attendee::Entity::find()
            .select_only()
            .column(meeting_attendee::Column::MeetingId)
            .column(meeting_attendee::Column::RegistrationId)
            .filter(meeting_attendee::Column::MeetingId.is_in(chunk.iter().copied()))
            .order_by_asc(meeting_attendee::Column::RegistrationId)
            .into_tuple()
            .all(db)
            .await?;
        for (meeting, registration) in pairs {
            attendees.entry(meeting).or_default().push(registration);
        }
    }
    Ok(rows
        .into_iter()
        .map(|row| Meeting {
            attendees: attendees.remove(&row.id).unwrap_or_default(),
            id: row.id,
            event_id: row.event_id,
            request_id: row.request_id,
            priority: row.priority,
            slot_id: row.slot_id,
            table_no: row.table_no,
            pinned: row.pinned,
            published: row.published,
            sequence: row.sequence,
            note: row.note,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
        .collect())
}

/// The event's meetings (optionally one registration's), by id.
pub async fn meetings(
    db: &impl ConnectionTrait,
    event_id: i64,
    attendee: Option<i64>,
) -> Result<Vec<Meeting>, AppError> {
    let mut query = meeting::Entity::find().filter(meeting::Column::EventId.eq(event_id));
    if let Some(id) = attendee {
        query = query.filter(
            meeting::Column::Id.in_subquery(
                Query::select()
                    .column(meeting_attendee::Column::MeetingId)
                    .from(meeting_attendee::Entity)
                    .and_where(meeting_attendee::Column::RegistrationId.eq(id))
                    .to_owned(),
            ),
        );
    }
    let rows = query.order_by_asc(meeting::Column::Id).all(db).await?;
    meetings_from(db, rows).await
}

pub async fn meeting(db: &impl ConnectionTrait, id: i64) -> Result<Option<Meeting>, AppError> {
    let Some(row) = meeting::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(meetings_from(db, vec![row]).await?.pop())
}

pub async fn insert_meeting(
    txn: &impl ConnectionTrait,
    event_id: i64,
    request_id: Option<i64>,
    priority: i32,
    attendees: &[i64],
    now: DateTime<Utc>,
) -> Result<i64, AppError> {
    let id = meeting::ActiveModel {
        event_id: Set(event_id),
        request_id: Set(request_id),
        priority: Set(priority),
        slot_id: Set(None),
        table_no: Set(None),
        pinned: Set(false),
        published: Set(false),
        sequence: Set(0),
        note: Set(String::new()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?
    .id;
    meeting_attendee::Entity::insert_many(attendees.iter().map(|r| {
        meeting_attendee::ActiveModel {
            meeting_id: Set(id),
            registration_id: Set(*r),
            slot_id: Set(None),
        }
    }))
    .exec_without_returning(txn)
    .await?;
    Ok(id)
}

pub async fn set_priority(
    txn: &impl ConnectionTrait,
    id: i64,
    priority: i32,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    meeting::Entity::update_many()
        .col_expr(meeting::Column::Priority, Expr::value(priority))
        .col_expr(meeting::Column::UpdatedAt, Expr::value(now))
        .filter(meeting::Column::Id.eq(id))
        .exec(txn)
        .await?;
    Ok(())
}

pub async fn delete_meeting(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    meeting::Entity::delete_by_id(id).exec(txn).await?;
    Ok(())
}

/// A meeting that left a registration's published agenda (see
/// [`record_cancellation`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cancellation {
    pub meeting_id: i64,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Higher than any the meeting had while on the agenda.
    pub sequence: i32,
    pub cancelled_at: DateTime<Utc>,
}

/// Keeps, for the registrations that had it on their published agenda, a
/// meeting that leaves it (moved off the plan, removed, or its other side
/// gone), so that their calendars hear it is cancelled.
pub async fn record_cancellation(
    txn: &impl ConnectionTrait,
    meeting: &Meeting,
    slot: &Slot,
    registration_ids: &[i64],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    if registration_ids.is_empty() {
        return Ok(());
    }
    agenda_cancellation::Entity::insert_many(registration_ids.iter().map(|&id| {
        agenda_cancellation::ActiveModel {
            event_id: Set(meeting.event_id),
            registration_id: Set(id),
            meeting_id: Set(meeting.id),
            starts_at: Set(slot.starts_at),
            ends_at: Set(slot.ends_at),
            sequence: Set(meeting.sequence + 1),
            cancelled_at: Set(now),
            ..Default::default()
        }
    }))
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// The meetings that left a registration's published agenda, the latest
/// of each meeting only, oldest first.
pub async fn cancellations(
    db: &impl ConnectionTrait,
    registration_id: i64,
) -> Result<Vec<Cancellation>, AppError> {
    let rows = agenda_cancellation::Entity::find()
        .filter(agenda_cancellation::Column::RegistrationId.eq(registration_id))
        .order_by_asc(agenda_cancellation::Column::Id)
        .all(db)
        .await?;
    let mut latest: BTreeMap<i64, Cancellation> = BTreeMap::new();
    for row in rows {
        latest.insert(
            row.meeting_id,
            Cancellation {
                meeting_id: row.meeting_id,
                starts_at: row.starts_at,
                ends_at: row.ends_at,
                sequence: row.sequence,
                cancelled_at: row.cancelled_at,
            },
        );
    }
    let mut list: Vec<Cancellation> = latest.into_values().collect();
    list.sort_by_key(|c| (c.starts_at, c.meeting_id));
    Ok(list)
}

/// Where a meeting goes: a slot and table, or nowhere (with the reason).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placement {
    At { slot_id: i64, table_no: i32 },
    Unplaced { note: String },
}

/// Takes every movable meeting (not published, not pinned) off the plan, so
/// that a new schedule can be written.
pub async fn clear_movable(txn: &impl ConnectionTrait, event_id: i64) -> Result<(), AppError> {
    let movable = Query::select()
        .column(meeting::Column::Id)
        .from(meeting::Entity)
        .and_where(meeting::Column::EventId.eq(event_id))
        .and_where(meeting::Column::Published.eq(false))
        .and_where(meeting::Column::Pinned.eq(false))
        .to_owned();
    meeting_attendee::Entity::update_many()
        .col_expr(
            meeting_attendee::Column::SlotId,
            Expr::value(Option::<i64>::None),
        )
        .filter(meeting_attendee::Column::MeetingId.in_subquery(movable))
        .exec(txn)
        .await?;
    meeting::Entity::update_many()
        .col_expr(meeting::Column::SlotId, Expr::value(Option::<i64>::None))
        .col_expr(meeting::Column::TableNo, Expr::value(Option::<i32>::None))
        .filter(meeting::Column::EventId.eq(event_id))
        .filter(meeting::Column::Published.eq(false))
        .filter(meeting::Column::Pinned.eq(false))
        .exec(txn)
        .await?;
    Ok(())
}

/// Puts one meeting in its place. The database refuses a taken table or an
/// attendee already busy in that slot (a conflict for the caller to report).
/// `pinned` marks a placement made by hand; `bump` raises the calendar
/// sequence (the meeting moved after attendees saw it).
pub async fn place(
    txn: &impl ConnectionTrait,
    meeting_id: i64,
    placement: &Placement,
    pinned: Option<bool>,
    bump: bool,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let (slot, table, note) = match placement {
        Placement::At { slot_id, table_no } => (Some(*slot_id), Some(*table_no), String::new()),
        Placement::Unplaced { note } => (None, None, note.clone()),
    };
    // Free the attendees' seats first, then take the new ones.
    meeting_attendee::Entity::update_many()
        .col_expr(
            meeting_attendee::Column::SlotId,
            Expr::value(Option::<i64>::None),
        )
        .filter(meeting_attendee::Column::MeetingId.eq(meeting_id))
        .exec(txn)
        .await?;
    let mut update = meeting::Entity::update_many()
        .col_expr(meeting::Column::SlotId, Expr::value(slot))
        .col_expr(meeting::Column::TableNo, Expr::value(table))
        .col_expr(meeting::Column::Note, Expr::value(note))
        .col_expr(meeting::Column::UpdatedAt, Expr::value(now));
    if let Some(pinned) = pinned {
        update = update.col_expr(meeting::Column::Pinned, Expr::value(pinned));
    }
    if bump {
        update = update.col_expr(
            meeting::Column::Sequence,
            Expr::col(meeting::Column::Sequence).add(1),
        );
    }
    let taken = |e: &DbErr| db::is_unique_violation(e);
    if let Err(e) = update
        .filter(meeting::Column::Id.eq(meeting_id))
        .exec(txn)
        .await
    {
        return Err(if taken(&e) {
            conflict(&crate::t("mm-err-table-taken"))
        } else {
            e.into()
        });
    }
    if slot.is_some()
        && let Err(e) = meeting_attendee::Entity::update_many()
            .col_expr(meeting_attendee::Column::SlotId, Expr::value(slot))
            .filter(meeting_attendee::Column::MeetingId.eq(meeting_id))
            .exec(txn)
            .await
    {
        return Err(if taken(&e) {
            conflict(&crate::t("mm-err-attendee-has-meeting"))
        } else {
            e.into()
        });
    }
    Ok(())
}

/// Marks every placed meeting as published (attendees see it in their
/// agendas); meetings taken off the plan stop being published.
pub async fn publish_meetings(
    txn: &impl ConnectionTrait,
    event_id: i64,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    meeting::Entity::update_many()
        .col_expr(meeting::Column::Published, Expr::value(true))
        .col_expr(meeting::Column::UpdatedAt, Expr::value(now))
        .filter(meeting::Column::EventId.eq(event_id))
        .filter(meeting::Column::SlotId.is_not_null())
        .filter(meeting::Column::Published.eq(false))
        .exec(txn)
        .await?;
    meeting::Entity::update_many()
        .col_expr(meeting::Column::Published, Expr::value(false))
        .col_expr(meeting::Column::UpdatedAt, Expr::value(now))
        .filter(meeting::Column::EventId.eq(event_id))
        .filter(meeting::Column::SlotId.is_null())
        .filter(meeting::Column::Published.eq(true))
        .exec(txn)
        .await?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------

pub async fn record_outcome(
    txn: &impl ConnectionTrait,
    outcome: &MeetingOutcome,
) -> Result<(), AppError> {
    meeting_outcome::Entity::delete_many()
        .filter(meeting_outcome::Column::MeetingId.eq(outcome.meeting_id))
        .filter(meeting_outcome::Column::RegistrationId.eq(outcome.registration_id))
        .exec(txn)
        .await?;
    meeting_outcome::ActiveModel {
        meeting_id: Set(outcome.meeting_id),
        registration_id: Set(outcome.registration_id),
        held: Set(outcome.held),
        follow_up: Set(outcome.follow_up),
        note: Set(outcome.note.clone()),
        recorded_at: Set(outcome.recorded_at),
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Every outcome recorded for the event's meetings, by meeting.
pub async fn outcomes(
    db: &impl ConnectionTrait,
    event_id: i64,
) -> Result<BTreeMap<i64, Vec<MeetingOutcome>>, AppError> {
    let rows = meeting_outcome::Entity::find()
        .filter(
            meeting_outcome::Column::MeetingId.in_subquery(
                Query::select()
                    .column(meeting::Column::Id)
                    .from(meeting::Entity)
                    .and_where(meeting::Column::EventId.eq(event_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(meeting_outcome::Column::MeetingId)
        .order_by_asc(meeting_outcome::Column::RegistrationId)
        .all(db)
        .await?;
    let mut by_meeting: BTreeMap<i64, Vec<MeetingOutcome>> = BTreeMap::new();
    for row in rows {
        by_meeting
            .entry(row.meeting_id)
            .or_default()
            .push(MeetingOutcome {
                meeting_id: row.meeting_id,
                registration_id: row.registration_id,
                held: row.held,
                follow_up: row.follow_up,
                note: row.note,
                recorded_at: row.recorded_at,
            });
    }
    Ok(by_meeting)
}

/// Pending requests past their expiry whose senders have not been told.
pub async fn expired_unnotified(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Vec<MeetingRequest>, AppError> {
    // Pending past their time, or already marked expired by a scheduler run
    // that came before the sweep: either way nobody was told yet.
    let rows = meeting_request::Entity::find()
        .filter(meeting_request::Column::Status.is_in([
            RequestStatus::Pending.as_str(),
            RequestStatus::Expired.as_str(),
        ]))
        .filter(meeting_request::Column::ExpiresAt.lte(now))
        .filter(meeting_request::Column::ExpiryNotifiedAt.is_null())
        .order_by_asc(meeting_request::Column::Id)
        .all(db)
        .await?;
    rows.into_iter().map(|r| request_from(r, now)).collect()
}

/// Marks a request's expiry as told; `false` when another instance did.
pub async fn mark_expiry_notified(
    txn: &impl ConnectionTrait,
    id: i64,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let result = meeting_request::Entity::update_many()
        .col_expr(
            meeting_request::Column::ExpiryNotifiedAt,
            Expr::value(Some(now)),
        )
        .filter(meeting_request::Column::Id.eq(id))
        .filter(meeting_request::Column::ExpiryNotifiedAt.is_null())
        .exec(txn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// What an SME wrote to other attendees, as [`erase_texts_of_sme`] found it
/// before erasing it: the notifications that quoted it are the other side's,
/// and the caller takes it out of them too.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SentTexts {
    /// The events the SME registered at.
    pub event_ids: Vec<i64>,
    /// The messages of its requests and of its answers, none empty.
    pub messages: Vec<String>,
}

/// Erases what an SME wrote at events (what it looks for, its requests'
/// messages and answers, its notes on meetings); its registrations and
/// meetings stay, for the events' statistics. Returns what it had sent.
pub async fn erase_texts_of_sme(
    txn: &impl ConnectionTrait,
    sme_id: i64,
) -> Result<SentTexts, AppError> {
    let registrations = registration::Entity::find()
        .filter(registration::Column::SmeId.eq(sme_id))
        .all(txn)
        .await?;
    let mut sent = SentTexts {
        event_ids: registrations.iter().map(|r| r.event_id).collect(),
        messages: Vec::new(),
    };
    sent.event_ids.sort_unstable();
    sent.event_ids.dedup();
    let registrations: Vec<i64> = registrations.into_iter().map(|r| r.id).collect();
    if registrations.is_empty() {
        return Ok(sent);
    }
    let requests = meeting_request::Entity::find()
        .filter(
            Condition::any()
                .add(meeting_request::Column::FromRegistrationId.is_in(registrations.clone()))
                .add(meeting_request::Column::ToRegistrationId.is_in(registrations.clone())),
        )
        .all(txn)
        .await?;
    for request in &requests {
        if registrations.contains(&request.from_registration_id) {
            sent.messages.push(request.message.clone());
        }
        if registrations.contains(&request.to_registration_id) {
            sent.messages.push(request.answer_message.clone());
        }
    }
    sent.messages.retain(|m| !m.trim().is_empty());
    registration::Entity::update_many()
        .col_expr(registration::Column::LookingFor, Expr::value(""))
        .filter(registration::Column::Id.is_in(registrations.clone()))
        .exec(txn)
        .await?;
    meeting_request::Entity::update_many()
        .col_expr(meeting_request::Column::Message, Expr::value(""))
        .col_expr(meeting_request::Column::AnswerMessage, Expr::value(""))
        .filter(meeting_request::Column::Id.is_in(requests.iter().map(|r| r.id)))
        .exec(txn)
        .await?;
    meeting_outcome::Entity::update_many()
        .col_expr(meeting_outcome::Column::Note, Expr::value(""))
        .filter(meeting_outcome::Column::RegistrationId.is_in(registrations))
        .exec(txn)
        .await?;
    Ok(sent)
}

/// The SMEs among a meeting's attendees (`None` when there is no such meeting).
pub async fn meeting_smes(
    db: &impl ConnectionTrait,
    meeting_id: i64,
) -> Result<Option<Vec<i64>>, AppError> {
    if meeting::Entity::find_by_id(meeting_id)
        .one(db)
        .await?
        .is_none()
    {
        return Ok(None);
    }
    let smes: Vec<Option<i64>> = registration::Entity::find()
        .select_only()
        .column(registration::Column::SmeId)
        .filter(
            registration::Column::Id.in_subquery(
                Query::select()
                    .column(meeting_attendee::Column::RegistrationId)
                    .from(meeting_attendee::Entity)
                    .and_where(meeting_attendee::Column::MeetingId.eq(meeting_id))
                    .to_owned(),
            ),
        )
        .into_tuple()
        .all(db)
        .await?;
    Ok(Some(smes.into_iter().flatten().collect()))
}

/// A meeting an SME sat in: at which event, with whom, when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmeMeeting {
    pub id: i64,
    pub sme_id: i64,
    pub event_title: String,
    /// The other side's name.
    pub with: String,
    /// The other side.
    pub with_party: Option<Party>,
    pub starts_at: Option<DateTime<Utc>>,
}

/// The meetings some SMEs sat in, the latest made first, at most `limit`.
pub async fn meetings_of_smes(
    db: &impl ConnectionTrait,
    sme_ids: &[i64],
    limit: usize,
) -> Result<Vec<SmeMeeting>, AppError> {
    let mut own: HashMap<i64, i64> = HashMap::new();
    for chunk in sme_ids.chunks(500) {
        let rows: Vec<(i64, Option<i64>)> = registration::Entity::find()
            .select_only()
            .column(registration::Column::Id)
            .column(registration::Column::SmeId)
            .filter(registration::Column::SmeId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        own.extend(rows.into_iter().filter_map(|(id, sme)| Some((id, sme?))));
    }
    if own.is_empty() {
        return Ok(Vec::new());
    }
    let registration_ids: Vec<i64> = own.keys().copied().collect();
    let mut sat_in: Vec<(i64, i64)> = Vec::new();
    for chunk in registration_ids.chunks(500) {
        let rows: Vec<(i64, i64)> = meeting_attendee::Entity::find()
            .select_only()
            .column(meeting_attendee::Column::MeetingId)
            .column(meeting_attendee::Column::RegistrationId)
            .filter(meeting_attendee::Column::RegistrationId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        sat_in.extend(rows);
    }
    sat_in.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    sat_in.truncate(limit);
    let meeting_ids: Vec<i64> = sat_in.iter().map(|(m, _)| *m).collect();
    let meetings = meetings_from(
        db,
        meeting::Entity::find()
            .filter(meeting::Column::Id.is_in(meeting_ids.clone()))
            .all(db)
            .await?,
    )
    .await?;
    let meetings: HashMap<i64, Meeting> = meetings.into_iter().map(|m| (m.id, m)).collect();
    let others: Vec<i64> = meetings
        .values()
        .flat_map(|m| m.attendees.iter().copied())
        .collect();
    let parties: HashMap<i64, Party> = registration::Entity::find()
        .filter(registration::Column::Id.is_in(others))
        .all(db)
        .await?
        .into_iter()
        .map(|r| Ok((r.id, stored("party", Party::parse_key(&r.party_key))?)))
        .collect::<Result<_, AppError>>()?;
    let sme_ids: Vec<i64> = parties.values().filter_map(|p| p.sme_id()).collect();
    let organisation_ids: Vec<i64> = parties
        .values()
        .filter_map(|p| p.organisation_id())
        .collect();
    let (organisation_names, sme_names) = registry::names(db, &organisation_ids, &sme_ids).await?;
    let mut event_ids: Vec<i64> = meetings.values().map(|m| m.event_id).collect();
    event_ids.sort_unstable();
    event_ids.dedup();
    let titles: HashMap<i64, String> = event::Entity::find()
        .select_only()
        .column(event::Column::Id)
        .column(event::Column::Title)
        .filter(event::Column::Id.is_in(event_ids))
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let slot_ids: Vec<i64> = meetings.values().filter_map(|m| m.slot_id).collect();
    let starts: HashMap<i64, DateTime<Utc>> = event_slot::Entity::find()
        .select_only()
        .column(event_slot::Column::Id)
        .column(event_slot::Column::StartsAt)
        .filter(event_slot::Column::Id.is_in(slot_ids))
        .into_tuple::<(i64, DateTime<Utc>)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    Ok(sat_in
        .into_iter()
        .filter_map(|(meeting_id, registration_id)| {
            let meeting = meetings.get(&meeting_id)?;
            let with_party = meeting
                .attendees
                .iter()
                .find(|a| **a != registration_id)
                .and_then(|a| parties.get(a))
                .copied();
            let with = with_party
                .as_ref()
                .and_then(|party| match party {
                    Party::Sme(id) => sme_names.get(id),
                    Party::Organisation(id) => organisation_names.get(id),
                })
                .cloned()
                .unwrap_or_default();
            Some(SmeMeeting {
                id: meeting_id,
                sme_id: *own.get(&registration_id)?,
                event_title: titles.get(&meeting.event_id).cloned().unwrap_or_default(),
                with,
                with_party,
                starts_at: meeting.slot_id.and_then(|s| starts.get(&s).copied()),
            })
        })
        .collect())
}
