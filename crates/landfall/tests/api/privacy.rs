//! Data protection and the audit log: people download their data, close
//! their accounts, the coordinator erases an SME's personal data while the
//! indicators stay exactly as they were, and sensitive actions are audited
//! for admins only.

use serde_json::{Value, json};

use crate::monitoring::{fixture, record, today};
use crate::on_both_backends;
use crate::support::{ADMIN, Backend, MANAGER_A, MANAGER_B, MEMBER_A1, SECRET, network, spawn};

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
    erasure_removes_names_and_keeps_the_indicators,
);
