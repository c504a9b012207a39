//! The soft-landing operations: each checks who may do it, validates with the
//! model and writes with the store in one transaction. Pages, the API and the
//! demo loader all go through them.

pub mod assignments;
pub mod calendars;
pub mod dashboard;
pub mod desks;
pub mod journeys;
pub mod programmes;
pub mod sessions;
