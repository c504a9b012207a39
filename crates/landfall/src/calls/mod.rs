//! Joint calls funded by several agencies: calls with their funding partners,
//! rules, application form and evaluation rubric; applications by consortia
//! with a pre-submission check; evaluation with conflict-of-interest checks,
//! weighted scores and a ranking; each agency's decisions within its budget;
//! decision letters; and the statistics of every call year.

pub mod api;
mod entities;
pub mod model;
pub mod operations;
pub mod pages;
pub mod store;
