//! Soft-landing programmes: incubators in several countries exchange SMEs and
//! walk each one, step by step, into a foreign market.

pub mod api;
mod entities;
pub mod model;
pub mod operations;
pub mod pages;
pub mod store;
