//! What each subcommand does.

use std::io::{BufRead, IsTerminal};

use anyhow::{Context, bail};
use tokio::net::TcpListener;

use crate::app::{self, AppState, Settings};
use crate::auth::{self, Role};
use crate::config::{
    BackupArgs, BenchArgs, BenchTarget, Command, DatabaseArgs, EvalArgs, EvalCommand, LogFormat,
    RestoreArgs, ScheduleArgs, ServeArgs, UserAddArgs, UserCommand,
};
use crate::db::{self, Db};
use crate::web::AppError;
use crate::{bench, demo, registry};

/// Logs to standard error, as text or one JSON object a line; `RUST_LOG`
/// chooses what (default: info for Landfall).
pub fn init_tracing(format: LogFormat) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("landfall=info,tower_http=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .init(),
    }
}

pub async fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve(args) => {
            let db = open(&args.database).await?;
            serve(db, &args, "Landfall").await
        }
        Command::Demo(args) => {
            let db = open(&args.serve.database).await?;
            let started = std::time::Instant::now();
            let report = demo::load(&db, args.scale).await.map_err(describe)?;
            println!("{}", report.summary(started.elapsed()));
            println!("{}", report.accounts_table());
            if args.load_only {
                return Ok(());
            }
            serve(db, &args.serve, "The Landfall demo network").await
        }
        Command::Bench(BenchArgs {
            target: Some(BenchTarget::Schedule(args)),
            ..
        }) => bench::schedule(&args),
        Command::Bench(BenchArgs {
            target: Some(BenchTarget::Http(args)),
            ..
        }) => {
            bench::http::check_wrk()?;
            with_scratch_database(args.database.clone(), |db, shown| async move {
                bench::http::run(db, &args, &shown).await
            })
            .await
        }
        Command::Schedule(args) => schedule(&args),
        Command::Eval {
            command: EvalCommand::Recommendations(args),
        } => eval_recommendations(&args).await,
        Command::Bench(args) => {
            with_scratch_database(args.database.clone(), |db, shown| async move {
                bench::run(db, &args, &shown).await
            })
            .await
        }
        Command::Migrate(args) => {
            open(&args).await?;
            println!("The database schema is up to date.");
            Ok(())
        }
        Command::Backup(args) => backup(&args).await,
        Command::Restore(args) => restore(&args).await,
        Command::User {
            command: UserCommand::Add(args),
        } => add_user(args).await,
    }
}

/// Runs a benchmark on the database given, or on a temporary SQLite file
/// that is removed afterwards.
async fn with_scratch_database<F, Fut>(database: Option<String>, bench: F) -> anyhow::Result<()>
where
    F: FnOnce(Db, String) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<()>>,
{
    let scratch = std::env::temp_dir().join(format!("landfall-bench-{}.db", std::process::id()));
    let given = database.is_some();
    let database = database.unwrap_or_else(|| scratch.display().to_string());
    let db = open(&DatabaseArgs {
        database: database.clone(),
        db_pool: 16,
    })
    .await?;
    let shown = db::Location::parse(&database)
        .map(|l| l.redacted())
        .unwrap_or_default();
    let result = bench(db, shown).await;
    if !given {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", scratch.display()));
        }
    }
    result
}

/// Connects and migrates.
async fn open(args: &DatabaseArgs) -> anyhow::Result<Db> {
    let location = args.location()?;
    let db = db::connect(&location, &args.pool())
        .await
        .with_context(|| format!("cannot open {}", location.redacted()))?;
    db::migrate(&db)
        .await
        .with_context(|| format!("cannot migrate {}", location.redacted()))?;
    tracing::info!(database = %location.redacted(), "database ready");
    Ok(db)
}

/// Serves until Ctrl-C or SIGTERM; announces the address on standard output
/// (the real port when `--addr` asked for port 0).
async fn serve(db: Db, args: &ServeArgs, what: &str) -> anyhow::Result<()> {
    let listener = TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("cannot listen on {}", args.addr))?;
    let bound = listener.local_addr()?;
    let public_url = args
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{bound}"));
    println!("{what} is being served at {public_url}");
    use std::io::Write as _;
    let _ = std::io::stdout().flush();
    let state = AppState::new(
        db,
        Settings {
            api_rate_per_minute: args.api_rate_limit,
            metrics_token: args.metrics_token.clone().filter(|t| !t.trim().is_empty()),
            trusted_proxies: crate::web::client_address::TrustedProxies::new(
                args.trusted_proxies.clone(),
            ),
            ..Settings::for_public_url(&public_url)
        },
    );
    let mailer = crate::notify::Mailer::new(args.mail.smtp_url.as_deref(), &args.mail.mail_from)?;
    tracing::info!(address = %bound, %public_url, ?mailer, "serving");
    let (stop_worker, stopped) = tokio::sync::watch::channel(false);
    let worker = crate::notify::worker::spawn(
        state.db.clone(),
        mailer,
        public_url.clone(),
        std::time::Duration::from_secs(args.mail.worker_interval.max(1)),
        stopped,
    );
    let runtime = state.runtime.clone();
    let drain = std::time::Duration::from_secs(args.drain_seconds);
    let shutdown = async move {
        shutdown_signal().await;
        // Readiness fails first, so that a load balancer sends nothing new;
        // then the listener closes and the requests in flight are finished.
        runtime.start_draining();
        if !drain.is_zero() {
            tracing::info!(
                seconds = drain.as_secs(),
                "draining: /readyz answers 503, requests are still served"
            );
            tokio::time::sleep(drain).await;
        }
        tracing::info!("shutting down: finishing requests in flight");
    };
    app::serve(listener, state, shutdown).await?;
    let _ = stop_worker.send(true);
    let _ = worker.await;
    tracing::info!("stopped");
    Ok(())
}

/// Completes on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}

/// What to tell someone who asks to back up or restore PostgreSQL.
const PG_TOOLS: &str = "PostgreSQL databases are backed up with pg_dump and restored with \
    pg_restore, e.g. `pg_dump --format=custom --file=landfall.dump \"$DATABASE_URL\"` and \
    `pg_restore --clean --if-exists --no-owner --dbname=\"$DATABASE_URL\" landfall.dump` \
    (see the README's Operations section)";

/// `landfall backup`: a consistent copy of a SQLite database, even while it
/// is being served.
async fn backup(args: &BackupArgs) -> anyhow::Result<()> {
    let location = args.database.location()?;
    let db::Location::Sqlite(path) = &location else {
        bail!("landfall backup copies SQLite databases. {PG_TOOLS}");
    };
    if !path.is_file() {
        bail!("there is no database at {}", path.display());
    }
    let db = db::connect(
        &location,
        &db::PoolSettings {
            max_connections: 1,
            pg_schema: None,
        },
    )
    .await
    .with_context(|| format!("cannot open {}", location.redacted()))?;
    let result = crate::ops::backup::backup(&db, &args.output).await;
    db.close().await.ok();
    let report = result?;
    tracing::info!(database = %location.redacted(), output = %args.output.display(), bytes = report.bytes, "backed up");
    println!(
        "Backed up {} to {} ({} bytes, {} migrations applied).",
        path.display(),
        args.output.display(),
        report.bytes,
        report.migrations.len()
    );
    Ok(())
}

/// `landfall restore`: puts a checked backup in place of a SQLite database.
async fn restore(args: &RestoreArgs) -> anyhow::Result<()> {
    let location = args.database.location()?;
    let db::Location::Sqlite(path) = &location else {
        bail!("landfall restore restores SQLite databases. {PG_TOOLS}");
    };
    let report = crate::ops::backup::restore(&args.input, path, args.force).await?;
    tracing::info!(input = %args.input.display(), database = %location.redacted(), "restored");
    println!(
        "Restored {} to {} ({} bytes, {} migrations applied; `landfall serve` applies newer ones at start).",
        args.input.display(),
        path.display(),
        report.bytes,
        report.migrations.len()
    );
    if !report.unknown_migrations.is_empty() {
        tracing::warn!(
            migrations = %report.unknown_migrations.join(", "),
            "the backup comes from a newer Landfall: serve it with that version"
        );
    }
    Ok(())
}

/// Turns validation errors into a readable message for the terminal.
fn describe(error: AppError) -> anyhow::Error {
    match error {
        AppError::Validation(fields) | AppError::Conflict { fields, .. } if !fields.is_empty() => {
            let lines: Vec<String> = fields.iter().map(|(f, m)| format!("{f}: {m}")).collect();
            anyhow::anyhow!("{}", lines.join("; "))
        }
        other => anyhow::Error::new(other),
    }
}

fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let password = rpassword::prompt_password("Password: ")?;
        let again = rpassword::prompt_password("Password again: ")?;
        if password != again {
            bail!("the two passwords differ");
        }
        Ok(password)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    }
}

async fn add_user(args: UserAddArgs) -> anyhow::Result<()> {
    let role = Role::parse(&args.role).map_err(|e| anyhow::anyhow!("--role: {e}"))?;
    let db = open(&args.database).await?;
    let (organisation_id, sme_id) = match (&args.organisation, role) {
        (None, _) => (None, None),
        (Some(reference), Role::Sme) => (None, Some(resolve_sme(&db, reference).await?)),
        (Some(reference), _) => (Some(resolve_organisation(&db, reference).await?), None),
    };
    let password = read_password()?;
    let display_name = args
        .name
        .clone()
        .unwrap_or_else(|| args.email.split('@').next().unwrap_or("").to_string());
    let id = auth::add_account(
        &db,
        auth::AccountRequest {
            email: args.email.clone(),
            display_name,
            password,
            role,
            organisation_id,
            sme_id,
        },
    )
    .await
    .map_err(describe)?;
    println!("Added {} ({}) as account #{id}.", args.email, role.as_str());
    Ok(())
}

async fn resolve_organisation(db: &Db, reference: &str) -> anyhow::Result<i64> {
    let found = match reference.parse::<i64>() {
        Ok(id) => registry::store::organisation(db, id).await,
        Err(_) => registry::store::organisation_by_slug(db, reference).await,
    }
    .map_err(describe)?;
    found.map(|o| o.id).with_context(|| {
        format!("--organisation: no organisation `{reference}` (give its id or slug)")
    })
}

async fn resolve_sme(db: &Db, reference: &str) -> anyhow::Result<i64> {
    let found = match reference.parse::<i64>() {
        Ok(id) => registry::store::sme(db, id).await,
        Err(_) => registry::store::sme_by_slug(db, reference).await,
    }
    .map_err(describe)?;
    found
        .map(|s| s.id)
        .with_context(|| format!("--organisation: no SME `{reference}` (give its id or slug)"))
}

/// `landfall schedule`: the scheduler on a JSON file, no database involved.
fn schedule(args: &ScheduleArgs) -> anyhow::Result<()> {
    use std::io::Read;
    let text = if args.input == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        text
    } else {
        std::fs::read_to_string(&args.input)
            .with_context(|| format!("cannot read {}", args.input))?
    };
    let input: landfall_scheduler::Input = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a scheduler input", args.input))?;
    let output =
        landfall_scheduler::schedule(&input).map_err(|e| anyhow::anyhow!("{}: {e}", args.input))?;
    let json = serde_json::to_string_pretty(&output)? + "\n";
    if args.output == "-" {
        print!("{json}");
    } else {
        std::fs::write(&args.output, json)
            .with_context(|| format!("cannot write {}", args.output))?;
    }
    let stats = &output.stats;
    eprintln!(
        "{} of {} meetings scheduled; priority {} of {} (upper bound {}, gap {:.2} %); {} idle gaps",
        stats.scheduled,
        stats.meetings,
        stats.priority_scheduled,
        stats.priority_total,
        stats.upper_bound,
        stats.gap_to_bound * 100.0,
        stats.idle_gaps
    );
    Ok(())
}

/// `landfall eval recommendations`: loads the labelled set into a scratch
/// SQLite database and prints precision@k.
async fn eval_recommendations(args: &EvalArgs) -> anyhow::Result<()> {
    use crate::matchmaking::eval;
    let text = match &args.data {
        Some(path) => {
            std::fs::read_to_string(path).with_context(|| format!("cannot read {path}"))?
        }
        None => eval::DEFAULT_DATA.to_string(),
    };
    let set: eval::LabelledSet =
        serde_json::from_str(&text).context("the labelled set is not valid")?;
    let scratch = std::env::temp_dir().join(format!("landfall-eval-{}.db", std::process::id()));
    let db = open(&DatabaseArgs {
        database: scratch.display().to_string(),
        db_pool: 4,
    })
    .await?;
    let result = eval::evaluate(&db, &set, args.k.max(1)).await;
    db.close().await.ok();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", scratch.display()));
    }
    let report = result.map_err(describe)?;
    if args.verbose {
        for q in &report.queries {
            println!(
                "{:<45} {}/{}  {}",
                q.profile,
                q.hits,
                report.k,
                q.recommended.join(", ")
            );
        }
        println!();
    }
    let perfect = report.queries.iter().filter(|q| q.hits == report.k).count();
    println!(
        "precision@{}: {:.3} over {} queries ({} profiles); {} queries with all {} right",
        report.k,
        report.precision,
        report.queries.len(),
        report.profiles,
        perfect,
        report.k
    );
    Ok(())
}
