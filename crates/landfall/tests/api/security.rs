//! Hardening: HSTS behind TLS, per-address API rate limits, session ids that
//! never survive a sign-in, sessions with a maximum age, and password rules.

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::Request;
use landfall::app::{AppState, Settings, router};
use landfall::auth::{self, AccountRequest, Role};
use landfall::web::AppError;
use landfall::web::client_address::TrustedProxies;
use tower::ServiceExt;

use crate::on_both_backends;
use crate::support::{ADMIN, Backend, MANAGER_A, TestApp, hidden_field, network, spawn};

fn app_with(app: &TestApp, public_url: &str, per_minute: u32) -> axum::Router {
    router(AppState::new(
        app.db.clone(),
        Settings {
            api_rate_per_minute: per_minute,
            ..Settings::for_public_url(public_url)
        },
    ))
}

async fn get(router: &axum::Router, path: &str) -> axum::response::Response {
    router
        .clone()
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap()
}

async fn hsts_is_sent_behind_tls_only(backend: Backend) {
    let app = spawn(backend).await;
    let secure = app_with(&app, "https://landfall.example.org", 0);
    let response = get(&secure, "/directory").await;
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
    assert!(
        response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    let plain = app_with(&app, "http://127.0.0.1:8080", 0);
    assert!(
        get(&plain, "/directory")
            .await
            .headers()
            .get("strict-transport-security")
            .is_none()
    );
}

async fn the_api_is_rate_limited_per_address(backend: Backend) {
    let app = spawn(backend).await;
    let limited = app_with(&app, "http://127.0.0.1:8080", 40);
    for _ in 0..10 {
        assert_eq!(
            get(&limited, "/api/v1/handbook/chapters").await.status(),
            200
        );
    }
    let refused = get(&limited, "/api/v1/handbook/chapters").await;
    assert_eq!(refused.status(), 429);
    assert!(
        refused.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse::<u64>()
            .unwrap()
            >= 1
    );
    let body = axum::body::to_bytes(refused.into_body(), 10_000)
        .await
        .unwrap();
    let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .starts_with("too many attempts"),
        "{body}"
    );
    // Pages are not counted: people browse, scripts call the API.
    assert_eq!(get(&limited, "/directory").await.status(), 200);
}

/// A router behind `trusted` reverse proxies, limited to 40 API requests a
/// minute (a burst of 10) per client address.
fn app_behind(app: &TestApp, trusted: &str) -> axum::Router {
    router(AppState::new(
        app.db.clone(),
        Settings {
            api_rate_per_minute: 40,
            trusted_proxies: TrustedProxies::parse(trusted).unwrap(),
            ..Settings::for_public_url("http://127.0.0.1:8080")
        },
    ))
}

/// A request arriving over a connection from `peer`, optionally with an
/// `X-Forwarded-For` header.
async fn send_from(
    router: &axum::Router,
    request: axum::http::request::Builder,
    peer: &str,
    forwarded_for: Option<&str>,
    body: Body,
) -> axum::http::StatusCode {
    let request = match forwarded_for {
        Some(value) => request.header("x-forwarded-for", value),
        None => request,
    };
    let mut request = request.body(body).unwrap();
    let peer: std::net::SocketAddr = format!("{peer}:40000").parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    router.clone().oneshot(request).await.unwrap().status()
}

async fn api_get_from(router: &axum::Router, peer: &str, forwarded_for: Option<&str>) -> u16 {
    send_from(
        router,
        Request::get("/api/v1/handbook/chapters"),
        peer,
        forwarded_for,
        Body::empty(),
    )
    .await
    .as_u16()
}

async fn sign_in_from(router: &axum::Router, peer: &str, forwarded_for: Option<&str>) -> u16 {
    let body = serde_json::json!({"email": ADMIN, "password": "not the password"});
    send_from(
        router,
        Request::post("/api/v1/auth/token").header("content-type", "application/json"),
        peer,
        forwarded_for,
        Body::from(body.to_string()),
    )
    .await
    .as_u16()
}

async fn clients_behind_a_trusted_proxy_are_counted_apart(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let proxied = app_behind(&app, "10.0.0.1");
    // Two clients behind the proxy: the first uses up its burst...
    for _ in 0..10 {
        assert_eq!(
            api_get_from(&proxied, "10.0.0.1", Some("198.51.100.1")).await,
            200
        );
    }
    assert_eq!(
        api_get_from(&proxied, "10.0.0.1", Some("198.51.100.1")).await,
        429
    );
    // ...while the second, through the same proxy, is still served.
    assert_eq!(
        api_get_from(&proxied, "10.0.0.1", Some("203.0.113.5, 198.51.100.2")).await,
        200
    );
    // A client talking to Landfall directly cannot pose as others: a new
    // made-up header on every request changes nothing.
    for i in 0..10 {
        let spoofed = format!("192.0.2.{i}");
        assert_eq!(
            api_get_from(&proxied, "198.51.100.9", Some(&spoofed)).await,
            200
        );
    }
    assert_eq!(
        api_get_from(&proxied, "198.51.100.9", Some("192.0.2.99")).await,
        429
    );
    // Without the setting the header counts for nothing, even from the proxy.
    let direct = app_behind(&app, "");
    for i in 0..10 {
        let claimed = format!("192.0.2.{i}");
        assert_eq!(api_get_from(&direct, "10.0.0.1", Some(&claimed)).await, 200);
    }
    assert_eq!(
        api_get_from(&direct, "10.0.0.1", Some("192.0.2.99")).await,
        429
    );

    // Sign-in throttling counts the same addresses: one client behind the
    // proxy has failed too often...
    for _ in 0..auth::model::MAX_FAILURES_PER_IP {
        auth::store::record_failure(&app.db, "someone@example.org", "198.51.100.1")
            .await
            .unwrap();
    }
    let unlimited = router(AppState::new(
        app.db.clone(),
        Settings {
            api_rate_per_minute: 0,
            trusted_proxies: TrustedProxies::parse("10.0.0.1").unwrap(),
            ..Settings::for_public_url("http://127.0.0.1:8080")
        },
    ));
    assert_eq!(
        sign_in_from(&unlimited, "10.0.0.1", Some("198.51.100.1")).await,
        429
    );
    // ...the other is only told its password is wrong...
    assert_eq!(
        sign_in_from(&unlimited, "10.0.0.1", Some("198.51.100.2")).await,
        401
    );
    // ...and the throttled one cannot escape by naming another address.
    assert_eq!(
        sign_in_from(&unlimited, "198.51.100.1", Some("198.51.100.3")).await,
        429
    );
}

async fn a_sign_in_never_keeps_the_session_it_found(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    // A live session whose cookie a browser carries (say, planted there).
    let planted = session_secret(&app, MANAGER_A).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = client.get(app.url("/login")).send().await.unwrap();
    let login_cookie = cookie_pair(&page, "landfall_login_csrf");
    let csrf = hidden_field(&page.text().await.unwrap(), "_csrf").unwrap();
    let response = client
        .post(app.url("/login"))
        .header(
            "cookie",
            format!("landfall_session={planted}; {login_cookie}"),
        )
        .form(&[
            ("email", ADMIN),
            ("password", crate::support::PASSWORD),
            ("_csrf", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let fresh = cookie_pair(&response, "landfall_session");
    assert_ne!(
        fresh,
        format!("landfall_session={planted}"),
        "a new session id"
    );
    // The session that was there before is gone.
    let old = client
        .get(app.url("/api/v1/me"))
        .header("cookie", format!("landfall_session={planted}"))
        .send()
        .await
        .unwrap();
    assert_eq!(old.status(), 401);
    let new = client
        .get(app.url("/api/v1/me"))
        .header("cookie", fresh)
        .send()
        .await
        .unwrap();
    assert_eq!(new.status(), 200);
}

/// A page of another site can make a signed-in browser send its cookie with
/// a request to the API; the API reads for such a cookie but writes only for
/// a bearer token, so no such request changes anything.
async fn the_session_cookie_reads_the_api_but_never_writes(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let session = format!("landfall_session={}", session_secret(&app, ADMIN).await);
    let client = reqwest::Client::new();
    let me = client
        .get(app.url("/api/v1/me"))
        .header("cookie", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);
    let path = format!("/api/v1/smes/{}", net.sme_a2);
    for method in [reqwest::Method::DELETE, reqwest::Method::POST] {
        let target = match method {
            reqwest::Method::POST => format!("{path}/erase"),
            _ => path.clone(),
        };
        let refused = client
            .request(method, app.url(&target))
            .header("cookie", &session)
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 401, "{target}");
    }
    let admin = app.token(ADMIN).await;
    let sme = app.get(&path, &admin).await;
    assert_eq!(sme.status, 200, "still there, not erased: {}", sme.text);
    assert_ne!(sme.body["name"], format!("Erased SME #{}", net.sme_a2));
    // The same request with the admin's token goes through.
    assert_eq!(app.delete(&path, &admin).await.status, 204);
}

/// Signs in through the form with a fresh client and returns the session secret.
async fn session_secret(app: &TestApp, email: &str) -> String {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let page = client.get(app.url("/login")).send().await.unwrap();
    let login_cookie = cookie_pair(&page, "landfall_login_csrf");
    let form = page.text().await.unwrap();
    let csrf = hidden_field(&form, "_csrf").unwrap();
    let response = client
        .post(app.url("/login"))
        .header("cookie", login_cookie)
        .form(&[
            ("email", email),
            ("password", crate::support::PASSWORD),
            ("_csrf", csrf.as_str()),
        ])
        .send()
        .await
        .unwrap();
    cookie_pair(&response, "landfall_session")
        .trim_start_matches("landfall_session=")
        .to_string()
}

fn cookie_pair(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_string())
        .find(|c| c.starts_with(&format!("{name}=")))
        .unwrap_or_else(|| panic!("no {name} cookie"))
}

async fn sessions_end_at_their_maximum_age(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let secret = session_secret(&app, MANAGER_A).await;
    let client = reqwest::Client::new();
    let me = |client: reqwest::Client, secret: String, url: String| async move {
        client
            .get(url)
            .header("cookie", format!("landfall_session={secret}"))
            .send()
            .await
            .unwrap()
            .status()
    };
    assert_eq!(
        me(client.clone(), secret.clone(), app.url("/api/v1/me")).await,
        200
    );
    // Signed in eight days ago, used all along: over.
    use sea_orm::ConnectionTrait;
    let aged = sea_orm::sea_query::Query::update()
        .table(sea_orm::sea_query::Alias::new("sessions"))
        .value(
            sea_orm::sea_query::Alias::new("created_at"),
            chrono::Utc::now() - chrono::Duration::days(8),
        )
        .value(
            sea_orm::sea_query::Alias::new("expires_at"),
            chrono::Utc::now() + chrono::Duration::minutes(30),
        )
        .to_owned();
    app.db.execute(&aged).await.unwrap();
    // The current expiry still holds, but using it no longer extends it...
    assert_eq!(
        me(client.clone(), secret.clone(), app.url("/api/v1/me")).await,
        200
    );
    let expiry = sea_orm::sea_query::Query::select()
        .column(sea_orm::sea_query::Alias::new("expires_at"))
        .from(sea_orm::sea_query::Alias::new("sessions"))
        .to_owned();
    let row = app.db.query_one(&expiry).await.unwrap().unwrap();
    let expires: chrono::DateTime<chrono::Utc> = row.try_get_by_index(0).unwrap();
    assert!(
        expires < chrono::Utc::now() + chrono::Duration::hours(1),
        "not extended: {expires}"
    );
}

async fn passwords_follow_the_rules(backend: Backend) {
    let app = spawn(backend).await;
    let request = |password: &str| AccountRequest {
        email: "kari.nordmann@coast.example".into(),
        display_name: "Kari".into(),
        password: password.into(),
        role: Role::Admin,
        organisation_id: None,
        sme_id: None,
    };
    for weak in ["short", "password123", "kari.nordmann-2027", "xxxxxxxxxxxx"] {
        match auth::add_account(&app.db, request(weak)).await {
            Err(AppError::Validation(fields)) => assert!(fields.contains("password"), "{weak}"),
            other => panic!("{weak} was accepted: {other:?}"),
        }
    }
    assert!(
        auth::add_account(&app.db, request("tide tables and herring"))
            .await
            .is_ok()
    );
}

/// Two admins demoting each other at once: the second waits for the first
/// and is refused, so the network never ends up without an admin.
async fn the_last_admin_stays_when_two_step_down_at_once(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let app = spawn(backend).await;
    network(&app).await;
    let second =
        crate::support::add_account(&app.db, "second.admin@example.org", Role::Admin, None, None)
            .await;
    let admin = app.token(ADMIN).await;
    let me = app.get("/api/v1/me", &admin).await.body["id"]
        .as_i64()
        .unwrap();
    // The second admin's demotion is under way, not yet committed...
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE users SET role = 'evaluator' WHERE id = {second}"
    ))
    .await
    .unwrap();
    // ...while the first closes their own account.
    let closing = crate::support::waiting(
        app.delete("/api/v1/me", &admin),
        "the erasure waits for the other admin's change",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = closing.await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    assert!(
        refused.text.contains("at least one admin"),
        "{}",
        refused.text
    );
    let still = app.get("/api/v1/me", &admin).await;
    assert_eq!(still.body["id"], me);
    assert_eq!(still.body["role"], "admin");
}

on_both_backends!(
    the_last_admin_stays_when_two_step_down_at_once,
    hsts_is_sent_behind_tls_only,
    the_api_is_rate_limited_per_address,
    clients_behind_a_trusted_proxy_are_counted_apart,
    a_sign_in_never_keeps_the_session_it_found,
    the_session_cookie_reads_the_api_but_never_writes,
    sessions_end_at_their_maximum_age,
    passwords_follow_the_rules,
);
