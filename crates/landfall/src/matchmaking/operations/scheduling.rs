//! The organiser's side of the meeting plan: running the scheduler (published
//! and hand-placed meetings stay where they are), publishing the agenda, and
//! adding, moving or removing meetings by hand.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use landfall_scheduler as scheduler;
use sea_orm::ConnectionTrait;

use super::agendas::{AgendaChange, announce_change};
use super::events::{event, organised};
use crate::auth::Actor;
use crate::db::{self, Db};
use crate::matchmaking::model::events::{AgendaState, check_priority, publish as next_agenda};
use crate::matchmaking::store::events::{
    self as store, Event, Meeting, Placement, Registration, Slot,
};
use crate::notify::{Kind, Notice, Text};
use crate::validation::FieldErrors;
use crate::web::AppError;

fn slot_key(id: i64) -> String {
    format!("s{id}")
}

fn registration_key(id: i64) -> String {
    format!("r{id}")
}

fn meeting_key(id: i64) -> String {
    format!("m{id}")
}

fn id_of(key: &str) -> Result<i64, AppError> {
    key.get(1..).and_then(|n| n.parse().ok()).ok_or_else(|| {
        AppError::Internal(anyhow::anyhow!("scheduler returned the unknown id {key}"))
    })
}

/// The most meetings a registration may have: its own limit or the event's.
fn limit_of(event: &Event, registration: &Registration) -> Option<i32> {
    match (registration.max_meetings, event.max_meetings) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The event as the scheduler's input: every slot, every attendee with
/// their availability and limit, every meeting; published and hand-placed
/// meetings are fixed where they are.
pub fn scheduler_input(
    event: &Event,
    slots: &[Slot],
    registrations: &[Registration],
    meetings: &[Meeting],
) -> scheduler::Input {
    scheduler::Input {
        slots: slots
            .iter()
            .map(|s| scheduler::Slot {
                id: slot_key(s.id),
                start: s.starts_at,
                end: s.ends_at,
            })
            .collect(),
        tables: event.tables as u32,
        participants: registrations
            .iter()
            .map(|r| scheduler::Participant {
                id: registration_key(r.id),
                available: r
                    .available
                    .as_ref()
                    .map(|ids| ids.iter().map(|id| slot_key(*id)).collect()),
                max_meetings: limit_of(event, r).map(|n| n as u32),
            })
            .collect(),
        meetings: meetings
            .iter()
            .filter(|m| m.attendees.len() >= 2)
            .map(|m| scheduler::Meeting {
                id: meeting_key(m.id),
                participants: m.attendees.iter().map(|r| registration_key(*r)).collect(),
                priority: m.priority as u32,
            })
            .collect(),
        fixed: meetings
            .iter()
            .filter(|m| m.is_fixed() && m.attendees.len() >= 2)
            .filter_map(|m| {
                Some(scheduler::Fixed {
                    meeting: meeting_key(m.id),
                    slot: slot_key(m.slot_id?),
                    table: m.table_no? as u32,
                })
            })
            .collect(),
    }
}

/// The scheduler's input for an event, for organisers (and `landfall schedule`).
pub async fn input(db: &Db, actor: &Actor, event_id: i64) -> Result<scheduler::Input, AppError> {
    let event = organised(db, actor, event_id).await?;
    let slots = store::slots(db, event_id).await?;
    let registrations = store::registrations(db, event_id).await?;
    let meetings = store::meetings(db, event_id, None).await?;
    Ok(scheduler_input(&event, &slots, &registrations, &meetings))
}

/// What a scheduler run did.
#[derive(Clone, Debug)]
pub struct Run {
    pub stats: scheduler::Stats,
    /// Meetings that stayed where they were (published or placed by hand).
    pub kept: usize,
    /// Requests that expired unanswered and were marked so.
    pub expired_requests: u64,
}

/// Runs the scheduler over the event and writes the new plan in one
/// transaction. Published and hand-placed meetings do not move.
pub async fn run(db: &Db, actor: &Actor, event_id: i64) -> Result<Run, AppError> {
    let event = organised(db, actor, event_id).await?;
    let txn = db::write(db).await?;
    let run = plan(&txn, &event, Utc::now()).await?;
    txn.commit().await?;
    Ok(run)
}

/// The scheduler run inside the caller's transaction (also used by the demo
/// loader): expires overdue requests, takes every movable meeting off the
/// plan and places them anew around the fixed ones.
pub async fn plan(
    txn: &impl ConnectionTrait,
    event: &Event,
    now: DateTime<Utc>,
) -> Result<Run, AppError> {
    let event_id = event.id;
    let expired_requests = store::expire_requests(txn, event_id, now).await?;
    let slots = store::slots(txn, event_id).await?;
    if slots.is_empty() {
        return Err(AppError::Conflict {
            message: crate::t("mm-err-no-slots"),
            fields: Default::default(),
        });
    }
    let registrations = store::registrations(txn, event_id).await?;
    let meetings = store::meetings(txn, event_id, None).await?;
    let input = scheduler_input(event, &slots, &registrations, &meetings);
    let output = tokio::task::spawn_blocking(move || scheduler::schedule(&input))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("the scheduler stopped: {e}")))?
        .map_err(|e| AppError::Conflict {
            message: crate::t1("mm-err-unschedulable", "reason", e),
            fields: Default::default(),
        })?;
    let fixed: HashMap<i64, &Meeting> = meetings
        .iter()
        .filter(|m| m.is_fixed())
        .map(|m| (m.id, m))
        .collect();
    store::clear_movable(txn, event_id).await?;
    for assignment in &output.scheduled {
        let id = id_of(&assignment.meeting)?;
        if fixed.contains_key(&id) {
            continue;
        }
        let slot_id = id_of(&assignment.slot)?;
        let placement = Placement::At {
            slot_id,
            table_no: assignment.table as i32,
        };
        // One taken off a published agenda comes back on it: a new
        // calendar sequence, and its attendees hear when and where.
        let back = meetings.iter().find(|m| m.id == id && m.published);
        store::place(txn, id, &placement, None, back.is_some(), now).await?;
        if let Some(meeting) = back {
            announce_change(txn, event, meeting, AgendaChange::Moved { slot_id }).await?;
        }
    }
    for unscheduled in &output.unscheduled {
        let id = id_of(&unscheduled.meeting)?;
        if !fixed.contains_key(&id) {
            let note = Placement::Unplaced {
                note: unscheduled.reason.clone(),
            };
            store::place(txn, id, &note, None, false, now).await?;
        }
    }
    Ok(Run {
        kept: fixed.len(),
        stats: output.stats,
        expired_requests,
    })
}

/// Publishes the current plan as the preliminary or the final agenda:
/// attendees see their placed meetings from now on.
pub async fn publish(
    db: &Db,
    actor: &Actor,
    event_id: i64,
    to: AgendaState,
) -> Result<AgendaState, AppError> {
    let event = organised(db, actor, event_id).await?;
    let state = next_agenda(event.agenda_state, to).map_err(|m| AppError::Conflict {
        message: m,
        fields: Default::default(),
    })?;
    let now = Utc::now();
    let registrations = store::registrations(db, event_id).await?;
    let txn = db::write(db).await?;
    store::publish_meetings(&txn, event_id, now).await?;
    store::set_agenda(&txn, event_id, state, now).await?;
    let everyone: Vec<&Registration> = registrations.iter().collect();
    super::events::notify_registrations(
        &txn,
        &everyone,
        &Notice::new(
            Kind::AgendaPublished,
            Text::new("ntf-agenda-subject")
                .arg("state", state.as_str())
                .arg("event", &event.title),
            Text::new("ntf-agenda-body")
                .arg("state", state.as_str())
                .arg("event", &event.title),
            format!("/events/{event_id}/agenda"),
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(state)
}

/// A place asked for by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub slot_id: i64,
    pub table_no: i64,
}

/// Checks a hand placement against the rules the scheduler keeps, naming
/// the attendee or meeting in the way.
fn check_place(
    event: &Event,
    slots: &[Slot],
    registrations: &[Registration],
    meetings: &[Meeting],
    meeting_id: Option<i64>,
    attendees: &[i64],
    place: Place,
) -> Result<(i64, i32), AppError> {
    let mut errors = FieldErrors::new();
    if !slots.iter().any(|s| s.id == place.slot_id) {
        errors.add("slot_id", crate::t("mm-err-not-a-slot"));
    }
    if !(1..=i64::from(event.tables)).contains(&place.table_no) {
        errors.add(
            "table_no",
            crate::t1("mm-err-table-range", "max", event.tables),
        );
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let by_id: BTreeMap<i64, &Registration> = registrations.iter().map(|r| (r.id, r)).collect();
    let others = meetings.iter().filter(|m| Some(m.id) != meeting_id);
    for id in attendees {
        let Some(r) = by_id.get(id) else { continue };
        if r.available
            .as_ref()
            .is_some_and(|slots| !slots.contains(&place.slot_id))
        {
            errors.add("slot_id", crate::t1("mm-err-unavailable", "name", &r.name));
        }
        if let Some(limit) = limit_of(event, r) {
            let placed = others
                .clone()
                .filter(|m| m.slot_id.is_some() && m.attendees.contains(id))
                .count();
            if placed >= limit as usize {
                errors.add(
                    "slot_id",
                    crate::t2("mm-err-max-meetings", "name", &r.name, "max", limit),
                );
            }
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let mut clashes = FieldErrors::new();
    for other in others {
        if other.slot_id != Some(place.slot_id) {
            continue;
        }
        if other.table_no == Some(place.table_no as i32) {
            clashes.add(
                "table_no",
                crate::t2(
                    "mm-err-table-taken-by",
                    "table",
                    place.table_no,
                    "meeting",
                    other.id,
                ),
            );
        }
        for id in attendees.iter().filter(|a| other.attendees.contains(a)) {
            let name = by_id
                .get(id)
                .map(|r| r.name.as_str())
                .map_or_else(|| crate::t("mm-an-attendee"), str::to_string);
            clashes.add(
                "slot_id",
                crate::t2("mm-err-attendee-busy", "name", name, "meeting", other.id),
            );
        }
    }
    if clashes.is_empty() {
        Ok((place.slot_id, place.table_no as i32))
    } else {
        Err(AppError::Conflict {
            message: crate::t("mm-err-place-taken"),
            fields: clashes,
        })
    }
}

/// Adds a meeting by hand (e.g. one agreed on the spot, or a group meeting),
/// placed or left for the scheduler.
pub async fn add_meeting(
    db: &Db,
    actor: &Actor,
    event_id: i64,
    attendees: &[i64],
    priority: Option<i64>,
    place: Option<Place>,
) -> Result<i64, AppError> {
    let event = organised(db, actor, event_id).await?;
    let mut errors = FieldErrors::new();
    let priority = errors.check("priority", check_priority(priority.unwrap_or(1)));
    let mut attendees: Vec<i64> = attendees.to_vec();
    attendees.sort_unstable();
    attendees.dedup();
    let now = Utc::now();
    let txn = db::write(db).await?;
    let registrations = store::registrations(&txn, event_id).await?;
    if attendees.len() < 2 {
        errors.add("attendees", crate::t("mm-err-two-attendees"));
    } else if let Some(stranger) = attendees
        .iter()
        .find(|a| !registrations.iter().any(|r| r.id == **a))
    {
        errors.add(
            "attendees",
            crate::t1("mm-err-not-an-attendee", "id", stranger),
        );
    }
    let Some(priority) = priority.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let placement = match place {
        Some(place) => {
            let slots = store::slots(&txn, event_id).await?;
            let meetings = store::meetings(&txn, event_id, None).await?;
            let (slot_id, table_no) = check_place(
                &event,
                &slots,
                &registrations,
                &meetings,
                None,
                &attendees,
                place,
            )?;
            Some(Placement::At { slot_id, table_no })
        }
        None => None,
    };
    let id = store::insert_meeting(&txn, event_id, None, priority, &attendees, now).await?;
    if let Some(placement) = placement {
        store::place(&txn, id, &placement, Some(true), false, now).await?;
    }
    txn.commit().await?;
    Ok(id)
}

/// A meeting of an event the actor organises.
pub async fn organised_meeting(
    db: &Db,
    actor: &Actor,
    meeting_id: i64,
) -> Result<(Meeting, Event), AppError> {
    let meeting = store::meeting(db, meeting_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let event = event(db, meeting.event_id).await?;
    if super::events::organises(actor, &event) {
        Ok((meeting, event))
    } else {
        Err(AppError::NotFound)
    }
}

/// Moves a meeting by hand (`Some(None)` takes it off the plan), changes its
/// priority, or both. A hand-placed meeting is pinned: later scheduler runs
/// leave it where it is. A published meeting that moves gets a new calendar
/// sequence, so attendees' calendars update.
pub async fn change_meeting(
    db: &Db,
    actor: &Actor,
    meeting_id: i64,
    place: Option<Option<Place>>,
    priority: Option<i64>,
) -> Result<(), AppError> {
    let (meeting, event) = organised_meeting(db, actor, meeting_id).await?;
    let priority = priority
        .map(check_priority)
        .transpose()
        .map_err(|m| AppError::Validation(FieldErrors::single("priority", m)))?;
    let now = Utc::now();
    let txn = db::write(db).await?;
    if let Some(priority) = priority {
        store::set_priority(&txn, meeting_id, priority, now).await?;
    }
    match place {
        None => {}
        Some(None) => {
            let note = Placement::Unplaced {
                note: format!("taken off the plan by {}", actor.display_name),
            };
            store::place(&txn, meeting_id, &note, Some(false), meeting.published, now).await?;
            announce_change(&txn, &event, &meeting, AgendaChange::Removed).await?;
        }
        Some(Some(place)) => {
            let slots = store::slots(&txn, event.id).await?;
            let registrations = store::registrations(&txn, event.id).await?;
            let meetings = store::meetings(&txn, event.id, None).await?;
            let (slot_id, table_no) = check_place(
                &event,
                &slots,
                &registrations,
                &meetings,
                Some(meeting_id),
                &meeting.attendees,
                place,
            )?;
            let moved = meeting.slot_id != Some(slot_id) || meeting.table_no != Some(table_no);
            store::place(
                &txn,
                meeting_id,
                &Placement::At { slot_id, table_no },
                Some(true),
                meeting.published && moved,
                now,
            )
            .await?;
            if moved {
                let change = AgendaChange::Moved { slot_id };
                announce_change(&txn, &event, &meeting, change).await?;
            }
        }
    }
    txn.commit().await?;
    Ok(())
}

pub async fn remove_meeting(db: &Db, actor: &Actor, meeting_id: i64) -> Result<(), AppError> {
    let (meeting, event) = organised_meeting(db, actor, meeting_id).await?;
    let txn = db::write(db).await?;
    announce_change(&txn, &event, &meeting, AgendaChange::Removed).await?;
    store::delete_meeting(&txn, meeting_id).await?;
    crate::audit::record(
        &txn,
        Some(actor),
        crate::audit::Action::MeetingRemoved,
        &format!("meeting:{meeting_id}"),
        &format!(
            "a meeting of {} registrations removed from “{}”{}",
            meeting.attendees.len(),
            event.title,
            if meeting.published {
                " (its agenda was published)"
            } else {
                ""
            }
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Every meeting of an event, for its organisers.
pub async fn meetings(db: &Db, actor: &Actor, event_id: i64) -> Result<Vec<Meeting>, AppError> {
    organised(db, actor, event_id).await?;
    store::meetings(db, event_id, None).await
}
