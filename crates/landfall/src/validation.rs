//! Field-by-field validation results shared by every capability's model.
//!
//! A form or JSON body is checked as a whole and every bad field is reported at
//! once, keyed by the field's name as the client sent it (`contacts[1].email`).

use std::collections::BTreeMap;

/// Messages for the fields that failed validation, keyed by field name.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct FieldErrors(BTreeMap<String, String>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a message for a field; the first message for a field wins.
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.entry(field.into()).or_insert_with(|| message.into());
    }

    pub fn single(field: impl Into<String>, message: impl Into<String>) -> Self {
        let mut errors = Self::new();
        errors.add(field, message);
        errors
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.get(field).map(String::as_str)
    }

    pub fn contains(&self, field: &str) -> bool {
        self.0.contains_key(field)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Moves a message from one field name to another (e.g. when a form shows a
    /// value in other units than the API).
    pub fn rename(&mut self, from: &str, to: &str) {
        if let Some(message) = self.0.remove(from) {
            self.0.insert(to.to_string(), message);
        }
    }

    pub fn merge(&mut self, other: FieldErrors) {
        for (field, message) in other.0 {
            self.add(field, message);
        }
    }

    /// `Ok(value)` when nothing was recorded, the errors otherwise.
    pub fn into_result<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    /// Every message on one line, for an alert above a small form whose
    /// fields already say which is which.
    pub fn one_line(&self) -> String {
        self.joined(|_, message| message.to_string())
    }

    /// Every message on one line after its field's name (a form-wide
    /// `form` message stands alone), for where the fields are not on screen.
    pub fn one_line_named(&self) -> String {
        self.joined(|field, message| match field {
            "form" => message.to_string(),
            _ => format!("{field}: {message}"),
        })
    }

    fn joined(&self, line: impl Fn(&str, &str) -> String) -> String {
        self.iter()
            .map(|(field, message)| line(field, message))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Runs a parser, recording its error under `field`; `None` if it failed.
    pub fn check<T>(&mut self, field: &str, result: Result<T, String>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(message) => {
                self.add(field, message);
                None
            }
        }
    }
}

/// Trims a text field and checks its length in characters.
pub fn text(value: &str, required: bool, max_chars: usize) -> Result<String, String> {
    let value = value.trim();
    if required && value.is_empty() {
        return Err(crate::t("val-required"));
    }
    let chars = value.chars().count();
    if chars > max_chars {
        return Err(crate::ta(
            "val-too-long",
            &[("chars", chars.into()), ("max", max_chars.into())],
        ));
    }
    if has_control_characters(value) {
        return Err(crate::t("val-control-characters"));
    }
    Ok(value.to_string())
}

/// Whether a text holds control characters other than line breaks and tabs
/// (PostgreSQL cannot store NUL in text at all).
pub fn has_control_characters(value: &str) -> bool {
    value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
}

/// How many entries of a list are not blank: what a list's "at most" counts,
/// checked before repeats are looked for (which takes the square of the
/// list's length).
pub fn non_blank_count(values: &[String]) -> usize {
    values.iter().filter(|v| !v.trim().is_empty()).count()
}

/// The version of a record that an edit form carries back: when the record
/// last changed, to the microsecond.
pub fn version_of(updated_at: chrono::DateTime<chrono::Utc>) -> i64 {
    updated_at.timestamp_micros()
}

/// Whether an edit was made to an older version of a record than the one
/// stored: `seen` is the version a form was filled from (an API change
/// sends none; it is checked against the record as read under a lock).
pub fn is_outdated(seen: Option<i64>, updated_at: chrono::DateTime<chrono::Utc>) -> bool {
    seen.is_some_and(|v| v != version_of(updated_at))
}

/// "must be a whole number from 1 to 200", in the language of the request.
pub fn whole_number_between(min: impl crate::i18n::Count, max: impl crate::i18n::Count) -> String {
    crate::ta(
        "val-whole-number-between",
        &[
            ("min", crate::i18n::number(min).into()),
            ("max", crate::i18n::number(max).into()),
        ],
    )
}

/// Which slice of a list to return.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub limit: u64,
    pub offset: u64,
}

pub const API_DEFAULT_LIMIT: u64 = 50;
pub const API_MAX_LIMIT: u64 = 200;
/// The largest offset a list takes: the databases count rows in signed 64-bit
/// integers, so anything larger could not be asked of them.
pub const MAX_OFFSET: u64 = i64::MAX as u64;

/// A web list's page number as a link or a form gave it, from 1; anything
/// unreadable is the first page.
pub fn page_number(page: Option<&str>) -> u64 {
    page.and_then(|p| p.trim().parse::<u64>().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1)
}

/// The rows of a web list's page (`page` from 1) of `size` rows.
pub fn page_window(page: u64, size: u64) -> Window {
    Window {
        limit: size,
        offset: page.saturating_sub(1).saturating_mul(size).min(MAX_OFFSET),
    }
}

/// Reads the API's `limit` and `offset` parameters (absent or blank: the defaults).
pub fn api_window(limit: Option<&str>, offset: Option<&str>) -> Result<Window, FieldErrors> {
    let mut errors = FieldErrors::new();
    fn present(v: Option<&str>) -> Option<&str> {
        v.map(str::trim).filter(|v| !v.is_empty())
    }
    let limit = match present(limit) {
        None => Some(API_DEFAULT_LIMIT),
        Some(v) => errors.check(
            "limit",
            v.parse::<u64>()
                .ok()
                .filter(|n| (1..=API_MAX_LIMIT).contains(n))
                .ok_or_else(|| whole_number_between(1, API_MAX_LIMIT)),
        ),
    };
    let offset = match present(offset) {
        None => Some(0),
        Some(v) => errors.check(
            "offset",
            v.parse::<u64>()
                .ok()
                .filter(|n| *n <= MAX_OFFSET)
                .ok_or_else(|| whole_number_between(0, MAX_OFFSET)),
        ),
    };
    match (limit, offset) {
        (Some(limit), Some(offset)) if errors.is_empty() => Ok(Window { limit, offset }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_is_outdated_only_against_a_newer_version() {
        let then = chrono::DateTime::from_timestamp_micros(1_800_000_000_123_456).unwrap();
        let later = then + chrono::Duration::microseconds(1);
        assert_eq!(version_of(then), 1_800_000_000_123_456);
        assert!(!is_outdated(Some(version_of(then)), then));
        assert!(is_outdated(Some(version_of(then)), later));
        assert!(
            !is_outdated(None, later),
            "no version sent, nothing to compare"
        );
    }

    #[test]
    fn blank_entries_do_not_count() {
        let values = ["a".to_string(), " ".into(), String::new(), "b".into()];
        assert_eq!(non_blank_count(&values), 2);
    }

    #[test]
    fn first_message_for_a_field_wins() {
        let mut errors = FieldErrors::new();
        errors.add("name", "is required");
        errors.add("name", "is too long");
        assert_eq!(errors.get("name"), Some("is required"));
        assert!(errors.into_result(()).is_err());
    }

    #[test]
    fn messages_join_on_one_line_in_field_order() {
        let mut errors = FieldErrors::new();
        errors.add("title", "is required");
        errors.add("form", "The chapter changed meanwhile.");
        errors.add("body", "is too long");
        assert_eq!(
            errors.one_line(),
            "is too long; The chapter changed meanwhile.; is required"
        );
        assert_eq!(
            errors.one_line_named(),
            "body: is too long; The chapter changed meanwhile.; title: is required"
        );
        assert_eq!(FieldErrors::new().one_line(), "");
    }

    #[test]
    fn web_pages_are_read_leniently_and_bounded() {
        assert_eq!(page_number(Some(" 3 ")), 3);
        for unreadable in [None, Some(""), Some("0"), Some("-2"), Some("two")] {
            assert_eq!(page_number(unreadable), 1, "{unreadable:?}");
        }
        assert_eq!(
            page_window(3, 25),
            Window {
                limit: 25,
                offset: 50
            }
        );
        assert_eq!(page_window(u64::MAX, 50).offset, MAX_OFFSET);
    }

    #[test]
    fn windows_have_defaults_and_bounds() {
        assert_eq!(
            api_window(None, Some(" ")),
            Ok(Window {
                limit: 50,
                offset: 0
            })
        );
        assert_eq!(
            api_window(Some("200"), Some("10")),
            Ok(Window {
                limit: 200,
                offset: 10
            })
        );
        let errors = api_window(Some("0"), Some("-1")).unwrap_err();
        assert!(errors.contains("limit") && errors.contains("offset"));
        assert!(api_window(Some("201"), None).is_err());
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(text("  Aarhus ", true, 10).unwrap(), "Aarhus");
        assert_eq!(text("   ", true, 10).unwrap_err(), "is required");
        assert_eq!(text("", false, 10).unwrap(), "");
        assert!(
            text("ÆØÅ-ÆØÅ-ÆØÅ", true, 10)
                .unwrap_err()
                .contains("too long")
        );
        assert!(text("a\u{0}b", false, 10).is_err());
        assert_eq!(text("line\nbreak", false, 20).unwrap(), "line\nbreak");
    }
}
