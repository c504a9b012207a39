//! The toolbox: a catalogue of internationalisation instruments, the
//! internationalisation plans organisations build from them (budgets, KPI
//! targets that become monitoring indicators), the shared library of methods
//! and tools with their pilots, and the cluster strategy checklist.
//!
//! Other capabilities name instruments through [`InstrumentRef`],
//! [`instrument_refs`] and [`catalogue`].

pub mod api;
mod entities;
pub mod model;
pub mod operations;
pub mod pages;
pub mod store;

pub use model::instruments::InstrumentGroup;
pub use store::instruments::{InstrumentRef, catalogue, instrument_refs};
