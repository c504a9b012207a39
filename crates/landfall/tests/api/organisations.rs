//! Organisations through the API: create, read, update, filters, pages, errors.

use serde_json::json;

use crate::on_both_backends;
use crate::support::{ADMIN, Backend, MANAGER_A, names, network, spawn};

fn new_cluster() -> serde_json::Value {
    json!({
        "kind": "cluster",
        "name": "Wadden Food Cluster",
        "country": "nl",
        "city": "Leeuwarden",
        "region": "Friesland",
        "sectors": ["10.51", "A03.21"],
        "services": ["matchmaking", "trade_fairs"],
        "website": "wadden-food.example",
        "description": "Dairy and shellfish producers of the Wadden coast.",
        "contacts": [{"name": "Sjoukje Visser", "role": "Cluster manager", "email": "sjoukje@wadden-food.example", "phone": "+31 58 000 0000"}]
    })
}

async fn admins_create_read_and_update_organisations(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let token = app.token(ADMIN).await;

    let created = app
        .post("/api/v1/organisations", &token, new_cluster())
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let id = created.body["id"].as_i64().unwrap();
    assert_eq!(
        created.headers["location"],
        format!("/api/v1/organisations/{id}")
    );
    assert_eq!(created.body["country"], "NL");
    assert_eq!(created.body["slug"], "wadden-food-cluster");
    assert_eq!(created.body["sectors"], json!(["A03.21", "C10.51"]));
    assert_eq!(created.body["website"], "https://wadden-food.example");
    assert_eq!(created.body["contacts"][0]["name"], "Sjoukje Visser");

    let read = app
        .get(&format!("/api/v1/organisations/{id}"), &token)
        .await;
    assert_eq!(read.status, 200);
    assert_eq!(read.body, created.body);

    // PATCH changes only what is sent; null clears an optional field.
    let patched = app
        .patch(
            &format!("/api/v1/organisations/{id}"),
            &token,
            json!({"city": "Harlingen", "region": null, "services": ["matchmaking"]}),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    assert_eq!(patched.body["city"], "Harlingen");
    assert_eq!(patched.body["region"], "");
    assert_eq!(patched.body["services"], json!(["matchmaking"]));
    assert_eq!(patched.body["name"], "Wadden Food Cluster");
    assert_eq!(
        patched.body["contacts"][0]["email"],
        "sjoukje@wadden-food.example"
    );

    let list = app.get("/api/v1/organisations?kind=cluster", &token).await;
    assert_eq!(names(&list), ["Offshore Cluster", "Wadden Food Cluster"]);
    assert!(
        list.body["items"][0].get("contacts").is_none(),
        "lists stay light"
    );
}

async fn bad_organisations_are_refused_field_by_field(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let token = app.token(ADMIN).await;
    let before = app.get("/api/v1/organisations", &token).await.body["total"].clone();

    let mut bad = json!({
        "kind": "bank",
        "country": "XX",
        "city": 7,
        "sectors": ["C99", "J62"],
        "website": "ftp://x",
        "contacts": [{"name": "", "email": "nobody"}],
        "colour": "blue"
    });
    let reply = app.post("/api/v1/organisations", &token, bad.clone()).await;
    assert_eq!(reply.status, 422, "{}", reply.text);
    assert_eq!(reply.body["fields"]["colour"], "unknown field");
    // Unknown fields are reported first; the rest once the body is well-formed.
    bad.as_object_mut().unwrap().remove("colour");
    let fixed = app.post("/api/v1/organisations", &token, bad).await;
    assert_eq!(fixed.status, 422);
    let fields = &fixed.body["fields"];
    for field in [
        "kind",
        "name",
        "country",
        "city",
        "sectors",
        "website",
        "contacts[0].name",
        "contacts[0].email",
    ] {
        assert!(
            fields[field].is_string(),
            "{field} not reported: {}",
            fixed.text
        );
    }
    assert!(fields["city"].as_str().unwrap().contains("wrong type"));
    assert!(fields["sectors"].as_str().unwrap().contains("C99"));
    assert_eq!(fields["name"], "is required");

    let after = app.get("/api/v1/organisations", &token).await.body["total"].clone();
    assert_eq!(before, after, "nothing was written");

    // A name already registered in the same country is a conflict on `name`.
    let mut duplicate = new_cluster();
    duplicate["name"] = json!("Incubator A");
    duplicate["country"] = json!("DK");
    let conflict = app.post("/api/v1/organisations", &token, duplicate).await;
    assert_eq!(conflict.status, 409);
    assert!(
        conflict.body["fields"]["name"]
            .as_str()
            .unwrap()
            .contains("Denmark")
    );

    let missing = app.get("/api/v1/organisations/999999", &token).await;
    assert_eq!(missing.status, 404);
    assert_eq!(
        app.get("/api/v1/organisations/not-a-number", &token)
            .await
            .status,
        404
    );

    let patch = app
        .patch(
            &format!("/api/v1/organisations/{}", net.incubator_a),
            &token,
            json!({"name": null}),
        )
        .await;
    assert_eq!(patch.status, 422);
    assert_eq!(patch.body["fields"]["name"], "cannot be null");
}

async fn organisations_are_filtered_and_paginated(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let token = app.token(MANAGER_A).await;

    let all = app.get("/api/v1/organisations", &token).await;
    assert_eq!(all.body["total"], 4);
    assert_eq!(
        names(&all),
        [
            "Growth Fund",
            "Incubator A",
            "Incubator B",
            "Offshore Cluster"
        ],
        "ordered by name"
    );
    assert_eq!(
        names(&app.get("/api/v1/organisations?country=no", &token).await),
        ["Incubator B", "Offshore Cluster"]
    );
    assert_eq!(
        names(
            &app.get("/api/v1/organisations?kind=funding_agency", &token)
                .await
        ),
        ["Growth Fund"]
    );
    // A section finds organisations declared on its classes.
    assert_eq!(
        names(&app.get("/api/v1/organisations?sector=C", &token).await),
        ["Incubator B"]
    );
    assert_eq!(
        names(&app.get("/api/v1/organisations?sector=C10.2", &token).await),
        ["Incubator B"]
    );
    assert_eq!(
        names(&app.get("/api/v1/organisations?q=offshore", &token).await),
        ["Offshore Cluster"]
    );
    assert_eq!(
        names(
            &app.get("/api/v1/organisations?q=INCUBATOR%20norway", &token)
                .await
        ),
        ["Incubator B"]
    );
    assert_eq!(
        names(&app.get("/api/v1/organisations?q=norway", &token).await),
        ["Incubator B", "Offshore Cluster"]
    );
    // LIKE wildcards typed by a user are taken literally.
    assert_eq!(
        app.get("/api/v1/organisations?q=%25", &token).await.body["total"],
        0
    );

    let page = app
        .get("/api/v1/organisations?limit=2&offset=1", &token)
        .await;
    assert_eq!(page.body["total"], 4);
    assert_eq!(names(&page), ["Incubator A", "Incubator B"]);
    let beyond = app.get("/api/v1/organisations?offset=10", &token).await;
    assert_eq!(beyond.body["total"], 4);
    assert_eq!(beyond.body["items"], json!([]));

    let bad = app
        .get(
            "/api/v1/organisations?kind=bank&country=Norway&sector=Z&limit=0&offset=-2",
            &token,
        )
        .await;
    assert_eq!(bad.status, 422);
    for field in ["kind", "country", "sector", "limit", "offset"] {
        assert!(
            bad.body["fields"][field].is_string(),
            "{field}: {}",
            bad.text
        );
    }
}

/// Found by Schemathesis: both answered 500 (a foreign key refused the write).
async fn unknown_or_busy_organisations_are_refused_not_failed(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;

    // No feed for an organisation that does not exist.
    let reply = app
        .post("/api/v1/organisations/987654/calendar", &admin, json!({}))
        .await;
    assert_eq!(reply.status, 404, "{}", reply.text);

    // The cluster has no SMEs and no accounts, but organises an event.
    let event = app
        .post(
            "/api/v1/events",
            &admin,
            json!({
                "title": "Offshore Wind B2B Day", "format": "onsite", "venue": "Stavanger",
                "time_zone": "Europe/Oslo", "tables": 2, "max_meetings": 3,
                "organiser_organisation_id": net.cluster
            }),
        )
        .await;
    assert_eq!(event.status, 201, "{}", event.text);
    let reply = app
        .delete(&format!("/api/v1/organisations/{}", net.cluster), &admin)
        .await;
    assert_eq!(reply.status, 409, "{}", reply.text);
    assert!(
        reply.body["error"]
            .as_str()
            .unwrap()
            .contains("remove those first")
    );
    let reply = app
        .get(&format!("/api/v1/organisations/{}", net.cluster), &admin)
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text);

    // An organisation nothing refers to goes.
    let reply = app
        .delete(&format!("/api/v1/organisations/{}", net.agency), &admin)
        .await;
    assert_eq!(reply.status, 204, "{}", reply.text);
}

/// The registry's own refusals reach a German reader in German on the form,
/// and an English one in English.
async fn registry_refusals_speak_the_page_language(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    app.sign_in_browser(ADMIN).await;
    let form = [
        ("kind", "incubator"),
        ("name", "Halland Start"),
        ("country", "XX"),
        ("city", "Halmstad"),
        ("website", "not a web address"),
    ];
    let german = app.refused_new_organisation(&form, "de").await;
    assert!(german.contains("ist keine Webadresse"), "{german}");
    assert!(
        german.contains("ist kein Ländercode nach ISO 3166-1 alpha-2"),
        "{german}"
    );
    let english = app.refused_new_organisation(&form, "en").await;
    assert!(
        english.contains("is not a web address (e.g. https://example.org)"),
        "{english}"
    );
}

on_both_backends!(
    registry_refusals_speak_the_page_language,
    unknown_or_busy_organisations_are_refused_not_failed,
    admins_create_read_and_update_organisations,
    bad_organisations_are_refused_field_by_field,
    organisations_are_filtered_and_paginated,
);
