//! The monitoring queries: outcome records with their history, yearly figures
//! and custom indicators. Every write runs in the caller's transaction.

pub mod indicators;
pub mod outcomes;
