//! The soft-landing rules, without I/O: the journey and its order, the
//! assessment and its readiness score, programmes and participants, sessions
//! and their planning, assignments, desks, who may do what, and calendars.

pub mod access;
pub mod assessment;
pub mod assignments;
pub mod desks;
pub mod journey;
pub mod programmes;
pub mod sessions;

pub use journey::{Action, Journey, JourneyError, Step, StepState};
