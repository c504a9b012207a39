//! The matchmaking web pages: the marketplace of cooperation profiles, their
//! review and introductions, partner recommendations, and matchmaking events
//! with their sessions, registrations, meeting requests, agendas and figures.
//!
//! Like the API, every handler goes through `matchmaking::operations`; the
//! pages only read forms, pick what to show and render.

pub mod agendas;
pub mod events;
pub mod plan;
pub mod profiles;

use axum::http::StatusCode;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::registry::model::{CountryCode, NaceCode, OrganisationKind};
use crate::web::AppError;
pub(crate) use crate::web::forms::refused_fields as rejected;

pub(crate) use crate::web::forms::{date_field, time_field, whole_number as number_field};

/// An id posted in a hidden field or a select; anything else is not found.
pub(crate) fn posted_id(value: &str) -> Result<i64, AppError> {
    value.trim().parse().map_err(|_| AppError::NotFound)
}

/// The status a refused form is shown again with: 409 for a conflict, 422
/// for invalid fields.
pub(crate) fn refusal_status(error: &AppError) -> StatusCode {
    match error.status() {
        StatusCode::CONFLICT => StatusCode::CONFLICT,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// "09:00–09:20": a slot's local times.
pub(crate) fn clock_span(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>, zone: Tz) -> String {
    format!(
        "{}–{}",
        starts_at.with_timezone(&zone).format("%H:%M"),
        ends_at.with_timezone(&zone).format("%H:%M")
    )
}

/// "Wed 10 Mar": a day without its year, in the language of the request
/// (every language's date ends with the year).
fn short_day(day: NaiveDate) -> String {
    let date = crate::i18n::date(day);
    let without_year = date
        .strip_suffix(&format!(" {}", day.year()))
        .unwrap_or(&date);
    format!("{} {without_year}", crate::i18n::weekday(day))
}

/// "Wed 10 Mar 09:00–09:20": a slot's local day and times.
pub(crate) fn slot_label(starts_at: DateTime<Utc>, ends_at: DateTime<Utc>, zone: Tz) -> String {
    format!(
        "{} {}",
        short_day(starts_at.with_timezone(&zone).date_naive()),
        clock_span(starts_at, ends_at, zone)
    )
}

/// A local date and time in a zone, e.g. for when a request expires.
pub(crate) fn local_moment(at: DateTime<Utc>, zone: Tz) -> String {
    let local = at.with_timezone(&zone);
    format!(
        "{} {}",
        short_day(local.date_naive()),
        local.format("%H:%M")
    )
}

/// A country code as a name ("Norway"), or the code itself if unknown.
pub(crate) fn country_name(code: &str) -> String {
    CountryCode::parse(code)
        .map(|c| c.name_t().to_string())
        .unwrap_or_else(|_| code.to_string())
}

/// `sme` or an organisation kind, as words.
pub(crate) fn party_kind_label(kind: &str) -> String {
    match kind {
        "sme" => crate::t("mm-party-sme"),
        other => OrganisationKind::parse(other)
            .map(|k| k.label_t())
            .unwrap_or_else(|_| other.to_string()),
    }
}

/// A NACE code with its title, for display.
pub struct SectorTag {
    pub code: String,
    pub title: &'static str,
}

pub(crate) fn sector_tags(codes: &[NaceCode]) -> Vec<SectorTag> {
    codes
        .iter()
        .map(|c| SectorTag {
            code: c.as_str().to_string(),
            title: c.title_t(),
        })
        .collect()
}

/// Splits codes typed into one field, separated by commas, semicolons,
/// spaces or new lines (`C10.20, J62` or `DE NO`).
pub(crate) fn codes(value: &str) -> Vec<String> {
    value
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_split_on_commas_and_spaces() {
        assert_eq!(codes(" C10.20, J62;\nM74 "), vec!["C10.20", "J62", "M74"]);
        assert!(codes("  ").is_empty());
    }

    #[test]
    fn slots_read_in_the_events_zone() {
        let start: DateTime<Utc> = "2027-03-10T08:00:00Z".parse().unwrap();
        let end: DateTime<Utc> = "2027-03-10T08:20:00Z".parse().unwrap();
        assert_eq!(
            slot_label(start, end, chrono_tz::Europe::Oslo),
            "Wed 10 Mar 09:00–09:20"
        );
    }

    #[test]
    fn spans_read_as_the_calendar_writes_them_in_english() {
        let start: DateTime<Utc> = "2027-03-10T08:00:00Z".parse().unwrap();
        let end: DateTime<Utc> = "2027-03-10T15:00:00Z".parse().unwrap();
        let later: DateTime<Utc> = "2027-03-11T15:00:00Z".parse().unwrap();
        let oslo = chrono_tz::Europe::Oslo;
        assert_eq!(
            crate::i18n::local_span(start, end, oslo),
            crate::calendar::local_span(start, end, oslo)
        );
        assert_eq!(
            crate::i18n::local_span(start, later, oslo),
            crate::calendar::local_span(start, later, oslo)
        );
        assert_eq!(local_moment(start, oslo), "Wed 10 Mar 09:00");
    }

    #[test]
    fn kinds_and_countries_read_as_words() {
        assert_eq!(party_kind_label("sme"), "SME");
        assert_eq!(party_kind_label("cluster"), "Cluster");
        assert_eq!(country_name("NO"), "Norway");
    }
}
