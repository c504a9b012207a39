//! Helpers for HTML forms: reading numbers typed as text and offering choices.

use chrono::{NaiveDate, NaiveTime};

use crate::validation::FieldErrors;
use crate::web::AppError;

/// The messages to show on a form the server refused; errors that are not
/// about the form's content (forbidden, not found…) go on as errors. A
/// conflict without a field is shown at the top of the form (`form`).
pub fn refused_fields(error: AppError) -> Result<FieldErrors, AppError> {
    match error {
        AppError::Validation(errors) => Ok(errors),
        AppError::Conflict { fields, message } if fields.is_empty() => {
            Ok(FieldErrors::single("form", message))
        }
        AppError::Conflict { fields, .. } => Ok(fields),
        AppError::ConflictWith { message, .. } => Ok(FieldErrors::single("form", message)),
        other => Err(other),
    }
}

/// The ids picked in a list of checkboxes or a multiple select (a browser
/// sends only those the page offered; anything else is not an id).
pub fn picked_ids(values: &[String]) -> Vec<i64> {
    values
        .iter()
        .filter_map(|v| v.trim().parse().ok())
        .collect()
}

/// The status a form page is shown with: 422 when it carries errors.
pub fn form_status(errors: &FieldErrors) -> axum::http::StatusCode {
    if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    }
}

/// A date typed into a form (`YYYY-MM-DD`, what date inputs send).
pub fn date_field(name: &str, value: &str, errors: &mut FieldErrors) -> Option<NaiveDate> {
    match value.trim() {
        "" => None,
        v => NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map_err(|_| errors.add(name, crate::t("form-err-date")))
            .ok(),
    }
}

/// A time of day typed into a form (`HH:MM`, what time inputs send).
pub fn time_field(name: &str, value: &str, errors: &mut FieldErrors) -> Option<NaiveTime> {
    match value.trim() {
        "" => None,
        v => NaiveTime::parse_from_str(v, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(v, "%H:%M:%S"))
            .map_err(|_| errors.add(name, crate::t("form-err-time")))
            .ok(),
    }
}

/// Reads an optional whole number typed into a form field (`1 250` is fine).
pub fn whole_number(field: &str, value: &str, errors: &mut FieldErrors) -> Option<i64> {
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '_')
        .collect();
    if compact.is_empty() {
        return None;
    }
    match compact.parse::<i64>() {
        Ok(number) => Some(number),
        Err(_) => {
            errors.add(field, crate::t("val-whole-number"));
            None
        }
    }
}

/// Links to the previous and next page of a list, keeping its filters.
pub struct Pager {
    pub page: u64,
    pub pages: u64,
    pub total: u64,
    pub previous: Option<String>,
    pub next: Option<String>,
}

impl Pager {
    /// `filters` are the list's query parameters (empty ones are left out),
    /// `page` counts from 1.
    pub fn new(
        path: &str,
        filters: &[(&str, &Option<String>)],
        page: u64,
        page_size: u64,
        total: u64,
    ) -> Self {
        let pages = total.div_ceil(page_size).max(1);
        let mut query = String::new();
        for (key, value) in filters {
            if let Some(value) = value.as_deref().filter(|v| !v.trim().is_empty()) {
                query.push_str(&format!("{key}={}&", super::urlencode(value)));
            }
        }
        let link = |p: u64| format!("{path}?{query}page={p}");
        Self {
            page,
            pages,
            total,
            // Past the end (an old link, a typed number) leads back to the last page.
            previous: (page > 1).then(|| link((page - 1).min(pages))),
            next: (page < pages).then(|| link(page + 1)),
        }
    }
}

/// One entry of a select box or a group of checkboxes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>, selected: bool) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
            selected,
        }
    }
}

/// The version an edit form sent back (a hidden field), if it can be read.
pub fn posted_version(value: &str) -> Option<i64> {
    value.trim().parse().ok()
}

/// The version an edit form carries when shown again after `error`: the one
/// it was filled from (`posted`), or, refused because the record changed
/// meanwhile, the record's `current` one, so that saving again is a
/// deliberate choice.
pub fn version_after(error: &AppError, posted: &str, current: i64) -> String {
    match error {
        AppError::Conflict { .. } => current.to_string(),
        _ => posted.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_shown_again_after_a_change_meanwhile_carries_the_new_version() {
        assert_eq!(posted_version(" 42 "), Some(42));
        assert_eq!(posted_version("x"), None);
        let conflict = AppError::conflict("changed meanwhile");
        assert_eq!(version_after(&conflict, "41", 42), "42");
        let invalid = AppError::Validation(FieldErrors::single("name", "required"));
        assert_eq!(version_after(&invalid, "41", 42), "41");
    }

    #[test]
    fn numbers_are_read_leniently_but_not_guessed() {
        let mut errors = FieldErrors::new();
        assert_eq!(whole_number("a", " 1 250 ", &mut errors), Some(1250));
        assert_eq!(whole_number("b", "", &mut errors), None);
        assert_eq!(whole_number("c", "12.5", &mut errors), None);
        assert_eq!(whole_number("d", "many", &mut errors), None);
        assert!(!errors.contains("a") && !errors.contains("b"));
        assert!(errors.contains("c") && errors.contains("d"));
    }

    #[test]
    fn pagers_keep_the_filters_and_lead_back_from_past_the_end() {
        let q = Some("kelp farm".to_string());
        let empty = Some(" ".to_string());
        let middle = Pager::new("/smes", &[("q", &q), ("country", &empty)], 2, 25, 60);
        assert_eq!(middle.pages, 3);
        assert_eq!(middle.previous.as_deref(), Some("/smes?q=kelp+farm&page=1"));
        assert_eq!(middle.next.as_deref(), Some("/smes?q=kelp+farm&page=3"));
        let beyond = Pager::new("/smes", &[], 9, 25, 60);
        assert_eq!(beyond.previous.as_deref(), Some("/smes?page=3"));
        assert_eq!(beyond.next, None);
        let none = Pager::new("/smes", &[], 1, 25, 0);
        assert_eq!((none.pages, none.previous, none.next), (1, None, None));
    }
}

/// Property tests: any text typed into a date, time or number field gives a
/// value or a message, never a panic; what the form shows reads back.
#[cfg(test)]
mod properties {
    use chrono::{Datelike, Timelike};
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn dates_never_panic(value in prop_oneof![any::<String>(), "[0-9-]{0,12}"]) {
            let mut errors = FieldErrors::new();
            let date = date_field("date", &value, &mut errors);
            prop_assert_eq!(date.is_none() && !value.trim().is_empty(), errors.contains("date"));
        }

        #[test]
        fn dates_read_back(days in -100_000i32..=100_000) {
            let date = NaiveDate::from_num_days_from_ce_opt(730_000 + days).unwrap();
            let mut errors = FieldErrors::new();
            prop_assume!((0..=9999).contains(&date.year()));
            let shown = date.format("%Y-%m-%d").to_string();
            prop_assert_eq!(date_field("date", &shown, &mut errors), Some(date));
            prop_assert!(errors.is_empty());
        }

        #[test]
        fn times_never_panic_and_read_back(
            value in prop_oneof![any::<String>(), "[0-9:]{0,9}"],
            hour in 0u32..24,
            minute in 0u32..60,
        ) {
            let mut errors = FieldErrors::new();
            time_field("time", &value, &mut errors);
            let mut errors = FieldErrors::new();
            let time = time_field("time", &format!("{hour:02}:{minute:02}"), &mut errors).unwrap();
            prop_assert_eq!((time.hour(), time.minute()), (hour, minute));
        }

        #[test]
        fn whole_numbers_never_panic_and_read_back(
            value in prop_oneof![any::<String>(), "[0-9 ,_-]{0,24}"],
            number in any::<i64>(),
        ) {
            let mut errors = FieldErrors::new();
            let read = whole_number("n", &value, &mut errors);
            prop_assert!(read.is_some() || errors.is_empty() || errors.contains("n"));
            let mut errors = FieldErrors::new();
            prop_assert_eq!(whole_number("n", &number.to_string(), &mut errors), Some(number));
            let grouped = crate::registry::model::group_thousands(number.unsigned_abs());
            let sign = if number < 0 { "-" } else { "" };
            prop_assert_eq!(whole_number("n", &format!("{sign}{grouped}"), &mut errors), Some(number));
            prop_assert!(errors.is_empty());
        }
    }
}
