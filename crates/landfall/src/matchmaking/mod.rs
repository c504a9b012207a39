//! Matchmaking: cooperation profiles (offers and requests), ranked search,
//! explained partner recommendations, introductions, and B2B matchmaking
//! events whose 1:1 meetings the scheduler places into slots and tables.

pub mod api;
mod entities;
pub mod eval;
pub mod model;
pub mod operations;
pub mod pages;
pub mod store;
