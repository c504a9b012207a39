//! The toolbox on both backends: the instrument catalogue every database
//! starts with, internationalisation plans with their budget roll-up, KPI
//! targets that become monitoring indicators and exports, the methods library
//! and its indicators, the strategy checklist, and who may see and change what.

use landfall::toolbox::{self, InstrumentGroup};
use reqwest::Method;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{
    ADMIN, Backend, MANAGER_A, MANAGER_B, MEMBER_A1, Network, Reply, TestApp, network, spawn,
    text_in,
};

/// The id of a catalogue instrument, by its address.
pub(crate) async fn instrument_id(app: &TestApp, token: &str, slug: &str) -> i64 {
    let list = app.get("/api/v1/instruments?limit=200", token).await;
    list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["slug"] == slug)
        .unwrap_or_else(|| panic!("{slug} is not in the catalogue"))["id"]
        .as_i64()
        .unwrap()
}

fn error_fields(reply: &Reply) -> Vec<String> {
    reply.body["fields"]
        .as_object()
        .unwrap_or_else(|| panic!("no fields in {}", reply.text))
        .keys()
        .cloned()
        .collect()
}

async fn every_database_starts_with_the_network_catalogue(backend: Backend) {
    let app = spawn(backend).await;
    let catalogue = toolbox::catalogue(&app.db).await.unwrap();
    assert_eq!(catalogue.len(), 17);
    let count = |group| catalogue.iter().filter(|i| i.group == group).count();
    assert_eq!(count(InstrumentGroup::Preparatory), 6);
    assert_eq!(count(InstrumentGroup::Leads), 5);
    assert_eq!(count(InstrumentGroup::Sustain), 6);
    let groups: Vec<InstrumentGroup> = catalogue.iter().map(|i| i.group).collect();
    let mut sorted = groups.clone();
    sorted.sort();
    assert_eq!(groups, sorted, "by group first");
    let leads: Vec<&str> = catalogue
        .iter()
        .filter(|i| i.group == InstrumentGroup::Leads)
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(
        leads,
        vec![
            "Events in the home region",
            "Key international events and conferences",
            "Matchmaking events (B2B, C2C, B2I)",
            "Roadshows",
            "Trade fairs"
        ]
    );
    let ids: Vec<i64> = catalogue.iter().take(2).map(|i| i.id).collect();
    let refs = toolbox::instrument_refs(&app.db, &[ids[0], ids[1], 999_999])
        .await
        .unwrap();
    assert_eq!(refs.len(), 2);
    assert_eq!(refs[&ids[0]], catalogue[0]);
    let soft = catalogue.iter().find(|i| i.slug == "soft-landing").unwrap();
    assert_eq!(soft.group.as_str(), "sustain");
    assert_eq!(
        soft.group.label(),
        "Improving and sustaining international business"
    );
    let visits = toolbox::store::instruments::instrument_by_slug(&app.db, "study-visits")
        .await
        .unwrap()
        .expect("study visits are in the catalogue");
    assert_eq!(visits.owner, None);
    assert_eq!(visits.budget_days, 8);
    assert_eq!(visits.costs.len(), 3);
    assert_eq!(visits.costs[0].amount_cents, 240_000);
    assert_eq!(visits.kpis[0], "Contacts mapped");

    // The same catalogue through the API, filtered and searched.
    network(&app).await;
    let member = app.token(MEMBER_A1).await;
    let all = app.get("/api/v1/instruments?limit=200", &member).await;
    assert_eq!(all.status, 200, "{}", all.text);
    assert_eq!(all.body["total"], 17);
    assert_eq!(all.body["items"][0]["group"], "preparatory");
    assert_eq!(all.body["items"][0]["organisation"], Value::Null);
    for (group, count) in [("preparatory", 6), ("leads", 5), ("sustain", 6)] {
        let reply = app
            .get(&format!("/api/v1/instruments?group={group}"), &member)
            .await;
        assert_eq!(reply.body["total"], count, "{group}");
    }
    let paged = app
        .get("/api/v1/instruments?limit=5&offset=15", &member)
        .await;
    assert_eq!(paged.body["total"], 17);
    assert_eq!(paged.body["items"].as_array().unwrap().len(), 2);
    let found = app
        .get("/api/v1/instruments?q=joint%20stand", &member)
        .await;
    assert_eq!(found.body["items"][0]["slug"], "trade-fairs");
    assert_eq!(
        app.get("/api/v1/instruments?group=later", &member)
            .await
            .status,
        422
    );
    let fair = app
        .get(
            &format!(
                "/api/v1/instruments/{}",
                instrument_id(&app, &member, "trade-fairs").await
            ),
            &member,
        )
        .await;
    assert_eq!(fair.body["budget"]["days"], 10);
    assert_eq!(fair.body["budget"]["costs_cents"], 1_280_000);
    assert_eq!(
        app.call(Method::GET, "/api/v1/instruments", None, None)
            .await
            .status,
        401
    );
}

async fn the_openapi_document_describes_the_toolbox(backend: Backend) {
    let app = spawn(backend).await;
    let doc: Value = app
        .call(Method::GET, "/api/openapi.json", None, None)
        .await
        .body;
    let paths = doc["paths"].as_object().unwrap();
    for (path, methods) in [
        ("/api/v1/instruments", &["get", "post"][..]),
        ("/api/v1/instruments/{id}", &["get", "put", "delete"]),
        ("/api/v1/plans", &["get", "post"]),
        ("/api/v1/plans/{id}", &["get", "put", "delete"]),
        ("/api/v1/plans/{id}/items", &["post"]),
        ("/api/v1/plans/{id}/items/{item_id}", &["put", "delete"]),
        ("/api/v1/plans/{id}/kpis", &["post"]),
        ("/api/v1/plans/{id}/kpis/{kpi_id}", &["delete"]),
        ("/api/v1/methods", &["get", "post"]),
        ("/api/v1/methods/{id}", &["get", "put"]),
        ("/api/v1/methods/{id}/pilots", &["post"]),
        ("/api/v1/pilots/{id}", &["put"]),
        ("/api/v1/methods/indicators", &["get", "put"]),
        ("/api/v1/organisations/{id}/strategy", &["get", "put"]),
    ] {
        for method in methods {
            assert_eq!(
                paths[path][method]["tags"],
                json!(["toolbox"]),
                "{method} {path} is documented under the toolbox tag"
            );
        }
    }
    assert!(
        doc["tags"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["name"] == "toolbox")
    );
}

/// The library's indicators in a reply: key, value and target of each.
fn library_rows(reply: &Reply) -> Vec<(String, i64, i64)> {
    reply.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["key"].as_str().unwrap().to_string(),
                i["value"].as_i64().unwrap(),
                i["target"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn new_instrument(name: &str) -> Value {
    json!({
        "group": "leads",
        "name": name,
        "summary": "Buyers from the target market visit our members' yards by boat.",
        "description": "Two days along the coast, with a stop at each yard.",
        "benefits": ["Buyers see the products at work"],
        "business_model": "Members share the boat; the cluster invites the buyers.",
        "budget_days": 5,
        "costs": [{"label": "Boat charter", "amount_cents": 350000}],
        "budget_note": "For a group of up to twelve buyers.",
        "kpis": ["Buyers on board", "Orders after the tour"]
    })
}

async fn managers_add_instruments_and_only_their_owners_change_them(backend: Backend) {
    let app = spawn(backend).await;
    let net: Network = network(&app).await;
    let admin = app.token(ADMIN).await;
    let manager_a = app.token(MANAGER_A).await;
    let manager_b = app.token(MANAGER_B).await;
    let member = app.token(MEMBER_A1).await;

    let created = app
        .post(
            "/api/v1/instruments",
            &manager_a,
            new_instrument("Fjord buyer tour"),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.body["slug"], "fjord-buyer-tour");
    assert_eq!(created.body["organisation"]["id"], net.incubator_a);
    assert_eq!(created.body["budget"]["costs_cents"], 350_000);
    let own = created.body["id"].as_i64().unwrap();
    assert_eq!(
        app.get("/api/v1/instruments", &member).await.body["total"],
        18
    );
    let again = app
        .post(
            "/api/v1/instruments",
            &manager_b,
            new_instrument("Fjord buyer tour"),
        )
        .await;
    assert_eq!(again.status, 409, "{}", again.text);
    assert!(again.body["fields"]["name"].is_string());

    // Validation names every bad field.
    let bad = app
        .post(
            "/api/v1/instruments",
            &manager_a,
            json!({
                "group": "later", "name": " ", "budget_days": -1, "kpis": [],
                "costs": [{"label": "", "amount_cents": 5}], "colour": "red"
            }),
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.text);
    assert_eq!(bad.body["fields"]["colour"], "unknown field");
    let bad = app
        .post(
            "/api/v1/instruments",
            &manager_a,
            json!({
                "group": "later", "name": " ", "budget_days": -1, "kpis": [],
                "costs": [{"label": "", "amount_cents": 5}]
            }),
        )
        .await;
    assert_eq!(bad.status, 422);
    for field in ["group", "name", "summary", "budget_days", "kpis", "costs"] {
        assert!(
            error_fields(&bad).contains(&field.to_string()),
            "{field}: {}",
            bad.text
        );
    }

    // Managers change their own; the network's are the admins'.
    let network_id = instrument_id(&app, &manager_a, "roadshows").await;
    let change = json!({"budget_days": 14});
    assert_eq!(
        app.put(
            &format!("/api/v1/instruments/{network_id}"),
            &manager_a,
            change.clone()
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.put(
            &format!("/api/v1/instruments/{own}"),
            &manager_b,
            change.clone()
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.put(
            &format!("/api/v1/instruments/{own}"),
            &member,
            change.clone()
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.post(
            "/api/v1/instruments",
            &member,
            new_instrument("Member tour")
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.put("/api/v1/instruments/999999", &manager_a, change.clone())
            .await
            .status,
        404
    );
    let changed = app
        .put(
            &format!("/api/v1/instruments/{own}"),
            &manager_a,
            change.clone(),
        )
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.body["budget"]["days"], 14);
    assert_eq!(
        changed.body["name"], "Fjord buyer tour",
        "fields left out stay"
    );
    let moved = app
        .put(
            &format!("/api/v1/instruments/{own}"),
            &manager_a,
            json!({"organisation_id": net.incubator_b}),
        )
        .await;
    assert_eq!(moved.status, 422);
    let by_admin = app
        .put(&format!("/api/v1/instruments/{network_id}"), &admin, change)
        .await;
    assert_eq!(by_admin.status, 200, "{}", by_admin.text);
    assert_eq!(by_admin.body["budget"]["days"], 14);

    // An admin's instrument without an organisation joins the network's catalogue.
    let network_new = app
        .post(
            "/api/v1/instruments",
            &admin,
            new_instrument("Virtual trade mission"),
        )
        .await;
    assert_eq!(network_new.status, 201, "{}", network_new.text);
    assert_eq!(network_new.body["organisation"], Value::Null);
    let other = app
        .post(
            "/api/v1/instruments",
            &manager_a,
            json!({"organisation_id": net.incubator_b, "name": "X"}),
        )
        .await;
    assert_eq!(
        other.status, 403,
        "a manager adds only for their organisation"
    );

    // One in use by a plan stays; an unused one goes.
    let plan = app
        .post(
            "/api/v1/plans",
            &manager_a,
            json!({"title": "Norway", "market_country": "NO", "starts_on": "2027-01-01", "ends_on": "2027-12-31"}),
        )
        .await;
    let plan = plan.body["id"].as_i64().unwrap();
    let item = app
        .post(
            &format!("/api/v1/plans/{plan}/items"),
            &manager_a,
            json!({"instrument_id": own, "starts_on": "2027-05-01", "ends_on": "2027-05-02"}),
        )
        .await;
    assert_eq!(item.status, 201, "{}", item.text);
    let refused = app
        .delete(&format!("/api/v1/instruments/{own}"), &manager_a)
        .await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    assert_eq!(
        app.delete(&format!("/api/v1/instruments/{own}"), &manager_b)
            .await
            .status,
        403
    );
    let unused = network_new.body["id"].as_i64().unwrap();
    assert_eq!(
        app.delete(&format!("/api/v1/instruments/{unused}"), &admin)
            .await
            .status,
        204
    );
    assert_eq!(
        app.get(&format!("/api/v1/instruments/{unused}"), &admin)
            .await
            .status,
        404
    );
    let audit = app
        .get("/api/v1/audit?action=instrument_deleted", &admin)
        .await;
    assert_eq!(
        audit.body["items"][0]["subject"],
        format!("instrument:{unused}"),
        "{}",
        audit.text
    );
}

/// A plan of incubator A for Japan in 2027, at the default day rate (EUR 600).
async fn japan_plan(app: &TestApp, token: &str) -> i64 {
    let created = app
        .post(
            "/api/v1/plans",
            token,
            json!({
                "title": "Japan 2027",
                "market_country": "JP",
                "market_region": "Kansai",
                "starts_on": "2027-01-01",
                "ends_on": "2027-12-31",
                "notes": "Marine technology buyers in Osaka and Kobe."
            }),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.body["market"]["label"], "Japan · Kansai");
    assert_eq!(created.body["budget"]["day_rate_cents"], 60_000);
    created.body["id"].as_i64().unwrap()
}

fn group_total(plan: &Value, group: &str) -> (i64, i64) {
    let g = plan["budget"]["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["group"] == group)
        .unwrap();
    (
        g["days"].as_i64().unwrap(),
        g["total_cents"].as_i64().unwrap(),
    )
}

async fn plan_budgets_roll_up_as_counted_by_hand(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let plan = japan_plan(&app, &manager).await;
    let items = format!("/api/v1/plans/{plan}/items");
    let visits = instrument_id(&app, &manager, "study-visits").await;
    let fairs = instrument_id(&app, &manager, "trade-fairs").await;
    let clubs = instrument_id(&app, &manager, "innovation-clubs").await;

    // Study visit with the catalogue's estimate: 8 days, EUR 4,300 of costs.
    let first = app
        .post(
            &items,
            &manager,
            json!({"instrument_id": visits, "starts_on": "2027-02-01", "ends_on": "2027-02-05"}),
        )
        .await;
    assert_eq!(first.status, 201, "{}", first.text);
    assert_eq!(first.body["items"][0]["title"], "Study visits");
    assert_eq!(first.body["items"][0]["days"], 8);
    assert_eq!(first.body["items"][0]["total_cents"], 8 * 60_000 + 430_000);
    // A trade fair with our own figures and KPI targets.
    let second = app
        .post(
            &items,
            &manager,
            json!({
                "instrument_id": fairs, "title": "Sea Japan, Tokyo",
                "starts_on": "2027-04-14", "ends_on": "2027-04-16", "days": 6,
                "costs": [{"label": "Shared stand", "amount_cents": 800000}],
                "kpi_targets": [{"name": "new contacts", "target": 40}]
            }),
        )
        .await;
    assert_eq!(second.status, 201, "{}", second.text);
    // An innovation club: 2 days and EUR 800.
    let third = app
        .post(
            &items,
            &manager,
            json!({"instrument_id": clubs, "starts_on": "2027-09-01", "ends_on": "2027-09-01"}),
        )
        .await;
    assert_eq!(third.status, 201, "{}", third.text);
    let plan_json = third.body.clone();
    let fair = plan_json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["title"] == "Sea Japan, Tokyo")
        .unwrap()
        .clone();
    assert_eq!(fair["total_cents"], 6 * 60_000 + 800_000);
    assert_eq!(
        fair["kpi_targets"],
        json!([{"name": "New contacts", "target": 40}])
    );
    // Preparatory: 910,000 + 200,000 over 10 days; leads: 1,160,000 over 6.
    assert_eq!(group_total(&plan_json, "preparatory"), (10, 1_110_000));
    assert_eq!(group_total(&plan_json, "leads"), (6, 1_160_000));
    assert_eq!(group_total(&plan_json, "sustain"), (0, 0));
    assert_eq!(plan_json["budget"]["days"], 16);
    assert_eq!(plan_json["budget"]["work_cents"], 16 * 60_000);
    assert_eq!(
        plan_json["budget"]["costs_cents"],
        430_000 + 800_000 + 80_000
    );
    assert_eq!(plan_json["budget"]["total_cents"], 2_270_000);

    // Two more days at the fair: EUR 1,200 more.
    let fair_id = fair["id"].as_i64().unwrap();
    let edited = app
        .put(&format!("{items}/{fair_id}"), &manager, json!({"days": 8}))
        .await;
    assert_eq!(edited.status, 200, "{}", edited.text);
    assert_eq!(group_total(&edited.body, "leads"), (8, 1_280_000));
    assert_eq!(edited.body["budget"]["total_cents"], 2_390_000);
    // A dearer day rate changes every item's work.
    let dearer = app
        .put(
            &format!("/api/v1/plans/{plan}"),
            &manager,
            json!({"day_rate_cents": 70_000}),
        )
        .await;
    assert_eq!(dearer.status, 200, "{}", dearer.text);
    assert_eq!(
        dearer.body["budget"]["total_cents"],
        18 * 70_000 + 1_310_000
    );

    // Items stay inside the plan's period and name the instrument's KPIs.
    let outside = app
        .post(
            &items,
            &manager,
            json!({
                "instrument_id": fairs, "starts_on": "2028-01-10", "ends_on": "2028-01-12",
                "kpi_targets": [{"name": "Happiness", "target": 3}]
            }),
        )
        .await;
    assert_eq!(outside.status, 422, "{}", outside.text);
    for field in ["starts_on", "ends_on", "kpi_targets"] {
        assert!(
            error_fields(&outside).contains(&field.to_string()),
            "{field}"
        );
    }
    let unknown = app
        .post(
            &items,
            &manager,
            json!({"instrument_id": 999_999, "starts_on": "2027-03-01", "ends_on": "2027-03-02"}),
        )
        .await;
    assert_eq!(
        unknown.body["fields"]["instrument_id"],
        "no such instrument"
    );
    let shrink = app
        .put(
            &format!("/api/v1/plans/{plan}"),
            &manager,
            json!({"ends_on": "2027-06-30"}),
        )
        .await;
    assert_eq!(shrink.status, 422, "{}", shrink.text);
    assert!(
        shrink.body["fields"]["starts_on"]
            .as_str()
            .unwrap()
            .contains("Innovation clubs")
    );
    let no_market = app
        .post(
            "/api/v1/plans",
            &manager,
            json!({"title": "Somewhere", "starts_on": "2027-01-01", "ends_on": "2026-01-01"}),
        )
        .await;
    assert_eq!(no_market.status, 422);
    assert!(error_fields(&no_market).contains(&"market_country".to_string()));
    assert!(error_fields(&no_market).contains(&"ends_on".to_string()));

    // Removing an item takes its cost away.
    assert_eq!(
        app.delete(&format!("{items}/{fair_id}"), &manager)
            .await
            .status,
        204
    );
    let after = app.get(&format!("/api/v1/plans/{plan}"), &manager).await;
    assert_eq!(group_total(&after.body, "leads"), (0, 0));
    assert_eq!(after.body["items"].as_array().unwrap().len(), 2);

    // The export equals the screen: CSV and XLSX, read back.
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page = crate::support::text(&browser, &app.url(&format!("/plans/{plan}"))).await;
    let csv_text = crate::support::text(
        &browser,
        &app.url(&format!("/plans/{plan}/export?format=csv")),
    )
    .await;
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        headers,
        vec![
            "Line",
            "Group",
            "Instrument",
            "Item",
            "From",
            "To",
            "Days",
            "Work (EUR)",
            "Costs (EUR)",
            "Total (EUR)",
            "KPI targets"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let total_row = rows.iter().find(|r| &r[0] == "Plan total").unwrap();
    let expected_total = after.body["budget"]["total_cents"].as_i64().unwrap();
    assert_eq!(&total_row[9], format!("{}.00", expected_total / 100));
    assert_eq!(&total_row[6], after.body["budget"]["days"].to_string());
    let visit_row = rows.iter().find(|r| &r[3] == "Study visits").unwrap();
    assert_eq!(&visit_row[1], "Preparing to go international");
    assert_eq!(
        &visit_row[9],
        format!("{}.00", (8 * 70_000 + 430_000) / 100)
    );
    for row in &rows {
        let total = &row[9];
        let euros = total.trim_end_matches(".00").parse::<i64>().unwrap();
        let shown = landfall::registry::model::format_eur(euros * 100);
        assert!(
            page.contains(&shown),
            "{shown} of {:?} is not on the page",
            row
        );
    }
    let bytes = browser
        .get(app.url(&format!("/plans/{plan}/export?format=xlsx")))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    use calamine::{Data, Reader, Xlsx};
    let mut workbook: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let sheet = workbook.worksheet_range_at(0).unwrap().unwrap();
    let xrows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    assert_eq!(xrows.len(), rows.len() + 1);
    for (x, record) in xrows[1..].iter().zip(&rows) {
        assert_eq!(x[0], Data::String(record[0].to_string()));
        let euros: f64 = record[9].parse().unwrap();
        assert_eq!(x[9], Data::Float(euros));
    }
}

/// A plan's KPIs are as internal as the plan: other organisations, SMEs and
/// the public never see their indicators, in lists, pages or results; and
/// monitoring does not change them behind the plan's back.
async fn plan_indicators_are_internal_to_the_plans_organisation(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let manager = app.token(MANAGER_A).await;
    let other_manager = app.token(MANAGER_B).await;
    let member = app.token(MEMBER_A1).await;
    let programme = app
        .post(
            "/api/v1/programmes",
            &admin,
            json!({
                "name": "Japan Landing", "starts_on": "2026-06-01", "ends_on": "2028-06-30",
                "target_participants": 10, "target_partnerships": 4,
                "target_presences": 2, "target_export_starts": 3,
                "partner_ids": [net.incubator_a, net.incubator_b]
            }),
        )
        .await;
    assert_eq!(programme.status, 201, "{}", programme.text);
    let slug = programme.body["slug"].as_str().unwrap().to_string();
    let programme = programme.body["id"].as_i64().unwrap();
    let plan = japan_plan(&app, &manager).await;
    let moved = app
        .put(
            &format!("/api/v1/plans/{plan}"),
            &manager,
            json!({"title": "Confidential Japan push", "programme_id": programme}),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    let set = app
        .post(
            &format!("/api/v1/plans/{plan}/kpis"),
            &manager,
            json!({"metric": "smes_with:partnership", "target": 6}),
        )
        .await;
    assert_eq!(set.status, 201, "{}", set.text);
    let internal = set.body["kpis"][0]["indicator_id"].as_i64().unwrap();
    // An indicator defined in monitoring is everybody's.
    let open = app
        .post(
            "/api/v1/indicators",
            &manager,
            json!({"programme_id": programme, "name": "Contracts signed",
                   "metric": "records:contract", "target": 5}),
        )
        .await;
    assert_eq!(open.status, 201, "{}", open.text);
    let open = open.body["indicator_id"].as_i64().unwrap();

    let listed = |reply: Reply, id: i64| {
        assert_eq!(reply.status, 200, "{}", reply.text);
        reply.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["indicator_id"] == id)
    };
    let kpis = format!("/api/v1/programmes/{programme}/kpis");
    for (token, sees) in [
        (&manager, true),
        (&admin, true),
        (&other_manager, false),
        (&member, false),
    ] {
        assert_eq!(
            listed(app.get("/api/v1/indicators", token).await, internal),
            sees
        );
        assert_eq!(listed(app.get(&kpis, token).await, internal), sees);
        assert!(listed(app.get(&kpis, token).await, open));
        let one = app
            .get(&format!("/api/v1/indicators/{internal}"), token)
            .await;
        assert_eq!(one.status, if sees { 200 } else { 404 }, "{}", one.text);
        assert_eq!(
            app.get(&format!("/api/v1/indicators/{open}"), token)
                .await
                .status,
            200
        );
    }
    // Pages: the dashboard and the KPI page, and the public results.
    let dashboard = format!("/programmes/{programme}/dashboard");
    let own = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page = crate::support::text(&own, &app.url(&dashboard)).await;
    assert!(page.contains("Confidential Japan push"), "{page}");
    let other = crate::support::signed_in_browser(&app, MANAGER_B).await;
    let page = crate::support::text(&other, &app.url(&dashboard)).await;
    assert!(page.contains("Contracts signed"), "{page}");
    assert!(!page.contains("Confidential Japan push"), "{page}");
    let kpi_page = other
        .get(app.url(&format!("{dashboard}/kpis/i{internal}")))
        .send()
        .await
        .unwrap();
    assert_eq!(kpi_page.status(), 404);
    let public = reqwest::get(app.url(&format!("/results/{slug}")))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(public.contains("Contracts signed"), "{public}");
    assert!(!public.contains("Confidential Japan push"), "{public}");
    let public = own
        .get(app.url(&format!("/results/{slug}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !public.contains("Confidential Japan push"),
        "a public page, even for its own"
    );

    // Monitoring changes neither: the plan does.
    let path = format!("/api/v1/indicators/{internal}");
    assert_eq!(
        app.put(&path, &other_manager, json!({"target": 1}))
            .await
            .status,
        404
    );
    assert_eq!(app.delete(&path, &other_manager).await.status, 404);
    let refused = app.put(&path, &admin, json!({"target": 1})).await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    assert!(refused.body["error"].as_str().unwrap().contains("plan"));
    assert_eq!(app.delete(&path, &admin).await.status, 409);
    assert_eq!(app.get(&path, &manager).await.body["target"], 6);

    // An open indicator is changed with PUT: the fields sent, in its programme.
    let path = format!("/api/v1/indicators/{open}");
    let changed = app
        .put(&path, &manager, json!({"target": 8, "countries": ["jp"]}))
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.body["target"], 8);
    assert_eq!(changed.body["name"], "Contracts signed");
    assert_eq!(changed.body["countries"], json!(["JP"]));
    assert_eq!(changed.body["programme_id"], programme);
    let moved = app
        .put(&path, &manager, json!({"programme_id": null}))
        .await;
    assert_eq!(moved.status, 422, "{}", moved.text);
    assert_eq!(error_fields(&moved), vec!["programme_id"]);
    let bad = app
        .put(&path, &manager, json!({"target": -3, "metric": "luck"}))
        .await;
    assert_eq!(bad.status, 422);
    assert_eq!(error_fields(&bad), vec!["metric", "target"]);
    assert_eq!(
        app.put(&path, &member, json!({"target": 1})).await.status,
        403
    );
    assert_eq!(app.get(&path, &member).await.body["target"], 8);
}

async fn plan_kpis_are_monitoring_indicators(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let manager = app.token(MANAGER_A).await;
    let plan = japan_plan(&app, &manager).await;
    let kpis = format!("/api/v1/plans/{plan}/kpis");

    let set = app
        .post(
            &kpis,
            &manager,
            json!({"metric": "smes_with:partnership", "target": 6}),
        )
        .await;
    assert_eq!(set.status, 201, "{}", set.text);
    let kpi = &set.body["kpis"][0];
    assert_eq!(kpi["target"], 6);
    assert_eq!(
        kpi["value"], 0.0,
        "computed by monitoring: nothing recorded yet"
    );
    assert_eq!(kpi["progress"], 0);
    let indicator = kpi["indicator_id"].as_i64().unwrap();
    let kpi_id = kpi["id"].as_i64().unwrap();
    let name = format!("Japan 2027: {}", kpi["definition"].as_str().unwrap());

    let find = |list: &Reply, id: i64| -> Option<Value> {
        list.body["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["indicator_id"] == id)
            .cloned()
    };
    let indicators = app.get("/api/v1/indicators", &manager).await;
    let listed = find(&indicators, indicator).expect("the KPI is a monitoring indicator");
    assert_eq!(listed["name"], name);
    assert_eq!(listed["target"], 6);
    assert_eq!(listed["metric"], "smes_with:partnership");
    assert_eq!(listed["programme_id"], Value::Null, "a network indicator");
    assert_eq!(listed["period_from"], "2027-01-01");
    assert_eq!(listed["period_to"], "2027-12-31");
    assert_eq!(
        listed["countries"],
        json!(["JP"]),
        "only results in the plan's target market count"
    );

    // Setting the same definition again changes the target of the same indicator.
    let changed = app
        .post(&kpis, &manager, json!({"metric": "smes_with:partnership", "target": 9, "name": "Partnerships in Japan"}))
        .await;
    assert_eq!(changed.status, 200, "{}", changed.text);
    assert_eq!(changed.body["kpis"].as_array().unwrap().len(), 1);
    let listed = find(&app.get("/api/v1/indicators", &manager).await, indicator).unwrap();
    assert_eq!(listed["target"], 9);
    assert_eq!(listed["name"], "Japan 2027: Partnerships in Japan");
    let bad = app
        .post(
            &kpis,
            &manager,
            json!({"metric": "share_with:contract", "target": 120}),
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body["fields"]["target"].is_string());
    let bad = app
        .post(&kpis, &manager, json!({"metric": "happiness"}))
        .await;
    assert_eq!(error_fields(&bad), vec!["metric", "target"]);

    // The plan's title, period and programme carry over to the indicator.
    let programme = app
        .post(
            "/api/v1/programmes",
            &admin,
            json!({
                "name": "Japan Landing", "starts_on": "2026-06-01", "ends_on": "2028-06-30",
                "target_participants": 10, "target_partnerships": 4,
                "target_presences": 2, "target_export_starts": 3,
                "partner_ids": [net.incubator_a, net.incubator_b]
            }),
        )
        .await;
    let programme = programme.body["id"].as_i64().unwrap();
    let moved = app
        .put(
            &format!("/api/v1/plans/{plan}"),
            &manager,
            json!({"title": "Japan 2027-28", "ends_on": "2028-03-31", "programme_id": programme}),
        )
        .await;
    assert_eq!(moved.status, 200, "{}", moved.text);
    assert_eq!(moved.body["programme"]["name"], "Japan Landing");
    let in_programme = app
        .get(&format!("/api/v1/programmes/{programme}/kpis"), &manager)
        .await;
    let listed = find(&in_programme, indicator).expect("now among the programme's KPIs");
    assert_eq!(listed["name"], "Japan 2027-28: Partnerships in Japan");
    assert_eq!(listed["period_to"], "2028-03-31");
    assert!(find(&app.get("/api/v1/indicators", &manager).await, indicator).is_some());
    // A programme the organisation is not a partner of is refused.
    let incubator_c = crate::support::add_organisation(
        &app.db,
        crate::support::organisation_input("incubator", "Incubator C", "SE", &[]),
    )
    .await;
    let foreign = app
        .post(
            "/api/v1/programmes",
            &admin,
            json!({
                "name": "Elsewhere", "starts_on": "2026-06-01", "ends_on": "2028-06-30",
                "target_participants": 1, "target_partnerships": 1,
                "target_presences": 1, "target_export_starts": 1,
                "partner_ids": [net.incubator_b, incubator_c]
            }),
        )
        .await;
    assert_eq!(foreign.status, 201, "{}", foreign.text);
    let foreign = foreign.body["id"].as_i64().unwrap();
    let refused = app
        .put(
            &format!("/api/v1/plans/{plan}"),
            &manager,
            json!({"programme_id": foreign}),
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body["fields"]["programme_id"].is_string());

    // The plan page shows the live value with a link to monitoring.
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page = crate::support::text(&browser, &app.url(&format!("/plans/{plan}"))).await;
    assert!(page.contains("Partnerships in Japan"), "{page}");
    assert!(page.contains(&format!(
        "/programmes/{programme}/dashboard/kpis/i{indicator}"
    )));

    // Removing the KPI removes the indicator.
    let second = app
        .post(
            &kpis,
            &manager,
            json!({"metric": "records:contract", "target": 4}),
        )
        .await;
    assert_eq!(second.status, 201);
    let second_indicator = second.body["kpis"][1]["indicator_id"].as_i64().unwrap();
    assert_eq!(
        app.delete(&format!("{kpis}/{kpi_id}"), &manager)
            .await
            .status,
        204
    );
    let indicators = app.get("/api/v1/indicators", &manager).await;
    assert!(find(&indicators, indicator).is_none());
    assert!(find(&indicators, second_indicator).is_some());
    assert_eq!(
        app.delete(&format!("{kpis}/{kpi_id}"), &manager)
            .await
            .status,
        404
    );
    // Removing the plan removes its remaining indicators too.
    assert_eq!(
        app.delete(&format!("/api/v1/plans/{plan}"), &manager)
            .await
            .status,
        204
    );
    assert!(
        find(
            &app.get("/api/v1/indicators", &manager).await,
            second_indicator
        )
        .is_none()
    );
    assert_eq!(
        app.get(&format!("/api/v1/plans/{plan}"), &manager)
            .await
            .status,
        404
    );
    // Both removals are in the audit log, as removals on monitoring's pages are.
    let audit = app.get("/api/v1/audit?limit=50", &admin).await;
    let actions: Vec<(&str, &str)> = audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap_or_default(),
                e["subject"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert!(
        actions.contains(&(
            "indicator_removed",
            format!("indicator:{indicator}").as_str()
        )),
        "{actions:?}"
    );
    assert!(
        actions.contains(&("plan_deleted", format!("plan:{plan}").as_str())),
        "{actions:?}"
    );
}

async fn plans_and_checklists_are_internal_to_their_organisation(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let manager_a = app.token(MANAGER_A).await;
    let manager_b = app.token(MANAGER_B).await;
    let member = app.token(MEMBER_A1).await;
    let admin = app.token(ADMIN).await;
    let plan = japan_plan(&app, &manager_a).await;
    let visits = instrument_id(&app, &manager_a, "study-visits").await;
    let item = app
        .post(
            &format!("/api/v1/plans/{plan}/items"),
            &manager_a,
            json!({"instrument_id": visits, "starts_on": "2027-02-01", "ends_on": "2027-02-05"}),
        )
        .await;
    let item = item.body["items"][0]["id"].as_i64().unwrap();
    let strategy = format!("/api/v1/organisations/{}/strategy", net.incubator_a);

    for token in [&manager_b, &member] {
        for path in [format!("/api/v1/plans/{plan}"), strategy.clone()] {
            assert_eq!(app.get(&path, token).await.status, 404, "{path}");
        }
        assert_eq!(
            app.put(
                &format!("/api/v1/plans/{plan}"),
                token,
                json!({"title": "Mine"})
            )
            .await
            .status,
            404
        );
        assert_eq!(
            app.put(
                &format!("/api/v1/plans/{plan}/items/{item}"),
                token,
                json!({"days": 1})
            )
            .await
            .status,
            404
        );
        assert_eq!(
            app.post(
                &format!("/api/v1/plans/{plan}/kpis"),
                token,
                json!({"metric": "participants", "target": 1})
            )
            .await
            .status,
            404
        );
        assert_eq!(
            app.delete(&format!("/api/v1/plans/{plan}"), token)
                .await
                .status,
            404
        );
        assert_eq!(
            app.put(
                &strategy,
                token,
                json!({"self_check": [{"key": "no-contacts", "answer": "yes"}]})
            )
            .await
            .status,
            404
        );
        assert_eq!(app.get("/api/v1/plans", token).await.body["total"], 0);
    }
    assert_eq!(
        app.post(
            "/api/v1/plans",
            &member,
            json!({"title": "Ours", "market_country": "SE", "starts_on": "2027-01-01", "ends_on": "2027-06-30"})
        )
        .await
        .status,
        403
    );
    assert_eq!(app.get("/api/v1/plans", &manager_a).await.body["total"], 1);
    // The comparison of the organisation's plans, for its own managers only.
    let compare = format!("/api/v1/plans/compare?organisation={}", net.incubator_a);
    let compared = app.get(&compare, &manager_a).await;
    assert_eq!(compared.status, 200, "{}", compared.text);
    assert_eq!(compared.body["total"], 1);
    assert_eq!(compared.body["items"][0]["id"], plan);
    assert_eq!(
        compared.body["items"][0]["items"][0]["id"], item,
        "each plan in full"
    );
    assert_eq!(
        compared.body["items"][0]["budget"]["groups"]
            .as_array()
            .map(Vec::len),
        Some(3),
        "a budget per instrument group"
    );
    assert_eq!(
        app.get("/api/v1/plans/compare", &manager_a).await.body["total"],
        1
    );
    for token in [&manager_b, &member] {
        assert_eq!(app.get(&compare, token).await.status, 404);
    }
    assert_eq!(
        app.get(&format!("/api/v1/plans/{plan}"), &admin)
            .await
            .status,
        200
    );
    assert_eq!(app.get(&strategy, &admin).await.status, 200);

    // The pages say the same: not found, with nothing of the plan in them.
    let browser = crate::support::signed_in_browser(&app, MANAGER_B).await;
    for path in [
        format!("/plans/{plan}"),
        format!("/plans/{plan}/edit"),
        format!("/plans/{plan}/export?format=csv"),
        format!("/plans/{plan}/items/{item}/edit"),
        format!("/plans/compare?organisation={}", net.incubator_a),
        format!("/organisations/{}/strategy", net.incubator_a),
    ] {
        let response = browser.get(app.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
        assert!(
            !response.text().await.unwrap().contains("Japan 2027"),
            "{path}"
        );
    }
    let list = crate::support::text(&browser, &app.url("/plans")).await;
    assert!(!list.contains("Japan 2027"));
}

fn method(title: &str, kind: &str, novelty: &str, presented_on: Option<&str>) -> Value {
    json!({
        "title": title,
        "kind": kind,
        "novelty": novelty,
        "theme": "business_models",
        "summary": format!("{title}, as the region uses it with its companies."),
        "materials": [{"title": "Guide", "url": "https://example.org/guide.pdf"}],
        "presented_on": presented_on
    })
}

async fn the_methods_library_counts_as_counted_by_hand(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let manager_a = app.token(MANAGER_A).await;
    let manager_b = app.token(MANAGER_B).await;
    let member = app.token(MEMBER_A1).await;

    let empty = app.get("/api/v1/methods/indicators", &member).await;
    assert_eq!(empty.status, 200, "{}", empty.text);
    let values = library_rows;
    assert!(values(&empty).iter().all(|(_, v, _)| *v == 0));

    // Five methods and tools of incubator A: three presented (one only next
    // year), two new or improved tools.
    let mut ids = Vec::new();
    for (title, kind, novelty, presented) in [
        ("Growth compass", "tool", "improved", Some("2026-03-01")),
        ("Export readiness scan", "tool", "new", None),
        ("Supplier day", "tool", "existing", Some("2026-05-01")),
        ("Servitisation sprint", "method", "new", Some("2026-09-15")),
        (
            "Apprentice exchange",
            "method",
            "existing",
            Some("2099-01-01"),
        ),
    ] {
        let created = app
            .post(
                "/api/v1/methods",
                &manager_a,
                method(title, kind, novelty, presented),
            )
            .await;
        assert_eq!(created.status, 201, "{}", created.text);
        assert_eq!(created.body["organisation"]["id"], net.incubator_a);
        ids.push(created.body["id"].as_i64().unwrap());
    }
    let compass = ids[0];
    // Pilots by incubator B and (through an admin) the cluster.
    let pilot = |informed: i64, adopting: i64, status: &str| {
        json!({"starts_on": "2026-10-01", "status": status, "informed": informed, "adopting": adopting,
               "results": "Tried with a first group of companies."})
    };
    let first = app
        .post(
            &format!("/api/v1/methods/{compass}/pilots"),
            &manager_b,
            pilot(40, 6, "running"),
        )
        .await;
    assert_eq!(first.status, 201, "{}", first.text);
    assert_eq!(first.body["organisation"]["id"], net.incubator_b);
    let first = first.body["id"].as_i64().unwrap();
    let mut by_cluster = pilot(25, 0, "planned");
    by_cluster["organisation_id"] = json!(net.cluster);
    assert_eq!(
        app.post(
            &format!("/api/v1/methods/{}/pilots", ids[3]),
            &admin,
            by_cluster
        )
        .await
        .status,
        201
    );
    let third = app
        .post(
            &format!("/api/v1/methods/{}/pilots", ids[1]),
            &manager_b,
            pilot(120, 14, "completed"),
        )
        .await;
    assert_eq!(third.status, 201);
    let indicators = app.get("/api/v1/methods/indicators", &member).await;
    assert_eq!(
        values(&indicators),
        vec![
            ("presented".to_string(), 3, 30),
            ("new_or_improved_tools".to_string(), 2, 12),
            ("initiating".to_string(), 20, 120),
            ("informed".to_string(), 185, 1200),
        ]
    );
    assert_eq!(indicators.body["items"][0]["progress"], 10);

    // A pilot reports new numbers: the counts follow.
    let reported = app
        .put(
            &format!("/api/v1/pilots/{first}"),
            &manager_b,
            json!({"status": "completed", "informed": 60, "adopting": 11}),
        )
        .await;
    assert_eq!(reported.status, 200, "{}", reported.text);
    assert_eq!(
        reported.body["results"],
        "Tried with a first group of companies."
    );
    let indicators = app.get("/api/v1/methods/indicators", &member).await;
    assert_eq!(values(&indicators)[2].1, 25);
    assert_eq!(values(&indicators)[3].1, 205);

    // The method shows its pilots; the library lists and filters.
    let detail = app
        .get(&format!("/api/v1/methods/{compass}"), &member)
        .await;
    assert_eq!(detail.body["pilots"].as_array().unwrap().len(), 1);
    assert_eq!(detail.body["theme_label"], "Business models and strategy");
    let tools = app.get("/api/v1/methods?kind=tool", &member).await;
    assert_eq!(tools.body["total"], 3);
    let found = app.get("/api/v1/methods?q=compass", &member).await;
    assert_eq!(found.body["items"][0]["slug"], "growth-compass");

    // Who may change what.
    let change = json!({"summary": "Changed by someone else."});
    assert_eq!(
        app.put(
            &format!("/api/v1/methods/{compass}"),
            &manager_b,
            change.clone()
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.put(
            &format!("/api/v1/methods/{compass}"),
            &member,
            change.clone()
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.put(&format!("/api/v1/methods/{compass}"), &manager_a, change)
            .await
            .status,
        200
    );
    let report = json!({"adopting": 1});
    assert_eq!(
        app.put(
            &format!("/api/v1/pilots/{first}"),
            &manager_a,
            report.clone()
        )
        .await
        .status,
        403
    );
    assert_eq!(
        app.put(&format!("/api/v1/pilots/{first}"), &member, report.clone())
            .await
            .status,
        403
    );
    assert_eq!(
        app.put("/api/v1/pilots/999999", &manager_b, report)
            .await
            .status,
        404
    );
    assert_eq!(
        app.post(
            "/api/v1/methods",
            &member,
            method("Mine", "tool", "new", None)
        )
        .await
        .status,
        403
    );
    let own = app
        .post(
            &format!("/api/v1/methods/{compass}/pilots"),
            &manager_a,
            pilot(1, 0, "planned"),
        )
        .await;
    assert_eq!(own.status, 422, "{}", own.text);
    assert!(own.body["fields"]["organisation_id"].is_string());
    assert_eq!(
        app.post(
            &format!("/api/v1/methods/{compass}/pilots"),
            &member,
            pilot(1, 0, "planned")
        )
        .await
        .status,
        403
    );
    let too_many = app
        .post(
            &format!("/api/v1/methods/{compass}/pilots"),
            &manager_b,
            pilot(3, 5, "sometime"),
        )
        .await;
    assert_eq!(too_many.status, 422);
    assert_eq!(error_fields(&too_many), vec!["adopting", "status"]);
    let mut hostile = method("Hostile", "gadget", "new", None);
    hostile["materials"] = json!([{"title": "Click", "url": "javascript:alert(1)"}]);
    let hostile = app.post("/api/v1/methods", &manager_a, hostile).await;
    assert_eq!(hostile.status, 422);
    assert_eq!(error_fields(&hostile), vec!["kind", "materials"]);
    let twice = app
        .post(
            "/api/v1/methods",
            &manager_b,
            method("Growth compass", "tool", "new", None),
        )
        .await;
    assert_eq!(twice.status, 409);
}

async fn checklists_show_progress_and_flag_risks(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let path = format!("/api/v1/organisations/{}/strategy", net.incubator_a);
    let blank = app.get(&path, &manager).await;
    assert_eq!(blank.status, 200, "{}", blank.text);
    assert_eq!(blank.body["phases"].as_array().unwrap().len(), 5);
    assert_eq!(
        blank.body["overall"],
        json!({"done": 0, "relevant": 24, "percent": 0})
    );
    assert_eq!(blank.body["risks"], json!([]));

    let saved = app.put(&path,
        &manager,
        json!({
            "items": [
                {"key": "p1-member-needs", "status": "done", "evidence_text": "Survey of 42 members, March"},
                {"key": "p1-member-profile", "status": "done"},
                {"key": "p1-market-analysis", "status": "in_progress"},
                {"key": "p1-unique-offer", "status": "not_relevant"},
                {"key": "p2-team", "status": "done", "evidence_url": "https://example.org/team"}
            ],
            "self_check": [
                {"key": "push-and-pull", "answer": "yes"},
                {"key": "written-strategy", "answer": "partly"},
                {"key": "goals-aligned", "answer": "no"},
                {"key": "no-contacts", "answer": "yes"},
                {"key": "general-offer", "answer": "no"}
            ]
        }),
    )
    .await;
    assert_eq!(saved.status, 200, "{}", saved.text);
    let phase = |n: usize| saved.body["phases"][n]["progress"].clone();
    assert_eq!(phase(0), json!({"done": 2, "relevant": 4, "percent": 50}));
    assert_eq!(phase(1), json!({"done": 1, "relevant": 5, "percent": 20}));
    assert_eq!(phase(4), json!({"done": 0, "relevant": 4, "percent": 0}));
    assert_eq!(
        saved.body["overall"],
        json!({"done": 3, "relevant": 23, "percent": 13})
    );
    assert_eq!(
        saved.body["risks"],
        json!(["written-strategy", "goals-aligned", "no-contacts"])
    );
    let needs = &saved.body["phases"][0]["items"][0];
    assert_eq!(needs["evidence_text"], "Survey of 42 members, March");
    assert_eq!(needs["updated_by"], "manager");
    let untouched = &saved.body["phases"][2]["items"][0];
    assert_eq!(untouched["status"], "not_started");
    assert_eq!(untouched["updated_by"], Value::Null);
    let when = needs["updated_at"].clone();

    // A later change leaves the others' dates alone; fields left out stay.
    let later = app.put(&path,
        &manager,
        json!({"items": [{"key": "p1-member-needs", "status": "done"}, {"key": "p1-markets-chosen", "status": "done"}],
               "self_check": [{"key": "no-contacts", "answer": "no"}]}),
    )
    .await;
    assert_eq!(later.status, 200, "{}", later.text);
    assert_eq!(later.body["phases"][0]["items"][0]["updated_at"], when);
    assert_eq!(
        later.body["phases"][0]["items"][0]["evidence_text"],
        "Survey of 42 members, March"
    );
    assert_eq!(later.body["phases"][0]["progress"]["percent"], 75);
    assert_eq!(
        later.body["risks"],
        json!(["written-strategy", "goals-aligned"])
    );

    let bad = app.put(&path,
        &manager,
        json!({"items": [{"key": "p9-moon", "status": "done"}, {"key": "p2-skills", "evidence_url": "ftp://x.example.org"}],
               "self_check": [{"key": "no-contacts", "answer": "maybe"}]}),
    )
    .await;
    assert_eq!(bad.status, 422, "{}", bad.text);
    let fields = error_fields(&bad);
    assert!(fields.contains(&"items.p9-moon".to_string()), "{fields:?}");
    assert!(
        fields.contains(&"items.p2-skills.evidence_url".to_string()),
        "{fields:?}"
    );
}

async fn post_form(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> (u16, String, String) {
    let response = app
        .client
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

async fn page(app: &TestApp, path: &str) -> (u16, String) {
    let response = app.client.get(app.url(path)).send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn toolbox_pages_show_and_forms_come_back_with_their_errors(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let manager_b = app.token(MANAGER_B).await;
    app.sign_in_browser(MANAGER_A).await;
    let csrf = app.page_csrf("/toolbox").await;

    // A plan through its forms.
    let (status, _, body) = post_form(
        &app,
        "/plans/new",
        &[
            ("_csrf", &csrf),
            ("title", " "),
            ("market_country", "JP"),
            ("starts_on", "2027-01-01"),
            ("ends_on", "2027-12-31"),
            ("day_rate_eur", "six hundred"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        body.contains("is required") && body.contains("must be an amount in euros"),
        "{body}"
    );
    assert!(body.contains("value=\"JP\""), "what was typed stays");
    let (status, location, _) = post_form(
        &app,
        "/plans/new",
        &[
            ("_csrf", &csrf),
            ("title", "Japan 2027"),
            ("market_country", "JP"),
            ("starts_on", "2027-01-01"),
            ("ends_on", "2027-12-31"),
            ("day_rate_eur", "650"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let plan: i64 = location.trim_start_matches("/plans/").parse().unwrap();
    let fairs = instrument_id(&app, &manager_b, "trade-fairs")
        .await
        .to_string();
    let (status, _, body) = post_form(
        &app,
        &format!("/plans/{plan}/items"),
        &[
            ("_csrf", &csrf),
            ("instrument_id", &fairs),
            ("starts_on", "2027-05-10"),
            ("ends_on", "2027-05-01"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("must not be before the start"), "{body}");
    let (status, _, _) = post_form(
        &app,
        &format!("/plans/{plan}/items"),
        &[
            ("_csrf", &csrf),
            ("instrument_id", &fairs),
            ("starts_on", "2027-05-10"),
            ("ends_on", "2027-05-12"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (_, body) = page(&app, &format!("/plans/{plan}")).await;
    // 10 days at EUR 650 and EUR 12,800 of costs.
    assert!(body.contains("data-budget=\"total\">EUR 19,300<"), "{body}");
    let (status, _, body) = post_form(
        &app,
        &format!("/plans/{plan}/kpis"),
        &[
            ("_csrf", &csrf),
            ("metric", "records:partnership"),
            ("target", "many"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("must be a whole number"), "{body}");
    let (status, _, _) = post_form(
        &app,
        &format!("/plans/{plan}/kpis"),
        &[
            ("_csrf", &csrf),
            ("metric", "value:contract"),
            ("target", "250,000"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (_, body) = page(&app, &format!("/plans/{plan}")).await;
    assert!(
        body.contains("EUR 250,000"),
        "a money target is typed in euros"
    );
    let item = app
        .get(
            &format!("/api/v1/plans/{plan}"),
            &app.token(MANAGER_A).await,
        )
        .await;
    let item = item.body["items"][0]["id"].as_i64().unwrap();

    // A method, a pilot by B, the checklist.
    let (status, _, body) = post_form(
        &app,
        "/methods/new",
        &[
            ("_csrf", &csrf),
            ("title", "Growth compass"),
            ("kind", "tool"),
            ("novelty", "new"),
            ("theme", "business_models"),
            ("summary", "Where a company stands."),
            ("materials", "Guide | javascript:alert(1)"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(body.contains("material 1 (Guide)"), "{body}");
    let (status, location, _) = post_form(
        &app,
        "/methods/new",
        &[
            ("_csrf", &csrf),
            ("title", "Growth compass"),
            ("kind", "tool"),
            ("novelty", "new"),
            ("theme", "business_models"),
            ("summary", "Where a company stands."),
            ("materials", "Guide | https://example.org/compass.pdf"),
            ("presented_on", "2026-11-02"),
        ],
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (303, "/methods/growth-compass")
    );
    let method = app.get("/api/v1/methods?q=compass", &manager_b).await;
    let method = method.body["items"][0]["id"].as_i64().unwrap();
    let pilot = app
        .post(
            &format!("/api/v1/methods/{method}/pilots"),
            &manager_b,
            json!({"starts_on": "2026-12-01", "status": "running", "informed": 12, "adopting": 2}),
        )
        .await;
    let pilot = pilot.body["id"].as_i64().unwrap();
    let strategy = format!("/organisations/{}/strategy", net.incubator_a);
    let (status, _, body) = post_form(
        &app,
        &strategy,
        &[
            ("_csrf", &csrf),
            ("status_p1-member-needs", "done"),
            (
                "evidence_url_p1-member-needs",
                "ftp://files.example.org/survey",
            ),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        body.contains("must be an http:// or https:// address"),
        "{body}"
    );
    let (status, _, _) = post_form(
        &app,
        &format!("{strategy}/self-check"),
        &[
            ("_csrf", &csrf),
            ("answer_no-contacts", "yes"),
            ("answer_push-and-pull", "yes"),
        ],
    )
    .await;
    assert_eq!(status, 303);
    let (_, body) = page(&app, &strategy).await;
    assert!(
        body.contains("Start with a study visit or a matchmaking event"),
        "the risk's advice"
    );

    // Every page answers.
    for path in [
        "/toolbox".to_string(),
        "/instruments".to_string(),
        "/instruments?group=leads&q=fair".to_string(),
        "/instruments/trade-fairs".to_string(),
        "/instruments/new".to_string(),
        "/plans".to_string(),
        "/plans/new".to_string(),
        format!("/plans/{plan}"),
        format!("/plans/{plan}/edit"),
        format!("/plans/{plan}/items/{item}/edit"),
        "/plans/compare".to_string(),
        format!("/plans/compare?organisation={}", net.incubator_a),
        "/methods".to_string(),
        "/methods?kind=tool&theme=business_models&q=compass".to_string(),
        "/methods/growth-compass".to_string(),
        "/methods/new".to_string(),
        "/methods/growth-compass/edit".to_string(),
        strategy.clone(),
        format!("/organisations/{}", net.incubator_a),
    ] {
        let (status, body) = page(&app, &path).await;
        assert_eq!(status, 200, "{path}: {body}");
        assert!(
            body.contains("aria-current=\"page\">Toolbox<") || path.starts_with("/organisations/1"),
            "{path}"
        );
    }
    let (_, organisation) = page(&app, &format!("/organisations/{}", net.incubator_a)).await;
    assert!(organisation.contains(&format!("href=\"{strategy}\"")));
    let (_, other) = page(&app, &format!("/organisations/{}", net.incubator_b)).await;
    assert!(
        !other.contains("/strategy\""),
        "no link to a checklist A's manager may not see"
    );
    let (_, library) = page(&app, "/methods").await;
    assert!(
        library.contains("data-indicator=\"presented\">1<"),
        "{library}"
    );
    assert!(library.contains("data-indicator=\"informed\">12<"));
    assert!(library.contains("<svg class=\"chart\""));
    let (_, compare) = page(&app, "/plans/compare").await;
    assert!(
        compare.contains("EUR 19,300") && compare.contains("EUR 250,000"),
        "{compare}"
    );
    // A pilot is reported by its organisation only.
    assert_eq!(page(&app, &format!("/pilots/{pilot}/edit")).await.0, 403);
    let b_browser = crate::support::signed_in_browser(&app, MANAGER_B).await;
    let form = b_browser
        .get(app.url(&format!("/pilots/{pilot}/edit")))
        .send()
        .await
        .unwrap();
    assert_eq!(form.status(), 200);
    let b_csrf = crate::support::hidden_field(&form.text().await.unwrap(), "_csrf").unwrap();
    let refused = b_browser
        .post(app.url(&format!("/pilots/{pilot}/edit")))
        .form(&[
            ("_csrf", b_csrf.as_str()),
            ("starts_on", "2026-12-01"),
            ("status", "running"),
            ("informed", "3"),
            ("adopting", "4"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("cannot be more than the organisations and companies informed")
    );
    assert_eq!(
        page(&app, "/instruments/roadshows/edit").await.0,
        403,
        "the network's are the admins'"
    );
    let (status, _, _) = post_form(
        &app,
        &format!("/plans/{plan}/kpis"),
        &[("metric", "participants"), ("target", "3")],
    )
    .await;
    assert_eq!(status, 403, "a form without its CSRF token is refused");
    let export = app
        .client
        .get(app.url(&format!("/plans/{plan}/export?format=pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(export.status(), 422);
}

async fn demo_token(app: &TestApp, email: &str) -> String {
    let reply = app
        .call(
            Method::POST,
            "/api/v1/auth/token",
            None,
            Some(&json!({"email": email, "password": landfall::demo::DEMO_PASSWORD})),
        )
        .await;
    assert_eq!(reply.status, 200, "{email}: {}", reply.text);
    reply.body["token"].as_str().unwrap().to_string()
}

async fn the_demo_fills_the_toolbox_once(backend: Backend) {
    use landfall::demo;
    let app = spawn(backend).await;
    let first = demo::load(&app.db, 0).await.unwrap();
    let added = first.toolbox_added;
    assert_eq!((added.plans, added.methods, added.checklists), (3, 15, 3));
    let admin = demo_token(&app, demo::ADMIN_EMAIL).await;
    let indicators_before = app.get("/api/v1/indicators", &admin).await.body["total"].clone();
    let second = demo::load(&app.db, 0).await.unwrap();
    assert_eq!(
        second.toolbox_added,
        Default::default(),
        "loading again adds nothing"
    );

    assert_eq!(
        app.get("/api/v1/indicators", &admin).await.body["total"],
        indicators_before
    );
    let token = demo_token(&app, "manager.sunnmore-maritime-cluster@example.org").await;
    let seen = app.get("/api/v1/indicators", &token).await.body["total"].clone();
    assert!(
        seen.as_i64() < indicators_before.as_i64(),
        "another cluster's plan KPIs are not the cluster's to see: {seen} of {indicators_before}"
    );
    let plans = app.get("/api/v1/plans", &token).await;
    assert_eq!(plans.body["total"], 2, "{}", plans.text);
    for summary in plans.body["items"].as_array().unwrap() {
        let plan = app
            .get(&format!("/api/v1/plans/{}", summary["id"]), &token)
            .await;
        assert_eq!(plan.status, 200);
        assert!(
            plan.body["items"].as_array().unwrap().len() >= 5,
            "{}",
            plan.text
        );
        assert!(plan.body["budget"]["total_cents"].as_i64().unwrap() > 0);
        assert!(!plan.body["kpis"].as_array().unwrap().is_empty());
        assert!(plan.body["kpis"][0]["value"].is_number(), "a live value");
    }
    let japan = &plans.body["items"][0];
    assert_eq!(japan["market"]["country"], "JP");
    let library = app.get("/api/v1/methods/indicators", &token).await;
    let values: Vec<(i64, i64)> = library.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["value"].as_i64().unwrap(), i["target"].as_i64().unwrap()))
        .collect();
    assert_eq!(values, vec![(12, 30), (6, 12), (51, 120), (535, 1200)]);
    assert_eq!(app.get("/api/v1/methods", &token).await.body["total"], 15);
    let organisations = app.get("/api/v1/organisations?limit=200", &token).await;
    let sunnmore = organisations.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"].as_str().unwrap().starts_with("Sunnmøre"))
        .unwrap()["id"]
        .clone();
    let strategy = app
        .get(
            &format!("/api/v1/organisations/{sunnmore}/strategy"),
            &token,
        )
        .await;
    assert_eq!(strategy.status, 200, "{}", strategy.text);
    assert_eq!(
        strategy.body["risks"],
        json!([
            "written-strategy",
            "integrated-and-measured",
            "language-and-culture"
        ])
    );
    assert!(strategy.body["overall"]["percent"].as_u64().unwrap() > 30);
}

async fn toolbox_pages_speak_the_language_of_the_browser(backend: Backend) {
    let app = spawn(backend).await;
    let _net = network(&app).await;
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;

    let german = text_in(&browser, &app.url("/toolbox"), "de-DE,de;q=0.9,en;q=0.5").await;
    assert!(german.contains("<html lang=\"de\">"), "{german}");
    assert!(german.contains("<h1>Werkzeugkasten</h1>"), "{german}");
    assert!(german.contains("Internationalisierungspläne"), "{german}");

    let dutch = text_in(&browser, &app.url("/instruments"), "nl").await;
    assert!(dutch.contains("<html lang=\"nl\">"), "{dutch}");
    assert!(
        dutch.contains("<h1>Internationaliseringsinstrumenten</h1>"),
        "{dutch}"
    );

    let english = crate::support::text(&browser, &app.url("/toolbox")).await;
    assert!(english.contains("<html lang=\"en\">"), "{english}");
    assert!(english.contains("<h1>Toolbox</h1>"), "{english}");
    let english = crate::support::text(&browser, &app.url("/instruments")).await;
    assert!(
        english.contains("<h1>Internationalisation instruments</h1>"),
        "{english}"
    );
}

async fn plan_pages_show_labels_and_dates_in_the_browser_language(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let plan = japan_plan(&app, &manager).await;
    let visits = instrument_id(&app, &manager, "study-visits").await;
    let item = app
        .post(
            &format!("/api/v1/plans/{plan}/items"),
            &manager,
            json!({"instrument_id": visits, "starts_on": "2027-02-01", "ends_on": "2027-02-05"}),
        )
        .await;
    assert_eq!(item.status, 201, "{}", item.text);
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let page = app.url(&format!("/plans/{plan}"));

    let german = text_in(&browser, &page, "de").await;
    assert!(german.contains("<html lang=\"de\">"), "{german}");
    assert!(
        german.contains("1. Jan. 2027 bis 31. Dez. 2027"),
        "{german}"
    );
    assert!(german.contains("1. Feb. 2027 bis 5. Feb. 2027"), "{german}");
    assert!(
        german.contains("Den Schritt ins Ausland vorbereiten"),
        "{german}"
    );
    assert!(
        !german.contains("Preparing to go international"),
        "{german}"
    );
    assert!(!german.contains("2027-02-01"), "{german}");
    let library = text_in(&browser, &app.url("/methods"), "de").await;
    assert!(
        library.contains("Vorgestellte Methoden und Werkzeuge"),
        "{library}"
    );
    assert!(
        library.contains("Geschäftsmodelle und Strategie"),
        "{library}"
    );

    let english = crate::support::text(&browser, &page).await;
    assert!(english.contains("1 Jan 2027 to 31 Dec 2027"), "{english}");
    assert!(english.contains("1 Feb 2027 to 5 Feb 2027"), "{english}");
    assert!(
        english.contains("Preparing to go international"),
        "{english}"
    );
    let library = crate::support::text(&browser, &app.url("/methods")).await;
    assert!(library.contains("Methods and tools presented"), "{library}");
    assert!(
        library.contains("Business models and strategy"),
        "{library}"
    );
}

/// The library's targets are the network's own: the coordinator changes
/// them through the API or the form (each a whole number from 1 to
/// 10,000,000, one left out keeping its target), the indicators measure
/// against them, the change is in the audit log, and nobody else may.
async fn the_coordinator_sets_the_library_targets(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let admin = app.token(ADMIN).await;
    let manager = app.token(MANAGER_A).await;
    let targets = |reply: &Reply| -> Vec<(String, i64)> {
        library_rows(reply)
            .into_iter()
            .map(|(key, _, target)| (key, target))
            .collect()
    };
    let first = app.get("/api/v1/methods/indicators", &manager).await;
    let first_targets: Vec<i64> = targets(&first).iter().map(|t| t.1).collect();
    assert_eq!(first_targets, [30, 12, 120, 1200]);

    let set = app
        .put(
            "/api/v1/methods/indicators",
            &admin,
            json!({"presented": 40, "informed": 2000}),
        )
        .await;
    assert_eq!(set.status, 200, "{}", set.text);
    let expected: Vec<(String, i64)> = [
        ("presented", 40),
        ("new_or_improved_tools", 12),
        ("initiating", 120),
        ("informed", 2000),
    ]
    .iter()
    .map(|(k, t)| ((*k).to_string(), *t))
    .collect();
    assert_eq!(targets(&set), expected);
    let read = app.get("/api/v1/methods/indicators", &manager).await;
    assert_eq!(targets(&read), expected);
    assert_eq!(read.body["items"][0]["progress"], 0);

    // Out of range or not a number: 422 naming each field, nothing written.
    let refused = app
        .put(
            "/api/v1/methods/indicators",
            &admin,
            json!({"presented": 41, "new_or_improved_tools": 0, "informed": "many"}),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert!(refused.body["fields"]["new_or_improved_tools"].is_string());
    assert!(refused.body["fields"]["informed"].is_string());
    assert!(refused.body["fields"]["presented"].is_null());
    let unchanged = app.get("/api/v1/methods/indicators", &manager).await;
    assert_eq!(targets(&unchanged), expected);

    // Only the coordinator.
    let forbidden = app
        .put(
            "/api/v1/methods/indicators",
            &manager,
            json!({"presented": 1}),
        )
        .await;
    assert_eq!(forbidden.status, 403);
    let audit = app.get("/api/v1/audit?limit=200", &admin).await;
    let summaries: Vec<&str> = audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["subject"] == "library-targets")
        .map(|e| e["summary"].as_str().unwrap())
        .collect();
    assert_eq!(
        summaries,
        ["Methods library targets: presented 30 → 40, informed 1200 → 2000"]
    );

    // The form: shown to the coordinator only, refused input shown again
    // with the field's message, saved input back on the library page.
    let browser = crate::support::signed_in_browser(&app, ADMIN).await;
    let library = crate::support::text(&browser, &app.url("/methods")).await;
    assert!(library.contains("href=\"/methods/indicators\""));
    let form = crate::support::text(&browser, &app.url("/methods/indicators")).await;
    assert!(form.contains("value=\"2000\""), "{form}");
    let csrf = crate::support::hidden_field(&form, "_csrf").unwrap();
    let fields = |informed: &str| {
        vec![
            ("_csrf", csrf.clone()),
            ("presented", "40".to_string()),
            ("new_or_improved_tools", "15".to_string()),
            ("initiating", "".to_string()),
            ("informed", informed.to_string()),
        ]
    };
    let again = crate::support::post_form_in(
        &browser,
        &app.url("/methods/indicators"),
        &fields("lots"),
        "en",
    )
    .await;
    assert_eq!(again.status(), 422);
    let again = again.text().await.unwrap();
    assert!(again.contains("id=\"informed-error\""), "{again}");
    assert!(again.contains("id=\"initiating-error\""), "{again}");
    assert!(again.contains("value=\"lots\""));
    let mut complete = fields("2,500");
    complete[3].1 = "150".to_string();
    let saved =
        crate::support::post_form_in(&browser, &app.url("/methods/indicators"), &complete, "en")
            .await;
    assert!(saved.status().is_redirection(), "{}", saved.status());
    let read = app.get("/api/v1/methods/indicators", &manager).await;
    let now: Vec<i64> = targets(&read).iter().map(|t| t.1).collect();
    assert_eq!(now, [40, 15, 150, 2500]);
    let managers = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let library = crate::support::text(&managers, &app.url("/methods")).await;
    assert!(!library.contains("href=\"/methods/indicators\""));
    let page = managers
        .get(app.url("/methods/indicators"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 403);
}

on_both_backends!(
    every_database_starts_with_the_network_catalogue,
    the_openapi_document_describes_the_toolbox,
    managers_add_instruments_and_only_their_owners_change_them,
    plan_budgets_roll_up_as_counted_by_hand,
    plan_kpis_are_monitoring_indicators,
    plan_indicators_are_internal_to_the_plans_organisation,
    plans_and_checklists_are_internal_to_their_organisation,
    the_methods_library_counts_as_counted_by_hand,
    checklists_show_progress_and_flag_risks,
    toolbox_pages_show_and_forms_come_back_with_their_errors,
    the_demo_fills_the_toolbox_once,
    toolbox_pages_speak_the_language_of_the_browser,
    plan_pages_show_labels_and_dates_in_the_browser_language,
    the_coordinator_sets_the_library_targets,
);
