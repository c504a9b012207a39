//! `landfall bench`: loads a large demo network, serves it on a free port and
//! measures the latency of the pages and API calls people use most, over real
//! HTTP on the loopback interface, with several clients at once.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use tokio::net::TcpListener;

use crate::app::{self, AppState, Settings};
use crate::config::{BenchArgs, ScheduleBenchArgs};
use crate::db::Db;
use crate::demo;

/// One measured request, as a name and a path (with query).
struct Scenario {
    name: &'static str,
    path: String,
}

fn scenarios(sme_id: i64, profile_id: i64, programme_id: i64) -> Vec<Scenario> {
    let scenario = |name, path: &str| Scenario {
        name,
        path: path.to_string(),
    };
    vec![
        scenario("API  SME list, first page", "/api/v1/smes"),
        scenario("API  SME search, one word", "/api/v1/smes?q=analytics"),
        scenario(
            "API  SME search, two words + country",
            "/api/v1/smes?q=fjord%20robotics&country=DK",
        ),
        scenario(
            "API  SME filter sector + market",
            "/api/v1/smes?sector=C10&target_market=DE",
        ),
        scenario(
            "API  SME list, deep page",
            "/api/v1/smes?offset=50000&limit=50",
        ),
        Scenario {
            name: "API  one SME",
            path: format!("/api/v1/smes/{sme_id}"),
        },
        scenario(
            "API  organisations of a kind",
            "/api/v1/organisations?kind=incubator",
        ),
        scenario(
            "API  profile search, one word",
            "/api/v1/profiles?q=seafood",
        ),
        scenario(
            "API  profile search, two words + type",
            "/api/v1/profiles?q=supplier%20robots&type=business_request",
        ),
        scenario(
            "API  profile filter sector + target",
            "/api/v1/profiles?sector=C10&target=DE",
        ),
        scenario(
            "API  profile list, deep page",
            "/api/v1/profiles?offset=50000&limit=50",
        ),
        Scenario {
            name: "API  recommendations for a profile",
            path: format!("/api/v1/profiles/{profile_id}/recommendations"),
        },
        scenario("Page marketplace search", "/profiles?q=licensing%20sensors"),
        scenario("Page SME list", "/smes"),
        scenario("Page SME search", "/smes?q=analytics"),
        scenario("Page SME list, page 1000", "/smes?page=1000"),
        Scenario {
            name: "API  programme KPIs with breakdowns",
            path: format!("/api/v1/programmes/{programme_id}/kpis"),
        },
        scenario("API  network KPIs with breakdowns", "/api/v1/network/kpis"),
        Scenario {
            name: "Page programme dashboard",
            path: format!("/programmes/{programme_id}/dashboard"),
        },
        Scenario {
            name: "Page indicator trend and breakdowns",
            path: format!("/programmes/{programme_id}/dashboard/kpis/export_starts"),
        },
        scenario("Page dashboard", "/"),
        scenario("Page public directory", "/directory"),
    ]
}

/// Latency figures of one scenario.
struct Figures {
    p50: Duration,
    p95: Duration,
    p99: Duration,
    max: Duration,
    per_second: f64,
}

fn figures(mut latencies: Vec<Duration>, wall: Duration) -> Figures {
    latencies.sort_unstable();
    let at = |q: f64| {
        let index = ((latencies.len() as f64 - 1.0) * q).round() as usize;
        latencies[index.min(latencies.len() - 1)]
    };
    Figures {
        p50: at(0.50),
        p95: at(0.95),
        p99: at(0.99),
        max: *latencies.last().unwrap_or(&Duration::ZERO),
        per_second: latencies.len() as f64 / wall.as_secs_f64(),
    }
}

fn ms(duration: Duration) -> String {
    format!("{:.1}", duration.as_secs_f64() * 1000.0)
}

/// Sends `requests` GETs with `concurrency` clients at once; every answer must be 200.
async fn measure(
    client: &reqwest::Client,
    url: &str,
    token: &str,
    requests: usize,
    concurrency: usize,
) -> anyhow::Result<Figures> {
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let started = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..concurrency.max(1) {
        let (client, url, token, next) = (
            client.clone(),
            url.to_string(),
            token.to_string(),
            next.clone(),
        );
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            while next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < requests {
                let sent = Instant::now();
                let response = client.get(&url).bearer_auth(&token).send().await?;
                let status = response.status();
                response.bytes().await?;
                if status != reqwest::StatusCode::OK {
                    bail!("{url} answered {status}");
                }
                latencies.push(sent.elapsed());
            }
            Ok::<_, anyhow::Error>(latencies)
        }));
    }
    let mut latencies = Vec::with_capacity(requests);
    for worker in workers {
        latencies.extend(worker.await??);
    }
    Ok(figures(latencies, started.elapsed()))
}

pub mod http;

/// A loaded network served in-process, with a demo manager's bearer token and
/// the ids of one SME, one cooperation profile and the demo programme.
pub(crate) struct Served {
    pub base: String,
    pub token: String,
    pub sme_id: i64,
    pub profile_id: i64,
    pub programme_id: i64,
}

/// Loads the demo network with `scale` generated SMEs, serves it on a free
/// port of the loopback interface (no rate limit) and signs in as a manager.
pub(crate) async fn load_and_serve(db: Db, scale: u32, database: &str) -> anyhow::Result<Served> {
    println!("Loading the demo network with {scale} generated SMEs into {database} …");
    let started = Instant::now();
    let report = demo::load(&db, scale).await.map_err(anyhow::Error::new)?;
    println!("{}", report.summary(started.elapsed()));

    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let state = AppState::new(
        db,
        // The benchmark is one client sending as fast as it can: no rate limit.
        Settings {
            api_rate_per_minute: 0,
            ..Settings::for_public_url(&base)
        },
    );
    tokio::spawn(app::serve(listener, state, std::future::pending()));

    let client = reqwest::Client::new();
    // A manager sees the listed SMEs of the whole network plus their own: the usual case.
    let token: serde_json::Value = client
        .post(format!("{base}/api/v1/auth/token"))
        .json(&serde_json::json!({
            "email": "manager.aarhus-harbour-incubator@example.org",
            "password": demo::DEMO_PASSWORD
        }))
        .send()
        .await?
        .json()
        .await?;
    let token = token["token"]
        .as_str()
        .context("the demo manager could not sign in")?
        .to_string();
    let get = |path: &str| {
        client
            .get(format!("{base}{path}"))
            .bearer_auth(&token)
            .send()
    };
    let some_sme: serde_json::Value = get("/api/v1/smes?limit=1&offset=1000")
        .await?
        .json()
        .await?;
    let sme_id = some_sme["items"][0]["id"].as_i64().unwrap_or(1);
    let some_profile: serde_json::Value = get("/api/v1/profiles?limit=1&offset=1000")
        .await?
        .json()
        .await?;
    let profile_id = some_profile["items"][0]["id"].as_i64().unwrap_or(1);
    let programmes: serde_json::Value = get("/api/v1/programmes").await?.json().await?;
    let programme_id = programmes["items"][0]["id"]
        .as_i64()
        .context("the demo has no programme")?;
    Ok(Served {
        base,
        token,
        sme_id,
        profile_id,
        programme_id,
    })
}

pub async fn run(db: Db, args: &BenchArgs, database: &str) -> anyhow::Result<()> {
    let Served {
        base,
        token,
        sme_id,
        profile_id,
        programme_id,
    } = load_and_serve(db, args.scale, database).await?;
    let token = token.as_str();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(64)
        .build()?;

    println!(
        "\n{} requests per line, {} clients at once, as a manager; latency in ms\n",
        args.requests, args.concurrency
    );
    println!(
        "{:<40} {:>8} {:>8} {:>8} {:>8} {:>9}",
        "scenario", "p50", "p95", "p99", "max", "req/s"
    );
    for scenario in scenarios(sme_id, profile_id, programme_id) {
        let url = format!("{base}{}", scenario.path);
        // Warm the caches so the figures describe a running server, not a cold start.
        measure(&client, &url, token, 10, 2).await?;
        let f = measure(&client, &url, token, args.requests, args.concurrency).await?;
        println!(
            "{:<40} {:>8} {:>8} {:>8} {:>8} {:>9.0}",
            scenario.name,
            ms(f.p50),
            ms(f.p95),
            ms(f.p99),
            ms(f.max),
            f.per_second
        );
    }
    Ok(())
}

/// `landfall bench schedule`: the scheduler on generated events of a real
/// conference's size and ten times larger.
pub fn schedule(args: &ScheduleBenchArgs) -> anyhow::Result<()> {
    use landfall_scheduler::generate::{self, Params};
    let mut instances = vec![
        ("conference", Params::conference()),
        ("large (10x)", Params::large()),
    ];
    if args.huge {
        instances.push(("huge (50k meetings)", Params::huge()));
    }
    println!(
        "Scheduler on generated events (seed {}), median of {} runs, {} threads available\n",
        args.seed,
        args.runs.max(1),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "{:<20} {:>7} {:>7} {:>6} {:>7} {:>10} {:>10} {:>9} {:>9} {:>8}",
        "instance",
        "people",
        "meets",
        "slots",
        "tables",
        "time ms",
        "scheduled",
        "priority",
        "bound",
        "gap %"
    );
    for (name, params) in instances {
        let input = generate::conference(&params, args.seed);
        let mut times = Vec::new();
        let mut last = None;
        for _ in 0..args.runs.max(1) {
            let started = Instant::now();
            let output = landfall_scheduler::schedule(&input)
                .map_err(|e| anyhow::anyhow!("generated instance rejected: {e}"))?;
            times.push(started.elapsed());
            last = Some(output);
        }
        times.sort_unstable();
        let output = last.context("no run")?;
        if let Err(problems) = landfall_scheduler::check(&input, &output) {
            bail!(
                "{name}: the schedule breaks the rules: {}",
                problems.join("; ")
            );
        }
        let stats = &output.stats;
        println!(
            "{:<20} {:>7} {:>7} {:>6} {:>7} {:>10} {:>10} {:>9} {:>9} {:>8.3}",
            name,
            input.participants.len(),
            input.meetings.len(),
            input.slots.len(),
            input.tables,
            ms(times[times.len() / 2]),
            format!("{}/{}", stats.scheduled, stats.meetings),
            stats.priority_scheduled,
            stats.upper_bound,
            stats.gap_to_bound * 100.0
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_come_from_the_sorted_latencies() {
        let latencies: Vec<Duration> = (1..=100).rev().map(Duration::from_millis).collect();
        let f = figures(latencies, Duration::from_secs(2));
        assert_eq!(f.p50, Duration::from_millis(51));
        assert_eq!(f.p95, Duration::from_millis(95));
        assert_eq!(f.p99, Duration::from_millis(99));
        assert_eq!(f.max, Duration::from_millis(100));
        assert_eq!(f.per_second, 50.0);
    }
}
