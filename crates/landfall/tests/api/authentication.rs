//! Signing in: bearer tokens, browser sessions, CSRF, throttling.

use reqwest::Method;
use serde_json::json;

use crate::on_both_backends;
use crate::support::{
    ADMIN, Backend, MANAGER_A, MEMBER_A1, PASSWORD, TestApp, browser, hidden_field, network, spawn,
    text,
};

async fn sign_in(app: &TestApp, email: &str, password: &str) -> crate::support::Reply {
    app.call(
        Method::POST,
        "/api/v1/auth/token",
        None,
        Some(&json!({"email": email, "password": password})),
    )
    .await
}

async fn tokens_are_issued_for_the_right_password_only(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;

    let reply = sign_in(&app, MANAGER_A, PASSWORD).await;
    assert_eq!(reply.status, 200);
    let token = reply.body["token"].as_str().unwrap().to_string();
    assert!(token.starts_with("lf_"));
    assert!(reply.body["expires_at"].is_string());

    let me = app.get("/api/v1/me", &token).await;
    assert_eq!(me.status, 200);
    assert_eq!(me.body["email"], MANAGER_A);
    assert_eq!(me.body["role"], "manager");

    // E-mail addresses are matched without regard to case.
    assert_eq!(
        sign_in(&app, &MANAGER_A.to_uppercase(), PASSWORD)
            .await
            .status,
        200
    );

    let wrong = sign_in(&app, MANAGER_A, "not the password").await;
    assert_eq!(wrong.status, 401);
    let unknown = sign_in(&app, "nobody@nowhere.example", PASSWORD).await;
    assert_eq!(unknown.status, 401);
    assert_eq!(
        wrong.body, unknown.body,
        "a wrong password and an unknown account look the same"
    );
    assert!(wrong.body["error"].as_str().unwrap().contains("password"));
}

async fn token_requests_are_validated(backend: Backend) {
    let app = spawn(backend).await;
    let missing = app
        .call(Method::POST, "/api/v1/auth/token", None, Some(&json!({})))
        .await;
    assert_eq!(missing.status, 422);
    assert_eq!(missing.body["fields"]["email"], "is required");
    assert_eq!(missing.body["fields"]["password"], "is required");

    let client = reqwest::Client::new();
    let malformed = client
        .post(app.url("/api/v1/auth/token"))
        .header("content-type", "application/json")
        .body("{\"email\": ")
        .send()
        .await
        .unwrap();
    assert_eq!(malformed.status(), 400);
    let body: serde_json::Value = malformed.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("malformed JSON"));

    let not_json = client
        .post(app.url("/api/v1/auth/token"))
        .body("email=a")
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status(), 400);
}

async fn revoked_and_invalid_tokens_are_refused(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let token = app.token(MEMBER_A1).await;
    assert_eq!(app.get("/api/v1/me", &token).await.status, 200);
    let revoke = app
        .call(Method::DELETE, "/api/v1/auth/token", Some(&token), None)
        .await;
    assert_eq!(revoke.status, 204);
    assert_eq!(app.get("/api/v1/me", &token).await.status, 401);
    assert_eq!(app.get("/api/v1/me", "lf_forged").await.status, 401);
    let anonymous = app.call(Method::GET, "/api/v1/me", None, None).await;
    assert_eq!(anonymous.status, 401);
    assert_eq!(anonymous.body["error"], "sign in first");
}

async fn repeated_failures_are_throttled(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    for _ in 0..5 {
        assert_eq!(sign_in(&app, MANAGER_A, "guess").await.status, 401);
    }
    let throttled = sign_in(&app, MANAGER_A, PASSWORD).await;
    assert_eq!(throttled.status, 429, "even the right password waits now");
    let retry: u64 = throttled.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry >= 60);
    // Other accounts are not locked out by someone else's failures.
    assert_eq!(sign_in(&app, ADMIN, PASSWORD).await.status, 200);

    // Guesses sent all at once get no more tries than guesses one by one.
    let mut guesses = tokio::task::JoinSet::new();
    for i in 0..16 {
        let url = app.url("/api/v1/auth/token");
        guesses.spawn(async move {
            reqwest::Client::new()
                .post(url)
                .json(&json!({"email": MEMBER_A1, "password": format!("guess {i}")}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        });
    }
    let mut statuses = guesses.join_all().await;
    statuses.sort_unstable();
    // Of guesses arriving together, one may count others that came after it
    // and stop early (all of them may): at most five get a password checked.
    let tried = statuses.iter().filter(|s| **s == 401).count();
    assert!(tried <= 5, "{statuses:?}");
    assert!(statuses[tried..].iter().all(|s| *s == 429), "{statuses:?}");
}

/// Whatever is typed as the address, the failure is recorded under a short
/// key without control characters, and counted like any other.
async fn failures_are_recorded_under_a_bounded_key(backend: Backend) {
    let app = spawn(backend).await;
    let typed = format!("Junk\u{0}{}", "-".repeat(1_000_000));
    assert_eq!(sign_in(&app, &typed, "guess").await.status, 401);
    let attempts = landfall::privacy::schema::all_rows(&app.db, "login_attempts")
        .await
        .unwrap();
    assert_eq!(attempts.len(), 1, "{attempts:?}");
    let key = attempts[0]["email"].as_str().unwrap();
    assert_eq!(key.chars().count(), 254);
    assert!(key.starts_with("junk---"), "{key}");
    for _ in 0..4 {
        assert_eq!(sign_in(&app, &typed, "guess").await.status, 401);
    }
    assert_eq!(sign_in(&app, &typed, "guess").await.status, 429);
}

async fn browsers_sign_in_with_a_session_cookie_and_csrf(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let client = browser();

    // Signed out, pages send you to the sign-in page and back.
    let response = client
        .get(app.url("/smes?country=DK"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "/login?next=%2Fsmes%3Fcountry%3DDK"
    );

    let form = text(&client, &app.url("/login")).await;
    let csrf = hidden_field(&form, "_csrf").unwrap();
    // The form open in a second tab carries the same token, so the first
    // tab's still works.
    let second_tab = text(&client, &app.url("/login?next=%2Fsmes")).await;
    assert_eq!(hidden_field(&second_tab, "_csrf").unwrap(), csrf);

    // Without the form's token the attempt is refused before the password is looked at.
    let forged = client
        .post(app.url("/login"))
        .form(&[
            ("email", MANAGER_A),
            ("password", PASSWORD),
            ("_csrf", "forged"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let csrf = hidden_field(&forged.text().await.unwrap(), "_csrf").unwrap_or(csrf);

    let wrong = client
        .post(app.url("/login"))
        .form(&[
            ("email", MANAGER_A),
            ("password", "wrong"),
            ("_csrf", &csrf),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    let page = wrong.text().await.unwrap();
    assert!(page.contains("The e-mail address or the password is wrong."));
    assert!(page.contains(MANAGER_A), "the e-mail address typed is kept");
    let csrf = hidden_field(&page, "_csrf").unwrap();

    let ok = client
        .post(app.url("/login"))
        .form(&[
            ("email", MANAGER_A),
            ("password", PASSWORD),
            ("_csrf", &csrf),
            ("next", "/smes?country=DK"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 303);
    assert_eq!(ok.headers()["location"], "/smes?country=DK");
    let cookie = ok
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|v| v.starts_with("landfall_session="))
        .expect("session cookie");
    assert!(cookie.contains("HttpOnly"));
    assert!(cookie.contains("SameSite=Lax"));

    let dashboard = text(&client, &app.url("/")).await;
    assert!(dashboard.contains("Welcome, manager"));

    // A second instance on the same database knows the session: nothing lives in memory.
    let other = app.second_instance().await;
    let there = client.get(format!("{other}/smes")).send().await.unwrap();
    assert_eq!(there.status(), 200);

    // Forms need the session's CSRF token.
    let logout = client
        .post(app.url("/logout"))
        .form(&[("_csrf", "forged")])
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), 403);
    let csrf = hidden_field(&dashboard, "_csrf").unwrap();
    let logout = client
        .post(app.url("/logout"))
        .form(&[("_csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(logout.status(), 303);
    let after = client.get(app.url("/smes")).send().await.unwrap();
    assert_eq!(after.status(), 303, "the session is gone");
}

async fn sign_in_only_redirects_within_the_site(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let client = browser();
    let form = text(&client, &app.url("/login")).await;
    let csrf = hidden_field(&form, "_csrf").unwrap();
    let response = client
        .post(app.url("/login"))
        .form(&[
            ("email", ADMIN),
            ("password", PASSWORD),
            ("_csrf", &csrf),
            ("next", "//evil.example/phish"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/");
}

on_both_backends!(
    tokens_are_issued_for_the_right_password_only,
    token_requests_are_validated,
    revoked_and_invalid_tokens_are_refused,
    repeated_failures_are_throttled,
    failures_are_recorded_under_a_bounded_key,
    browsers_sign_in_with_a_session_cookie_and_csrf,
    sign_in_only_redirects_within_the_site,
);
