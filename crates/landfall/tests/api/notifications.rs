//! Notifications: written with the events they announce, shown to their
//! recipients only, e-mailed through a real SMTP server (Python's aiosmtpd,
//! started by the test) with retries when it is down, e-mail choices
//! honoured, and the time-triggered ones (call deadlines) written once.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use landfall::notify::{Mailer, worker};
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{Backend, MANAGER_A, MANAGER_B, MEMBER_A1, TestApp, network, spawn, text_in};

/// A local SMTP server that stores what it receives in a Maildir.
struct SmtpServer {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts aiosmtpd, or says loudly why the test cannot run (CI installs it).
async fn smtp_server(test: &str) -> Option<SmtpServer> {
    let available = Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .status()
        .is_ok_and(|s| s.success());
    if !available {
        assert!(
            std::env::var("CI").is_err(),
            "CI must have Python's aiosmtpd (pip install aiosmtpd)"
        );
        eprintln!(
            "\n*** SKIPPED {test}: install Python's aiosmtpd (pip install aiosmtpd) to run it ***\n"
        );
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let maildir = dir.path().join("mail");
    let child = Command::new("python3")
        .args([
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            &format!("127.0.0.1:{port}"),
            "-c",
            "aiosmtpd.handlers.Mailbox",
        ])
        .arg(&maildir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start aiosmtpd");
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return Some(SmtpServer { child, port, dir });
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut child = child;
    let _ = child.kill();
    let _ = child.wait();
    panic!("aiosmtpd did not start");
}

impl SmtpServer {
    fn received(&self) -> Vec<String> {
        let new = self.dir.path().join("mail").join("new");
        let mut mails: Vec<String> = std::fs::read_dir(&new)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| std::fs::read_to_string(e.path()).unwrap())
                    .collect()
            })
            .unwrap_or_default();
        mails.sort();
        mails
    }

    fn maildir(&self) -> &Path {
        self.dir.path()
    }
}

/// Sends the SME feedback survey to incubator A's SMEs; returns its id.
async fn survey_to_own_smes(app: &TestApp) -> i64 {
    let manager = app.token(MANAGER_A).await;
    let created = app
        .post(
            "/api/v1/surveys",
            &manager,
            json!({"template": "sme_feedback"}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let id = created.body["id"].as_i64().unwrap();
    let sent = app
        .post(
            &format!("/api/v1/surveys/{id}/waves"),
            &manager,
            json!({"own_smes": true}),
        )
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text);
    id
}

fn kinds(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap().to_string())
        .collect()
}

async fn events_notify_the_people_they_concern(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let id = survey_to_own_smes(&app).await;

    // The SME's member has the invitation with the personal link; the other
    // incubator's manager has nothing.
    let member = app.token(MEMBER_A1).await;
    let mine = app.get("/api/v1/notifications", &member).await;
    assert_eq!(kinds(&mine.body), ["survey_invitation"], "{}", mine.text);
    assert_eq!(mine.body["total"], 1, "one unread");
    let link = mine.body["items"][0]["link"].as_str().unwrap().to_string();
    assert!(link.contains("/s/"), "{link}");
    let opened = app
        .call(
            reqwest::Method::GET,
            &format!("/api/v1/responses/{}", link.rsplit('/').next().unwrap()),
            None,
            None,
        )
        .await;
    assert_eq!(opened.status, 200, "the notified link is the personal one");
    let other = app.token(MANAGER_B).await;
    assert_eq!(
        app.get("/api/v1/notifications", &other).await.body["items"],
        json!([])
    );

    // The member turns reminders off by e-mail: the reminder is in Landfall only.
    let prefs = app
        .put(
            "/api/v1/notifications/preferences",
            &member,
            json!({"email": {"survey_reminder": false}}),
        )
        .await;
    assert_eq!(prefs.status, 200, "{}", prefs.text);
    assert_eq!(prefs.body["email"]["survey_reminder"], false);
    assert_eq!(prefs.body["email"]["funding_decision"], true);
    let bad = app
        .put(
            "/api/v1/notifications/preferences",
            &member,
            json!({"email": {"gossip": true}}),
        )
        .await;
    assert_eq!(bad.status, 422);
    let manager = app.token(MANAGER_A).await;
    let reminded = app
        .post(
            &format!("/api/v1/surveys/{id}/waves/1/reminders"),
            &manager,
            json!({}),
        )
        .await;
    assert_eq!(reminded.status, 200, "{}", reminded.text);
    let mine = app.get("/api/v1/notifications", &member).await;
    assert_eq!(kinds(&mine.body), ["survey_reminder", "survey_invitation"]);
    assert_eq!(mine.body["items"][0]["email_status"], "off");
    assert_eq!(mine.body["items"][1]["email_status"], "pending");

    // Read, one by one or all.
    let first = mine.body["items"][0]["id"].as_i64().unwrap();
    let read = app
        .post(
            "/api/v1/notifications/read",
            &member,
            json!({"ids": [first]}),
        )
        .await;
    assert_eq!(read.body["marked"], 1);
    assert_eq!(
        app.get("/api/v1/notifications", &member).await.body["total"],
        1
    );
    app.post("/api/v1/notifications/read", &member, json!({}))
        .await;
    assert_eq!(
        app.get("/api/v1/notifications", &member).await.body["total"],
        0
    );

    // The page lists them to their owner.
    let browser = crate::support::signed_in_browser(&app, MEMBER_A1).await;
    let page = crate::support::text(&browser, &app.url("/notifications")).await;
    assert!(
        page.contains("asks for your answers") && page.contains("Reminder:"),
        "{page}"
    );
}

async fn emails_go_out_through_smtp_and_are_retried(backend: Backend) {
    let Some(smtp) = smtp_server("emails_go_out_through_smtp_and_are_retried").await else {
        return;
    };
    let app = spawn(backend).await;
    network(&app).await;
    // The member reads Landfall in German: the e-mail speaks German too.
    let browser = crate::support::signed_in_browser(&app, MEMBER_A1).await;
    crate::support::choose_language(&app, &browser, "de").await;

    // While the mail server is down, sending fails and waits for a retry.
    let down = Mailer::new(
        Some(&format!("smtp://127.0.0.1:{}", free_port())),
        "Landfall <landfall@network.example>",
    )
    .unwrap();
    survey_to_own_smes(&app).await;
    let first = worker::deliver_due(&app.db, &down, &app.base)
        .await
        .unwrap();
    assert_eq!(
        (first.sent, first.retrying, first.failed),
        (0, 1, 0),
        "{first:?}"
    );
    let member = app.token(MEMBER_A1).await;
    let waiting = app.get("/api/v1/notifications", &member).await;
    assert_eq!(waiting.body["items"][0]["email_status"], "pending");
    // Not due again yet: nothing is tried.
    let again = worker::deliver_due(&app.db, &down, &app.base)
        .await
        .unwrap();
    assert_eq!(again.retrying, 0);

    // Later, the server is up: the retry goes through (the test moves the clock
    // of the outbox instead of waiting a minute).
    use sea_orm::ConnectionTrait;
    let due_now = sea_orm::sea_query::Query::update()
        .table(sea_orm::sea_query::Alias::new("notifications"))
        .value(
            sea_orm::sea_query::Alias::new("email_next_at"),
            chrono::Utc::now() - chrono::Duration::seconds(1),
        )
        .to_owned();
    app.db.execute(&due_now).await.unwrap();
    let up = Mailer::new(
        Some(&format!("smtp://127.0.0.1:{}", smtp.port)),
        "Landfall <landfall@network.example>",
    )
    .unwrap();
    let delivered = worker::deliver_due(&app.db, &up, &app.base).await.unwrap();
    assert_eq!(delivered.sent, 1, "{delivered:?}");
    let mails = smtp.received();
    assert_eq!(mails.len(), 1, "in {}", smtp.maildir().display());
    let to_member = mails
        .iter()
        .find(|m| m.contains("To: founder@sme-a1.example"))
        .expect("the member's e-mail");
    assert!(
        to_member.contains("From: Landfall <landfall@network.example>"),
        "{to_member}"
    );
    assert!(
        to_member.contains("Subject: Incubator A bittet um Ihre Antworten"),
        "{to_member}"
    );
    // The footer is written when the e-mail is sent, in the recipient's
    // language (quoted-printable may break long lines: join them first).
    let body = to_member.replace("=\r\n", "").replace("=\n", "");
    assert!(
        body.contains("Sie erhalten diese E-Mail aufgrund Ihrer Benachrichtigungseinstellungen"),
        "{to_member}"
    );
    assert!(
        to_member.contains(&format!("{}/s/", app.base)),
        "the personal link: {to_member}"
    );
    let sent = app.get("/api/v1/notifications", &member).await;
    assert_eq!(sent.body["items"][0]["email_status"], "sent");
    assert!(sent.body["items"][0]["email_sent_at"].is_string());
    // Nothing is sent twice.
    assert_eq!(
        worker::deliver_due(&app.db, &up, &app.base)
            .await
            .unwrap()
            .sent,
        0
    );
    assert_eq!(smtp.received().len(), 1);
}

async fn without_smtp_emails_are_logged(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    survey_to_own_smes(&app).await;
    let delivered = worker::deliver_due(&app.db, &Mailer::Log, &app.base)
        .await
        .unwrap();
    assert_eq!(delivered.sent, 1);
    let member = app.token(MEMBER_A1).await;
    let list = app.get("/api/v1/notifications", &member).await;
    assert_eq!(list.body["items"][0]["email_status"], "logged");
}

on_both_backends!(
    account_pages_i18n_follow_the_language,
    events_notify_the_people_they_concern,
    emails_go_out_through_smtp_and_are_retried,
    without_smtp_emails_are_logged,
);

/// The account pages speak the reader's language; English stays the default.
async fn account_pages_i18n_follow_the_language(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let browser = crate::support::signed_in_browser(&app, MEMBER_A1).await;
    let english = crate::support::text(&browser, &app.url("/notifications/settings")).await;
    assert!(english.contains("<html lang=\"en\">"), "{english}");
    assert!(
        english.contains("<h1>Notification settings</h1>"),
        "{english}"
    );
    for (path, heading) in [
        (
            "/notifications/settings",
            "<h1>Benachrichtigungseinstellungen</h1>",
        ),
        ("/account", "<h1>Ihr Konto und Ihre Daten</h1>"),
    ] {
        let german = text_in(&browser, &app.url(path), "de-DE,de;q=0.9,en;q=0.5").await;
        assert!(german.contains("<html lang=\"de\">"), "{german}");
        assert!(german.contains(heading), "{path}: {german}");
        assert!(german.contains("Per E-Mail senden") || path != "/notifications/settings");
    }
}
