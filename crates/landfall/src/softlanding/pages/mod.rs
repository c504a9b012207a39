//! The soft-landing web pages.

pub mod assignments;
pub mod desks;
pub mod participants;
pub mod programmes;
pub mod sessions;

pub(crate) use crate::web::forms::refused_fields as rejected;
pub(crate) use crate::web::forms::{date_field, time_field, whole_number as number_field};

/// A count with its plural form, for templates (which hand over any whole
/// number, owned or borrowed).
pub fn tn(key: &str, count: impl std::fmt::Display) -> String {
    crate::tn(key, count.to_string().parse().unwrap_or(0))
}
