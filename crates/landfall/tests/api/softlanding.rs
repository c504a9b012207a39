//! Soft-landing programmes through the API: programmes and participants,
//! journey rules and history, who sees what, sessions and seats, assignments
//! with files, desks under concurrent booking, and calendars read back by an
//! independent iCalendar parser.

use chrono::{DateTime, Duration, TimeZone, Utc};
use landfall::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{
    ADMIN, Backend, EVALUATOR, MANAGER_A, MANAGER_B, MEMBER_A1, MEMBER_B2, Network, TestApp,
    add_account, add_organisation, network, organisation_input, spawn,
};

const MANAGER_C: &str = "manager@incubator-c.example";

/// A programme between incubators A (Denmark), B (Norway) and C (Sweden), with
/// one cohort: SME a1 goes from A to B, SME b1 from B to A. C is a partner that
/// follows neither.
struct Programme {
    net: Network,
    incubator_c: i64,
    programme: i64,
    cohort: i64,
    a1: i64,
    b1: i64,
    admin: String,
    manager_a: String,
    manager_b: String,
    manager_c: String,
    member_a1: String,
}

fn in_days(days: i64) -> String {
    (Utc::now().date_naive() + Duration::days(days)).to_string()
}

async fn programme(app: &TestApp) -> Programme {
    let net = network(app).await;
    let incubator_c = add_organisation(
        &app.db,
        organisation_input("incubator", "Incubator C", "SE", &["J62"]),
    )
    .await;
    add_account(&app.db, MANAGER_C, Role::Manager, Some(incubator_c), None).await;
    let admin = app.token(ADMIN).await;
    let created = app
        .post(
            "/api/v1/programmes",
            &admin,
            json!({
                "name": "North Sea Soft Landing 2027",
                "starts_on": in_days(-30),
                "ends_on": in_days(700),
                "target_participants": 120, "target_partnerships": 60,
                "target_presences": 30, "target_export_starts": 50,
                "partner_ids": [net.incubator_a, net.incubator_b, incubator_c]
            }),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let programme = created.body["id"].as_i64().unwrap();
    let manager_a = app.token(MANAGER_A).await;
    let manager_b = app.token(MANAGER_B).await;
    let cohort = app
        .post(
            &format!("/api/v1/programmes/{programme}/cohorts"),
            &manager_a,
            json!({"name": "Spring", "starts_on": in_days(-10), "description": "Food tech SMEs on their way to Norway"}),
        )
        .await;
    assert_eq!(cohort.status, 201, "{}", cohort.text);
    let cohort = cohort.body["id"].as_i64().unwrap();
    let add = |token: String, sme: i64, host: i64| {
        let app = &app;
        async move {
            let reply = app
                .post(
                    &format!("/api/v1/programmes/{programme}/participants"),
                    &token,
                    json!({"cohort_id": cohort, "sme_id": sme, "host_organisation_id": host}),
                )
                .await;
            assert_eq!(reply.status, 201, "{}", reply.text);
            reply.body["id"].as_i64().unwrap()
        }
    };
    let a1 = add(manager_a.clone(), net.sme_a1, net.incubator_b).await;
    let b1 = add(manager_b.clone(), net.sme_b1, net.incubator_a).await;
    Programme {
        incubator_c,
        programme,
        cohort,
        a1,
        b1,
        admin,
        manager_c: app.token(MANAGER_C).await,
        member_a1: app.token(MEMBER_A1).await,
        manager_a,
        manager_b,
        net,
    }
}

async fn step(
    app: &TestApp,
    token: &str,
    participant: i64,
    step: &str,
    body: Value,
) -> crate::support::Reply {
    app.post(
        &format!("/api/v1/participants/{participant}/journey/{step}"),
        token,
        body,
    )
    .await
}

async fn programmes_need_partners_abroad_and_managers_add_their_own_smes(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;

    let one_country = app
        .post(
            "/api/v1/programmes",
            &p.admin,
            json!({"name": "Danish only", "starts_on": in_days(0), "ends_on": in_days(10),
                   "partner_ids": [p.net.incubator_a, p.net.agency]}),
        )
        .await;
    assert_eq!(one_country.status, 422);
    assert!(one_country.body["fields"]["partner_ids"].is_string());
    let by_manager = app
        .post(
            "/api/v1/programmes",
            &p.manager_a,
            json!({"name": "Mine", "partner_ids": []}),
        )
        .await;
    assert_eq!(by_manager.status, 403);

    let read = app
        .get(&format!("/api/v1/programmes/{}", p.programme), &p.member_a1)
        .await;
    assert_eq!(read.status, 200);
    assert_eq!(read.body["targets"]["presences"], 30);
    assert_eq!(read.body["cohorts"][0]["participants"], 2);
    let browser = crate::support::signed_in_browser(&app, MEMBER_A1).await;
    let cohort_page =
        crate::support::text(&browser, &app.url(&format!("/cohorts/{}", p.cohort))).await;
    assert!(
        cohort_page.contains("Food tech SMEs on their way to Norway"),
        "the cohort's description is shown: {cohort_page}"
    );

    let path = format!("/api/v1/programmes/{}/participants", p.programme);
    // A manager adds only SMEs of their own organisation…
    let foreign = app
        .post(&path, &p.manager_a, json!({"cohort_id": p.cohort, "sme_id": p.net.sme_b1, "host_organisation_id": p.incubator_c}))
        .await;
    assert_eq!(foreign.status, 403);
    // …and one they may not see (B2 is not listed) is one that does not exist.
    let mut unseen = Vec::new();
    for sme in [p.net.sme_b2, p.net.sme_b2 + 1000] {
        let reply = app
            .post(&path, &p.manager_a, json!({"cohort_id": p.cohort, "sme_id": sme, "host_organisation_id": p.incubator_c}))
            .await;
        assert_eq!(reply.status, 422, "{}", reply.text);
        unseen.push(reply.body["fields"]["sme_id"].clone());
    }
    assert!(unseen[0].is_string());
    assert_eq!(unseen[0], unseen[1]);
    // …to a host abroad that is a partner.
    let at_home = app
        .post(&path, &p.manager_a, json!({"cohort_id": p.cohort, "sme_id": p.net.sme_a2, "host_organisation_id": p.net.incubator_a}))
        .await;
    assert_eq!(at_home.status, 422);
    assert!(at_home.body["fields"]["host_organisation_id"].is_string());
    let twice = app
        .post(&path, &p.manager_a, json!({"cohort_id": p.cohort, "sme_id": p.net.sme_a1, "host_organisation_id": p.incubator_c}))
        .await;
    assert_eq!(twice.status, 422);
    assert!(
        twice.body["fields"]["sme_id"]
            .as_str()
            .unwrap()
            .contains("already")
    );
    let outsider = app
        .post(
            &format!("/api/v1/programmes/{}/cohorts", p.programme),
            &app.token(EVALUATOR).await,
            json!({"name": "X", "starts_on": in_days(1)}),
        )
        .await;
    assert_eq!(outsider.status, 403);

    let journey = app
        .get(
            &format!("/api/v1/participants/{}/journey", p.a1),
            &p.manager_a,
        )
        .await;
    assert_eq!(journey.body["current_step"], "workshop_1");
    assert_eq!(journey.body["steps"].as_array().unwrap().len(), 6);
    assert!(
        journey.body["steps"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["state"] == "planned")
    );
}

async fn journeys_follow_their_order_and_keep_a_history(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let early = step(
        &app,
        &p.manager_b,
        p.a1,
        "workshop_2",
        json!({"action": "complete"}),
    )
    .await;
    assert_eq!(early.status, 409, "{}", early.text);
    assert!(early.body["error"].as_str().unwrap().contains("Workshop 1"));

    let done = step(
        &app,
        &p.manager_a,
        p.a1,
        "workshop_1",
        json!({"action": "complete", "date": in_days(-2)}),
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.text);
    assert_eq!(done.body["steps"][0]["state"], "done");
    assert_eq!(done.body["current_step"], "study_trip");

    let no_reason = step(
        &app,
        &p.manager_b,
        p.a1,
        "study_trip",
        json!({"action": "skip"}),
    )
    .await;
    assert_eq!(no_reason.status, 422);
    assert!(no_reason.body["fields"]["reason"].is_string());
    let skipped = step(
        &app,
        &p.manager_b,
        p.a1,
        "study_trip",
        json!({"action": "skip", "reason": "Visited Bergen on a trade mission in May"}),
    )
    .await;
    assert_eq!(skipped.status, 200);
    assert_eq!(skipped.body["steps"][1]["state"], "skipped");

    let reopen_first = step(
        &app,
        &p.manager_a,
        p.a1,
        "workshop_1",
        json!({"action": "reopen", "reason": "Attendance recorded twice"}),
    )
    .await;
    assert_eq!(
        reopen_first.status, 409,
        "later steps must be reopened first"
    );
    let reopened = step(
        &app,
        &p.manager_a,
        p.a1,
        "study_trip",
        json!({"action": "reopen", "reason": "The trip is wanted after all"}),
    )
    .await;
    assert_eq!(reopened.status, 200);
    assert_eq!(reopened.body["steps"][1]["state"], "planned");

    let scheduled = step(
        &app,
        &p.manager_b,
        p.a1,
        "study_trip",
        json!({"action": "schedule", "date": in_days(20)}),
    )
    .await;
    assert_eq!(scheduled.body["steps"][1]["state"], "scheduled");
    let notes = step(
        &app,
        &p.manager_a,
        p.a1,
        "workshop_1",
        json!({"action": "record", "notes": "Strong product, weak German"}),
    )
    .await;
    assert_eq!(
        notes.body["steps"][0]["notes"],
        "Strong product, weak German"
    );
    assert_eq!(notes.body["steps"][0]["state"], "done");
    let unknown = step(
        &app,
        &p.manager_a,
        p.a1,
        "workshop_9",
        json!({"action": "complete"}),
    )
    .await;
    assert_eq!(unknown.status, 404);
    let bad_action = step(
        &app,
        &p.manager_a,
        p.a1,
        "study_trip",
        json!({"action": "celebrate"}),
    )
    .await;
    assert_eq!(bad_action.status, 422);

    let history = app
        .get(
            &format!("/api/v1/participants/{}/history", p.a1),
            &p.member_a1,
        )
        .await;
    assert_eq!(history.status, 200);
    let items = history.body["items"].as_array().unwrap();
    let summary: Vec<(&str, &str, &str)> = items
        .iter()
        .map(|e| {
            (
                e["step"].as_str().unwrap(),
                e["action"].as_str().unwrap(),
                e["to"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("workshop_1", "record", "done"),
            ("study_trip", "schedule", "scheduled"),
            ("study_trip", "reopen", "planned"),
            ("study_trip", "skip", "skipped"),
            ("workshop_1", "complete", "done"),
        ],
        "newest first, refused actions not recorded"
    );
    assert_eq!(
        items[3]["reason"],
        "Visited Bergen on a trade mission in May"
    );
    assert_eq!(items[3]["actor"], "manager", "who made the change");
}

async fn home_and_host_follow_a_participant_and_nobody_else(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let evaluator = app.token(EVALUATOR).await;
    let member_b2 = app.token(MEMBER_B2).await;
    let journey = format!("/api/v1/participants/{}/journey", p.a1);
    for (token, expected) in [
        (&p.admin, 200),
        (&p.manager_a, 200),
        (&p.manager_b, 200),
        (&p.member_a1, 200),
        (&p.manager_c, 404),
        (&member_b2, 404),
        (&evaluator, 404),
    ] {
        assert_eq!(app.get(&journey, token).await.status, expected);
        assert_eq!(
            app.get(&format!("/api/v1/participants/{}/history", p.a1), token)
                .await
                .status,
            expected
        );
        assert_eq!(
            app.get(&format!("/api/v1/participants/{}/assignments", p.a1), token)
                .await
                .status,
            expected
        );
    }
    // The SME follows its journey but does not move it.
    let by_member = step(
        &app,
        &p.member_a1,
        p.a1,
        "workshop_1",
        json!({"action": "complete"}),
    )
    .await;
    assert_eq!(by_member.status, 403);
    let by_outsider = step(
        &app,
        &p.manager_c,
        p.a1,
        "workshop_1",
        json!({"action": "complete"}),
    )
    .await;
    assert_eq!(by_outsider.status, 404);

    let names = |reply: &crate::support::Reply| -> Vec<i64> {
        reply.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_i64().unwrap())
            .collect()
    };
    let list = format!("/api/v1/programmes/{}/participants", p.programme);
    assert_eq!(names(&app.get(&list, &p.admin).await).len(), 2);
    let mut followed_by_a = names(&app.get(&list, &p.manager_a).await);
    followed_by_a.sort_unstable();
    let mut both = vec![p.a1, p.b1];
    both.sort_unstable();
    assert_eq!(
        followed_by_a, both,
        "A is home of one and host of the other"
    );
    assert_eq!(names(&app.get(&list, &p.member_a1).await), [p.a1]);
    assert!(names(&app.get(&list, &p.manager_c).await).is_empty());

    // The host sees its guest's private figures in the registry; other partners do not.
    let sme = format!("/api/v1/smes/{}", p.net.sme_a1);
    assert!(
        app.get(&sme, &p.manager_b)
            .await
            .body
            .get("employees")
            .is_some()
    );
    assert!(
        app.get(&sme, &p.manager_c)
            .await
            .body
            .get("employees")
            .is_none()
    );
    // …but only looks: editing stays with the SME's own people.
    let edit = app
        .patch(&sme, &p.manager_b, json!({"city": "Tromsø"}))
        .await;
    assert_eq!(edit.status, 403);

    // Assessments are filled in at home.
    let ratings = json!({
        "markets_considered": ["NO"],
        "barriers": {"language": 2, "culture": 3, "regulation": 4, "funding": 3, "contacts": 5, "capacity": 2},
        "potentials": {"market_demand": 4, "product_fit": 4, "competitive_advantage": 3, "existing_network": 2, "management_commitment": 5}
    });
    let path = format!("/api/v1/participants/{}/assessment", p.a1);
    assert_eq!(
        app.call(Method::PUT, &path, Some(&p.manager_b), Some(&ratings))
            .await
            .status,
        403
    );
    assert_eq!(
        app.get(&path, &p.member_a1).await.status,
        404,
        "not filled in yet"
    );
    let saved = app
        .call(Method::PUT, &path, Some(&p.member_a1), Some(&ratings))
        .await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.body["readiness"], 55);
    assert_eq!(
        saved.body["main_barriers"],
        json!(["contacts", "regulation"])
    );
    assert_eq!(
        app.get(&path, &p.manager_b).await.body["readiness"],
        55,
        "the host reads it"
    );
    let incomplete = app
        .call(
            Method::PUT,
            &path,
            Some(&p.member_a1),
            Some(&json!({"markets_considered": ["NO"], "barriers": {"language": 9}})),
        )
        .await;
    assert_eq!(incomplete.status, 422);
    assert_eq!(
        incomplete.body["fields"]["barriers.language"],
        "rate from 1 to 5"
    );
    assert_eq!(
        incomplete.body["fields"]["potentials.product_fit"],
        "is required"
    );
}

async fn session_body(programme: i64, host: i64, date: &str, capacity: i64) -> Value {
    json!({
        "programme_id": programme, "kind": "workshop_2", "host_organisation_id": host,
        "venue": "Harbour City", "start_date": date, "start_time": "09:00", "end_time": "16:00",
        "capacity": capacity
    })
}

/// A workshop at incubator B in thirty days, with `capacity` seats.
async fn session_at_b(app: &TestApp, p: &Programme, capacity: i64) -> i64 {
    let created = app
        .post(
            "/api/v1/sessions",
            &p.manager_b,
            session_body(p.programme, p.net.incubator_b, &in_days(30), capacity).await,
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    created.body["id"].as_i64().unwrap()
}

async fn sessions_keep_their_seats_and_attendance_completes_steps(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let date = in_days(30);
    let wrong_host = app
        .post(
            "/api/v1/sessions",
            &p.manager_a,
            session_body(p.programme, p.net.incubator_b, &date, 1).await,
        )
        .await;
    assert_eq!(
        wrong_host.status, 422,
        "a manager hosts sessions of their own organisation"
    );
    let created = app
        .post(
            "/api/v1/sessions",
            &p.manager_b,
            session_body(p.programme, p.net.incubator_b, &date, 1).await,
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let session = created.body["id"].as_i64().unwrap();
    assert_eq!(created.body["time_zone"], "Europe/Oslo");

    // One seat, two invitees: all or none.
    let invite = format!("/api/v1/sessions/{session}/invitations");
    let full = app
        .post(
            &invite,
            &p.manager_b,
            json!({"participant_ids": [p.a1, p.b1]}),
        )
        .await;
    assert_eq!(full.status, 409, "{}", full.text);
    let after = app
        .get(&format!("/api/v1/sessions/{session}"), &p.manager_b)
        .await;
    assert_eq!(after.body["seats_taken"], 0, "nobody was invited");
    // The same from the session's page: the boxes ticked stay ticked.
    let browser = crate::support::signed_in_browser(&app, MANAGER_B).await;
    let page = crate::support::text(&browser, &app.url(&format!("/sessions/{session}"))).await;
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let (a1, b1) = (p.a1.to_string(), p.b1.to_string());
    let refused = browser
        .post(app.url(&format!("/sessions/{session}/invite")))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("participant_ids", &a1),
            ("participant_ids", &b1),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 409);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains(&format!(r#"name="participant_ids" value="{a1}" checked>"#)),
        "{html}"
    );
    let one = app
        .post(&invite, &p.manager_b, json!({"participant_ids": [p.a1]}))
        .await;
    assert_eq!(one.status, 200);
    assert_eq!(one.body["seats_taken"], 1);
    let invited = app.get("/api/v1/notifications", &p.member_a1).await;
    assert_eq!(
        invited.body["items"][0]["kind"], "session_invitation",
        "{}",
        invited.text
    );
    assert_eq!(
        invited.body["items"][0]["link"],
        format!("/participants/{}#sessions", p.a1),
        "where the SME answers"
    );
    assert!(
        invited.body["items"].as_array().unwrap().len() == 1,
        "the refused invitations told nobody"
    );
    let journey = app
        .get(
            &format!("/api/v1/participants/{}/journey", p.a1),
            &p.member_a1,
        )
        .await;
    assert_eq!(
        journey.body["steps"][2]["state"], "scheduled",
        "the invitation dates the step"
    );
    assert_eq!(journey.body["steps"][2]["date"], date.as_str());
    assert_eq!(
        app.post(&invite, &p.manager_b, json!({"participant_ids": [p.b1]}))
            .await
            .status,
        409
    );

    // The SME sees it, answers it; declining frees the seat.
    let mine = app.get("/api/v1/sessions", &p.member_a1).await;
    assert_eq!(mine.body["total"], 1);
    let answer = format!("/api/v1/sessions/{session}/invitations/{}", p.a1);
    assert_eq!(
        app.post(&answer, &p.member_a1, json!({"response": "declined"}))
            .await
            .body["seats_taken"],
        0
    );
    assert_eq!(
        app.post(&invite, &p.manager_b, json!({"participant_ids": [p.b1]}))
            .await
            .status,
        200
    );
    let back = app
        .post(&answer, &p.member_a1, json!({"response": "accepted"}))
        .await;
    assert_eq!(back.status, 409, "the seat went to someone else");
    assert_eq!(
        app.get("/api/v1/sessions", &p.manager_c).await.body["total"],
        1,
        "partners see the programme's sessions"
    );
    assert_eq!(
        app.get(
            &format!("/api/v1/sessions/{session}"),
            &app.token(EVALUATOR).await
        )
        .await
        .status,
        404
    );

    // Raising the capacity lets a1 back in; attendance completes the step in order only.
    let patched = app
        .patch(
            &format!("/api/v1/sessions/{session}"),
            &p.manager_b,
            json!({"capacity": 2}),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    assert_eq!(patched.body["sequence"], 1);
    assert_eq!(
        app.post(&answer, &p.member_a1, json!({"response": "accepted"}))
            .await
            .status,
        200
    );
    let moved = app
        .patch(
            &format!("/api/v1/sessions/{session}"),
            &p.manager_b,
            json!({"start_date": in_days(31)}),
        )
        .await;
    assert_eq!(
        moved.status, 200,
        "moving the start moves the end along: {}",
        moved.text
    );
    assert!(
        moved.body["local_time"]
            .as_str()
            .unwrap()
            .contains("09:00 – 16:00")
    );
    let shrink = app
        .patch(
            &format!("/api/v1/sessions/{session}"),
            &p.manager_b,
            json!({"capacity": 1}),
        )
        .await;
    assert_eq!(
        shrink.status, 422,
        "capacity never falls below the seats taken"
    );
    let attendance = format!("/api/v1/sessions/{session}/attendance");
    let early = app
        .post(
            &attendance,
            &p.manager_b,
            json!({"participant_id": p.a1, "attended": true}),
        )
        .await;
    assert_eq!(
        early.body["step_completed"], false,
        "workshop 1 and the study trip are not behind a1 yet"
    );
    for s in ["workshop_1", "study_trip"] {
        assert_eq!(
            step(&app, &p.manager_a, p.a1, s, json!({"action": "complete"}))
                .await
                .status,
            200
        );
    }
    let counted = app
        .post(
            &attendance,
            &p.manager_b,
            json!({"participant_id": p.a1, "attended": true}),
        )
        .await;
    assert_eq!(counted.body["step_completed"], true);
    let journey = app
        .get(
            &format!("/api/v1/participants/{}/journey", p.a1),
            &p.member_a1,
        )
        .await;
    assert_eq!(journey.body["steps"][2]["state"], "done");

    let cancelled = app
        .post(
            &format!("/api/v1/sessions/{session}/cancel"),
            &p.manager_b,
            json!({}),
        )
        .await;
    assert_eq!(cancelled.body["cancelled"], true);
    assert_eq!(cancelled.body["sequence"], 3);
    assert_eq!(
        app.post(&answer, &p.member_a1, json!({"response": "declined"}))
            .await
            .status,
        409
    );
}

/// A session moved to another day or cancelled is announced to the SMEs
/// invited to it, and the journey step it dated follows it; a change that
/// moves nothing announces nothing.
async fn a_moved_or_cancelled_session_is_announced(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let session = session_at_b(&app, &p, 2).await;
    let invited = app
        .post(
            &format!("/api/v1/sessions/{session}/invitations"),
            &p.manager_b,
            json!({"participant_ids": [p.a1]}),
        )
        .await;
    assert_eq!(invited.status, 200, "{}", invited.text);
    let told = |expected: usize| {
        let app = &app;
        let token = p.member_a1.clone();
        async move {
            let items = app.get("/api/v1/notifications", &token).await.body["items"]
                .as_array()
                .unwrap()
                .clone();
            assert_eq!(items.len(), expected, "{items:?}");
            items[0].clone()
        }
    };
    told(1).await;
    let path = format!("/api/v1/sessions/{session}");
    let bigger = app.patch(&path, &p.manager_b, json!({"capacity": 5})).await;
    assert_eq!(bigger.status, 200, "{}", bigger.text);
    told(1).await;

    let later = in_days(33);
    let moved = app
        .patch(
            &path,
            &p.manager_b,
            json!({"start_date": later, "end_date": later, "venue": "Bryggen 4"}),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    let notice = told(2).await;
    assert_eq!(notice["kind"], "session_invitation");
    assert!(
        notice["subject"].as_str().unwrap().starts_with("Changed:"),
        "{notice}"
    );
    let body = notice["body"].as_str().unwrap();
    assert!(
        body.contains("now takes place on") && body.contains("Bryggen 4"),
        "{body}"
    );
    assert_eq!(notice["link"], format!("/participants/{}#sessions", p.a1));
    let journey = app
        .get(
            &format!("/api/v1/participants/{}/journey", p.a1),
            &p.member_a1,
        )
        .await;
    assert_eq!(
        journey.body["steps"][2]["date"],
        later.as_str(),
        "{}",
        journey.text
    );

    let cancelled = app
        .post(&format!("{path}/cancel"), &p.manager_b, json!({}))
        .await;
    assert_eq!(cancelled.body["cancelled"], true, "{}", cancelled.text);
    let notice = told(3).await;
    assert!(
        notice["subject"]
            .as_str()
            .unwrap()
            .starts_with("Cancelled:"),
        "{notice}"
    );
    assert!(
        notice["body"]
            .as_str()
            .unwrap()
            .contains("has been cancelled by Incubator B"),
        "{notice}"
    );
}

async fn the_template_plans_a_cohort_months_ahead(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let first = Utc::now().date_naive() + Duration::days(60);
    let planned = app
        .post(
            &format!("/api/v1/cohorts/{}/plan", p.cohort),
            &p.manager_c,
            json!({"first_date": first.to_string()}),
        )
        .await;
    assert_eq!(planned.status, 201, "{}", planned.text);
    let sessions = planned.body["items"].as_array().unwrap();
    // Workshop 1 at A and at B; trip, workshops 2 and 3 at B (for a1) and A (for b1).
    assert_eq!(sessions.len(), 8);
    let kinds: Vec<&str> = sessions
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.iter().filter(|k| **k == "workshop_1").count(), 2);
    assert!(
        sessions
            .iter()
            .all(|s| s["invitations"].as_array().unwrap().len() == 1)
    );
    let trip = sessions
        .iter()
        .find(|s| s["kind"] == "study_trip" && s["host_organisation"]["name"] == "Incubator B")
        .unwrap();
    assert_eq!(trip["time_zone"], "Europe/Oslo");
    assert!(trip["local_time"].as_str().unwrap().contains("09:00"));

    let mine = app.get("/api/v1/sessions", &p.member_a1).await;
    assert_eq!(mine.body["total"], 4, "a1 sees its four dates at once");
    let journey = app
        .get(
            &format!("/api/v1/participants/{}/journey", p.a1),
            &p.member_a1,
        )
        .await;
    let states: Vec<&str> = journey.body["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["state"].as_str().unwrap())
        .collect();
    assert_eq!(
        states,
        [
            "scheduled",
            "scheduled",
            "scheduled",
            "planned",
            "scheduled",
            "planned"
        ]
    );

    let funnel = app
        .get(&format!("/api/v1/cohorts/{}", p.cohort), &p.manager_c)
        .await;
    assert_eq!(funnel.status, 200);
    assert_eq!(funnel.body["funnel"][0]["current"], 2);
    assert_eq!(
        app.get(&format!("/api/v1/cohorts/{}", p.cohort), &p.member_a1)
            .await
            .status,
        403
    );
    let again = app
        .post(
            &format!("/api/v1/cohorts/{}/plan", p.cohort),
            &p.manager_a,
            json!({"first_date": first.to_string()}),
        )
        .await;
    assert_eq!(again.status, 409, "a planned cohort is not planned twice");
    assert_eq!(
        app.get("/api/v1/sessions", &p.member_a1).await.body["total"],
        4
    );
    let bad = app
        .post(
            &format!("/api/v1/cohorts/{}/plan", p.cohort),
            &p.manager_a,
            json!({"first_date": first.to_string(), "workshop_2_after_weeks": 2}),
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body["fields"]["workshop_2_after_weeks"].is_string());
}

fn pdf() -> Vec<u8> {
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".to_vec()
}

async fn assignments_are_handed_in_with_files_and_reviewed(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    for s in ["workshop_1", "study_trip", "workshop_2"] {
        assert_eq!(
            step(&app, &p.manager_a, p.a1, s, json!({"action": "complete"}))
                .await
                .status,
            200
        );
    }
    let created = app
        .post(
            &format!("/api/v1/participants/{}/assignments", p.a1),
            &p.manager_b,
            json!({"title": "Price list for Norway", "description": "In NOK, with delivery terms", "due_on": in_days(14)}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let id = created.body["id"].as_i64().unwrap();
    assert_eq!(
        app.post(
            &format!("/api/v1/participants/{}/assignments", p.a1),
            &p.member_a1,
            json!({"title": "x", "due_on": in_days(1)})
        )
        .await
        .status,
        403
    );

    // The SME hands in a file; an HTML page is refused whatever its name.
    let upload = |token: String, name: &'static str, bytes: Vec<u8>| {
        let url = app.url(&format!("/api/v1/assignments/{id}/submissions"));
        async move {
            let form = reqwest::multipart::Form::new()
                .text("text", "Our prices, first draft")
                .part(
                    "file",
                    reqwest::multipart::Part::bytes(bytes).file_name(name),
                );
            reqwest::Client::new()
                .post(url)
                .bearer_auth(token)
                .multipart(form)
                .send()
                .await
                .unwrap()
        }
    };
    let html = upload(
        p.member_a1.clone(),
        "prices.pdf",
        b"<html><script>alert(1)</script>".to_vec(),
    )
    .await;
    assert_eq!(html.status(), 422);
    let handed = upload(p.member_a1.clone(), "prices.pdf", pdf()).await;
    assert_eq!(handed.status(), 201);
    let body: Value = handed.json().await.unwrap();
    assert_eq!(body["status"], "submitted");
    let file_url = body["submissions"][0]["file"]["url"]
        .as_str()
        .unwrap()
        .to_string();
    let download = reqwest::Client::new()
        .get(app.url(&file_url))
        .bearer_auth(&p.manager_b)
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/pdf");
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(download.bytes().await.unwrap().to_vec(), pdf());
    let stranger = reqwest::Client::new()
        .get(app.url(&file_url))
        .bearer_auth(&p.manager_c)
        .send()
        .await
        .unwrap();
    assert_eq!(stranger.status(), 404);

    let review = format!("/api/v1/assignments/{id}/review");
    let silent = app
        .post(&review, &p.manager_b, json!({"decision": "needs_changes"}))
        .await;
    assert_eq!(silent.status, 422);
    assert!(silent.body["fields"]["comment"].is_string());
    assert_eq!(
        app.post(&review, &p.member_a1, json!({"decision": "accepted"}))
            .await
            .status,
        403
    );
    let changes = app
        .post(
            &review,
            &p.manager_b,
            json!({"decision": "needs_changes", "comment": "Add delivery times"}),
        )
        .await;
    assert_eq!(changes.body["status"], "needs_changes");
    let told = app.get("/api/v1/notifications", &p.member_a1).await;
    let review_notice = told.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["kind"] == "assignment_reviewed")
        .unwrap_or_else(|| panic!("{}", told.text))
        .clone();
    assert!(
        review_notice["body"]
            .as_str()
            .unwrap()
            .contains("Add delivery times")
    );
    assert_eq!(
        app.post(&review, &p.manager_b, json!({"decision": "accepted"}))
            .await
            .status,
        422,
        "nothing new to review"
    );

    let again = app
        .post(
            &format!("/api/v1/assignments/{id}/submissions"),
            &p.member_a1,
            json!({"text": "With delivery times: 2-3 weeks"}),
        )
        .await;
    assert_eq!(again.status, 201);
    assert_eq!(again.body["submissions"].as_array().unwrap().len(), 2);
    let accepted = app
        .post(&review, &p.manager_a, json!({"decision": "accepted"}))
        .await;
    assert_eq!(accepted.body["status"], "accepted");
    let journey = app
        .get(
            &format!("/api/v1/participants/{}/journey", p.a1),
            &p.member_a1,
        )
        .await;
    assert_eq!(
        journey.body["steps"][3]["state"], "done",
        "every assignment accepted: the step is done"
    );
    let late = app
        .post(
            &format!("/api/v1/assignments/{id}/submissions"),
            &p.member_a1,
            json!({"text": "More"}),
        )
        .await;
    assert_eq!(late.status, 422);

    // Incubator B's manager closes their account: their name leaves the
    // review they wrote, and their namesake at incubator A (also "manager")
    // keeps theirs.
    let b_id = app.get("/api/v1/me", &p.manager_b).await.body["id"]
        .as_i64()
        .unwrap();
    assert_eq!(app.delete("/api/v1/me", &p.manager_b).await.status, 204);
    let told = app.get("/api/v1/notifications", &p.member_a1).await;
    let reviews: Vec<&str> = told.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "assignment_reviewed")
        .map(|n| n["body"].as_str().unwrap())
        .collect();
    assert_eq!(reviews.len(), 2, "{}", told.text);
    let erased = format!("Erased account #{b_id} asks for changes");
    assert!(
        reviews.iter().any(|r| r.starts_with(&erased)),
        "{reviews:?}"
    );
    assert!(
        reviews.iter().any(|r| r.starts_with("manager accepted")),
        "{reviews:?}"
    );
}

/// An assignment set by mistake is corrected or removed: its title,
/// description and due date change until it is accepted, and it goes away
/// while nothing was handed in, which may complete the step.
async fn assignments_are_corrected_or_removed(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    for s in ["workshop_1", "study_trip", "workshop_2"] {
        let done = step(&app, &p.manager_a, p.a1, s, json!({"action": "complete"})).await;
        assert_eq!(done.status, 200, "{}", done.text);
    }
    let set = |title: &'static str| {
        let app = &app;
        let token = p.manager_b.clone();
        let path = format!("/api/v1/participants/{}/assignments", p.a1);
        async move {
            let created = app
                .post(
                    &path,
                    &token,
                    json!({"title": title, "due_on": in_days(14)}),
                )
                .await;
            assert_eq!(created.status, 201, "{}", created.text);
            format!(
                "/api/v1/assignments/{}",
                created.body["id"].as_i64().unwrap()
            )
        }
    };
    let kept = set("Price list").await;
    let mistaken = set("Price list (twice)").await;

    let changed = app
        .patch(
            &kept,
            &p.manager_b,
            json!({"title": "Price list in NOK", "due_on": in_days(21)}),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.body["title"], "Price list in NOK");
    assert_eq!(changed.body["due_on"], in_days(21).as_str());
    let by_sme = app
        .patch(&kept, &p.member_a1, json!({"title": "Ours"}))
        .await;
    assert_eq!(by_sme.status, 403);
    let past = app
        .patch(&kept, &p.manager_b, json!({"due_on": in_days(-1)}))
        .await;
    assert_eq!(past.status, 422, "{}", past.text);
    assert!(past.body["fields"]["due_on"].is_string());

    let handed = app
        .post(
            &format!("{kept}/submissions"),
            &p.member_a1,
            json!({"text": "Attached below"}),
        )
        .await;
    assert_eq!(handed.status, 201, "{}", handed.text);
    let answered = app.delete(&kept, &p.manager_b).await;
    assert_eq!(answered.status, 409, "{}", answered.text);
    let accepted = app
        .post(
            &format!("{kept}/review"),
            &p.manager_b,
            json!({"decision": "accepted"}),
        )
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.text);
    let journey = format!("/api/v1/participants/{}/journey", p.a1);
    let steps = app.get(&journey, &p.member_a1).await;
    assert_ne!(steps.body["steps"][3]["state"], "done", "one is still open");
    let too_late = app
        .patch(&kept, &p.manager_b, json!({"title": "New"}))
        .await;
    assert_eq!(too_late.status, 409, "{}", too_late.text);

    // On its page, the mistaken one is corrected, then removed.
    let id = mistaken.rsplit('/').next().unwrap();
    let browser = crate::support::signed_in_browser(&app, MANAGER_B).await;
    let page_path = format!("/assignments/{id}");
    let page = crate::support::text(&browser, &app.url(&page_path)).await;
    assert!(
        page.contains(&format!(r#"action="/assignments/{id}/remove""#)),
        "{page}"
    );
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let refused = browser
        .post(app.url(&format!("/assignments/{id}/change")))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("title", ""),
            ("description", "Kept as typed"),
            ("due_on", "soon"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("Kept as typed") && html.contains(r#"value="soon""#),
        "{html}"
    );
    let removed = browser
        .post(app.url(&format!("/assignments/{id}/remove")))
        .form(&[("_csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), 303);
    assert_eq!(app.get(&mistaken, &p.manager_b).await.status, 404);
    let steps = app.get(&journey, &p.member_a1).await;
    assert_eq!(
        steps.body["steps"][3]["state"], "done",
        "the only one left is accepted: {}",
        steps.text
    );
}

async fn host_desk(app: &TestApp, p: &Programme) -> i64 {
    let desk = app
        .post(
            "/api/v1/desks",
            &p.manager_b,
            json!({"organisation_id": p.net.incubator_b, "name": "Window desk", "kind": "fixed_desk", "capacity": 1, "monthly_price_cents": 35000}),
        )
        .await;
    assert_eq!(desk.status, 201, "{}", desk.text);
    desk.body["id"].as_i64().unwrap()
}

/// Fifty simultaneous bookings of one desk for overlapping days: the database
/// lets exactly one through; the others are told which booking holds the desk.
async fn one_desk_fifty_requests_one_booking(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let desk = host_desk(&app, &p).await;
    let mut requests = Vec::new();
    for i in 0..50 {
        let body = json!({
            "desk_id": desk, "participant_id": p.a1,
            "starts_on": in_days(10 + i % 7), "ends_on": in_days(40 + i % 5)
        });
        let token = p.manager_b.clone();
        let url = app.url("/api/v1/desk-bookings");
        requests.push(tokio::spawn(async move {
            let response = reqwest::Client::new()
                .post(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            (status, response.json::<Value>().await.unwrap())
        }));
    }
    let mut approved = Vec::new();
    let mut conflicts = Vec::new();
    for request in requests {
        let (status, body) = request.await.unwrap();
        match status {
            201 => approved.push(body),
            409 => conflicts.push(body),
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(approved.len(), 1, "exactly one booking holds the desk");
    assert_eq!(conflicts.len(), 49);
    assert_eq!(approved[0]["status"], "approved");
    let winner = approved[0]["id"].as_i64().unwrap();
    for conflict in &conflicts {
        assert_eq!(conflict["conflict"]["id"], winner, "{conflict}");
        assert_eq!(conflict["conflict"]["status"], "approved");
    }
    let listed = app
        .get(
            &format!("/api/v1/desk-bookings?desk={desk}&status=approved"),
            &p.manager_b,
        )
        .await;
    assert_eq!(listed.body["total"], 1);
}

/// The same race through the host's approvals of many waiting requests.
async fn concurrent_approvals_never_double_book(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let desk = host_desk(&app, &p).await;
    let mut ids = Vec::new();
    for i in 0..20 {
        let request = app
            .post(
                "/api/v1/desk-bookings",
                &p.member_a1,
                json!({"desk_id": desk, "participant_id": p.a1, "starts_on": in_days(10 + i), "ends_on": in_days(30 + i)}),
            )
            .await;
        assert_eq!(request.status, 201, "{}", request.text);
        assert_eq!(request.body["status"], "requested");
        ids.push(request.body["id"].as_i64().unwrap());
    }
    let mut decisions = Vec::new();
    for id in ids {
        let url = app.url(&format!("/api/v1/desk-bookings/{id}/decision"));
        let token = p.manager_b.clone();
        decisions.push(tokio::spawn(async move {
            reqwest::Client::new()
                .post(url)
                .bearer_auth(token)
                .json(&json!({"decision": "approve"}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    let mut statuses = Vec::new();
    for d in decisions {
        statuses.push(d.await.unwrap());
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 200).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 409).count(),
        19,
        "{statuses:?}"
    );
}

async fn waiting_lists_and_occupancy(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let desk = host_desk(&app, &p).await;
    let start = Utc::now().date_naive() + Duration::days(40);
    let range = |from: i64, to: i64| {
        (
            (start + Duration::days(from)).to_string(),
            (start + Duration::days(to)).to_string(),
        )
    };
    let (s, e) = range(0, 29);
    let held = app
        .post(
            "/api/v1/desk-bookings",
            &p.manager_b,
            json!({"desk_id": desk, "participant_id": p.a1, "starts_on": s, "ends_on": e}),
        )
        .await;
    assert_eq!(held.body["status"], "approved");
    let held_id = held.body["id"].as_i64().unwrap();

    let (s, e) = range(10, 20);
    let refused = app
        .post(
            "/api/v1/desk-bookings",
            &p.member_a1,
            json!({"desk_id": desk, "participant_id": p.a1, "starts_on": s, "ends_on": e}),
        )
        .await;
    assert_eq!(refused.status, 409);
    assert_eq!(refused.body["conflict"]["id"], held_id);
    // Another SME going to the same host learns that the days are taken, not
    // by whom.
    let a2 = app
        .post(
            &format!("/api/v1/programmes/{}/participants", p.programme),
            &p.manager_a,
            json!({"cohort_id": p.cohort, "sme_id": p.net.sme_a2, "host_organisation_id": p.net.incubator_b}),
        )
        .await;
    assert_eq!(a2.status, 201, "{}", a2.text);
    add_account(
        &app.db,
        "member@amber.example",
        Role::Sme,
        None,
        Some(p.net.sme_a2),
    )
    .await;
    let other = app
        .post(
            "/api/v1/desk-bookings",
            &app.token("member@amber.example").await,
            json!({"desk_id": desk, "participant_id": a2.body["id"], "starts_on": s, "ends_on": e}),
        )
        .await;
    assert_eq!(other.status, 409, "{}", other.text);
    assert!(other.body.get("conflict").is_none(), "{}", other.text);
    assert!(
        !other.text.contains("Alpha") && !other.text.contains(&format!("#{held_id}")),
        "{}",
        other.text
    );
    let waiting = app
        .post(
            "/api/v1/desk-bookings",
            &p.member_a1,
            json!({"desk_id": desk, "participant_id": p.a1, "starts_on": s, "ends_on": e, "waitlist": true}),
        )
        .await;
    assert_eq!(waiting.status, 201);
    assert_eq!(waiting.body["status"], "waitlisted");
    let waiting_id = waiting.body["id"].as_i64().unwrap();

    // Only the host decides; the participant's side may cancel.
    let decide = |id: i64, token: String, decision: &'static str| {
        let app = &app;
        async move {
            app.post(
                &format!("/api/v1/desk-bookings/{id}/decision"),
                &token,
                json!({"decision": decision}),
            )
            .await
        }
    };
    assert_eq!(
        decide(waiting_id, p.member_a1.clone(), "approve")
            .await
            .status,
        403
    );
    assert_eq!(
        decide(waiting_id, p.manager_b.clone(), "approve")
            .await
            .status,
        409,
        "still taken"
    );
    assert_eq!(
        decide(held_id, p.member_a1.clone(), "cancel").await.body["status"],
        "cancelled"
    );
    let promoted = app
        .get(&format!("/api/v1/desk-bookings/{waiting_id}"), &p.manager_b)
        .await;
    assert_eq!(
        promoted.body["status"], "requested",
        "the waiting request is back before the host"
    );
    assert_eq!(
        decide(waiting_id, p.manager_b.clone(), "approve")
            .await
            .body["status"],
        "approved"
    );
    let journey = app
        .get(
            &format!("/api/v1/participants/{}/journey", p.a1),
            &p.member_a1,
        )
        .await;
    assert_eq!(
        journey.body["steps"][5]["state"], "planned",
        "a desk counts once the steps before it are done"
    );

    // Another host's desk is not for a1; another SME's participant is not the member's.
    let wrong = app
        .post(
            "/api/v1/desk-bookings",
            &p.member_a1,
            json!({"desk_id": desk, "participant_id": p.b1, "starts_on": s, "ends_on": e}),
        )
        .await;
    assert_eq!(wrong.status, 404);

    let month = (start + Duration::days(10)).format("%Y-%m").to_string();
    let occupancy = app
        .get(
            &format!(
                "/api/v1/organisations/{}/occupancy?month={month}",
                p.net.incubator_b
            ),
            &p.manager_b,
        )
        .await;
    assert_eq!(occupancy.status, 200, "{}", occupancy.text);
    let taken: Vec<u32> =
        serde_json::from_value(occupancy.body["desks"][0]["taken_days"].clone()).unwrap();
    assert!(!taken.is_empty());
    assert_eq!(
        app.get(
            &format!("/api/v1/organisations/{}/occupancy", p.net.incubator_b),
            &p.manager_a
        )
        .await
        .status,
        403
    );
    let bad = app.post("/api/v1/desk-bookings", &p.manager_b, json!({"desk_id": desk, "participant_id": p.a1, "starts_on": "2020-01-01", "ends_on": "2019-01-01"})).await;
    assert_eq!(bad.status, 422);
    assert!(
        bad.body["fields"]["ends_on"].is_string() && bad.body["fields"]["starts_on"].is_string()
    );
}

/// Reads a calendar with the `ical` crate, which did not write it.
fn parse_ics(text: &str) -> Vec<ical::parser::ical::component::IcalEvent> {
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = calendars.next().expect("one calendar").expect("it parses");
    assert!(calendars.next().is_none());
    calendar.events
}

/// A property's text, with RFC 5545's escapes undone.
fn property(event: &ical::parser::ical::component::IcalEvent, name: &str) -> String {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
        .unwrap_or_else(|| panic!("no {name}"))
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\n", "\n")
}

fn utc(value: &str) -> DateTime<Utc> {
    let naive = chrono::NaiveDateTime::parse_from_str(value.trim_end_matches('Z'), "%Y%m%dT%H%M%S")
        .unwrap();
    assert!(value.ends_with('Z'), "{value} is in UTC");
    Utc.from_utc_datetime(&naive)
}

async fn calendars_parse_back_with_the_right_times(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let year = chrono::Datelike::year(&Utc::now()) + 1;
    // A winter workshop in Oslo and a summer one in London, both at 09:00 local time.
    let oslo = app
        .post(
            "/api/v1/sessions",
            &p.manager_b,
            json!({"programme_id": p.programme, "kind": "workshop_2", "host_organisation_id": p.net.incubator_b,
                   "venue": "Bergen", "start_date": format!("{year}-01-12"), "start_time": "09:00", "end_time": "16:00", "capacity": 5}),
        )
        .await;
    assert_eq!(oslo.status, 201, "{}", oslo.text);
    let london = app
        .post(
            "/api/v1/sessions",
            &p.manager_b,
            json!({"programme_id": p.programme, "kind": "workshop_3", "host_organisation_id": p.net.incubator_b,
                   "venue": "London", "time_zone": "Europe/London",
                   "start_date": format!("{year}-07-14"), "start_time": "09:00", "end_time": "17:30", "capacity": 5}),
        )
        .await;
    let (oslo, london) = (
        oslo.body["id"].as_i64().unwrap(),
        london.body["id"].as_i64().unwrap(),
    );
    for session in [oslo, london] {
        let invited = app
            .post(
                &format!("/api/v1/sessions/{session}/invitations"),
                &p.manager_b,
                json!({"participant_ids": [p.a1]}),
            )
            .await;
        assert_eq!(invited.status, 200);
    }
    app.patch(
        &format!("/api/v1/sessions/{london}"),
        &p.manager_b,
        json!({"venue": "London, Canary Wharf"}),
    )
    .await;
    let feed = app
        .post(
            &format!("/api/v1/participants/{}/calendar", p.a1),
            &p.member_a1,
            json!({}),
        )
        .await;
    let url = feed.body["url"].as_str().unwrap().to_string();
    assert!(url.starts_with(&app.base) && url.ends_with(".ics"));

    // Subscribed calendars carry no credentials but the secret in the address.
    let response = reqwest::get(&url).await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let events = parse_ics(&response.text().await.unwrap());
    assert_eq!(events.len(), 2);
    let winter = events
        .iter()
        .find(|e| property(e, "LOCATION") == "Bergen")
        .unwrap();
    let start = utc(&property(winter, "DTSTART"));
    assert_eq!(
        start
            .with_timezone(&chrono_tz::Europe::Oslo)
            .format("%H:%M")
            .to_string(),
        "09:00"
    );
    assert_eq!(start.format("%H:%M").to_string(), "08:00", "CET is UTC+1");
    let summer = events
        .iter()
        .find(|e| property(e, "LOCATION").starts_with("London"))
        .unwrap();
    let start = utc(&property(summer, "DTSTART"));
    assert_eq!(
        start
            .with_timezone(&chrono_tz::Europe::London)
            .format("%H:%M")
            .to_string(),
        "09:00"
    );
    assert_eq!(start.format("%H:%M").to_string(), "08:00", "BST is UTC+1");
    assert_eq!(
        utc(&property(summer, "DTEND")).format("%H:%M").to_string(),
        "16:30"
    );
    assert_eq!(
        property(summer, "SEQUENCE"),
        "1",
        "the change raised the sequence"
    );
    assert_eq!(property(summer, "LOCATION"), "London, Canary Wharf");

    // A cancellation reaches the subscribers as a cancelled event, same UID, newer sequence.
    let uid = property(winter, "UID");
    app.post(
        &format!("/api/v1/sessions/{oslo}/cancel"),
        &p.manager_b,
        json!({}),
    )
    .await;
    let events = parse_ics(&reqwest::get(&url).await.unwrap().text().await.unwrap());
    let cancelled = events.iter().find(|e| property(e, "UID") == uid).unwrap();
    assert_eq!(property(cancelled, "STATUS"), "CANCELLED");
    assert_eq!(property(cancelled, "SEQUENCE"), "1");

    // One file per session, for those who see it.
    let file = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/sessions/{london}/ics")))
        .bearer_auth(&p.member_a1)
        .send()
        .await
        .unwrap();
    assert_eq!(file.status(), 200);
    assert_eq!(parse_ics(&file.text().await.unwrap()).len(), 1);

    // The organisation's feed shows what it hosts; a renewed address retires the old one.
    let organisation = app
        .post(
            &format!("/api/v1/organisations/{}/calendar", p.net.incubator_b),
            &p.manager_b,
            json!({}),
        )
        .await;
    let org_events = parse_ics(
        &reqwest::get(organisation.body["url"].as_str().unwrap())
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    assert_eq!(org_events.len(), 2);
    assert_eq!(
        app.post(
            &format!("/api/v1/organisations/{}/calendar", p.net.incubator_b),
            &p.manager_a,
            json!({})
        )
        .await
        .status,
        403
    );
    let renewed = app
        .post(
            &format!("/api/v1/participants/{}/calendar?renew=true", p.a1),
            &p.manager_a,
            json!({}),
        )
        .await;
    assert_ne!(renewed.body["url"], url.as_str());
    assert_eq!(reqwest::get(&url).await.unwrap().status(), 404);
    assert_eq!(
        reqwest::get(app.url("/calendars/not-a-token.ics"))
            .await
            .unwrap()
            .status(),
        404
    );
}

async fn the_demo_runs_a_programme_at_every_stage(backend: Backend) {
    let app = spawn(backend).await;
    landfall::demo::load(&app.db, 0).await.unwrap();
    let again = landfall::demo::load(&app.db, 0).await.unwrap();
    assert!(!again.programme_added, "loaded once");
    let reply = app
        .call(
            Method::POST,
            "/api/v1/auth/token",
            None,
            Some(&json!({"email": "admin@example.org", "password": "landfall-demo"})),
        )
        .await;
    let admin = reply.body["token"].as_str().unwrap().to_string();
    let programmes = app.get("/api/v1/programmes", &admin).await;
    assert_eq!(programmes.body["total"], 1);
    let id = programmes.body["items"][0]["id"].as_i64().unwrap();
    let detail = app.get(&format!("/api/v1/programmes/{id}"), &admin).await;
    let cohorts = detail.body["cohorts"].as_array().unwrap();
    assert_eq!(cohorts.len(), 2);
    assert_eq!(
        cohorts
            .iter()
            .map(|c| c["participants"].as_u64().unwrap())
            .sum::<u64>(),
        120
    );
    let first = app
        .get(&format!("/api/v1/cohorts/{}", cohorts[0]["id"]), &admin)
        .await;
    let funnel = first.body["funnel"].as_array().unwrap();
    assert!(
        funnel[5]["done"].as_u64().unwrap() > 0,
        "some have a desk abroad"
    );
    assert!(
        funnel[3]["done"].as_u64().unwrap() < 60,
        "some are still at their assignments"
    );
    let second = app
        .get(&format!("/api/v1/cohorts/{}", cohorts[1]["id"]), &admin)
        .await;
    assert_eq!(
        second.body["funnel"][2]["done"], 0,
        "the second cohort is just starting"
    );
    let sessions = app
        .get("/api/v1/sessions?include_cancelled=true", &admin)
        .await;
    let now = Utc::now();
    let items = sessions.body["items"].as_array().unwrap();
    assert!(items.iter().any(|s| {
        s["ends_at"]
            .as_str()
            .unwrap()
            .parse::<DateTime<Utc>>()
            .unwrap()
            < now
    }));
    assert!(items.iter().any(|s| {
        s["starts_at"]
            .as_str()
            .unwrap()
            .parse::<DateTime<Utc>>()
            .unwrap()
            > now
    }));
    let bookings = app
        .get("/api/v1/desk-bookings?status=approved", &admin)
        .await;
    assert!(bookings.body["total"].as_u64().unwrap() >= 10);
    assert!(
        app.get("/api/v1/desks", &admin).await.body["total"]
            .as_u64()
            .unwrap()
            >= 14
    );
}

/// The soft-landing and registry pages speak the reader's language: German
/// from `Accept-Language`, Dutch from the switcher's cookie, English otherwise.
async fn soft_landing_pages_speak_the_readers_language(backend: Backend) {
    let app = spawn(backend).await;
    programme(&app).await;
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page = |path: &str, language: &'static str| {
        let url = app.url(path);
        let browser = &browser;
        async move { crate::support::text_in(browser, &url, language).await }
    };

    let german = page("/programmes", "de-DE,de;q=0.9").await;
    assert!(german.contains(r#"<html lang="de">"#), "{german}");
    assert!(
        german.contains("<h1>Soft-Landing-Programme</h1>"),
        "{german}"
    );
    let desks = page("/desks", "de").await;
    assert!(
        desks.contains("<h1>Arbeitsplätze im Ausland</h1>"),
        "{desks}"
    );
    let smes = page("/smes", "de").await;
    assert!(smes.contains("<h1>KMU</h1>"), "{smes}");

    // A visitor who is not signed in, with the switcher's cookie.
    let dutch = crate::support::browser()
        .get(app.url("/directory"))
        .header("Cookie", "landfall_lang=nl")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(dutch.contains(r#"<html lang="nl">"#), "{dutch}");
    assert!(
        dutch.contains("<h1>Overzicht van organisaties</h1>"),
        "{dutch}"
    );

    let english = crate::support::text(&browser, &app.url("/programmes")).await;
    assert!(english.contains(r#"<html lang="en">"#), "{english}");
    assert!(
        english.contains("<h1>Soft-landing programmes</h1>"),
        "{english}"
    );
    assert!(
        crate::support::text(&browser, &app.url("/smes"))
            .await
            .contains("<h1>SMEs</h1>")
    );
}

async fn journey_labels_and_dates_follow_the_readers_language(backend: Backend) {
    use landfall::i18n::{Locale, date_in};
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let starts = Utc::now().date_naive() - Duration::days(10);

    let german =
        crate::support::text_in(&browser, &app.url(&format!("/participants/{}", p.a1)), "de").await;
    assert!(german.contains("Workshop 1 zu Hause"), "{german}");
    assert!(german.contains("Präsenz im Ausland"), "{german}");
    assert!(german.contains(">geplant<"), "{german}");
    assert!(!german.contains("Workshop 1 at home"), "{german}");
    let cohort =
        crate::support::text_in(&browser, &app.url(&format!("/cohorts/{}", p.cohort)), "de").await;
    assert!(cohort.contains(&date_in(Locale::De, starts)), "{cohort}");
    assert!(!cohort.contains(&starts.to_string()), "{cohort}");
    let organisation = crate::support::text_in(
        &browser,
        &app.url(&format!("/organisations/{}", p.net.incubator_a)),
        "de",
    )
    .await;
    assert!(
        organisation.contains("<dd>Inkubator</dd>"),
        "{organisation}"
    );
    let occupancy = app.url(&format!(
        "/desks/occupancy?organisation={}&month=2027-03",
        p.net.incubator_a
    ));
    let german_occupancy = crate::support::text_in(&browser, &occupancy, "de").await;
    assert!(german_occupancy.contains("März 2027"), "{german_occupancy}");
    let english_occupancy = crate::support::text(&browser, &occupancy).await;
    assert!(
        english_occupancy.contains("March 2027"),
        "{english_occupancy}"
    );

    let english =
        crate::support::text(&browser, &app.url(&format!("/participants/{}", p.a1))).await;
    assert!(english.contains("Workshop 1 at home"), "{english}");
    assert!(english.contains(">planned<"), "{english}");
    let cohort = crate::support::text(&browser, &app.url(&format!("/cohorts/{}", p.cohort))).await;
    assert!(cohort.contains(&date_in(Locale::En, starts)), "{cohort}");
    let organisation = crate::support::text(
        &browser,
        &app.url(&format!("/organisations/{}", p.net.incubator_a)),
    )
    .await;
    assert!(
        organisation.contains("<dd>Incubator</dd>"),
        "{organisation}"
    );
}

/// The SME cancels its request while the host approves it: the cancellation
/// waits for the approval and is refused, so the approved days are never left
/// claimed by a cancelled booking.
async fn a_cancellation_racing_an_approval_is_refused(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let desk = host_desk(&app, &p).await;
    let start = Utc::now().date_naive() + Duration::days(40);
    let requested = app
        .post(
            "/api/v1/desk-bookings",
            &p.member_a1,
            json!({"desk_id": desk, "participant_id": p.a1,
                   "starts_on": start.to_string(), "ends_on": (start + Duration::days(9)).to_string()}),
        )
        .await;
    assert_eq!(requested.status, 201, "{}", requested.text);
    assert_eq!(requested.body["status"], "requested");
    let id = requested.body["id"].as_i64().unwrap();
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE desk_bookings SET status = 'approved' WHERE id = {id}"
    ))
    .await
    .unwrap();
    let path = format!("/api/v1/desk-bookings/{id}/decision");
    let cancelling = crate::support::waiting(
        app.post(&path, &p.member_a1, json!({"decision": "cancel"})),
        "the cancellation waits for the approval",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = cancelling.await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    let booking = app
        .get(&format!("/api/v1/desk-bookings/{id}"), &p.manager_b)
        .await;
    assert_eq!(booking.body["status"], "approved", "{}", booking.text);
}

/// Two declines of one invitation at once give its seat back once.
async fn a_seat_is_given_back_once(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let created = app
        .post(
            "/api/v1/sessions",
            &p.manager_b,
            session_body(p.programme, p.net.incubator_b, &in_days(30), 2).await,
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let session = created.body["id"].as_i64().unwrap();
    let invited = app
        .post(
            &format!("/api/v1/sessions/{session}/invitations"),
            &p.manager_b,
            json!({"participant_ids": [p.a1, p.b1]}),
        )
        .await;
    assert_eq!(invited.body["seats_taken"], 2, "{}", invited.text);
    let answer = format!("/api/v1/sessions/{session}/invitations/{}", p.b1);
    let decline = || app.post(&answer, &p.manager_b, json!({"response": "declined"}));
    let (first, second) = tokio::join!(decline(), decline());
    let statuses = [first.status.as_u16(), second.status.as_u16()];
    assert!(statuses.contains(&200), "{statuses:?}");
    let after = app
        .get(&format!("/api/v1/sessions/{session}"), &p.manager_b)
        .await;
    assert_eq!(after.body["seats_taken"], 1, "{}", after.text);
}

/// Planning a cohort twice at once (a double click) plans it once.
async fn a_cohort_planned_twice_at_once_is_planned_once(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let first = Utc::now().date_naive() + Duration::days(60);
    let path = format!("/api/v1/cohorts/{}/plan", p.cohort);
    let body = json!({"first_date": first.to_string()});
    let plan = || app.post(&path, &p.manager_c, body.clone());
    let (a, b) = tokio::join!(plan(), plan());
    let mut statuses = [a.status.as_u16(), b.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409], "{} / {}", a.text, b.text);
    let sessions = app
        .get(
            &format!("/api/v1/sessions?cohort={}", p.cohort),
            &p.manager_c,
        )
        .await;
    assert_eq!(sessions.body["total"], 8, "{}", sessions.text);
}

/// A review waits for an answer being handed in and is refused: the new
/// answer is reviewed next, never skipped by accepting the older one.
async fn a_review_does_not_skip_an_answer_handed_in_meanwhile(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    for s in ["workshop_1", "study_trip", "workshop_2"] {
        let done = step(&app, &p.manager_a, p.a1, s, json!({"action": "complete"})).await;
        assert_eq!(done.status, 200, "{}", done.text);
    }
    let created = app
        .post(
            &format!("/api/v1/participants/{}/assignments", p.a1),
            &p.manager_b,
            json!({"title": "Price list for Norway", "due_on": in_days(14)}),
        )
        .await;
    let id = created.body["id"].as_i64().unwrap();
    let form = reqwest::multipart::Form::new().text("text", "Our prices, first draft");
    let handed = reqwest::Client::new()
        .post(app.url(&format!("/api/v1/assignments/{id}/submissions")))
        .bearer_auth(&p.member_a1)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(handed.status(), 201);
    // A second answer is being handed in...
    let txn = landfall::db::write(&app.db).await.unwrap();
    landfall::softlanding::store::assignments::insert_submission(
        &txn,
        id,
        "Our prices, with delivery times",
        None,
        "Ola Founder",
    )
    .await
    .unwrap();
    // ...while the host accepts the first.
    let review = format!("/api/v1/assignments/{id}/review");
    let accepting = crate::support::waiting(
        app.post(&review, &p.manager_b, json!({"decision": "accepted"})),
        "the review waits for the answer",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = accepting.await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    let accepted = app
        .post(&review, &p.manager_b, json!({"decision": "accepted"}))
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.text);
    assert_eq!(accepted.body["status"], "accepted");
    assert_eq!(
        accepted.body["submissions"][0]["text"],
        "Our prices, with delivery times"
    );
    assert_eq!(accepted.body["submissions"][0]["review"], "accepted");
}

/// A refused desk request comes back with the desk and the waiting-list
/// choice as they were picked, so sending it again books what was meant.
async fn a_refused_desk_request_keeps_the_desk_chosen(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    host_desk(&app, &p).await;
    let second = app
        .post(
            "/api/v1/desks",
            &p.manager_b,
            json!({"organisation_id": p.net.incubator_b, "name": "Corner desk", "kind": "fixed_desk", "capacity": 1, "monthly_price_cents": 30000}),
        )
        .await;
    let corner = second.body["id"].as_i64().unwrap();
    let browser = crate::support::signed_in_browser(&app, MEMBER_A1).await;
    let page_url = app.url(&format!("/participants/{}", p.a1));
    let page = crate::support::text(&browser, &page_url).await;
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let refused = browser
        .post(app.url(&format!("/participants/{}/bookings", p.a1)))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("desk_id", corner.to_string().as_str()),
            ("starts_on", "not a date"),
            ("ends_on", ""),
            ("note", "Near the window"),
            ("waitlist", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains(&format!(r#"<option value="{corner}" selected>"#)),
        "{html}"
    );
    assert!(
        html.contains(r#"name="waitlist" value="yes" checked"#),
        "{html}"
    );
    assert!(html.contains(r#"value="Near the window""#), "{html}");
}

/// A refused assignment, desk request or new cohort comes back with the
/// message next to the field at fault, the field marked for screen readers,
/// what was typed still in it, and the refused form's panel open.
async fn refused_fields_are_marked_where_they_were_typed(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let desk = host_desk(&app, &p).await;
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page = crate::support::text(&browser, &app.url(&format!("/participants/{}", p.a1))).await;
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let post = |path: String, form: Vec<(&'static str, String)>| {
        let browser = &browser;
        let url = app.url(&path);
        let csrf = csrf.clone();
        async move {
            let mut fields = vec![("_csrf", csrf)];
            fields.extend(form);
            let response = browser.post(url).form(&fields).send().await.unwrap();
            assert_eq!(response.status(), 422);
            response.text().await.unwrap()
        }
    };

    // An assignment described at too great a length: its panel is open, not
    // the desk request's.
    let description = format!("Write to three buyers{}", ".".repeat(10_000));
    let html = post(
        format!("/participants/{}/assignments", p.a1),
        vec![
            ("title", "Buyer letters".into()),
            ("description", description.clone()),
            ("due_on", in_days(20)),
        ],
    )
    .await;
    assert!(
        html.contains(&format!(
            r#"name="description" aria-invalid="true" aria-describedby="assignment-description-error">{description}</textarea>"#
        )),
        "{html}"
    );
    assert!(html.contains(r#"<p class="error" id="assignment-description-error">is too long"#));
    assert!(
        html.contains(
            r#"<p class="alert" role="alert">Please correct the fields marked below.</p>"#
        )
    );
    assert!(html.contains(r#"value="Buyer letters""#));
    assert_eq!(html.matches(r#"<details class="panel" open>"#).count(), 1);
    assert!(html.contains("<details class=\"panel\" open>\n  <summary>Set an assignment"));

    // A desk request with a control character in its note: the desk
    // request's panel is the one open.
    let note = "Near the\u{7}window".to_string();
    let html = post(
        format!("/participants/{}/bookings", p.a1),
        vec![
            ("desk_id", desk.to_string()),
            ("starts_on", in_days(10)),
            ("ends_on", in_days(20)),
            ("note", note.clone()),
        ],
    )
    .await;
    assert!(
        html.contains(&format!(
            r#"name="note" value="{note}" aria-invalid="true" aria-describedby="booking-note-error">"#
        )),
        "{html}"
    );
    assert!(
        html.contains(
            r#"<p class="error" id="booking-note-error">contains control characters</p>"#
        )
    );
    assert_eq!(html.matches(r#"<details class="panel" open>"#).count(), 1);
    assert!(html.contains("<details class=\"panel\" open>\n  <summary>Request a desk at"));

    // A new cohort with too long a name, starting before the programme: each
    // message sits under its own field, without the fields' inner names.
    let name = format!("Autumn{}", "!".repeat(120));
    let starts_on = in_days(-400);
    let html = post(
        format!("/programmes/{}/cohorts", p.programme),
        vec![("name", name.clone()), ("starts_on", starts_on.clone())],
    )
    .await;
    assert!(
        html.contains(&format!(r#"value="{name}" placeholder="#)),
        "{html}"
    );
    assert!(html.contains(r#"aria-invalid="true" aria-describedby="cohort-name-error">"#));
    assert!(html.contains(r#"<p class="error" id="cohort-name-error">is too long"#));
    assert!(html.contains(&format!(
        r#"name="starts_on" value="{starts_on}" required aria-invalid="true" aria-describedby="cohort-starts-on-error">"#
    )));
    assert!(html.contains(
        r#"<p class="error" id="cohort-starts-on-error">must fall within the programme"#
    ));
    assert!(
        html.contains(
            r#"<p class="alert" role="alert">Please correct the fields marked below.</p>"#
        )
    );
    assert!(
        !html.contains("starts_on: ") && !html.contains(">name: "),
        "{html}"
    );
}

/// A journey form refused on the participant's page shows the page again
/// with what was typed still in that step's form.
async fn a_refused_journey_form_keeps_what_was_typed(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page_url = app.url(&format!("/participants/{}", p.a1));
    let page = crate::support::text(&browser, &page_url).await;
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let post = |step: &'static str, fields: Vec<(&'static str, String)>| {
        let browser = &browser;
        let url = app.url(&format!("/participants/{}/journey/{step}", p.a1));
        let mut form = vec![("_csrf", csrf.clone())];
        form.extend(fields);
        async move { browser.post(url).form(&form).send().await.unwrap() }
    };

    // Workshop 2 cannot be done before workshop 1: the date stays.
    let date = in_days(-1);
    let early = post(
        "workshop_2",
        vec![("action", "complete".into()), ("date", date.clone())],
    )
    .await;
    assert_eq!(early.status(), 422);
    let html = early.text().await.unwrap();
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert_eq!(
        html.matches(&format!(r#"value="{date}""#)).count(),
        1,
        "{html}"
    );

    // Notes longer than a page are refused on their field, and kept.
    let notes = format!("Met three buyers in Bergen{}", ".".repeat(10_000));
    let long = post(
        "workshop_1",
        vec![
            ("action", "record".into()),
            ("notes", notes.clone()),
            ("outputs", "A list of leads".into()),
        ],
    )
    .await;
    assert_eq!(long.status(), 422);
    let html = long.text().await.unwrap();
    assert!(html.contains("<details open>"), "{html}");
    assert!(html.contains(&format!(
        r#"aria-invalid="true" aria-describedby="step-workshop_1-record-notes-error">{notes}</textarea>"#
    )));
    assert!(html.contains(r#"<p class="error" id="step-workshop_1-record-notes-error">"#));
    assert!(html.contains(">A list of leads</textarea>"));
    let journey = app
        .get(
            &format!("/api/v1/participants/{}/journey", p.a1),
            &p.manager_a,
        )
        .await;
    assert_eq!(journey.body["steps"][0]["notes"], "", "nothing written");
    let api = step(
        &app,
        &p.manager_a,
        p.a1,
        "workshop_1",
        json!({"action": "record", "notes": notes}),
    )
    .await;
    assert_eq!(api.status, 422);
    assert!(api.body["fields"]["notes"].is_string(), "{}", api.text);
}

/// Lowering a session's capacity while an invitation takes a seat counts
/// that seat: the change waits for it and is refused.
async fn a_capacity_change_counts_a_seat_taken_meanwhile(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let session = session_at_b(&app, &p, 2).await;
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE programme_sessions SET seats_taken = 2 WHERE id = {session}"
    ))
    .await
    .unwrap();
    let path = format!("/api/v1/sessions/{session}");
    let lowering = crate::support::waiting(
        app.patch(&path, &p.manager_b, json!({"capacity": 1})),
        "the change waits for the seat",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = lowering.await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert!(
        refused.body["fields"]["capacity"].is_string(),
        "{}",
        refused.text
    );
    let after = app.get(&path, &p.manager_b).await;
    assert_eq!(after.body["capacity"], 2);
}

/// A cohort is renamed and re-dated within its programme; a participant
/// moves to another cohort, gets another host (who then sees its private
/// part, and the old one no longer does, unless a desk there still holds
/// it), and is taken out. Only its home's managers correct it.
async fn cohorts_and_participants_are_corrected(backend: Backend) {
    let app = spawn(backend).await;
    let p = programme(&app).await;
    let cohort = format!("/api/v1/cohorts/{}", p.cohort);
    let autumn = app
        .post(
            &format!("/api/v1/programmes/{}/cohorts", p.programme),
            &p.manager_b,
            json!({"name": "Autumn", "starts_on": in_days(60)}),
        )
        .await;
    assert_eq!(autumn.status, 201, "{}", autumn.text);
    let autumn = autumn.body["id"].as_i64().unwrap();

    // Cohorts: those who run the programme correct them, within its period.
    let renamed = json!({"name": "Spring 2027", "description": "Seafood and food tech"});
    assert_eq!(
        app.patch(&cohort, &p.member_a1, renamed.clone())
            .await
            .status,
        403
    );
    let saved = app.patch(&cohort, &p.manager_c, renamed).await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    assert_eq!(saved.body["name"], "Spring 2027");
    assert_eq!(saved.body["description"], "Seafood and food tech");
    assert_eq!(saved.body["starts_on"], in_days(-10), "kept");
    assert_eq!(saved.body["participants"], 2);
    let late = app
        .patch(&cohort, &p.manager_a, json!({"starts_on": in_days(900)}))
        .await;
    assert_eq!(late.status, 422, "{}", late.text);
    assert!(
        late.body["fields"]["starts_on"].is_string(),
        "{}",
        late.text
    );
    let taken = app
        .patch(&cohort, &p.manager_a, json!({"name": "Autumn"}))
        .await;
    assert_eq!(taken.status, 409, "{}", taken.text);
    assert!(taken.body["fields"]["name"].is_string(), "{}", taken.text);
    assert_eq!(app.get(&cohort, &p.admin).await.body["name"], "Spring 2027");

    // Participants: only the home's managers (and admins) correct them.
    let a1 = format!("/api/v1/participants/{}", p.a1);
    let move_on = json!({"cohort_id": autumn, "joined_on": in_days(-3)});
    for (token, refused) in [
        (&p.manager_b, 403),
        (&p.member_a1, 403),
        (&p.manager_c, 404),
    ] {
        assert_eq!(app.patch(&a1, token, move_on.clone()).await.status, refused);
    }
    let moved = app.patch(&a1, &p.manager_a, move_on).await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    assert_eq!(moved.body["cohort_id"], autumn);
    assert_eq!(moved.body["joined_on"], in_days(-3));
    assert_eq!(moved.body["host_organisation"]["id"], p.net.incubator_b);
    let listed = app
        .get(
            &format!("/api/v1/programmes/{}/cohorts", p.programme),
            &p.admin,
        )
        .await;
    let counts: Vec<(i64, i64)> = listed.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_i64().unwrap(),
                c["participants"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(counts, [(p.cohort, 1), (autumn, 1)]);
    for (body, field) in [
        (
            json!({"host_organisation_id": p.net.incubator_a}),
            "host_organisation_id",
        ),
        (json!({"target_market": "DK"}), "target_market"),
        (json!({"joined_on": null}), "joined_on"),
        (json!({"cohort_id": 999_999}), "cohort_id"),
        (json!({"cohort_id": "next"}), "cohort_id"),
    ] {
        let refused = app.patch(&a1, &p.manager_a, body.clone()).await;
        assert_eq!(refused.status, 422, "{body}: {}", refused.text);
        assert!(
            refused.body["fields"][field].is_string(),
            "{body}: {}",
            refused.text
        );
    }

    // Another host: the access to the private part moves with it.
    let sme = format!("/api/v1/smes/{}", p.net.sme_a1);
    let sees_private = |token: String| {
        let (app, sme) = (&app, sme.clone());
        async move { app.get(&sme, &token).await.body.get("employees").is_some() }
    };
    assert!(sees_private(p.manager_b.clone()).await);
    assert!(!sees_private(p.manager_c.clone()).await);
    let to_c = app
        .patch(
            &a1,
            &p.manager_a,
            json!({"host_organisation_id": p.incubator_c}),
        )
        .await;
    assert_eq!(to_c.status, 200, "{}", to_c.text);
    assert_eq!(to_c.body["host_organisation"]["id"], p.incubator_c);
    assert_eq!(to_c.body["target_market"], "NO", "the market stays");
    assert!(!sees_private(p.manager_b.clone()).await);
    assert!(sees_private(p.manager_c.clone()).await);
    assert_eq!(app.get(&a1, &p.manager_b).await.status, 404);
    assert_eq!(app.get(&a1, &p.manager_c).await.status, 200);

    // A desk asked for at the new host keeps the participant there.
    let desk = app
        .post(
            "/api/v1/desks",
            &p.manager_c,
            json!({"organisation_id": p.incubator_c, "name": "Corner desk", "kind": "hot_desk", "capacity": 1, "monthly_price_cents": 20000}),
        )
        .await;
    assert_eq!(desk.status, 201, "{}", desk.text);
    let booking = app
        .post(
            "/api/v1/desk-bookings",
            &p.member_a1,
            json!({"desk_id": desk.body["id"], "participant_id": p.a1,
                   "starts_on": in_days(20), "ends_on": in_days(50)}),
        )
        .await;
    assert_eq!(booking.status, 201, "{}", booking.text);
    assert_eq!(booking.body["status"], "requested");
    let back = json!({"host_organisation_id": p.net.incubator_b});
    let held = app.patch(&a1, &p.manager_a, back.clone()).await;
    assert_eq!(held.status, 409, "{}", held.text);
    assert!(
        held.body["fields"]["host_organisation_id"]
            .as_str()
            .unwrap()
            .contains("Incubator C"),
        "{}",
        held.text
    );
    let cancelled = app
        .post(
            &format!("/api/v1/desk-bookings/{}/decision", booking.body["id"]),
            &p.member_a1,
            json!({"decision": "cancel"}),
        )
        .await;
    assert_eq!(cancelled.status, 200, "{}", cancelled.text);
    let returned = app.patch(&a1, &p.manager_a, back).await;
    assert_eq!(returned.status, 200, "{}", returned.text);
    assert!(sees_private(p.manager_b.clone()).await);
    assert!(!sees_private(p.manager_c.clone()).await);

    // Taken out from its page, once confirmed.
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let edit = app.url(&format!("/participants/{}/edit", p.a1));
    let page = crate::support::text(&browser, &edit).await;
    assert!(page.contains(r#"name="joined_on""#), "{page}");
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let remove = app.url(&format!("/participants/{}/remove", p.a1));
    let unconfirmed = browser
        .post(&remove)
        .form(&[("_csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(unconfirmed.status(), 422);
    let html = unconfirmed.text().await.unwrap();
    assert!(html.contains("tick the box to confirm"), "{html}");
    assert_eq!(app.get(&a1, &p.admin).await.status, 200, "still there");
    let removed = browser
        .post(&remove)
        .form(&[("_csrf", csrf.as_str()), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), 303);
    assert_eq!(
        removed.headers()["location"],
        format!("/cohorts/{autumn}").as_str()
    );
    assert_eq!(app.get(&a1, &p.admin).await.status, 404);
    assert!(!sees_private(p.manager_b.clone()).await);
}

on_both_backends!(
    cohorts_and_participants_are_corrected,
    a_capacity_change_counts_a_seat_taken_meanwhile,
    a_refused_desk_request_keeps_the_desk_chosen,
    a_refused_journey_form_keeps_what_was_typed,
    refused_fields_are_marked_where_they_were_typed,
    a_review_does_not_skip_an_answer_handed_in_meanwhile,
    a_cohort_planned_twice_at_once_is_planned_once,
    a_seat_is_given_back_once,
    a_cancellation_racing_an_approval_is_refused,
    programmes_need_partners_abroad_and_managers_add_their_own_smes,
    journeys_follow_their_order_and_keep_a_history,
    home_and_host_follow_a_participant_and_nobody_else,
    sessions_keep_their_seats_and_attendance_completes_steps,
    a_moved_or_cancelled_session_is_announced,
    the_template_plans_a_cohort_months_ahead,
    assignments_are_handed_in_with_files_and_reviewed,
    assignments_are_corrected_or_removed,
    one_desk_fifty_requests_one_booking,
    concurrent_approvals_never_double_book,
    waiting_lists_and_occupancy,
    calendars_parse_back_with_the_right_times,
    the_demo_runs_a_programme_at_every_stage,
    soft_landing_pages_speak_the_readers_language,
    journey_labels_and_dates_follow_the_readers_language,
);
