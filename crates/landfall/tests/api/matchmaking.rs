//! Matchmaking through the API: profiles under review and who sees them,
//! contact details behind introductions, ranked search that orders the same
//! on both databases, explained recommendations, and a whole B2B event —
//! registration, requests, the scheduler, published agendas that later runs
//! do not move, `.ics` files read back by an independent parser, statistics.

use chrono::{DateTime, Duration, Utc};
use landfall::auth::Role;
use landfall::i18n::{Locale, date_in};
use reqwest::Method;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{
    ADMIN, Backend, MANAGER_A, MANAGER_B, MEMBER_A1, MEMBER_B2, Network, Reply, TestApp,
    add_account, network, signed_in_browser, spawn, text, text_in,
};

/// A member account for SME b1 (the network has members for a1 and b2 only).
const MEMBER_B1: &str = "founder@sme-b1.example";

fn profile(owner: &str, kind: &str, title: &str, sectors: &[&str], targets: &[&str]) -> Value {
    json!({
        "owner": owner,
        "type": kind,
        "title": title,
        "description": format!("{title}. We are looking for long-term partners."),
        "sectors": sectors,
        "keywords": [],
        "target_countries": targets,
        "stage": "market_ready",
        "contact_name": "Ola Founder",
        "contact_email": "ola@example.org",
        "contact_phone": "+47 40 00 00 01",
        "submit": true,
    })
}

async fn create(app: &TestApp, token: &str, body: Value) -> i64 {
    let reply = app.post("/api/v1/profiles", token, body).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.body["id"].as_i64().unwrap()
}

fn ids(reply: &Reply) -> Vec<i64> {
    reply.body["items"]
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {}", reply.text))
        .iter()
        .map(|item| item["id"].as_i64().unwrap())
        .collect()
}

fn partner_ids(reply: &Reply) -> Vec<i64> {
    reply.body["items"]
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {}", reply.text))
        .iter()
        .map(|item| item["profile"]["id"].as_i64().unwrap())
        .collect()
}

/// A person's notifications of one kind, newest first, as (subject, body, link).
async fn notices(app: &TestApp, token: &str, kind: &str) -> Vec<(String, String, String)> {
    let list = app.get("/api/v1/notifications", token).await;
    assert_eq!(list.status, 200, "{}", list.text);
    list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == kind)
        .map(|n| {
            let part = |p: &str| n[p].as_str().unwrap().to_string();
            (part("subject"), part("body"), part("link"))
        })
        .collect()
}

fn field_errors(reply: &Reply) -> Vec<String> {
    let mut fields: Vec<String> = reply.body["fields"]
        .as_object()
        .unwrap_or_else(|| panic!("no fields: {}", reply.text))
        .keys()
        .cloned()
        .collect();
    fields.sort();
    fields
}

async fn profiles_are_reviewed_before_anyone_else_sees_them(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let member_a1 = app.token(MEMBER_A1).await;
    let member_b2 = app.token(MEMBER_B2).await;
    let manager_a = app.token(MANAGER_A).await;
    let manager_b = app.token(MANAGER_B).await;

    let bad = app
        .post(
            "/api/v1/profiles",
            &member_a1,
            json!({"type": "offer", "title": "", "sectors": ["Z99"], "target_countries": ["XX"], "stage": "market_ready", "description": "x"}),
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text);
    assert_eq!(
        field_errors(&bad),
        [
            "contact_email",
            "contact_name",
            "description",
            "sectors",
            "target_countries",
            "title",
            "type"
        ]
    );
    let none = app.get("/api/v1/profiles/mine", &member_a1).await;
    assert_eq!(none.body["total"], 0, "nothing half-written");

    let id = create(
        &app,
        &member_a1,
        profile(
            &format!("sme:{}", net.sme_a1),
            "technology_offer",
            "Route planning software for fishing fleets",
            &["J62.01"],
            &["NO"],
        ),
    )
    .await;
    let path = format!("/api/v1/profiles/{id}");
    let own = app.get(&path, &member_a1).await;
    assert_eq!(own.body["status"], "submitted");
    assert_eq!(own.body["visibility"], "private");
    assert_eq!(own.body["contact"]["email"], "ola@example.org");

    // Not yet published: others neither open nor find it.
    assert_eq!(app.get(&path, &member_b2).await.status, 404);
    assert_eq!(app.get(&path, &manager_b).await.status, 404);
    let found = app.get("/api/v1/profiles?q=fishing", &member_b2).await;
    assert_eq!(found.body["total"], 0);
    // Only the owner's home organisation reviews it.
    let queue = app.get("/api/v1/profiles/review-queue", &manager_a).await;
    assert_eq!(ids(&queue), [id]);
    assert_eq!(
        app.get("/api/v1/profiles/review-queue", &manager_b)
            .await
            .body["total"],
        0
    );
    let approve = json!({"action": "approve"});
    let refused = app
        .post(&format!("{path}/actions"), &manager_b, approve.clone())
        .await;
    assert_eq!(refused.status, 404, "{}", refused.text);
    let by_owner = app
        .post(&format!("{path}/actions"), &member_a1, approve.clone())
        .await;
    assert_eq!(by_owner.status, 403, "{}", by_owner.text);
    let reject = app
        .post(
            &format!("{path}/actions"),
            &manager_a,
            json!({"action": "reject"}),
        )
        .await;
    assert_eq!(reject.status, 422, "a rejection says why: {}", reject.text);
    // On the page, a reason too long to send is kept in its field.
    let browser = signed_in_browser(&app, MANAGER_A).await;
    let page = text(&browser, &app.url(&format!("/profiles/{id}"))).await;
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let why = format!("Say which fleets use it{}", "!".repeat(2000));
    let long = browser
        .post(app.url(&format!("/profiles/{id}/actions")))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("action", "reject"),
            ("note", &why),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(long.status(), 422);
    let html = long.text().await.unwrap();
    assert!(html.contains(&format!(r#"value="{why}""#)), "{html}");
    let approved = app
        .post(&format!("{path}/actions"), &manager_a, approve)
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text);
    assert_eq!(approved.body["status"], "published");
    // The reviewers heard it was waiting, the owner that it is published;
    // nobody heard of their own step.
    let waiting = notices(&app, &manager_a, "profile_submitted").await;
    assert_eq!(waiting.len(), 1, "{waiting:?}");
    assert_eq!(
        waiting[0].0,
        "Alpha Software ApS asks you to review a cooperation profile"
    );
    assert!(
        waiting[0]
            .1
            .ends_with("“Route planning software for fishing fleets”"),
        "{waiting:?}"
    );
    assert_eq!(waiting[0].2, format!("/profiles/{id}"));
    assert!(
        notices(&app, &manager_b, "profile_submitted")
            .await
            .is_empty()
    );
    let reviewed = notices(&app, &member_a1, "profile_reviewed").await;
    assert_eq!(reviewed.len(), 1, "{reviewed:?}");
    assert_eq!(reviewed[0].0, "Your cooperation profile is published");
    assert!(
        notices(&app, &member_a1, "profile_submitted")
            .await
            .is_empty()
    );

    // Published: everyone signed in finds it, without the contact details.
    let seen = app.get(&path, &member_b2).await;
    assert_eq!(seen.status, 200);
    assert_eq!(seen.body["contact"], Value::Null);
    assert!(!seen.text.contains("ola@example.org"));
    let found = app.get("/api/v1/profiles?q=fishing", &member_b2).await;
    assert_eq!(ids(&found), [id]);
    assert_eq!(found.body["items"][0]["contact"], Value::Null);
    // Someone else cannot change it.
    let hijack = app
        .patch(&path, &member_b2, json!({"title": "Mine now"}))
        .await;
    assert_eq!(hijack.status, 403, "{}", hijack.text);

    // A change of substance goes back to review; a fix of the contact does not.
    let phone = app
        .patch(
            &path,
            &member_a1,
            json!({"contact_phone": "+45 20 00 00 00"}),
        )
        .await;
    assert_eq!(phone.status, 200, "{}", phone.text);
    assert_eq!(phone.body["status"], "published");
    let retitled = app
        .patch(
            &path,
            &member_a1,
            json!({"title": "Route and catch planning for fishing fleets"}),
        )
        .await;
    assert_eq!(retitled.body["status"], "submitted");
    assert_eq!(app.get(&path, &member_b2).await.status, 404);
    let waiting = notices(&app, &manager_a, "profile_submitted").await;
    assert_eq!(waiting.len(), 2, "back to review: {waiting:?}");
    assert!(
        waiting[0]
            .1
            .ends_with("“Route and catch planning for fishing fleets”"),
        "{waiting:?}"
    );
    let sent_back = app
        .post(
            &format!("{path}/actions"),
            &manager_a,
            json!({"action": "reject", "note": "Name the ports you serve."}),
        )
        .await;
    assert_eq!(sent_back.status, 200, "{}", sent_back.text);
    let reviewed = notices(&app, &member_a1, "profile_reviewed").await;
    assert_eq!(reviewed[0].0, "Your cooperation profile needs changes");
    assert!(
        reviewed[0].1.ends_with(
            "back for changes. Edit it and submit it again. Their note: “Name the ports you serve.”"
        ),
        "{reviewed:?}"
    );
    let resubmitted = app
        .post(
            &format!("{path}/actions"),
            &member_a1,
            json!({"action": "submit"}),
        )
        .await;
    assert_eq!(
        resubmitted.body["status"], "submitted",
        "{}",
        resubmitted.text
    );
    let bad_patch = app
        .patch(
            &path,
            &member_a1,
            json!({"stage": "famous", "owner": "sme:1"}),
        )
        .await;
    assert_eq!(bad_patch.status, 422);
    assert_eq!(field_errors(&bad_patch), ["owner", "stage"]);

    // Withdrawn profiles leave the marketplace; renewing needs a published one.
    app.post(
        &format!("{path}/actions"),
        &manager_a,
        json!({"action": "approve"}),
    )
    .await;
    let renew = app
        .post(
            &format!("{path}/actions"),
            &member_a1,
            json!({"action": "renew"}),
        )
        .await;
    assert_eq!(renew.status, 409, "too early to renew: {}", renew.text);
    let withdrawn = app
        .post(
            &format!("{path}/actions"),
            &member_a1,
            json!({"action": "withdraw"}),
        )
        .await;
    assert_eq!(withdrawn.body["status"], "withdrawn");
    assert_eq!(
        app.get("/api/v1/profiles?q=fishing", &member_b2).await.body["total"],
        0
    );
}

/// The owner edits a profile while the reviewer publishes it: the form
/// filled before the decision is shown again, not saved over it.
async fn an_edit_made_before_a_decision_is_not_saved_over_it(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let member = app.token(MEMBER_A1).await;
    let id = create(
        &app,
        &member,
        profile(
            &format!("sme:{}", net.sme_a1),
            "technology_offer",
            "Route planning software for fishing fleets",
            &["J62.01"],
            &["NO"],
        ),
    )
    .await;
    let browser = signed_in_browser(&app, MEMBER_A1).await;
    let edit = app.url(&format!("/profiles/{id}/edit"));
    let form = text(&browser, &edit).await;
    let csrf = crate::support::hidden_field(&form, "_csrf").unwrap();
    let version = crate::support::hidden_field(&form, "version").expect("a version field");
    let manager = app.token(MANAGER_A).await;
    let approved = app
        .post(
            &format!("/api/v1/profiles/{id}/actions"),
            &manager,
            json!({"action": "approve"}),
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text);
    let fields = |version: String| {
        vec![
            ("_csrf", csrf.clone()),
            ("type", "technology_offer".into()),
            ("title", "Route planning for fleets and ferries".into()),
            (
                "description",
                "Plans routes. We are looking for long-term partners.".into(),
            ),
            ("sectors", "J62.01".into()),
            ("target_countries", "NO".into()),
            ("stage", "market_ready".into()),
            ("contact_name", "Ola Founder".into()),
            ("contact_email", "ola@example.org".into()),
            ("version", version),
        ]
    };
    let stale = browser
        .post(&edit)
        .form(&fields(version))
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 422);
    let html = stale.text().await.unwrap();
    assert!(
        html.contains("someone else saved this profile meanwhile"),
        "{html}"
    );
    assert!(
        html.contains("Route planning for fleets and ferries"),
        "kept as typed"
    );
    let now = app.get(&format!("/api/v1/profiles/{id}"), &member).await;
    assert_eq!(now.body["status"], "published");
    assert_eq!(
        now.body["title"],
        "Route planning software for fishing fleets"
    );
    let newer = crate::support::hidden_field(&html, "version").unwrap();
    let saved = browser
        .post(&edit)
        .form(&fields(newer))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let now = app.get(&format!("/api/v1/profiles/{id}"), &member).await;
    assert_eq!(now.body["title"], "Route planning for fleets and ferries");
}

async fn contact_details_show_once_an_introduction_is_accepted(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let member_a1 = app.token(MEMBER_A1).await;
    let member_b2 = app.token(MEMBER_B2).await;
    let offer = create(
        &app,
        &admin,
        profile(
            &format!("sme:{}", net.sme_a1),
            "business_offer",
            "Fleet telematics",
            &["J62.01"],
            &[],
        ),
    )
    .await;
    let path = format!("/api/v1/profiles/{offer}");
    assert_eq!(
        app.get(&path, &member_b2).await.body["contact"],
        Value::Null
    );
    let empty = app
        .post(
            &format!("{path}/introductions"),
            &member_b2,
            json!({"message": " "}),
        )
        .await;
    assert_eq!(empty.status, 422);
    let asked = app
        .post(
            &format!("{path}/introductions"),
            &member_b2,
            json!({"message": "We build sensors for your boats."}),
        )
        .await;
    assert_eq!(asked.status, 201, "{}", asked.text);
    let intro = asked.body["id"].as_i64().unwrap();
    let again = app
        .post(
            &format!("{path}/introductions"),
            &member_b2,
            json!({"message": "Again"}),
        )
        .await;
    assert_eq!(again.status, 409, "{}", again.text);
    assert_eq!(
        app.get(&path, &member_b2).await.body["contact"],
        Value::Null
    );
    // Only the owner's side answers.
    let answer = format!("/api/v1/introductions/{intro}/answer");
    let self_accept = app.post(&answer, &member_b2, json!({"accept": true})).await;
    assert_eq!(self_accept.status, 403, "{}", self_accept.text);
    let incoming = app.get("/api/v1/introductions", &member_a1).await;
    assert_eq!(ids(&incoming), [intro]);
    // The owner's side heard of the request, with its message and a link
    // to where it is answered.
    let asked_of = notices(&app, &member_a1, "introduction_request").await;
    assert_eq!(asked_of.len(), 1, "{asked_of:?}");
    assert_eq!(
        asked_of[0].0,
        "Boreal Sensors AS asks to be introduced to you"
    );
    assert!(
        asked_of[0].1.contains("“Fleet telematics”")
            && asked_of[0]
                .1
                .ends_with("Their message: “We build sensors for your boats.”"),
        "{asked_of:?}"
    );
    assert_eq!(
        asked_of[0].2,
        format!("/profiles/mine#introduction-{intro}")
    );
    let accepted = app.post(&answer, &member_a1, json!({"accept": true})).await;
    assert_eq!(accepted.status, 200, "{}", accepted.text);
    assert_eq!(accepted.body["status"], "accepted");
    let seen = app.get(&path, &member_b2).await;
    assert_eq!(seen.body["contact"]["email"], "ola@example.org");
    let answered = notices(&app, &member_b2, "introduction_answer").await;
    assert_eq!(answered.len(), 1, "{answered:?}");
    assert_eq!(
        answered[0].0,
        "Alpha Software ApS accepted your request to be introduced"
    );
    assert_eq!(answered[0].2, format!("/profiles/{offer}"));
    // The page the request's notification points at has it.
    let browser = signed_in_browser(&app, MEMBER_A1).await;
    let mine = text(&browser, &app.url("/profiles/mine")).await;
    assert!(
        mine.contains(&format!(r#"<tr id="introduction-{intro}">"#)),
        "{mine}"
    );
}

/// Profiles whose words differ in form (smoked / smoking, salmons / salmon):
/// stemming finds them all, the better matches first, in the same order on
/// both databases.
async fn search_ranks_with_stemming_and_filters_alike_on_both_databases(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let member = app.token(MEMBER_B2).await;
    let a1 = format!("sme:{}", net.sme_a1);
    let b1 = format!("sme:{}", net.sme_b1);
    let cluster = format!("organisation:{}", net.cluster);
    let mut made = Vec::new();
    for body in [
        profile(
            &b1,
            "business_offer",
            "Smoked salmon for German retailers",
            &["C10.20"],
            &["DE"],
        ),
        profile(
            &a1,
            "business_request",
            "Salmon smoking kilns wanted",
            &["C28.93"],
            &["NO"],
        ),
        profile(
            &b1,
            "business_offer",
            "Frozen cod fillets",
            &["C10.20"],
            &["DE"],
        ),
        profile(
            &cluster,
            "cluster_cooperation",
            "Salmons and smokehouses of the west coast: cluster partners wanted",
            &["C10.20"],
            &[],
        ),
        profile(
            &a1,
            "technology_offer",
            "Software for smokehouse temperature logs",
            &["J62.01"],
            &[],
        ),
    ] {
        made.push(create(&app, &admin, body).await);
    }
    let [smoked, kilns, cod, cluster_profile, software] = made[..] else {
        unreachable!()
    };
    let search = |query: &'static str| {
        let (app, member) = (&app, &member);
        async move {
            let reply = app.get(&format!("/api/v1/profiles?{query}"), member).await;
            assert_eq!(reply.status, 200, "{query}: {}", reply.text);
            (ids(&reply), reply.body["total"].as_u64().unwrap())
        }
    };
    // Every word must match (after stemming); more matches in the title rank higher.
    // "smokehouses" is another word than "smoking": the cluster is not found.
    assert_eq!(
        search("q=smoking%20salmons").await,
        (vec![smoked, kilns], 2)
    );
    assert_eq!(
        search("q=salmon").await,
        (vec![smoked, kilns, cluster_profile], 3)
    );
    assert_eq!(
        search("q=smokehouse").await,
        (vec![software, cluster_profile], 2)
    );
    assert_eq!(
        search("q=salmon&type=business_offer").await,
        (vec![smoked], 1)
    );
    assert_eq!(
        search("sector=C10&owner_kind=sme").await,
        (vec![cod, smoked], 2),
        "without words, newest first"
    );
    assert_eq!(
        search("owner_kind=cluster").await,
        (vec![cluster_profile], 1)
    );
    assert_eq!(search("country=DK&q=salmon").await, (vec![kilns], 1));
    assert_eq!(search("target=DE").await, (vec![cod, smoked], 2));
    assert_eq!(
        search("q=salmon&limit=2&offset=1").await,
        (vec![kilns, cluster_profile], 3)
    );
    assert_eq!(
        search("q=salmon&offset=3").await,
        (vec![], 3),
        "past the last page, the total is still known"
    );
    // A country named in any language: profiles of owners there, profiles
    // targeting it (the words still rank what they match).
    assert_eq!(search("q=Tyskland").await, (vec![cod, smoked], 2));
    assert_eq!(search("q=Duitsland%20salmon").await, (vec![smoked], 1));
    assert_eq!(
        search("q=salmon%20Norge").await,
        (vec![smoked, kilns, cluster_profile], 3)
    );
    assert_eq!(search("q=Danmark").await, (vec![software, kilns], 2));
    let bad = app
        .get("/api/v1/profiles?type=offer&country=XX&limit=0", &member)
        .await;
    assert_eq!(bad.status, 422);
    assert_eq!(field_errors(&bad), ["country", "limit", "type"]);
    // Signed-out callers do not search.
    let anonymous = app.call(Method::GET, "/api/v1/profiles", None, None).await;
    assert_eq!(anonymous.status, 401);
}

async fn recommendations_are_directional_and_say_why(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let member = app.token(MEMBER_A1).await;
    let request = create(
        &app,
        &admin,
        profile(
            &format!("sme:{}", net.sme_a2),
            "business_request",
            "Supplier of cold-smoked salmon wanted for Danish delis",
            &["G46.38"],
            &["NO"],
        ),
    )
    .await;
    let offer = create(
        &app,
        &admin,
        profile(
            &format!("sme:{}", net.sme_b1),
            "business_offer",
            "Cold-smoked salmon from Bergen",
            &["C10.20"],
            &["DK"],
        ),
    )
    .await;
    // Same words, same direction: a competitor, not a partner.
    let rival = create(
        &app,
        &admin,
        profile(
            &format!("sme:{}", net.sme_b2),
            "business_request",
            "Cold-smoked salmon wanted",
            &["G46.38"],
            &["DK"],
        ),
    )
    .await;
    let unrelated = create(
        &app,
        &admin,
        profile(
            &format!("organisation:{}", net.cluster),
            "cluster_cooperation",
            "Offshore wind supply chain partners",
            &["D35.11"],
            &[],
        ),
    )
    .await;
    let reply = app
        .get(
            &format!("/api/v1/profiles/{request}/recommendations?limit=5"),
            &member,
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let found = partner_ids(&reply);
    assert_eq!(found.first(), Some(&offer), "{}", reply.text);
    assert!(!found.contains(&request) && !found.contains(&unrelated));
    if let Some(at) = found.iter().position(|id| *id == rival) {
        assert!(at > 0);
    }
    let best = &reply.body["items"][0];
    let reasons: Vec<(String, String)> = best["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["kind"].as_str().unwrap().to_string(),
                r["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let need = reasons
        .iter()
        .find(|(kind, _)| kind == "need")
        .unwrap_or_else(|| panic!("{reasons:?}"));
    assert!(
        need.1.contains("you request") && need.1.contains("they offer"),
        "{need:?}"
    );
    assert!(need.1.contains("salmon"), "{need:?}");
    assert!(
        reasons
            .iter()
            .any(|(kind, text)| kind == "market" && text.contains("NO")),
        "{reasons:?}"
    );
    assert!(best["score"].as_f64().unwrap() > 0.0);
    assert_eq!(best["profile"]["contact"], Value::Null);

    // For an SME: its own profiles are the subject.
    let for_sme = app
        .get(
            &format!("/api/v1/smes/{}/recommendations", net.sme_a2),
            &app.token(MANAGER_A).await,
        )
        .await;
    assert_eq!(for_sme.status, 200, "{}", for_sme.text);
    assert_eq!(partner_ids(&for_sme).first(), Some(&offer));
    assert_eq!(for_sme.body["items"][0]["for_profile"], request);
    let bad = app
        .get(
            &format!("/api/v1/profiles/{request}/recommendations?limit=500"),
            &member,
        )
        .await;
    assert_eq!(bad.status, 422);
}

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

struct Event {
    id: i64,
    session: i64,
    slots: Vec<(i64, DateTime<Utc>)>,
    organiser: String,
    a1: (String, i64),
    b1: (String, i64),
    b2: (String, i64),
    org_a: (String, i64),
}

/// Incubator B organises a hybrid event in a week: one session of five
/// 20-minute slots and two tables; SMEs a1, b1, b2 and incubator A register.
async fn event(app: &TestApp, net: &Network) -> Event {
    add_account(&app.db, MEMBER_B1, Role::Sme, None, Some(net.sme_b1)).await;
    let organiser = app.token(MANAGER_B).await;
    let created = app
        .post(
            "/api/v1/events",
            &organiser,
            json!({
                "title": "Blue Food B2B Day", "format": "hybrid", "venue": "Bergen",
                "online_url": "https://meet.example.org/bfb", "time_zone": "Europe/Oslo",
                "tables": 2, "max_meetings": 3, "request_expiry_hours": 48
            }),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let id = created.body["id"].as_i64().unwrap();
    let day = (Utc::now() + Duration::days(7)).date_naive();
    let session = app
        .post(
            &format!("/api/v1/events/{id}/sessions"),
            &organiser,
            json!({"title": "Morning", "date": day, "start_time": "09:00", "end_time": "11:00",
                   "meeting_minutes": 20, "pause_minutes": 5}),
        )
        .await;
    assert_eq!(session.status, 201, "{}", session.text);
    let slots: Vec<(i64, DateTime<Utc>)> = session.body["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_i64().unwrap(),
                s["starts_at"].as_str().unwrap().parse().unwrap(),
            )
        })
        .collect();
    assert_eq!(slots.len(), 5, "{}", session.text);
    // 09:00 in Bergen in any season is 07:00 or 08:00 UTC.
    assert!(matches!(chrono::Timelike::hour(&slots[0].1), 7 | 8));
    let register = |token: String, body: Value| async move {
        let reply = app
            .post(&format!("/api/v1/events/{id}/registrations"), &token, body)
            .await;
        assert_eq!(reply.status, 201, "{}", reply.text);
        (token, reply.body["id"].as_i64().unwrap())
    };
    let a1 = register(app.token(MEMBER_A1).await, json!({"attendance": "online"})).await;
    let b1 = register(app.token(MEMBER_B1).await, json!({"attendance": "onsite"})).await;
    let b2 = register(
        app.token(MEMBER_B2).await,
        json!({"attendance": "onsite", "available": [slots[0].0, slots[1].0]}),
    )
    .await;
    let org_a = register(app.token(MANAGER_A).await, json!({"attendance": "onsite"})).await;
    Event {
        id,
        session: session.body["id"].as_i64().unwrap(),
        slots,
        organiser,
        a1,
        b1,
        b2,
        org_a,
    }
}

async fn request(app: &TestApp, event: i64, from: &(String, i64), to: &(String, i64)) -> i64 {
    let reply = app
        .post(
            &format!("/api/v1/events/{event}/requests"),
            &from.0,
            json!({"to": to.1, "message": "Shall we meet?"}),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.body["id"].as_i64().unwrap()
}

async fn answer(app: &TestApp, request: i64, by: &str, answer: &str) -> Reply {
    app.post(
        &format!("/api/v1/meeting-requests/{request}/answer"),
        by,
        json!({"answer": answer}),
    )
    .await
}

/// A meeting request or an answer refused on the event page shows the page
/// again with the message still in the form it was typed into.
async fn refused_requests_and_answers_keep_their_message(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let e = event(&app, &net).await;
    let browser = signed_in_browser(&app, MEMBER_A1).await;
    let page = text(&browser, &app.url(&format!("/events/{}", e.id))).await;
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let long = format!("Shall we talk about salmon feed{}", "?".repeat(1000));

    let asked = browser
        .post(app.url(&format!("/events/{}/requests", e.id)))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("to", &e.b1.1.to_string()),
            ("message", &long),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 422);
    let html = asked.text().await.unwrap();
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert_eq!(html.matches(&format!(r#"value="{long}""#)).count(), 1);
    let sent = app
        .get(&format!("/api/v1/events/{}/requests", e.id), &e.a1.0)
        .await;
    assert_eq!(
        sent.body["items"].as_array().unwrap().len(),
        0,
        "{}",
        sent.text
    );

    let incoming = request(&app, e.id, &e.b2, &e.a1).await;
    let answered = browser
        .post(app.url(&format!("/meeting-requests/{incoming}/answer")))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("answer", "accept"),
            ("message", &long),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(answered.status(), 422);
    let html = answered.text().await.unwrap();
    assert_eq!(html.matches(&format!(r#"value="{long}""#)).count(), 1);
    let still = app
        .get(&format!("/api/v1/events/{}/requests", e.id), &e.a1.0)
        .await;
    assert_eq!(
        still.body["items"][0]["status"], "pending",
        "{}",
        still.text
    );
}

fn placements(reply: &Reply) -> Vec<(i64, Option<i64>, Option<i64>)> {
    let mut found: Vec<_> = reply.body["items"]
        .as_array()
        .unwrap_or_else(|| panic!("{}", reply.text))
        .iter()
        .map(|m| {
            (
                m["id"].as_i64().unwrap(),
                m["slot_id"].as_i64(),
                m["table_no"].as_i64(),
            )
        })
        .collect();
    found.sort();
    found
}

/// Reads a calendar with the `ical` crate, which did not write it.
fn calendar_events(text: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = calendars.next().expect("one calendar").expect("it parses");
    calendar.events
}

fn property(event: &ical::parser::ical::component::IcalEvent, name: &str) -> String {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_else(|| panic!("no {name}"))
}

async fn an_event_from_requests_to_published_agendas(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let e = event(&app, &net).await;
    let id = e.id;

    // Requests: accepted, declined, refused ones.
    let r1 = request(&app, id, &e.a1, &e.b2).await;
    let r2 = request(&app, id, &e.b2, &e.org_a).await;
    let r3 = request(&app, id, &e.a1, &e.org_a).await;
    let r4 = request(&app, id, &e.b1, &e.a1).await;
    let twice = app
        .post(
            &format!("/api/v1/events/{id}/requests"),
            &e.b2.0,
            json!({"to": e.a1.1, "message": "Again?"}),
        )
        .await;
    assert_eq!(twice.status, 409, "one request per pair: {}", twice.text);
    let own = answer(&app, r1, &e.a1.0, "accept").await;
    assert!(matches!(own.status.as_u16(), 403 | 404), "{}", own.text);
    let accepted = answer(&app, r1, &e.b2.0, "accept").await;
    assert_eq!(accepted.status, 200, "{}", accepted.text);
    assert!(accepted.body["meeting_id"].as_i64().is_some());
    assert_eq!(answer(&app, r2, &e.org_a.0, "accept").await.status, 200);
    assert_eq!(answer(&app, r3, &e.org_a.0, "decline").await.status, 200);
    assert_eq!(answer(&app, r3, &e.org_a.0, "accept").await.status, 409);
    assert_eq!(answer(&app, r4, &e.a1.0, "accept").await.status, 200);

    // Organisers only: the plan, its input, statistics.
    for path in ["meetings", "scheduler-input", "stats", "table-plan"] {
        let refused = app
            .get(&format!("/api/v1/events/{id}/{path}"), &e.a1.0)
            .await;
        assert_eq!(refused.status, 403, "{path}: {}", refused.text);
    }
    let refused = app
        .post(&format!("/api/v1/events/{id}/schedule"), &e.a1.0, json!({}))
        .await;
    assert_eq!(refused.status, 403);
    let input = app
        .get(
            &format!("/api/v1/events/{id}/scheduler-input"),
            &e.organiser,
        )
        .await;
    assert_eq!(input.body["tables"], 2);
    assert_eq!(input.body["meetings"].as_array().unwrap().len(), 3);

    let run = app
        .post(
            &format!("/api/v1/events/{id}/schedule"),
            &e.organiser,
            json!({}),
        )
        .await;
    assert_eq!(run.status, 200, "{}", run.text);
    assert_eq!(run.body["stats"]["scheduled"], 3, "{}", run.text);
    let plan = app
        .get(&format!("/api/v1/events/{id}/meetings"), &e.organiser)
        .await;
    let first_plan = placements(&plan);
    assert!(
        first_plan
            .iter()
            .all(|(_, slot, table)| slot.is_some() && table.is_some())
    );
    // b2 can only meet in the first two slots.
    let b2_slots = [e.slots[0].0, e.slots[1].0];
    for m in plan.body["items"].as_array().unwrap() {
        let attendees: Vec<i64> = m["attendees"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_i64().unwrap())
            .collect();
        if attendees.contains(&e.b2.1) {
            assert!(b2_slots.contains(&m["slot_id"].as_i64().unwrap()));
        }
    }

    // Nothing published yet: attendees see an empty agenda, with meetings waiting.
    let agenda = app
        .get(&format!("/api/v1/events/{id}/agenda"), &e.a1.0)
        .await;
    assert_eq!(agenda.status, 200, "{}", agenda.text);
    assert_eq!(agenda.body["items"].as_array().unwrap().len(), 0);
    assert_eq!(agenda.body["waiting"], 2);
    let published = app
        .post(
            &format!("/api/v1/events/{id}/publish"),
            &e.organiser,
            json!({"agenda": "preliminary"}),
        )
        .await;
    assert_eq!(published.status, 200, "{}", published.text);
    // Everyone heard what concerned them: requests, answers, the agenda.
    let heard = |token: String| {
        let app = &app;
        async move {
            let list = app.get("/api/v1/notifications", &token).await;
            let mut kinds: Vec<String> = list.body["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["kind"].as_str().unwrap().to_string())
                .collect();
            kinds.sort();
            kinds
        }
    };
    assert_eq!(
        heard(e.a1.0.clone()).await,
        [
            "agenda_published",
            "meeting_answer",
            "meeting_answer",
            "meeting_request"
        ]
    );
    assert_eq!(
        heard(e.org_a.0.clone()).await,
        ["agenda_published", "meeting_request", "meeting_request"]
    );
    let agenda = app
        .get(&format!("/api/v1/events/{id}/agenda"), &e.a1.0)
        .await;
    let items = agenda.body["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "{}", agenda.text);
    let names: Vec<&str> = items
        .iter()
        .map(|i| i["with"][0]["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Boreal Sensors AS") && names.contains(&"Bergen Fish AS"),
        "{names:?}"
    );
    assert!(
        items[0]["place"]
            .as_str()
            .unwrap()
            .starts_with("Video room"),
        "a1 meets online"
    );
    let other = app
        .get(
            &format!("/api/v1/events/{id}/agenda?registration={}", e.b2.1),
            &e.a1.0,
        )
        .await;
    assert_eq!(other.status, 403, "{}", other.text);

    // The agenda page names the place in the reader's language; the API
    // above keeps English.
    let online = signed_in_browser(&app, MEMBER_A1).await;
    let page = text_in(&online, &app.url(&format!("/events/{id}/agenda")), "de").await;
    assert!(
        page.contains("<td>Videoraum ") && !page.contains("Video room"),
        "{page}"
    );
    let organiser = signed_in_browser(&app, MANAGER_B).await;
    let page = text_in(
        &organiser,
        &app.url(&format!("/events/{id}/agenda?registration={}", e.b2.1)),
        "nb",
    )
    .await;
    assert!(
        page.contains("<td>Bord ") && !page.contains("<td>Table "),
        "{page}"
    );

    // The agenda as a calendar, read back by another parser.
    let ics = app
        .call(
            Method::GET,
            &format!("/api/v1/events/{id}/agenda.ics"),
            Some(&e.a1.0),
            None,
        )
        .await;
    assert_eq!(ics.status, 200);
    assert!(
        ics.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let vevents = calendar_events(&ics.text);
    assert_eq!(vevents.len(), 2);
    let mut starts: Vec<String> = vevents.iter().map(|v| property(v, "DTSTART")).collect();
    starts.sort();
    let mut expected: Vec<String> = items
        .iter()
        .map(|i| {
            i["starts_at"]
                .as_str()
                .unwrap()
                .parse::<DateTime<Utc>>()
                .unwrap()
                .format("%Y%m%dT%H%M%SZ")
                .to_string()
        })
        .collect();
    expected.sort();
    assert_eq!(starts, expected);
    assert!(
        vevents
            .iter()
            .all(|v| property(v, "SUMMARY").starts_with("Meeting with"))
    );

    // A session with placed meetings stays.
    let remove = app
        .call(
            Method::DELETE,
            &format!("/api/v1/events/{id}/sessions/{}", e.session),
            Some(&e.organiser),
            None,
        )
        .await;
    assert_eq!(remove.status, 409, "{}", remove.text);

    // Late changes: a new accepted request, and a hand-placed meeting.
    let r5 = request(&app, id, &e.b1, &e.org_a).await;
    assert_eq!(answer(&app, r5, &e.org_a.0, "accept").await.status, 200);
    let before = app
        .get(&format!("/api/v1/events/{id}/meetings"), &e.organiser)
        .await;
    let published_before: Vec<_> = placements(&before)
        .into_iter()
        .filter(|(_, slot, _)| slot.is_some())
        .collect();
    let rerun = app
        .post(
            &format!("/api/v1/events/{id}/schedule"),
            &e.organiser,
            json!({}),
        )
        .await;
    assert_eq!(rerun.status, 200, "{}", rerun.text);
    assert_eq!(rerun.body["kept"], 3, "{}", rerun.text);
    let after = app
        .get(&format!("/api/v1/events/{id}/meetings"), &e.organiser)
        .await;
    let all_after = placements(&after);
    for placed in &published_before {
        assert!(
            all_after.contains(placed),
            "published meeting {placed:?} moved"
        );
    }
    assert_eq!(all_after.len(), 4);
    assert!(all_after.iter().all(|(_, slot, _)| slot.is_some()));

    // Moving by hand: rules are checked and name who is in the way.
    let late = all_after
        .iter()
        .find(|m| !published_before.contains(m))
        .unwrap()
        .0;
    let b2_meeting = after.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| {
            m["attendees"].as_array().unwrap().contains(&json!(e.b2.1))
                && m["attendees"].as_array().unwrap().contains(&json!(e.a1.1))
        })
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let off_hours = app
        .patch(
            &format!("/api/v1/meetings/{b2_meeting}"),
            &e.organiser,
            json!({"slot_id": e.slots[4].0, "table_no": 1}),
        )
        .await;
    assert_eq!(off_hours.status, 422, "{}", off_hours.text);
    assert!(
        off_hours
            .text
            .contains("Boreal Sensors AS is not available"),
        "{}",
        off_hours.text
    );
    let no_table = app
        .patch(
            &format!("/api/v1/meetings/{late}"),
            &e.organiser,
            json!({"slot_id": e.slots[4].0, "table_no": 3}),
        )
        .await;
    assert_eq!(no_table.status, 422, "{}", no_table.text);
    let moved = app
        .patch(
            &format!("/api/v1/meetings/{late}"),
            &e.organiser,
            json!({"slot_id": e.slots[4].0, "table_no": 2}),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    assert_eq!(moved.body["pinned"], true);
    let third = app
        .post(
            &format!("/api/v1/events/{id}/schedule"),
            &e.organiser,
            json!({}),
        )
        .await;
    assert_eq!(third.status, 200);
    let moved_meeting = placements(
        &app.get(&format!("/api/v1/events/{id}/meetings"), &e.organiser)
            .await,
    )
    .into_iter()
    .find(|m| m.0 == late)
    .unwrap();
    assert_eq!(
        moved_meeting,
        (late, Some(e.slots[4].0), Some(2)),
        "pinned stays"
    );

    // Final agenda; no way back to preliminary.
    let final_ = app
        .post(
            &format!("/api/v1/events/{id}/publish"),
            &e.organiser,
            json!({"agenda": "final"}),
        )
        .await;
    assert_eq!(final_.body["agenda_state"], "final");
    let back = app
        .post(
            &format!("/api/v1/events/{id}/publish"),
            &e.organiser,
            json!({"agenda": "preliminary"}),
        )
        .await;
    assert_eq!(back.status, 409);

    // Statistics by country and kind; the table plan.
    let stats = app
        .get(&format!("/api/v1/events/{id}/stats"), &e.organiser)
        .await;
    assert_eq!(stats.status, 200, "{}", stats.text);
    assert_eq!(stats.body["total"]["requests_sent"], 5);
    assert_eq!(stats.body["total"]["accepted"], 4);
    assert_eq!(stats.body["total"]["declined"], 1);
    assert_eq!(stats.body["total"]["meetings_scheduled"], 4);
    assert_eq!(stats.body["by_country"]["DK"]["attendees"], 2);
    assert_eq!(stats.body["by_kind"]["incubator"]["attendees"], 1);
    let plan = app
        .get(&format!("/api/v1/events/{id}/table-plan"), &e.organiser)
        .await;
    let used: usize = plan.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["tables"].as_array().unwrap().len())
        .sum();
    assert_eq!(used, 4);

    // Outcomes wait for the meeting to happen.
    let early = app
        .post(
            &format!("/api/v1/meetings/{b2_meeting}/outcome"),
            &e.a1.0,
            json!({"held": true, "follow_up": true}),
        )
        .await;
    assert_eq!(early.status, 422, "{}", early.text);
    let stranger = app
        .post(
            &format!("/api/v1/meetings/{b2_meeting}/outcome"),
            &e.b1.0,
            json!({"held": true}),
        )
        .await;
    assert_eq!(stranger.status, 404, "{}", stranger.text);
}

/// After the agenda is published, a meeting moved by hand, one removed,
/// one taken off the plan and one whose other side cancelled its
/// registration: each remaining attendee hears what became of their meeting
/// (naming the other side), and their agenda's calendar file says which
/// meetings are cancelled, so that subscribed calendars drop them.
async fn published_meetings_that_move_or_go_are_announced(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let e = event(&app, &net).await;
    for (from, to) in [
        (&e.a1, &e.b2),
        (&e.org_a, &e.a1),
        (&e.b1, &e.org_a),
        (&e.b1, &e.a1),
    ] {
        let asked = request(&app, e.id, from, to).await;
        assert_eq!(answer(&app, asked, &to.0, "accept").await.status, 200);
    }
    let scheduled = app
        .post(
            &format!("/api/v1/events/{}/schedule", e.id),
            &e.organiser,
            json!({}),
        )
        .await;
    assert_eq!(scheduled.status, 200, "{}", scheduled.text);
    let published = app
        .post(
            &format!("/api/v1/events/{}/publish", e.id),
            &e.organiser,
            json!({"agenda": "preliminary"}),
        )
        .await;
    assert_eq!(published.status, 200, "{}", published.text);
    let meetings = app
        .get(&format!("/api/v1/events/{}/meetings", e.id), &e.organiser)
        .await;
    let between = |x: i64, y: i64| -> (i64, i64, i64) {
        let m = meetings.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| {
                let who = m["attendees"].as_array().unwrap();
                who.contains(&json!(x)) && who.contains(&json!(y))
            })
            .unwrap_or_else(|| panic!("no meeting of {x} and {y}: {}", meetings.text));
        (
            m["id"].as_i64().unwrap(),
            m["slot_id"].as_i64().unwrap(),
            m["table_no"].as_i64().unwrap(),
        )
    };
    let with_b2 = between(e.a1.1, e.b2.1);
    let with_org = between(e.org_a.1, e.a1.1);
    let b1_org = between(e.b1.1, e.org_a.1);
    let b1_a1 = between(e.b1.1, e.a1.1);
    let changed = |token: String| {
        let app = &app;
        async move { notices(app, &token, "meeting_changed").await }
    };
    let cancelled_uids = |token: String| {
        let app = &app;
        async move {
            let ics = app
                .call(
                    Method::GET,
                    &format!("/api/v1/events/{}/agenda.ics", e.id),
                    Some(&token),
                    None,
                )
                .await;
            assert_eq!(ics.status, 200, "{}", ics.text);
            let mut uids: Vec<(String, String)> = calendar_events(&ics.text)
                .iter()
                .filter(|v| property(v, "STATUS") == "CANCELLED")
                .map(|v| (property(v, "UID"), property(v, "SEQUENCE")))
                .collect();
            uids.sort();
            uids
        }
    };
    assert!(cancelled_uids(e.a1.0.clone()).await.is_empty());

    // Removed by the organisers: both sides hear it, naming the other.
    let removed = app
        .call(
            Method::DELETE,
            &format!("/api/v1/meetings/{}", with_b2.0),
            Some(&e.organiser),
            None,
        )
        .await;
    assert_eq!(removed.status, 204, "{}", removed.text);
    let told = changed(e.b2.0.clone()).await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(
        told[0].0,
        "Your meeting with Alpha Software ApS is cancelled"
    );
    assert!(
        told[0].1.starts_with(
            "The organisers of Blue Food B2B Day took your meeting with Alpha Software ApS on "
        ),
        "{told:?}"
    );
    assert_eq!(told[0].2, format!("/events/{}/agenda", e.id));
    assert_eq!(
        cancelled_uids(e.a1.0.clone()).await,
        [(
            format!("meeting-{}-{}@landfall", with_b2.0, e.a1.1),
            "1".to_string()
        )]
    );

    // Its other side cancelled its registration: the one left hears it.
    let gone = app
        .call(
            Method::DELETE,
            &format!("/api/v1/registrations/{}", e.b1.1),
            Some(&e.b1.0),
            None,
        )
        .await;
    assert_eq!(gone.status, 204, "{}", gone.text);
    let told = changed(e.org_a.0.clone()).await;
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(
        told[0]
            .1
            .starts_with("Bergen Fish AS cancelled their registration for Blue Food B2B Day"),
        "{told:?}"
    );
    assert!(
        cancelled_uids(e.org_a.0.clone())
            .await
            .iter()
            .any(|(uid, _)| *uid == format!("meeting-{}-{}@landfall", b1_org.0, e.org_a.1))
    );
    assert_eq!(
        cancelled_uids(e.a1.0.clone()).await.len(),
        2,
        "and b1's with a1"
    );
    let _ = b1_a1;

    // Moved to a free table of another slot: a new time, no cancellation.
    let busy: Vec<i64> = [with_org.1, b1_a1.1].into();
    let free = e
        .slots
        .iter()
        .map(|s| s.0)
        .find(|s| !busy.contains(s))
        .unwrap();
    let change_org = |body: Value| {
        let (app, url) = (&app, format!("/api/v1/meetings/{}", with_org.0));
        let token = e.organiser.clone();
        async move { app.patch(&url, &token, body).await }
    };
    let moved = change_org(json!({"slot_id": free, "table_no": 1})).await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    let told = changed(e.a1.0.clone()).await;
    assert_eq!(
        told[0].0, "Your meeting with Incubator A has moved",
        "{told:?}"
    );
    assert!(told[0].1.contains("now starts at"), "{told:?}");
    let ics = app
        .call(
            Method::GET,
            &format!("/api/v1/events/{}/agenda.ics", e.id),
            Some(&e.a1.0),
            None,
        )
        .await;
    let live = calendar_events(&ics.text)
        .into_iter()
        .find(|v| property(v, "UID") == format!("meeting-{}-{}@landfall", with_org.0, e.a1.1))
        .unwrap();
    assert_eq!(property(&live, "SEQUENCE"), "1");
    assert_ne!(property(&live, "STATUS"), "CANCELLED");

    // Taken off the plan, then put back: cancelled, then live again.
    let off = change_org(json!({"slot_id": null})).await;
    assert_eq!(off.status, 200, "{}", off.text);
    assert!(cancelled_uids(e.org_a.0.clone()).await.contains(&(
        format!("meeting-{}-{}@landfall", with_org.0, e.org_a.1),
        "2".to_string()
    )));
    let back = change_org(json!({"slot_id": free, "table_no": 1})).await;
    assert_eq!(back.status, 200, "{}", back.text);
    assert!(
        !cancelled_uids(e.org_a.0.clone())
            .await
            .iter()
            .any(|(uid, _)| uid.starts_with(&format!("meeting-{}-", with_org.0)))
    );

    // Taken off again, the scheduler places it: announced, and above the
    // cancellation's sequence, so calendars show it again.
    let off = change_org(json!({"slot_id": null})).await;
    assert_eq!(off.status, 200, "{}", off.text);
    let told_before = changed(e.a1.0.clone()).await.len();
    let rerun = app
        .post(
            &format!("/api/v1/events/{}/schedule", e.id),
            &e.organiser,
            json!({}),
        )
        .await;
    assert_eq!(rerun.status, 200, "{}", rerun.text);
    let told = changed(e.a1.0.clone()).await;
    assert_eq!(told.len(), told_before + 1, "{told:?}");
    assert_eq!(told[0].0, "Your meeting with Incubator A has moved");
    let ics = app
        .call(
            Method::GET,
            &format!("/api/v1/events/{}/agenda.ics", e.id),
            Some(&e.a1.0),
            None,
        )
        .await;
    let uid = format!("meeting-{}-{}@landfall", with_org.0, e.a1.1);
    let entries: Vec<_> = calendar_events(&ics.text)
        .into_iter()
        .filter(|v| property(v, "UID") == uid)
        .collect();
    assert_eq!(entries.len(), 1, "{}", ics.text);
    assert_ne!(property(&entries[0], "STATUS"), "CANCELLED");
    assert_eq!(
        property(&entries[0], "SEQUENCE"),
        "5",
        "above the cancellation's 4"
    );
}

/// A manager registers one of the SMEs its incubator is home to from the
/// event page: only its own SMEs are offered and accepted, a second
/// registration is refused with a message, and the SME's own people find
/// it as theirs; the manager can cancel it again.
async fn managers_register_their_smes_for_an_event(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let e = event(&app, &net).await;
    let browser = signed_in_browser(&app, MANAGER_A).await;
    let url = app.url(&format!("/events/{}", e.id));
    let page = text(&browser, &url).await;
    let section = &page[page
        .find(r#"id="your-smes""#)
        .expect("no section of one's SMEs")..];
    let section = &section[..section.find(r#"id="attendees""#).unwrap()];
    assert!(
        section.contains(&format!(r#"<option value="{}""#, net.sme_a2)),
        "{section}"
    );
    assert!(
        !section.contains(&format!(r#"<option value="{}""#, net.sme_a1)),
        "A1 is registered already: {section}"
    );
    assert!(section.contains("Alpha Software ApS"), "{section}");
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let post = |fields: Vec<(&'static str, String)>| {
        let (browser, app, csrf) = (&browser, &app, csrf.clone());
        async move {
            let mut form = vec![("_csrf", csrf)];
            form.extend(fields);
            let reply = browser
                .post(app.url(&format!("/events/{}/register-sme", e.id)))
                .form(&form)
                .send()
                .await
                .unwrap();
            (reply.status().as_u16(), reply.text().await.unwrap())
        }
    };
    let (status, html) = post(vec![("sme_id", "next".into())]).await;
    assert_eq!(status, 422);
    assert!(html.contains("choose one of your SMEs"), "{html}");
    let (status, _) = post(vec![
        ("sme_id", net.sme_b1.to_string()),
        ("sme_attendance", "onsite".into()),
    ])
    .await;
    assert_eq!(status, 403, "not an SME of theirs");
    let (status, html) = post(vec![
        ("sme_id", net.sme_a2.to_string()),
        ("sme_attendance", "beamed".into()),
    ])
    .await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains(r#"id="sme_attendance-error""#), "{html}");
    let (status, _) = post(vec![
        ("sme_id", net.sme_a2.to_string()),
        ("sme_attendance", "online".into()),
    ])
    .await;
    assert_eq!(status, 303);
    let (status, html) = post(vec![
        ("sme_id", net.sme_a2.to_string()),
        ("sme_attendance", "online".into()),
    ])
    .await;
    assert_eq!(status, 409, "{html}");
    assert!(html.contains(r#"role="alert""#), "{html}");

    let list = app
        .get(
            &format!("/api/v1/events/{}/registrations", e.id),
            &e.organiser,
        )
        .await;
    let amber = list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Amber Foods ApS")
        .unwrap_or_else(|| panic!("{}", list.text))
        .clone();
    assert_eq!(amber["attendance"], "online");
    // Its own people find it as theirs.
    add_account(
        &app.db,
        "founder@sme-a2.example",
        Role::Sme,
        None,
        Some(net.sme_a2),
    )
    .await;
    let member = signed_in_browser(&app, "founder@sme-a2.example").await;
    let theirs = text(&member, &url).await;
    assert!(
        theirs.contains("Amber Foods ApS is registered")
            && theirs.contains(&format!(r#"action="/registrations/{}/edit""#, amber["id"])),
        "{theirs}"
    );
    // The manager cancels it from the same section.
    let cancelled = browser
        .post(app.url(&format!("/registrations/{}/cancel", amber["id"])))
        .form(&[("_csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(cancelled.status(), 303);
    let page = text(&browser, &url).await;
    let section = &page[page.find(r#"id="your-smes""#).unwrap()..];
    assert!(section.contains(&format!(r#"<option value="{}""#, net.sme_a2)));
    // Someone whose organisation is home to no SME has no such section.
    let organiser = signed_in_browser(&app, MANAGER_B).await;
    let agency = text(&organiser, &url).await;
    assert!(
        agency.contains(r#"id="your-smes""#),
        "incubator B is home to B1 and B2"
    );
}

async fn registrations_and_requests_stay_with_their_owners(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let e = event(&app, &net).await;
    let id = e.id;
    // Someone else's registration cannot be changed or cancelled.
    let path = format!("/api/v1/registrations/{}", e.b2.1);
    let changed = app.patch(&path, &e.a1.0, json!({"max_meetings": 1})).await;
    assert_eq!(changed.status, 403, "{}", changed.text);
    let cancelled = app.call(Method::DELETE, &path, Some(&e.a1.0), None).await;
    assert_eq!(cancelled.status, 403);
    // Availability must name the event's slots.
    let bad = app
        .patch(
            &format!("/api/v1/registrations/{}", e.a1.1),
            &e.a1.0,
            json!({"available": [999999], "max_meetings": 0}),
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text);
    assert_eq!(field_errors(&bad), ["available", "max_meetings"]);
    // Registering twice is refused; so are strangers' events settings.
    let again = app
        .post(
            &format!("/api/v1/events/{id}/registrations"),
            &e.a1.0,
            json!({"attendance": "onsite"}),
        )
        .await;
    assert_eq!(again.status, 409, "{}", again.text);
    let edit = app
        .patch(
            &format!("/api/v1/events/{id}"),
            &e.org_a.0,
            json!({"tables": 9}),
        )
        .await;
    assert_eq!(edit.status, 403, "{}", edit.text);
    // Attendees see their own requests only.
    let r = request(&app, id, &e.a1, &e.b2).await;
    request(&app, id, &e.b1, &e.org_a).await;
    let mine = app
        .get(&format!("/api/v1/events/{id}/requests"), &e.b2.0)
        .await;
    assert_eq!(ids(&mine), [r]);
    let all = app
        .get(&format!("/api/v1/events/{id}/requests"), &e.organiser)
        .await;
    assert_eq!(all.body["total"], 2);
    // A withdrawn request cannot be accepted any more.
    let withdrawn = app
        .post(
            &format!("/api/v1/meeting-requests/{r}/withdraw"),
            &e.a1.0,
            json!({}),
        )
        .await;
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.text);
    assert_eq!(answer(&app, r, &e.b2.0, "accept").await.status, 409);
    let bad_answer = answer(&app, r, &e.b2.0, "maybe").await;
    assert_eq!(bad_answer.status, 422);
}

/// The event page, the events list and the marketplace in the browser's
/// language, with dates written that language's way; English stays English.
async fn matchmaking_pages_speak_the_language_of_the_browser(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let e = event(&app, &net).await;
    let day = (Utc::now() + Duration::days(7)).date_naive();
    let browser = crate::support::signed_in_browser(&app, MEMBER_A1).await;
    let page = app.url(&format!("/events/{}", e.id));

    let german = text_in(&browser, &page, "de-DE,de;q=0.9,en;q=0.5").await;
    assert!(german.contains("<html lang=\"de\">"), "{german}");
    assert!(german.contains("Ihre Anmeldung"), "{german}");
    assert!(german.contains("Gespräch anfragen"), "{german}");
    assert!(german.contains("<dt>Veranstalter</dt>"), "{german}");
    assert!(german.contains("2 Tische"), "{german}");
    assert!(
        german.contains(&date_in(Locale::De, day)),
        "the session's day in German: {german}"
    );
    assert!(!german.contains("Request meeting"), "{german}");

    let list = text_in(&browser, &app.url("/events"), "da").await;
    assert!(
        list.contains("<h1>Matchmaking-arrangementer</h1>"),
        "{list}"
    );
    assert!(
        list.contains("Foreløbig") || list.contains("Ikke offentliggjort"),
        "{list}"
    );

    let dutch = text_in(&browser, &app.url("/profiles"), "nl").await;
    assert!(dutch.contains("<h1>Marktplaats</h1>"), "{dutch}");
    assert!(dutch.contains("Elk land"), "{dutch}");
    let swedish = text_in(&browser, &app.url("/profiles/mine"), "sv").await;
    assert!(swedish.contains("<h1>Mina profiler</h1>"), "{swedish}");

    let english = text(&browser, &page).await;
    assert!(english.contains("<html lang=\"en\">"), "{english}");
    assert!(english.contains("Your registration"), "{english}");
    assert!(english.contains("Request meeting"), "{english}");
    assert!(english.contains("2 tables"), "{english}");
    assert!(english.contains(&date_in(Locale::En, day)), "{english}");
    let english = text(&browser, &app.url("/profiles")).await;
    assert!(english.contains("<h1>Marketplace</h1>"), "{english}");
}

/// A request the scheduler marked expired before the sweep came round is
/// still told to its sender, once.
async fn requests_expired_by_the_scheduler_are_told_too(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let app = spawn(backend).await;
    let net = network(&app).await;
    let e = event(&app, &net).await;
    let asked = request(&app, e.id, &e.a1, &e.b2).await;
    use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
    let expired = Query::update()
        .table(Alias::new("meeting_requests"))
        .value(Alias::new("status"), "expired")
        .value(Alias::new("expires_at"), Utc::now() - Duration::minutes(5))
        .and_where(Expr::col(Alias::new("id")).eq(asked))
        .to_owned();
    app.db.execute(&expired).await.unwrap();
    let told = landfall::matchmaking::operations::events::notify_expired_requests(&app.db)
        .await
        .unwrap();
    assert_eq!(told, 1);
    let notices = app.get("/api/v1/notifications", &e.a1.0).await;
    assert_eq!(
        notices.body["items"][0]["kind"], "request_expired",
        "{}",
        notices.text
    );
    let again = landfall::matchmaking::operations::events::notify_expired_requests(&app.db)
        .await
        .unwrap();
    assert_eq!(again, 0, "told once");
}

on_both_backends!(
    requests_expired_by_the_scheduler_are_told_too,
    profiles_are_reviewed_before_anyone_else_sees_them,
    contact_details_show_once_an_introduction_is_accepted,
    published_meetings_that_move_or_go_are_announced,
    managers_register_their_smes_for_an_event,
    an_edit_made_before_a_decision_is_not_saved_over_it,
    search_ranks_with_stemming_and_filters_alike_on_both_databases,
    recommendations_are_directional_and_say_why,
    an_event_from_requests_to_published_agendas,
    refused_requests_and_answers_keep_their_message,
    registrations_and_requests_stay_with_their_owners,
    matchmaking_pages_speak_the_language_of_the_browser,
);
