//! Joint calls through the API: a call funded by two agencies, consortia
//! applying, the pre-submission check with every rule broken once, the
//! deadline, evaluation with conflict-of-interest checks and weighted scores,
//! decisions within each agency's budget (also under concurrency), the
//! statistics, and who may see and do what.

use chrono::{Duration, Utc};
use landfall::auth::Role;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{
    ADMIN, Backend, EVALUATOR, MANAGER_A, MEMBER_A1, Network, TestApp, add_account,
    add_organisation, network, organisation_input, spawn,
};

const DK_AGENCY: &str = "manager@growth-fund.example";
const NO_AGENCY: &str = "manager@coastal-fund.example";
const NO_CLUSTER: &str = "manager@offshore-cluster.example";
const DK_CLUSTER: &str = "manager@seafood-cluster.example";
const SE_CLUSTER: &str = "manager@kattegat-cluster.example";
/// An evaluator employed by the Norwegian cluster.
const CLUSTER_EVALUATOR: &str = "reviewer@offshore-cluster.example";

struct Fixture {
    app: TestApp,
    net: Network,
    no_agency: i64,
    dk_cluster: i64,
    se_cluster: i64,
    call_id: i64,
    /// Funder ids within the call.
    dk_funder: i64,
    no_funder: i64,
    evaluator_id: i64,
    cluster_evaluator_id: i64,
}

fn local(offset: Duration) -> String {
    (Utc::now() + offset)
        .with_timezone(&chrono_tz::Europe::Copenhagen)
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

fn call_body(net: &Network, no_agency: i64, closes_in: Duration) -> Value {
    json!({
        "title": "North Sea Innovation Express 2027",
        "year": 2027,
        "summary": "Seed money for clusters that take SMEs abroad together.",
        "time_zone": "Europe/Copenhagen",
        "opens_at": local(-Duration::days(1)),
        "closes_at": local(closes_in),
        "funders": [
            {"organisation_id": net.agency, "budget_cents": 6_000_000},
            {"organisation_id": no_agency, "budget_cents": 5_000_000}
        ],
        "questions": [{"prompt": "How will the SMEs be engaged?", "required": true}],
        "published": true,
        "rubric": {"scale_min": 1, "scale_max": 5, "criteria": [
            {"name": "Relevance", "weight": 50},
            {"name": "Consortium", "weight": 30},
            {"name": "Work plan", "weight": 20}
        ]}
    })
}

async fn fixture(backend: Backend) -> Fixture {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let db = &app.db;
    let no_agency = add_organisation(
        db,
        organisation_input("funding_agency", "Coastal Fund", "NO", &[]),
    )
    .await;
    let dk_cluster = add_organisation(
        db,
        organisation_input("cluster", "Seafood Cluster", "DK", &["C10.20"]),
    )
    .await;
    let se_cluster = add_organisation(
        db,
        organisation_input("cluster", "Kattegat Cluster", "SE", &["D35.11"]),
    )
    .await;
    add_account(db, DK_AGENCY, Role::Manager, Some(net.agency), None).await;
    add_account(db, NO_AGENCY, Role::Manager, Some(no_agency), None).await;
    add_account(db, NO_CLUSTER, Role::Manager, Some(net.cluster), None).await;
    add_account(db, DK_CLUSTER, Role::Manager, Some(dk_cluster), None).await;
    add_account(db, SE_CLUSTER, Role::Manager, Some(se_cluster), None).await;
    let cluster_evaluator_id = add_account(
        db,
        CLUSTER_EVALUATOR,
        Role::Evaluator,
        Some(net.cluster),
        None,
    )
    .await;
    let agency = app.token(DK_AGENCY).await;
    let created = app
        .post(
            "/api/v1/calls",
            &agency,
            call_body(&net, no_agency, Duration::days(30)),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let call_id = created.body["id"].as_i64().unwrap();
    let funders = created.body["funders"].as_array().unwrap();
    let funder = |org: i64| {
        funders
            .iter()
            .find(|f| f["organisation"]["id"] == org)
            .unwrap()["id"]
            .as_i64()
            .unwrap()
    };
    let evaluators = app.get("/api/v1/evaluators", &agency).await;
    let evaluator_id = evaluators.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["email"] == EVALUATOR)
        .unwrap()["user_id"]
        .as_i64()
        .unwrap();
    Fixture {
        dk_funder: funder(net.agency),
        no_funder: funder(no_agency),
        app,
        net,
        no_agency,
        dk_cluster,
        se_cluster,
        call_id,
        evaluator_id,
        cluster_evaluator_id,
    }
}

/// A complete application led by the Danish cluster with the Norwegian
/// cluster and the Swedish one (which has no funder and asks for nothing).
fn good_application(f: &Fixture, dk_ask: i64, no_ask: i64) -> Value {
    json!({
        "title": "Blue food value chains",
        "acronym": "BLUEFOOD",
        "summary": "Seafood SMEs meet buyers across the Skagerrak.",
        "objectives": "Ten new supply contracts within 15 months.",
        "duration_months": 15,
        "partners": [
            {"organisation_id": f.dk_cluster, "requested_cents": dk_ask, "smes_engaged": 6},
            {"organisation_id": f.net.cluster, "requested_cents": no_ask, "smes_engaged": 4},
            {"organisation_id": f.se_cluster, "requested_cents": 0, "smes_engaged": 2}
        ],
        "work_items": [
            {"title": "Study visit to Ålesund", "partner_organisation_id": f.dk_cluster,
             "start_month": 2, "end_month": 3, "cost_cents": dk_ask + 500_000},
            {"title": "B2B days in Esbjerg", "partner_organisation_id": f.net.cluster,
             "start_month": 6, "end_month": 15, "cost_cents": no_ask + 500_000}
        ],
        "answers": {"q1": "Through the clusters' member meetings and a call for participants."}
    })
}

async fn apply(f: &Fixture, body: Value) -> i64 {
    let lead = f.app.token(DK_CLUSTER).await;
    let created = f
        .app
        .post(
            &format!("/api/v1/calls/{}/applications", f.call_id),
            &lead,
            body,
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    created.body["id"].as_i64().unwrap()
}

async fn submitted(f: &Fixture, dk_ask: i64, no_ask: i64) -> i64 {
    let id = apply(f, good_application(f, dk_ask, no_ask)).await;
    let lead = f.app.token(DK_CLUSTER).await;
    let reply = f
        .app
        .post(
            &format!("/api/v1/applications/{id}/submit"),
            &lead,
            json!({}),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    id
}

async fn review(f: &Fixture, email: &str, id: i64, scores: [i64; 3], submit: bool) -> Value {
    let token = f.app.token(email).await;
    let sheet = f
        .app
        .get(&format!("/api/v1/applications/{id}/review"), &token)
        .await;
    assert_eq!(sheet.status, 200, "{}", sheet.text);
    let criteria = sheet.body["rubric"]["criteria"].as_array().unwrap().clone();
    let mut body = serde_json::Map::new();
    for (criterion, score) in criteria.iter().zip(scores) {
        body.insert(
            criterion["id"].to_string(),
            json!({"score": score, "comment": format!("Scored {score}")}),
        );
    }
    let reply = f
        .app
        .put(
            &format!("/api/v1/applications/{id}/review"),
            &token,
            json!({"scores": body, "overall_comment": "Solid.", "submit": submit}),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    reply.body
}

async fn assign(f: &Fixture, id: i64, user_id: i64) -> crate::support::Reply {
    let agency = f.app.token(DK_AGENCY).await;
    f.app
        .post(
            &format!("/api/v1/applications/{id}/evaluators"),
            &agency,
            json!({"evaluator_user_id": user_id}),
        )
        .await
}

async fn decide(
    f: &Fixture,
    email: &str,
    id: i64,
    outcome: &str,
    amount: Option<i64>,
) -> crate::support::Reply {
    let token = f.app.token(email).await;
    let application = f
        .app
        .get(&format!("/api/v1/applications/{id}"), &token)
        .await;
    let funder = if email == DK_AGENCY {
        f.dk_funder
    } else {
        f.no_funder
    };
    let decisions: Vec<Value> = application.body["partners"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["funder_id"] == funder && p["requested_cents"].as_i64().unwrap() > 0)
        .map(|p| json!({"partner_id": p["id"], "outcome": outcome, "amount_cents": amount, "conditions": "Report after six months"}))
        .collect();
    f.app
        .put(
            &format!("/api/v1/applications/{id}/decisions"),
            &token,
            json!({"decisions": decisions}),
        )
        .await
}

async fn a_consortium_applies_is_scored_and_two_agencies_decide(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let lead = app.token(DK_CLUSTER).await;

    // The draft gets its funders from the partners' countries.
    let id = apply(&f, good_application(&f, 2_000_000, 1_500_000)).await;
    let draft = app.get(&format!("/api/v1/applications/{id}"), &lead).await;
    assert_eq!(draft.body["status"], "draft");
    assert_eq!(draft.body["partners"][0]["funder_id"], f.dk_funder);
    assert_eq!(draft.body["partners"][1]["funder_id"], f.no_funder);
    assert_eq!(draft.body["partners"][2]["funder_id"], Value::Null);
    assert_eq!(draft.body["requested_cents"], 3_500_000);
    assert_eq!(draft.body["smes_engaged"], 12);
    let check = app
        .get(&format!("/api/v1/applications/{id}/check"), &lead)
        .await;
    assert_eq!(check.body["ready"], true, "{}", check.text);

    // The call's team does not see drafts; submitted, it does.
    let agency = app.token(DK_AGENCY).await;
    assert_eq!(
        app.get(&format!("/api/v1/applications/{id}"), &agency)
            .await
            .status,
        404
    );
    let reply = app
        .post(
            &format!("/api/v1/applications/{id}/submit"),
            &lead,
            json!({}),
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    assert_eq!(reply.body["status"], "submitted");
    assert_eq!(
        app.get(&format!("/api/v1/applications/{id}"), &agency)
            .await
            .status,
        200
    );
    // Submitted means final.
    let late_edit = app
        .put(
            &format!("/api/v1/applications/{id}"),
            &lead,
            json!({"title": "Other"}),
        )
        .await;
    assert_eq!(late_edit.status, 409);

    // An evaluator scores it: (4-1)/4*50 + (5-1)/4*30 + (2-1)/4*20 = 37.5+30+5 = 72.5 %.
    assert_eq!(assign(&f, id, f.evaluator_id).await.status, 201);
    let reviewed = review(&f, EVALUATOR, id, [4, 5, 2], true).await;
    assert_eq!(reviewed["review"]["percent"], 72.5);
    assert_eq!(reviewed["review"]["status"], "submitted");
    let board = app
        .get(&format!("/api/v1/calls/{}/decisions", f.call_id), &agency)
        .await;
    assert_eq!(board.status, 200, "{}", board.text);
    assert_eq!(board.body["items"][0]["score"], 72.5);
    assert_eq!(board.body["items"][0]["rank"], 1);
    assert_eq!(board.body["items"][0]["outcome"], "pending");

    // The Danish agency approves its partner: still waiting for Norway.
    let dk = decide(&f, DK_AGENCY, id, "approved", None).await;
    assert_eq!(dk.status, 200, "{}", dk.text);
    assert_eq!(dk.body["outcome"], "pending");
    let no = decide(
        &f,
        NO_AGENCY,
        id,
        "approved_with_conditions",
        Some(1_200_000),
    )
    .await;
    assert_eq!(no.status, 200, "{}", no.text);
    assert_eq!(no.body["outcome"], "approved");
    let board = app
        .get(&format!("/api/v1/calls/{}/decisions", f.call_id), &agency)
        .await;
    let dk_budget = board.body["funders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["funder_id"] == f.dk_funder)
        .unwrap()
        .clone();
    assert_eq!(dk_budget["committed_cents"], 2_000_000);
    assert_eq!(dk_budget["remaining_cents"], 4_000_000);

    // The consortium heard of both decisions; the evaluator did not.
    let heard = app
        .get("/api/v1/notifications", &app.token(NO_CLUSTER).await)
        .await;
    let decisions: Vec<&Value> = heard.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "funding_decision")
        .collect();
    assert_eq!(decisions.len(), 2, "{}", heard.text);
    assert!(
        decisions[0]["body"]
            .as_str()
            .unwrap()
            .contains("approved with conditions, EUR 12,000")
    );
    let evaluator = app
        .get("/api/v1/notifications", &app.token(EVALUATOR).await)
        .await;
    assert_eq!(evaluator.body["items"], json!([]));

    // A second application, rejected by both; a third withdrawn; a draft.
    let second = submitted(&f, 1_000_000, 500_000).await;
    assert_eq!(
        decide(&f, DK_AGENCY, second, "rejected", None).await.status,
        200
    );
    let rejected = decide(&f, NO_AGENCY, second, "rejected", None).await;
    assert_eq!(rejected.body["outcome"], "rejected");
    let third = submitted(&f, 1_000_000, 500_000).await;
    let withdrawn = app
        .post(
            &format!("/api/v1/applications/{third}/withdraw"),
            &lead,
            json!({}),
        )
        .await;
    assert_eq!(withdrawn.body["status"], "withdrawn", "{}", withdrawn.text);
    apply(&f, good_application(&f, 1_000_000, 0)).await;
    // A decided application cannot be withdrawn.
    let too_late = app
        .post(
            &format!("/api/v1/applications/{id}/withdraw"),
            &lead,
            json!({}),
        )
        .await;
    assert_eq!(too_late.status, 409);

    // Statistics by hand: 2 funders (DK, NO), EUR 110,000; 2 received (the
    // withdrawn one and the draft do not count), 1 approved with 2 clusters
    // (the Swedish one is a cluster too: 3) and 12 SMEs.
    let stats = app
        .call(reqwest::Method::GET, "/api/v1/calls/statistics", None, None)
        .await;
    assert_eq!(stats.status, 200, "{}", stats.text);
    let year = stats.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|y| y["year"] == 2027)
        .unwrap()
        .clone();
    assert_eq!(year["funding_partners"], 2);
    assert_eq!(year["countries"], json!(["DK", "NO"]));
    assert_eq!(year["budget_cents"], 11_000_000);
    assert_eq!(year["applications_received"], 2);
    assert_eq!(year["applications_approved"], 1);
    assert_eq!(year["clusters"], 3);
    assert_eq!(year["smes"], 12);

    // The decision letter for the Norwegian part is a page the consortium reads.
    let browser = crate::support::signed_in_browser(app, DK_CLUSTER).await;
    let letter = browser
        .get(app.url(&format!("/applications/{id}/letters/{}", f.no_funder)))
        .send()
        .await
        .unwrap();
    assert_eq!(letter.status(), 200);
    let letter = letter.text().await.unwrap();
    assert!(
        letter.contains("Coastal Fund") && letter.contains("Approved with conditions"),
        "{letter}"
    );
    assert!(letter.contains("EUR 12,000") && letter.contains("Report after six months"));
}

async fn each_rule_is_checked_before_submission(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let lead = app.token(DK_CLUSTER).await;
    let id = apply(&f, good_application(&f, 2_000_000, 1_500_000)).await;
    let path = format!("/api/v1/applications/{id}");
    let good = good_application(&f, 2_000_000, 1_500_000);
    let with = |key: &str, value: Value| {
        let mut body = good.clone();
        body[key] = value;
        body
    };
    let partners = good["partners"].clone();
    let mut only_danish = partners.clone();
    only_danish.as_array_mut().unwrap().truncate(1);
    let mut nothing_asked = partners.clone();
    for p in nothing_asked.as_array_mut().unwrap() {
        p["requested_cents"] = json!(0);
    }
    let mut swede_asks = partners.clone();
    swede_asks[2]["requested_cents"] = json!(300_000);
    let mut agency_partner = partners.clone();
    agency_partner
        .as_array_mut()
        .unwrap()
        .push(json!({"organisation_id": f.no_agency}));
    let mut too_much = partners.clone();
    too_much[0]["requested_cents"] = json!(5_000_000);
    too_much[1]["requested_cents"] = json!(1_500_000);
    let mut few_smes = partners.clone();
    for p in few_smes.as_array_mut().unwrap() {
        p["smes_engaged"] = json!(1);
    }
    let mut items_for_danes = good["work_items"].clone();
    items_for_danes[1]["partner_organisation_id"] = json!(f.dk_cluster);
    let mut cheap = good["work_items"].clone();
    cheap[0]["cost_cents"] = json!(100_000);
    let mut long = good["work_items"].clone();
    long[1]["end_month"] = json!(16);
    let mut expensive = good["work_items"].clone();
    expensive[0]["cost_cents"] = json!(6_000_000);

    let cases: Vec<(&str, Value)> = vec![
        ("required", with("answers", json!({}))),
        ("required", with("objectives", json!(""))),
        ("min_countries", {
            let mut b = with("partners", only_danish);
            b["work_items"] = items_for_danes;
            b
        }),
        ("funded_partner", with("partners", nothing_asked)),
        ("unfunded_request", with("partners", swede_asks)),
        ("eligible_kinds", with("partners", agency_partner)),
        ("grant_range", {
            let mut b = with("partners", too_much);
            b["work_items"] = expensive;
            b
        }),
        ("duration", with("duration_months", json!(24))),
        ("min_smes", with("partners", few_smes)),
        ("work_plan", with("work_items", json!([]))),
        ("work_plan", with("work_items", long)),
        ("budget_covered", with("work_items", cheap)),
    ];
    for (rule, body) in cases {
        let saved = app.put(&path, &lead, body).await;
        assert_eq!(saved.status, 200, "{rule}: {}", saved.text);
        let check = app.get(&format!("{path}/check"), &lead).await;
        let rules: Vec<&str> = check.body["breaches"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["rule"].as_str().unwrap())
            .collect();
        assert!(rules.contains(&rule), "{rule}: {}", check.text);
        assert_eq!(check.body["ready"], false);
        let refused = app.post(&format!("{path}/submit"), &lead, json!({})).await;
        assert_eq!(refused.status, 422, "{rule}: {}", refused.text);
        assert!(
            refused.body["fields"][rule].is_string(),
            "{rule}: {}",
            refused.text
        );
    }
    // Fixed, it goes through.
    assert_eq!(app.put(&path, &lead, good).await.status, 200);
    assert_eq!(
        app.post(&format!("{path}/submit"), &lead, json!({}))
            .await
            .status,
        200
    );

    // Drafts that cannot be read are refused field by field.
    let second = apply(&f, good_application(&f, 1_000_000, 0)).await;
    let bad = app
        .put(
            &format!("/api/v1/applications/{second}"),
            &lead,
            json!({"duration_months": "long", "partners": [{"organisation_id": f.dk_cluster, "funder_id": f.no_funder}],
                   "work_items": [{"title": "", "partner_organisation_id": 999999, "start_month": 3, "end_month": 1}]}),
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text);
    for field in [
        "duration_months",
        "partners[0].funder_id",
        "work_items[0].title",
        "work_items[0].partner_organisation_id",
        "work_items[0].end_month",
    ] {
        assert!(
            bad.body["fields"][field].is_string(),
            "{field}: {}",
            bad.text
        );
    }
}

async fn submission_is_locked_at_the_deadline(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let lead = app.token(DK_CLUSTER).await;
    let id = apply(&f, good_application(&f, 2_000_000, 1_500_000)).await;
    let early = submitted(&f, 1_000_000, 500_000).await;

    // The coordinator moves the deadline to a minute ago.
    let agency = app.token(DK_AGENCY).await;
    let mut body = call_body(&f.net, f.no_agency, -Duration::minutes(1));
    body.as_object_mut().unwrap().remove("rubric");
    let moved = app
        .put(&format!("/api/v1/calls/{}", f.call_id), &agency, body)
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    assert_eq!(moved.body["phase"], "closed");

    let late = app
        .post(
            &format!("/api/v1/applications/{id}/submit"),
            &lead,
            json!({}),
        )
        .await;
    assert_eq!(late.status, 409, "{}", late.text);
    let message = late.body["error"].as_str().unwrap();
    assert!(
        message.contains("closed") && message.contains("Europe/Copenhagen"),
        "{message}"
    );
    let check = app
        .get(&format!("/api/v1/applications/{id}/check"), &lead)
        .await;
    assert_eq!(check.body["breaches"][0]["rule"], "open");
    assert_eq!(
        app.put(
            &format!("/api/v1/applications/{id}"),
            &lead,
            json!({"title": "Late"})
        )
        .await
        .status,
        409
    );
    let new = app
        .post(
            &format!("/api/v1/calls/{}/applications", f.call_id),
            &lead,
            json!({}),
        )
        .await;
    assert_eq!(new.status, 409);
    // Still a draft; the one submitted in time stays submitted.
    assert_eq!(
        app.get(&format!("/api/v1/applications/{id}"), &lead)
            .await
            .body["status"],
        "draft"
    );
    assert_eq!(
        app.get(&format!("/api/v1/applications/{early}"), &lead)
            .await
            .body["status"],
        "submitted"
    );
}

async fn conflicts_of_interest_and_weighted_ranking(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let first = submitted(&f, 2_000_000, 1_500_000).await;
    let second = submitted(&f, 1_000_000, 500_000).await;

    // The Norwegian cluster is a partner: its employee may not evaluate.
    let refused = assign(&f, first, f.cluster_evaluator_id).await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    assert!(
        refused.body["error"]
            .as_str()
            .unwrap()
            .contains("conflict of interest")
    );
    let cluster_evaluator = app.token(CLUSTER_EVALUATOR).await;
    assert_eq!(
        app.get(&format!("/api/v1/applications/{first}"), &cluster_evaluator)
            .await
            .status,
        404
    );
    // Only evaluators can be assigned; nobody twice.
    let manager_id = app
        .get("/api/v1/me", &app.token(MANAGER_A).await)
        .await
        .body["id"]
        .as_i64()
        .unwrap();
    assert_eq!(assign(&f, first, manager_id).await.status, 422);
    assert_eq!(assign(&f, first, f.evaluator_id).await.status, 201);
    assert_eq!(assign(&f, first, f.evaluator_id).await.status, 409);
    // Removed and assigned again.
    let remove = format!("/api/v1/applications/{first}/evaluators/{}", f.evaluator_id);
    let dk_agency = app.token(DK_AGENCY).await;
    assert_eq!(app.delete(&remove, &dk_agency).await.status, 204);
    assert_eq!(app.delete(&remove, &dk_agency).await.status, 404);
    assert_eq!(assign(&f, first, f.evaluator_id).await.status, 201);

    // An unassigned application is not there for the evaluator.
    let evaluator = app.token(EVALUATOR).await;
    assert_eq!(
        app.get(&format!("/api/v1/applications/{second}"), &evaluator)
            .await
            .status,
        404
    );
    assert_eq!(
        app.get(&format!("/api/v1/applications/{second}/review"), &evaluator)
            .await
            .status,
        404
    );
    let mine = app.get("/api/v1/reviews", &evaluator).await;
    assert_eq!(mine.body["total"], 1);

    // A second evaluator without a conflict takes the second application.
    let other_id = add_account(
        &app.db,
        "second@evaluators.example",
        Role::Evaluator,
        None,
        None,
    )
    .await;
    assert_eq!(assign(&f, second, other_id).await.status, 201);
    assert_eq!(assign(&f, second, f.evaluator_id).await.status, 201);

    // A submitted review needs a score and a comment on every criterion.
    let sheet = app
        .get(&format!("/api/v1/applications/{first}/review"), &evaluator)
        .await;
    let criterion = sheet.body["rubric"]["criteria"][0]["id"].to_string();
    let incomplete = app
        .put(
            &format!("/api/v1/applications/{first}/review"),
            &evaluator,
            json!({"scores": {criterion.clone(): {"score": 9}}, "submit": true}),
        )
        .await;
    assert_eq!(incomplete.status, 422, "{}", incomplete.text);
    assert!(incomplete.body["fields"][format!("scores.{criterion}")].is_string());

    // first: 100 %; second: 25 % and 75 % → 50 %.
    review(&f, EVALUATOR, first, [5, 5, 5], true).await;
    review(&f, EVALUATOR, second, [2, 2, 2], true).await;
    // The rubric changes: the second evaluator writes on version 2, which
    // weighs only relevance; the reviews on version 1 keep their scores.
    let agency = app.token(DK_AGENCY).await;
    let v2 = app
        .put(
            &format!("/api/v1/calls/{}/rubric", f.call_id),
            &agency,
            json!({"scale_min": 0, "scale_max": 4, "criteria": [
                {"name": "Relevance", "weight": 2}, {"name": "Consortium", "weight": 1}, {"name": "Work plan", "weight": 1}]}),
        )
        .await;
    assert_eq!(v2.status, 200, "{}", v2.text);
    assert_eq!(v2.body["version"], 2);
    // (3/4*2 + 3/4*1 + 3/4*1) / 4 = 75 %.
    let on_v2 = review(&f, "second@evaluators.example", second, [3, 3, 3], true).await;
    assert_eq!(on_v2["rubric"]["version"], 2);
    assert_eq!(on_v2["review"]["percent"], 75.0);
    let kept = app
        .get(&format!("/api/v1/applications/{second}/review"), &evaluator)
        .await;
    assert_eq!(kept.body["rubric"]["version"], 1);
    assert_eq!(kept.body["review"]["percent"], 25.0);
    // Submitted reviews are final.
    let again = app
        .put(
            &format!("/api/v1/applications/{second}/review"),
            &evaluator,
            json!({"overall_comment": "x"}),
        )
        .await;
    assert_eq!(again.status, 409);

    // The call's team reads who evaluates the second application and what
    // each wrote, each review on its own rubric version; the applicants and
    // the evaluators themselves may not.
    let assignments = app
        .get(
            &format!("/api/v1/applications/{second}/evaluators"),
            &agency,
        )
        .await;
    assert_eq!(assignments.status, 200, "{}", assignments.text);
    let mut written: Vec<(String, i64, f64, String)> = assignments.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["evaluator"]["email"].as_str().unwrap().to_string(),
                a["review"]["rubric_version"].as_i64().unwrap(),
                a["review"]["percent"].as_f64().unwrap(),
                a["review"]["scores"][0]["comment"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect();
    written.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        written,
        [
            (EVALUATOR.to_string(), 1, 25.0, "Scored 2".to_string()),
            (
                "second@evaluators.example".to_string(),
                2,
                75.0,
                "Scored 3".to_string()
            ),
        ]
    );
    for token in [app.token(DK_CLUSTER).await, evaluator.clone()] {
        assert_eq!(
            app.get(&format!("/api/v1/applications/{second}/evaluators"), &token)
                .await
                .status,
            403
        );
    }

    let board = app
        .get(&format!("/api/v1/calls/{}/decisions", f.call_id), &agency)
        .await;
    let order: Vec<(i64, f64, i64)> = board.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["application_id"].as_i64().unwrap(),
                i["score"].as_f64().unwrap(),
                i["rank"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(order, [(first, 100.0, 1), (second, 50.0, 2)]);
}

async fn budgets_cannot_be_overcommitted(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    // The Danish agency has EUR 60,000: 40,000 + 30,000 is too much.
    let first = submitted(&f, 4_000_000, 1_000_000).await;
    let second = submitted(&f, 3_000_000, 1_000_000).await;
    assert_eq!(
        decide(&f, DK_AGENCY, first, "approved", None).await.status,
        200
    );
    let over = decide(&f, DK_AGENCY, second, "approved", None).await;
    assert_eq!(over.status, 409, "{}", over.text);
    let message = over.body["error"].as_str().unwrap();
    assert!(
        message.contains("EUR 10,000 over") && message.contains("EUR 20,000 is still free"),
        "{message}"
    );
    // A smaller grant fits; changing the first decision frees money again.
    assert_eq!(
        decide(&f, DK_AGENCY, second, "approved", Some(2_000_000))
            .await
            .status,
        200
    );
    assert_eq!(
        decide(&f, DK_AGENCY, first, "approved", Some(3_500_000))
            .await
            .status,
        200
    );
    assert_eq!(
        decide(&f, DK_AGENCY, second, "approved", Some(2_500_000))
            .await
            .status,
        200
    );
    // More than asked for is refused.
    assert_eq!(
        decide(&f, DK_AGENCY, second, "approved", Some(3_500_000))
            .await
            .status,
        422
    );

    // Norway has EUR 50,000. Two approvals at the same moment that both fit
    // go through together...
    let third = submitted(&f, 3_000_000, 1_000_000).await;
    let fourth = submitted(&f, 3_000_000, 1_000_000).await;
    let (a, b) = tokio::join!(
        decide(&f, NO_AGENCY, third, "approved", None),
        decide(&f, NO_AGENCY, fourth, "approved", None),
    );
    assert_eq!(
        (a.status.as_u16(), b.status.as_u16()),
        (200, 200),
        "{} / {}",
        a.text,
        b.text
    );
    assert_eq!(
        decide(&f, NO_AGENCY, first, "approved", None).await.status,
        200
    );
    let fifth = submitted(&f, 3_000_000, 1_000_000).await;
    assert_eq!(
        decide(&f, NO_AGENCY, fifth, "approved", None).await.status,
        200
    );
    // ...but with EUR 10,000 left, only one of two at the same moment can.
    let sixth = submitted(&f, 3_000_000, 1_000_000).await;
    let seventh = submitted(&f, 3_000_000, 1_000_000).await;
    let (a, b) = tokio::join!(
        decide(&f, NO_AGENCY, sixth, "approved", None),
        decide(&f, NO_AGENCY, seventh, "approved", None),
    );
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409], "{} / {}", a.text, b.text);
    let board = app
        .get(
            &format!("/api/v1/calls/{}/decisions", f.call_id),
            &app.token(NO_AGENCY).await,
        )
        .await;
    let no = board.body["funders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["funder_id"] == f.no_funder)
        .unwrap()
        .clone();
    assert_eq!(no["committed_cents"], 5_000_000);
    assert_eq!(no["remaining_cents"], 0);
}

async fn a_funders_budget_stays_above_its_approvals(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let id = submitted(&f, 4_000_000, 1_000_000).await;
    assert_eq!(
        decide(&f, DK_AGENCY, id, "approved", None).await.status,
        200
    );
    let agency = app.token(DK_AGENCY).await;
    let mut body = call_body(&f.net, f.no_agency, Duration::days(30));
    body.as_object_mut().unwrap().remove("rubric");
    body["funders"][0]["budget_cents"] = json!(3_000_000);
    let path = format!("/api/v1/calls/{}", f.call_id);
    let refused = app.put(&path, &agency, body.clone()).await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    let message = refused.body["fields"]["funders[0].budget_cents"]
        .as_str()
        .unwrap_or_default();
    assert!(
        message.contains("EUR 40,000") && message.contains("EUR 30,000"),
        "{}",
        refused.text
    );
    let call = app.get(&path, &agency).await;
    assert_eq!(call.body["funders"][0]["budget_cents"], 6_000_000);
    // Down to exactly what is committed is fine.
    body["funders"][0]["budget_cents"] = json!(4_000_000);
    let saved = app.put(&path, &agency, body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.body["funders"][0]["budget_cents"], 4_000_000);
}

async fn a_funder_asked_for_money_stays_in_the_call(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let id = submitted(&f, 2_000_000, 1_500_000).await;
    let reference = app
        .get(
            &format!("/api/v1/applications/{id}"),
            &app.token(DK_AGENCY).await,
        )
        .await
        .body["reference"]
        .as_str()
        .unwrap()
        .to_string();
    let agency = app.token(DK_AGENCY).await;
    let mut body = call_body(&f.net, f.no_agency, Duration::days(30));
    body.as_object_mut().unwrap().remove("rubric");
    body["funders"].as_array_mut().unwrap().pop();
    let path = format!("/api/v1/calls/{}", f.call_id);
    let refused = app.put(&path, &agency, body.clone()).await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    let message = refused.body["fields"]["funders"]
        .as_str()
        .unwrap_or_default();
    assert!(
        message.contains("Coastal Fund") && message.contains(&reference),
        "{}",
        refused.text
    );
    let application = app
        .get(&format!("/api/v1/applications/{id}"), &agency)
        .await;
    assert_eq!(application.body["partners"][1]["funder_id"], f.no_funder);
    // Once the application is withdrawn, nobody asks the funder any more.
    let lead = app.token(DK_CLUSTER).await;
    let withdrawn = app
        .post(
            &format!("/api/v1/applications/{id}/withdraw"),
            &lead,
            json!({}),
        )
        .await;
    assert_eq!(withdrawn.status, 200, "{}", withdrawn.text);
    let saved = app.put(&path, &agency, body).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.body["funders"].as_array().unwrap().len(), 1);
}

/// A submission checks the rules under the funders' locks: a funder removed
/// while the submission waits is seen, and the submission is refused rather
/// than asking money of a funder that is gone.
async fn a_funder_removed_during_a_submission_is_seen(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let f = fixture(backend).await;
    let app = &f.app;
    let id = apply(&f, good_application(&f, 2_000_000, 1_500_000)).await;
    let lead = app.token(DK_CLUSTER).await;
    // Another writer holds the Norwegian funder, as a call change removing it would.
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE call_funders SET budget_cents = budget_cents WHERE id = {}",
        f.no_funder
    ))
    .await
    .unwrap();
    let path = format!("/api/v1/applications/{id}/submit");
    let submit = crate::support::waiting(
        app.post(&path, &lead, json!({})),
        "the submission waits for the funder",
    )
    .await;
    txn.execute_unprepared(&format!(
        "DELETE FROM call_funders WHERE id = {}",
        f.no_funder
    ))
    .await
    .unwrap();
    txn.commit().await.unwrap();
    let refused = submit.await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    let application = app.get(&format!("/api/v1/applications/{id}"), &lead).await;
    assert_eq!(application.body["status"], "draft");
    assert_eq!(application.body["partners"][1]["funder_id"], Value::Null);
}

async fn a_decision_waits_for_a_withdrawal_or_a_new_budget(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let f = fixture(backend).await;
    let app = &f.app;
    // The consortium withdraws while the agency decides: the decision waits
    // for the withdrawal and is then refused, so no money stays committed to
    // a withdrawn application.
    let id = submitted(&f, 4_000_000, 1_000_000).await;
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE applications SET status = 'withdrawn' WHERE id = {id}"
    ))
    .await
    .unwrap();
    let decision = crate::support::waiting(
        decide(&f, DK_AGENCY, id, "approved", None),
        "the decision waits for the application",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = decision.await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    let decisions = app
        .get(
            &format!("/api/v1/applications/{id}"),
            &app.token(DK_AGENCY).await,
        )
        .await;
    assert_eq!(decisions.body["decisions"], json!([]));

    // The call's team lowers the agency's budget meanwhile: the decision is
    // checked against the new budget, not the one it read before waiting.
    let id = submitted(&f, 4_000_000, 1_000_000).await;
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE call_funders SET budget_cents = 3000000 WHERE id = {}",
        f.dk_funder
    ))
    .await
    .unwrap();
    let decision = crate::support::waiting(
        decide(&f, DK_AGENCY, id, "approved", None),
        "the decision waits for the funder",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = decision.await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    assert!(
        refused.body["error"]
            .as_str()
            .unwrap_or_default()
            .contains("EUR 10,000 over"),
        "{}",
        refused.text
    );
}

/// Two partners of a consortium change the draft at the same moment: the
/// change made to the draft as it was before the other was saved is refused
/// instead of writing the old text back over it.
async fn a_draft_changed_meanwhile_is_not_overwritten(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let f = fixture(backend).await;
    let app = &f.app;
    let id = apply(&f, good_application(&f, 4_000_000, 1_000_000)).await;
    let lead = app.token(DK_CLUSTER).await;
    let path = format!("/api/v1/applications/{id}");
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE applications SET summary = 'Rewritten by a partner', \
         updated_at = '2030-01-01T00:00:00Z' WHERE id = {id}"
    ))
    .await
    .unwrap();
    let editing = crate::support::waiting(
        app.put(&path, &lead, json!({"title": "Blue Biomass Bridge"})),
        "the change waits for the other",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = editing.await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    assert!(
        refused.text.contains("saved this application meanwhile"),
        "{}",
        refused.text
    );
    let now = app.get(&path, &lead).await;
    assert_eq!(now.body["summary"], "Rewritten by a partner");
    let again = app
        .put(&path, &lead, json!({"title": "Blue Biomass Bridge"}))
        .await;
    assert_eq!(again.status, 200, "{}", again.text);
    assert_eq!(
        again.body["summary"], "Rewritten by a partner",
        "{}",
        again.text
    );
    assert_eq!(again.body["title"], "Blue Biomass Bridge");

    // The edit form carries the version it was filled from: saved after a
    // partner's change, it is shown again with the message, nothing saved.
    let browser = crate::support::signed_in_browser(app, DK_CLUSTER).await;
    let edit = format!("/applications/{id}/edit");
    let (_, page) = html(&browser, app, &edit).await;
    let token = crate::support::hidden_field(&page, "_csrf").unwrap();
    let version = crate::support::hidden_field(&page, "version").expect("a version field");
    let partner = app
        .put(
            &path,
            &lead,
            json!({"summary": "Rewritten again by a partner"}),
        )
        .await;
    assert_eq!(partner.status, 200, "{}", partner.text);
    let stale = [
        ("_csrf", token.as_str()),
        ("title", "Stale title"),
        ("version", version.as_str()),
    ];
    let (status, _, body) = form(&browser, app, &edit, &stale).await;
    assert_eq!(status, 422);
    assert!(body.contains("saved this application meanwhile"), "{body}");
    assert!(body.contains(r#"value="Stale title""#), "kept as typed");
    assert_eq!(
        app.get(&path, &lead).await.body["title"],
        "Blue Biomass Bridge"
    );

    // A work plan row with only its notes typed is not dropped unseen.
    let newer = crate::support::hidden_field(&body, "version").unwrap();
    assert_ne!(newer, version);
    let notes_only = [
        ("_csrf", token.as_str()),
        ("title", "Blue Biomass Bridge"),
        ("item_title", ""),
        ("item_description", "Two study visits to Tromsø"),
        ("version", newer.as_str()),
    ];
    let (status, _, body) = form(&browser, app, &edit, &notes_only).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("Two study visits to Tromsø"), "{body}");
    assert!(
        body.contains(r#"id="item_title_0" name="item_title" value="" aria-invalid="true""#),
        "the row's missing title is named: {body}"
    );
}

async fn a_decision_sent_again_unchanged_is_not_made_again(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let id = submitted(&f, 4_000_000, 1_000_000).await;
    let lead = app.token(DK_CLUSTER).await;
    let decided = |reply: crate::support::Reply| {
        assert_eq!(reply.status, 200, "{}", reply.text);
        reply.body["decisions"][0]["decided_at"].clone()
    };
    let first = decided(decide(&f, DK_AGENCY, id, "approved", Some(3_000_000)).await);
    let notices = app.get("/api/v1/notifications", &lead).await;
    let count = notices.body["total"].as_u64().unwrap_or_default();
    assert!(count > 0, "{}", notices.text);
    // The same decision again changes nothing and tells nobody anything new.
    let again = decided(decide(&f, DK_AGENCY, id, "approved", Some(3_000_000)).await);
    assert_eq!(again, first);
    let notices = app.get("/api/v1/notifications", &lead).await;
    assert_eq!(notices.body["total"], count, "{}", notices.text);
    // A different amount is a new decision.
    let changed = decided(decide(&f, DK_AGENCY, id, "approved", Some(3_500_000)).await);
    assert_ne!(changed, first);
}

async fn a_submitted_review_keeps_its_evaluator(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let id = submitted(&f, 2_000_000, 1_500_000).await;
    let evaluator = f.evaluator_id;
    assert_eq!(assign(&f, id, evaluator).await.status, 201);
    review(&f, EVALUATOR, id, [4, 3, 5], false).await;
    let agency = app.token(DK_AGENCY).await;
    let path = format!("/api/v1/applications/{id}/evaluators/{evaluator}");
    // A draft review goes with its evaluator...
    assert_eq!(app.delete(&path, &agency).await.status, 204);
    assert_eq!(assign(&f, id, evaluator).await.status, 201);
    // ...a submitted one counts in the ranking and keeps them.
    review(&f, EVALUATOR, id, [4, 3, 5], true).await;
    let refused = app.delete(&path, &agency).await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    let sheet = app
        .get(
            &format!("/api/v1/applications/{id}/review"),
            &app.token(EVALUATOR).await,
        )
        .await;
    assert_eq!(sheet.status, 200, "{}", sheet.text);
    assert_eq!(
        sheet.body["review"]["status"], "submitted",
        "{}",
        sheet.text
    );
}

async fn answers_stay_with_their_question_when_another_is_removed(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let agency = app.token(DK_AGENCY).await;
    let path = format!("/api/v1/calls/{}", f.call_id);
    let mut body = call_body(&f.net, f.no_agency, Duration::days(30));
    body.as_object_mut().unwrap().remove("rubric");
    body["questions"] = json!([
        {"key": "q1", "prompt": "How will the SMEs be engaged?", "required": true},
        {"prompt": "Which markets come first?", "required": false}
    ]);
    let saved = app.put(&path, &agency, body.clone()).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.body["questions"][1]["key"], "q2", "{}", saved.text);
    let mut application = good_application(&f, 2_000_000, 1_500_000);
    application["answers"] = json!({"q1": "Member meetings.", "q2": "Norway, then Sweden."});
    let id = apply(&f, application).await;

    // The first question goes; the second keeps its key and its answer.
    body["questions"] = json!([
        {"key": "q2", "prompt": "Which markets come first?", "required": true}
    ]);
    let saved = app.put(&path, &agency, body.clone()).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(
        saved.body["questions"],
        json!([{"key": "q2", "prompt": "Which markets come first?", "required": true}])
    );
    // The lead goes on editing without sending the answers again: the answer
    // to the removed question is left behind rather than refused.
    let lead = app.token(DK_CLUSTER).await;
    let edited = app
        .put(
            &format!("/api/v1/applications/{id}"),
            &lead,
            json!({"title": "North Sea Express, second draft"}),
        )
        .await;
    assert_eq!(edited.status, 200, "{}", edited.text);
    assert_eq!(
        edited.body["answers"],
        json!({"q2": "Norway, then Sweden."}),
        "{}",
        edited.text
    );
    let check = app
        .get(&format!("/api/v1/applications/{id}/check"), &lead)
        .await;
    assert_eq!(check.body["ready"], true, "{}", check.text);

    // A key the call does not have is refused by name.
    body["questions"] = json!([{"key": "q7", "prompt": "Risks?", "required": false}]);
    let refused = app.put(&path, &agency, body).await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert!(
        refused.body["fields"]["questions[0].key"].is_string(),
        "{}",
        refused.text
    );
}

async fn who_may_see_and_do_what(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let id = submitted(&f, 2_000_000, 1_500_000).await;
    let draft = apply(&f, good_application(&f, 1_000_000, 0)).await;

    // Evaluators' addresses are for the teams running a call, not for every
    // manager (incubator A neither coordinates nor funds one).
    let outsider = app.token(MANAGER_A).await;
    assert_eq!(app.get("/api/v1/evaluators", &outsider).await.status, 403);
    let lead = app.token(DK_CLUSTER).await;
    assert_eq!(app.get("/api/v1/evaluators", &lead).await.status, 403);

    // Applicants see their own applications; outsiders are told nothing exists.
    let partner = app.token(NO_CLUSTER).await;
    assert_eq!(
        app.get(&format!("/api/v1/applications/{id}"), &partner)
            .await
            .status,
        200
    );
    assert_eq!(
        app.get(&format!("/api/v1/applications/{draft}"), &partner)
            .await
            .status,
        200,
        "partners see drafts"
    );
    for email in [MANAGER_A, MEMBER_A1, EVALUATOR] {
        let token = app.token(email).await;
        assert_eq!(
            app.get(&format!("/api/v1/applications/{id}"), &token)
                .await
                .status,
            404,
            "{email}"
        );
        let list = app
            .get(&format!("/api/v1/calls/{}/applications", f.call_id), &token)
            .await;
        assert_eq!(list.body["total"], 0, "{email}: {}", list.text);
        assert_eq!(
            app.get(&format!("/api/v1/calls/{}/decisions", f.call_id), &token)
                .await
                .status,
            403,
            "{email}"
        );
    }
    // Only the lead writes and submits; a partner cannot.
    assert_eq!(
        app.put(
            &format!("/api/v1/applications/{draft}"),
            &partner,
            json!({"title": "Mine"})
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.post(
            &format!("/api/v1/applications/{draft}/submit"),
            &partner,
            json!({})
        )
        .await
        .status,
        403
    );
    // The call's team sees the submitted one, not the draft.
    let agency = app.token(NO_AGENCY).await;
    let list = app
        .get(
            &format!("/api/v1/calls/{}/applications", f.call_id),
            &agency,
        )
        .await;
    assert_eq!(list.body["total"], 1, "{}", list.text);
    assert_eq!(
        app.get(&format!("/api/v1/applications/{draft}"), &agency)
            .await
            .status,
        404
    );
    // Agencies decide only for the partners they fund.
    let application = app
        .get(&format!("/api/v1/applications/{id}"), &agency)
        .await;
    let danish_partner = application.body["partners"][0]["id"].clone();
    let not_ours = app
        .put(
            &format!("/api/v1/applications/{id}/decisions"),
            &agency,
            json!({"funder_id": f.no_funder, "decisions": [{"partner_id": danish_partner, "outcome": "approved"}]}),
        )
        .await;
    assert_eq!(not_ours.status, 403, "{}", not_ours.text);
    let other_funder = app
        .put(
            &format!("/api/v1/applications/{id}/decisions"),
            &agency,
            json!({"funder_id": f.dk_funder, "decisions": [{"partner_id": danish_partner, "outcome": "approved"}]}),
        )
        .await;
    assert_eq!(other_funder.status, 403);
    let admin = app.token(ADMIN).await;
    assert_eq!(
        decide(&f, DK_CLUSTER, id, "approved", None).await.status,
        403
    );
    // Only the coordinator changes the call; only funders and admins open calls.
    let mut body = call_body(&f.net, f.no_agency, Duration::days(30));
    body.as_object_mut().unwrap().remove("rubric");
    assert_eq!(
        app.put(
            &format!("/api/v1/calls/{}", f.call_id),
            &agency,
            body.clone()
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.post("/api/v1/calls", &app.token(DK_CLUSTER).await, body.clone())
            .await
            .status,
        403
    );
    assert_eq!(
        app.put(&format!("/api/v1/calls/{}", f.call_id), &admin, body)
            .await
            .status,
        200
    );
    // An unpublished call is seen by its team only.
    let mut hidden = call_body(&f.net, f.no_agency, Duration::days(30));
    hidden["published"] = json!(false);
    hidden["title"] = json!("Next year's call");
    let hidden = app
        .post("/api/v1/calls", &app.token(DK_AGENCY).await, hidden)
        .await;
    let hidden_id = hidden.body["id"].as_i64().unwrap();
    assert_eq!(
        app.get(&format!("/api/v1/calls/{hidden_id}"), &agency)
            .await
            .status,
        200
    );
    assert_eq!(
        app.get(&format!("/api/v1/calls/{hidden_id}"), &partner)
            .await
            .status,
        404
    );
    let calls = app.get("/api/v1/calls", &partner).await;
    assert_eq!(calls.body["total"], 1);
    // Bad settings are named field by field.
    let bad = app
        .post(
            "/api/v1/calls",
            &app.token(DK_AGENCY).await,
            json!({"title": "", "year": 2027, "time_zone": "Mars/Olympus", "opens_at": "soon",
                   "closes_at": "2027-01-01T10:00", "funders": [{"organisation_id": f.dk_cluster, "budget_cents": 5}],
                   "rubric": {"criteria": []}}),
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text);
    for field in [
        "title",
        "time_zone",
        "opens_at",
        "funders[0].organisation_id",
        "rubric.criteria",
    ] {
        assert!(
            bad.body["fields"][field].is_string(),
            "{field}: {}",
            bad.text
        );
    }
}

on_both_backends!(
    a_consortium_applies_is_scored_and_two_agencies_decide,
    each_rule_is_checked_before_submission,
    submission_is_locked_at_the_deadline,
    conflicts_of_interest_and_weighted_ranking,
    budgets_cannot_be_overcommitted,
    who_may_see_and_do_what,
    a_funders_budget_stays_above_its_approvals,
    a_funder_asked_for_money_stays_in_the_call,
    a_funder_removed_during_a_submission_is_seen,
    a_decision_waits_for_a_withdrawal_or_a_new_budget,
    a_draft_changed_meanwhile_is_not_overwritten,
    a_decision_sent_again_unchanged_is_not_made_again,
    a_submitted_review_keeps_its_evaluator,
    answers_stay_with_their_question_when_another_is_removed,
);

async fn form(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
    fields: &[(&str, &str)],
) -> (u16, String, String) {
    let response = client
        .post(app.url(path))
        .form(fields)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, location, response.text().await.unwrap())
}

async fn html(client: &reqwest::Client, app: &TestApp, path: &str) -> (u16, String) {
    let response = client.get(app.url(path)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn csrf(client: &reqwest::Client, app: &TestApp, path: &str) -> String {
    let (status, page) = html(client, app, path).await;
    assert_eq!(status, 200, "{path}");
    crate::support::hidden_field(&page, "_csrf").expect("a CSRF field")
}

async fn the_pages_run_a_call_from_settings_to_letters(backend: Backend) {
    use crate::support::signed_in_browser;
    let f = fixture(backend).await;
    let app = &f.app;
    let agency = signed_in_browser(app, DK_AGENCY).await;
    let token = csrf(&agency, app, "/calls/new").await;

    // A new call: refused fields are named and what was typed is kept.
    let dk = f.net.agency.to_string();
    let mut fields = vec![
        ("_csrf", token.as_str()),
        ("title", ""),
        ("year", "2028"),
        ("time_zone", "Europe/Atlantis"),
        ("opens_on", "2028-01-10"),
        ("opens_time", "09:00"),
        ("closes_on", "2028-03-10"),
        ("closes_time", "15:00"),
        ("min_countries", "2"),
        ("min_grant_eur", "10,000"),
        ("max_grant_eur", "60,000"),
        ("min_months", "12"),
        ("max_months", "18"),
        ("min_smes", "5"),
        ("eligible_kinds", "cluster"),
        ("funder_organisation", dk.as_str()),
        ("funder_country", ""),
        ("funder_budget_eur", "lots"),
        ("funder_organisation", ""),
        ("funder_country", ""),
        ("funder_budget_eur", ""),
        ("question_prompt", "Which markets?"),
        ("question_required", "required"),
        ("published", "yes"),
    ];
    let (status, _, page) = form(&agency, app, "/calls/new", &fields).await;
    assert_eq!(status, 422);
    assert!(page.contains(r#"id="title-error">is required"#), "{page}");
    assert!(page.contains("is not an IANA time zone"));
    assert!(page.contains("must be an amount in euros"));
    assert!(page.contains(r#"value="Which markets?""#));
    fields[1] = ("title", "Innovation Express 2028");
    fields[3] = ("time_zone", "Europe/Copenhagen");
    fields[17] = ("funder_budget_eur", "250 000");
    let (status, location, _) = form(&agency, app, "/calls/new", &fields).await;
    assert_eq!(status, 303);
    let (status, page) = html(&agency, app, &location).await;
    assert_eq!(status, 200);
    assert!(page.contains("Innovation Express 2028") && page.contains("EUR 250,000"));
    assert!(
        page.contains("10 Mar 2028 15:00 (Europe/Copenhagen)"),
        "{page}"
    );

    // A new rubric version.
    let rubric_path = format!("/calls/{}/rubric", f.call_id);
    let token = csrf(&agency, app, &rubric_path).await;
    let rubric = |weight: &'static str| {
        vec![
            ("_csrf", token.clone()),
            ("scale_min", "1".to_string()),
            ("scale_max", "5".to_string()),
            ("criterion_name", "Relevance".to_string()),
            ("criterion_description", String::new()),
            ("criterion_weight", weight.to_string()),
            ("criterion_name", String::new()),
            ("criterion_description", String::new()),
            ("criterion_weight", String::new()),
        ]
    };
    let refused = agency
        .post(app.url(&rubric_path))
        .form(&rubric("heavy"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("must be a whole number")
    );
    let saved = agency
        .post(app.url(&rubric_path))
        .form(&rubric("3"))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let (_, page) = html(&agency, app, &format!("/calls/{}", f.call_id)).await;
    assert!(page.contains("Evaluation rubric (version 2)"), "{page}");

    // The lead starts and writes an application.
    let lead = signed_in_browser(app, DK_CLUSTER).await;
    let token = csrf(&lead, app, &format!("/calls/{}", f.call_id)).await;
    let (status, location, _) = form(
        &lead,
        app,
        &format!("/calls/{}/applications", f.call_id),
        &[("_csrf", &token)],
    )
    .await;
    assert_eq!(status, 303);
    let id: i64 = location
        .trim_start_matches("/applications/")
        .trim_end_matches("/edit")
        .parse()
        .unwrap();
    let token = csrf(&lead, app, &location).await;
    let (dk_cluster, no_cluster) = (f.dk_cluster.to_string(), f.net.cluster.to_string());
    let mut fields = vec![
        ("_csrf", token.as_str()),
        ("title", "Blue food value chains"),
        ("acronym", "BLUEFOOD"),
        ("summary", "Seafood SMEs meet buyers."),
        ("objectives", "Ten contracts."),
        ("duration_months", "15"),
        ("partner_organisation", dk_cluster.as_str()),
        ("partner_funder", ""),
        ("partner_requested_eur", "20000"),
        ("partner_smes", "6"),
        ("partner_organisation", no_cluster.as_str()),
        ("partner_funder", ""),
        ("partner_requested_eur", "15000"),
        ("partner_smes", "4"),
        ("item_instrument", ""),
        ("item_title", "Study visit"),
        ("item_partner", dk_cluster.as_str()),
        ("item_start", "2"),
        ("item_end", "3"),
        ("item_cost_eur", "40000"),
        ("item_description", ""),
        ("answer_key", "q1"),
        ("answer_text", "Member meetings."),
    ];
    fields[18] = ("item_end", "three");
    let (status, _, page) = form(&lead, app, &location, &fields).await;
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains("must be a whole number")
            && page.contains(r#"value="Blue food value chains""#)
    );
    fields[18] = ("item_end", "3");
    let (status, _, _) = form(&lead, app, &location, &fields).await;
    assert_eq!(status, 303);
    let path = format!("/applications/{id}");
    let (_, page) = html(&lead, app, &path).await;
    assert!(
        page.contains("The application meets every rule of the call."),
        "{page}"
    );
    let token = csrf(&lead, app, &path).await;
    let (status, _, _) = form(&lead, app, &format!("{path}/submit"), &[("_csrf", &token)]).await;
    assert_eq!(status, 303);
    let (_, page) = html(&lead, app, &path).await;
    assert!(page.contains(r#"id="application-status">Submitted"#));

    // The agency assigns the evaluator, who scores it.
    let token = csrf(&agency, app, &path).await;
    let evaluator_id = f.evaluator_id.to_string();
    let (status, _, _) = form(
        &agency,
        app,
        &format!("{path}/evaluators"),
        &[("_csrf", &token), ("evaluator_user_id", &evaluator_id)],
    )
    .await;
    assert_eq!(status, 303);
    let cluster_evaluator = f.cluster_evaluator_id.to_string();
    let (status, _, page) = form(
        &agency,
        app,
        &format!("{path}/evaluators"),
        &[("_csrf", &token), ("evaluator_user_id", &cluster_evaluator)],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("conflict of interest"));
    let evaluator = signed_in_browser(app, EVALUATOR).await;
    let (_, sheet) = html(&evaluator, app, &format!("{path}/review")).await;
    let criterion = sheet
        .split(r#"name="criterion" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    let token = crate::support::hidden_field(&sheet, "_csrf").unwrap();
    let review = |score: &str, action: &str| {
        vec![
            ("_csrf", token.clone()),
            ("criterion", criterion.clone()),
            ("score", score.to_string()),
            ("comment", "Clear need.".to_string()),
            ("overall_comment", "Fund it.".to_string()),
            ("action", action.to_string()),
        ]
    };
    let refused = evaluator
        .post(app.url(&format!("{path}/review")))
        .form(&review("", "submit"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("before submitting"));
    let done = evaluator
        .post(app.url(&format!("{path}/review")))
        .form(&review("4", "submit"))
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303);
    let (_, board) = html(&agency, app, &format!("/calls/{}/board", f.call_id)).await;
    assert!(
        board.contains("75.0") && board.contains("BLUEFOOD"),
        "{board}"
    );

    // The Danish agency decides; more than asked for is refused.
    let (_, page) = html(&agency, app, &path).await;
    let token = crate::support::hidden_field(&page, "_csrf").unwrap();
    let partner = page
        .split(r#"name="partner" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    let funder = f.dk_funder.to_string();
    let decision = |amount: &'static str| {
        vec![
            ("_csrf", token.clone()),
            ("funder_id", funder.clone()),
            ("partner", partner.clone()),
            ("outcome", "approved".to_string()),
            ("amount_eur", amount.to_string()),
            ("conditions", String::new()),
        ]
    };
    let refused = agency
        .post(app.url(&format!("{path}/decisions")))
        .form(&decision("25000"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("more than the partner asked for"));
    // The form comes back as it was filled in.
    assert!(
        refused.contains(r#"name="amount_eur" inputmode="numeric" value="25000""#),
        "{refused}"
    );
    let decided = agency
        .post(app.url(&format!("{path}/decisions")))
        .form(&decision(""))
        .send()
        .await
        .unwrap();
    assert_eq!(decided.status(), 303);
    let (status, letter) = html(&lead, app, &format!("{path}/letters/{}", f.dk_funder)).await;
    assert_eq!(status, 200);
    assert!(letter.contains("EUR 20,000") && letter.contains("Growth Fund"));
    // Forms without their CSRF token are refused.
    let forged = agency
        .post(app.url(&format!("{path}/decisions")))
        .form(&[("funder_id", funder.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);

    // The statistics are public, and download as CSV.
    let visitor = crate::support::browser();
    let (status, page) = html(&visitor, app, "/calls/statistics").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Applications received / approved")
            && page.contains(r#"data-year="2027">1/0"#),
        "{page}"
    );
    let (status, csv) = html(&visitor, app, "/calls/statistics/export?format=csv").await;
    assert_eq!(status, 200);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let y2027 = rows.iter().find(|r| &r[0] == "2027").unwrap();
    assert_eq!((&y2027[4], &y2027[5]), ("1", "0"));
    assert_eq!(&y2027[3], "110000.00");
}

async fn unknown_instruments_are_named_not_failed(backend: Backend) {
    use crate::support::signed_in_browser;
    let f = fixture(backend).await;
    let app = &f.app;
    let id = apply(&f, good_application(&f, 2_000_000, 1_500_000)).await;
    let lead = app.token(DK_CLUSTER).await;
    let mut body = good_application(&f, 2_000_000, 1_500_000);
    body["work_items"][1]["instrument_id"] = json!(99_999);
    let reply = app
        .put(&format!("/api/v1/applications/{id}"), &lead, body)
        .await;
    assert_eq!(reply.status, 422, "{}", reply.text);
    assert_eq!(
        reply.body["fields"]["work_items[1].instrument_id"], "no such instrument in the toolbox",
        "{}",
        reply.text
    );

    // The form shows the refusal next to the work plan item.
    let browser = signed_in_browser(app, DK_CLUSTER).await;
    let path = format!("/applications/{id}/edit");
    let token = csrf(&browser, app, &path).await;
    let dk_cluster = f.dk_cluster.to_string();
    let fields = [
        ("_csrf", token.as_str()),
        ("title", "Blue food value chains"),
        ("partner_organisation", dk_cluster.as_str()),
        ("partner_funder", ""),
        ("partner_requested_eur", "20000"),
        ("partner_smes", "6"),
        ("item_instrument", "99999"),
        ("item_title", "Study visit"),
        ("item_partner", dk_cluster.as_str()),
        ("item_start", "2"),
        ("item_end", "3"),
        ("item_cost_eur", "40000"),
        ("item_description", ""),
    ];
    let (status, _, page) = form(&browser, app, &path, &fields).await;
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains(r#"aria-invalid="true" aria-describedby="item_instrument_0-error">"#)
            && page.contains(
                r#"<p class="error" id="item_instrument_0-error">no such instrument in the toolbox</p>"#
            ),
        "{page}"
    );
    assert!(page.contains(r#"value="Study visit""#));
}

/// A refused work plan or review comes back with each message next to the
/// field at fault (or the list, for too many activities), the field marked
/// for screen readers and what was typed still in it.
async fn refused_fields_are_marked_where_they_were_typed(backend: Backend) {
    use crate::support::signed_in_browser;
    let f = fixture(backend).await;
    let app = &f.app;
    let id = apply(&f, good_application(&f, 2_000_000, 1_500_000)).await;
    let browser = signed_in_browser(app, DK_CLUSTER).await;
    let path = format!("/applications/{id}/edit");
    let token = csrf(&browser, app, &path).await;
    let dk_cluster = f.dk_cluster.to_string();
    let head = vec![
        ("_csrf".to_string(), token.clone()),
        ("title".to_string(), "Blue food value chains".to_string()),
        ("partner_organisation".to_string(), dk_cluster.clone()),
        ("partner_funder".to_string(), String::new()),
        ("partner_requested_eur".to_string(), "20000".to_string()),
        ("partner_smes".to_string(), "6".to_string()),
    ];
    let item = |title: &str, description: &str| {
        [
            ("item_instrument", String::new()),
            ("item_title", title.to_string()),
            ("item_partner", dk_cluster.clone()),
            ("item_start", "2".to_string()),
            ("item_end", "3".to_string()),
            ("item_cost_eur", "1000".to_string()),
            ("item_description", description.to_string()),
        ]
        .map(|(k, v)| (k.to_string(), v))
    };
    let send = |fields: Vec<(String, String)>| {
        let browser = &browser;
        let url = app.url(&path);
        async move {
            let response = browser.post(url).form(&fields).send().await.unwrap();
            assert_eq!(response.status(), 422);
            response.text().await.unwrap()
        }
    };

    // Notes on an activity longer than 2,000 characters.
    let notes = format!("Buyers from Bergen{}", ".".repeat(2_000));
    let mut fields = head.clone();
    fields.extend(item("Study visit", &notes));
    let page = send(fields).await;
    assert!(
        page.contains(&format!(
            r#"name="item_description" value="{notes}" aria-invalid="true" aria-describedby="item_description_0-error">"#
        )),
        "{page}"
    );
    assert!(
        page.contains(r#"<p class="error" id="item_description_0-error">is too long"#),
        "{page}"
    );
    assert!(page.contains(r#"value="Study visit""#));

    // One activity more than a work plan holds: the message is at the list.
    let mut fields = head.clone();
    for n in 1..=61 {
        fields.extend(item(&format!("Activity {n}"), ""));
    }
    let page = send(fields).await;
    assert!(
        page.contains(r#"<fieldset class="fields" aria-describedby="work_items-error">"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<p class="error" id="work_items-error">at most 60 activities</p>"#),
        "{page}"
    );
    assert!(page.contains(r#"value="Activity 61""#));
    assert!(
        page.contains(r#"<p class="alert" role="alert">Please correct the fields marked below."#)
    );

    // An overall comment on a review longer than 5,000 characters.
    let lead = app.token(DK_CLUSTER).await;
    let submitted = app
        .post(
            &format!("/api/v1/applications/{id}/submit"),
            &lead,
            json!({}),
        )
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.text);
    assert_eq!(assign(&f, id, f.evaluator_id).await.status, 201);
    let evaluator = signed_in_browser(app, EVALUATOR).await;
    let review_path = format!("/applications/{id}/review");
    let token = csrf(&evaluator, app, &review_path).await;
    let overall = format!("Fund it{}", "!".repeat(5_000));
    let (status, _, page) = form(
        &evaluator,
        app,
        &review_path,
        &[
            ("_csrf", &token),
            ("overall_comment", &overall),
            ("action", "save"),
        ],
    )
    .await;
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains(&format!(
            r#"name="overall_comment" aria-invalid="true" aria-describedby="overall_comment-error">{overall}</textarea>"#
        )),
        "{page}"
    );
    assert!(
        page.contains(r#"<p class="error" id="overall_comment-error">is too long"#),
        "{page}"
    );
}

async fn evaluators_never_see_the_funders_decisions(backend: Backend) {
    use crate::support::signed_in_browser;
    let f = fixture(backend).await;
    let app = &f.app;
    let id = submitted(&f, 2_000_000, 1_500_000).await;
    assert_eq!(assign(&f, id, f.evaluator_id).await.status, 201);
    assert_eq!(
        decide(&f, DK_AGENCY, id, "approved", None).await.status,
        200
    );
    assert_eq!(
        decide(&f, NO_AGENCY, id, "approved", None).await.status,
        200
    );
    let agency = app.token(DK_AGENCY).await;
    let seen = app
        .get(&format!("/api/v1/applications/{id}"), &agency)
        .await;
    assert_eq!(seen.body["outcome"], "approved", "{}", seen.text);

    let evaluator = app.token(EVALUATOR).await;
    let one = app
        .get(&format!("/api/v1/applications/{id}"), &evaluator)
        .await;
    assert_eq!(one.status, 200, "{}", one.text);
    assert!(one.body["outcome"].is_null(), "{}", one.text);
    assert_eq!(one.body["decisions"], json!([]));
    let list = app
        .get(
            &format!("/api/v1/calls/{}/applications", f.call_id),
            &evaluator,
        )
        .await;
    assert_eq!(list.body["total"], 1, "{}", list.text);
    assert!(list.body["items"][0]["outcome"].is_null(), "{}", list.text);

    let browser = signed_in_browser(app, EVALUATOR).await;
    let (status, page) = html(&browser, app, &format!("/applications/{id}")).await;
    assert_eq!(status, 200);
    assert!(!page.contains("application-outcome"), "{page}");
    assert!(!page.contains("Approved"), "{page}");
    let manager = signed_in_browser(app, DK_AGENCY).await;
    let (_, page) = html(&manager, app, &format!("/applications/{id}")).await;
    assert!(
        page.contains(r#"id="application-outcome">Approved"#),
        "{page}"
    );
}

async fn an_instrument_in_a_work_plan_is_not_removed(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let lead = app.token(DK_CLUSTER).await;
    let created = app
        .post(
            "/api/v1/instruments",
            &lead,
            json!({"group": "leads", "name": "Fjord buyer tour", "summary": "Buyers visit the yards.",
                   "budget_days": 5, "kpis": ["Buyers on board"]}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let instrument = created.body["id"].as_i64().unwrap();
    let mut body = good_application(&f, 2_000_000, 1_500_000);
    body["work_items"][0]["instrument_id"] = json!(instrument);
    let id = apply(&f, body).await;
    let refused = app
        .delete(&format!("/api/v1/instruments/{instrument}"), &lead)
        .await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    assert!(
        refused.body["error"]
            .as_str()
            .unwrap()
            .contains("1 work plan item(s) of joint call applications"),
        "{}",
        refused.text
    );
    let application = app.get(&format!("/api/v1/applications/{id}"), &lead).await;
    assert_eq!(
        application.body["work_items"][0]["instrument_id"],
        instrument
    );
}

async fn a_new_rubric_keeps_the_draft_scores_it_can(backend: Backend) {
    use crate::support::signed_in_browser;
    let f = fixture(backend).await;
    let app = &f.app;
    let id = submitted(&f, 2_000_000, 1_500_000).await;
    assert_eq!(assign(&f, id, f.evaluator_id).await.status, 201);
    review(&f, EVALUATOR, id, [5, 3, 2], false).await;
    // Version 2: a shorter scale, and "Consortium" renamed.
    let changed = app
        .put(
            &format!("/api/v1/calls/{}/rubric", f.call_id),
            &app.token(DK_AGENCY).await,
            json!({"scale_min": 1, "scale_max": 4, "criteria": [
                {"name": "Relevance", "weight": 50},
                {"name": "Partnership", "weight": 30},
                {"name": "Work plan", "weight": 20}
            ]}),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);

    let evaluator = app.token(EVALUATOR).await;
    let sheet = app
        .get(&format!("/api/v1/applications/{id}/review"), &evaluator)
        .await;
    assert_eq!(sheet.body["rubric"]["version"], 2, "{}", sheet.text);
    let scored: Vec<(String, Value, Value)> = sheet.body["rubric"]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let score = sheet.body["review"]["scores"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| s["criterion_id"] == c["id"]);
            (
                c["name"].as_str().unwrap().to_string(),
                score.map_or(Value::Null, |s| s["score"].clone()),
                score.map_or(Value::Null, |s| s["comment"].clone()),
            )
        })
        .collect();
    assert_eq!(
        scored,
        [
            ("Relevance".to_string(), Value::Null, json!("Scored 5")),
            ("Partnership".to_string(), Value::Null, Value::Null),
            ("Work plan".to_string(), json!(2), json!("Scored 2")),
        ],
        "{}",
        sheet.text
    );

    let browser = signed_in_browser(app, EVALUATOR).await;
    let path = format!("/applications/{id}/review");
    let (status, page) = html(&browser, app, &path).await;
    assert_eq!(status, 200);
    assert!(
        page.contains(r#"id="rubric-changed">The rubric changed to version 2"#)
            && page.contains("still fit the scale were kept: Work plan."),
        "{page}"
    );
    // Saved again, the draft is on the new version: no more notice.
    review(&f, EVALUATOR, id, [4, 3, 2], false).await;
    let (_, page) = html(&browser, app, &path).await;
    assert!(!page.contains("rubric-changed"), "{page}");
}

async fn leads_of_drafts_are_reminded_of_the_deadline_once(backend: Backend) {
    let f = fixture(backend).await;
    let app = &f.app;
    let draft = apply(&f, good_application(&f, 2_000_000, 1_500_000)).await;
    submitted(&f, 1_000_000, 500_000).await;
    // A month before the deadline nobody is reminded.
    assert_eq!(
        landfall::calls::operations::remind_deadlines(&app.db)
            .await
            .unwrap(),
        0
    );
    let agency = app.token(DK_AGENCY).await;
    let mut body = call_body(&f.net, f.no_agency, Duration::days(3));
    body.as_object_mut().unwrap().remove("rubric");
    assert_eq!(
        app.put(&format!("/api/v1/calls/{}", f.call_id), &agency, body)
            .await
            .status,
        200
    );
    assert_eq!(
        landfall::calls::operations::remind_deadlines(&app.db)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        landfall::calls::operations::remind_deadlines(&app.db)
            .await
            .unwrap(),
        0,
        "once"
    );
    let lead = app
        .get("/api/v1/notifications", &app.token(DK_CLUSTER).await)
        .await;
    let reminders: Vec<&Value> = lead.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "call_deadline")
        .collect();
    assert_eq!(reminders.len(), 1, "{}", lead.text);
    assert_eq!(reminders[0]["link"], format!("/applications/{draft}"));
    // The partners are not the ones to submit: no reminder for them.
    let partner = app
        .get("/api/v1/notifications", &app.token(NO_CLUSTER).await)
        .await;
    assert!(
        partner.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["kind"] != "call_deadline")
    );
}

async fn the_calls_pages_speak_the_browsers_language(backend: Backend) {
    use crate::support::{signed_in_browser, text_in};
    use landfall::i18n::{Locale, date_in};
    let f = fixture(backend).await;
    let app = &f.app;
    let id = submitted(&f, 2_000_000, 3_000_000).await;
    let reply = decide(
        &f,
        DK_AGENCY,
        id,
        "approved_with_conditions",
        Some(1_200_000),
    )
    .await;
    assert_eq!(reply.status, 200, "{}", reply.text);
    let today = Utc::now().date_naive();
    let agency = signed_in_browser(app, DK_AGENCY).await;
    let german = "de-DE,de;q=0.9,en;q=0.5";

    let list = text_in(&agency, &app.url("/calls"), german).await;
    assert!(
        list.contains("<h1>Gemeinsame Ausschreibungen</h1>"),
        "{list}"
    );
    assert!(list.contains("Offen für Anträge") && list.contains("110.000\u{a0}€"));
    let call = text_in(&agency, &app.url(&format!("/calls/{}", f.call_id)), german).await;
    assert!(call.contains("<h2>Förderpartner</h2>"), "{call}");
    assert!(call.contains("Bewertungsschema (Version 1)") && call.contains("60.000\u{a0}€"));
    assert!(call.contains("Partner aus mindestens 2 Ländern"), "{call}");
    let path = format!("/applications/{id}");
    let page = text_in(&agency, &app.url(&path), german).await;
    assert!(page.contains("<h2>Förderentscheidungen</h2>"), "{page}");
    assert!(page.contains("Mit Auflagen bewilligt") && page.contains("12.000\u{a0}€"));
    assert!(page.contains(&date_in(Locale::De, today)), "{page}");
    let board = text_in(
        &agency,
        &app.url(&format!("/calls/{}/board", f.call_id)),
        german,
    )
    .await;
    assert!(
        board.contains("<h1>Anträge und Entscheidungen</h1>"),
        "{board}"
    );
    assert!(
        board.contains("Mit Auflagen bewilligt, 12.000\u{a0}€"),
        "{board}"
    );
    let lead = signed_in_browser(app, DK_CLUSTER).await;
    let letter = text_in(
        &lead,
        &app.url(&format!("{path}/letters/{}", f.dk_funder)),
        german,
    )
    .await;
    assert!(
        letter.contains("Entscheidung über den Antrag")
            && letter.contains("Mit freundlichen Grüßen"),
        "{letter}"
    );
    // The pre-submission check of a draft, and a refused submission, in German.
    let mut body = good_application(&f, 2_000_000, 1_500_000);
    body["objectives"] = json!("");
    let draft = apply(&f, body).await;
    let draft_path = format!("/applications/{draft}");
    let check = text_in(&lead, &app.url(&draft_path), german).await;
    assert!(check.contains("Es fehlt noch: die Ziele."), "{check}");
    let english = f
        .app
        .post(
            &format!("/api/v1/applications/{draft}/submit"),
            &f.app.token(DK_CLUSTER).await,
            json!({}),
        )
        .await;
    assert_eq!(english.status, 422, "{}", english.text);
    assert!(
        english.text.contains("Still missing: the objectives."),
        "{}",
        english.text
    );
    let visitor = crate::support::browser();
    let statistics = text_in(&visitor, &app.url("/calls/statistics"), "nl").await;
    assert!(
        statistics.contains("<h1>Statistieken van de gezamenlijke oproepen</h1>"),
        "{statistics}"
    );

    // English stays English.
    let page = crate::support::text(&agency, &app.url(&path)).await;
    assert!(page.contains("<h2>Funding decisions</h2>"), "{page}");
    assert!(page.contains("Approved with conditions") && page.contains("EUR 12,000"));
    assert!(page.contains(&date_in(Locale::En, today)), "{page}");
    let list = crate::support::text(&agency, &app.url("/calls")).await;
    assert!(list.contains("<h1>Joint calls</h1>") && list.contains("Open for applications"));
}

on_both_backends!(
    the_pages_run_a_call_from_settings_to_letters,
    the_calls_pages_speak_the_browsers_language,
    leads_of_drafts_are_reminded_of_the_deadline_once,
    unknown_instruments_are_named_not_failed,
    refused_fields_are_marked_where_they_were_typed,
    evaluators_never_see_the_funders_decisions,
    an_instrument_in_a_work_plan_is_not_removed,
    a_new_rubric_keeps_the_draft_scores_it_can,
);
