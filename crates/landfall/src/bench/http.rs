//! `landfall bench http`: throughput and latency under load, measured by
//! `wrk` against the server running in this process. The first target is
//! `/healthz`, which does almost nothing: the ceiling of the framework and
//! the machine, against which the real pages and API calls can be read.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use anyhow::{Context, bail};

use super::{Served, load_and_serve};
use crate::config::HttpBenchArgs;
use crate::db::Db;

/// One target: a name for the table and a path (with query).
struct Target {
    name: &'static str,
    path: String,
}

fn targets(served: &Served) -> Vec<Target> {
    let target = |name, path: String| Target { name, path };
    let programme = served.programme_id;
    vec![
        target("healthz (ceiling)", "/healthz".into()),
        target("Page dashboard", "/".into()),
        target("Page SME list", "/smes".into()),
        target("Page SME search", "/smes?q=analytics".into()),
        target(
            "Page programme dashboard",
            format!("/programmes/{programme}/dashboard"),
        ),
        target(
            "Page marketplace search",
            "/profiles?q=licensing%20sensors".into(),
        ),
        target("API  SME list", "/api/v1/smes".into()),
        target("API  SME search", "/api/v1/smes?q=analytics".into()),
        target("API  one SME", format!("/api/v1/smes/{}", served.sme_id)),
        target("API  profile search", "/api/v1/profiles?q=seafood".into()),
        target(
            "API  programme KPIs",
            format!("/api/v1/programmes/{programme}/kpis"),
        ),
    ]
}

/// What `wrk` says it found for one target.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WrkFigures {
    pub requests: u64,
    pub per_second: f64,
    pub p50: Option<Duration>,
    pub p90: Option<Duration>,
    pub p95: Option<Duration>,
    pub p99: Option<Duration>,
    /// Answers with a status of 400 or more (`Non-2xx or 3xx responses`).
    pub non_2xx: u64,
    /// Connect, read and write errors and timeouts.
    pub socket_errors: u64,
}

/// Prints the figures `wrk --latency` leaves out (p95) on one line that
/// [`parse_wrk`] reads; latencies are in microseconds.
const REPORT_SCRIPT: &str = r#"done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "landfall-bench requests=%d duration_us=%d status_errors=%d socket_errors=%d p50_us=%d p90_us=%d p95_us=%d p99_us=%d\n",
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99)))
end
"#;

/// Whether `wrk` can be started; if not, how to get it.
pub fn check_wrk() -> anyhow::Result<()> {
    match Command::new("wrk").arg("--version").output() {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => bail!(
            "`landfall bench http` drives the load generator wrk, which is not installed: \
             `sudo apt-get install wrk` (Debian, Ubuntu), `brew install wrk` (macOS), or build it \
             from https://github.com/wg/wrk"
        ),
        Err(error) => Err(error).context("cannot start wrk"),
    }
}

/// A duration as wrk writes it: `155.00us`, `1.23ms`, `2.01s`, `1.00m`.
fn wrk_duration(text: &str) -> Option<Duration> {
    let split = text.find(|c: char| c.is_ascii_alphabetic())?;
    let (number, unit) = text.split_at(split);
    let number: f64 = number.parse().ok()?;
    let seconds = match unit {
        "us" => number / 1e6,
        "ms" => number / 1e3,
        "s" => number,
        "m" => number * 60.0,
        "h" => number * 3600.0,
        _ => return None,
    };
    // wrk prints two decimals; whole microseconds are all there is to keep.
    (seconds.is_finite() && seconds >= 0.0)
        .then(|| Duration::from_micros((seconds * 1e6).round() as u64))
}

/// Reads wrk's report: its own lines (`Requests/sec`, the `--latency`
/// distribution, `Non-2xx or 3xx responses`, `Socket errors`) and the line
/// [`REPORT_SCRIPT`] adds, whose exact figures win where both have one.
pub fn parse_wrk(output: &str) -> anyhow::Result<WrkFigures> {
    let mut figures = WrkFigures::default();
    let mut seen_rate = false;
    for line in output.lines().map(str::trim) {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["Requests/sec:", rate] => {
                figures.per_second = rate.parse().context("Requests/sec")?;
                seen_rate = true;
            }
            [requests, "requests", "in", ..] => {
                figures.requests = requests.parse().context("requests in")?;
            }
            ["Non-2xx", "or", "3xx", "responses:", n] => {
                figures.non_2xx = n.parse().context("Non-2xx responses")?;
            }
            ["Socket", "errors:", rest @ ..] => {
                // connect 0, read 0, write 0, timeout 0
                figures.socket_errors = rest
                    .iter()
                    .filter_map(|w| w.trim_end_matches(',').parse::<u64>().ok())
                    .sum();
            }
            [percent, latency] if percent.ends_with('%') => {
                let at = wrk_duration(latency);
                match *percent {
                    "50%" | "50.000%" => figures.p50 = at,
                    "90%" | "90.000%" => figures.p90 = at,
                    "99%" | "99.000%" => figures.p99 = at,
                    _ => {}
                }
            }
            ["landfall-bench", fields @ ..] => {
                for field in fields {
                    let Some((key, value)) = field.split_once('=') else {
                        continue;
                    };
                    let value: u64 = value.parse().with_context(|| key.to_string())?;
                    let micros = Some(Duration::from_micros(value));
                    match key {
                        "requests" => figures.requests = value,
                        "status_errors" => figures.non_2xx = value,
                        "socket_errors" => figures.socket_errors = value,
                        "p50_us" => figures.p50 = micros,
                        "p90_us" => figures.p90 = micros,
                        "p95_us" => figures.p95 = micros,
                        "p99_us" => figures.p99 = micros,
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    if !seen_rate {
        bail!("wrk's output has no `Requests/sec:` line:\n{output}");
    }
    Ok(figures)
}

/// Runs wrk against one URL and reads its report.
fn drive(
    args: &HttpBenchArgs,
    script: &Path,
    token: &str,
    url: &str,
) -> anyhow::Result<WrkFigures> {
    let connections = args.connections.max(1);
    let threads = args.threads.clamp(1, connections);
    let output = Command::new("wrk")
        .arg(format!("--threads={threads}"))
        .arg(format!("--connections={connections}"))
        .arg(format!("--duration={}", args.duration))
        .arg("--timeout=10s")
        .arg("--latency")
        .arg("--script")
        .arg(script)
        .arg("--header")
        .arg(format!("Authorization: Bearer {token}"))
        .arg(url)
        .output()
        .context("cannot start wrk")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        bail!(
            "wrk failed on {url} ({}): {}{}",
            output.status,
            stdout,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    parse_wrk(&stdout)
}

fn ms(duration: Option<Duration>) -> String {
    duration.map_or_else(
        || "-".to_string(),
        |d| format!("{:.2}", d.as_secs_f64() * 1000.0),
    )
}

pub async fn run(db: Db, args: &HttpBenchArgs, database: &str) -> anyhow::Result<()> {
    let served = load_and_serve(db, args.scale, database).await?;
    let script = std::env::temp_dir().join(format!("landfall-wrk-{}.lua", std::process::id()));
    std::fs::write(&script, REPORT_SCRIPT).context("cannot write wrk's report script")?;
    let result = measure_all(args, &served, &script).await;
    let _ = std::fs::remove_file(&script);
    result
}

async fn measure_all(args: &HttpBenchArgs, served: &Served, script: &Path) -> anyhow::Result<()> {
    let client = reqwest::Client::new();
    println!(
        "\nwrk, {} per target, {} connections, {} threads, as a manager (bearer token); \
         latency in ms; errors: answers of 400 or more, and socket errors\n",
        args.duration,
        args.connections.max(1),
        args.threads.clamp(1, args.connections.max(1))
    );
    println!(
        "{:<28} {:>10} {:>9} {:>9} {:>9} {:>9} {:>8}",
        "target", "req/s", "p50", "p95", "p99", "requests", "errors"
    );
    for target in targets(served) {
        let url = format!("{}{}", served.base, target.path);
        // Every target must answer 200 to the token before it is measured: a
        // redirect to the sign-in page would be fast and mean nothing.
        let status = client
            .get(&url)
            .bearer_auth(&served.token)
            .send()
            .await?
            .status();
        if status != reqwest::StatusCode::OK {
            bail!("{url} answered {status} before the load test");
        }
        let (args, script, token) = (args.clone(), script.to_path_buf(), served.token.clone());
        let url_for_wrk = url.clone();
        let f = tokio::task::spawn_blocking(move || drive(&args, &script, &token, &url_for_wrk))
            .await??;
        let errors = f.non_2xx + f.socket_errors;
        println!(
            "{:<28} {:>10.0} {:>9} {:>9} {:>9} {:>9} {:>8}",
            target.name,
            f.per_second,
            ms(f.p50),
            ms(f.p95),
            ms(f.p99),
            f.requests,
            errors
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What wrk 4.1.0 printed with `--latency` and the report script, against
    /// a server that answered 404 to everything.
    const CAPTURED: &str = "Running 2s test @ http://127.0.0.1:18777/nothing-here
  2 threads and 4 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.14ms    8.75ms  72.41ms   88.22%
    Req/Sec     0.95k   270.00     1.51k    75.00%
  Latency Distribution
     50%    1.11ms
     75%    5.22ms
     90%   15.62ms
     99%   40.53ms
  3791 requests in 2.03s, 1.88MB read
  Non-2xx or 3xx responses: 3791
Requests/sec:   1870.37
Transfer/sec:      0.93MB
landfall-bench requests=3791 duration_us=2026873 status_errors=3791 socket_errors=0 p50_us=1112 p90_us=15623 p95_us=23633 p99_us=40532
";

    #[test]
    fn wrk_reports_are_read() {
        let f = parse_wrk(CAPTURED).unwrap();
        assert_eq!(f.requests, 3791);
        assert_eq!(f.per_second, 1870.37);
        assert_eq!(f.p50, Some(Duration::from_micros(1112)));
        assert_eq!(f.p90, Some(Duration::from_micros(15623)));
        assert_eq!(f.p95, Some(Duration::from_micros(23633)));
        assert_eq!(f.p99, Some(Duration::from_micros(40532)));
        assert_eq!(f.non_2xx, 3791);
        assert_eq!(f.socket_errors, 0);
    }

    #[test]
    fn wrk_reports_without_the_script_line_still_give_figures() {
        let plain: String = CAPTURED
            .lines()
            .filter(|l| !l.starts_with("landfall-bench"))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
            + "  Socket errors: connect 0, read 2, write 0, timeout 5\n";
        let f = parse_wrk(&plain).unwrap();
        assert_eq!(f.p50, Some(Duration::from_micros(1110)));
        assert_eq!(f.p99, Some(Duration::from_micros(40530)));
        assert_eq!(f.p95, None);
        assert_eq!(f.socket_errors, 7);
        assert_eq!(f.non_2xx, 3791);
        assert!(parse_wrk("unable to connect to 127.0.0.1:1 Connection refused").is_err());
    }

    #[test]
    fn wrk_durations_are_read_in_every_unit() {
        assert_eq!(wrk_duration("155.00us"), Some(Duration::from_micros(155)));
        assert_eq!(wrk_duration("1.50ms"), Some(Duration::from_micros(1500)));
        assert_eq!(wrk_duration("2.00s"), Some(Duration::from_secs(2)));
        assert_eq!(wrk_duration("1.00m"), Some(Duration::from_secs(60)));
        assert_eq!(wrk_duration("fast"), None);
        assert_eq!(wrk_duration("-1.0ms"), None);
    }
}
