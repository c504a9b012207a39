//! What attendees and organisers read from the plan: personal agendas (page,
//! print and iCalendar), the table plan per slot, event statistics, and the
//! follow-ups attendees record after the event.

use std::collections::{BTreeMap, HashMap};

use chrono::Utc;

use super::events::{event, my_registration, organises, registration_for};
use crate::auth::Actor;
use crate::calendar::{CalendarEntry, render};
use crate::db::{self, Db};
use crate::matchmaking::model::events::{
    AgendaState, EventFormat, EventStats, StatAttendee, StatMeeting, StatRequest, stats,
};
use crate::matchmaking::store::events::{
    self as store, Cancellation, Event, Meeting, MeetingOutcome, Registration, Slot,
};
use crate::validation::{FieldErrors, text};
use crate::web::AppError;

/// Another attendee of a meeting, as an agenda shows them.
#[derive(Clone, Debug)]
pub struct Counterpart {
    pub registration_id: i64,
    pub name: String,
    pub country: String,
    pub link: String,
}

/// One meeting in someone's agenda.
#[derive(Clone, Debug)]
pub struct AgendaItem {
    pub meeting: Meeting,
    pub slot: Slot,
    pub table_no: i32,
    pub with: Vec<Counterpart>,
    /// Where: "Table 7", or the video room for online attendees (in
    /// English, as the API and calendars give it; pages use [`place_t`]).
    pub place: String,
    /// What the agenda's owner recorded after the event.
    pub outcome: Option<MeetingOutcome>,
}

#[derive(Clone, Debug)]
pub struct Agenda {
    pub event: Event,
    pub registration: Registration,
    pub items: Vec<AgendaItem>,
    /// Accepted meetings not (yet) in the agenda.
    pub waiting: usize,
    /// Meetings that left the published agenda (and are not back on it).
    pub cancelled: Vec<Cancellation>,
}

/// The agenda page, where notifications about an attendee's meetings point;
/// an SME's erasure finds them by it.
pub fn agenda_page(event_id: i64) -> String {
    format!("/events/{event_id}/agenda")
}

/// What became of a meeting on published agendas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AgendaChange {
    /// To another slot or table (this slot).
    Moved { slot_id: i64 },
    /// Taken off the plan or removed by the organisers.
    Removed,
    /// Its other side (this registration) cancelled its registration.
    Withdrawn { leaving: i64 },
}

impl AgendaChange {
    fn as_str(self) -> &'static str {
        match self {
            AgendaChange::Moved { .. } => "moved",
            AgendaChange::Removed => "removed",
            AgendaChange::Withdrawn { .. } => "withdrawn",
        }
    }
}

/// Tells the attendees of a meeting of published agendas (all but one
/// leaving) that it moved or left their agenda, each notice naming the
/// others; a meeting that left keeps a cancellation for their calendars.
/// `meeting` is as it was before the change. Meetings not published, or
/// not placed, were on nobody's agenda: nothing is said.
pub(crate) async fn announce_change(
    txn: &impl sea_orm::ConnectionTrait,
    event: &Event,
    meeting: &Meeting,
    change: AgendaChange,
) -> Result<(), AppError> {
    let (slot_id, except) = match change {
        AgendaChange::Moved { slot_id } => (Some(slot_id), None),
        AgendaChange::Removed => (meeting.slot_id, None),
        AgendaChange::Withdrawn { leaving } => (meeting.slot_id, Some(leaving)),
    };
    if !meeting.published {
        return Ok(());
    }
    let Some(slot) = slot_id else {
        return Ok(());
    };
    let Some(slot) = store::slots(txn, event.id)
        .await?
        .into_iter()
        .find(|s| s.id == slot)
    else {
        return Ok(());
    };
    let registrations: HashMap<i64, Registration> = store::registrations(txn, event.id)
        .await?
        .into_iter()
        .filter(|r| meeting.attendees.contains(&r.id))
        .map(|r| (r.id, r))
        .collect();
    let told: Vec<&Registration> = meeting
        .attendees
        .iter()
        .filter(|id| Some(**id) != except)
        .filter_map(|id| registrations.get(id))
        .collect();
    if !matches!(change, AgendaChange::Moved { .. }) {
        let ids: Vec<i64> = told.iter().map(|r| r.id).collect();
        store::record_cancellation(txn, meeting, &slot, &ids, Utc::now()).await?;
    }
    let when = slot.starts_at.with_timezone(&event.time_zone).naive_local();
    let leaving = except
        .and_then(|id| registrations.get(&id))
        .map(|r| r.name.clone())
        .unwrap_or_default();
    for registration in told {
        let with: Vec<&str> = meeting
            .attendees
            .iter()
            .filter(|id| **id != registration.id)
            .filter_map(|id| registrations.get(id))
            .map(|r| r.name.as_str())
            .collect();
        let with = with.join(", ");
        let notice = crate::notify::Notice::new(
            crate::notify::Kind::MeetingChanged,
            crate::notify::Text::new("ntf-meeting-changed-subject")
                .arg("change", change.as_str())
                .arg("with", &with),
            crate::notify::Text::new("ntf-meeting-changed-body")
                .arg("change", change.as_str())
                .arg("with", &with)
                .arg("leaving", &leaving)
                .arg("event", &event.title)
                .date_time("when", when),
            agenda_page(event.id),
        );
        super::events::notify_registrations(txn, &[registration], &notice).await?;
    }
    Ok(())
}

/// Whether the registration meets its matches online: the event is online,
/// or they attend it from afar.
fn online(event: &Event, registration: &Registration) -> bool {
    event.format == EventFormat::Online
        || registration.attendance == crate::matchmaking::model::events::Attendance::Online
}

fn video_room(event: &Event, table: i32) -> String {
    format!("{}/{table}", event.online_url.trim_end_matches('/'))
}

/// Where, for the API and calendars (in English).
fn place_of(event: &Event, registration: &Registration, table: i32) -> String {
    if online(event, registration) {
        format!("Video room {table}: {}", video_room(event, table))
    } else {
        format!("Table {table}")
    }
}

/// Where, in the language of the request, for pages.
pub fn place_t(event: &Event, registration: &Registration, table: i32) -> String {
    if online(event, registration) {
        crate::t2(
            "mm-agenda-video-room",
            "table",
            table,
            "url",
            video_room(event, table),
        )
    } else {
        crate::t1("mm-agenda-table", "table", table)
    }
}

fn counterpart(r: &Registration) -> Counterpart {
    Counterpart {
        registration_id: r.id,
        name: r.name.clone(),
        country: r.country.clone(),
        link: match r.party {
            crate::matchmaking::model::profiles::Party::Sme(id) => format!("/smes/{id}"),
            crate::matchmaking::model::profiles::Party::Organisation(id) => {
                format!("/organisations/{id}")
            }
        },
    }
}

/// A registration's agenda. Attendees see published meetings only;
/// organisers see the current plan.
pub async fn agenda(
    db: &Db,
    actor: &Actor,
    event_id: i64,
    registration_id: Option<i64>,
) -> Result<Agenda, AppError> {
    let event = event(db, event_id).await?;
    let registration = match registration_id {
        Some(id) => registration_for(db, actor, id).await?.0,
        None => my_registration(db, actor, event_id)
            .await?
            .ok_or(AppError::NotFound)?,
    };
    if registration.event_id != event_id {
        return Err(AppError::NotFound);
    }
    let published_only = !organises(actor, &event);
    let slots: HashMap<i64, Slot> = store::slots(db, event_id)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let registrations: HashMap<i64, Registration> = store::registrations(db, event_id)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let mut outcomes = store::outcomes(db, event_id).await?;
    let meetings = store::meetings(db, event_id, Some(registration.id)).await?;
    let mut waiting = 0;
    let mut items = Vec::new();
    for meeting in meetings {
        let placed = match (meeting.slot_id, meeting.table_no) {
            (Some(slot), Some(table)) if meeting.published || !published_only => {
                slots.get(&slot).map(|s| (*s, table))
            }
            _ => None,
        };
        let Some((slot, table_no)) = placed else {
            waiting += 1;
            continue;
        };
        let outcome = outcomes.get_mut(&meeting.id).and_then(|list| {
            list.iter()
                .position(|o| o.registration_id == registration.id)
                .map(|i| list.remove(i))
        });
        items.push(AgendaItem {
            with: meeting
                .attendees
                .iter()
                .filter(|id| **id != registration.id)
                .filter_map(|id| registrations.get(id))
                .map(counterpart)
                .collect(),
            place: place_of(&event, &registration, table_no),
            meeting,
            slot,
            table_no,
            outcome,
        });
    }
    items.sort_by_key(|i| (i.slot.starts_at, i.table_no));
    // A meeting back on the agenda after a cancellation needs a sequence
    // above the cancellation's, or calendars keep it cancelled.
    let mut cancelled = store::cancellations(db, registration.id).await?;
    for item in &mut items {
        if let Some(c) = cancelled.iter().find(|c| c.meeting_id == item.meeting.id) {
            item.meeting.sequence = item.meeting.sequence.max(c.sequence + 1);
        }
    }
    cancelled.retain(|c| !items.iter().any(|i| i.meeting.id == c.meeting_id));
    Ok(Agenda {
        event,
        registration,
        items,
        waiting,
        cancelled,
    })
}

/// The agenda as an iCalendar file: one event per meeting, times in UTC
/// with the local time in the description, updates by SEQUENCE.
pub fn agenda_ics(agenda: &Agenda, public_url: &str) -> String {
    let entries: Vec<CalendarEntry> = agenda
        .items
        .iter()
        .map(|item| {
            let with: Vec<String> = item
                .with
                .iter()
                .map(|c| format!("{} ({})", c.name, c.country))
                .collect();
            CalendarEntry {
                uid: format!(
                    "meeting-{}-{}@landfall",
                    item.meeting.id, agenda.registration.id
                ),
                sequence: item.meeting.sequence.max(0) as u32,
                summary: format!("Meeting with {}", with.join(", ")),
                description: format!(
                    "{} · {}\n{}",
                    agenda.event.title,
                    item.place,
                    if agenda.event.agenda_state == AgendaState::Final {
                        "Final agenda"
                    } else {
                        "Preliminary agenda: the time may still change"
                    }
                ),
                location: if agenda.event.venue.is_empty() {
                    item.place.clone()
                } else {
                    format!("{}, {}", item.place, agenda.event.venue)
                },
                starts_at: item.slot.starts_at,
                ends_at: item.slot.ends_at,
                time_zone: agenda.event.time_zone,
                cancelled: false,
                updated_at: item.meeting.updated_at,
                url: format!("{public_url}{}", agenda_page(agenda.event.id)),
            }
        })
        .chain(agenda.cancelled.iter().map(|c| CalendarEntry {
            uid: format!(
                "meeting-{}-{}@landfall",
                c.meeting_id, agenda.registration.id
            ),
            sequence: c.sequence.max(0) as u32,
            summary: "Cancelled meeting".to_string(),
            description: format!("{} · taken off the agenda", agenda.event.title),
            location: agenda.event.venue.clone(),
            starts_at: c.starts_at,
            ends_at: c.ends_at,
            time_zone: agenda.event.time_zone,
            cancelled: true,
            updated_at: c.cancelled_at,
            url: format!("{public_url}{}", agenda_page(agenda.event.id)),
        }))
        .collect();
    render(
        &format!("{} · {}", agenda.event.title, agenda.registration.name),
        &entries,
    )
}

/// One table in one slot of the plan.
#[derive(Clone, Debug)]
pub struct TableCell {
    pub table_no: i32,
    pub meeting: Option<(i64, Vec<String>, bool)>,
}

#[derive(Clone, Debug)]
pub struct TablePlanRow {
    pub slot: Slot,
    pub tables: Vec<TableCell>,
    pub in_use: usize,
}

/// The plan by slot and table, for organisers (only tables in use at some
/// point are listed).
pub async fn table_plan(
    db: &Db,
    actor: &Actor,
    event_id: i64,
) -> Result<Vec<TablePlanRow>, AppError> {
    let event = event(db, event_id).await?;
    if !organises(actor, &event) {
        return Err(AppError::Forbidden);
    }
    let slots = store::slots(db, event_id).await?;
    let names: HashMap<i64, String> = store::registrations(db, event_id)
        .await?
        .into_iter()
        .map(|r| (r.id, r.name))
        .collect();
    let meetings = store::meetings(db, event_id, None).await?;
    let mut at: BTreeMap<(i64, i32), &Meeting> = BTreeMap::new();
    let mut highest = 0;
    for m in &meetings {
        if let (Some(slot), Some(table)) = (m.slot_id, m.table_no) {
            at.insert((slot, table), m);
            highest = highest.max(table);
        }
    }
    Ok(slots
        .into_iter()
        .map(|slot| {
            let tables: Vec<TableCell> = (1..=highest)
                .map(|table_no| TableCell {
                    table_no,
                    meeting: at.get(&(slot.id, table_no)).map(|m| {
                        (
                            m.id,
                            m.attendees
                                .iter()
                                .filter_map(|a| names.get(a).cloned())
                                .collect(),
                            m.published,
                        )
                    }),
                })
                .collect();
            TablePlanRow {
                in_use: tables.iter().filter(|t| t.meeting.is_some()).count(),
                slot,
                tables,
            }
        })
        .collect())
}

/// Request and meeting figures by country and attendee kind (organisers).
pub async fn event_stats(db: &Db, actor: &Actor, event_id: i64) -> Result<EventStats, AppError> {
    let event = event(db, event_id).await?;
    if !organises(actor, &event) {
        return Err(AppError::Forbidden);
    }
    let now = Utc::now();
    let attendees: Vec<StatAttendee> = store::registrations(db, event_id)
        .await?
        .into_iter()
        .map(|r| StatAttendee {
            registration_id: r.id,
            country: r.country,
            kind: r.kind,
        })
        .collect();
    let requests: Vec<StatRequest> = store::requests(db, event_id, None, now)
        .await?
        .into_iter()
        .map(|r| StatRequest {
            from: r.from,
            to: r.to,
            status: r.status,
        })
        .collect();
    let outcomes = store::outcomes(db, event_id).await?;
    let meetings: Vec<StatMeeting> = store::meetings(db, event_id, None)
        .await?
        .into_iter()
        .map(|m| {
            let recorded = outcomes.get(&m.id);
            StatMeeting {
                scheduled: m.slot_id.is_some(),
                held: recorded.is_some_and(|o| o.iter().any(|o| o.held)),
                follow_up: recorded.is_some_and(|o| o.iter().any(|o| o.follow_up)),
                attendees: m.attendees,
            }
        })
        .collect();
    Ok(stats(&attendees, &requests, &meetings))
}

/// An attendee records, once the meeting's time has come, whether it took
/// place and whether it led to a follow-up.
pub async fn record_outcome(
    db: &Db,
    actor: &Actor,
    meeting_id: i64,
    held: bool,
    follow_up: bool,
    note: &str,
) -> Result<(), AppError> {
    let meeting = store::meeting(db, meeting_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mine = my_registration(db, actor, meeting.event_id)
        .await?
        .filter(|r| meeting.attendees.contains(&r.id))
        .ok_or(AppError::NotFound)?;
    let slot = match meeting.slot_id {
        Some(id) => store::slots(db, meeting.event_id)
            .await?
            .into_iter()
            .find(|s| s.id == id),
        None => None,
    };
    let now = Utc::now();
    let mut errors = FieldErrors::new();
    match slot {
        Some(slot) if slot.starts_at <= now => {}
        Some(_) => errors.add("held", crate::t("mm-err-not-held-yet")),
        None => errors.add("held", crate::t("mm-err-not-scheduled")),
    }
    if follow_up && !held {
        errors.add("follow_up", crate::t("mm-err-no-follow-up"));
    }
    let note = errors.check("note", text(note, false, 2000));
    let Some(note) = note.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let txn = db::write(db).await?;
    store::record_outcome(
        &txn,
        &MeetingOutcome {
            meeting_id,
            registration_id: mine.id,
            held,
            follow_up,
            note,
            recorded_at: now,
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
