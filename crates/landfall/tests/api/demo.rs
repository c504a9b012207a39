//! The demo network: realistic, complete, and loaded idempotently.

use landfall::demo::{self, ADMIN_EMAIL, DEMO_PASSWORD};
use reqwest::Method;
use serde_json::json;

use crate::on_both_backends;
use crate::support::{Backend, TestApp, spawn};

async fn demo_token(app: &TestApp, email: &str) -> String {
    app.token_as(email, DEMO_PASSWORD).await
}

async fn the_demo_loads_once_and_only_once(backend: Backend) {
    let app = spawn(backend).await;
    let first = demo::load(&app.db, 40).await.unwrap();
    assert!(first.organisations_added >= 24);
    assert_eq!(first.smes_added, 120);
    assert_eq!(first.generated_added, 40);
    assert_eq!(first.accounts_added, first.accounts.len());

    let second = demo::load(&app.db, 40).await.unwrap();
    assert_eq!(
        (
            second.organisations_added,
            second.smes_added,
            second.generated_added,
            second.accounts_added
        ),
        (0, 0, 0, 0),
        "running the demo again adds nothing"
    );
    let more = demo::load(&app.db, 55).await.unwrap();
    assert_eq!(
        more.generated_added, 15,
        "a larger scale adds only the missing companies"
    );

    let admin = demo_token(&app, ADMIN_EMAIL).await;
    let smes = app.get("/api/v1/smes?limit=1", &admin).await;
    assert_eq!(smes.body["total"], 175);
    let organisations = app.get("/api/v1/organisations?limit=200", &admin).await;
    let items = organisations.body["items"].as_array().unwrap();
    let count = |kinds: &[&str]| {
        items
            .iter()
            .filter(|o| kinds.contains(&o.get("kind").unwrap().as_str().unwrap()))
            .count()
    };
    assert!(count(&["incubator"]) >= 12);
    assert!(count(&["cluster"]) >= 6);
    assert!(count(&["funding_agency", "public_authority"]) >= 6);
    for country in ["DK", "NO", "SE", "GB", "DE", "NL"] {
        let here = app
            .get(&format!("/api/v1/smes?country={country}&limit=1"), &admin)
            .await;
        assert!(
            here.body["total"].as_u64().unwrap() >= 10,
            "SMEs in {country}"
        );
    }
    let users = app.get("/api/v1/users?limit=200", &admin).await;
    assert_eq!(users.body["total"], first.accounts.len());
}

async fn every_demo_account_signs_in_and_sees_its_own(backend: Backend) {
    let app = spawn(backend).await;
    let report = demo::load(&app.db, 0).await.unwrap();
    let manager = report
        .accounts
        .iter()
        .find(|a| a.email == "manager.aarhus-harbour-incubator@example.org")
        .expect("the Aarhus manager is a demo account");
    let token = demo_token(&app, &manager.email).await;
    let me = app.get("/api/v1/me", &token).await;
    let organisation = me.body["organisation_id"].as_i64().unwrap();
    let own = app
        .get(
            &format!("/api/v1/smes?home_organisation={organisation}&limit=50"),
            &token,
        )
        .await;
    let items = own.body["items"].as_array().unwrap();
    assert!(items.len() >= 3);
    assert!(
        items
            .iter()
            .all(|s| s.get("annual_turnover_cents").is_some()),
        "a manager sees their SMEs' figures"
    );

    let member = report
        .accounts
        .iter()
        .find(|a| a.email.starts_with("sme."))
        .unwrap();
    let token = demo_token(&app, &member.email).await;
    let me = app.get("/api/v1/me", &token).await;
    let sme = app
        .get(&format!("/api/v1/smes/{}", me.body["sme_id"]), &token)
        .await;
    assert_eq!(sme.body["name"], member.belongs_to.as_str());
    assert!(sme.body.get("notes").is_some());

    let table = report.accounts_table();
    assert!(table.contains(ADMIN_EMAIL) && table.contains(DEMO_PASSWORD));
}

/// The marketplace is stocked, one event is over with meetings held and
/// followed up, and the next one waits for its organiser to schedule it.
async fn the_demo_has_a_marketplace_and_two_events(backend: Backend) {
    let app = spawn(backend).await;
    let first = demo::load(&app.db, 30).await.unwrap();
    assert!(first.profiles_added >= 200, "{}", first.profiles_added);
    assert_eq!(first.events_added, 2);
    let again = demo::load(&app.db, 30).await.unwrap();
    assert_eq!((again.profiles_added, again.events_added), (0, 0));

    let sme = demo_token(&app, "sme.havblik-analytics@example.org").await;
    let found = app.get("/api/v1/profiles?q=berth%20planning", &sme).await;
    assert!(found.body["total"].as_u64().unwrap() >= 1, "{}", found.text);
    let mine = app.get("/api/v1/profiles/mine", &sme).await;
    assert!(mine.body["total"].as_u64().unwrap() >= 1);
    let recommended = app
        .get(
            &format!(
                "/api/v1/profiles/{}/recommendations",
                mine.body["items"][0]["id"]
            ),
            &sme,
        )
        .await;
    assert!(
        recommended.body["total"].as_u64().unwrap() >= 3,
        "{}",
        recommended.text
    );

    let events = app.get("/api/v1/events", &sme).await;
    let items = events.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    let (past, next) = (&items[0], &items[1]);
    assert_eq!(past["agenda_state"], "final");
    assert_eq!(next["agenda_state"], "unpublished");

    let past_organiser = demo_token(&app, "manager.skagerrak-seafood-cluster@example.org").await;
    let stats = app
        .get(
            &format!("/api/v1/events/{}/stats", past["id"]),
            &past_organiser,
        )
        .await;
    let total = &stats.body["total"];
    assert!(
        total["meetings_held"].as_u64().unwrap() >= 10,
        "{}",
        stats.text
    );
    assert!(total["follow_ups"].as_u64().unwrap() >= 3, "{}", stats.text);
    assert!(total["declined"].as_u64().unwrap() >= 1);
    assert!(total["expired"].as_u64().unwrap() >= 1);
    assert!(stats.body["by_country"].as_object().unwrap().len() >= 4);

    let next_organiser = demo_token(&app, "manager.sunnmore-maritime-cluster@example.org").await;
    let meetings = app
        .get(
            &format!("/api/v1/events/{}/meetings", next["id"]),
            &next_organiser,
        )
        .await;
    let waiting = meetings.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["slot_id"].is_null())
        .count();
    assert!(
        waiting >= 30,
        "accepted meetings wait for the scheduler: {waiting}"
    );
    let run = app
        .post(
            &format!("/api/v1/events/{}/schedule", next["id"]),
            &next_organiser,
            json!({}),
        )
        .await;
    assert_eq!(run.status, 200, "{}", run.text);
    assert!(
        run.body["stats"]["scheduled"].as_u64().unwrap() >= 30,
        "{}",
        run.text
    );
}

/// The joint calls' history reproduces the published table for 2013–2016,
/// and this year's call is open with applications at every stage.
async fn the_demo_reproduces_the_call_statistics(backend: Backend) {
    let app = spawn(backend).await;
    let first = demo::load(&app.db, 0).await.unwrap();
    assert_eq!(first.calls_added, 5);
    assert_eq!(demo::load(&app.db, 0).await.unwrap().calls_added, 0);

    let stats = app
        .call(Method::GET, "/api/v1/calls/statistics", None, None)
        .await;
    let years = stats.body["items"].as_array().unwrap();
    let expected = [
        (2013, 6, 6, 121_000_000, 47, 40, 40, 912),
        (2014, 8, 8, 152_650_000, 84, 54, 45, 1216),
        (2015, 6, 6, 135_500_000, 58, 40, 75, 1104),
        (2016, 8, 7, 183_500_000, 59, 39, 55, 679),
    ];
    for (year, partners, countries, budget, received, approved, clusters, smes) in expected {
        let y = years
            .iter()
            .find(|y| y["year"] == year)
            .unwrap_or_else(|| panic!("{year}: {}", stats.text));
        assert_eq!(y["funding_partners"], partners, "{year}");
        assert_eq!(
            y["countries"].as_array().unwrap().len(),
            countries,
            "{year}"
        );
        assert_eq!(y["budget_cents"], budget, "{year}");
        assert_eq!(
            (
                y["applications_received"].as_i64(),
                y["applications_approved"].as_i64()
            ),
            (Some(received), Some(approved)),
            "{year}"
        );
        assert_eq!(y["clusters"], clusters, "{year}");
        assert_eq!(y["smes"], smes, "{year}");
    }

    // This year's call: open, three applications submitted, one draft.
    let agency = demo_token(&app, "manager.norwegian-coastal-growth-fund@example.org").await;
    let calls = app.get("/api/v1/calls", &agency).await;
    let open = calls.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["phase"] == "open")
        .expect("an open call")
        .clone();
    let board = app
        .get(&format!("/api/v1/calls/{}/decisions", open["id"]), &agency)
        .await;
    assert_eq!(board.body["total"], 3, "{}", board.text);
    assert_eq!(board.body["items"][0]["reviews"], 1);
    assert!(board.body["items"][0]["score"].as_f64().unwrap() > 70.0);
    let lead = demo_token(&app, "manager.aarhus-harbour-incubator@example.org").await;
    let mine = app
        .get(&format!("/api/v1/calls/{}/applications", open["id"]), &lead)
        .await;
    assert_eq!(mine.body["items"][0]["status"], "draft", "{}", mine.text);
    let check = app
        .get(
            &format!("/api/v1/applications/{}/check", mine.body["items"][0]["id"]),
            &lead,
        )
        .await;
    assert_eq!(check.body["ready"], false, "the draft still has work to do");
}

/// The demo programme's dashboard shows real progress against the four
/// targets of the reference (120 / 60 / 30 / 50), computed from its records:
/// some way along each, and not all of them met.
async fn the_demo_programme_shows_progress_against_its_targets(backend: Backend) {
    let app = spawn(backend).await;
    demo::load(&app.db, 0).await.unwrap();
    let admin = demo_token(&app, ADMIN_EMAIL).await;
    let programmes = app.get("/api/v1/programmes", &admin).await;
    assert_eq!(programmes.status, 200, "{}", programmes.text);
    let id = programmes.body["items"][0]["id"].as_i64().unwrap();
    let kpis = app
        .get(&format!("/api/v1/programmes/{id}/kpis"), &admin)
        .await;
    assert_eq!(kpis.status, 200, "{}", kpis.text);
    let mut unmet = 0;
    for (key, target) in [
        ("participants", 120),
        ("partnerships", 60),
        ("presences", 30),
        ("export_starts", 50),
    ] {
        let kpi = kpis.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["key"] == key)
            .unwrap_or_else(|| panic!("no {key}: {}", kpis.text));
        assert_eq!(kpi["target"], target, "{key}");
        let progress = kpi["progress"].as_u64().unwrap();
        assert!(progress > 0, "{key} has made some progress: {kpi}");
        if progress < 100 {
            unmet += 1;
        }
    }
    assert!(unmet > 0, "not every target is met: {}", kpis.text);
}

on_both_backends!(
    the_demo_programme_shows_progress_against_its_targets,
    the_demo_loads_once_and_only_once,
    the_demo_reproduces_the_call_statistics,
    every_demo_account_signs_in_and_sees_its_own,
    the_demo_has_a_marketplace_and_two_events,
);
