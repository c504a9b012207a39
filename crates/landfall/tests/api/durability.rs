//! Durability: a `landfall serve` process killed with SIGKILL in the middle
//! of a stream of writes loses none of the writes it acknowledged, and leaves
//! a consistent database that a restarted server serves.
//!
//! On SQLite the database is in WAL mode with `synchronous=NORMAL`: a
//! committed transaction is in the write-ahead log (in the operating
//! system's cache) before the client hears of it, so killing the process
//! loses nothing; only a power cut or kernel crash can lose the last
//! transactions before a checkpoint (never corrupting the file).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{ADMIN, Backend, ServerProcess, network, spawn};

fn organisation(name: &str) -> Value {
    json!({
        "kind": "incubator",
        "name": name,
        "country": "DE",
        "city": "Kiel",
        "region": "Schleswig-Holstein",
        "sectors": ["J62", "C10.20"],
        "services": ["soft_landing"],
        "website": "https://example.org",
        "description": "Written just before the server was killed.",
        "contacts": [
            {"name": "Jens Jensen", "role": "Director", "email": "jens@example.org", "phone": ""},
            {"name": "Anke Meyer", "role": "Programme lead", "email": "anke@example.org", "phone": ""}
        ]
    })
}

async fn count(app_db: &sea_orm::DatabaseConnection, sql: &str) -> i64 {
    app_db
        .query_one_raw(Statement::from_string(app_db.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<i64>(0)
        .unwrap()
}

async fn acknowledged_writes_survive_a_killed_server(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let database = app.database_arg();
    let before = count(&app.db, "SELECT count(*) FROM organisations").await;
    let mut server = ServerProcess::start(&database, &[]);
    let token = server.token(ADMIN).await;

    let stop = Arc::new(AtomicBool::new(false));
    let attempted = Arc::new(AtomicUsize::new(0));
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let writers: Vec<_> = (0..6)
        .map(|task| {
            let (url, token, stop, attempted, acknowledged) = (
                server.url("/api/v1/organisations"),
                token.clone(),
                stop.clone(),
                attempted.clone(),
                acknowledged.clone(),
            );
            tokio::spawn(async move {
                let client = reqwest::Client::new();
                let mut written = Vec::new();
                for n in 0.. {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let name = format!("Durable Incubator {task}-{n}");
                    attempted.fetch_add(1, Ordering::SeqCst);
                    match client
                        .post(&url)
                        .bearer_auth(&token)
                        .json(&organisation(&name))
                        .send()
                        .await
                    {
                        Ok(reply) if reply.status().is_success() => {
                            // Acknowledged once the whole answer has arrived.
                            let Ok(body) = reply.json::<Value>().await else {
                                break;
                            };
                            written.push((body["id"].as_i64().unwrap(), name));
                            acknowledged.fetch_add(1, Ordering::SeqCst);
                        }
                        Ok(reply) => panic!("write refused: {}", reply.status()),
                        // The server is gone.
                        Err(_) => break,
                    }
                }
                written
            })
        })
        .collect();

    // Kill it while the writers are busy.
    let started = Instant::now();
    while acknowledged.load(Ordering::SeqCst) < 200 && started.elapsed() < Duration::from_secs(20) {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.child.kill().unwrap();
    server.child.wait().unwrap();
    stop.store(true, Ordering::SeqCst);
    let mut written = Vec::new();
    for writer in writers {
        written.extend(writer.await.unwrap());
    }
    let attempted = attempted.load(Ordering::SeqCst) as i64;
    assert!(
        written.len() >= 100,
        "only {} acknowledged writes",
        written.len()
    );
    drop(server);

    // A new process on the same database.
    let server = ServerProcess::start(&database, &[]);
    let token = server.token(ADMIN).await;
    let client = reqwest::Client::new();
    for (id, name) in &written {
        let reply = client
            .get(server.url(&format!("/api/v1/organisations/{id}")))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(
            reply.status(),
            200,
            "acknowledged organisation {id} is lost"
        );
        let body: Value = reply.json().await.unwrap();
        assert_eq!(&body["name"], name.as_str());
        // Whole transactions: the rows beside it are there too.
        assert_eq!(body["sectors"], json!(["C10.20", "J62"]), "{body}");
        assert_eq!(body["contacts"].as_array().unwrap().len(), 2, "{body}");
    }

    // Consistent: the count is between what was acknowledged and what was
    // attempted, every organisation has its rows, nothing dangles.
    let stored = count(&app.db, "SELECT count(*) FROM organisations").await - before;
    eprintln!(
        "killed after {} acknowledged of {attempted} attempted writes; {stored} stored",
        written.len()
    );
    assert!(
        stored >= written.len() as i64 && stored <= attempted,
        "{stored} stored, {} acknowledged, {attempted} attempted",
        written.len()
    );
    let listed: Value = client
        .get(server.url("/api/v1/organisations?limit=1"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed["total"].as_i64().unwrap(), before + stored);
    assert_eq!(
        count(
            &app.db,
            "SELECT count(*) FROM organisations o WHERE o.name LIKE 'Durable%' AND \
             (SELECT count(*) FROM organisation_sectors s WHERE s.organisation_id = o.id AND s.declared = TRUE) <> 2"
        )
        .await,
        0,
        "an organisation without its sectors"
    );
    assert_eq!(
        count(
            &app.db,
            "SELECT count(*) FROM organisation_sectors s \
             WHERE NOT EXISTS (SELECT 1 FROM organisations o WHERE o.id = s.organisation_id)"
        )
        .await,
        0
    );
    if app.db.get_database_backend() == DbBackend::Sqlite {
        let integrity = app
            .db
            .query_all_raw(Statement::from_string(
                DbBackend::Sqlite,
                "PRAGMA integrity_check",
            ))
            .await
            .unwrap();
        let integrity: Vec<String> = integrity
            .iter()
            .map(|row| row.try_get_by_index::<String>(0).unwrap())
            .collect();
        assert_eq!(integrity, ["ok"]);
        let dangling = app
            .db
            .query_all_raw(Statement::from_string(
                DbBackend::Sqlite,
                "PRAGMA foreign_key_check",
            ))
            .await
            .unwrap();
        assert!(dangling.is_empty(), "{} dangling rows", dangling.len());
    }

    // And it goes on working.
    let reply = client
        .post(server.url("/api/v1/organisations"))
        .bearer_auth(&token)
        .json(&organisation("After The Crash Incubator"))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 201);
}

on_both_backends!(acknowledged_writes_survive_a_killed_server);
