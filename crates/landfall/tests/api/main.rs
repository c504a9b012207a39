//! Integration tests: the real application on a random port, driven over
//! HTTP, on SQLite and (with `LANDFALL_TEST_POSTGRES`) on PostgreSQL.

mod support;

mod authentication;
mod authorization;
mod calls;
mod cli;
mod crawl;
mod demo;
mod durability;
mod handbook;
mod languages;
mod matchmaking;
mod monitoring;
mod notifications;
mod operations;
mod organisations;
mod pages;
mod passwords;
mod platform;
mod privacy;
mod security;
mod smes;
mod softlanding;
mod surveys;
mod toolbox;
mod versions;
