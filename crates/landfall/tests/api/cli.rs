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
