//! Operations: online backup and restore of SQLite, readiness and graceful
//! shutdown, Prometheus metrics, JSON logs.

use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use landfall::app::{self, AppState, Settings};
use landfall::db::Db;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{ADMIN, Backend, ServerProcess, TestApp, landfall_command, network, spawn};

fn organisation(name: &str) -> Value {
    json!({
        "kind": "cluster",
        "name": name,
        "country": "NL",
        "city": "Leeuwarden",
        "region": "Friesland",
        "sectors": ["C10.51"],
        "services": ["matchmaking"],
        "website": "https://example.org",
        "description": "Written while a backup runs.",
        "contacts": [{"name": "Sjoukje Visser", "role": "Manager", "email": "sjoukje@example.org", "phone": ""}]
    })
}

/// Creates organisations from `tasks` concurrent writers until `stop`;
/// returns the ids of those acknowledged with 201.
fn start_writers(
    base: &str,
    token: &str,
    tasks: usize,
    stop: Arc<AtomicBool>,
    prefix: &str,
) -> Vec<tokio::task::JoinHandle<Vec<i64>>> {
    (0..tasks)
        .map(|task| {
            let (base, token, stop, prefix) = (
                base.to_string(),
                token.to_string(),
                stop.clone(),
                prefix.to_string(),
            );
            tokio::spawn(async move {
                let client = reqwest::Client::new();
                let mut acknowledged = Vec::new();
                let mut n = 0;
                while !stop.load(Ordering::SeqCst) {
                    n += 1;
                    let reply = client
                        .post(format!("{base}/api/v1/organisations"))
                        .bearer_auth(&token)
                        .json(&organisation(&format!("{prefix} {task}-{n}")))
                        .send()
                        .await;
                    match reply {
                        Ok(reply) if reply.status() == 201 => {
                            let body: Value = reply.json().await.unwrap();
                            acknowledged.push(body["id"].as_i64().unwrap());
                        }
                        Ok(reply) => panic!("write refused: {}", reply.status()),
                        Err(_) => break,
                    }
                }
                acknowledged
            })
        })
        .collect()
}

async fn sqlite(path: &Path) -> Db {
    sea_orm::Database::connect(format!("sqlite://{}", path.display()))
        .await
        .expect("open SQLite file")
}

/// Rows in every table of a SQLite database.
async fn table_counts(db: &Db) -> BTreeMap<String, i64> {
    let tables = db
        .query_all_raw(Statement::from_string(
            DbBackend::Sqlite,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        ))
        .await
        .unwrap();
    let mut counts = BTreeMap::new();
    for row in tables {
        let name: String = row.try_get("", "name").unwrap();
        let count = db
            .query_one_raw(Statement::from_string(
                DbBackend::Sqlite,
                format!("SELECT count(*) AS n FROM \"{name}\""),
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get::<i64>("", "n")
            .unwrap();
        counts.insert(name, count);
    }
    counts
}

fn run(args: &[&str]) -> std::process::Output {
    landfall_command().args(args).output().unwrap()
}

fn succeeded(output: &std::process::Output) -> String {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn failed(output: &std::process::Output) -> String {
    assert!(
        !output.status.success(),
        "expected a refusal: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

async fn get_json(url: &str, token: &str) -> (u16, Value) {
    let reply = reqwest::Client::new()
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = reply.status().as_u16();
    (status, reply.json().await.unwrap_or(Value::Null))
}

/// Every organisation id the API lists, in pages.
async fn organisation_ids(base: &str, token: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    loop {
        let (status, body) = get_json(
            &format!("{base}/api/v1/organisations?limit=200&offset={}", ids.len()),
            token,
        )
        .await;
        assert_eq!(status, 200);
        let items = body["items"].as_array().unwrap();
        if items.is_empty() {
            break;
        }
        ids.extend(items.iter().map(|o| o["id"].as_i64().unwrap()));
    }
    ids.sort_unstable();
    ids
}

/// A backup taken with `landfall backup` while the server is writing is a
/// consistent snapshot: restored and served, it holds every write that was
/// acknowledged before the backup began, in full, and what it holds is what
/// the original holds. A restore refuses to replace a database in use, and
/// replaces it once the server is stopped, stale log files included.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_during_writes_restores_to_the_same_data() {
    let app = spawn(Backend::Sqlite).await;
    let net = network(&app).await;
    let token = app.token(ADMIN).await;
    let dir = tempfile::tempdir().unwrap();
    let original = app.database_arg();
    let backup = dir.path().join("backup.db");
    let restored = dir.path().join("restored").join("landfall.db");

    let stop = Arc::new(AtomicBool::new(false));
    let writers = start_writers(&app.base, &token, 3, stop.clone(), "Backup Cluster");
    tokio::time::sleep(Duration::from_millis(400)).await;
    // Acknowledged before the backup starts: must be in it.
    let before = organisation_ids(&app.base, &token).await;
    let backup_arg = backup.display().to_string();
    let output = tokio::task::spawn_blocking({
        let original = original.clone();
        move || run(&["backup", "--database", &original, "--output", &backup_arg])
    })
    .await
    .unwrap();
    let printed = succeeded(&output);
    assert!(printed.contains("Backed up"), "{printed}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop.store(true, Ordering::SeqCst);
    let mut written = Vec::new();
    for writer in writers {
        written.extend(writer.await.unwrap());
    }
    assert!(written.len() > 10, "only {} writes", written.len());
    assert!(
        !dir.path()
            .read_dir()
            .unwrap()
            .any(|e| { e.unwrap().file_name().to_string_lossy().contains("partial") })
    );

    let restored_arg = restored.display().to_string();
    let output = run(&[
        "restore",
        "--input",
        &backup.display().to_string(),
        "--database",
        &restored_arg,
    ]);
    assert!(succeeded(&output).contains("Restored"));

    // Served from the restored file, by a new process.
    let server = ServerProcess::start(&restored_arg, &[]);
    let restored_token = server.token(ADMIN).await;
    let in_backup = organisation_ids(&server.url, &restored_token).await;
    let in_original = organisation_ids(&app.base, &token).await;
    for id in &before {
        assert!(
            in_backup.contains(id),
            "organisation {id} was acknowledged before the backup"
        );
    }
    // A snapshot: exactly the original's organisations up to its newest one.
    let newest = *in_backup.last().unwrap();
    let prefix: Vec<i64> = in_original
        .iter()
        .copied()
        .filter(|id| *id <= newest)
        .collect();
    assert_eq!(in_backup, prefix);
    assert!(
        in_backup.len() < in_original.len(),
        "writes went on after the backup"
    );
    for id in [in_backup[0], newest] {
        let path = format!("/api/v1/organisations/{id}");
        assert_eq!(
            get_json(&server.url(&path), &restored_token).await,
            get_json(&app.url(&path), &token).await
        );
    }
    for id in [net.sme_a1, net.sme_b2] {
        let path = format!("/api/v1/smes/{id}");
        let copy = get_json(&server.url(&path), &restored_token).await;
        assert_eq!(copy.0, 200);
        assert_eq!(copy, get_json(&app.url(&path), &token).await);
    }
    let (_, users) = get_json(&server.url("/api/v1/users"), &restored_token).await;
    let (_, original_users) = get_json(&app.url("/api/v1/users"), &token).await;
    assert_eq!(users["total"], original_users["total"]);

    // A second backup, now that writing has stopped, equals the original
    // table by table. It cannot replace a database that is being served...
    let second = dir.path().join("second.db");
    succeeded(&run(&[
        "backup",
        "--database",
        &original,
        "--output",
        &second.display().to_string(),
    ]));
    let refused = failed(&run(&[
        "restore",
        "--input",
        &second.display().to_string(),
        "--database",
        &restored_arg,
        "--force",
    ]));
    assert!(refused.contains("in use"), "{refused}");
    // ...and replaces it once the server is gone, even killed with its
    // write-ahead log left behind.
    drop(server);
    std::fs::write(
        format!("{restored_arg}-wal"),
        b"stale log of the old database",
    )
    .unwrap();
    std::fs::write(format!("{restored_arg}-shm"), b"stale").unwrap();
    let output = run(&[
        "restore",
        "--input",
        &second.display().to_string(),
        "--database",
        &restored_arg,
        "--force",
    ]);
    succeeded(&output);
    assert!(!Path::new(&format!("{restored_arg}-wal")).exists());
    assert!(!Path::new(&format!("{restored_arg}-shm")).exists());
    let copy = sqlite(&restored).await;
    assert_eq!(table_counts(&copy).await, table_counts(&app.db).await);
    copy.close().await.unwrap();
    let server = ServerProcess::start(&restored_arg, &[]);
    let restored_token = server.token(ADMIN).await;
    assert_eq!(
        organisation_ids(&server.url, &restored_token).await,
        in_original
    );
}

/// What backup and restore refuse to do, each with a message that says why.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_and_restore_refuse_what_would_lose_data() {
    let app = spawn(Backend::Sqlite).await;
    network(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let database = app.database_arg();
    let path = |name: &str| dir.path().join(name).display().to_string();

    // A backup never overwrites a file.
    std::fs::write(path("taken.db"), b"keep me").unwrap();
    let message = failed(&run(&[
        "backup",
        "--database",
        &database,
        "--output",
        &path("taken.db"),
    ]));
    assert!(message.contains("already exists"), "{message}");
    assert_eq!(std::fs::read(path("taken.db")).unwrap(), b"keep me");
    // Nor backs up what is not there (and creates nothing).
    let message = failed(&run(&[
        "backup",
        "--database",
        &path("missing.db"),
        "--output",
        &path("out.db"),
    ]));
    assert!(message.contains("no database"), "{message}");
    assert!(!Path::new(&path("missing.db")).exists());
    // PostgreSQL is pg_dump's and pg_restore's business.
    let message = failed(&run(&[
        "backup",
        "--database",
        "postgres://postgres@127.0.0.1:1/nowhere",
        "--output",
        &path("pg.db"),
    ]));
    assert!(message.contains("pg_dump"), "{message}");
    let message = failed(&run(&[
        "restore",
        "--database",
        "postgres://postgres@127.0.0.1:1/nowhere",
        "--input",
        &path("pg.dump"),
    ]));
    assert!(message.contains("pg_restore"), "{message}");

    // Restores check what they are given.
    std::fs::write(path("notes.txt"), b"not a database at all").unwrap();
    let message = failed(&run(&[
        "restore",
        "--input",
        &path("notes.txt"),
        "--database",
        &path("a.db"),
    ]));
    assert!(message.contains("not a SQLite database"), "{message}");
    let other = sqlite(&dir.path().join("other.db?mode=rwc")).await;
    other
        .execute_unprepared("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        .await
        .unwrap();
    other.close().await.unwrap();
    let message = failed(&run(&[
        "restore",
        "--input",
        &path("other.db"),
        "--database",
        &path("a.db"),
    ]));
    assert!(message.contains("not a Landfall database"), "{message}");
    let message = failed(&run(&[
        "restore",
        "--input",
        &path("absent.db"),
        "--database",
        &path("a.db"),
    ]));
    assert!(message.contains("does not exist"), "{message}");
    assert!(!Path::new(&path("a.db")).exists());

    // A good backup does not replace an existing database without --force.
    succeeded(&run(&[
        "backup",
        "--database",
        &database,
        "--output",
        &path("good.db"),
    ]));
    std::fs::write(path("existing.db"), b"someone's data").unwrap();
    let message = failed(&run(&[
        "restore",
        "--input",
        &path("good.db"),
        "--database",
        &path("existing.db"),
    ]));
    assert!(message.contains("--force"), "{message}");
    assert_eq!(
        std::fs::read(path("existing.db")).unwrap(),
        b"someone's data"
    );
    succeeded(&run(&[
        "restore",
        "--input",
        &path("good.db"),
        "--database",
        &path("existing.db"),
        "--force",
    ]));
    let restored = sqlite(&dir.path().join("existing.db")).await;
    assert_eq!(table_counts(&restored).await, table_counts(&app.db).await);
}

/// Parses the exposition into `series -> value` (comments skipped).
fn samples(exposition: &str) -> HashMap<String, f64> {
    exposition
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (series, value) = line.rsplit_once(' ').expect("series and value");
            (series.to_string(), value.parse::<f64>().expect("a number"))
        })
        .collect()
}

fn sample(samples: &HashMap<String, f64>, series: &str) -> f64 {
    *samples
        .get(series)
        .unwrap_or_else(|| panic!("no {series} in {samples:#?}"))
}

/// Serves the test's database with settings of its own; returns the base
/// URL and the state (to drain it).
async fn serve_with(app: &TestApp, settings: Settings) -> (String, AppState) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let state = AppState::new(
        app.db.clone(),
        Settings {
            api_rate_per_minute: 0,
            ..settings
        },
    );
    tokio::spawn(app::serve(listener, state.clone(), std::future::pending()));
    (base, state)
}

async fn readiness_and_metrics(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let token = app.token(ADMIN).await;
    let (base, state) = serve_with(
        &app,
        Settings {
            metrics_token: Some("scrape-secret".into()),
            ..Settings::for_public_url("http://localhost")
        },
    )
    .await;
    let client = reqwest::Client::new();
    let get = |path: &str| {
        client
            .get(format!("{base}{path}"))
            .bearer_auth(&token)
            .send()
    };

    let ready = get("/readyz").await.unwrap();
    assert_eq!(ready.status(), 200);
    assert_eq!(ready.text().await.unwrap(), "ready");

    for _ in 0..3 {
        assert_eq!(get("/api/v1/organisations").await.unwrap().status(), 200);
    }
    let one = format!("/api/v1/organisations/{}", net.incubator_a);
    assert_eq!(get(&one).await.unwrap().status(), 200);
    assert_eq!(
        get("/api/v1/organisations/987654").await.unwrap().status(),
        404
    );
    assert_eq!(get("/no/such/page").await.unwrap().status(), 404);

    // The token is required, and checked whole.
    let bare = client.get(format!("{base}/metrics")).send().await.unwrap();
    assert_eq!(bare.status(), 401);
    assert_eq!(bare.headers()["www-authenticate"], "Bearer");
    let wrong = client
        .get(format!("{base}/metrics"))
        .bearer_auth("scrape-secre")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    let scraped = client
        .get(format!("{base}/metrics"))
        .bearer_auth("scrape-secret")
        .send()
        .await
        .unwrap();
    assert_eq!(scraped.status(), 200);
    assert!(
        scraped.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let text = scraped.text().await.unwrap();
    let values = samples(&text);
    let requests = |route: &str, status: u16| {
        sample(
            &values,
            &format!(
                "landfall_http_requests_total{{method=\"GET\",route=\"{route}\",status=\"{status}\"}}"
            ),
        )
    };
    assert_eq!(requests("/api/v1/organisations", 200), 3.0);
    assert_eq!(requests("/api/v1/organisations/{id}", 200), 1.0);
    assert_eq!(requests("/api/v1/organisations/{id}", 404), 1.0);
    assert_eq!(requests("unmatched", 404), 1.0);
    assert_eq!(requests("/readyz", 200), 1.0);
    assert_eq!(requests("/metrics", 401), 2.0);
    // Raw paths never become labels.
    assert!(!text.contains("987654"), "{text}");
    assert!(!text.contains(&format!("/api/v1/organisations/{}\"", net.incubator_a)));
    assert_eq!(
        sample(
            &values,
            "landfall_http_request_duration_seconds_count{method=\"GET\",route=\"/api/v1/organisations\"}"
        ),
        3.0
    );
    assert_eq!(
        sample(
            &values,
            "landfall_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/v1/organisations\",le=\"+Inf\"}"
        ),
        3.0
    );
    assert!(sample(&values, "landfall_process_uptime_seconds") > 0.0);
    assert_eq!(sample(&values, "landfall_database_up"), 1.0);
    assert_eq!(sample(&values, "landfall_notification_emails_queued"), 0.0);
    assert_eq!(sample(&values, "landfall_notification_emails_failed"), 0.0);
    assert!(sample(&values, "landfall_db_pool_connections") >= 1.0);
    assert!(sample(&values, "landfall_db_pool_idle_connections") >= 0.0);
    assert_eq!(sample(&values, "landfall_db_pool_max_connections"), 4.0);

    // Without a token, anyone may scrape (the harness's server has none).
    let open = client.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(open.status(), 200);

    // Migrations missing: not ready (but alive).
    let last = app
        .db
        .query_one_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT version, applied_at FROM seaql_migrations ORDER BY version DESC LIMIT 1",
        ))
        .await
        .unwrap()
        .unwrap();
    let version: String = last.try_get("", "version").unwrap();
    let applied_at: i64 = last.try_get("", "applied_at").unwrap();
    let backend = app.db.get_database_backend();
    app.db
        .execute_raw(Statement::from_sql_and_values(
            backend,
            match backend {
                DbBackend::Postgres => "DELETE FROM seaql_migrations WHERE version = $1",
                _ => "DELETE FROM seaql_migrations WHERE version = ?",
            },
            [version.clone().into()],
        ))
        .await
        .unwrap();
    let unready = client.get(format!("{base}/readyz")).send().await.unwrap();
    assert_eq!(unready.status(), 503);
    assert_eq!(unready.text().await.unwrap(), "migrations pending");
    assert_eq!(
        client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    app.db
        .execute_raw(Statement::from_sql_and_values(
            backend,
            match backend {
                DbBackend::Postgres => {
                    "INSERT INTO seaql_migrations (version, applied_at) VALUES ($1, $2)"
                }
                _ => "INSERT INTO seaql_migrations (version, applied_at) VALUES (?, ?)",
            },
            [version.into(), applied_at.into()],
        ))
        .await
        .unwrap();
    assert_eq!(
        client
            .get(format!("{base}/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    // Shutting down: not ready, still alive and serving.
    state.runtime.start_draining();
    let draining = client.get(format!("{base}/readyz")).send().await.unwrap();
    assert_eq!(draining.status(), 503);
    assert_eq!(draining.text().await.unwrap(), "shutting down");
    assert_eq!(get("/api/v1/organisations").await.unwrap().status(), 200);
}

/// SIGTERM: `/readyz` fails at once while requests are still served for
/// `--drain-seconds`; then the server stops accepting, finishes the request
/// in flight (here one whose body is still arriving) and exits with 0.
async fn sigterm_drains_and_finishes_requests_in_flight(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let database = app.database_arg();
    let mut server = ServerProcess::start(&database, &["--drain-seconds", "1"]);
    let token = server.token(ADMIN).await;
    let client = reqwest::Client::new();
    assert_eq!(
        client
            .get(server.url("/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    // A request in flight: its head and half its body are sent...
    let body = organisation("Slow Upload Cluster").to_string();
    let (first, rest) = body.as_bytes().split_at(body.len() / 2);
    let address = server.url.trim_start_matches("http://").to_string();
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    write!(
        stream,
        "POST /api/v1/organisations HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .unwrap();
    stream.write_all(first).unwrap();
    stream.flush().unwrap();
    // ...and so are many quick ones.
    let quick: Vec<_> = (0..20)
        .map(|_| {
            let request = client
                .get(server.url("/api/v1/smes"))
                .bearer_auth(&token)
                .send();
            tokio::spawn(request)
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(200)).await;

    server.terminate();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let readiness = client.get(server.url("/readyz")).send().await.unwrap();
    assert_eq!(readiness.status(), 503);
    assert_eq!(readiness.text().await.unwrap(), "shutting down");
    assert_eq!(
        client
            .get(server.url("/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    for request in quick {
        assert_eq!(request.await.unwrap().unwrap().status(), 200);
    }

    // After the drain the listener is closed, but the slow request keeps
    // the server alive until it is answered.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(
        server.child.try_wait().unwrap().is_none(),
        "it waits for the request in flight"
    );
    assert!(
        client.get(server.url("/healthz")).send().await.is_err(),
        "no new connections after the drain"
    );
    stream.write_all(rest).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    let status = tokio::task::spawn_blocking(move || {
        let status = server.wait_for_exit(20);
        drop(server);
        status
    })
    .await
    .unwrap();
    assert!(status.success(), "{status:?}");

    let created: Value = serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    let id = created["id"].as_i64().unwrap();
    let token = app.token(ADMIN).await;
    let stored = app
        .get(&format!("/api/v1/organisations/{id}"), &token)
        .await;
    assert_eq!(stored.status, 200);
    assert_eq!(stored.body["name"], "Slow Upload Cluster");
}

on_both_backends!(
    readiness_and_metrics,
    sigterm_drains_and_finishes_requests_in_flight,
);

/// `--log-format json` (or LANDFALL_LOG_FORMAT=json): every line on standard
/// error is a JSON object, failures included.
#[test]
fn json_logs_are_one_object_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("logs.db").display().to_string();
    let check = |stderr: &[u8]| -> Vec<Value> {
        let text = String::from_utf8_lossy(stderr);
        let lines: Vec<Value> = text
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| {
                serde_json::from_str::<Value>(line)
                    .unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
            })
            .collect();
        assert!(!lines.is_empty(), "some log lines");
        for line in &lines {
            assert!(
                line["timestamp"].is_string() && line["level"].is_string(),
                "{line}"
            );
        }
        lines
    };

    let migrate = landfall_command()
        .env("RUST_LOG", "info")
        .args(["migrate", "--log-format", "json", "--database", &database])
        .output()
        .unwrap();
    assert!(migrate.status.success());
    let lines = check(&migrate.stderr);
    assert!(
        lines
            .iter()
            .any(|l| l["fields"]["message"] == "database ready"),
        "{lines:?}"
    );

    // From the environment, before the subcommand, and for a failure.
    let refused = landfall_command()
        .env("RUST_LOG", "info")
        .env("LANDFALL_LOG_FORMAT", "json")
        .args(["backup", "--database", &database, "--output", &database])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let lines = check(&refused.stderr);
    assert!(
        lines.iter().any(|l| l["level"] == "ERROR"
            && l["fields"]["error"]
                .as_str()
                .is_some_and(|e| e.contains("already exists"))),
        "{lines:?}"
    );

    // Text stays the default.
    let text = landfall_command()
        .env("RUST_LOG", "info")
        .args(["migrate", "--database", &database])
        .output()
        .unwrap();
    assert!(text.status.success());
    assert!(String::from_utf8_lossy(&text.stderr).contains("database ready"));
    assert!(serde_json::from_slice::<Value>(&text.stderr).is_err());

    let unknown = landfall_command()
        .args(["--log-format", "xml", "migrate"])
        .output()
        .unwrap();
    assert!(!unknown.status.success());
}
