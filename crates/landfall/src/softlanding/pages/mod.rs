//! The soft-landing web pages.

pub mod assignments;
pub mod desks;
pub mod participants;
pub mod programmes;
pub mod sessions;

use chrono::NaiveDate;

use crate::validation::FieldErrors;
pub(crate) use crate::web::forms::refused_fields as rejected;

/// A date typed into a form (`YYYY-MM-DD`, what date inputs send).
pub(crate) fn date_field(name: &str, value: &str, errors: &mut FieldErrors) -> Option<NaiveDate> {
    match value.trim() {
        "" => None,
        v => match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
            Ok(date) => Some(date),
            Err(_) => {
                errors.add(name, "write the date as YYYY-MM-DD");
                None
            }
        },
    }
}

/// A whole number typed into a form.
pub(crate) fn number_field(name: &str, value: &str, errors: &mut FieldErrors) -> Option<i64> {
    crate::web::forms::whole_number(name, value, errors)
}
