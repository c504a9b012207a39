//! SMEs through the API: create, read, update, private figures, filters, order.

use serde_json::json;

use crate::on_both_backends;
use crate::support::{
    ADMIN, Backend, MANAGER_A, MEMBER_A1, SECRET, add_sme, names, network, sme_input, spawn,
};

async fn managers_register_smes_at_their_organisation(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let token = app.token(MANAGER_A).await;

    let created = app
        .post(
            "/api/v1/smes",
            &token,
            json!({
                "name": "Havblik Analytics ApS",
                "country": "DK",
                "city": "Aarhus",
                "home_organisation_id": net.incubator_a,
                "sectors": ["62.01", "J63.11"],
                "founded": 2019,
                "employees": 11,
                "annual_turnover_cents": 115_000_000,
                "products": "Berth-planning forecasts for small harbours.",
                "target_markets": ["de", "NL"],
                "directory_consent": true,
                "notes": "Wants a pilot harbour in Germany.",
                "contacts": [{"name": "Jonas Vestergaard", "role": "CEO", "email": "jonas@havblik.example"}]
            }),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let id = created.body["id"].as_i64().unwrap();
    assert_eq!(created.headers["location"], format!("/api/v1/smes/{id}"));
    assert_eq!(created.body["sectors"], json!(["J62.01", "J63.11"]));
    assert_eq!(created.body["target_markets"], json!(["DE", "NL"]));
    assert_eq!(created.body["home_organisation"]["name"], "Incubator A");
    assert_eq!(created.body["employees"], 11);
    assert_eq!(created.body["annual_turnover_cents"], 115_000_000);
    assert_eq!(created.body["contacts"][0]["name"], "Jonas Vestergaard");

    let read = app.get(&format!("/api/v1/smes/{id}"), &token).await;
    assert_eq!(read.body, created.body);

    // The same company cannot be registered twice in one country.
    let again = app
        .post(
            "/api/v1/smes",
            &token,
            json!({"name": "Havblik Analytics ApS", "country": "DK", "city": "Aarhus",
                   "home_organisation_id": net.incubator_a, "sectors": ["J62"]}),
        )
        .await;
    assert_eq!(again.status, 409);
    assert!(again.body["fields"]["name"].is_string());
}

async fn bad_smes_are_refused_field_by_field(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let token = app.token(ADMIN).await;

    let reply = app
        .post(
            "/api/v1/smes",
            &token,
            json!({
                "name": "  ",
                "country": "XX",
                "city": "Bergen",
                "home_organisation_id": net.agency,
                "sectors": [],
                "founded": 2090,
                "employees": "many",
                "annual_turnover_cents": -1,
                "target_markets": ["NO", "QQ"],
                "directory_consent": "yes"
            }),
        )
        .await;
    assert_eq!(reply.status, 422, "{}", reply.text);
    let fields = &reply.body["fields"];
    for field in [
        "name",
        "country",
        "home_organisation_id",
        "sectors",
        "founded",
        "employees",
        "annual_turnover_cents",
        "target_markets",
        "directory_consent",
    ] {
        assert!(
            fields[field].is_string(),
            "{field} not reported: {}",
            reply.text
        );
    }
    assert!(fields["employees"].as_str().unwrap().contains("integer"));
    assert!(
        fields["home_organisation_id"]
            .as_str()
            .unwrap()
            .contains("cannot be an SME's home")
    );

    let no_home = app
        .post(
            "/api/v1/smes",
            &token,
            json!({"name": "Ghost AS", "country": "NO", "city": "Oslo", "home_organisation_id": 999_999, "sectors": ["J62"]}),
        )
        .await;
    assert_eq!(no_home.status, 422);
    assert_eq!(
        no_home.body["fields"]["home_organisation_id"],
        "no such organisation"
    );

    let total = app.get("/api/v1/smes", &token).await.body["total"].clone();
    assert_eq!(total, 4, "nothing was written");
}

async fn patches_change_only_what_is_sent(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let member = app.token(MEMBER_A1).await;
    let path = format!("/api/v1/smes/{}", net.sme_a1);

    let patched = app
        .patch(
            &path,
            &member,
            json!({"products": "Cloud software.", "employees": 14, "website": "alpha.example"}),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    assert_eq!(patched.body["products"], "Cloud software.");
    assert_eq!(patched.body["employees"], 14);
    assert_eq!(patched.body["website"], "https://alpha.example");
    assert_eq!(patched.body["name"], "Alpha Software ApS");
    assert_eq!(patched.body["contacts"][0]["name"], "Ola Founder");

    // Members and managers cannot move an SME to another organisation.
    let moved = app
        .patch(
            &path,
            &member,
            json!({"home_organisation_id": net.incubator_b}),
        )
        .await;
    assert_eq!(moved.status, 422);
    assert!(
        moved.body["fields"]["home_organisation_id"]
            .as_str()
            .unwrap()
            .contains("coordinator")
    );

    let admin = app.token(ADMIN).await;
    let moved = app
        .patch(
            &path,
            &admin,
            json!({"home_organisation_id": net.incubator_b}),
        )
        .await;
    assert_eq!(moved.status, 200);
    assert_eq!(moved.body["home_organisation"]["name"], "Incubator B");

    let cleared = app
        .patch(&path, &admin, json!({"employees": null, "founded": null}))
        .await;
    assert_eq!(cleared.status, 200);
    assert_eq!(cleared.body["employees"], json!(null));
    assert_eq!(cleared.body["founded"], json!(null));

    let bad = app
        .patch(
            &path,
            &admin,
            json!({"founded": 1700, "sectors": ["nonsense"]}),
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body["fields"]["founded"].is_string() && bad.body["fields"]["sectors"].is_string());
    let unchanged = app.get(&path, &admin).await;
    assert_eq!(
        unchanged.body["sectors"],
        json!(["J62.01"]),
        "a refused patch writes nothing"
    );
}

async fn smes_are_filtered_by_sector_market_kind_and_home(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    add_sme(&app.db, {
        let mut sme = sme_input("Cluster Member AS", "NO", net.cluster, &["D35.11"], true);
        sme.target_markets = vec!["GB".into(), "NL".into()];
        sme
    })
    .await;
    let token = app.token(ADMIN).await;
    let list = |query: &str| {
        let app = &app;
        let token = token.clone();
        let query = query.to_string();
        async move { names(&app.get(&format!("/api/v1/smes?{query}"), &token).await) }
    };

    assert_eq!(
        list("sector=C10").await,
        ["Amber Foods ApS", "Bergen Fish AS"]
    );
    assert_eq!(
        list("sector=C").await,
        ["Amber Foods ApS", "Bergen Fish AS", "Boreal Sensors AS"]
    );
    assert_eq!(list("sector=10.20").await, ["Bergen Fish AS"]);
    assert_eq!(list("target_market=NL").await, ["Cluster Member AS"]);
    assert_eq!(list("kind=cluster").await, ["Cluster Member AS"]);
    assert_eq!(
        list(&format!("home_organisation={}", net.incubator_b)).await,
        ["Bergen Fish AS", "Boreal Sensors AS"]
    );
    assert_eq!(list("country=DK&q=software").await, ["Alpha Software ApS"]);
    assert_eq!(list("q=makes%20useful%20amber").await, ["Amber Foods ApS"]);
    assert!(
        list(&format!("q={SECRET}")).await.is_empty(),
        "private notes are not searchable"
    );

    let page = app.get("/api/v1/smes?limit=2&offset=2", &token).await;
    assert_eq!(page.body["total"], 5);
    assert_eq!(names(&page), ["Bergen Fish AS", "Boreal Sensors AS"]);
}

async fn both_backends_order_names_the_same_way(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    for name in [
        "Zeta Nets AS",
        "Ørsted Marine AS",
        "apex robotics AS",
        "Åbo Tech AS",
        "Élan Foods AS",
        "Apex Robotics 2 AS",
    ] {
        add_sme(
            &app.db,
            sme_input(name, "NO", net.incubator_b, &["J62"], true),
        )
        .await;
    }
    let token = app.token(ADMIN).await;
    let reply = app.get("/api/v1/smes?country=NO&sector=J", &token).await;
    assert_eq!(
        names(&reply),
        [
            "Åbo Tech AS",
            "Apex Robotics 2 AS",
            "apex robotics AS",
            "Élan Foods AS",
            "Ørsted Marine AS",
            "Zeta Nets AS"
        ]
    );
    let found = app.get("/api/v1/smes?q=malmo%20orsted", &token).await;
    assert_eq!(found.body["total"], 0);
    let found = app.get("/api/v1/smes?q=%C3%B8rsted", &token).await;
    assert_eq!(
        names(&found),
        ["Ørsted Marine AS"],
        "accents fold in searches"
    );
}

/// The search's index (SQLite's trigram table, PostgreSQL's trigram index)
/// follows every write: registration, edits, erasure and deletion.
async fn the_search_follows_every_change(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let search = |q: &str| {
        let app = &app;
        let admin = admin.clone();
        let q = q.to_string();
        async move {
            let reply = app
                .get(&format!("/api/v1/smes?q={}", urlencode(&q)), &admin)
                .await;
            assert_eq!(reply.status, 200, "{q}: {}", reply.text);
            names(&reply)
        }
    };
    let alpha = format!("/api/v1/smes/{}", net.sme_a1);
    let changed = app
        .patch(
            &alpha,
            &admin,
            json!({"products": "Seaweed harvesting robots."}),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(search("seaweed").await, ["Alpha Software ApS"]);
    assert_eq!(search("harvest ROBOT").await, ["Alpha Software ApS"]);
    assert_eq!(search("weed robots denmark").await, ["Alpha Software ApS"]);
    assert!(
        search("seaweed norway").await.is_empty(),
        "every word must match"
    );
    assert!(
        search("useful things alpha").await.is_empty(),
        "the old products are gone"
    );
    // Words shorter than a trigram, and quotes, are searched as typed.
    assert_eq!(search("ro se").await, ["Alpha Software ApS"]);
    assert!(search("\"seaweed").await.is_empty());
    assert!(search("sea\"weed").await.is_empty());

    let added = add_sme(
        &app.db,
        sme_input("Kelp Robotics AS", "NO", net.incubator_b, &["C28"], true),
    )
    .await;
    assert_eq!(
        search("robot").await,
        ["Alpha Software ApS", "Kelp Robotics AS"]
    );

    let erased = app.post(&format!("{alpha}/erase"), &admin, json!({})).await;
    assert_eq!(erased.status, 200, "{}", erased.text);
    assert_eq!(search("robot").await, ["Kelp Robotics AS"]);
    assert_eq!(search("erased sme").await.len(), 1);

    let deleted = app
        .call(
            reqwest::Method::DELETE,
            &format!("/api/v1/smes/{added}"),
            Some(&admin),
            None,
        )
        .await;
    assert!(deleted.status.is_success(), "{}", deleted.text);
    assert!(search("robot").await.is_empty());
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// A country named in any language of the UI finds what is in it, as the
/// English name does.
async fn a_country_is_searched_for_by_its_name_in_any_language(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    add_sme(&app.db, {
        let mut sme = sme_input(
            "Hamburg Fish GmbH",
            "DE",
            net.incubator_b,
            &["C10.20"],
            true,
        );
        sme.target_markets = vec!["NO".into()];
        sme
    })
    .await;
    let admin = app.token(ADMIN).await;
    let search = |path: &str, q: &str| {
        let app = &app;
        let admin = admin.clone();
        let url = format!("{path}?q={}", urlencode(q));
        async move {
            let reply = app.get(&url, &admin).await;
            assert_eq!(reply.status, 200, "{url}: {}", reply.text);
            names(&reply)
        }
    };
    for q in [
        "Germany",
        "Tyskland",
        "tyskland",
        "Deutschland",
        "Duitsland",
    ] {
        assert_eq!(
            search("/api/v1/smes", q).await,
            ["Hamburg Fish GmbH"],
            "{q}"
        );
    }
    // With other words, every word must still match.
    assert_eq!(
        search("/api/v1/smes", "Tyskland fish").await,
        ["Hamburg Fish GmbH"]
    );
    assert!(search("/api/v1/smes", "Tyskland amber").await.is_empty());
    assert_eq!(
        search("/api/v1/smes", "Noorwegen fish").await,
        ["Bergen Fish AS"]
    );
    // Organisations too.
    assert_eq!(
        search("/api/v1/organisations", "Norge").await,
        ["Incubator B", "Offshore Cluster"]
    );
    assert_eq!(
        search("/api/v1/organisations", "Dänemark").await,
        ["Growth Fund", "Incubator A"]
    );
}

/// A manager's edit made while the coordinator moves the SME to another
/// home waits for the move and is refused: it neither moves the SME back nor
/// goes through for a manager who no longer looks after it.
async fn an_edit_racing_a_move_does_not_move_the_sme_back(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let app = spawn(backend).await;
    let net = network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let path = format!("/api/v1/smes/{}", net.sme_a1);
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE smes SET home_organisation_id = {} WHERE id = {}",
        net.incubator_b, net.sme_a1
    ))
    .await
    .unwrap();
    let editing = crate::support::waiting(
        app.patch(&path, &manager, json!({"notes": "Met at the fair."})),
        "the edit waits for the move",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = editing.await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    let admin = app.token(ADMIN).await;
    let sme = app.get(&path, &admin).await;
    assert_eq!(
        sme.body["home_organisation"]["id"], net.incubator_b,
        "{}",
        sme.text
    );
    assert_ne!(sme.body["notes"], "Met at the fair.");
}

/// Two changes of one SME at the same moment: the one that read the SME
/// before the other saved is refused instead of writing back what it read.
async fn a_patch_racing_another_change_is_refused(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let app = spawn(backend).await;
    let net = network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let path = format!("/api/v1/smes/{}", net.sme_a1);
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE smes SET employees = 42, updated_at = '2030-01-01T00:00:00Z' WHERE id = {}",
        net.sme_a1
    ))
    .await
    .unwrap();
    let editing = crate::support::waiting(
        app.patch(&path, &manager, json!({"notes": "Met at the fair."})),
        "the edit waits for the other change",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = editing.await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    assert!(
        refused.text.contains("someone else saved this record"),
        "{}",
        refused.text
    );
    let sme = app.get(&path, &manager).await;
    assert_eq!(sme.body["employees"], 42, "the other change stays");
    assert_ne!(sme.body["notes"], "Met at the fair.");
    let again = app
        .patch(&path, &manager, json!({"notes": "Met at the fair."}))
        .await;
    assert_eq!(
        again.status, 200,
        "tried again, it goes through: {}",
        again.text
    );
    assert_eq!(again.body["employees"], 42);
}

on_both_backends!(
    a_patch_racing_another_change_is_refused,
    an_edit_racing_a_move_does_not_move_the_sme_back,
    a_country_is_searched_for_by_its_name_in_any_language,
    managers_register_smes_at_their_organisation,
    bad_smes_are_refused_field_by_field,
    patches_change_only_what_is_sent,
    smes_are_filtered_by_sector_market_kind_and_home,
    both_backends_order_names_the_same_way,
    the_search_follows_every_change,
);
