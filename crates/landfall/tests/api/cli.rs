//! The `landfall` command line: migrate, user add, demo.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use serde_json::json;

use crate::on_both_backends;
use crate::support::{Backend, network, spawn};

fn landfall() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_landfall"));
    command.env_remove("DATABASE_URL").env("RUST_LOG", "warn");
    command
}

async fn migrate_and_add_users_from_the_command_line(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let database = app.database_arg();

    let migrate = landfall()
        .args(["migrate", "--database", &database])
        .output()
        .unwrap();
    assert!(
        migrate.status.success(),
        "{}",
        String::from_utf8_lossy(&migrate.stderr)
    );

    let mut add = landfall()
        .args([
            "user",
            "add",
            "--email",
            "Astrid@Incubator-B.example",
            "--role",
            "manager",
            "--organisation",
            "incubator-b",
            "--name",
            "Astrid Lie",
            "--database",
            &database,
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    add.stdin
        .take()
        .unwrap()
        .write_all(b"a long enough password\n")
        .unwrap();
    let output = add.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains("Added Astrid@Incubator-B.example (manager)")
    );

    let reply = app
        .call(
            reqwest::Method::POST,
            "/api/v1/auth/token",
            None,
            Some(&json!({"email": "astrid@incubator-b.example", "password": "a long enough password"})),
        )
        .await;
    assert_eq!(reply.status, 200);
    let me = app
        .get("/api/v1/me", reply.body["token"].as_str().unwrap())
        .await;
    assert_eq!(me.body["display_name"], "Astrid Lie");
    assert_eq!(me.body["role"], "manager");

    for (args, message) in [
        (vec!["--role", "boss"], "is not a role"),
        (
            vec!["--role", "manager", "--organisation", "nowhere"],
            "no organisation `nowhere`",
        ),
        (vec!["--role", "manager"], "must belong to one organisation"),
    ] {
        let mut command = landfall();
        command
            .args([
                "user",
                "add",
                "--email",
                "someone@example.org",
                "--database",
                &database,
            ])
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"a long enough password\n")
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains(message),
            "expected `{message}` in: {stderr}"
        );
    }

    let short = landfall()
        .args([
            "user",
            "add",
            "--email",
            "short@example.org",
            "--role",
            "admin",
            "--database",
            &database,
        ])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().unwrap().write_all(b"short\n")?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(!short.status.success());
    assert!(
        String::from_utf8_lossy(&short.stderr)
            .contains("password: must have at least 10 characters")
    );
}

/// `landfall demo` on port 0: it announces the real address and its accounts,
/// serves the network, and stops cleanly on SIGTERM.
async fn the_demo_command_serves_and_stops_cleanly(backend: Backend) {
    let app = spawn(backend).await;
    let database = app.database_arg();
    let mut child = landfall()
        .args([
            "demo",
            "--addr",
            "127.0.0.1:0",
            "--scale",
            "5",
            "--database",
            &database,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut printed = Vec::new();
    let url = loop {
        let line = lines.next().expect("the demo prints its address").unwrap();
        printed.push(line.clone());
        if let Some(url) = line.strip_prefix("The Landfall demo network is being served at ") {
            break url.to_string();
        }
    };
    let printed = printed.join("\n");
    assert!(printed.contains("admin@example.org"), "{printed}");
    assert!(printed.contains("manager.aarhus-harbour-incubator@example.org"));
    assert!(printed.contains("password for all: landfall-demo"));
    assert!(printed.contains("5 generated SMEs"));

    let health = reqwest::get(format!("{url}/healthz")).await.unwrap();
    assert_eq!(health.status(), 200);
    let token = reqwest::Client::new()
        .post(format!("{url}/api/v1/auth/token"))
        .json(&json!({"email": "admin@example.org", "password": "landfall-demo"}))
        .send()
        .await
        .unwrap();
    assert_eq!(token.status(), 200);

    let terminated = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(terminated.success());
    let status = child.wait().unwrap();
    assert!(
        status.success(),
        "SIGTERM ends the server cleanly: {status:?}"
    );
}

on_both_backends!(
    migrate_and_add_users_from_the_command_line,
    the_demo_command_serves_and_stops_cleanly,
);

/// The example of the scheduler's contract, as a file.
const SCHEDULER_EXAMPLE: &str = r#"{
  "slots": [
    {"id": "s1", "start": "2027-03-10T09:00:00Z", "end": "2027-03-10T09:20:00Z"},
    {"id": "s2", "start": "2027-03-10T09:25:00Z", "end": "2027-03-10T09:45:00Z"},
    {"id": "s3", "start": "2027-03-10T09:50:00Z", "end": "2027-03-10T10:10:00Z"}
  ],
  "tables": 40,
  "participants": [
    {"id": "p1", "available": ["s1", "s2"], "max_meetings": 12},
    {"id": "p2"}, {"id": "p3", "max_meetings": 1}, {"id": "p4"}
  ],
  "meetings": [
    {"id": "m1", "participants": ["p1", "p2"], "priority": 2},
    {"id": "m2", "participants": ["p1", "p3"]},
    {"id": "m3", "participants": ["p3", "p4"]},
    {"id": "m7", "participants": ["p2", "p4"]},
    {"id": "m8", "participants": ["p1", "p2", "p4"], "priority": 3}
  ],
  "fixed": [{"meeting": "m7", "slot": "s3", "table": 5}]
}"#;

#[test]
fn the_schedule_command_reads_and_writes_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("event.json");
    let output = dir.path().join("schedule.json");
    std::fs::write(&input, SCHEDULER_EXAMPLE).unwrap();
    let run = landfall()
        .args(["schedule", "--input"])
        .arg(&input)
        .arg("--output")
        .arg(&output)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let schedule: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&output).unwrap()).unwrap();
    let scheduled = schedule["scheduled"].as_array().unwrap();
    let unscheduled = schedule["unscheduled"].as_array().unwrap();
    assert_eq!(scheduled.len() + unscheduled.len(), 5);
    assert!(scheduled.contains(&json!({"meeting": "m7", "slot": "s3", "table": 5})));
    // p3 may meet once: m2 or m3 stays out, with a reason.
    assert_eq!(unscheduled.len(), 1, "{schedule}");
    assert!(!unscheduled[0]["reason"].as_str().unwrap().is_empty());
    // The best plan: m8 (3) and m1 (2) fill p1's two slots, m3 goes beside
    // m1, m7 stays fixed in s3: 3 + 2 + 1 + 1; only m2 is left out.
    assert_eq!(schedule["stats"]["priority_scheduled"], 7, "{schedule}");
    assert_eq!(unscheduled[0]["meeting"], "m2");
    for meeting in scheduled {
        let slot = meeting["slot"].as_str().unwrap();
        if ["m1", "m2", "m8"].contains(&meeting["meeting"].as_str().unwrap()) {
            assert_ne!(slot, "s3", "p1 is not available in s3");
        }
    }
    // Same input, same output.
    let again = landfall()
        .args(["schedule", "--input"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&again.stdout).unwrap(),
        schedule
    );
}

#[test]
fn the_schedule_command_names_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    for (broken, named) in [
        (
            SCHEDULER_EXAMPLE.replace(r#"["p3", "p4"]"#, r#"["p3", "p9"]"#),
            "p9",
        ),
        (
            SCHEDULER_EXAMPLE.replace(r#""table": 5"#, r#""table": 41"#),
            "m7",
        ),
        (
            SCHEDULER_EXAMPLE.replace(r#"{"id": "p4"}"#, r#"{"id": "p2"}"#),
            "p2",
        ),
    ] {
        let input = dir.path().join("broken.json");
        std::fs::write(&input, broken).unwrap();
        let run = landfall()
            .args(["schedule", "--input"])
            .arg(&input)
            .output()
            .unwrap();
        assert!(!run.status.success());
        let message = String::from_utf8_lossy(&run.stderr);
        assert!(message.contains(named), "{named}: {message}");
    }
}
