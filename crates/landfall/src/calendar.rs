//! Calendars and time zones shared by every capability that schedules
//! things: local wall-clock times in IANA zones, and iCalendar (RFC 5545)
//! output — one file per event and feeds that calendar programs subscribe to.
//! Times are written in UTC, which every client shows in its own zone; the
//! local time at the venue is in the text.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::registry::model::CountryCode;

/// The IANA time zone of a country's capital, for the network's countries and
/// their neighbours; other countries get UTC until a zone is chosen by hand.
pub fn default_time_zone(country: &CountryCode) -> Tz {
    use chrono_tz::Europe;
    match country.as_str() {
        "DK" | "FO" => Europe::Copenhagen,
        "NO" => Europe::Oslo,
        "SE" => Europe::Stockholm,
        "FI" => Europe::Helsinki,
        "IS" => chrono_tz::Atlantic::Reykjavik,
        "GB" => Europe::London,
        "IE" => Europe::Dublin,
        "DE" => Europe::Berlin,
        "NL" => Europe::Amsterdam,
        "BE" => Europe::Brussels,
        "FR" => Europe::Paris,
        "PL" => Europe::Warsaw,
        "EE" => Europe::Tallinn,
        "LV" => Europe::Riga,
        "LT" => Europe::Vilnius,
        "ES" => Europe::Madrid,
        "PT" => Europe::Lisbon,
        _ => chrono_tz::UTC,
    }
}

pub fn parse_time_zone(value: &str) -> Result<Tz, String> {
    value
        .trim()
        .parse::<Tz>()
        .map_err(|_| crate::t1("val-not-time-zone", "value", value.trim()))
}

/// A local wall-clock time in a zone, as a UTC instant. Times that do not
/// exist (skipped by a change to summer time) are refused; times that occur
/// twice take the first.
pub fn local_to_utc(zone: Tz, local: NaiveDateTime) -> Result<DateTime<Utc>, String> {
    zone.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .ok_or_else(|| {
            crate::t2(
                "val-time-skipped",
                "time",
                crate::i18n::date_time(local),
                "zone",
                zone.name(),
            )
        })
}

/// One session or meeting as a calendar shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEntry {
    /// Stable across changes, so that an update replaces the earlier version.
    pub uid: String,
    /// Raised on every change that matters to attendees (RFC 5545 SEQUENCE).
    pub sequence: u32,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub time_zone: Tz,
    pub cancelled: bool,
    pub updated_at: DateTime<Utc>,
    pub url: String,
}

/// "Wed 10 Mar 2027 09:00 – 16:00 (Europe/Oslo)", or two dates for longer sessions.
pub fn local_span(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>, zone: Tz) -> String {
    let start = starts_at.with_timezone(&zone);
    let end = ends_at.with_timezone(&zone);
    if start.date_naive() == end.date_naive() {
        format!(
            "{} – {} ({zone})",
            start.format("%a %-d %b %Y %H:%M"),
            end.format("%H:%M")
        )
    } else {
        format!(
            "{} – {} ({zone})",
            start.format("%a %-d %b %Y %H:%M"),
            end.format("%a %-d %b %Y %H:%M")
        )
    }
}

fn event(entry: &CalendarEntry) -> Event {
    let mut event = Event::new();
    let local = local_span(entry.starts_at, entry.ends_at, entry.time_zone);
    let description = if entry.description.is_empty() {
        format!("Local time: {local}")
    } else {
        format!("Local time: {local}\n\n{}", entry.description)
    };
    event
        .uid(&entry.uid)
        .sequence(entry.sequence)
        .summary(&entry.summary)
        .description(&description)
        .location(&entry.location)
        .starts(entry.starts_at)
        .ends(entry.ends_at)
        .timestamp(entry.updated_at)
        .last_modified(entry.updated_at)
        .status(if entry.cancelled {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        });
    if !entry.url.is_empty() {
        event.url(&entry.url);
    }
    event.done()
}

/// A calendar with the given entries; `name` is what subscribers see.
pub fn render(name: &str, entries: &[CalendarEntry]) -> String {
    let mut calendar = Calendar::new();
    calendar
        .name(name)
        .append_property(("METHOD", "PUBLISH"))
        .ttl(&chrono::Duration::hours(1));
    for entry in entries {
        calendar.push(event(entry));
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn entry(cancelled: bool) -> CalendarEntry {
        CalendarEntry {
            uid: "session-7@landfall.example".into(),
            sequence: 3,
            summary: "Workshop 2 at Bergen Marine Incubator".into(),
            description: "Culture, customers, local law".into(),
            location: "Bergen Marine Incubator, Bergen".into(),
            starts_at: Utc.with_ymd_and_hms(2027, 3, 10, 8, 0, 0).unwrap(),
            ends_at: Utc.with_ymd_and_hms(2027, 3, 10, 15, 0, 0).unwrap(),
            time_zone: chrono_tz::Europe::Oslo,
            cancelled,
            updated_at: Utc.with_ymd_and_hms(2027, 1, 5, 12, 0, 0).unwrap(),
            url: "https://landfall.example/sessions/7".into(),
        }
    }

    #[test]
    fn entries_carry_utc_times_sequence_and_status() {
        let ics = render("Fjordmål Sensors AS", &[entry(false), entry(true)]);
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
        assert!(ics.contains("DTSTART:20270310T080000Z"));
        assert!(ics.contains("DTEND:20270310T150000Z"));
        assert!(ics.contains("SEQUENCE:3"));
        assert!(ics.contains("STATUS:CONFIRMED"));
        assert!(ics.contains("STATUS:CANCELLED"));
        assert!(ics.contains("METHOD:PUBLISH"));
        assert!(ics.contains("Wed 10 Mar 2027 09:00 – 16:00 (Europe/Oslo)"));
    }

    #[test]
    fn long_sessions_show_both_days() {
        let start = Utc.with_ymd_and_hms(2027, 4, 19, 8, 0, 0).unwrap();
        let end = Utc.with_ymd_and_hms(2027, 4, 21, 15, 0, 0).unwrap();
        assert_eq!(
            local_span(start, end, chrono_tz::Europe::London),
            "Mon 19 Apr 2027 09:00 – Wed 21 Apr 2027 16:00 (Europe/London)"
        );
    }
}

/// Property tests: time zones typed by people never panic.
#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn time_zones_never_panic_and_read_back(value in prop_oneof![any::<String>(), "[A-Za-z_/+-]{0,30}"]) {
            if let Ok(zone) = parse_time_zone(&value) {
                prop_assert_eq!(parse_time_zone(zone.name()), Ok(zone));
            }
        }
    }
}
