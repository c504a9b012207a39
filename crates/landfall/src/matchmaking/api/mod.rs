//! The matchmaking JSON API: thin handlers over the operations.

pub mod events;
pub mod meetings;
pub mod profiles;
