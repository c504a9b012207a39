//! The toolbox's rules, without I/O: the instrument catalogue and its
//! budget estimates, internationalisation plans and their budget roll-up, the
//! methods library and its indicators, the strategy checklist with its
//! progress and the boosters/blockers self-check, and who may do what.

pub mod budget;
pub mod instruments;
pub mod methods;
pub mod plans;
pub mod strategy;

use crate::registry::model::slugify;
use crate::validation::{FieldErrors, non_blank_count, text};

/// Reads a list of short texts (benefits, KPI names): at most `max_items`,
/// each trimmed and bounded, blanks dropped, repeats (ignoring case) kept once.
pub fn text_list(
    field: &str,
    values: &[String],
    max_items: usize,
    max_chars: usize,
    errors: &mut FieldErrors,
) -> Vec<String> {
    if non_blank_count(values) > max_items {
        errors.add(field, crate::t1("tb-err-at-most", "max", max_items));
        return Vec::new();
    }
    let mut list: Vec<String> = Vec::new();
    for value in values {
        match text(value, false, max_chars) {
            Ok(value) if value.is_empty() => {}
            Ok(value) => {
                if !list
                    .iter()
                    .any(|v| v.to_lowercase() == value.to_lowercase())
                {
                    list.push(value);
                }
            }
            Err(message) => errors.add(field, message),
        }
    }
    list
}

/// The address a new record gets from its name; names that would take one of
/// the pages' own addresses get a suffix.
pub fn slug_from(name: &str, reserved: &[&str], suffix: &str) -> String {
    let slug = slugify(name);
    if reserved.contains(&slug.as_str()) {
        format!("{slug}-{suffix}")
    } else {
        slug
    }
}

/// Splits text typed one entry a line.
pub fn lines(value: &str) -> Vec<String> {
    value
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_trimmed_deduplicated_and_bounded() {
        let mut errors = FieldErrors::new();
        let list = text_list(
            "kpis",
            &[
                "  New contacts ".into(),
                "".into(),
                "new contacts".into(),
                "Meetings".into(),
            ],
            5,
            40,
            &mut errors,
        );
        assert_eq!(list, vec!["New contacts", "Meetings"]);
        assert!(errors.is_empty());
        text_list(
            "kpis",
            &["a".into(), "b".into(), "c".into()],
            2,
            40,
            &mut errors,
        );
        assert_eq!(errors.get("kpis"), Some("at most 2"));
        // A huge list is refused by its length, blanks not counted.
        let mut errors = FieldErrors::new();
        let mut many = vec![String::new(); 5];
        many.extend(["a".into(), "b".into()]);
        assert_eq!(text_list("kpis", &many, 2, 40, &mut errors).len(), 2);
        assert!(errors.is_empty());
        let list = text_list("kpis", &vec!["a".into(); 1_000_000], 2, 40, &mut errors);
        assert!(list.is_empty());
        assert_eq!(errors.get("kpis"), Some("at most 2"));
    }

    #[test]
    fn slugs_avoid_the_pages_own_addresses() {
        assert_eq!(slug_from("Trade fairs", &["new"], "x"), "trade-fairs");
        assert_eq!(slug_from("New", &["new"], "instrument"), "new-instrument");
        assert_eq!(lines(" a \n\n b\r\n"), vec!["a", "b"]);
    }
}
