//! Health, the OpenAPI document, security headers, unknown URLs and the
//! latest migrations' way back.

use landfall::db::migrations::Migrator;
use sea_orm_migration::MigratorTrait;
use serde_json::Value;

use crate::on_both_backends;
use crate::support::{ADMIN, Backend, add_sme, names, network, sme_input, spawn};

/// Every migration from the SME search index on (a trigger-kept FTS table on
/// SQLite, a trigram index on PostgreSQL; the marketplace's index; the SME
/// lists' indexes; and the tables that came after) can be taken back and put
/// again, and the search still finds what was written while they were gone.
async fn the_index_migrations_go_down_and_up_again(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let migrations = Migrator::migrations();
    let first = migrations
        .iter()
        .position(|m| m.name() == "m20261207_000012_sme_search_index")
        .expect("the search index's migration");
    let since = u32::try_from(migrations.len() - first).unwrap();
    Migrator::down(&app.db, Some(since)).await.unwrap();
    add_sme(
        &app.db,
        sme_input("Unindexed Kelp AS", "NO", net.incubator_b, &["A03"], true),
    )
    .await;
    Migrator::up(&app.db, None).await.unwrap();
    let token = app.token(ADMIN).await;
    let found = app.get("/api/v1/smes?q=kelp", &token).await;
    assert_eq!(names(&found), ["Unindexed Kelp AS"]);
    let listed = app.get("/api/v1/profiles", &token).await;
    assert_eq!(listed.status, 200, "{}", listed.text);
}

async fn health_answers_when_the_database_does(backend: Backend) {
    let app = spawn(backend).await;
    let response = reqwest::get(app.url("/healthz")).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");
    app.db.clone().close().await.unwrap();
    let response = reqwest::get(app.url("/healthz")).await.unwrap();
    assert_eq!(
        response.status(),
        503,
        "a closed pool is reported as unavailable"
    );
}

async fn openapi_documents_every_endpoint(backend: Backend) {
    let app = spawn(backend).await;
    let doc: Value = reqwest::get(app.url("/api/openapi.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for (path, methods) in [
        ("/api/v1/auth/token", &["post", "delete"][..]),
        ("/api/v1/me", &["get"]),
        ("/api/v1/users", &["get"]),
        ("/api/v1/organisations", &["get", "post"]),
        ("/api/v1/organisations/{id}", &["get", "patch", "delete"]),
        ("/api/v1/smes", &["get", "post"]),
        ("/api/v1/smes/{id}", &["get", "patch", "delete"]),
        ("/api/v1/programmes", &["get", "post"]),
        ("/api/v1/programmes/{id}/participants", &["get", "post"]),
        ("/api/v1/participants/{id}/journey", &["get"]),
        ("/api/v1/participants/{id}/journey/{step}", &["post"]),
        ("/api/v1/sessions", &["get", "post"]),
        ("/api/v1/desks", &["get", "post"]),
        ("/api/v1/desk-bookings", &["get", "post"]),
        ("/api/v1/organisations/{id}/occupancy", &["get"]),
    ] {
        for method in methods {
            assert!(
                paths[path][method].is_object(),
                "{method} {path} is documented"
            );
        }
    }
    let sme = &doc["components"]["schemas"]["SmeView"]["properties"];
    assert!(sme["annual_turnover_cents"].is_object());
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());

    // Found by Schemathesis: two capabilities' types of one name shared one
    // schema, so one side's answers were described by the other's fields.
    let schemas = &doc["components"]["schemas"];
    assert!(schemas["ProgrammeSessionView"]["properties"]["capacity"].is_object());
    assert!(schemas["EventSessionView"]["properties"]["slots"].is_object());
    assert!(schemas["OutcomeRecord"]["properties"]["kind"].is_object());
    assert!(schemas["ApplicationOutcome"]["enum"].is_array());
    assert!(schemas["SessionView"].is_null() && schemas["Outcome"].is_null());
    // Every operation that needs a token says so and documents the 401, and
    // every operation the rate limit and unreadable input can refuse.
    let calls = &paths["/api/v1/calls"]["get"];
    assert!(calls["security"][0]["bearer"].is_array());
    assert!(calls["responses"]["401"].is_object());
    for (path, item) in paths {
        for (method, operation) in item.as_object().unwrap() {
            assert!(
                operation["responses"]["429"].is_object(),
                "{method} {path} documents 429"
            );
            if path.contains('{') {
                assert!(
                    operation["responses"]["400"].is_object()
                        && operation["responses"]["404"].is_object(),
                    "{method} {path} documents 400 and 404"
                );
            }
        }
    }
}

async fn every_response_carries_security_headers(backend: Backend) {
    let app = spawn(backend).await;
    for path in [
        "/",
        "/login",
        "/directory",
        "/api/v1/smes",
        "/static/landfall.css",
    ] {
        let response = reqwest::get(app.url(path)).await.unwrap();
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["x-frame-options"], "DENY", "{path}");
    }
}

async fn unknown_urls_are_404_in_the_right_format(backend: Backend) {
    let app = spawn(backend).await;
    let api = reqwest::get(app.url("/api/v1/nothing-here")).await.unwrap();
    assert_eq!(api.status(), 404);
    let body: Value = api.json().await.unwrap();
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("/api/v1/nothing-here")
    );
    let page = reqwest::get(app.url("/nothing-here")).await.unwrap();
    assert_eq!(page.status(), 404);
    assert!(
        page.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(page.text().await.unwrap().contains("Not found"));
}

on_both_backends!(
    the_index_migrations_go_down_and_up_again,
    health_answers_when_the_database_does,
    openapi_documents_every_endpoint,
    every_response_carries_security_headers,
    unknown_urls_are_404_in_the_right_format,
);
