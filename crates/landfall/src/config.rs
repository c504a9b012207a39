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
    /// How log lines are written to standard error: `text` for people, `json`
    /// (one JSON object a line) for log collectors. `RUST_LOG` chooses which.
    #[arg(
        long,
        env = "LANDFALL_LOG_FORMAT",
        value_enum,
        default_value_t = LogFormat::Text,
        global = true
    )]
    pub log_format: LogFormat,
    #[command(subcommand)]
    pub command: Command,
}

/// The form of log lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Readable lines.
    Text,
    /// One JSON object a line, with `timestamp`, `level`, `target` and `fields`.
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web UI and the JSON API (migrations run at start).
    Serve(ServeArgs),
    /// Load the demo North Sea network (idempotently) and serve it.
    Demo(DemoArgs),
    /// Bring the database schema up to date and exit.
    Migrate(DatabaseArgs),
    /// Copy a SQLite database to a new file while it is being served
    /// (a consistent snapshot; PostgreSQL: use pg_dump).
    Backup(BackupArgs),
    /// Put a backup made by `landfall backup` in place of a SQLite database
    /// (stop the server first; PostgreSQL: use pg_restore).
    Restore(RestoreArgs),
    /// Measure page and API latency on a large generated network
    /// (`landfall bench`), or the meeting scheduler (`landfall bench schedule`).
    Bench(BenchArgs),
    /// Schedule a matchmaking event's meetings into slots and tables: reads
    /// the scheduler's JSON input, writes the schedule as JSON.
    Schedule(ScheduleArgs),
    /// Measure the quality of a feature against labelled data.
    Eval {
        #[command(subcommand)]
        command: EvalCommand,
    },
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
    /// API requests one client address may send per minute, after a burst
    /// of a quarter of that (0: no limit). Counted per instance.
    #[arg(long, env = "LANDFALL_API_RATE_LIMIT", default_value_t = crate::web::ratelimit::DEFAULT_PER_MINUTE)]
    pub api_rate_limit: u32,
    /// Reverse proxies (IP addresses or CIDR networks, comma-separated, e.g.
    /// `127.0.0.1,10.0.0.0/8`) whose `X-Forwarded-For` header names the client.
    /// Sign-in throttling and the API rate limit count per client address:
    /// behind a proxy, name it here, or every client shares its address. From
    /// any other peer the header is ignored. Default: none.
    #[arg(
        long,
        env = "LANDFALL_TRUSTED_PROXIES",
        value_delimiter = ',',
        value_parser = crate::web::client_address::parse_network
    )]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// When set, /metrics answers only requests with `Authorization: Bearer
    /// <this token>`. Without it /metrics is open to anyone who reaches the
    /// server (it shows request counts, no personal data).
    #[arg(long, env = "LANDFALL_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    /// Seconds to go on serving after SIGTERM or Ctrl-C while /readyz
    /// answers 503, so that a load balancer stops sending requests before
    /// the server stops accepting them. Then the requests in flight are
    /// finished and the server exits.
    #[arg(long, env = "LANDFALL_DRAIN_SECONDS", default_value_t = 0)]
    pub drain_seconds: u64,
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(flatten)]
    pub mail: MailArgs,
}

/// How notifications are e-mailed.
#[derive(Debug, Clone, Args)]
pub struct MailArgs {
    /// SMTP server for notification e-mails: smtp://host:port (plain),
    /// smtp://user:password@host:587?tls=required (STARTTLS) or
    /// smtps://user:password@host (TLS). Without it, e-mails are written to
    /// the log and notifications are shown in Landfall only.
    #[arg(long, env = "LANDFALL_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The sender of notification e-mails.
    #[arg(
        long,
        env = "LANDFALL_MAIL_FROM",
        default_value = "Landfall <landfall@localhost>"
    )]
    pub mail_from: String,
    /// Seconds between the background worker's rounds (sending due e-mails,
    /// noticing expired requests and coming deadlines).
    #[arg(long, env = "LANDFALL_WORKER_INTERVAL", default_value_t = 15)]
    pub worker_interval: u64,
}

#[derive(Debug, Clone, Args)]
pub struct BackupArgs {
    /// The file to write the backup to. It must not exist: a backup never
    /// overwrites a file.
    #[arg(long)]
    pub output: std::path::PathBuf,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

#[derive(Debug, Clone, Args)]
pub struct RestoreArgs {
    /// The backup to restore (a file written by `landfall backup`). It is
    /// checked (integrity, Landfall's migrations) before anything is replaced.
    #[arg(long)]
    pub input: std::path::PathBuf,
    /// Replace the database at --database if it exists.
    #[arg(long)]
    pub force: bool,
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
#[command(args_conflicts_with_subcommands = true)]
pub struct BenchArgs {
    #[command(subcommand)]
    pub target: Option<BenchTarget>,
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

#[derive(Debug, Clone, Subcommand)]
pub enum BenchTarget {
    /// Schedule generated events at the scale of a real conference and ten
    /// times larger; print time, meetings placed and the gap to the upper bound.
    Schedule(ScheduleBenchArgs),
    /// Load the demo network at `--scale`, serve it in-process and drive `wrk`
    /// against a trivial endpoint, the main pages and the main API calls for a
    /// fixed time each; print requests per second, p50/p95/p99 and errors.
    Http(HttpBenchArgs),
}

#[derive(Debug, Clone, Args)]
pub struct HttpBenchArgs {
    /// Database to load and measure: a SQLite path or postgres:// URL (use a
    /// scratch database). Default: a temporary SQLite file, removed afterwards.
    #[arg(long)]
    pub database: Option<String>,
    /// Generated SMEs on top of the demo network's 120.
    #[arg(long, default_value_t = 100_000)]
    pub scale: u32,
    /// How long `wrk` drives each target (`10s`, `1m`: wrk's own notation).
    #[arg(long, default_value = "10s")]
    pub duration: String,
    /// Open connections (`wrk -c`).
    #[arg(long, default_value_t = 8)]
    pub connections: u32,
    /// Threads of `wrk` (`wrk -t`); at most the connections.
    #[arg(long, default_value_t = 2)]
    pub threads: u32,
}

#[derive(Debug, Clone, Args)]
pub struct ScheduleBenchArgs {
    /// Runs per instance (the median time is reported).
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Seed of the generated instances.
    #[arg(long, default_value_t = 2027)]
    pub seed: u64,
    /// Also run the 50,000-meeting instance.
    #[arg(long)]
    pub huge: bool,
}

#[derive(Debug, Args)]
pub struct ScheduleArgs {
    /// The event as JSON (`-` for standard input).
    #[arg(long)]
    pub input: String,
    /// Where to write the schedule (`-` for standard output).
    #[arg(long, default_value = "-")]
    pub output: String,
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Precision@k of the partner recommendations on a labelled set of
    /// profiles whose right partners are known.
    Recommendations(EvalArgs),
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// The labelled set (JSON). Default: the one shipped with Landfall.
    #[arg(long)]
    pub data: Option<String>,
    /// How many recommendations count.
    #[arg(long, default_value_t = 5)]
    pub k: usize,
    /// Print every query's recommendations and hits.
    #[arg(long)]
    pub verbose: bool,
}
