//! Two people edit the same record at the same moment. Each edit form
//! carries the version of the record it was filled from: the one saved
//! second is refused instead of writing the old fields back over the first
//! one's change, shown again as it was typed with the record's new version,
//! and goes through once saved again on purpose. A change through the API
//! that waited for another one to commit is refused the same way.

use landfall::demo::{self, ADMIN_EMAIL, DEMO_PASSWORD};
use serde_json::{Value, json};

use crate::crawl::{Form, forms_of};
use crate::on_both_backends;
use crate::support::{Backend, TestApp, browser, sign_in_as, spawn, text};

const CHANGED_MEANWHILE: &str = "someone else saved this record meanwhile";

/// The edit form on `path`, as a signed-in coordinator sees it.
async fn edit_form(client: &reqwest::Client, app: &TestApp, path: &str) -> Form {
    let page = text(client, &app.url(path)).await;
    forms_of(&page, path)
        .into_iter()
        .find(|f| f.fields.iter().any(|(name, _)| name == "version"))
        .unwrap_or_else(|| panic!("no edit form with a version on {path}: {page}"))
}

fn version(form: &Form) -> &str {
    form.fields
        .iter()
        .find(|(name, _)| name == "version")
        .map(|(_, value)| value.as_str())
        .unwrap()
}

/// Sends a form as it is; returns the status and the page.
async fn save(client: &reqwest::Client, app: &TestApp, form: &Form) -> (u16, String) {
    let reply = client
        .post(app.url(&form.action))
        .form(&form.fields)
        .send()
        .await
        .unwrap();
    (reply.status().as_u16(), reply.text().await.unwrap())
}

/// Two coordinators open the edit form on `path`; the first saves it, then
/// the second, whose form is older.
async fn second_save_is_refused(app: &TestApp, path: &str) {
    let (first, second) = (browser(), browser());
    for client in [&first, &second] {
        sign_in_as(client, app, ADMIN_EMAIL, DEMO_PASSWORD).await;
    }
    let theirs = edit_form(&first, app, path).await;
    let mut mine = edit_form(&second, app, path).await;
    assert_eq!(version(&theirs), version(&mine), "{path}");
    let (status, page) = save(&first, app, &theirs).await;
    assert_eq!(status, 303, "{path}: {page}");

    // Something typed into the older form is neither saved nor lost.
    let mark = format!(" (second edit of{})", path.replace('/', " "));
    let typed = mine
        .fields
        .iter_mut()
        .find(|(name, _)| name == "title" || name == "name")
        .unwrap_or_else(|| panic!("{path}: no title or name field"));
    typed.1.push_str(&mark);
    let (status, page) = save(&second, app, &mine).await;
    assert_eq!(status, 422, "{path}: {page}");
    assert!(page.contains(CHANGED_MEANWHILE), "{path}: {page}");
    assert!(page.contains(&mark), "{path}: kept as typed");
    let shown_again = forms_of(&page, path)
        .into_iter()
        .find(|f| f.action == mine.action)
        .unwrap();
    assert_ne!(
        version(&shown_again),
        version(&mine),
        "{path}: the new version"
    );
    let now = text(&first, &app.url(path)).await;
    assert!(!now.contains(&mark), "{path}: nothing saved");

    let (status, page) = save(&second, app, &shown_again).await;
    assert_eq!(status, 303, "{path}: saved on purpose: {page}");
    let now = text(&first, &app.url(path)).await;
    assert!(now.contains(&mark), "{path}: {now}");
}

/// The first item's `key` of a list from the API.
async fn first(app: &TestApp, token: &str, list: &str, key: &str) -> String {
    let reply = app.get(list, token).await;
    assert_eq!(reply.status, 200, "{list}: {}", reply.text);
    match &reply.body["items"][0][key] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

async fn forms_filled_before_a_change_are_refused(backend: Backend) {
    let app = spawn(backend).await;
    demo::load(&app.db, 20).await.unwrap();
    let admin = app.token_as(ADMIN_EMAIL, DEMO_PASSWORD).await;
    let programme = first(&app, &admin, "/api/v1/programmes", "id").await;
    let paths = [
        format!(
            "/calls/{}/edit",
            first(&app, &admin, "/api/v1/calls", "id").await
        ),
        format!(
            "/events/{}/edit",
            first(&app, &admin, "/api/v1/events", "id").await
        ),
        format!("/programmes/{programme}/edit"),
        format!(
            "/plans/{}/edit",
            first(&app, &admin, "/api/v1/plans", "id").await
        ),
        format!(
            "/instruments/{}/edit",
            first(&app, &admin, "/api/v1/instruments", "slug").await
        ),
        format!(
            "/methods/{}/edit",
            first(&app, &admin, "/api/v1/methods", "slug").await
        ),
        format!(
            "/surveys/{}/edit",
            first(&app, &admin, "/api/v1/surveys", "id").await
        ),
        format!(
            "/cohorts/{}/edit",
            first(
                &app,
                &admin,
                &format!("/api/v1/programmes/{programme}/cohorts"),
                "id"
            )
            .await
        ),
    ];
    for path in &paths {
        second_save_is_refused(&app, path).await;
    }
}

/// A change through the API read the programme before another one was
/// committed: it waits for the other's lock and is then refused, instead of
/// writing the fields it read back over the other's.
async fn an_api_change_that_waited_for_another_is_refused(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let app = spawn(backend).await;
    demo::load(&app.db, 20).await.unwrap();
    let admin = app.token_as(ADMIN_EMAIL, DEMO_PASSWORD).await;
    let id = first(&app, &admin, "/api/v1/programmes", "id").await;
    let path = format!("/api/v1/programmes/{id}");
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE programmes SET description = 'Rewritten meanwhile', \
         updated_at = '2030-01-01T00:00:00Z' WHERE id = {id}"
    ))
    .await
    .unwrap();
    let editing = crate::support::waiting(
        app.patch(&path, &admin, json!({"name": "Renamed"})),
        "the change waits for the other",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = editing.await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    assert!(refused.text.contains(CHANGED_MEANWHILE), "{}", refused.text);
    let now = app.get(&path, &admin).await;
    assert_eq!(now.body["description"], "Rewritten meanwhile");
    let again = app.patch(&path, &admin, json!({"name": "Renamed"})).await;
    assert_eq!(again.status, 200, "{}", again.text);
    assert_eq!(again.body["description"], "Rewritten meanwhile");
    assert_eq!(again.body["name"], "Renamed");
}

on_both_backends!(
    forms_filled_before_a_change_are_refused,
    an_api_change_that_waited_for_another_is_refused,
);
