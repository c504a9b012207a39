//! Matchmaking events: their settings, sessions cut into meeting slots,
//! registrations with availability, meeting requests and their expiry, the
//! agenda's publication, and the statistics organisers report.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::calendar::{local_to_utc, parse_time_zone};
use crate::registry::model::vocabulary;
use crate::validation::{FieldErrors, text};

vocabulary! {
    /// Where the meetings happen.
    EventFormat, "an event format" {
        Onsite => "onsite", "On site";
        Online => "online", "Online";
        Hybrid => "hybrid", "Hybrid";
    }
}

vocabulary! {
    /// How far the agenda is published: attendees see nothing, a preliminary
    /// agenda (may still change), or the final one.
    AgendaState, "an agenda state" {
        Unpublished => "unpublished", "Not published";
        Preliminary => "preliminary", "Preliminary";
        Final => "final", "Final";
    }
}

vocabulary! {
    /// How one attendee takes part in a hybrid event.
    Attendance, "an attendance mode" {
        Onsite => "onsite", "On site";
        Online => "online", "Online";
    }
}

vocabulary! {
    /// A meeting request's state. A pending request past its expiry time
    /// counts as expired (see [`effective_status`]).
    RequestStatus, "a request status" {
        Pending => "pending", "Waiting for an answer";
        Accepted => "accepted", "Accepted";
        Declined => "declined", "Declined";
        Expired => "expired", "Expired";
        Cancelled => "cancelled", "Withdrawn";
    }
}

pub fn effective_status(
    status: RequestStatus,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> RequestStatus {
    if status == RequestStatus::Pending && expires_at <= now {
        RequestStatus::Expired
    } else {
        status
    }
}

/// Largest number of tables (or parallel video rooms) an event may have.
pub const MAX_TABLES: i64 = 2000;
/// Default time an invited attendee has to answer a request.
pub const DEFAULT_REQUEST_EXPIRY_HOURS: i64 = 72;

/// An event as typed or sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventInput {
    pub title: String,
    pub description: String,
    pub organiser_organisation_id: Option<i64>,
    pub format: String,
    pub venue: String,
    pub online_url: String,
    pub time_zone: String,
    pub tables: Option<i64>,
    pub max_meetings: Option<i64>,
    pub request_expiry_hours: Option<i64>,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventDraft {
    pub title: String,
    pub description: String,
    pub organiser_organisation_id: i64,
    pub format: EventFormat,
    pub venue: String,
    pub online_url: String,
    pub time_zone: Tz,
    pub tables: i32,
    pub max_meetings: Option<i32>,
    pub request_expiry_hours: i32,
}

fn bounded(
    field: &str,
    value: Option<i64>,
    range: std::ops::RangeInclusive<i64>,
    errors: &mut FieldErrors,
) -> Option<i32> {
    match value {
        Some(v) if range.contains(&v) => i32::try_from(v).ok(),
        Some(_) => {
            errors.add(
                field,
                crate::t2("mm-err-between", "min", range.start(), "max", range.end()),
            );
            None
        }
        None => None,
    }
}

impl EventInput {
    pub fn validate(&self) -> Result<EventDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let title = errors.check("title", text(&self.title, true, 160));
        let description = errors.check("description", text(&self.description, false, 5000));
        if self.organiser_organisation_id.is_none() {
            errors.add("organiser_organisation_id", crate::t("val-required"));
        }
        let format = errors.check("format", EventFormat::parse(&self.format));
        let venue = errors.check("venue", text(&self.venue, false, 300));
        let online_url = errors.check("online_url", text(&self.online_url, false, 500));
        if let (Some(format), Some(venue)) = (format, &venue)
            && format != EventFormat::Online
            && venue.is_empty()
        {
            errors.add("venue", crate::t("mm-err-venue-required"));
        }
        if let (Some(format), Some(url)) = (format, &online_url) {
            if format != EventFormat::Onsite && url.is_empty() {
                errors.add("online_url", crate::t("mm-err-url-required"));
            } else if !url.is_empty() && !url.starts_with("https://") {
                errors.add("online_url", crate::t("mm-err-https"));
            }
        }
        let time_zone = errors.check("time_zone", parse_time_zone(&self.time_zone));
        let tables = match self.tables {
            None => {
                errors.add("tables", crate::t("val-required"));
                None
            }
            value => bounded("tables", value, 1..=MAX_TABLES, &mut errors),
        };
        let max_meetings = bounded("max_meetings", self.max_meetings, 1..=100, &mut errors);
        let request_expiry_hours = bounded(
            "request_expiry_hours",
            Some(
                self.request_expiry_hours
                    .unwrap_or(DEFAULT_REQUEST_EXPIRY_HOURS),
            ),
            1..=24 * 60,
            &mut errors,
        );
        match (
            title,
            description,
            self.organiser_organisation_id,
            format,
            venue,
            online_url,
            time_zone,
            tables,
            request_expiry_hours,
        ) {
            (
                Some(title),
                Some(description),
                Some(organiser_organisation_id),
                Some(format),
                Some(venue),
                Some(online_url),
                Some(time_zone),
                Some(tables),
                Some(request_expiry_hours),
            ) if errors.is_empty() => Ok(EventDraft {
                title,
                description,
                organiser_organisation_id,
                format,
                venue,
                online_url,
                time_zone,
                tables,
                max_meetings,
                request_expiry_hours,
            }),
            _ => Err(errors),
        }
    }
}

/// A session of meetings as typed: a local date and times in the event's zone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionInput {
    pub title: String,
    pub date: Option<NaiveDate>,
    pub start_time: Option<NaiveTime>,
    pub end_time: Option<NaiveTime>,
    pub meeting_minutes: Option<i64>,
    pub pause_minutes: Option<i64>,
    pub unreadable: FieldErrors,
}

/// One meeting slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotTimes {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDraft {
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub meeting_minutes: i32,
    pub pause_minutes: i32,
    pub slots: Vec<SlotTimes>,
}

/// The most slots one session may have.
pub const MAX_SLOTS_PER_SESSION: usize = 48;

impl SessionInput {
    /// `existing` are the event's other sessions (start, end), which a new one
    /// must not overlap.
    pub fn validate(
        &self,
        zone: Tz,
        existing: &[(DateTime<Utc>, DateTime<Utc>)],
    ) -> Result<SessionDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let title = errors.check("title", text(&self.title, true, 120));
        let meeting_minutes = match self.meeting_minutes {
            None => {
                errors.add("meeting_minutes", crate::t("val-required"));
                None
            }
            value => bounded("meeting_minutes", value, 10..=120, &mut errors),
        };
        let pause_minutes = bounded(
            "pause_minutes",
            Some(self.pause_minutes.unwrap_or(0)),
            0..=60,
            &mut errors,
        );
        let mut required = |field: &str, present: bool| {
            if !present && !errors.contains(field) {
                errors.add(field, crate::t("val-required"));
            }
        };
        required("date", self.date.is_some());
        required("start_time", self.start_time.is_some());
        required("end_time", self.end_time.is_some());
        let (Some(date), Some(start), Some(end)) = (self.date, self.start_time, self.end_time)
        else {
            return Err(errors);
        };
        let starts_at = errors.check("start_time", local_to_utc(zone, date.and_time(start)));
        let ends_at = errors.check("end_time", local_to_utc(zone, date.and_time(end)));
        let (Some(starts_at), Some(ends_at), Some(title), Some(meeting), Some(pause)) =
            (starts_at, ends_at, title, meeting_minutes, pause_minutes)
        else {
            return Err(errors);
        };
        if ends_at <= starts_at {
            errors.add("end_time", crate::t("val-after-start"));
            return Err(errors);
        }
        if existing
            .iter()
            .any(|(start, end)| *start < ends_at && starts_at < *end)
        {
            errors.add("start_time", crate::t("mm-err-session-overlaps"));
        }
        let slots = cut_slots(starts_at, ends_at, meeting, pause);
        if slots.is_empty() {
            errors.add(
                "end_time",
                crate::t1("mm-err-session-too-short", "minutes", meeting),
            );
        } else if slots.len() > MAX_SLOTS_PER_SESSION {
            errors.add(
                "end_time",
                crate::t1("mm-err-too-many-slots", "max", MAX_SLOTS_PER_SESSION),
            );
        }
        errors.into_result(SessionDraft {
            title,
            starts_at,
            ends_at,
            meeting_minutes: meeting,
            pause_minutes: pause,
            slots,
        })
    }
}

/// Meetings of `meeting` minutes with `pause` minutes between them, as many
/// as fit between start and end.
pub fn cut_slots(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    meeting: i32,
    pause: i32,
) -> Vec<SlotTimes> {
    let length = Duration::minutes(i64::from(meeting));
    let step = Duration::minutes(i64::from(meeting + pause));
    let mut slots = Vec::new();
    let mut start = starts_at;
    while start + length <= ends_at {
        slots.push(SlotTimes {
            starts_at: start,
            ends_at: start + length,
        });
        start += step;
    }
    slots
}

/// A registration as typed or sent. `available` lists slot ids; `None`
/// means every slot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegistrationInput {
    pub attendance: String,
    pub max_meetings: Option<i64>,
    pub available: Option<Vec<i64>>,
    pub looking_for: String,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegistrationDraft {
    pub attendance: Attendance,
    pub max_meetings: Option<i32>,
    /// `None`: every slot.
    pub available: Option<Vec<i64>>,
    pub looking_for: String,
}

impl RegistrationInput {
    /// `slots` are the event's slot ids; `format` decides the attendance
    /// modes allowed; `busy` are the slots where the attendee already has a
    /// scheduled meeting (they must stay available).
    pub fn validate(
        &self,
        format: EventFormat,
        slots: &[i64],
        busy: &[i64],
    ) -> Result<RegistrationDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let attendance = match (format, self.attendance.trim()) {
            (EventFormat::Onsite, "" | "onsite") => Some(Attendance::Onsite),
            (EventFormat::Online, "" | "online") => Some(Attendance::Online),
            (EventFormat::Hybrid, "") => {
                errors.add("attendance", crate::t("mm-err-choose-attendance"));
                None
            }
            (EventFormat::Hybrid, value) => errors.check("attendance", Attendance::parse(value)),
            (format, value) => {
                errors.add(
                    "attendance",
                    crate::t2(
                        "mm-err-attendance-impossible",
                        "value",
                        value,
                        "format",
                        format.as_str(),
                    ),
                );
                None
            }
        };
        let max_meetings = bounded("max_meetings", self.max_meetings, 1..=100, &mut errors);
        let available = match &self.available {
            None => None,
            Some(ids) => {
                let mut chosen: Vec<i64> = Vec::new();
                for id in ids {
                    if !slots.contains(id) {
                        errors.add(
                            "available",
                            crate::t1("mm-err-not-a-slot-of-event", "id", id),
                        );
                    } else if !chosen.contains(id) {
                        chosen.push(*id);
                    }
                }
                if chosen.is_empty() && !errors.contains("available") {
                    errors.add("available", crate::t("mm-err-choose-available"));
                }
                chosen.sort_unstable();
                let missing: Vec<String> = busy
                    .iter()
                    .filter(|id| !chosen.contains(id))
                    .map(|id| id.to_string())
                    .collect();
                if !missing.is_empty() {
                    errors.add(
                        "available",
                        crate::t1("mm-err-meetings-in-slots", "slots", missing.join(", ")),
                    );
                }
                (chosen.len() < slots.len()).then_some(chosen)
            }
        };
        let looking_for = errors.check("looking_for", text(&self.looking_for, false, 2000));
        match (attendance, looking_for) {
            (Some(attendance), Some(looking_for)) if errors.is_empty() => Ok(RegistrationDraft {
                attendance,
                max_meetings,
                available,
                looking_for,
            }),
            _ => Err(errors),
        }
    }
}

/// The key of a pair of attendees, the same whoever asks.
pub fn pair_key(a: i64, b: i64) -> String {
    format!("{}-{}", a.min(b), a.max(b))
}

/// Checks a meeting request before it is stored.
pub fn check_request(from: i64, to: i64, message: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    if from == to {
        errors.add("to_registration_id", crate::t("mm-err-ask-yourself"));
    }
    let message = errors.check("message", text(message, false, 1000));
    match message {
        Some(message) if errors.is_empty() => Ok(message),
        _ => Err(errors),
    }
}

/// An answer to a meeting request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Accept,
    Decline,
}

impl Answer {
    pub fn parse(value: &str) -> Result<Self, String> {
        match value.trim() {
            "accept" => Ok(Self::Accept),
            "decline" => Ok(Self::Decline),
            other => Err(crate::t1("mm-err-not-an-answer", "value", other)),
        }
    }
}

/// The new status after an answer, if the request can still be answered.
pub fn answer(
    status: RequestStatus,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
    answer: Answer,
) -> Result<RequestStatus, String> {
    match effective_status(status, expires_at, now) {
        RequestStatus::Pending => Ok(match answer {
            Answer::Accept => RequestStatus::Accepted,
            Answer::Decline => RequestStatus::Declined,
        }),
        RequestStatus::Expired => Err(crate::t("mm-err-request-expired")),
        other => Err(crate::t1(
            "mm-err-request-already",
            "status",
            other.as_str(),
        )),
    }
}

/// Publishing moves the agenda forward (or republishes the same stage after
/// changes); a final agenda does not go back to preliminary.
pub fn publish(current: AgendaState, to: AgendaState) -> Result<AgendaState, String> {
    match (current, to) {
        (_, AgendaState::Unpublished) => Err(crate::t("mm-err-cannot-unpublish")),
        (AgendaState::Final, AgendaState::Preliminary) => Err(crate::t("mm-err-final-agenda-out")),
        (_, to) => Ok(to),
    }
}

/// Meeting priority set by organisers: 1 (normal) to 3 (must happen).
pub fn check_priority(priority: i64) -> Result<i32, String> {
    match priority {
        1..=3 => Ok(priority as i32),
        _ => Err(crate::t("mm-err-priority")),
    }
}

/// One attendee as the statistics see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatAttendee {
    pub registration_id: i64,
    pub country: String,
    /// `sme` or the organisation kind.
    pub kind: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatRequest {
    pub from: i64,
    pub to: i64,
    pub status: RequestStatus,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatMeeting {
    pub attendees: Vec<i64>,
    pub scheduled: bool,
    /// Someone recorded that it took place.
    pub held: bool,
    /// Someone recorded that it led to a follow-up.
    pub follow_up: bool,
}

/// Counts for one group of attendees (or the whole event).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Tally {
    pub attendees: u64,
    pub requests_sent: u64,
    pub requests_received: u64,
    pub accepted: u64,
    pub declined: u64,
    pub expired: u64,
    pub pending: u64,
    pub meetings_scheduled: u64,
    pub meetings_held: u64,
    pub follow_ups: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct EventStats {
    pub total: Tally,
    /// By the attendee's country (ISO 3166-1 alpha-2).
    pub by_country: BTreeMap<String, Tally>,
    /// By `sme` or the attendee organisation's kind.
    pub by_kind: BTreeMap<String, Tally>,
}

/// Requests count for the sender's group (sent, and their outcome) and the
/// receiver's (received); meetings count once for each group taking part.
pub fn stats(
    attendees: &[StatAttendee],
    requests: &[StatRequest],
    meetings: &[StatMeeting],
) -> EventStats {
    let mut result = EventStats::default();
    let groups: BTreeMap<i64, (&str, &str)> = attendees
        .iter()
        .map(|a| (a.registration_id, (a.country.as_str(), a.kind.as_str())))
        .collect();
    let mut each = |registration: i64, apply: &dyn Fn(&mut Tally)| {
        if let Some((country, kind)) = groups.get(&registration) {
            apply(result.by_country.entry(country.to_string()).or_default());
            apply(result.by_kind.entry(kind.to_string()).or_default());
        }
    };
    for a in attendees {
        each(a.registration_id, &|t| t.attendees += 1);
    }
    for r in requests {
        let outcome = |t: &mut Tally| {
            t.requests_sent += 1;
            match r.status {
                RequestStatus::Accepted => t.accepted += 1,
                RequestStatus::Declined => t.declined += 1,
                RequestStatus::Expired => t.expired += 1,
                RequestStatus::Pending => t.pending += 1,
                RequestStatus::Cancelled => {}
            }
        };
        each(r.from, &outcome);
        each(r.to, &|t| t.requests_received += 1);
    }
    for m in meetings {
        let mut countries: Vec<&str> = Vec::new();
        let mut kinds: Vec<&str> = Vec::new();
        for id in &m.attendees {
            if let Some((country, kind)) = groups.get(id) {
                if !countries.contains(country) {
                    countries.push(country);
                }
                if !kinds.contains(kind) {
                    kinds.push(kind);
                }
            }
        }
        let apply = |t: &mut Tally| {
            t.meetings_scheduled += u64::from(m.scheduled);
            t.meetings_held += u64::from(m.held);
            t.follow_ups += u64::from(m.follow_up);
        };
        for country in countries {
            apply(result.by_country.entry(country.to_string()).or_default());
        }
        for kind in kinds {
            apply(result.by_kind.entry(kind.to_string()).or_default());
        }
        apply(&mut result.total);
    }
    result.total.attendees = attendees.len() as u64;
    for r in requests {
        let t = &mut result.total;
        t.requests_sent += 1;
        t.requests_received += 1;
        match r.status {
            RequestStatus::Accepted => t.accepted += 1,
            RequestStatus::Declined => t.declined += 1,
            RequestStatus::Expired => t.expired += 1,
            RequestStatus::Pending => t.pending += 1,
            RequestStatus::Cancelled => {}
        }
    }
    result
}

impl EventFormat {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Onsite => "mm-format-onsite",
            Self::Online => "mm-format-online",
            Self::Hybrid => "mm-format-hybrid",
        })
    }
}

impl AgendaState {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Unpublished => "mm-agenda-unpublished",
            Self::Preliminary => "mm-agenda-preliminary",
            Self::Final => "mm-agenda-final",
        })
    }
}

impl Attendance {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Onsite => "mm-attendance-onsite",
            Self::Online => "mm-attendance-online",
        })
    }
}

impl RequestStatus {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            Self::Pending => "mm-request-status-pending",
            Self::Accepted => "mm-request-status-accepted",
            Self::Declined => "mm-request-status-declined",
            Self::Expired => "mm-request-status-expired",
            Self::Cancelled => "mm-request-status-cancelled",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn event_input() -> EventInput {
        EventInput {
            title: "North Sea Blue Economy Matchmaking".into(),
            description: String::new(),
            organiser_organisation_id: Some(1),
            format: "hybrid".into(),
            venue: "Bergen Marine Incubator".into(),
            online_url: "https://meet.example.org/bluebiz".into(),
            time_zone: "Europe/Oslo".into(),
            tables: Some(40),
            max_meetings: Some(12),
            request_expiry_hours: None,
            unreadable: FieldErrors::new(),
        }
    }

    #[test]
    fn events_need_a_place_for_their_format() {
        let draft = event_input().validate().unwrap();
        assert_eq!(draft.request_expiry_hours, 72);
        assert_eq!(draft.time_zone, chrono_tz::Europe::Oslo);
        let bad = EventInput {
            venue: String::new(),
            online_url: "http://insecure.example.org".into(),
            tables: Some(0),
            time_zone: "Oslo".into(),
            max_meetings: Some(500),
            ..event_input()
        };
        let errors = bad.validate().unwrap_err();
        for field in ["venue", "online_url", "tables", "time_zone", "max_meetings"] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
    }

    #[test]
    fn sessions_are_cut_into_slots_in_local_time() {
        let input = SessionInput {
            title: "Morning".into(),
            date: NaiveDate::from_ymd_opt(2027, 3, 10),
            start_time: NaiveTime::from_hms_opt(9, 0, 0),
            end_time: NaiveTime::from_hms_opt(12, 0, 0),
            meeting_minutes: Some(20),
            pause_minutes: Some(5),
            unreadable: FieldErrors::new(),
        };
        let draft = input.validate(chrono_tz::Europe::Oslo, &[]).unwrap();
        assert_eq!(draft.slots.len(), 7, "09:00, 09:25 … 11:30 (ends 11:50)");
        assert_eq!(
            draft.slots[0].starts_at,
            Utc.with_ymd_and_hms(2027, 3, 10, 8, 0, 0).unwrap()
        );
        assert_eq!(
            draft.slots[6].ends_at,
            Utc.with_ymd_and_hms(2027, 3, 10, 10, 50, 0).unwrap()
        );
        let overlapping = input
            .validate(
                chrono_tz::Europe::Oslo,
                &[(
                    Utc.with_ymd_and_hms(2027, 3, 10, 10, 0, 0).unwrap(),
                    Utc.with_ymd_and_hms(2027, 3, 10, 12, 0, 0).unwrap(),
                )],
            )
            .unwrap_err();
        assert!(overlapping.contains("start_time"));
        let short = SessionInput {
            end_time: NaiveTime::from_hms_opt(9, 10, 0),
            ..input
        };
        assert!(
            short
                .validate(chrono_tz::Europe::Oslo, &[])
                .unwrap_err()
                .contains("end_time")
        );
    }

    #[test]
    fn registrations_choose_slots_of_the_event() {
        let slots = [1, 2, 3];
        let input = RegistrationInput {
            attendance: "online".into(),
            available: Some(vec![2, 1, 2]),
            ..Default::default()
        };
        let draft = input.validate(EventFormat::Hybrid, &slots, &[]).unwrap();
        assert_eq!(draft.available, Some(vec![1, 2]));
        let all = RegistrationInput {
            available: Some(vec![1, 2, 3]),
            ..input.clone()
        };
        assert_eq!(
            all.validate(EventFormat::Hybrid, &slots, &[])
                .unwrap()
                .available,
            None
        );
        let busy = input
            .validate(EventFormat::Hybrid, &slots, &[3])
            .unwrap_err();
        assert!(busy.get("available").unwrap().contains("slot(s) 3"));
        let unknown = RegistrationInput {
            available: Some(vec![9]),
            ..input.clone()
        };
        assert!(
            unknown
                .validate(EventFormat::Hybrid, &slots, &[])
                .unwrap_err()
                .contains("available")
        );
        assert!(
            input
                .validate(EventFormat::Onsite, &slots, &[])
                .unwrap_err()
                .contains("attendance")
        );
    }

    #[test]
    fn requests_expire_and_are_answered_once() {
        let now = Utc.with_ymd_and_hms(2027, 3, 1, 12, 0, 0).unwrap();
        let later = now + Duration::hours(1);
        let earlier = now - Duration::hours(1);
        assert_eq!(
            answer(RequestStatus::Pending, later, now, Answer::Accept),
            Ok(RequestStatus::Accepted)
        );
        assert!(answer(RequestStatus::Pending, earlier, now, Answer::Accept).is_err());
        assert!(answer(RequestStatus::Declined, later, now, Answer::Accept).is_err());
        assert_eq!(
            effective_status(RequestStatus::Pending, earlier, now),
            RequestStatus::Expired
        );
        assert_eq!(pair_key(9, 4), pair_key(4, 9));
        assert!(check_request(3, 3, "").is_err());
    }

    #[test]
    fn the_agenda_only_moves_forward() {
        use AgendaState::*;
        assert_eq!(publish(Unpublished, Preliminary), Ok(Preliminary));
        assert_eq!(publish(Preliminary, Final), Ok(Final));
        assert_eq!(publish(Final, Final), Ok(Final));
        assert!(publish(Final, Preliminary).is_err());
        assert!(publish(Preliminary, Unpublished).is_err());
    }

    #[test]
    fn statistics_by_country_and_kind() {
        let attendees = vec![
            StatAttendee {
                registration_id: 1,
                country: "NO".into(),
                kind: "sme".into(),
            },
            StatAttendee {
                registration_id: 2,
                country: "DE".into(),
                kind: "sme".into(),
            },
            StatAttendee {
                registration_id: 3,
                country: "DE".into(),
                kind: "cluster".into(),
            },
        ];
        let requests = vec![
            StatRequest {
                from: 1,
                to: 2,
                status: RequestStatus::Accepted,
            },
            StatRequest {
                from: 1,
                to: 3,
                status: RequestStatus::Expired,
            },
            StatRequest {
                from: 3,
                to: 2,
                status: RequestStatus::Declined,
            },
        ];
        let meetings = vec![StatMeeting {
            attendees: vec![1, 2],
            scheduled: true,
            held: true,
            follow_up: true,
        }];
        let s = stats(&attendees, &requests, &meetings);
        assert_eq!(s.total.requests_sent, 3);
        assert_eq!(s.total.accepted, 1);
        assert_eq!(s.total.meetings_held, 1);
        assert_eq!(s.by_country["NO"].requests_sent, 2);
        assert_eq!(s.by_country["NO"].expired, 1);
        assert_eq!(s.by_country["DE"].requests_received, 3);
        assert_eq!(s.by_country["DE"].declined, 1);
        assert_eq!(s.by_country["DE"].attendees, 2);
        assert_eq!(
            s.by_kind["sme"].meetings_scheduled, 1,
            "counted once per group"
        );
        assert_eq!(s.by_kind["cluster"].meetings_scheduled, 0);
    }
}
