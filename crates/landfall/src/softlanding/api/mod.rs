//! The soft-landing JSON API.

pub mod assignments;
pub mod desks;
pub mod journeys;
pub mod programmes;
pub mod sessions;
