//! Command line and environment: every setting is documented by `--help`.

use std::net::SocketAddr;

use clap::{Args, Parser, Subcommand};

use crate::db::{Location, PoolSettings};

#[derive(Debug, Parser)]
#[command(
    name = "landfall",
    version,
    about = "Landfall: a shared platform for cross-border SME internationalisation networks",
    long_about = "Landfall serves the web UI and JSON API of a network of incubators, clusters, \
                  business development centres and funding agencies. Data lives in SQLite (a \
                  single file, the default) or PostgreSQL."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web UI and the JSON API (migrations run at start).
    Serve(ServeArgs),
    /// Load the demo North Sea network (idempotently) and serve it.
    Demo(DemoArgs),
    /// Bring the database schema up to date and exit.
    Migrate(DatabaseArgs),
    /// Measure page and API latency on a large generated network.
    Bench(BenchArgs),
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
}

#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// SQLite file path (created if missing) or postgres:// URL.
    #[arg(long, env = "DATABASE_URL", default_value = "./landfall.db")]
    pub database: String,
    /// Largest number of database connections this process opens.
    #[arg(long, env = "LANDFALL_DB_POOL", default_value_t = 10)]
    pub db_pool: u32,
}

impl DatabaseArgs {
    pub fn location(&self) -> anyhow::Result<Location> {
        Location::parse(&self.database).map_err(|e| anyhow::anyhow!("--database: {e}"))
    }

    pub fn pool(&self) -> PoolSettings {
        PoolSettings {
            max_connections: self.db_pool.max(1),
            pg_schema: None,
        }
    }
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "LANDFALL_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// The address users reach Landfall at (e.g. https://landfall.example.org).
    /// Cookies are marked Secure when it starts with https://.
    #[arg(long, env = "LANDFALL_PUBLIC_URL")]
    pub public_url: Option<String>,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

#[derive(Debug, Clone, Args)]
pub struct DemoArgs {
    #[command(flatten)]
    pub serve: ServeArgs,
    /// Also generate this many extra SMEs (for load tests).
    #[arg(long, default_value_t = 0)]
    pub scale: u32,
    /// Load the demo data and exit instead of serving it.
    #[arg(long)]
    pub load_only: bool,
}

#[derive(Debug, Clone, Args)]
pub struct BenchArgs {
    /// Database to load and measure: a SQLite path or postgres:// URL. It gets the
    /// demo network and the generated SMEs, so use a scratch database. Default: a
    /// temporary SQLite file, removed afterwards.
    #[arg(long)]
    pub database: Option<String>,
    /// Generated SMEs on top of the demo network's 120.
    #[arg(long, default_value_t = 100_000)]
    pub scale: u32,
    /// Requests per scenario.
    #[arg(long, default_value_t = 400)]
    pub requests: usize,
    /// Clients sending requests at the same time.
    #[arg(long, default_value_t = 8)]
    pub concurrency: usize,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add an account. The password is asked for on a terminal, or read from
    /// the first line of standard input.
    Add(UserAddArgs),
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    #[arg(long)]
    pub email: String,
    /// admin, manager, sme or evaluator.
    #[arg(long)]
    pub role: String,
    /// The organisation (managers, evaluators) or SME (sme accounts), by id or slug.
    #[arg(long)]
    pub organisation: Option<String>,
    /// The name shown in the UI (default: the part of the e-mail before the @).
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub database: DatabaseArgs,
}
