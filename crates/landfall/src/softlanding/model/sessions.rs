//! Sessions: the workshops and study trips of a cohort, with times in the host's
//! time zone, seats, invitations, and the template that plans a whole cohort.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::journey::Step;
use crate::calendar::{default_time_zone, local_to_utc, parse_time_zone};
use crate::registry::model::CountryCode;
use crate::validation::{FieldErrors, text};

/// What a session is: one of the journey's meetings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    #[serde(rename = "workshop_1")]
    Workshop1,
    StudyTrip,
    #[serde(rename = "workshop_2")]
    Workshop2,
    #[serde(rename = "workshop_3")]
    Workshop3,
}

impl SessionKind {
    pub const ALL: [SessionKind; 4] = [
        SessionKind::Workshop1,
        SessionKind::StudyTrip,
        SessionKind::Workshop2,
        SessionKind::Workshop3,
    ];

    /// The journey step that attending the session completes.
    pub fn step(self) -> Step {
        match self {
            SessionKind::Workshop1 => Step::Workshop1,
            SessionKind::StudyTrip => Step::StudyTrip,
            SessionKind::Workshop2 => Step::Workshop2,
            SessionKind::Workshop3 => Step::Workshop3,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.step().as_str()
    }

    pub fn label(self) -> &'static str {
        match self {
            SessionKind::Workshop1 => "Workshop 1",
            SessionKind::StudyTrip => "Study trip",
            SessionKind::Workshop2 => "Workshop 2",
            SessionKind::Workshop3 => "Workshop 3",
        }
    }

    /// Workshop 1 is at home; the others at the partner abroad.
    pub fn at_home(self) -> bool {
        self == SessionKind::Workshop1
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        SessionKind::ALL
            .into_iter()
            .find(|k| k.as_str() == value.trim())
            .ok_or_else(|| format!("`{value}` is not a session kind (workshop_1, study_trip, workshop_2, workshop_3)"))
    }
}

/// A session as typed: local dates and times in its time zone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionInput {
    pub cohort_id: Option<i64>,
    pub kind: String,
    pub title: String,
    pub host_organisation_id: Option<i64>,
    pub venue: String,
    pub start_date: Option<NaiveDate>,
    pub start_time: Option<NaiveTime>,
    /// Default: the start date (one-day sessions).
    pub end_date: Option<NaiveDate>,
    pub end_time: Option<NaiveTime>,
    /// Default: the host's country's zone.
    pub time_zone: String,
    pub capacity: Option<i64>,
    pub agenda: String,
    pub unreadable: FieldErrors,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDraft {
    pub cohort_id: Option<i64>,
    pub kind: SessionKind,
    pub title: String,
    pub host_organisation_id: i64,
    pub venue: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: Tz,
    pub capacity: i32,
    pub agenda: String,
}

pub const MAX_CAPACITY: i64 = 500;

impl SessionInput {
    /// `host_country` is the host organisation's country, if it exists;
    /// `seats_taken` the seats already given (a session cannot shrink below them).
    pub fn validate(
        &self,
        host_country: Option<&CountryCode>,
        seats_taken: i32,
    ) -> Result<SessionDraft, FieldErrors> {
        let mut errors = self.unreadable.clone();
        let kind = errors.check("kind", SessionKind::parse(&self.kind));
        let venue = errors.check("venue", text(&self.venue, true, 300));
        let agenda = errors.check("agenda", text(&self.agenda, false, 10_000));
        let title = match text(&self.title, false, 200) {
            Ok(title) if title.is_empty() => kind.map(|k| k.label().to_string()),
            Ok(title) => Some(title),
            Err(message) => {
                errors.add("title", message);
                None
            }
        };
        match (self.host_organisation_id, host_country) {
            (None, _) => errors.add("host_organisation_id", crate::t("val-required")),
            (Some(_), None) => {
                errors.add("host_organisation_id", crate::t("sl-err-no-organisation"))
            }
            _ => {}
        }
        let zone = if self.time_zone.trim().is_empty() {
            host_country.map(default_time_zone)
        } else {
            errors.check("time_zone", parse_time_zone(&self.time_zone))
        };
        if self.start_date.is_none() {
            errors.add("start_date", crate::t("val-required"));
        }
        if self.start_time.is_none() {
            errors.add("start_time", crate::t("val-required"));
        }
        if self.end_time.is_none() {
            errors.add("end_time", crate::t("val-required"));
        }
        let mut span = None;
        if let (Some(zone), Some(start_date), Some(start_time), Some(end_time)) =
            (zone, self.start_date, self.start_time, self.end_time)
        {
            let end_date = self.end_date.unwrap_or(start_date);
            let starts = errors.check(
                "start_time",
                local_to_utc(zone, start_date.and_time(start_time)),
            );
            let ends = errors.check("end_time", local_to_utc(zone, end_date.and_time(end_time)));
            if let (Some(starts), Some(ends)) = (starts, ends) {
                if ends <= starts {
                    errors.add("end_time", crate::t("val-after-start"));
                } else if ends - starts > Duration::days(14) {
                    errors.add("end_date", crate::t("sl-err-session-two-weeks"));
                } else {
                    span = Some((starts, ends));
                }
            }
        }
        let capacity = match self.capacity {
            None => {
                errors.add("capacity", crate::t("val-required"));
                None
            }
            Some(n) if !(1..=MAX_CAPACITY).contains(&n) => {
                errors.add(
                    "capacity",
                    crate::t1("sl-err-capacity-seats", "max", MAX_CAPACITY),
                );
                None
            }
            Some(n) if n < i64::from(seats_taken) => {
                errors.add(
                    "capacity",
                    crate::t1("sl-err-capacity-below-invited", "count", seats_taken),
                );
                None
            }
            Some(n) => i32::try_from(n).ok(),
        };
        match (
            kind,
            title,
            self.host_organisation_id,
            venue,
            span,
            zone,
            capacity,
            agenda,
        ) {
            (
                Some(kind),
                Some(title),
                Some(host),
                Some(venue),
                Some((starts_at, ends_at)),
                Some(time_zone),
                Some(capacity),
                Some(agenda),
            ) if errors.is_empty() => Ok(SessionDraft {
                cohort_id: self.cohort_id,
                kind,
                title,
                host_organisation_id: host,
                venue,
                starts_at,
                ends_at,
                time_zone,
                capacity,
                agenda,
            }),
            _ => Err(errors),
        }
    }
}

/// How to answer an invitation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// Invited, not yet answered (the seat is held).
    Pending,
    Accepted,
    /// The seat is given back.
    Declined,
}

impl Response {
    pub fn as_str(self) -> &'static str {
        match self {
            Response::Pending => "pending",
            Response::Accepted => "accepted",
            Response::Declined => "declined",
        }
    }

    pub fn parse(value: &str) -> Result<Self, String> {
        match value.trim() {
            "pending" => Ok(Response::Pending),
            "accepted" => Ok(Response::Accepted),
            "declined" => Ok(Response::Declined),
            other => Err(format!("`{other}` is not an answer (accepted, declined)")),
        }
    }

    /// Whether the invitation holds a seat.
    pub fn holds_seat(self) -> bool {
        self != Response::Declined
    }
}

/// The change in seats taken when an invitation's answer changes.
pub fn seat_change(from: Response, to: Response) -> i32 {
    i32::from(to.holds_seat()) - i32::from(from.holds_seat())
}

// ---------------------------------------------------------------------------
// Planning a cohort's calendar from a template
// ---------------------------------------------------------------------------

/// When the journey's sessions fall, relative to workshop 1, and how long they last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanTemplate {
    pub first_date: NaiveDate,
    pub start_time: NaiveTime,
    pub end_time: NaiveTime,
    pub study_trip_after_weeks: u32,
    pub study_trip_days: u32,
    pub workshop_2_after_weeks: u32,
    pub workshop_3_after_weeks: u32,
    /// Seats beyond the invited participants (for guests, late joiners).
    pub spare_seats: u32,
}

impl PlanTemplate {
    /// The programme's usual rhythm: a study trip six weeks after workshop 1,
    /// workshop 2 four weeks later, workshop 3 three months after that.
    pub fn usual(first_date: NaiveDate) -> Self {
        Self {
            first_date,
            start_time: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default(),
            end_time: NaiveTime::from_hms_opt(16, 0, 0).unwrap_or_default(),
            study_trip_after_weeks: 6,
            study_trip_days: 3,
            workshop_2_after_weeks: 10,
            workshop_3_after_weeks: 22,
            spare_seats: 2,
        }
    }

    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.end_time <= self.start_time {
            errors.add("end_time", crate::t("val-after-start-time"));
        }
        if !(1..=10).contains(&self.study_trip_days) {
            errors.add("study_trip_days", crate::t("sl-err-trip-days"));
        }
        if self.study_trip_after_weeks == 0 {
            errors.add("study_trip_after_weeks", crate::t("sl-err-trip-week"));
        }
        if self.workshop_2_after_weeks <= self.study_trip_after_weeks {
            errors.add("workshop_2_after_weeks", crate::t("sl-err-ws2-after-trip"));
        }
        if self.workshop_3_after_weeks <= self.workshop_2_after_weeks {
            errors.add("workshop_3_after_weeks", crate::t("sl-err-ws3-after-ws2"));
        }
        if self.workshop_3_after_weeks > 104 {
            errors.add("workshop_3_after_weeks", crate::t("sl-err-ws3-two-years"));
        }
        if self.spare_seats > 50 {
            errors.add("spare_seats", crate::t("sl-err-spare-seats"));
        }
        errors.into_result(())
    }
}

/// Monday when a date falls on a weekend: sessions are held on working days.
fn working_day(date: NaiveDate) -> NaiveDate {
    match date.weekday() {
        Weekday::Sat => date + Duration::days(2),
        Weekday::Sun => date + Duration::days(1),
        _ => date,
    }
}

/// A participant as the planner needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanParticipant {
    pub participant_id: i64,
    pub home_organisation_id: i64,
    pub host_organisation_id: i64,
}

/// An organisation that hosts planned sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanHost {
    pub organisation_id: i64,
    pub name: String,
    pub city: String,
    pub time_zone: Tz,
}

/// A session the template plans, with the participants it invites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedSession {
    pub draft: SessionDraft,
    pub invitees: Vec<i64>,
}

/// Plans a cohort's sessions: workshop 1 at each home incubator, the study
/// trip and workshops 2 and 3 at each host abroad, each session inviting the
/// participants it concerns, at the template's local times in the host's zone.
pub fn plan(
    template: &PlanTemplate,
    cohort_id: i64,
    participants: &[PlanParticipant],
    hosts: &[PlanHost],
) -> Result<Vec<PlannedSession>, String> {
    let mut planned = Vec::new();
    for kind in SessionKind::ALL {
        let (offset_weeks, days) = match kind {
            SessionKind::Workshop1 => (0, 1),
            SessionKind::StudyTrip => (template.study_trip_after_weeks, template.study_trip_days),
            SessionKind::Workshop2 => (template.workshop_2_after_weeks, 1),
            SessionKind::Workshop3 => (template.workshop_3_after_weeks, 1),
        };
        let day = working_day(template.first_date + Duration::weeks(i64::from(offset_weeks)));
        let mut host_ids: Vec<i64> = participants
            .iter()
            .map(|p| {
                if kind.at_home() {
                    p.home_organisation_id
                } else {
                    p.host_organisation_id
                }
            })
            .collect();
        host_ids.sort_unstable();
        host_ids.dedup();
        for host_id in host_ids {
            let host = hosts
                .iter()
                .find(|h| h.organisation_id == host_id)
                .ok_or_else(|| crate::t1("sl-err-unknown-organisation", "id", host_id))?;
            let invitees: Vec<i64> = participants
                .iter()
                .filter(|p| {
                    (if kind.at_home() {
                        p.home_organisation_id
                    } else {
                        p.host_organisation_id
                    }) == host_id
                })
                .map(|p| p.participant_id)
                .collect();
            let last_day = day + Duration::days(i64::from(days) - 1);
            let starts_at = local_to_utc(host.time_zone, day.and_time(template.start_time))?;
            let ends_at = local_to_utc(host.time_zone, last_day.and_time(template.end_time))?;
            let capacity =
                i32::try_from(invitees.len() as u32 + template.spare_seats).unwrap_or(i32::MAX);
            planned.push(PlannedSession {
                draft: SessionDraft {
                    cohort_id: Some(cohort_id),
                    kind,
                    title: format!("{} at {}", kind.label(), host.name),
                    host_organisation_id: host_id,
                    venue: format!("{}, {}", host.name, host.city),
                    starts_at,
                    ends_at,
                    time_zone: host.time_zone,
                    capacity,
                    agenda: kind.step().purpose().to_string(),
                },
                invitees,
            });
        }
    }
    Ok(planned)
}

impl SessionKind {
    /// The label in the language of the request, for pages.
    pub fn label_t(self) -> String {
        crate::t(match self {
            SessionKind::Workshop1 => "sl-session-workshop-1",
            SessionKind::StudyTrip => "sl-session-study-trip",
            SessionKind::Workshop2 => "sl-session-workshop-2",
            SessionKind::Workshop3 => "sl-session-workshop-3",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn input() -> SessionInput {
        SessionInput {
            kind: "workshop_2".into(),
            host_organisation_id: Some(4),
            venue: "Bergen Marine Incubator, Bergen".into(),
            start_date: Some(date(2027, 3, 10)),
            start_time: Some(time(9, 0)),
            end_time: Some(time(16, 0)),
            capacity: Some(12),
            ..Default::default()
        }
    }

    #[test]
    fn local_times_become_utc_in_the_hosts_zone() {
        let norway = CountryCode::parse("NO").unwrap();
        let draft = input().validate(Some(&norway), 0).unwrap();
        assert_eq!(draft.time_zone, chrono_tz::Europe::Oslo);
        assert_eq!(
            draft.starts_at.to_rfc3339(),
            "2027-03-10T08:00:00+00:00",
            "CET is UTC+1 in March"
        );
        assert_eq!(draft.title, "Workshop 2");

        let summer = SessionInput {
            start_date: Some(date(2027, 6, 10)),
            time_zone: "Europe/London".into(),
            ..input()
        };
        let draft = summer.validate(Some(&norway), 0).unwrap();
        assert_eq!(
            draft.starts_at.to_rfc3339(),
            "2027-06-10T08:00:00+00:00",
            "BST is UTC+1 in June"
        );
    }

    #[test]
    fn times_the_clocks_skip_are_refused() {
        let spring_forward = SessionInput {
            start_date: Some(date(2027, 3, 28)),
            start_time: Some(time(2, 30)),
            time_zone: "Europe/Amsterdam".into(),
            ..input()
        };
        let errors = spring_forward
            .validate(Some(&CountryCode::parse("NL").unwrap()), 0)
            .unwrap_err();
        assert!(errors.get("start_time").unwrap().contains("does not exist"));
    }

    #[test]
    fn sessions_are_checked_field_by_field() {
        let bad = SessionInput {
            kind: "party".into(),
            venue: String::new(),
            end_time: Some(time(8, 0)),
            capacity: Some(0),
            time_zone: "Mars/Olympus".into(),
            ..input()
        };
        let errors = bad
            .validate(Some(&CountryCode::parse("NO").unwrap()), 0)
            .unwrap_err();
        for field in ["kind", "venue", "capacity", "time_zone"] {
            assert!(errors.contains(field), "{field}: {errors:?}");
        }
        let ends_first = SessionInput {
            end_time: Some(time(8, 0)),
            ..input()
        };
        assert!(
            ends_first
                .validate(Some(&CountryCode::parse("NO").unwrap()), 0)
                .unwrap_err()
                .contains("end_time")
        );
        let shrinking = input()
            .validate(Some(&CountryCode::parse("NO").unwrap()), 15)
            .unwrap_err();
        assert!(
            shrinking
                .get("capacity")
                .unwrap()
                .contains("15 participants")
        );
    }

    #[test]
    fn answers_move_seats() {
        assert_eq!(seat_change(Response::Pending, Response::Declined), -1);
        assert_eq!(seat_change(Response::Declined, Response::Accepted), 1);
        assert_eq!(seat_change(Response::Pending, Response::Accepted), 0);
    }

    #[test]
    fn the_template_plans_a_cohort_at_home_and_abroad() {
        let participants = [
            PlanParticipant {
                participant_id: 1,
                home_organisation_id: 10,
                host_organisation_id: 20,
            },
            PlanParticipant {
                participant_id: 2,
                home_organisation_id: 10,
                host_organisation_id: 30,
            },
            PlanParticipant {
                participant_id: 3,
                home_organisation_id: 11,
                host_organisation_id: 20,
            },
        ];
        let host = |id, name: &str, zone| PlanHost {
            organisation_id: id,
            name: name.into(),
            city: "City".into(),
            time_zone: zone,
        };
        let hosts = [
            host(10, "Aarhus", chrono_tz::Europe::Copenhagen),
            host(11, "Malmö", chrono_tz::Europe::Stockholm),
            host(20, "Bergen", chrono_tz::Europe::Oslo),
            host(30, "Hull", chrono_tz::Europe::London),
        ];
        // 2027-03-06 is a Saturday: workshop 1 moves to Monday the 8th.
        let template = PlanTemplate::usual(date(2027, 3, 6));
        template.check().unwrap();
        let sessions = plan(&template, 7, &participants, &hosts).unwrap();
        let summary: Vec<(SessionKind, i64, Vec<i64>)> = sessions
            .iter()
            .map(|s| {
                (
                    s.draft.kind,
                    s.draft.host_organisation_id,
                    s.invitees.clone(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (SessionKind::Workshop1, 10, vec![1, 2]),
                (SessionKind::Workshop1, 11, vec![3]),
                (SessionKind::StudyTrip, 20, vec![1, 3]),
                (SessionKind::StudyTrip, 30, vec![2]),
                (SessionKind::Workshop2, 20, vec![1, 3]),
                (SessionKind::Workshop2, 30, vec![2]),
                (SessionKind::Workshop3, 20, vec![1, 3]),
                (SessionKind::Workshop3, 30, vec![2]),
            ]
        );
        let first = &sessions[0].draft;
        assert_eq!(first.starts_at.to_rfc3339(), "2027-03-08T08:00:00+00:00");
        assert_eq!(first.capacity, 4, "two invitees and two spare seats");
        let trip_to_hull = &sessions[3].draft;
        assert_eq!(
            trip_to_hull.starts_at.to_rfc3339(),
            "2027-04-19T08:00:00+00:00",
            "09:00 in London, summer time"
        );
        assert_eq!(
            trip_to_hull.ends_at.to_rfc3339(),
            "2027-04-21T15:00:00+00:00",
            "three days"
        );
        assert!(trip_to_hull.title.contains("Hull"));
    }

    #[test]
    fn templates_keep_their_steps_in_order() {
        let mut template = PlanTemplate::usual(date(2027, 3, 1));
        template.workshop_2_after_weeks = 4;
        template.end_time = time(8, 0);
        let errors = template.check().unwrap_err();
        assert!(errors.contains("workshop_2_after_weeks") && errors.contains("end_time"));
    }
}
