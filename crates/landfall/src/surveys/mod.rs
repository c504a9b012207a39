//! Surveys: an organisation's questionnaires, sent in waves of personal links
//! (no sign-in needed to answer), with panel follow-ups, optional anonymity,
//! and results as ranking tables, charts and downloads.

pub mod api;
mod entities;
pub mod model;
pub mod operations;
pub mod pages;
pub mod store;
pub mod templates;
