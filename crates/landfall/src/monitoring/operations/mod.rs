//! Monitoring operations: authorisation and orchestration between the rules
//! in `model` and the queries in `store`.

pub mod kpis;
pub mod outcomes;
