//! The matchmaking operations: each checks who may do it, validates with the
//! model and writes with the store in one transaction. Pages, the API, the
//! CLI and the demo loader all go through them.

pub mod agendas;
pub mod events;
pub mod profiles;
pub mod recommendations;
pub mod scheduling;
