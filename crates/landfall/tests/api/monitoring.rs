//! Monitoring through the API and pages: indicator values computed from
//! records against hand counts (with a correction, a retraction and
//! breakdowns), the desk booking that counts as a presence abroad, exports
//! read back, and who may see which records.

use chrono::Utc;
use landfall::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{
    ADMIN, Backend, MANAGER_A, MANAGER_B, MEMBER_A1, MEMBER_B2, Network, TestApp, add_account,
    network, spawn,
};

const MEMBER_B1: &str = "member@bergen-fish.example";

pub(crate) struct Fixture {
    pub(crate) net: Network,
    pub(crate) programme: i64,
    slug: String,
    pub(crate) a1: i64,
    pub(crate) admin: String,
    pub(crate) manager_a: String,
    pub(crate) manager_b: String,
}

pub(crate) fn today() -> String {
    Utc::now().date_naive().to_string()
}

/// A programme between incubators A (DK) and B (NO) with SME a1 going to
/// Norway and SME b1 to Denmark.
pub(crate) async fn fixture(app: &TestApp) -> Fixture {
    let net = network(app).await;
    let admin = app.token(ADMIN).await;
    let created = app
        .post(
            "/api/v1/programmes",
            &admin,
            json!({
                "name": "Skagerrak Landing", "starts_on": "2026-01-01", "ends_on": "2028-12-31",
                "target_participants": 10, "target_partnerships": 4,
                "target_presences": 2, "target_export_starts": 3,
                "partner_ids": [net.incubator_a, net.incubator_b]
            }),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let programme = created.body["id"].as_i64().unwrap();
    let slug = created.body["slug"].as_str().unwrap().to_string();
    let manager_a = app.token(MANAGER_A).await;
    let manager_b = app.token(MANAGER_B).await;
    let cohort = app
        .post(
            &format!("/api/v1/programmes/{programme}/cohorts"),
            &manager_a,
            json!({"name": "First", "starts_on": today()}),
        )
        .await;
    let cohort = cohort.body["id"].as_i64().unwrap();
    let mut ids = Vec::new();
    for (token, sme, host) in [
        (&manager_a, net.sme_a1, net.incubator_b),
        (&manager_b, net.sme_b1, net.incubator_a),
    ] {
        let reply = app
            .post(
                &format!("/api/v1/programmes/{programme}/participants"),
                token,
                json!({"cohort_id": cohort, "sme_id": sme, "host_organisation_id": host}),
            )
            .await;
        assert_eq!(reply.status, 201, "{}", reply.text);
        ids.push(reply.body["id"].as_i64().unwrap());
    }
    Fixture {
        net,
        programme,
        slug,
        a1: ids[0],
        admin,
        manager_a,
        manager_b,
    }
}

pub(crate) async fn record(app: &TestApp, token: &str, body: Value) -> i64 {
    let reply = app.post("/api/v1/outcomes", token, body).await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.body["id"].as_i64().unwrap()
}

/// The coordinator defines an indicator of the fixture's programme; its view.
async fn define(app: &TestApp, f: &Fixture, name: &str, metric: &str, target: i64) -> Value {
    let reply = app
        .post(
            "/api/v1/indicators",
            &f.admin,
            json!({"programme_id": f.programme, "name": name, "metric": metric, "target": target}),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.text);
    reply.body
}

fn kpi<'a>(list: &'a Value, key: &str) -> &'a Value {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["key"] == key)
        .unwrap_or_else(|| panic!("no KPI {key} in {list}"))
}

fn group(kpi: &Value, dimension: &str, key: &str) -> f64 {
    kpi["disaggregations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["dimension"] == dimension)
        .and_then(|d| {
            d["groups"]
                .as_array()
                .unwrap()
                .iter()
                .find(|g| g["key"] == key)
        })
        .map_or(0.0, |g| g["value"].as_f64().unwrap())
}

async fn kpis_are_computed_from_records_with_corrections_and_breakdowns(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let (a1, b1) = (f.net.sme_a1, f.net.sme_b1);
    let partnership_a1 = record(
        &app,
        &f.manager_a,
        json!({"sme_id": a1, "kind": "partnership", "occurred_on": today(), "country": "NO",
               "counterparty_sme_id": b1, "evidence_text": "Signed agreement", "programme_id": f.programme}),
    )
    .await;
    record(
        &app,
        &f.manager_b,
        json!({"sme_id": b1, "kind": "partnership", "occurred_on": today(), "country": "DK",
               "counterparty_name": "Aarhus Water Works", "evidence_url": "https://example.org/agreement"}),
    )
    .await;
    let contract = record(
        &app,
        &f.manager_b,
        json!({"sme_id": b1, "kind": "contract", "occurred_on": today(), "country": "DK",
               "counterparty_name": "Aarhus Water Works", "value_cents": 500_000, "evidence_text": "Contract"}),
    )
    .await;
    record(
        &app,
        &f.manager_b,
        json!({"sme_id": b1, "kind": "export_start", "occurred_on": today(), "country": "DK",
               "value_cents": 120_000, "evidence_text": "First invoice"}),
    )
    .await;
    // A record before the programme's period does not count.
    record(
        &app,
        &f.manager_a,
        json!({"sme_id": a1, "kind": "export_start", "occurred_on": "2025-06-01", "country": "SE",
               "evidence_text": "Old invoice"}),
    )
    .await;

    // The contract's value was wrong: corrected, with the old version kept.
    let corrected = app
        .patch(
            &format!("/api/v1/outcomes/{contract}"),
            &f.manager_b,
            json!({"value_cents": 700_000}),
        )
        .await;
    assert_eq!(corrected.status, 422, "a correction needs a reason");
    assert!(corrected.body["fields"]["reason"].is_string());
    let corrected = app
        .patch(
            &format!("/api/v1/outcomes/{contract}"),
            &f.manager_b,
            json!({"value_cents": 700_000, "reason": "typed in NOK"}),
        )
        .await;
    assert_eq!(corrected.status, 200, "{}", corrected.text);
    assert_eq!(corrected.body["version"], 2);
    // a1's partnership turns out not to be signed after all.
    let retracted = app
        .post(
            &format!("/api/v1/outcomes/{partnership_a1}/retract"),
            &f.manager_a,
            json!({"reason": "never signed"}),
        )
        .await;
    assert_eq!(retracted.status, 200, "{}", retracted.text);
    let history = app
        .get(
            &format!("/api/v1/outcomes/{contract}/history"),
            &f.manager_b,
        )
        .await;
    let versions: Vec<(i64, String, i64)> = history.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["version"].as_i64().unwrap(),
                r["action"].as_str().unwrap().to_string(),
                r["snapshot"]["value_cents"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        versions,
        vec![
            (1, "recorded".into(), 500_000),
            (2, "corrected".into(), 700_000)
        ]
    );
    // The record's page shows what the correction changed.
    let page = crate::support::text(
        &crate::support::signed_in_browser(&app, MANAGER_B).await,
        &app.url(&format!("/outcomes/{contract}")),
    )
    .await;
    let changes: Vec<&str> = page
        .split("<li data-change>")
        .skip(1)
        .map(|item| item.split("</li>").next().unwrap())
        .collect();
    assert_eq!(
        changes,
        ["<strong>Value</strong>: <del>EUR 5,000</del> → <ins>EUR 7,000</ins>"],
        "{page}"
    );
    assert!(page.contains("<td>Corrected</td>"), "{page}");

    let defined = app
        .post(
            "/api/v1/indicators",
            &f.manager_a,
            json!({"programme_id": f.programme, "name": "Contract value", "metric": "value:contract", "target": 1_000_000}),
        )
        .await;
    assert_eq!(defined.status, 201, "{}", defined.text);
    assert_eq!(defined.body["value"], 700_000.0);
    let refused = app
        .post(
            "/api/v1/indicators",
            &f.manager_a,
            json!({"name": "Network thing", "metric": "participants", "target": 5,
                   "period_from": "2026-01-01", "period_to": "2026-12-31"}),
        )
        .await;
    assert_eq!(
        refused.status, 403,
        "network indicators are the coordinator's"
    );
    let invalid = app
        .post(
            "/api/v1/indicators",
            &f.admin,
            json!({"name": "", "metric": "value:partnership", "target": -1}),
        )
        .await;
    assert_eq!(invalid.status, 422);
    for field in ["name", "metric", "target", "period_from"] {
        assert!(
            invalid.body["fields"][field].is_string(),
            "{field}: {}",
            invalid.text
        );
    }

    let kpis = app
        .get(
            &format!("/api/v1/programmes/{}/kpis", f.programme),
            &f.manager_b,
        )
        .await;
    assert_eq!(kpis.status, 200, "{}", kpis.text);
    let body = &kpis.body;
    // Hand count: two participants; one partnership (b1, a1's was retracted);
    // one export start (a1's is before the period); contract 7,000 EUR.
    assert_eq!(kpi(body, "participants")["value"], 2.0);
    assert_eq!(kpi(body, "participants")["target"], 10);
    assert_eq!(kpi(body, "partnerships")["value"], 1.0);
    assert_eq!(kpi(body, "partnerships")["progress"], 25);
    assert_eq!(kpi(body, "export_starts")["value"], 1.0);
    assert_eq!(kpi(body, "presences")["value"], 0.0);
    let custom = body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["name"] == "Contract value")
        .unwrap();
    assert_eq!(custom["value"], 700_000.0);
    assert_eq!(custom["unit"], "eur_cents");
    // Breakdowns: the Norwegian SME holds the partnership, the Danish none.
    let partnerships = kpi(body, "partnerships");
    assert_eq!(group(partnerships, "country", "NO"), 1.0);
    assert_eq!(group(partnerships, "country", "DK"), 0.0);
    assert_eq!(
        group(
            partnerships,
            "home_organisation",
            &f.net.incubator_b.to_string()
        ),
        1.0
    );
    assert_eq!(group(kpi(body, "participants"), "sector", "C"), 1.0);
    assert_eq!(group(kpi(body, "participants"), "sector", "J"), 1.0);

    // The network sees the same records, and also those of SMEs outside
    // every programme, who count for results but are no participants.
    let network = app.get("/api/v1/network/kpis", &f.admin).await;
    assert_eq!(kpi(&network.body, "partnerships")["value"], 1.0);
    assert_eq!(kpi(&network.body, "participants")["value"], 2.0);
    record(
        &app,
        &f.manager_a,
        json!({"sme_id": f.net.sme_a2, "kind": "partnership", "occurred_on": today(), "country": "SE",
               "counterparty_name": "Malmö Port", "evidence_text": "Letter of intent"}),
    )
    .await;
    let network = app.get("/api/v1/network/kpis", &f.admin).await;
    assert_eq!(kpi(&network.body, "partnerships")["value"], 2.0);
    assert_eq!(
        kpi(&network.body, "participants")["value"],
        2.0,
        "{}",
        network.text
    );
    let all = app.get("/api/v1/indicators", &f.admin).await;
    assert_eq!(all.status, 200);
    assert!(all.body["total"].as_u64().unwrap() >= 9);

    // Yearly figures: employment change from the baseline at entry.
    let year = Utc::now()
        .date_naive()
        .format("%Y")
        .to_string()
        .parse::<i64>()
        .unwrap();
    for (y, employees, export_share) in [(year - 1, 10, 10), (year, 14, 25)] {
        let put = app
            .call(
                Method::PUT,
                &format!("/api/v1/smes/{b1}/figures"),
                Some(&f.manager_b),
                Some(&json!({"year": y, "employees": employees, "export_share_pct": export_share})),
            )
            .await;
        assert_eq!(put.status, 200, "{}", put.text);
    }
    let again = app
        .call(
            Method::PUT,
            &format!("/api/v1/smes/{b1}/figures"),
            Some(&f.manager_b),
            Some(&json!({"year": year, "employees": 15})),
        )
        .await;
    assert_eq!(again.status, 422, "changing a year needs a reason");
    let jobs = app
        .post(
            "/api/v1/indicators",
            &f.admin,
            json!({"programme_id": f.programme, "name": "Jobs", "metric": "employment_change", "target": 10}),
        )
        .await;
    assert_eq!(jobs.body["value"], 4.0, "{}", jobs.text);
    // b1's export share rose from 10 % to 25 %; a1 has no figures.
    let exporting_more = app
        .post(
            "/api/v1/indicators",
            &f.admin,
            json!({"programme_id": f.programme, "name": "Exporting more", "metric": "export_share_rise", "target": 2}),
        )
        .await;
    assert_eq!(exporting_more.status, 201, "{}", exporting_more.text);
    assert_eq!(exporting_more.body["value"], 1.0, "{}", exporting_more.text);
    assert_eq!(exporting_more.body["unit"], "smes");
}

async fn a_desk_at_the_host_counts_as_a_presence_abroad(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let desk = app
        .post(
            "/api/v1/desks",
            &f.manager_b,
            json!({"organisation_id": f.net.incubator_b, "name": "Window desk", "kind": "fixed_desk", "capacity": 1, "monthly_price_cents": 35000}),
        )
        .await;
    let desk = desk.body["id"].as_i64().unwrap();
    async fn presences(app: &TestApp, f: &Fixture) -> Value {
        let path = format!("/api/v1/programmes/{}/kpis", f.programme);
        kpi(&app.get(&path, &f.manager_a).await.body, "presences")["value"].clone()
    }
    assert_eq!(presences(&app, &f).await, 0.0);
    let booking = app
        .post(
            "/api/v1/desk-bookings",
            &f.manager_b,
            json!({"desk_id": desk, "participant_id": f.a1, "starts_on": today(), "ends_on": today()}),
        )
        .await;
    assert_eq!(booking.body["status"], "approved", "{}", booking.text);
    assert_eq!(
        presences(&app, &f).await,
        1.0,
        "the approved booking counts by itself"
    );
    // The drill-down names the booking behind the number, and links to the
    // participant's page, which lists it.
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page = crate::support::text(
        &browser,
        &app.url(&format!(
            "/programmes/{}/dashboard/kpis/presences/records?group=country:DK",
            f.programme
        )),
    )
    .await;
    assert!(page.contains("Desks rented at host incubators"), "{page}");
    assert!(page.contains("Alpha Software ApS"));
    let link = format!("/participants/{}#bookings", f.a1);
    assert!(page.contains(&format!("href=\"{link}\"")), "{page}");
    let target = browser.get(app.url(&link)).send().await.unwrap();
    assert_eq!(target.status(), 200);
    assert!(target.text().await.unwrap().contains("Window desk"));
    // A booking that is cancelled no longer counts: nothing is left behind.
    let cancelled = app
        .post(
            &format!("/api/v1/desk-bookings/{}/decision", booking.body["id"]),
            &f.manager_b,
            json!({"decision": "cancel"}),
        )
        .await;
    assert_eq!(cancelled.status, 200, "{}", cancelled.text);
    assert_eq!(presences(&app, &f).await, 0.0);
}

async fn exports_read_back_match_the_records(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    for (kind, value) in [("contract", 1_234_550), ("export_start", 99_900)] {
        record(
            &app,
            &f.manager_b,
            json!({"sme_id": f.net.sme_b1, "kind": kind, "occurred_on": today(), "country": "DK",
                   "counterparty_name": "Kattegat Food Partners, \"Nord\"", "value_cents": value,
                   "evidence_text": "Signed; scanned"}),
        )
        .await;
    }
    let listed = app.get("/api/v1/outcomes", &f.manager_b).await;
    assert_eq!(listed.body["total"], 2);

    let download = |format: &'static str| {
        let url = app.url(&format!("/outcomes?format={format}"));
        let token = f.manager_b.clone();
        async move {
            let response = reqwest::Client::new()
                .get(url)
                .bearer_auth(token)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
            let disposition = response.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .to_string();
            assert!(disposition.contains(&format!("outcome-records.{format}")));
            response.bytes().await.unwrap().to_vec()
        }
    };
    let csv_bytes = download("csv").await;
    let mut reader = csv::Reader::from_reader(csv_bytes.as_slice());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[1], "SME");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let api_items = listed.body["items"].as_array().unwrap();
    for (row, item) in rows.iter().zip(api_items) {
        assert_eq!(row[0], item["id"].to_string());
        assert_eq!(&row[1], "Bergen Fish AS");
        assert_eq!(&row[5], "Kattegat Food Partners, \"Nord\"");
        let cents = item["value_cents"].as_i64().unwrap();
        assert_eq!(row[6], format!("{}.{:02}", cents / 100, cents % 100));
    }

    use calamine::{Data, Reader, Xlsx};
    let xlsx = download("xlsx").await;
    let mut book = Xlsx::new(std::io::Cursor::new(xlsx)).unwrap();
    let sheet = book.worksheet_range("Outcome records").unwrap();
    let cells: Vec<Vec<Data>> = sheet.rows().map(<[Data]>::to_vec).collect();
    assert_eq!(cells.len(), 3);
    assert_eq!(cells[0][2], Data::String("Kind".into()));
    for (row, item) in cells[1..].iter().zip(api_items) {
        let cents = item["value_cents"].as_i64().unwrap();
        #[allow(clippy::cast_precision_loss)]
        let euros = cents as f64 / 100.0;
        assert_eq!(row[6], Data::Float(euros));
        assert_eq!(
            row[2],
            Data::String(if item["kind"] == "contract" {
                "Commercial contract".into()
            } else {
                "Export initiated".into()
            })
        );
    }

    // The indicator table export carries the values the dashboard shows.
    let response = reqwest::Client::new()
        .get(app.url(&format!(
            "/programmes/{}/dashboard/kpis/export?format=csv",
            f.programme
        )))
        .bearer_auth(&f.manager_b)
        .send()
        .await
        .unwrap();
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let export_starts = rows
        .iter()
        .find(|r| &r[0] == "SMEs that started to export")
        .unwrap();
    assert_eq!(&export_starts[2], "1");
    assert_eq!(&export_starts[4], "3");
    let response = reqwest::Client::new()
        .get(app.url(&format!(
            "/programmes/{}/dashboard/kpis/export?format=xlsx",
            f.programme
        )))
        .bearer_auth(&f.manager_b)
        .send()
        .await
        .unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(response.bytes().await.unwrap())).unwrap();
    let first = book.sheet_names()[0].clone();
    let sheet = book.worksheet_range(&first).unwrap();
    let cells: Vec<Vec<Data>> = sheet.rows().map(<[Data]>::to_vec).collect();
    assert_eq!(cells.len(), rows.len() + 1, "the same rows as the CSV");
    let export_starts = cells
        .iter()
        .find(|r| r[0] == Data::String("SMEs that started to export".into()))
        .unwrap();
    assert_eq!(export_starts[2], Data::Float(1.0));
    assert_eq!(export_starts[4], Data::Float(3.0));

    // The printed report shows each indicator's trend as a chart and a table.
    let report = crate::support::text(
        &crate::support::signed_in_browser(&app, MANAGER_B).await,
        &app.url(&format!("/programmes/{}/report", f.programme)),
    )
    .await;
    let quarter = chrono::Datelike::month(&Utc::now().date_naive()).div_ceil(3);
    let year = chrono::Datelike::year(&Utc::now().date_naive());
    let export_section = report
        .split("<h2>SMEs that started to export</h2>")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .expect("the report has a section per indicator");
    assert!(export_section.contains("<svg"), "{export_section}");
    assert!(
        export_section.contains(&format!(
            r#"<th scope="row">{year} Q{quarter}</th><td class="num">1</td>"#
        )),
        "{export_section}"
    );
    let dashboard = crate::support::text(
        &crate::support::signed_in_browser(&app, MANAGER_B).await,
        &app.url(&format!("/programmes/{}/dashboard", f.programme)),
    )
    .await;
    let cell = dashboard
        .split(r#"data-kpi="export_starts">"#)
        .nth(1)
        .and_then(|rest| rest.split("</td>").next())
        .expect("the dashboard shows the export starts");
    assert!(
        cell.starts_with(&format!(
            r#"<a href="/programmes/{}/dashboard/kpis/export_starts/records""#,
            f.programme
        )) && cell.ends_with(">1</a>"),
        "the number leads to the records behind it: {cell}"
    );
    assert!(
        dashboard.contains("<svg"),
        "the chart is drawn on the server"
    );
}

async fn records_are_private_and_public_pages_show_only_aggregates(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    add_account(&app.db, MEMBER_B1, Role::Sme, None, Some(f.net.sme_b1)).await;
    let member_a1 = app.token(MEMBER_A1).await;
    let member_b2 = app.token(MEMBER_B2).await;
    let member_b1 = app.token(MEMBER_B1).await;
    // An SME records its own result; it cannot record for another.
    let own = record(
        &app,
        &member_a1,
        json!({"sme_id": f.net.sme_a1, "kind": "contract", "occurred_on": today(),
               "counterparty_name": "Secret Customer AS", "value_cents": 100_000, "evidence_text": "PO 17"}),
    )
    .await;
    let foreign = app
        .post(
            "/api/v1/outcomes",
            &member_a1,
            json!({"sme_id": f.net.sme_b1, "kind": "contract", "occurred_on": today(),
                   "counterparty_name": "X", "value_cents": 1, "evidence_text": "x"}),
        )
        .await;
    assert_eq!(foreign.status, 403);
    // An SME it may not see (B2 is private to its home) is, as a counterparty,
    // the same as one that does not exist: its name is not copied in, and the
    // answer does not tell that it exists.
    let mut refusals = Vec::new();
    for counterparty in [f.net.sme_b2, f.net.sme_b2 + 1000] {
        let named = app
            .post(
                "/api/v1/outcomes",
                &member_a1,
                json!({"sme_id": f.net.sme_a1, "kind": "partnership", "occurred_on": today(),
                       "counterparty_sme_id": counterparty, "evidence_text": "x"}),
            )
            .await;
        assert_eq!(named.status, 422, "{}", named.text);
        assert!(!named.text.contains("Boreal"), "{}", named.text);
        refusals.push(named.body["fields"]["counterparty_sme_id"].clone());
    }
    assert!(refusals[0].is_string());
    assert_eq!(refusals[0], refusals[1]);
    // The SME lists and reads its own record.
    let mine = app.get("/api/v1/outcomes", &member_a1).await;
    assert_eq!(mine.body["total"], 1);
    assert_eq!(mine.body["items"][0]["id"], own);
    assert_eq!(
        app.get(&format!("/api/v1/outcomes/{own}"), &member_a1)
            .await
            .status,
        200
    );
    // Another SME, even in the same programme, sees nothing of it.
    for token in [&member_b2, &member_b1] {
        assert_eq!(
            app.get(&format!("/api/v1/outcomes/{own}"), token)
                .await
                .status,
            404
        );
        assert_eq!(app.get("/api/v1/outcomes", token).await.body["total"], 0);
    }
    // The host abroad follows the participant and sees it; the home sees it.
    assert_eq!(
        app.get(&format!("/api/v1/outcomes/{own}"), &f.manager_b)
            .await
            .status,
        200
    );
    assert_eq!(
        app.get(&format!("/api/v1/outcomes/{own}"), &f.manager_a)
            .await
            .status,
        200
    );
    // Both list it: the home looks after the SME, the host was granted it.
    // A record of an SME at home only is listed at home only.
    let at_home = record(
        &app,
        &f.manager_a,
        json!({"sme_id": f.net.sme_a2, "kind": "contract", "occurred_on": today(),
               "counterparty_name": "Home Customer", "value_cents": 1, "evidence_text": "x"}),
    )
    .await;
    for (manager, sees_home_only) in [(&f.manager_a, true), (&f.manager_b, false)] {
        let listed = app.get("/api/v1/outcomes", manager).await;
        let ids: Vec<i64> = listed.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_i64().unwrap())
            .collect();
        assert!(ids.contains(&own), "{ids:?}");
        assert_eq!(ids.contains(&at_home), sees_home_only, "{ids:?}");
    }
    // Only the SME's own side corrects; the host may not (it did not record it).
    let changed = app
        .patch(
            &format!("/api/v1/outcomes/{own}"),
            &f.manager_b,
            json!({"value_cents": 5, "reason": "mine now"}),
        )
        .await;
    assert_eq!(changed.status, 403);
    // Nor does its page offer the host a correction or a retraction.
    let host = crate::support::signed_in_browser(&app, MANAGER_B).await;
    let page = crate::support::text(&host, &app.url(&format!("/outcomes/{own}"))).await;
    assert!(page.contains("Secret Customer AS"));
    assert!(!page.contains(&format!("/outcomes/{own}/edit")));
    assert!(!page.contains(&format!("/outcomes/{own}/retract")));
    let edit = host
        .get(app.url(&format!("/outcomes/{own}/edit")))
        .send()
        .await
        .unwrap();
    assert_eq!(edit.status(), 403);
    let home = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page = crate::support::text(&home, &app.url(&format!("/outcomes/{own}"))).await;
    assert!(page.contains(&format!("/outcomes/{own}/edit")));
    assert!(page.contains(&format!("/outcomes/{own}/retract")));
    // A manager of an unrelated SME's home sees none of a2's records.
    let a2_record = record(
        &app,
        &f.manager_a,
        json!({"sme_id": f.net.sme_a2, "kind": "collaboration", "occurred_on": today(),
               "counterparty_name": "Lab", "evidence_text": "MoU"}),
    )
    .await;
    assert_eq!(
        app.get(&format!("/api/v1/outcomes/{a2_record}"), &f.manager_b)
            .await
            .status,
        404
    );
    let figures = app
        .get(
            &format!("/api/v1/smes/{}/figures", f.net.sme_a2),
            &f.manager_b,
        )
        .await;
    assert_eq!(figures.status, 404);
    // Drill-down from an aggregate shows only what the viewer may see.
    let browser = crate::support::signed_in_browser(&app, MEMBER_B2).await;
    let page =
        crate::support::text(&browser, &app.url("/monitoring/kpis/partnerships/records")).await;
    assert!(!page.contains("Secret Customer"));
    // The public results page needs no login and names no company.
    let public = reqwest::get(app.url(&format!("/results/{}", f.slug)))
        .await
        .unwrap();
    assert_eq!(public.status(), 200);
    let html = public.text().await.unwrap();
    assert!(html.contains("Skagerrak Landing"));
    assert!(html.contains("SMEs taking part"));
    for name in ["Alpha Software", "Bergen Fish", "Secret Customer"] {
        assert!(!html.contains(name), "{name} on the public page");
    }
    // Records themselves are never public.
    let anonymous = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url(&format!("/outcomes/{own}")))
        .send()
        .await
        .unwrap();
    assert_ne!(anonymous.status(), 200);
    assert!(!anonymous.text().await.unwrap().contains("Secret Customer"));
    assert_eq!(
        app.call(Method::GET, "/api/v1/outcomes", None, None)
            .await
            .status,
        401
    );
}

/// A sum of money made of one or two SMEs the reader may not see is that
/// SME's figure: it is withheld from them (API, pages, public results), while
/// those who see every record behind it read it whole; with three unseen SMEs
/// behind it, everyone reads it, but a group of one or two stays withheld.
async fn sums_of_one_or_two_unseen_smes_are_withheld(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let member_a1 = app.token(MEMBER_A1).await;
    let defined = define(&app, &f, "Contract value", "value:contract", 1_000_000).await;
    let key = defined["key"].as_str().unwrap().to_string();
    let contract = |sme: i64, cents: i64| {
        json!({"sme_id": sme, "kind": "contract", "occurred_on": today(),
               "counterparty_name": "Customer", "value_cents": cents, "evidence_text": "PO"})
    };
    record(&app, &member_a1, contract(f.net.sme_a1, 100_000)).await;
    record(&app, &f.manager_b, contract(f.net.sme_b1, 250_000)).await;
    let kpis_path = format!("/api/v1/programmes/{}/kpis", f.programme);
    let read = |token: String| {
        let (app, path, key) = (&app, kpis_path.clone(), key.clone());
        async move {
            let list = app.get(&path, &token).await;
            assert_eq!(list.status, 200, "{}", list.text);
            kpi(&list.body, &key).clone()
        }
    };
    let groups = |kpi: &Value, dimension: &str| -> Vec<(String, Value)> {
        kpi["disaggregations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["dimension"] == dimension)
            .unwrap()["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| (g["key"].as_str().unwrap().to_string(), g["value"].clone()))
            .collect()
    };
    // The coordinator and both incubators (home of one, host of the other)
    // see both records: the sum is theirs to read.
    for token in [&f.admin, &f.manager_a, &f.manager_b] {
        let value = read(token.clone()).await;
        assert_eq!(value["withheld"], false, "{value}");
        assert_eq!(value["value"], 350_000.0);
        assert_eq!(value["progress"], 35);
    }
    // A1's member sees its own record only: the total would be B1's contract
    // plus its own, so it is withheld, and so is the Norwegian group (B1
    // alone) and the last quarter of the trend; its own group stays.
    let value = read(member_a1.clone()).await;
    assert_eq!(value["withheld"], true, "{value}");
    assert!(value["value"].is_null() && value["count"].is_null());
    assert!(value["progress"].is_null());
    assert_eq!(
        groups(&value, "country"),
        vec![
            ("DK".to_string(), json!(100_000.0)),
            ("NO".to_string(), Value::Null)
        ]
    );
    let trend = value["trend"].as_array().unwrap();
    assert!(trend.last().unwrap()["value"].is_null(), "{value}");
    // Pages say the same, and why.
    let browser = crate::support::signed_in_browser(&app, MEMBER_A1).await;
    let base = format!("/programmes/{}/dashboard", f.programme);
    for path in [
        base.clone(),
        format!("{base}/kpis/{key}"),
        format!("{base}/kpis/{key}/records?group=country:NO"),
    ] {
        let page = crate::support::text(&browser, &app.url(&path)).await;
        assert!(page.contains("data-withheld-note"), "{path}: {page}");
        assert!(!page.contains("3,500") && !page.contains("2,500"), "{path}");
    }
    // A day no number of the dashboard stands at could be subtracted from
    // another: any unseen SME behind it withholds it.
    let yesterday = (Utc::now().date_naive() - chrono::Duration::days(1)).to_string();
    let page = crate::support::text(
        &browser,
        &app.url(&format!("{base}/kpis/{key}/records?as_of={yesterday}")),
    )
    .await;
    assert!(
        !page.contains("data-withheld-note"),
        "nothing behind it yet"
    );
    // The public reads no one's records: the page withholds the sum.
    let public = crate::support::text(
        &reqwest::Client::new(),
        &app.url(&format!("/results/{}", f.slug)),
    )
    .await;
    assert!(public.contains("data-withheld-note"));
    assert!(!public.contains("3,500") && !public.contains("2,500"));

    // Two more SMEs join and sign contracts: three SMEs A1's member may not
    // see are behind the total now, and everyone reads it.
    let cohorts = app
        .get(
            &format!("/api/v1/programmes/{}/cohorts", f.programme),
            &f.admin,
        )
        .await;
    let cohort = cohorts.body["items"][0]["id"].as_i64().unwrap();
    for (token, sme, host, cents) in [
        (&f.manager_a, f.net.sme_a2, f.net.incubator_b, 40_000),
        (&f.manager_b, f.net.sme_b2, f.net.incubator_a, 60_000),
    ] {
        let joined = app
            .post(
                &format!("/api/v1/programmes/{}/participants", f.programme),
                token,
                json!({"cohort_id": cohort, "sme_id": sme, "host_organisation_id": host}),
            )
            .await;
        assert_eq!(joined.status, 201, "{}", joined.text);
        record(&app, token, contract(sme, cents)).await;
    }
    let value = read(member_a1.clone()).await;
    assert_eq!(value["withheld"], false, "{value}");
    assert_eq!(value["value"], 450_000.0);
    // Denmark is A1 and A2 (one unseen), Norway B1 and B2 (two unseen):
    // both withheld, together hiding three.
    assert_eq!(
        groups(&value, "country"),
        vec![
            ("DK".to_string(), Value::Null),
            ("NO".to_string(), Value::Null)
        ]
    );
    let public = crate::support::text(
        &reqwest::Client::new(),
        &app.url(&format!("/results/{}", f.slug)),
    )
    .await;
    assert!(!public.contains("data-withheld-note"));
    assert!(public.contains("EUR 4,500"), "{public}");
}

/// Through the API an evidence file is attached to a record as a correction
/// with its reason; the file downloads back as it was sent.
async fn evidence_files_are_attached_through_the_api(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let id = record(
        &app,
        &f.manager_a,
        json!({"sme_id": f.net.sme_a1, "kind": "contract", "occurred_on": today(),
               "counterparty_name": "Fjord Retail AS", "value_cents": 120_000, "evidence_text": "Signed"}),
    )
    .await;
    let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .to_vec();
    let attach = |token: String, bytes: Vec<u8>, name: &'static str, reason: &'static str| {
        let url = app.url(&format!("/api/v1/outcomes/{id}/evidence"));
        async move {
            let form = reqwest::multipart::Form::new()
                .part(
                    "evidence_file",
                    reqwest::multipart::Part::bytes(bytes).file_name(name),
                )
                .text("reason", reason);
            let response = reqwest::Client::new()
                .post(url)
                .bearer_auth(token)
                .multipart(form)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let body: serde_json::Value = response.json().await.unwrap();
            (status, body)
        }
    };
    let (status, body) = attach(f.manager_a.clone(), pdf.clone(), "contract.pdf", "").await;
    assert_eq!(status, 422, "a correction says why: {body}");
    assert!(body["fields"]["reason"].is_string());
    let (status, body) = attach(
        f.manager_a.clone(),
        b"<html><script>alert(1)</script></html>".to_vec(),
        "contract.html",
        "scan",
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body["fields"]["evidence_file"].is_string());
    let member_b2 = app.token(MEMBER_B2).await;
    let (status, _) = attach(member_b2, pdf.clone(), "contract.pdf", "scan").await;
    assert_eq!(status, 404, "another SME does not see the record");
    let (status, body) = attach(
        f.manager_a.clone(),
        pdf.clone(),
        "contract.pdf",
        "signed copy scanned",
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["evidence_file_name"], "contract.pdf");
    assert_eq!(body["version"], 2);
    let history = app
        .get(&format!("/api/v1/outcomes/{id}/history"), &f.manager_a)
        .await;
    assert_eq!(history.body["items"][1]["reason"], "signed copy scanned");
    let file = reqwest::Client::new()
        .get(app.url(&format!("/outcomes/{id}/evidence")))
        .bearer_auth(&f.manager_a)
        .send()
        .await
        .unwrap();
    assert_eq!(file.status(), 200);
    assert_eq!(file.bytes().await.unwrap().to_vec(), pdf);
    // The API takes files as large as the page does (10 MB), not only the
    // 2 MB a request body may have elsewhere; larger ones are refused by name.
    let mut scan = pdf.clone();
    scan.resize(6 * 1024 * 1024, b' ');
    let (status, body) = attach(f.manager_a.clone(), scan, "scan.pdf", "full scan").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["version"], 3);
    let mut huge = pdf.clone();
    huge.resize(11 * 1024 * 1024, b' ');
    let (status, body) = attach(f.manager_a.clone(), huge, "huge.pdf", "too big").await;
    assert_eq!(status, 422, "{body}");
    assert!(body["fields"]["evidence_file"].is_string(), "{body}");
}

async fn bad_records_are_refused_field_by_field(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let reply = app
        .post(
            "/api/v1/outcomes",
            &f.manager_a,
            json!({"sme_id": f.net.sme_a1, "kind": "export_start", "occurred_on": "2999-01-01",
                   "country": "DK", "value_cents": "lots"}),
        )
        .await;
    assert_eq!(reply.status, 422, "{}", reply.text);
    for field in ["occurred_on", "country", "value_cents", "evidence_text"] {
        assert!(
            reply.body["fields"][field].is_string(),
            "{field}: {}",
            reply.text
        );
    }
    assert_eq!(app.get("/api/v1/outcomes", &f.admin).await.body["total"], 0);
    // The HTML form shows the messages again, keeping what was typed.
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let csrf = crate::support::hidden_field(
        &crate::support::text(&browser, &app.url("/outcomes/new")).await,
        "_csrf",
    )
    .unwrap();
    let form = reqwest::multipart::Form::new()
        .text("_csrf", csrf)
        .text("sme_id", f.net.sme_a1.to_string())
        .text("kind", "presence")
        .text("occurred_on", today())
        .text("country", "NO")
        .text("evidence_text", "Office lease");
    let response = browser
        .post(app.url("/outcomes/new"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("say how the SME is present"));
    assert!(html.contains("Office lease"));
}

/// Reasons for retracting and correcting a record and for changing yearly
/// figures are bounded; a reason too long is told as such and nothing changes.
async fn reasons_are_bounded(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let id = record(
        &app,
        &f.manager_a,
        json!({"sme_id": f.net.sme_a1, "kind": "contract", "occurred_on": today(),
               "counterparty_name": "Fjord Retail AS", "value_cents": 120_000, "evidence_text": "Signed"}),
    )
    .await;
    let long = "x".repeat(1_001);
    let retract_path = format!("/api/v1/outcomes/{id}/retract");
    let retract =
        |reason: String| app.post(&retract_path, &f.manager_a, json!({ "reason": reason }));
    let refused = retract(long.clone()).await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert!(
        refused.body["fields"]["reason"]
            .as_str()
            .unwrap()
            .contains("too long"),
        "{}",
        refused.text
    );
    let refused = retract("never\u{0}signed".into()).await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert_eq!(
        refused.body["fields"]["reason"],
        "contains control characters"
    );
    let refused = retract("  ".into()).await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert_eq!(
        refused.body["fields"]["reason"],
        "say why the record is retracted"
    );
    // The record's page shows a refused reason again in its field.
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page = crate::support::text(&browser, &app.url(&format!("/outcomes/{id}"))).await;
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let typed = format!("Counted twice{}", ".".repeat(1_000));
    let on_page = browser
        .post(app.url(&format!("/outcomes/{id}/retract")))
        .form(&[("_csrf", csrf.as_str()), ("reason", typed.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(on_page.status(), 422);
    let html = on_page.text().await.unwrap();
    assert!(html.contains(&format!(r#"value="{typed}""#)), "{html}");
    let refused = app
        .patch(
            &format!("/api/v1/outcomes/{id}"),
            &f.manager_a,
            json!({"value_cents": 130_000, "reason": long}),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert!(
        refused.body["fields"]["reason"]
            .as_str()
            .unwrap()
            .contains("too long"),
        "not a missing reason: {}",
        refused.text
    );
    let history = app
        .get(&format!("/api/v1/outcomes/{id}/history"), &f.manager_a)
        .await;
    assert_eq!(history.body["total"], 1, "{}", history.text);
    let outcome = app
        .get(&format!("/api/v1/outcomes/{id}"), &f.manager_a)
        .await;
    assert_eq!(outcome.body["value_cents"], 120_000);
    assert_eq!(outcome.body["version"], 1);

    let path = format!("/api/v1/smes/{}/figures", f.net.sme_a1);
    let refused = app
        .put(
            &path,
            &f.manager_a,
            json!({"year": 2025, "employees": 12, "reason": long}),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert!(
        refused.body["fields"]["reason"]
            .as_str()
            .unwrap()
            .contains("too long"),
        "{}",
        refused.text
    );
    assert_eq!(app.get(&path, &f.manager_a).await.body["total"], 0);
}

async fn yearly_figures_are_kept_on_the_smes_results_page(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page_url = app.url(&format!("/smes/{}/results", f.net.sme_a1));
    let csrf =
        crate::support::hidden_field(&crate::support::text(&browser, &page_url).await, "_csrf")
            .unwrap();
    let post = |fields: Vec<(&'static str, String)>| {
        let browser = browser.clone();
        let url = app.url(&format!("/smes/{}/figures", f.net.sme_a1));
        async move { browser.post(url).form(&fields).send().await.unwrap() }
    };
    let refused = post(vec![
        ("_csrf", csrf.clone()),
        ("year", "1899".into()),
        ("employees", "many".into()),
    ])
    .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("must be a year from 2000"), "{html}");
    assert!(html.contains("must be a whole number"));
    let saved = post(vec![
        ("_csrf", csrf),
        ("year", "2025".into()),
        ("employees", "17".into()),
        ("turnover_eur", "1,250,000".into()),
    ])
    .await;
    assert_eq!(saved.status(), 303, "back to the page");
    let html = crate::support::text(&browser, &page_url).await;
    assert!(html.contains("<th scope=\"row\">2025</th>"), "{html}");
    assert!(html.contains(">17<"));
    let api = app
        .get(
            &format!("/api/v1/smes/{}/figures", f.net.sme_a1),
            &f.manager_a,
        )
        .await;
    assert_eq!(api.body["items"][0]["turnover_cents"], 125_000_000);
    assert!(!html.contains("data-correction"), "nothing corrected yet");
    // A correction keeps the earlier values, who changed them, when and why.
    let csrf = crate::support::hidden_field(&html, "_csrf").unwrap();
    let corrected = post(vec![
        ("_csrf", csrf),
        ("year", "2025".into()),
        ("employees", "19".into()),
        ("turnover_eur", "1,250,000".into()),
        ("reason", "two apprentices were left out".into()),
    ])
    .await;
    assert_eq!(corrected.status(), 303);
    let html = crate::support::text(&browser, &page_url).await;
    let row = html
        .split("<tr data-correction>")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .unwrap_or_else(|| panic!("no correction shown: {html}"));
    assert!(row.contains("<th scope=\"row\">2025</th>"), "{row}");
    assert!(row.contains(">17<"), "the value before: {row}");
    assert!(row.contains("two apprentices were left out"), "{row}");
    assert!(!row.contains(">19<"));
    let history = app
        .get(
            &format!("/api/v1/smes/{}/figures", f.net.sme_a1),
            &f.manager_a,
        )
        .await;
    let year = &history.body["items"][0];
    assert_eq!(year["employees"], 19);
    let versions: Vec<(i64, String)> = year["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            assert!(v["at"].is_string() && v["actor_name"].is_string(), "{v}");
            (
                v["employees"].as_i64().unwrap(),
                v["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        versions,
        vec![
            (17, String::new()),
            (19, "two apprentices were left out".into())
        ]
    );
    assert!(
        row.contains(year["history"][1]["actor_name"].as_str().unwrap()),
        "{row}"
    );
    // "Correct" fills the form with the year as it stands...
    assert!(html.contains("?correct=2025#figures-form"), "{html}");
    let form = crate::support::text(&browser, &format!("{page_url}?correct=2025")).await;
    assert!(
        form.contains(r#"name="employees""#) && form.contains(r#"value="19""#),
        "{form}"
    );
    assert!(form.contains(r#"value="1250000""#), "{form}");
    // ...and through the API a figure left out keeps its value.
    let api_path = format!("/api/v1/smes/{}/figures", f.net.sme_a1);
    let partial = app
        .put(
            &api_path,
            &f.manager_a,
            json!({"year": 2025, "employees": 21, "reason": "a new hire"}),
        )
        .await;
    assert_eq!(partial.status, 200, "{}", partial.text);
    assert_eq!(partial.body["items"][0]["employees"], 21);
    assert_eq!(partial.body["items"][0]["turnover_cents"], 125_000_000);
    // The host incubator follows the figures but does not write them.
    let host = app.token(MANAGER_B).await;
    assert_eq!(app.get(&api_path, &host).await.status, 200);
    let refused = app
        .put(
            &api_path,
            &host,
            json!({"year": 2025, "employees": 99, "reason": "guess"}),
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.text);
    let host_page = crate::support::text(
        &crate::support::signed_in_browser(&app, MANAGER_B).await,
        &page_url,
    )
    .await;
    assert!(
        host_page.contains("<th scope=\"row\">2025</th>") && !host_page.contains("/figures\""),
        "{host_page}"
    );
    // Both tables come down as the page shows them.
    let contract = record(
        &app,
        &f.manager_a,
        json!({"sme_id": f.net.sme_a1, "kind": "contract", "occurred_on": today(), "country": "NO",
               "counterparty_name": "Bergen Fish AS", "value_cents": 250_000, "evidence_text": "PO 9"}),
    )
    .await;
    let html = crate::support::text(&browser, &page_url).await;
    for table in ["records", "figures"] {
        assert!(
            html.contains(&format!("?table={table}&amp;format=xlsx")),
            "{html}"
        );
    }
    let path = format!("/smes/{}/results", f.net.sme_a1);
    let rows = download_csv(
        &app,
        &f.manager_a,
        &format!("{path}?table=records&format=csv"),
    )
    .await;
    assert_eq!(rows.len(), 1);
    assert_eq!(
        (&rows[0][0], &rows[0][6]),
        (contract.to_string().as_str(), "2500.00")
    );
    let rows = download_csv(
        &app,
        &f.manager_a,
        &format!("{path}?table=figures&format=csv"),
    )
    .await;
    let rows: Vec<Vec<&str>> = rows.iter().map(|r| r.iter().collect()).collect();
    assert_eq!(rows, vec![vec!["2025", "1250000.00", "21", ""]]);
    let other = app.token(MEMBER_B2).await;
    let refused = reqwest::Client::new()
        .get(app.url(&format!("{path}?table=figures&format=csv")))
        .bearer_auth(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 404);
    // Another SME's people see nothing of it.
    let other = crate::support::signed_in_browser(&app, MEMBER_B2).await;
    let response = other.get(&page_url).send().await.unwrap();
    assert_eq!(response.status(), 404);
}

/// The monitoring pages speak the browser's language; English stays the default.
async fn monitoring_pages_follow_the_language(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let browser = crate::support::signed_in_browser(&app, ADMIN).await;
    let german = |path: &str| {
        let url = app.url(path);
        let browser = &browser;
        async move { crate::support::text_in(browser, &url, "de-DE,de;q=0.9,en;q=0.5").await }
    };
    let html = german("/monitoring").await;
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    assert!(
        html.contains("<h2>Fortschritt gegenüber den Zielen</h2>"),
        "{html}"
    );
    assert!(html.contains("Indikator hinzufügen"), "{html}");
    let html = german("/outcomes").await;
    assert!(html.contains("<h1>Ergebnisnachweise</h1>"), "{html}");
    assert!(html.contains("Alle Arten"), "{html}");
    let html = crate::support::text(&browser, &app.url("/outcomes")).await;
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(html.contains("<h1>Outcome records</h1>"), "{html}");
    assert!(html.contains("Every kind"), "{html}");
}

/// Reads a download as the bearer of `token` would get it.
async fn download_csv(app: &TestApp, token: &str, path: &str) -> Vec<csv::StringRecord> {
    let response = reqwest::Client::new()
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{path}");
    let text = response.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader.records().map(Result::unwrap).collect()
}

/// The SMEs a drill-down page lists, as (id, name), in the page's order.
fn listed_smes(html: &str) -> Vec<(String, String)> {
    html.split("<td><a href=\"/smes/")
        .skip(1)
        .map(|rest| {
            let (id, rest) = rest.split_once("\">").unwrap();
            let (name, _) = rest.split_once("</a>").unwrap();
            (id.to_string(), name.to_string())
        })
        .collect()
}

async fn drill_down_downloads_hold_the_rows_the_page_shows(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let (a1, b1) = (f.net.sme_a1, f.net.sme_b1);
    let browser = crate::support::signed_in_browser(&app, ADMIN).await;

    // Participants: every SME listed is a row of the download.
    let path = "/monitoring/kpis/participants/records";
    let page = crate::support::text(&browser, &app.url(path)).await;
    assert!(
        page.contains(&format!("href=\"{path}?group=")) && page.contains("format=csv\""),
        "a download link: {page}"
    );
    let listed = listed_smes(&page);
    assert_eq!(listed.len(), 2, "{page}");
    let rows = download_csv(&app, &f.admin, &format!("{path}?format=csv")).await;
    let downloaded: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    assert_eq!(downloaded, listed);

    // Jobs since entry: each SME with its baseline and latest head count,
    // on the page and in the download, as the figures API has them.
    let year = Utc::now()
        .date_naive()
        .format("%Y")
        .to_string()
        .parse::<i64>()
        .unwrap();
    for (sme, token, before, now) in [(a1, &f.manager_a, 5, 4), (b1, &f.manager_b, 10, 14)] {
        for (y, employees) in [(year - 1, before), (year, now)] {
            let put = app
                .put(
                    &format!("/api/v1/smes/{sme}/figures"),
                    token,
                    json!({"year": y, "employees": employees}),
                )
                .await;
            assert_eq!(put.status, 200, "{}", put.text);
        }
    }
    let jobs = define(
        &app,
        &f,
        "Jobs created since entry",
        "employment_change",
        10,
    )
    .await;
    assert_eq!(jobs["value"], 3.0, "{jobs}");
    let path = format!(
        "/programmes/{}/dashboard/kpis/{}/records",
        f.programme,
        jobs["key"].as_str().unwrap()
    );
    let page = crate::support::text(&browser, &app.url(&path)).await;
    let rows = download_csv(&app, &f.admin, &format!("{path}?format=csv")).await;
    assert_eq!(rows.len(), 2);
    for (row, (sme, name)) in rows
        .iter()
        .zip([(a1, "Alpha Software ApS"), (b1, "Bergen Fish AS")])
    {
        let figures = app
            .get(&format!("/api/v1/smes/{sme}/figures"), &f.admin)
            .await;
        let employees = |y: i64| {
            figures.body["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| i["year"] == y)
                .unwrap()["employees"]
                .as_i64()
                .unwrap()
        };
        let (before, now) = (employees(year - 1), employees(year));
        assert_eq!(
            row.iter().collect::<Vec<_>>(),
            [
                sme.to_string(),
                name.to_string(),
                (year - 1).to_string(),
                before.to_string(),
                year.to_string(),
                now.to_string(),
                (now - before).to_string(),
            ]
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
        );
        assert!(
            page.contains(&format!(
                "<td class=\"num\" data-baseline>{before}</td><td class=\"num\">{year}</td><td class=\"num\" data-latest>{now}</td>"
            )),
            "{page}"
        );
    }

    // Presences: the record typed in and the desk booked both come down.
    let presence = record(
        &app,
        &f.manager_b,
        json!({"sme_id": b1, "kind": "presence", "occurred_on": today(), "country": "DK",
               "presence_form": "sales_office", "evidence_text": "Lease signed"}),
    )
    .await;
    let desk = app
        .post(
            "/api/v1/desks",
            &f.manager_b,
            json!({"organisation_id": f.net.incubator_b, "name": "Window desk", "kind": "fixed_desk", "capacity": 1, "monthly_price_cents": 35000}),
        )
        .await;
    let booking = app
        .post(
            "/api/v1/desk-bookings",
            &f.manager_b,
            json!({"desk_id": desk.body["id"], "participant_id": f.a1, "starts_on": today(), "ends_on": today()}),
        )
        .await;
    assert_eq!(booking.body["status"], "approved", "{}", booking.text);
    let path = format!(
        "/programmes/{}/dashboard/kpis/presences/records",
        f.programme
    );
    let page = crate::support::text(&browser, &app.url(&path)).await;
    assert!(
        page.contains(&format!("href=\"/outcomes/{presence}\"")),
        "{page}"
    );
    assert!(page.contains(&format!("href=\"/participants/{}#bookings\"", f.a1)));
    let rows = download_csv(&app, &f.admin, &format!("{path}?format=csv")).await;
    let summary: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| (r[0].to_string(), r[1].to_string(), r[4].to_string()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (presence.to_string(), "Bergen Fish AS".into(), "DK".into()),
            (
                format!("Desk booking {}", booking.body["id"]),
                "Alpha Software ApS".into(),
                "NO".into()
            ),
        ]
    );
    // The spreadsheet has the same rows under its header.
    use calamine::{Reader, Xlsx};
    let xlsx = reqwest::Client::new()
        .get(app.url(&format!("{path}?format=xlsx")))
        .bearer_auth(&f.admin)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(xlsx.to_vec())).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(sheet.rows().count(), 3);

    // Each download is in the audit log, the newest first.
    let audit = app.get("/api/v1/audit?action=export", &f.admin).await;
    let entries: Vec<(&str, &str)> = audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["subject"].as_str().unwrap(),
                e["summary"].as_str().unwrap(),
            )
        })
        .collect();
    let subjects: Vec<&str> = entries.iter().map(|(subject, _)| *subject).collect();
    let presences = format!("programme:{}/indicator:presences", f.programme);
    let jobs = format!(
        "programme:{}/indicator:{}",
        f.programme,
        jobs["key"].as_str().unwrap()
    );
    assert_eq!(
        subjects,
        [
            presences.as_str(),
            presences.as_str(),
            jobs.as_str(),
            "indicator:participants"
        ],
        "{}",
        audit.text
    );
    assert!(entries[0].1.ends_with(": 2 rows as XLSX"), "{}", audit.text);
    assert!(entries[2].1.ends_with(": 2 rows as CSV"), "{}", audit.text);
}

async fn indicators_limited_to_markets_count_only_their_countries(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let (a1, b1) = (f.net.sme_a1, f.net.sme_b1);
    // a1 (Danish): partners in Germany and Japan, exports to Japan; b1
    // (Norwegian): a partner in the Netherlands, exports to Denmark.
    for (token, body) in [
        (
            &f.manager_a,
            json!({"sme_id": a1, "kind": "partnership", "occurred_on": today(), "country": "DE",
                              "counterparty_name": "Hanse Logistik GmbH", "evidence_text": "Agreement"}),
        ),
        (
            &f.manager_a,
            json!({"sme_id": a1, "kind": "partnership", "occurred_on": today(), "country": "JP",
                              "counterparty_name": "Kobe Marine KK", "evidence_text": "Agreement"}),
        ),
        (
            &f.manager_a,
            json!({"sme_id": a1, "kind": "export_start", "occurred_on": today(), "country": "JP",
                              "value_cents": 50_000, "evidence_text": "Invoice"}),
        ),
        (
            &f.manager_b,
            json!({"sme_id": b1, "kind": "partnership", "occurred_on": today(), "country": "NL",
                              "counterparty_name": "Rotterdam Port Supplies", "evidence_text": "Agreement"}),
        ),
        (
            &f.manager_b,
            json!({"sme_id": b1, "kind": "export_start", "occurred_on": today(), "country": "DK",
                              "value_cents": 70_000, "evidence_text": "Invoice"}),
        ),
    ] {
        record(&app, token, body).await;
    }
    let define = |name: &'static str, metric: &'static str, countries: Value| {
        let body = json!({"programme_id": f.programme, "name": name, "metric": metric,
                          "target": 2, "countries": countries});
        let (app, token) = (&app, f.manager_a.clone());
        async move { app.post("/api/v1/indicators", &token, body).await }
    };
    // Hand counts: partners in Germany or the Netherlands: a1 and b1; in
    // Japan: a1; partnerships in the three: 3; exports to Japan: EUR 500,
    // one SME of two (50 %); exports anywhere: both SMEs.
    for (name, metric, countries, value) in [
        (
            "German or Dutch partner",
            "smes_with:partnership",
            json!(["nl", "DE", "NL"]),
            2.0,
        ),
        (
            "Japanese partner",
            "smes_with:partnership",
            json!(["JP"]),
            1.0,
        ),
        (
            "Partnerships",
            "records:partnership",
            json!(["DE", "NL", "JP"]),
            3.0,
        ),
        (
            "Export value Japan",
            "value:export_start",
            json!(["JP"]),
            50_000.0,
        ),
        (
            "Share exporting to Japan",
            "share_with:export_start",
            json!(["JP"]),
            50.0,
        ),
        (
            "Exporting anywhere",
            "smes_with:export_start",
            json!([]),
            2.0,
        ),
    ] {
        let defined = define(name, metric, countries).await;
        assert_eq!(defined.status, 201, "{}", defined.text);
        assert_eq!(defined.body["value"], value, "{name}: {}", defined.text);
    }
    let kpis = app
        .get(
            &format!("/api/v1/programmes/{}/kpis", f.programme),
            &f.admin,
        )
        .await;
    let german_or_dutch = kpis.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["name"] == "German or Dutch partner")
        .unwrap();
    assert_eq!(german_or_dutch["countries"], json!(["DE", "NL"]));
    assert_eq!(group(german_or_dutch, "country", "DK"), 1.0);
    assert_eq!(group(german_or_dutch, "country", "NO"), 1.0);
    // Only definitions that count records can be limited; codes must exist.
    for (metric, countries) in [
        ("employment_change", json!(["JP"])),
        ("smes_with:contract", json!(["XX"])),
    ] {
        let refused = define("Refused", metric, countries).await;
        assert_eq!(refused.status, 422, "{}", refused.text);
        assert!(
            refused.body["fields"]["countries"].is_string(),
            "{}",
            refused.text
        );
    }

    // The drill-down lists only the records in those countries.
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let key = german_or_dutch["key"].as_str().unwrap();
    let page = crate::support::text(
        &browser,
        &app.url(&format!(
            "/programmes/{}/dashboard/kpis/{key}/records",
            f.programme
        )),
    )
    .await;
    assert!(page.contains("Hanse Logistik GmbH"), "{page}");
    assert!(page.contains("Rotterdam Port Supplies"));
    assert!(!page.contains("Kobe Marine KK"));
    let rows = download_csv(
        &app,
        &f.admin,
        &format!(
            "/programmes/{}/dashboard/kpis/{key}/records?format=csv",
            f.programme
        ),
    )
    .await;
    assert_eq!(rows.len(), 2);

    // The dashboard's form takes the countries too, and says them.
    let dashboard = app.url(&format!("/programmes/{}/dashboard", f.programme));
    let csrf =
        crate::support::hidden_field(&crate::support::text(&browser, &dashboard).await, "_csrf")
            .unwrap();
    let posted = browser
        .post(app.url(&format!("/programmes/{}/dashboard/indicators", f.programme)))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("name", "Exporting to Japan"),
            ("metric", "smes_with:export_start"),
            ("countries", "jp"),
            ("target", "1"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), 303);
    let html = crate::support::text(&browser, &dashboard).await;
    assert!(html.contains("only results in Japan"), "{html}");
}

async fn indicators_are_changed_and_removed_on_their_pages(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let defined = app
        .post(
            "/api/v1/indicators",
            &f.manager_a,
            json!({"programme_id": f.programme, "name": "Contract vaule", "metric": "value:contract", "target": 1_000_000}),
        )
        .await;
    assert_eq!(defined.status, 201, "{}", defined.text);
    let id = defined.body["indicator_id"].as_i64().unwrap();
    let public = app.url(&format!("/results/{}", f.slug));
    assert!(
        reqwest::get(&public)
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .contains("Contract vaule")
    );

    // A partner's manager finds the way from the indicator's page.
    let browser = crate::support::signed_in_browser(&app, MANAGER_B).await;
    let kpi_page = app.url(&format!("/programmes/{}/dashboard/kpis/i{id}", f.programme));
    let edit = format!("/monitoring/indicators/{id}/edit");
    assert!(
        crate::support::text(&browser, &kpi_page)
            .await
            .contains(&format!("href=\"{edit}\""))
    );
    let html = crate::support::text(&browser, &app.url(&edit)).await;
    assert!(
        html.contains("value=\"10000\""),
        "the target in euros: {html}"
    );
    let csrf = crate::support::hidden_field(&html, "_csrf").unwrap();
    let post = |path: String, fields: Vec<(&'static str, &'static str)>| {
        let (browser, url, csrf) = (browser.clone(), app.url(&path), csrf.clone());
        async move {
            let mut fields: Vec<(&str, String)> = fields
                .into_iter()
                .map(|(k, v)| (k, v.to_string()))
                .collect();
            fields.push(("_csrf", csrf));
            browser.post(url).form(&fields).send().await.unwrap()
        }
    };
    // Bad input comes back with the fields marked and what was typed kept.
    let refused = post(
        edit.clone(),
        vec![
            ("name", ""),
            ("metric", "value:contract"),
            ("target", "lots"),
            ("countries", "DE"),
        ],
    )
    .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("must be an amount in euros"), "{html}");
    assert!(html.contains("id=\"name-error\">is required"), "{html}");
    assert!(html.contains("value=\"DE\""), "{html}");
    let saved = post(
        edit.clone(),
        vec![
            ("name", "Contract value"),
            ("metric", "value:contract"),
            ("target", "20,000"),
            ("period_from", "2026-01-01"),
            ("period_to", "2027-12-31"),
        ],
    )
    .await;
    assert_eq!(saved.status(), 303);
    assert_eq!(
        saved.headers()["location"],
        format!("/programmes/{}/dashboard/kpis/i{id}", f.programme).as_str()
    );
    let listed = app.get("/api/v1/indicators", &f.admin).await;
    let changed = listed.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["indicator_id"] == id)
        .unwrap()
        .clone();
    assert_eq!(changed["name"], "Contract value");
    assert_eq!(changed["target"], 2_000_000);
    assert_eq!(changed["period_to"], "2027-12-31");
    assert_eq!(
        changed["programme_id"], f.programme,
        "it stays in its programme"
    );
    let html = reqwest::get(&public).await.unwrap().text().await.unwrap();
    assert!(html.contains("Contract value") && !html.contains("Contract vaule"));

    // Only those who may define indicators there may change them.
    for email in [MEMBER_A1, MEMBER_B2] {
        let other = crate::support::signed_in_browser(&app, email).await;
        let response = other.get(app.url(&edit)).send().await.unwrap();
        assert_eq!(response.status(), 403, "{email}");
        assert!(
            !crate::support::text(&other, &kpi_page)
                .await
                .contains(&edit)
        );
    }
    // Without the form's token nothing happens.
    let forged = browser
        .post(app.url(&format!("/monitoring/indicators/{id}/delete")))
        .form(&[("x", "1")])
        .send()
        .await
        .unwrap();
    assert_ne!(forged.status(), 303);
    // The predefined four have no such page.
    let predefined = crate::support::text(
        &browser,
        &app.url(&format!(
            "/programmes/{}/dashboard/kpis/participants",
            f.programme
        )),
    )
    .await;
    assert!(!predefined.contains("/monitoring/indicators/"));

    let removed = post(format!("/monitoring/indicators/{id}/delete"), vec![]).await;
    assert_eq!(removed.status(), 303);
    assert_eq!(
        removed.headers()["location"],
        format!("/programmes/{}/dashboard", f.programme).as_str()
    );
    let listed = app.get("/api/v1/indicators", &f.admin).await;
    assert!(!listed.text.contains("Contract value"));
    assert!(
        !reqwest::get(&public)
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .contains("Contract value")
    );
    assert_eq!(
        browser.get(app.url(&edit)).send().await.unwrap().status(),
        404
    );
}

/// Fixture additions for causes: a session in the fixture's programme and
/// one in a second programme only SME a2 takes part in; a matchmaking event
/// where a1 met incubator A and b2 met incubator A.
struct Causes {
    own_session: i64,
    foreign_session: i64,
    other_programme: i64,
    event: i64,
    own_meeting: i64,
    foreign_meeting: i64,
}

async fn causes(app: &TestApp, f: &Fixture) -> Causes {
    let session = |programme: i64| {
        json!({"programme_id": programme, "kind": "workshop_2", "host_organisation_id": f.net.incubator_b,
               "venue": "Bergen", "start_date": today(), "start_time": "09:00", "end_time": "16:00", "capacity": 5})
    };
    let own = app
        .post("/api/v1/sessions", &f.manager_b, session(f.programme))
        .await;
    assert_eq!(own.status, 201, "{}", own.text);
    let other = app
        .post(
            "/api/v1/programmes",
            &f.admin,
            json!({"name": "Baltic Bridge", "starts_on": "2026-01-01", "ends_on": "2028-12-31",
                   "target_participants": 5, "target_partnerships": 1,
                   "target_presences": 1, "target_export_starts": 1,
                   "partner_ids": [f.net.incubator_a, f.net.incubator_b]}),
        )
        .await;
    assert_eq!(other.status, 201, "{}", other.text);
    let other_programme = other.body["id"].as_i64().unwrap();
    let cohort = app
        .post(
            &format!("/api/v1/programmes/{other_programme}/cohorts"),
            &f.manager_a,
            json!({"name": "Only", "starts_on": today()}),
        )
        .await;
    let cohort = cohort.body["id"].as_i64().unwrap();
    let joined = app
        .post(
            &format!("/api/v1/programmes/{other_programme}/participants"),
            &f.manager_a,
            json!({"cohort_id": cohort, "sme_id": f.net.sme_a2, "host_organisation_id": f.net.incubator_b}),
        )
        .await;
    assert_eq!(joined.status, 201, "{}", joined.text);
    let foreign = app
        .post("/api/v1/sessions", &f.manager_b, session(other_programme))
        .await;
    assert_eq!(foreign.status, 201, "{}", foreign.text);

    let created = app
        .post(
            "/api/v1/events",
            &f.manager_b,
            json!({"title": "Blue Food B2B Day", "format": "onsite", "venue": "Bergen",
                   "time_zone": "Europe/Oslo", "tables": 2, "request_expiry_hours": 48}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let event = created.body["id"].as_i64().unwrap();
    let day = (Utc::now() + chrono::Duration::days(7)).date_naive();
    let sessions = app
        .post(
            &format!("/api/v1/events/{event}/sessions"),
            &f.manager_b,
            json!({"title": "Morning", "date": day, "start_time": "09:00", "end_time": "11:00",
                   "meeting_minutes": 20, "pause_minutes": 5}),
        )
        .await;
    assert_eq!(sessions.status, 201, "{}", sessions.text);
    let mut registrations = Vec::new();
    for token in [
        app.token(MEMBER_A1).await,
        app.token(MEMBER_B2).await,
        f.manager_a.clone(),
    ] {
        let reply = app
            .post(
                &format!("/api/v1/events/{event}/registrations"),
                &token,
                json!({"attendance": "onsite"}),
            )
            .await;
        assert_eq!(reply.status, 201, "{}", reply.text);
        registrations.push((token, reply.body["id"].as_i64().unwrap()));
    }
    let mut meetings = Vec::new();
    for from in [&registrations[0], &registrations[1]] {
        let request = app
            .post(
                &format!("/api/v1/events/{event}/requests"),
                &from.0,
                json!({"to": registrations[2].1, "message": "Shall we meet?"}),
            )
            .await;
        assert_eq!(request.status, 201, "{}", request.text);
        let id = request.body["id"].as_i64().unwrap();
        let accepted = app
            .post(
                &format!("/api/v1/meeting-requests/{id}/answer"),
                &f.manager_a,
                json!({"answer": "accept"}),
            )
            .await;
        assert_eq!(accepted.status, 200, "{}", accepted.text);
        meetings.push(accepted.body["meeting_id"].as_i64().unwrap());
    }
    Causes {
        own_session: own.body["id"].as_i64().unwrap(),
        foreign_session: foreign.body["id"].as_i64().unwrap(),
        other_programme,
        event,
        own_meeting: meetings[0],
        foreign_meeting: meetings[1],
    }
}

fn partnership(f: &Fixture, causes: Value) -> Value {
    let mut body = json!({"sme_id": f.net.sme_a1, "kind": "partnership", "occurred_on": today(),
                          "country": "NO", "counterparty_name": "Bergen Ropes", "evidence_text": "Signed"});
    for (key, value) in causes.as_object().unwrap() {
        body[key] = value.clone();
    }
    body
}

fn refused_fields(reply: &crate::support::Reply) -> Vec<String> {
    assert_eq!(reply.status, 422, "{}", reply.text);
    let mut fields: Vec<String> = reply.body["fields"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    fields.sort();
    fields
}

async fn causes_must_involve_the_sme(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let c = causes(&app, &f).await;
    // Foreign causes are refused, each on its own field.
    for (cause, field) in [
        (json!({"session_id": c.foreign_session}), "session_id"),
        (json!({"meeting_id": c.foreign_meeting}), "meeting_id"),
        (json!({"programme_id": c.other_programme}), "programme_id"),
        (
            json!({"programme_id": f.programme, "session_id": c.foreign_session}),
            "session_id",
        ),
    ] {
        let reply = app
            .post(
                "/api/v1/outcomes",
                &f.manager_a,
                partnership(&f, cause.clone()),
            )
            .await;
        assert_eq!(refused_fields(&reply), [field], "{cause}");
        assert!(
            reply.body["fields"][field]
                .as_str()
                .unwrap()
                .contains("SME"),
            "{}",
            reply.text
        );
    }
    assert_eq!(app.get("/api/v1/outcomes", &f.admin).await.body["total"], 0);
    // The SME's own ones are accepted, together.
    let id = record(
        &app,
        &f.manager_a,
        partnership(
            &f,
            json!({"programme_id": f.programme, "session_id": c.own_session, "meeting_id": c.own_meeting}),
        ),
    )
    .await;
    // The other programme's session is a2's to name.
    record(
        &app,
        &f.manager_a,
        json!({"sme_id": f.net.sme_a2, "kind": "partnership", "occurred_on": today(), "country": "NO",
               "counterparty_name": "Bergen Ropes", "evidence_text": "Signed",
               "programme_id": c.other_programme, "session_id": c.foreign_session}),
    )
    .await;

    // A correction cannot bring in a foreign cause, and keeps the record as it was.
    let path = format!("/api/v1/outcomes/{id}");
    for (change, field) in [
        (json!({"session_id": c.foreign_session}), "session_id"),
        (json!({"meeting_id": c.foreign_meeting}), "meeting_id"),
        (json!({"programme_id": c.other_programme}), "programme_id"),
    ] {
        let mut body = change.clone();
        body["reason"] = json!("typed the wrong one");
        let reply = app.patch(&path, &f.manager_a, body).await;
        assert_eq!(refused_fields(&reply), [field], "{change}");
    }
    let kept = app.get(&path, &f.manager_a).await;
    assert_eq!(kept.body["version"], 1, "{}", kept.text);
    assert_eq!(kept.body["session_id"], c.own_session);
    // The record's page links the session for those who may open it; the
    // SME, not invited to it, sees it named without a link.
    let session_link = format!("href=\"/sessions/{}\"", c.own_session);
    let host = crate::support::signed_in_browser(&app, MANAGER_B).await;
    let page = crate::support::text(&host, &app.url(&format!("/outcomes/{id}"))).await;
    assert!(page.contains(&session_link), "{page}");
    let member = crate::support::signed_in_browser(&app, MEMBER_A1).await;
    let page = crate::support::text(&member, &app.url(&format!("/outcomes/{id}"))).await;
    assert!(page.contains(&format!("#{}", c.own_session)), "{page}");
    assert!(!page.contains(&session_link), "{page}");
    let session = member
        .get(app.url(&format!("/sessions/{}", c.own_session)))
        .send()
        .await
        .unwrap();
    assert_eq!(session.status(), 404);
    // A correction that keeps its causes goes through.
    let fixed = app
        .patch(
            &path,
            &f.manager_a,
            json!({"description": "Signed in Bergen", "reason": "more detail"}),
        )
        .await;
    assert_eq!(fixed.status, 200, "{}", fixed.text);
    let history = app.get(&format!("{path}/history"), &f.manager_a).await;
    assert_eq!(
        history.body["items"].as_array().map_or(0, Vec::len),
        2,
        "{}",
        history.text
    );

    // A session called off caused nothing new: it is refused as a new
    // cause and no longer offered, while the record naming it keeps it.
    let cancelled = app
        .post(
            &format!("/api/v1/sessions/{}/cancel", c.own_session),
            &f.manager_b,
            json!({}),
        )
        .await;
    assert_eq!(cancelled.status, 200, "{}", cancelled.text);
    let reply = app
        .post(
            "/api/v1/outcomes",
            &f.manager_a,
            partnership(&f, json!({"session_id": c.own_session})),
        )
        .await;
    assert_eq!(refused_fields(&reply), ["session_id"]);
    assert!(reply.text.contains("cancelled"), "{}", reply.text);
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let form = crate::support::text(
        &browser,
        &app.url(&format!("/outcomes/new?sme={}", f.net.sme_a1)),
    )
    .await;
    assert!(
        !select(&form, "session_id").contains(&format!("value=\"{}\"", c.own_session)),
        "a cancelled session is offered"
    );
    let again = app
        .patch(
            &path,
            &f.manager_a,
            json!({"description": "Signed in Bergen, 2 copies", "reason": "detail"}),
        )
        .await;
    assert_eq!(again.status, 200, "{}", again.text);
    // The toolbox's instruments are suggested as causes; one named as in the
    // catalogue links to its page, any other activity is named as typed.
    assert!(
        form.contains(r#"<datalist id="instrument-names">"#)
            && form.contains(r#"<option value="Study visits">"#),
        "{form}"
    );
    for (instrument, link) in [
        ("study visits", Some("/instruments/study-visits")),
        ("Dinner with the consul", None),
    ] {
        let named = app
            .patch(
                &path,
                &f.manager_a,
                json!({"instrument": instrument, "reason": "cause named"}),
            )
            .await;
        assert_eq!(named.status, 200, "{}", named.text);
        let page = crate::support::text(&browser, &app.url(&format!("/outcomes/{id}"))).await;
        match link {
            Some(href) => assert!(
                page.contains(&format!(r#"<a href="{href}">{instrument}</a>"#)),
                "{page}"
            ),
            None => assert!(
                page.contains(instrument) && !page.contains("/instruments/"),
                "{page}"
            ),
        }
    }
}

/// The part of a page between a select's opening and its end.
fn select<'a>(html: &'a str, name: &str) -> &'a str {
    let start = html
        .find(&format!("<select id=\"{name}\""))
        .unwrap_or_else(|| panic!("no {name} select"));
    let end = start + html[start..].find("</select>").unwrap();
    &html[start..end]
}

async fn the_outcome_form_names_causes_and_counterparties(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let c = causes(&app, &f).await;
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page = crate::support::text(
        &browser,
        &app.url(&format!("/outcomes/new?sme={}", f.net.sme_a1)),
    )
    .await;
    // The SME's own sessions and meetings are offered, others' are not.
    let sessions = select(&page, "session_id");
    assert!(
        sessions.contains(&format!("value=\"{}\"", c.own_session)),
        "{sessions}"
    );
    assert!(
        !sessions.contains(&format!("value=\"{}\"", c.foreign_session)),
        "{sessions}"
    );
    let meetings = select(&page, "meeting_id");
    assert!(
        meetings.contains(&format!("value=\"{}\"", c.own_meeting)),
        "{meetings}"
    );
    assert!(meetings.contains("Blue Food B2B Day"), "{meetings}");
    assert!(
        !meetings.contains(&format!("value=\"{}\"", c.foreign_meeting)),
        "{meetings}"
    );
    let organisations = select(&page, "counterparty_organisation_id");
    assert!(organisations.contains(&format!("value=\"{}\"", f.net.incubator_b)));
    assert!(page.contains("id=\"counterparty_sme_id\""));

    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let form = |session: i64, evidence: &str| {
        reqwest::multipart::Form::new()
            .text("_csrf", csrf.clone())
            .text("sme_id", f.net.sme_a1.to_string())
            .text("kind", "partnership")
            .text("occurred_on", today())
            .text("country", "NO")
            .text("counterparty_name", "")
            .text("counterparty_organisation_id", "")
            .text("counterparty_sme_id", f.net.sme_b1.to_string())
            .text("programme_id", f.programme.to_string())
            .text("session_id", session.to_string())
            .text("meeting_id", c.own_meeting.to_string())
            .text("evidence_text", evidence.to_string())
    };
    // An error elsewhere: every choice is kept.
    let response = browser
        .post(app.url("/outcomes/new"))
        .multipart(form(c.own_session, ""))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(select(&html, "session_id").contains(&format!("value=\"{}\" selected", c.own_session)));
    assert!(select(&html, "meeting_id").contains(&format!("value=\"{}\" selected", c.own_meeting)));
    assert!(select(&html, "programme_id").contains(&format!("value=\"{}\" selected", f.programme)));
    assert!(
        html.contains(&format!("value=\"{}\"", f.net.sme_b1)),
        "the counterparty SME is kept"
    );
    // A foreign session: its message next to it, the choice still there.
    let response = browser
        .post(app.url("/outcomes/new"))
        .multipart(form(c.foreign_session, "Signed"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("id=\"session_id-error\""), "{html}");
    assert!(html.contains("not one the SME could attend"));
    assert!(
        select(&html, "session_id").contains(&format!("value=\"{}\" selected", c.foreign_session))
    );
    // Saved: the record's page links its causes and counterparty.
    let response = browser
        .post(app.url("/outcomes/new"))
        .multipart(form(c.own_session, "Signed"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().unwrap().to_string();
    let id: i64 = location
        .trim_start_matches("/outcomes/")
        .parse()
        .unwrap_or_else(|_| panic!("{location}"));
    let stored = app.get(&format!("/api/v1/outcomes/{id}"), &f.admin).await;
    assert_eq!(stored.body["counterparty_sme_id"], f.net.sme_b1);
    assert_eq!(stored.body["session_id"], c.own_session);
    assert_eq!(stored.body["meeting_id"], c.own_meeting);
    let shown = crate::support::text(&browser, &app.url(&location)).await;
    for link in [
        format!("href=\"/programmes/{}\"", f.programme),
        format!("href=\"/sessions/{}\"", c.own_session),
        format!("href=\"/events/{}\"", c.event),
        format!("href=\"/smes/{}\"", f.net.sme_b1),
    ] {
        assert!(shown.contains(&link), "{link}: {shown}");
    }
    // The correction form names the counterparty SME chosen.
    let name = stored.body["counterparty_name"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!name.is_empty());
    let edit = crate::support::text(&browser, &app.url(&format!("/outcomes/{id}/edit"))).await;
    assert!(edit.contains(&format!("Now: {name}")), "{edit}");
}

async fn plan_and_kpi_downloads_are_audited(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    let plan = app
        .post(
            "/api/v1/plans",
            &f.manager_a,
            json!({"title": "Norway", "market_country": "NO", "starts_on": "2027-01-01", "ends_on": "2027-12-31"}),
        )
        .await;
    assert_eq!(plan.status, 201, "{}", plan.text);
    let plan = plan.body["id"].as_i64().unwrap();
    let download = |path: String, token: String| {
        let app = &app;
        async move {
            let reply = reqwest::Client::new()
                .get(app.url(&path))
                .bearer_auth(token)
                .send()
                .await
                .unwrap();
            assert_eq!(reply.status(), 200, "{path}");
        }
    };
    download(
        format!("/plans/{plan}/export?format=csv"),
        f.manager_a.clone(),
    )
    .await;
    download(
        "/monitoring/kpis/export?format=xlsx".into(),
        f.admin.clone(),
    )
    .await;
    download(
        format!(
            "/programmes/{}/dashboard/kpis/export?format=csv",
            f.programme
        ),
        f.admin.clone(),
    )
    .await;
    download(
        format!(
            "/programmes/{}/dashboard/kpis/partnerships?format=csv",
            f.programme
        ),
        f.admin.clone(),
    )
    .await;
    let audit = app.get("/api/v1/audit?action=export", &f.admin).await;
    let subjects: Vec<&str> = audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["subject"].as_str().unwrap())
        .collect();
    let partnerships = format!("programme:{}/indicator:partnerships", f.programme);
    let programme = format!("programme:{}/indicators", f.programme);
    let plan = format!("plan:{plan}");
    assert_eq!(
        subjects,
        [
            partnerships.as_str(),
            programme.as_str(),
            "indicators",
            plan.as_str()
        ],
        "{}",
        audit.text
    );
    // The records through the API are the records download as JSON.
    let listed = app.get("/api/v1/outcomes", &f.manager_a).await;
    assert_eq!(listed.status, 200, "{}", listed.text);
    let audit = app.get("/api/v1/audit?action=export", &f.admin).await;
    assert_eq!(
        audit.body["items"][0]["subject"], "outcomes",
        "{}",
        audit.text
    );
    assert!(
        audit.body["items"][0]["summary"]
            .as_str()
            .unwrap_or_default()
            .ends_with("as JSON"),
        "{}",
        audit.text
    );
}

/// A count in a small group tells about the SMEs in it: "1 SME with a
/// partnership" among Norway's one participant says that company has one.
/// Who may not see those SMEs' records gets such a group withheld; who may
/// sees the number.
async fn counts_in_small_groups_are_withheld_from_who_may_not_see_them(backend: Backend) {
    let app = spawn(backend).await;
    let f = fixture(&app).await;
    record(
        &app,
        &f.manager_b,
        json!({"sme_id": f.net.sme_b1, "kind": "partnership", "occurred_on": today(), "country": "DK",
               "counterparty_name": "Aarhus Water Works", "evidence_text": "Signed"}),
    )
    .await;
    let path = format!("/api/v1/programmes/{}/kpis", f.programme);
    let groups = |body: &Value, key: &str| -> Vec<(String, Value)> {
        kpi(body, key)["disaggregations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["dimension"] == "country")
            .unwrap()["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| (g["key"].as_str().unwrap().to_string(), g["value"].clone()))
            .collect()
    };
    let seen = app.get(&path, &f.admin).await;
    assert_eq!(
        groups(&seen.body, "partnerships"),
        [
            ("DK".to_string(), json!(0.0)),
            ("NO".to_string(), json!(1.0))
        ]
    );
    // Another company's member sees neither SME's records.
    let outsider = app.token(MEMBER_B2).await;
    let read = app.get(&path, &outsider).await;
    assert_eq!(read.status, 200, "{}", read.text);
    assert_eq!(
        groups(&read.body, "partnerships"),
        [
            ("DK".to_string(), Value::Null),
            ("NO".to_string(), Value::Null)
        ],
        "{}",
        read.text
    );
    // The total stays, and so do the participants per country (taking part
    // is not private).
    assert_eq!(kpi(&read.body, "partnerships")["value"], 1.0);
    assert_eq!(
        groups(&read.body, "participants"),
        [
            ("DK".to_string(), json!(1.0)),
            ("NO".to_string(), json!(1.0))
        ]
    );
}

/// A programme created without targets shows no progress rather than
/// "100 %" with nothing done.
async fn indicators_without_a_target_show_no_progress(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let created = app
        .post(
            "/api/v1/programmes",
            &admin,
            json!({"name": "Open Waters", "starts_on": "2026-01-01", "ends_on": "2028-12-31",
                   "partner_ids": [net.incubator_a, net.incubator_b]}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let id = created.body["id"].as_i64().unwrap();
    let kpis = app
        .get(&format!("/api/v1/programmes/{id}/kpis"), &admin)
        .await;
    assert_eq!(kpis.status, 200, "{}", kpis.text);
    for key in ["participants", "partnerships", "presences", "export_starts"] {
        let k = kpi(&kpis.body, key);
        assert_eq!(
            (k["target"].as_i64(), &k["progress"]),
            (Some(0), &Value::Null),
            "{key}"
        );
    }
    let browser = crate::support::signed_in_browser(&app, ADMIN).await;
    let page =
        crate::support::text(&browser, &app.url(&format!("/programmes/{id}/dashboard"))).await;
    assert!(
        page.contains("no target") && !page.contains("100 %"),
        "{page}"
    );
}

on_both_backends!(
    counts_in_small_groups_are_withheld_from_who_may_not_see_them,
    indicators_without_a_target_show_no_progress,
    monitoring_pages_follow_the_language,
    yearly_figures_are_kept_on_the_smes_results_page,
    reasons_are_bounded,
    kpis_are_computed_from_records_with_corrections_and_breakdowns,
    a_desk_at_the_host_counts_as_a_presence_abroad,
    exports_read_back_match_the_records,
    records_are_private_and_public_pages_show_only_aggregates,
    bad_records_are_refused_field_by_field,
    evidence_files_are_attached_through_the_api,
    drill_down_downloads_hold_the_rows_the_page_shows,
    indicators_limited_to_markets_count_only_their_countries,
    indicators_are_changed_and_removed_on_their_pages,
    causes_must_involve_the_sme,
    the_outcome_form_names_causes_and_counterparties,
    plan_and_kpi_downloads_are_audited,
    sums_of_one_or_two_unseen_smes_are_withheld,
);
