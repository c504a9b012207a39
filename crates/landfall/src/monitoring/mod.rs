//! Monitoring and evaluation: outcome records per SME with their history,
//! yearly figures, indicators computed from the records against targets,
//! dashboards with charts and drill-down, exports and public results pages.

pub mod api;
mod entities;
pub mod model;
pub mod operations;
pub mod pages;
pub mod store;
