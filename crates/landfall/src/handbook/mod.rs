//! The public handbook: chapters written in Markdown by the network's
//! managers (how-to chapters, case stories, lessons learned, boosters and
//! blockers), reviewed by another organisation before they are published,
//! with every published version kept, and programme results embedded live.

pub mod api;
pub mod embeds;
mod entities;
pub mod model;
pub mod operations;
pub mod pages;
pub mod store;
