//! Landfall: the platform a cross-border network of incubators, clusters,
//! business development centres and funding agencies runs the
//! internationalisation of small companies on.
//!
//! The binary (`main.rs`) is a thin command line over this library; the
//! integration tests drive the same [`app::router`].

pub mod app;
pub mod audit;
pub mod auth;
pub mod bench;
pub mod calendar;
pub mod calls;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo;
pub mod files;
pub mod handbook;
pub mod i18n;
pub mod matchmaking;
pub mod monitoring;
pub mod notify;
pub mod ops;
pub mod privacy;
pub mod registry;
pub mod softlanding;
pub mod surveys;
pub mod toolbox;
pub mod validation;
pub mod web;

/// The UI's messages in the language of the request (see [`i18n`]); short
/// paths for the templates: `{{ crate::t("key") }}`.
pub use i18n::{t, t1, t2, t3, ta, tn};
