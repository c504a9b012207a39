//! Passwords after an account exists: changing one's own, invitations by
//! admins, and forgotten passwords reset with a one-time link.

use std::time::Duration;

use landfall::auth::{self, Email};
use landfall::db::Db;
use landfall::notify;
use reqwest::Method;
use serde_json::json;

use crate::on_both_backends;
use crate::support::{
    ADMIN, Backend, MANAGER_A, MEMBER_A1, PASSWORD, TestApp, browser, hidden_field, network,
    signed_in_browser, spawn, text,
};

const NEW_PASSWORD: &str = "a much longer passphrase";

async fn sign_in(app: &TestApp, email: &str, password: &str) -> crate::support::Reply {
    app.call(
        Method::POST,
        "/api/v1/auth/token",
        None,
        Some(&json!({"email": email, "password": password})),
    )
    .await
}

async fn user_id(db: &Db, email: &str) -> i64 {
    auth::store::account_by_email(db, &Email::parse(email).unwrap())
        .await
        .unwrap()
        .expect("account")
        .id
}

/// The account's notifications as mailed, the newest first.
async fn outbox(db: &Db, user_id: i64) -> Vec<notify::store::Notification> {
    notify::store::outbox_of(db, user_id, 50).await.unwrap()
}

/// Waits (a little) for the account to have `count` notifications: reset
/// links are made after the answer is sent.
async fn wait_for_outbox(db: &Db, user_id: i64, count: usize) -> Vec<notify::store::Notification> {
    for _ in 0..100 {
        let notices = outbox(db, user_id).await;
        if notices.len() >= count {
            return notices;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no notification for user #{user_id}");
}

/// The path of the link in a notification (`/password/…`).
fn link_path(notice: &notify::store::Notification) -> String {
    let link = &notice.notice.link;
    let at = link.find("/password/").expect("a password link");
    link[at..].to_string()
}

async fn audit_actions(app: &TestApp) -> Vec<String> {
    let admin = app.token(ADMIN).await;
    let audit = app.get("/api/v1/audit?limit=200", &admin).await;
    assert_eq!(audit.status, 200, "{}", audit.text);
    audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap_or_default().to_string())
        .collect()
}

async fn ask_for_link(app: &TestApp, client: &reqwest::Client, email: &str) -> (u16, String) {
    let form = text(client, &app.url("/password/forgot")).await;
    let csrf = hidden_field(&form, "_csrf").expect("the form has a CSRF field");
    let response = client
        .post(app.url("/password/forgot"))
        .form(&[("email", email), ("_csrf", &csrf)])
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// Sets a password with a one-time link through its page.
async fn use_link(app: &TestApp, path: &str, new: &str, repeat: &str) -> (u16, String) {
    let client = browser();
    let page = client.get(app.url(path)).send().await.unwrap();
    let status = page.status().as_u16();
    let page = page.text().await.unwrap();
    let Some(csrf) = hidden_field(&page, "_csrf") else {
        return (status, page);
    };
    let response = client
        .post(app.url(path))
        .form(&[
            ("new_password", new),
            ("new_password_repeat", repeat),
            ("_csrf", &csrf),
        ])
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

on_both_backends!(
    people_change_their_own_password,
    invited_people_choose_their_password_with_the_link,
    forgotten_passwords_are_reset_once_with_a_link_that_expires,
);

async fn people_change_their_own_password(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let here = signed_in_browser(&app, MANAGER_A).await;
    let elsewhere = signed_in_browser(&app, MANAGER_A).await;
    let old_token = app.token(MANAGER_A).await;

    let account = text(&here, &app.url("/account")).await;
    assert!(account.contains("href=\"/account/password\""), "{account}");
    let form = text(&here, &app.url("/account/password")).await;
    let csrf = hidden_field(&form, "_csrf").unwrap();
    let post = |fields: Vec<(&'static str, String)>| {
        let here = here.clone();
        let url = app.url("/account/password");
        async move { here.post(url).form(&fields).send().await.unwrap() }
    };

    // Without the form's token nothing happens.
    let forged = post(vec![
        ("current_password", PASSWORD.into()),
        ("new_password", NEW_PASSWORD.into()),
        ("new_password_repeat", NEW_PASSWORD.into()),
    ])
    .await;
    assert_eq!(forged.status(), 403);

    // A wrong current password is refused on its field.
    let wrong = post(vec![
        ("_csrf", csrf.clone()),
        ("current_password", "not my password".into()),
        ("new_password", NEW_PASSWORD.into()),
        ("new_password_repeat", NEW_PASSWORD.into()),
    ])
    .await;
    assert_eq!(wrong.status(), 422);
    let page = wrong.text().await.unwrap();
    assert!(page.contains("is not your current password"), "{page}");

    // The new password follows the rules and is typed the same twice.
    let differ = post(vec![
        ("_csrf", csrf.clone()),
        ("current_password", PASSWORD.into()),
        ("new_password", NEW_PASSWORD.into()),
        ("new_password_repeat", "a much longer passphrasE".into()),
    ])
    .await;
    assert_eq!(differ.status(), 422);
    assert!(
        differ
            .text()
            .await
            .unwrap()
            .contains("the two passwords differ")
    );
    let short = post(vec![
        ("_csrf", csrf.clone()),
        ("current_password", PASSWORD.into()),
        ("new_password", "short".into()),
        ("new_password_repeat", "short".into()),
    ])
    .await;
    assert_eq!(short.status(), 422);
    assert!(
        short
            .text()
            .await
            .unwrap()
            .contains("at least 10 characters")
    );
    assert_eq!(sign_in(&app, MANAGER_A, PASSWORD).await.status, 200);

    let changed = post(vec![
        ("_csrf", csrf.clone()),
        ("current_password", PASSWORD.into()),
        ("new_password", NEW_PASSWORD.into()),
        ("new_password_repeat", NEW_PASSWORD.into()),
    ])
    .await;
    assert_eq!(changed.status(), 303);
    assert_eq!(changed.headers()["location"], "/account/password?changed=1");
    // This browser goes on under a new session; its old CSRF token is gone.
    let confirmation = text(&here, &app.url("/account/password?changed=1")).await;
    assert!(
        confirmation.contains("Your password was changed"),
        "{confirmation}"
    );
    let new_csrf = hidden_field(&confirmation, "_csrf").unwrap();
    assert_ne!(new_csrf, csrf, "the session was rotated");
    // Every other session and token has ended.
    let other = elsewhere.get(app.url("/account")).send().await.unwrap();
    assert_eq!(other.status(), 303, "the other browser is signed out");
    assert_eq!(app.get("/api/v1/me", &old_token).await.status, 401);
    // The old password no longer works; the new one does.
    assert_eq!(sign_in(&app, MANAGER_A, PASSWORD).await.status, 401);
    let reply = sign_in(&app, MANAGER_A, NEW_PASSWORD).await;
    assert_eq!(reply.status, 200);
    let token = reply.body["token"].as_str().unwrap().to_string();
    assert!(
        audit_actions(&app)
            .await
            .contains(&"password_changed".to_string())
    );

    // The API: fields are named, a wrong password is refused on its field.
    let other_token = sign_in(&app, MANAGER_A, NEW_PASSWORD).await.body["token"]
        .as_str()
        .unwrap()
        .to_string();
    let empty = app.post("/api/v1/me/password", &token, json!({})).await;
    assert_eq!(empty.status, 422);
    assert_eq!(empty.body["fields"]["current_password"], "is required");
    assert_eq!(empty.body["fields"]["new_password"], "is required");
    let refused = app
        .post(
            "/api/v1/me/password",
            &token,
            json!({"current_password": "guess", "new_password": "1234567890"}),
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.body["fields"]["current_password"],
        "is not your current password"
    );
    assert!(refused.body["fields"]["new_password"].is_string());
    let done = app
        .post(
            "/api/v1/me/password",
            &token,
            json!({"current_password": NEW_PASSWORD, "new_password": PASSWORD}),
        )
        .await;
    assert_eq!(done.status, 204, "{}", done.text);
    assert_eq!(app.get("/api/v1/me", &token).await.status, 200, "kept");
    assert_eq!(app.get("/api/v1/me", &other_token).await.status, 401);
    assert_eq!(sign_in(&app, MANAGER_A, PASSWORD).await.status, 200);

    // Wrong current passwords count as failed sign-ins.
    for _ in 0..5 {
        let guess = app
            .post(
                "/api/v1/me/password",
                &token,
                json!({"current_password": "guess", "new_password": NEW_PASSWORD}),
            )
            .await;
        assert_eq!(guess.status, 422);
    }
    let throttled = app
        .post(
            "/api/v1/me/password",
            &token,
            json!({"current_password": PASSWORD, "new_password": NEW_PASSWORD}),
        )
        .await;
    assert_eq!(throttled.status, 429);
    assert_eq!(sign_in(&app, MANAGER_A, PASSWORD).await.status, 429);
}

async fn invited_people_choose_their_password_with_the_link(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let manager = app.token(MANAGER_A).await;
    let invitation = json!({
        "email": "Jonas@Incubator-A.example",
        "display_name": "Jonas Berg",
        "role": "manager",
        "organisation_id": net.incubator_a,
    });

    // Only admins invite.
    let forbidden = app
        .post("/api/v1/users", &manager, invitation.clone())
        .await;
    assert_eq!(forbidden.status, 403);
    let missing = app.post("/api/v1/users", &admin, json!({})).await;
    assert_eq!(missing.status, 422);
    for field in ["email", "display_name", "role"] {
        assert!(
            missing.body["fields"][field].is_string(),
            "{}",
            missing.text
        );
    }
    let unattached = app
        .post(
            "/api/v1/users",
            &admin,
            json!({"email": "x@y.example", "display_name": "X", "role": "manager"}),
        )
        .await;
    assert_eq!(unattached.status, 422);
    assert!(unattached.body["fields"]["organisation_id"].is_string());
    let taken = app
        .post(
            "/api/v1/users",
            &admin,
            json!({"email": MANAGER_A.to_uppercase(), "display_name": "Twin", "role": "admin"}),
        )
        .await;
    assert_eq!(taken.status, 422);
    assert_eq!(
        taken.body["fields"]["email"],
        "an account with this e-mail address already exists"
    );

    let created = app.post("/api/v1/users", &admin, invitation.clone()).await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.body["email"], "jonas@incubator-a.example");
    assert_eq!(created.body["role"], "manager");
    assert_eq!(created.body["organisation_id"], net.incubator_a);
    let id = created.body["id"].as_i64().unwrap();
    let again = app.post("/api/v1/users", &admin, invitation).await;
    assert_eq!(again.status, 422);
    assert!(again.body["fields"]["email"].is_string());

    // No password works until the person chooses one.
    assert_eq!(
        sign_in(&app, "jonas@incubator-a.example", "!").await.status,
        401
    );

    // The outbox holds the e-mail with the link (whatever the settings).
    let notices = outbox(&app.db, id).await;
    assert_eq!(notices.len(), 1);
    let mail = &notices[0];
    assert_eq!(mail.notice.kind, notify::Kind::Account);
    assert_eq!(mail.email, "jonas@incubator-a.example");
    assert_eq!(mail.email_status.as_str(), "pending");
    assert!(
        mail.notice.body.contains("Jonas Berg"),
        "{}",
        mail.notice.body
    );
    assert!(
        mail.notice.link.starts_with(&app.base),
        "{}",
        mail.notice.link
    );
    let invitation_link = link_path(mail);
    let page = text(&browser(), &app.url(&invitation_link)).await;
    assert!(page.contains("choose your password"), "{page}");
    assert!(page.contains("jonas@incubator-a.example"));

    // A reset asked for meanwhile is another link; using it ends both.
    let (status, _) = ask_for_link(&app, &browser(), "jonas@incubator-a.example").await;
    assert_eq!(status, 200);
    let notices = wait_for_outbox(&app.db, id, 2).await;
    let reset_link = link_path(&notices[0]);
    assert_ne!(reset_link, invitation_link);

    let (status, page) = use_link(&app, &invitation_link, NEW_PASSWORD, "something else").await;
    assert_eq!(status, 422);
    assert!(page.contains("the two passwords differ"), "{page}");
    let (status, page) = use_link(&app, &invitation_link, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Your password is set"), "{page}");
    let reply = sign_in(&app, "jonas@incubator-a.example", NEW_PASSWORD).await;
    assert_eq!(reply.status, 200);
    let jonas = reply.body["token"].as_str().unwrap().to_string();
    assert_eq!(app.get("/api/v1/me", &jonas).await.body["id"], id);

    // Neither link works any more, and the notifications no longer carry them.
    for link in [&invitation_link, &reset_link] {
        let (status, page) = use_link(&app, link, PASSWORD, PASSWORD).await;
        assert_eq!(status, 404);
        assert!(page.contains("This link no longer works"), "{page}");
        assert!(page.contains("href=\"/password/forgot\""));
    }
    assert!(
        outbox(&app.db, id)
            .await
            .iter()
            .all(|n| n.notice.link == "/login")
    );
    let actions = audit_actions(&app).await;
    assert!(actions.contains(&"account_created".to_string()));
    assert!(actions.contains(&"password_set".to_string()));

    // Account e-mails are not a choice in the settings.
    let preferences = app.get("/api/v1/notifications/preferences", &jonas).await;
    assert!(preferences.body["email"].get("account").is_none());
    let refused = app
        .put(
            "/api/v1/notifications/preferences",
            &jonas,
            json!({"email": {"account": false}}),
        )
        .await;
    assert_eq!(refused.status, 422);

    // The accounts page invites too, with its form's CSRF token.
    let admin_browser = signed_in_browser(&app, ADMIN).await;
    let users = text(&admin_browser, &app.url("/users")).await;
    assert!(users.contains("action=\"/users/invite\""), "{users}");
    // An SME's page leads to the form filled in for a member of that SME.
    let sme_page = text(&admin_browser, &app.url(&format!("/smes/{}", net.sme_b2))).await;
    let invite_link = format!("/users?sme={}#invite", net.sme_b2);
    assert!(sme_page.contains(&invite_link), "{sme_page}");
    let filled = text(&admin_browser, &app.url(&invite_link)).await;
    assert!(filled.contains("id=\"invite\" open"), "{filled}");
    assert!(filled.contains(&format!("<option value=\"{}\" selected", net.sme_b2)));
    assert!(filled.contains("<option value=\"sme\" selected"));
    let csrf = hidden_field(&users, "_csrf").unwrap();
    let duplicate = admin_browser
        .post(app.url("/users/invite"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("email", "jonas@incubator-a.example"),
            ("display_name", "Jonas"),
            ("role", "evaluator"),
            ("organisation_id", ""),
            ("sme_id", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(duplicate.status(), 422);
    assert!(
        duplicate
            .text()
            .await
            .unwrap()
            .contains("an account with this e-mail address already exists")
    );
    let sent = admin_browser
        .post(app.url("/users/invite"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("email", "ida@sme-a1.example"),
            ("display_name", "Ida Holm"),
            ("role", "sme"),
            ("organisation_id", ""),
            ("sme_id", &net.sme_a1.to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 303);
    let location = sent.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with("/users?invited="), "{location}");
    let confirmation = text(&admin_browser, &app.url(&location)).await;
    assert!(
        confirmation.contains("An invitation was sent to ida@sme-a1.example"),
        "{confirmation}"
    );
    let ida = user_id(&app.db, "ida@sme-a1.example").await;
    assert_eq!(outbox(&app.db, ida).await.len(), 1);
    let forged = admin_browser
        .post(app.url("/users/invite"))
        .form(&[
            ("email", "eve@x.example"),
            ("display_name", "Eve"),
            ("role", "admin"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let member_browser = signed_in_browser(&app, MEMBER_A1).await;
    let member_csrf = hidden_field(&text(&member_browser, &app.url("/")).await, "_csrf").unwrap();
    let not_admin = member_browser
        .post(app.url("/users/invite"))
        .form(&[
            ("_csrf", member_csrf.as_str()),
            ("email", "eve@x.example"),
            ("display_name", "Eve"),
            ("role", "admin"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(not_admin.status(), 403);
}

async fn forgotten_passwords_are_reset_once_with_a_link_that_expires(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let member = user_id(&app.db, MEMBER_A1).await;
    let member_browser = signed_in_browser(&app, MEMBER_A1).await;
    let member_token = app.token(MEMBER_A1).await;
    let client = browser();

    let login = text(&client, &app.url("/login")).await;
    assert!(login.contains("href=\"/password/forgot\""), "{login}");

    // An unknown address gets the same answer as a known one, and no e-mail.
    let before = notify::store::last_id(&app.db).await.unwrap();
    let (unknown_status, unknown_page) =
        ask_for_link(&app, &client, "nobody@nowhere.example").await;
    let (known_status, known_page) = ask_for_link(&app, &client, MEMBER_A1).await;
    assert_eq!(unknown_status, 200);
    assert_eq!(known_status, 200);
    assert_eq!(unknown_page, known_page);
    assert!(known_page.contains("If an account exists for this address"));
    let notices = wait_for_outbox(&app.db, member, 1).await;
    assert_eq!(notices.len(), 1);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let after = notify::store::last_id(&app.db).await.unwrap();
    assert_eq!(after, notices[0].id, "only the known address got a notice");
    assert!(after > before);
    assert_eq!(notices[0].notice.kind, notify::Kind::Account);
    assert!(notices[0].notice.body.contains("60 minutes"));
    let link = link_path(&notices[0]);
    // The link is for the mailbox: whoever holds the person's session or a
    // token cannot read it in the notifications.
    let listed = app.get("/api/v1/notifications", &member_token).await;
    assert_eq!(listed.status, 200);
    assert_eq!(
        listed.body["items"][0]["kind"], "account",
        "{}",
        listed.text
    );
    assert!(!listed.text.contains("/password/"), "{}", listed.text);
    let page = text(&member_browser, &app.url("/notifications")).await;
    assert!(
        page.contains("60 minutes") && !page.contains(&link),
        "{page}"
    );

    // Without the form's cookie and token the page refuses.
    let forged = reqwest::Client::new()
        .post(app.url(&link))
        .form(&[
            ("new_password", NEW_PASSWORD),
            ("new_password_repeat", NEW_PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);

    let (status, page) = use_link(&app, &link, NEW_PASSWORD, NEW_PASSWORD).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Your password is set"));
    // The link works once; the person's sessions and tokens have ended.
    let (status, page) = use_link(
        &app,
        &link,
        "yet another passphrase",
        "yet another passphrase",
    )
    .await;
    assert_eq!(status, 404);
    assert!(page.contains("This link no longer works"));
    let session = member_browser
        .get(app.url("/account"))
        .send()
        .await
        .unwrap();
    assert_eq!(session.status(), 303);
    assert_eq!(app.get("/api/v1/me", &member_token).await.status, 401);
    assert_eq!(sign_in(&app, MEMBER_A1, PASSWORD).await.status, 401);
    let reply = sign_in(&app, MEMBER_A1, NEW_PASSWORD).await;
    assert_eq!(reply.status, 200);
    let token = reply.body["token"].as_str().unwrap().to_string();
    assert!(
        audit_actions(&app)
            .await
            .contains(&"password_set".to_string())
    );

    // A link past its hour no longer works (the test moves its expiry).
    let (status, _) = ask_for_link(&app, &client, MEMBER_A1).await;
    assert_eq!(status, 200);
    let notices = wait_for_outbox(&app.db, member, 2).await;
    let late = link_path(&notices[0]);
    use sea_orm::ConnectionTrait;
    let expired = sea_orm::sea_query::Query::update()
        .table(sea_orm::sea_query::Alias::new("password_tokens"))
        .value(
            sea_orm::sea_query::Alias::new("expires_at"),
            chrono::Utc::now() - chrono::Duration::seconds(1),
        )
        .to_owned();
    app.db.execute(&expired).await.unwrap();
    let page = client.get(app.url(&late)).send().await.unwrap();
    assert_eq!(page.status(), 404);
    let (status, page) = use_link(&app, &late, PASSWORD, PASSWORD).await;
    assert_eq!(status, 404);
    assert!(page.contains("href=\"/password/forgot\""));
    assert_eq!(sign_in(&app, MEMBER_A1, NEW_PASSWORD).await.status, 200);

    // The person's data never carries the links' digests.
    let export = app.get("/api/v1/me/export", &token).await;
    assert_eq!(export.status, 200);
    assert!(!export.text.contains("password_tokens"));
    assert!(!export.text.contains("digest"));

    // Requests are throttled per address, known or not, alike.
    let (status, _) = ask_for_link(&app, &client, MEMBER_A1).await;
    assert_eq!(status, 200, "the third in the window");
    let (status, page) = ask_for_link(&app, &client, MEMBER_A1).await;
    assert_eq!(status, 429);
    assert!(page.contains("Too many links were asked for"), "{page}");
    for _ in 0..2 {
        let (status, _) = ask_for_link(&app, &client, "nobody@nowhere.example").await;
        assert_eq!(status, 200);
    }
    let (status, _) = ask_for_link(&app, &client, "nobody@nowhere.example").await;
    assert_eq!(status, 429);
    let (status, _) = ask_for_link(&app, &client, "someone@else.example").await;
    assert_eq!(status, 200, "other addresses are not held up");
}
