//! The matchmaking rules, without I/O.

pub mod access;
pub mod events;
pub mod profiles;
pub mod recommend;
pub mod search;
pub mod text;
