//! Monitoring rules, free of storage and the web: outcome records, indicator
//! definitions and their computation, and who may see what.

pub mod access;
pub mod disclosure;
pub mod indicators;
pub mod outcomes;
