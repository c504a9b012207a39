//! Data protection and the audit log: people download their data, close
//! their accounts, the coordinator erases an SME's personal data while the
//! indicators stay exactly as they were, and sensitive actions are audited
//! for admins only.

use landfall::auth::Role;
use reqwest::Method;
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use serde_json::{Value, json};

use crate::monitoring::{Fixture, fixture, record, today};
use crate::on_both_backends;
use crate::support::{
    ADMIN, Backend, MANAGER_A, MANAGER_B, MEMBER_A1, MEMBER_B2, SECRET, TestApp, add_account,
    network, spawn,
};

fn actions(audit: &Value) -> Vec<String> {
    audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect()
}

async fn sensitive_actions_are_audited_for_admins_only(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let manager_b = app.token(MANAGER_B).await;

    // A role change ends the person's sessions and tokens.
    let id = app.get("/api/v1/me", &manager_b).await.body["id"]
        .as_i64()
        .unwrap();
    let changed = app
        .put(
            &format!("/api/v1/users/{id}/role"),
            &admin,
            json!({"role": "evaluator", "organisation_id": net.incubator_b}),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.body["role"], "evaluator");
    assert_eq!(
        app.get("/api/v1/me", &manager_b).await.status,
        401,
        "the old token ended"
    );
    let bad = app
        .put(
            &format!("/api/v1/users/{id}/role"),
            &admin,
            json!({"role": "sme", "organisation_id": net.incubator_b}),
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text);
    let me = app.get("/api/v1/me", &admin).await.body["id"]
        .as_i64()
        .unwrap();
    let last_admin = app
        .put(
            &format!("/api/v1/users/{me}/role"),
            &admin,
            json!({"role": "manager", "organisation_id": net.incubator_a}),
        )
        .await;
    assert_eq!(last_admin.status, 409, "{}", last_admin.text);

    // A deletion.
    let manager_a = app.token(MANAGER_A).await;
    assert_eq!(
        app.delete(&format!("/api/v1/smes/{}", net.sme_a2), &manager_a)
            .await
            .status,
        204
    );

    let audit = app.get("/api/v1/audit", &admin).await;
    assert_eq!(audit.status, 200, "{}", audit.text);
    assert_eq!(actions(&audit.body), ["sme_deleted", "role_changed"]);
    assert!(
        audit.body["items"][1]["summary"]
            .as_str()
            .unwrap()
            .contains("Organisation manager → Evaluator")
    );
    assert_eq!(audit.body["items"][0]["actor_role"], "manager");
    let only = app.get("/api/v1/audit?action=role_changed", &admin).await;
    assert_eq!(only.body["total"], 1);
    assert_eq!(app.get("/api/v1/audit", &manager_a).await.status, 403);
    let browser = crate::support::signed_in_browser(&app, ADMIN).await;
    let page = crate::support::text(&browser, &app.url("/audit")).await;
    assert!(
        page.contains("Role changed") && page.contains("SME deleted"),
        "{page}"
    );
}

async fn people_download_their_data_and_close_their_accounts(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let member = app.token(MEMBER_A1).await;
    let data = app.get("/api/v1/me/export", &member).await;
    assert_eq!(data.status, 200, "{}", data.text);
    assert_eq!(data.body["account"]["email"], MEMBER_A1);
    assert_eq!(data.body["sme"]["name"], "Alpha Software ApS");
    assert!(
        data.body["sme"]["notes"].as_str().unwrap().contains(SECRET),
        "their own private notes"
    );
    assert_eq!(data.body["sme"]["contacts"][0]["name"], "Ola Founder");
    let browser = crate::support::signed_in_browser(&app, MEMBER_A1).await;
    let file = browser.get(app.url("/account/data")).send().await.unwrap();
    assert!(
        file.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("landfall-my-data.json")
    );
    let file: Value = serde_json::from_str(&file.text().await.unwrap()).unwrap();
    assert_eq!(file["sme"]["name"], "Alpha Software ApS");
    // Closing from the page wants the address typed again; a slip is shown
    // on the field, as typed, and closes nothing.
    let page = crate::support::text(&browser, &app.url("/account")).await;
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let slip = browser
        .post(app.url("/account/close"))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("confirm", "founder@sme-a1.exampel"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(slip.status(), 422);
    let html = slip.text().await.unwrap();
    assert!(
        html.contains(r#"value="founder@sme-a1.exampel" aria-invalid="true""#),
        "{html}"
    );
    assert_eq!(app.get("/api/v1/me", &member).await.status, 200);
    // Every row that points at the SME comes along, found through the
    // database's keys, and no secret does.
    let records = &data.body["sme"]["records"];
    assert_eq!(records["people"][0]["name"], "Ola Founder", "{records}");
    assert!(
        records["sme_sectors"]
            .as_array()
            .is_some_and(|r| !r.is_empty()),
        "{records}"
    );
    for table in ["users", "sessions", "api_tokens", "smes"] {
        assert!(records.get(table).is_none(), "{table} in {records}");
    }
    for secret in ["password", "digest", "token_hash"] {
        assert!(!data.text.contains(secret), "{secret} in {}", data.text);
    }

    // Closing the account.
    assert_eq!(app.delete("/api/v1/me", &member).await.status, 204);
    assert_eq!(app.get("/api/v1/me", &member).await.status, 401);
    let admin = app.token(ADMIN).await;
    let audit = app.get("/api/v1/audit", &admin).await;
    assert_eq!(
        actions(&audit.body),
        [
            "account_erased",
            "personal_data_export",
            "personal_data_export"
        ]
    );
    let names: Vec<&str> = audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["actor_name"].as_str().unwrap())
        .collect();
    assert!(
        names.iter().all(|n| *n != "founder")
            && names.iter().any(|n| n.starts_with("Erased account #")),
        "the erased person's name left the log: {names:?}"
    );
    assert!(
        !audit.text.contains(MEMBER_A1),
        "the erased person's address left the log: {}",
        audit.text
    );
    // The last admin cannot close their account.
    assert_eq!(app.delete("/api/v1/me", &admin).await.status, 409);
}

/// Two admins with the same name ("vera") each invite someone; one closes
/// their account: the invitation they sent no longer names them, the other's
/// still does.
async fn closing_an_account_takes_the_name_out_of_invitations_sent(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let mut invited = Vec::new();
    for (admin, email) in [
        ("vera@one.example", "jonas@incubator-a.example"),
        ("vera@two.example", "lea@incubator-a.example"),
    ] {
        let id = add_account(&app.db, admin, Role::Admin, None, None).await;
        let token = app.token(admin).await;
        let created = app
            .post(
                "/api/v1/users",
                &token,
                json!({"email": email, "display_name": "New Manager", "role": "manager",
                       "organisation_id": net.incubator_a}),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.text);
        invited.push((id, token, created.body["id"].as_i64().unwrap()));
    }
    let bodies = |user_id: i64| {
        let db = app.db.clone();
        async move {
            landfall::notify::store::of_user(&db, user_id, 10)
                .await
                .unwrap()
                .into_iter()
                .map(|n| n.notice.body)
                .collect::<Vec<_>>()
        }
    };
    assert!(bodies(invited[0].2).await[0].contains(", vera has made you an account"));
    let (closed, token, _) = &invited[0];
    assert_eq!(app.delete("/api/v1/me", token).await.status, 204);
    let first = bodies(invited[0].2).await;
    assert!(
        first[0].contains(&format!(
            ", Erased account #{closed} has made you an account"
        )),
        "{first:?}"
    );
    assert!(!first[0].contains("vera"), "{first:?}");
    let second = bodies(invited[1].2).await;
    assert!(
        second[0].contains(", vera has made you an account"),
        "the namesake keeps their name: {second:?}"
    );
}

/// The id of the account with this address (through the admin's API).
async fn account_id(app: &TestApp, admin: &str, email: &str) -> i64 {
    let found = app.get(&format!("/api/v1/users?q={email}"), admin).await;
    assert_eq!(found.status, 200, "{}", found.text);
    found.body["items"][0]["id"].as_i64().unwrap()
}

/// The coordinator opens an account from the accounts page, gives it
/// another role, and closes it (a manager who left); others cannot.
async fn the_coordinator_changes_roles_and_closes_accounts(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let b = account_id(&app, &admin, MANAGER_B).await;
    let manager_b = app.token(MANAGER_B).await;
    let browser = crate::support::signed_in_browser(&app, ADMIN).await;
    let users = crate::support::text(&browser, &app.url("/users")).await;
    assert!(users.contains(&format!(r#"href="/users/{b}""#)), "{users}");
    let page_path = format!("/users/{b}");
    let page = crate::support::text(&browser, &app.url(&page_path)).await;
    assert!(
        page.contains(r#"<option value="manager" selected"#),
        "{page}"
    );
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let post = |path: String, fields: Vec<(&'static str, String)>| {
        let mut fields = fields;
        fields.push(("_csrf", csrf.clone()));
        browser.post(app.url(&path)).form(&fields).send()
    };

    // Saved as shown, nothing changes and no session ends.
    let role = format!("/users/{b}/role");
    let same = vec![
        ("role", "manager".to_string()),
        ("organisation_id", net.incubator_b.to_string()),
    ];
    let kept = post(role.clone(), same).await.unwrap();
    assert_eq!(kept.headers()["location"].to_str().unwrap(), page_path);
    assert_eq!(app.get("/api/v1/me", &manager_b).await.status, 200);

    // An SME member must belong to an SME: shown again, nothing changed.
    let refused = post(role.clone(), vec![("role", "sme".into())])
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains(r#"<option value="sme" selected"#), "{html}");
    assert!(html.contains(r#"aria-invalid="true""#), "{html}");
    let moved = post(
        role,
        vec![
            ("role", "manager".into()),
            ("organisation_id", net.incubator_a.to_string()),
        ],
    )
    .await
    .unwrap();
    assert_eq!(moved.status(), 303);
    let shown = moved.headers()["location"].to_str().unwrap().to_string();
    let page = crate::support::text(&browser, &app.url(&shown)).await;
    assert!(page.contains("The role was changed"), "{page}");
    assert!(page.contains("Incubator A"), "{page}");
    assert_eq!(
        app.get("/api/v1/me", &manager_b).await.status,
        401,
        "their sessions ended"
    );

    // Others may not see the page or close the account.
    let manager_a = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let own = crate::support::text(&manager_a, &app.url("/account")).await;
    let their_csrf = crate::support::hidden_field(&own, "_csrf").unwrap();
    let page = manager_a.get(app.url(&page_path)).send().await.unwrap();
    assert_eq!(page.status(), 403);
    let closing = manager_a
        .post(app.url(&format!("/users/{b}/close")))
        .form(&[("_csrf", their_csrf.as_str()), ("confirm", MANAGER_B)])
        .send()
        .await
        .unwrap();
    assert_eq!(closing.status(), 403);
    let manager = app.token(MANAGER_A).await;
    assert_eq!(
        app.delete(&format!("/api/v1/users/{b}"), &manager)
            .await
            .status,
        403
    );

    // Closing wants the account's address typed again.
    let close = format!("/users/{b}/close");
    let slip = post(
        close.clone(),
        vec![("confirm", "manager@incubator-b".into())],
    )
    .await
    .unwrap();
    assert_eq!(slip.status(), 422);
    let html = slip.text().await.unwrap();
    assert!(
        html.contains(r#"value="manager@incubator-b" aria-invalid="true""#),
        "{html}"
    );
    let closed = post(close, vec![("confirm", MANAGER_B.into())])
        .await
        .unwrap();
    assert_eq!(closed.status(), 303);
    assert_eq!(closed.headers()["location"], "/users");
    let gone = browser.get(app.url(&page_path)).send().await.unwrap();
    assert_eq!(gone.status(), 404);
    let sign_in = json!({"email": MANAGER_B, "password": crate::support::PASSWORD});
    let refused = app
        .call(Method::POST, "/api/v1/auth/token", None, Some(&sign_in))
        .await;
    assert_eq!(refused.status, 401, "{}", refused.text);
    let audit = app.get("/api/v1/audit", &admin).await;
    assert!(
        actions(&audit.body).contains(&"account_erased".to_string()),
        "{}",
        audit.text
    );

    // Through the API as well; the last admin stays.
    let member = account_id(&app, &admin, MEMBER_A1).await;
    assert_eq!(
        app.delete(&format!("/api/v1/users/{member}"), &admin)
            .await
            .status,
        204
    );
    let me = account_id(&app, &admin, ADMIN).await;
    assert_eq!(
        app.delete(&format!("/api/v1/users/{me}"), &admin)
            .await
            .status,
        409
    );
}

/// Someone whose display name is the same as A1's member's ("founder").
struct NamesakeOfMember {
    id: i64,
    token: String,
}

impl NamesakeOfMember {
    /// Arrives as a manager of `organisation`.
    async fn arrive(app: &TestApp, organisation: i64) -> Self {
        let email = "founder@incubator-b.example";
        let id = add_account(&app.db, email, Role::Manager, Some(organisation), None).await;
        Self {
            id,
            token: app.token(email).await,
        }
    }
}

/// The tokens of the other sides of A1's meeting requests, once each has
/// been told by notification.
struct MeetingRequests {
    b1: String,
    b2: String,
}

/// Incubator B holds a matchmaking event. A1 asks B2 for a meeting with a
/// message, accepts incubator A's request with a message, and lets B1's
/// request expire: each time the other side is notified, by name.
async fn meeting_requests(app: &TestApp, f: &Fixture) -> MeetingRequests {
    add_account(
        &app.db,
        "member@bergen-fish.example",
        Role::Sme,
        None,
        Some(f.net.sme_b1),
    )
    .await;
    let created = app
        .post(
            "/api/v1/events",
            &f.manager_b,
            json!({"title": "Blue Food B2B Day", "format": "onsite", "venue": "Bergen",
                   "time_zone": "Europe/Oslo", "tables": 2, "max_meetings": 3,
                   "request_expiry_hours": 48}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let event = created.body["id"].as_i64().unwrap();
    let mut registered = Vec::new();
    for email in [
        MEMBER_A1,
        MEMBER_B2,
        "member@bergen-fish.example",
        MANAGER_A,
    ] {
        let token = app.token(email).await;
        let reply = app
            .post(
                &format!("/api/v1/events/{event}/registrations"),
                &token,
                json!({"attendance": "onsite"}),
            )
            .await;
        assert_eq!(reply.status, 201, "{}", reply.text);
        registered.push((token, reply.body["id"].as_i64().unwrap()));
    }
    let [a1, b2, b1, org_a] = &registered[..] else {
        unreachable!()
    };
    let request = |from: &(String, i64), to: &(String, i64), message: &str| {
        let (token, to) = (from.0.clone(), to.1);
        let body = json!({"to": to, "message": message});
        async move {
            let reply = app
                .post(&format!("/api/v1/events/{event}/requests"), &token, body)
                .await;
            assert_eq!(reply.status, 201, "{}", reply.text);
            reply.body["id"].as_i64().unwrap()
        }
    };
    request(a1, b2, "Jens Hansen brings the prototype").await;
    let asked = request(org_a, a1, "Shall we meet?").await;
    let answered = app
        .post(
            &format!("/api/v1/meeting-requests/{asked}/answer"),
            &a1.0,
            json!({"answer": "accept", "message": "Ask for Hansen"}),
        )
        .await;
    assert_eq!(answered.status, 200, "{}", answered.text);
    let expiring = request(b1, a1, "").await;
    let expired = Query::update()
        .table(Alias::new("meeting_requests"))
        .value(
            Alias::new("expires_at"),
            chrono::Utc::now() - chrono::Duration::seconds(1),
        )
        .and_where(Expr::col(Alias::new("id")).eq(expiring))
        .to_owned();
    app.db.execute(&expired).await.unwrap();
    let told = landfall::matchmaking::operations::events::notify_expired_requests(&app.db)
        .await
        .unwrap();
    assert_eq!(told, 1);
    MeetingRequests {
        b1: b1.0.clone(),
        b2: b2.0.clone(),
    }
}

/// A1 offers a profile that its incubator must review, B2 asks to be
/// introduced through it and A1 accepts; A1 asks to be introduced through
/// B2's profile. Each time the other side is notified, naming A1 and quoting
/// its title or its message; then A1 renames its profile. Returns B2's
/// member's token.
async fn introductions(app: &TestApp, f: &Fixture, member_a1: &str) -> String {
    let member_b2 = app.token(MEMBER_B2).await;
    let offer = |owner: i64, title: &str| {
        json!({"owner": format!("sme:{owner}"), "type": "business_offer", "title": title,
               "description": "We are looking for long-term partners in the Nordics.", "sectors": ["J62.01"],
               "keywords": [], "target_countries": [], "stage": "market_ready",
               "contact_name": "Contact", "contact_email": "contact@example.org",
               "contact_phone": "", "submit": true})
    };
    let mut ids = Vec::new();
    for (token, owner, reviewer, title) in [
        (
            member_a1,
            f.net.sme_a1,
            &f.manager_a,
            "Hansen's route planner",
        ),
        (&member_b2, f.net.sme_b2, &f.manager_b, "Sensors for boats"),
    ] {
        let made = app
            .post("/api/v1/profiles", token, offer(owner, title))
            .await;
        assert_eq!(made.status, 201, "{}", made.text);
        let id = made.body["id"].as_i64().unwrap();
        let approved = app
            .post(
                &format!("/api/v1/profiles/{id}/actions"),
                reviewer,
                json!({"action": "approve"}),
            )
            .await;
        assert_eq!(approved.status, 200, "{}", approved.text);
        ids.push(id);
    }
    let ask = |token: &str, profile: i64, message: &str| {
        let (token, body) = (token.to_string(), json!({"message": message}));
        async move {
            let asked = app
                .post(
                    &format!("/api/v1/profiles/{profile}/introductions"),
                    &token,
                    body,
                )
                .await;
            assert_eq!(asked.status, 201, "{}", asked.text);
            asked.body["id"].as_i64().unwrap()
        }
    };
    let asked = ask(&member_b2, ids[0], "We would like to meet you").await;
    let accepted = app
        .post(
            &format!("/api/v1/introductions/{asked}/answer"),
            member_a1,
            json!({"accept": true}),
        )
        .await;
    assert_eq!(accepted.status, 200, "{}", accepted.text);
    ask(member_a1, ids[1], "Jens Hansen would like to talk").await;
    // Renamed since: the notices written before quote the old title.
    let renamed = app
        .patch(
            &format!("/api/v1/profiles/{}", ids[0]),
            member_a1,
            json!({"title": "Route planner for fleets"}),
        )
        .await;
    assert_eq!(renamed.status, 200, "{}", renamed.text);
    member_b2
}

/// The recorded sign-in attempts, as rows.
async fn attempts(app: &TestApp) -> Vec<Value> {
    landfall::privacy::schema::all_rows(&app.db, "login_attempts")
        .await
        .unwrap()
}

async fn erasure_removes_names_and_keeps_the_indicators(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let a1 = f.net.sme_a1;
    let outcome = record(
        &app,
        &f.manager_a,
        json!({"sme_id": a1, "kind": "partnership", "occurred_on": today(), "country": "NO",
               "counterparty_name": "Hansen Fiskeri AS", "evidence_text": "Signed by Jens Hansen",
               "programme_id": f.programme}),
    )
    .await;
    record(
        &app,
        &f.manager_a,
        json!({"sme_id": a1, "kind": "export_start", "occurred_on": today(), "country": "NO",
               "value_cents": 250_000, "evidence_text": "Invoice 7 to Jens Hansen"}),
    )
    .await;
    // Yearly figures, corrected by the SME's own member with a reason.
    let member = app.token(MEMBER_A1).await;
    let member_id = app.get("/api/v1/me", &member).await.body["id"]
        .as_i64()
        .unwrap();
    for body in [
        json!({"year": 2025, "employees": 12}),
        json!({"year": 2025, "employees": 14, "reason": "miscounted, ask Ola on +45 1234 5678"}),
    ] {
        let put = app
            .put(&format!("/api/v1/smes/{a1}/figures"), &member, body)
            .await;
        assert_eq!(put.status, 200, "{}", put.text);
    }
    // A record of another SME that names A1 as its customer belongs to that
    // SME: A1's own data holds its records, not B1's.
    record(
        &app,
        &f.manager_b,
        json!({"sme_id": f.net.sme_b1, "kind": "contract", "occurred_on": today(),
               "counterparty_sme_id": a1, "value_cents": 9_900, "evidence_text": "Bergen's order book"}),
    )
    .await;
    // A namesake: a manager at B whose display name is "founder", like
    // A1's member's. Their record, their download and their step in A1's
    // journey keep their name.
    let namesake = NamesakeOfMember::arrive(&app, f.net.incubator_b).await;
    let theirs = record(
        &app,
        &namesake.token,
        json!({"sme_id": f.net.sme_b1, "kind": "export_start", "occurred_on": today(),
               "country": "DK", "value_cents": 1_000, "evidence_text": "Invoice 12"}),
    )
    .await;
    let download = app
        .get(
            &format!("/smes/{}/results?table=records&format=csv", f.net.sme_b1),
            &namesake.token,
        )
        .await;
    assert_eq!(download.status, 200, "{}", download.text);
    // A1's results downloaded: the log's summary names the company.
    let download = app
        .get(
            &format!("/smes/{a1}/results?table=records&format=csv"),
            &f.manager_a,
        )
        .await;
    assert_eq!(download.status, 200, "{}", download.text);
    // Its journey: notes and outputs of a step, a reason to skip one.
    let journey = |step: &str| format!("/api/v1/participants/{}/journey/{step}", f.a1);
    for (token, step, body) in [
        (
            &f.manager_a,
            "workshop_1",
            json!({"action": "complete", "date": today()}),
        ),
        (
            &f.manager_a,
            "workshop_1",
            json!({"action": "record", "notes": "Jens Hansen runs sales",
                   "outputs": "Hansen's market plan"}),
        ),
        (
            &namesake.token,
            "study_trip",
            json!({"action": "skip", "reason": "Hansen toured Bergen in May"}),
        ),
    ] {
        let reply = app.post(&journey(step), token, body).await;
        assert_eq!(reply.status, 200, "{}", reply.text);
    }
    let meetings = meeting_requests(&app, &f).await;
    let member_b2 = introductions(&app, &f, &member).await;

    let export = app.get("/api/v1/me/export", &member).await;
    assert_eq!(export.status, 200, "{}", export.text);
    assert!(
        export.text.contains("Signed by Jens Hansen"),
        "its own records: {}",
        export.text
    );
    assert!(
        !export.text.contains("Bergen's order book"),
        "not the records that name it: {}",
        export.text
    );
    let kpis = format!("/api/v1/programmes/{}/kpis", f.programme);
    let before = app.get(&kpis, &f.admin).await;
    assert_eq!(before.status, 200, "{}", before.text);

    // Failed sign-ins and a password reset asked for, with the member's
    // address (and someone else's failed sign-in, which stays).
    for email in [MEMBER_A1, MANAGER_B] {
        let failed = app
            .call(
                Method::POST,
                "/api/v1/auth/token",
                None,
                Some(&json!({"email": email, "password": "not the password"})),
            )
            .await;
        assert_eq!(failed.status, 401, "{}", failed.text);
    }
    let browser = crate::support::browser();
    let form = crate::support::text(&browser, &app.url("/password/forgot")).await;
    let csrf = crate::support::hidden_field(&form, "_csrf").unwrap();
    let asked = browser
        .post(app.url("/password/forgot"))
        .form(&[("email", MEMBER_A1), ("_csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(asked.status(), 200);
    assert_eq!(attempts(&app).await.len(), 3);

    assert_eq!(
        app.post(&format!("/api/v1/smes/{a1}/erase"), &f.manager_a, json!({}))
            .await
            .status,
        403
    );
    let erased = app
        .post(&format!("/api/v1/smes/{a1}/erase"), &f.admin, json!({}))
        .await;
    assert_eq!(erased.status, 200, "{}", erased.text);
    assert_eq!(erased.body["accounts_closed"], 1);
    assert_eq!(erased.body["records_cleaned"], 2);

    // The indicators, with their breakdowns and trends, are unchanged.
    let after = app.get(&kpis, &f.admin).await;
    assert_eq!(after.body["items"], before.body["items"]);

    // Nothing names the company or the people behind it any more.
    assert_eq!(
        app.get("/api/v1/me", &member).await.status,
        401,
        "its member's account is closed"
    );
    let sme = app.get(&format!("/api/v1/smes/{a1}"), &f.admin).await;
    assert_eq!(sme.body["name"], format!("Erased SME #{a1}"));
    assert_eq!(sme.body["country"], "DK");
    assert!(
        !sme.text.contains(SECRET) && !sme.text.contains("Ola Founder"),
        "{}",
        sme.text
    );
    let search = app.get("/api/v1/smes?q=Alpha", &f.admin).await;
    assert_eq!(search.body["total"], 0, "{}", search.text);
    let record = app
        .get(&format!("/api/v1/outcomes/{outcome}"), &f.admin)
        .await;
    assert!(!record.text.contains("Hansen"), "{}", record.text);
    let history = app
        .get(&format!("/api/v1/outcomes/{outcome}/history"), &f.admin)
        .await;
    assert_eq!(history.status, 200, "{}", history.text);
    assert!(!history.text.contains("Hansen"), "{}", history.text);
    // Nor does anything anywhere in the database: every row of every table.
    let tables = landfall::privacy::schema::columns(&app.db).await.unwrap();
    assert!(tables.contains_key("sme_figure_revisions"), "{tables:?}");
    for table in tables.keys() {
        let rows = landfall::privacy::schema::all_rows(&app.db, table)
            .await
            .unwrap();
        let text = serde_json::to_string(&rows).unwrap();
        for trace in ["Alpha Software", "sme-a1.example", "Hansen", "+45 1234"] {
            assert!(!text.contains(trace), "{trace} is still in {table}: {text}");
        }
    }
    // The other side's notifications name no one and quote nothing.
    for (token, kind, kept) in [
        (&meetings.b2, "meeting_request", "Blue Food B2B Day"),
        (&f.manager_a, "meeting_answer", "Blue Food B2B Day"),
        (&meetings.b1, "request_expired", "Blue Food B2B Day"),
        (&member_b2, "introduction_request", "“Sensors for boats”"),
        (&member_b2, "introduction_answer", "“…”"),
        (&f.manager_a, "profile_submitted", "“…”"),
    ] {
        let notices = app.get("/api/v1/notifications", token).await;
        let notice = notices.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} in {}", notices.text));
        for part in ["subject", "body"] {
            assert!(
                notice[part]
                    .as_str()
                    .unwrap()
                    .contains(&format!("Erased SME #{a1}")),
                "{notice}"
            );
        }
        let body = notice["body"].as_str().unwrap();
        assert!(body.contains(kept), "{body}");
        for message in ["brings the prototype", "Ask for", "Hansen", "like to talk"] {
            assert!(!body.contains(message), "{body}");
        }
    }
    // Only the erased member's sign-in attempts are gone.
    let left = attempts(&app).await;
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0]["email"], MANAGER_B);
    // The namesake's records, download and journey step keep their name;
    // the erased member's do not.
    let outcome_row = landfall::privacy::schema::rows_where(&app.db, "outcomes", "id", &[theirs])
        .await
        .unwrap();
    assert_eq!(
        outcome_row[0]["recorded_by_name"], "founder",
        "{outcome_row:?}"
    );
    let steps = app
        .get(&format!("/api/v1/participants/{}/history", f.a1), &f.admin)
        .await;
    assert_eq!(steps.status, 200, "{}", steps.text);
    assert!(
        steps.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["actor"] == "founder" && e["reason"] == ""),
        "{}",
        steps.text
    );
    let log = app.get("/api/v1/audit?limit=100", &f.admin).await;
    let by = |user: i64| -> Vec<String> {
        log.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["actor_user_id"] == user)
            .map(|e| e["actor_name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(by(namesake.id), ["founder"], "{}", log.text);
    assert!(
        !by(member_id).is_empty()
            && by(member_id)
                .iter()
                .all(|n| *n == format!("Erased account #{member_id}")),
        "{}",
        log.text
    );
    let audit = app.get("/api/v1/audit?action=sme_erased", &f.admin).await;
    assert_eq!(audit.body["total"], 1);
    assert!(
        !audit.text.contains("Alpha"),
        "the log names no one: {}",
        audit.text
    );
}

on_both_backends!(
    sensitive_actions_are_audited_for_admins_only,
    people_download_their_data_and_close_their_accounts,
    closing_an_account_takes_the_name_out_of_invitations_sent,
    the_coordinator_changes_roles_and_closes_accounts,
    erasure_removes_names_and_keeps_the_indicators,
);
