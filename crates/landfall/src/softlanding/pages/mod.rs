//! The soft-landing web pages.

pub mod assignments;
pub mod desks;
pub mod participants;
pub mod programmes;
pub mod sessions;

pub(crate) use crate::web::forms::refused_fields as rejected;
pub(crate) use crate::web::forms::{date_field, time_field, whole_number as number_field};
