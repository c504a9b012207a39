//! The web UI, driven like a browser without JavaScript: forms, errors shown
//! next to their fields, the public directory.

use crate::on_both_backends;
use crate::support::{ADMIN, Backend, MANAGER_A, MANAGER_B, Network, TestApp, network, spawn};

async fn post_form(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .form(fields)
        .send()
        .await
        .unwrap()
}

async fn page(app: &TestApp, path: &str) -> (u16, String) {
    let response = app.client.get(app.url(path)).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

fn sme_form<'a>(csrf: &'a str, net_home: &'a str, founded: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("_csrf", csrf),
        ("name", "Skagen Smokehouse ApS"),
        ("country", "DK"),
        ("city", "Skagen"),
        ("home_organisation_id", net_home),
        ("sectors", "C10.20, 10.89"),
        ("founded", founded),
        ("employees", "8"),
        ("annual_turnover_eur", "1,250,000"),
        ("products", "Cold-smoked salmon and herring."),
        ("target_markets", "DE, SE"),
        ("directory_consent", "yes"),
        ("notes", "Needs a distributor in Hamburg."),
        ("contact_name", "Birgitte Holm"),
        ("contact_role", "Owner"),
        ("contact_email", "birgitte@smokehouse.example"),
        ("contact_phone", ""),
        ("contact_name", ""),
        ("contact_role", ""),
        ("contact_email", ""),
        ("contact_phone", ""),
    ]
}

async fn a_manager_fixes_a_rejected_sme_form(backend: Backend) {
    let app = spawn(backend).await;
    let net: Network = network(&app).await;
    app.sign_in_browser(MANAGER_A).await;
    let home = net.incubator_a.to_string();
    let csrf = app.page_csrf("/smes/new").await;

    let rejected = post_form(&app, "/smes/new", &sme_form(&csrf, &home, "20O9")).await;
    assert_eq!(rejected.status(), 422);
    let html = rejected.text().await.unwrap();
    assert!(html.contains("Please correct the fields marked below."));
    assert!(
        html.contains(r#"<p class="error" id="founded-error">must be a whole number</p>"#),
        "{html}"
    );
    assert!(html.contains(r#"value="20O9""#), "the typed value is kept");
    assert!(html.contains(r#"value="Skagen Smokehouse ApS""#));
    assert!(html.contains(r#"value="C10.20, 10.89""#));
    assert!(html.contains(r#"value="1,250,000""#));
    assert!(html.contains("Needs a distributor in Hamburg."));
    assert!(html.contains(r#"value="birgitte@smokehouse.example""#));

    let accepted = post_form(&app, "/smes/new", &sme_form(&csrf, &home, "2009")).await;
    assert_eq!(accepted.status(), 303);
    let location = accepted.headers()["location"].to_str().unwrap().to_string();
    let (status, detail) = page(&app, &location).await;
    assert_eq!(status, 200);
    assert!(detail.contains("Skagen Smokehouse ApS"));
    assert!(detail.contains("EUR 1,250,000"));
    assert!(
        detail.contains("C10.20 · Processing and preserving of fish, crustaceans and molluscs")
    );
    assert!(detail.contains("Germany, Sweden"));

    let (_, list) = page(&app, "/smes?q=smokehouse").await;
    assert!(list.contains("Skagen Smokehouse ApS"));
    assert!(list.contains("1 in all"));
}

async fn turnover_errors_are_shown_in_euros(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    app.sign_in_browser(MANAGER_A).await;
    let home = net.incubator_a.to_string();
    let csrf = app.page_csrf("/smes/new").await;
    let mut fields = sme_form(&csrf, &home, "2009");
    fields.retain(|(k, _)| *k != "annual_turnover_eur");
    fields.push(("annual_turnover_eur", "1.250.000"));
    fields.retain(|(k, _)| *k != "sectors");
    fields.push(("sectors", "10.99"));
    let html = post_form(&app, "/smes/new", &fields)
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"id="annual_turnover_eur-error""#), "{html}");
    assert!(html.contains(r#"id="sectors-error">`10.99` is not a NACE Rev. 2 code"#));
}

async fn forms_without_the_csrf_token_are_refused(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    app.sign_in_browser(MANAGER_A).await;
    let home = net.incubator_a.to_string();
    let forged = post_form(&app, "/smes/new", &sme_form("forged", &home, "2009")).await;
    assert_eq!(forged.status(), 403);
    assert!(forged.text().await.unwrap().contains("reload the page"));
    let (_, list) = page(&app, "/smes?q=smokehouse").await;
    assert!(list.contains("No SME matches"), "nothing was saved");
}

async fn admins_create_organisations_and_managers_edit_only_theirs(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    app.sign_in_browser(ADMIN).await;
    let csrf = app.page_csrf("/organisations/new").await;
    let fields = [
        ("_csrf", csrf.as_str()),
        ("kind", "incubator"),
        ("name", "Halmstad Launchpad"),
        ("country", "SE"),
        ("city", "Halmstad"),
        ("sectors", "J62, Q"),
        ("services", "incubation"),
        ("services", "soft_landing"),
        ("website", "not a website"),
        ("contact_name", "Linnea Berg"),
        ("contact_email", "linnea@launchpad.example"),
    ];
    let rejected = post_form(&app, "/organisations/new", &fields).await;
    let status = rejected.status();
    let html = rejected.text().await.unwrap();
    assert_eq!(status, 422, "{html}");
    assert!(html.contains(r#"id="website-error""#));
    assert!(
        html.contains(r#"value="soft_landing" checked"#),
        "ticked services stay ticked"
    );
    let mut fields = fields.to_vec();
    fields.retain(|(k, _)| *k != "website");
    let accepted = post_form(&app, "/organisations/new", &fields).await;
    assert_eq!(accepted.status(), 303);

    let manager = crate::support::signed_in_browser(&app, MANAGER_B).await;
    let own = manager
        .get(app.url(&format!("/organisations/{}/edit", net.incubator_b)))
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), 200);
    let other = manager
        .get(app.url(&format!("/organisations/{}/edit", net.incubator_a)))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 403);
    assert!(other.text().await.unwrap().contains("Not allowed"));
    let new = manager
        .get(app.url("/organisations/new"))
        .send()
        .await
        .unwrap();
    assert_eq!(new.status(), 403);
    let hidden = manager
        .get(app.url(&format!("/smes/{}", net.sme_a2)))
        .send()
        .await
        .unwrap();
    assert_eq!(
        hidden.status(),
        404,
        "another organisation's unlisted SME does not exist for you"
    );
}

async fn managers_cannot_move_smes_through_the_form(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    app.sign_in_browser(MANAGER_A).await;
    let (status, form) = page(&app, &format!("/smes/{}/edit", net.sme_a1)).await;
    assert_eq!(status, 200);
    assert!(form.contains("Only the network coordinator can move an SME"));
    let csrf = crate::support::hidden_field(&form, "_csrf").unwrap();
    let other_home = net.incubator_b.to_string();
    let mut fields = sme_form(&csrf, &other_home, "2015");
    fields.retain(|(k, _)| *k != "name");
    fields.push(("name", "Alpha Software ApS"));
    // A forged home is refused next to the field; nothing changes.
    let forged = post_form(&app, &format!("/smes/{}/edit", net.sme_a1), &fields).await;
    assert_eq!(forged.status(), 422);
    let html = forged.text().await.unwrap();
    assert!(html.contains("only the network coordinator can move an SME to another organisation"));
    let (_, detail) = page(&app, &format!("/smes/{}", net.sme_a1)).await;
    assert!(detail.contains("Incubator A") && !detail.contains("2015"));

    let own_home = net.incubator_a.to_string();
    let mut fields = sme_form(&csrf, &own_home, "2015");
    fields.retain(|(k, _)| *k != "name");
    fields.push(("name", "Alpha Software ApS"));
    let saved = post_form(&app, &format!("/smes/{}/edit", net.sme_a1), &fields).await;
    assert_eq!(saved.status(), 303);
    let (_, detail) = page(&app, &format!("/smes/{}", net.sme_a1)).await;
    assert!(detail.contains("Incubator A") && detail.contains("2015"));
}

/// Two people edit the same SME: the second to save from a form filled
/// before the first saved is told so, with their changes still in the
/// form, and saving again then goes through. The same for organisations.
async fn a_form_filled_before_someone_else_saved_does_not_overwrite_it(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    app.sign_in_browser(MANAGER_A).await;
    let edit = format!("/smes/{}/edit", net.sme_a1);
    let (_, form) = page(&app, &edit).await;
    let csrf = crate::support::hidden_field(&form, "_csrf").unwrap();
    let version = crate::support::hidden_field(&form, "version").expect("a version field");

    // Meanwhile a colleague changes the head count through the API.
    let colleague = app.token(MANAGER_A).await;
    let patched = app
        .patch(
            &format!("/api/v1/smes/{}", net.sme_a1),
            &colleague,
            serde_json::json!({"employees": 42}),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);

    let home = net.incubator_a.to_string();
    let mut fields = sme_form(&csrf, &home, "2015");
    fields.retain(|(k, _)| *k != "name");
    fields.push(("name", "Alpha Software ApS"));
    fields.push(("version", &version));
    let stale = post_form(&app, &edit, &fields).await;
    assert_eq!(stale.status(), 422);
    let html = stale.text().await.unwrap();
    assert!(html.contains("someone else saved this record"), "{html}");
    assert!(
        html.contains("Needs a distributor in Hamburg."),
        "kept as typed"
    );
    let (_, detail) = page(&app, &format!("/smes/{}", net.sme_a1)).await;
    assert!(!detail.contains("2015"), "nothing overwritten");
    let api = app
        .get(&format!("/api/v1/smes/{}", net.sme_a1), &colleague)
        .await;
    assert_eq!(api.body["employees"], 42);

    // The form shown again carries the new version: saving it is deliberate.
    let newer = crate::support::hidden_field(&html, "version").unwrap();
    assert_ne!(newer, version);
    fields.retain(|(k, _)| *k != "version");
    fields.push(("version", &newer));
    assert_eq!(post_form(&app, &edit, &fields).await.status(), 303);
    let (_, detail) = page(&app, &format!("/smes/{}", net.sme_a1)).await;
    assert!(detail.contains("2015"));

    // Organisations alike.
    let edit = format!("/organisations/{}/edit", net.incubator_a);
    let (_, form) = page(&app, &edit).await;
    let version = crate::support::hidden_field(&form, "version").expect("a version field");
    let patched = app
        .patch(
            &format!("/api/v1/organisations/{}", net.incubator_a),
            &colleague,
            serde_json::json!({"city": "Aalborg"}),
        )
        .await;
    assert_eq!(patched.status, 200, "{}", patched.text);
    let organisation = [
        ("_csrf", csrf.as_str()),
        ("kind", "incubator"),
        ("name", "Incubator A"),
        ("country", "DK"),
        ("city", "Odense"),
        ("version", version.as_str()),
    ];
    let stale = post_form(&app, &edit, &organisation).await;
    assert_eq!(stale.status(), 422);
    assert!(
        stale
            .text()
            .await
            .unwrap()
            .contains("someone else saved this record")
    );
    let api = app
        .get(
            &format!("/api/v1/organisations/{}", net.incubator_a),
            &colleague,
        )
        .await;
    assert_eq!(api.body["city"], "Aalborg");
}

async fn the_directory_is_public_and_shows_no_people(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let anonymous = reqwest::Client::new();
    let list = anonymous
        .get(app.url("/directory?country=NO"))
        .send()
        .await
        .unwrap();
    assert_eq!(list.status(), 200);
    let html = list.text().await.unwrap();
    assert!(html.contains("Incubator B") && html.contains("Offshore Cluster"));
    assert!(!html.contains("Incubator A"));
    assert!(html.contains(r#"href="/directory/incubator-b""#));
    let entry = anonymous
        .get(app.url("/directory/incubator-b"))
        .send()
        .await
        .unwrap();
    assert_eq!(entry.status(), 200);
    let html = entry.text().await.unwrap();
    assert!(html.contains("Incubator B helps companies go abroad."));
    assert!(
        !html.contains("kari@example.org"),
        "contact people are for signed-in users"
    );
    assert!(
        !html.contains("Bergen Fish"),
        "SMEs are not in the public directory"
    );
    let missing = anonymous
        .get(app.url("/directory/no-such-place"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
}

async fn long_lists_are_paged_with_their_filters(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    for i in 0..30 {
        crate::support::add_sme(
            &app.db,
            crate::support::sme_input(
                &format!("Paged Company {i:02} AS"),
                "NO",
                net.incubator_b,
                &["J62"],
                true,
            ),
        )
        .await;
    }
    app.sign_in_browser(ADMIN).await;
    let (_, first) = page(&app, "/smes?country=NO&q=paged").await;
    assert!(first.contains("Page 1 of 2 · 30 in all"));
    assert!(
        first.contains(r#"href="/smes?q=paged&#38;country=NO&#38;page=2""#),
        "{first}"
    );
    assert!(first.contains("Paged Company 24 AS") && !first.contains("Paged Company 25 AS"));
    let (_, second) = page(&app, "/smes?q=paged&country=NO&page=2").await;
    assert!(second.contains("Paged Company 29 AS") && !second.contains("Paged Company 24 AS"));
    let (status, filtered) = page(&app, "/smes?country=Narnia").await;
    assert_eq!(status, 200, "a bad filter is explained, not fatal");
    assert!(filtered.contains("Filter “country”"));
}

async fn admins_see_every_account_and_what_it_belongs_to(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    app.sign_in_browser(ADMIN).await;
    let (status, html) = page(&app, "/users").await;
    assert_eq!(status, 200);
    assert!(html.contains(MANAGER_A));
    assert!(html.contains(&format!(
        r#"<a href="/organisations/{}">Incubator A</a>"#,
        net.incubator_a
    )));
    assert!(html.contains(&format!(
        r#"<a href="/smes/{}">Alpha Software ApS</a>"#,
        net.sme_a1
    )));
    let manager = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let refused = manager.get(app.url("/users")).send().await.unwrap();
    assert_eq!(refused.status(), 403);
}

async fn the_account_list_is_searched_and_paged(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    for n in 0..60 {
        let email = format!("Trainee.{n:02}@incubator-a.example");
        crate::support::add_account(
            &app.db,
            &email.to_lowercase(),
            landfall::auth::Role::Manager,
            Some(net.incubator_a),
            None,
        )
        .await;
    }
    app.sign_in_browser(ADMIN).await;
    // 60 trainees and the network's own accounts: 50 a page.
    let (_, first) = page(&app, "/users").await;
    assert_eq!(
        first.matches("<tr>").count() - 1,
        50,
        "one header row, 50 accounts"
    );
    assert!(first.contains(r#"href="/users?page=2" rel="next""#));
    assert!(!first.contains(r#"rel="prev""#));
    let (_, second) = page(&app, "/users?page=2").await;
    assert!(second.contains(r#"href="/users?page=1" rel="prev""#));
    assert!(second.contains("trainee.59@incubator-a.example"));
    assert!(!second.contains("trainee.00@incubator-a.example"));

    // Any case, any part of the address or the name; the pager keeps the search.
    let (_, found) = page(&app, "/users?q=TRAINEE.5").await;
    assert!(found.contains("10 accounts"));
    assert!(found.contains("trainee.50@incubator-a.example"));
    assert!(!found.contains(MANAGER_A));
    assert!(!found.contains(r#"rel="next""#));
    let (_, literal) = page(&app, "/users?q=%25").await;
    assert!(literal.contains("0 accounts"), "% is taken literally");
    let (_, beyond) = page(&app, "/users?q=trainee&page=9").await;
    assert!(
        beyond.contains("60 accounts")
            && beyond.contains(r#"href="/users?q=trainee&#38;page=2" rel="prev""#)
    );

    let token = app.token(ADMIN).await;
    let api = app.get("/api/v1/users?q=Trainee.0&limit=5", &token).await;
    assert_eq!(api.status, 200);
    assert_eq!(api.body["total"], 10);
    assert_eq!(api.body["items"].as_array().unwrap().len(), 5);
    assert_eq!(
        api.body["items"][0]["email"],
        "trainee.00@incubator-a.example"
    );
}

async fn removal_is_confirmed_on_its_own_page(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    app.sign_in_browser(MANAGER_A).await;
    let (status, confirm) = page(&app, &format!("/smes/{}/delete", net.sme_a2)).await;
    assert_eq!(status, 200);
    assert!(confirm.contains("Remove Amber Foods ApS?"));
    assert!(confirm.contains("The accounts of its members are closed."));
    let csrf = crate::support::hidden_field(&confirm, "_csrf").unwrap();
    let forged = post_form(
        &app,
        &format!("/smes/{}/delete", net.sme_a2),
        &[("_csrf", "x")],
    )
    .await;
    assert_eq!(forged.status(), 403);
    let removed = post_form(
        &app,
        &format!("/smes/{}/delete", net.sme_a2),
        &[("_csrf", &csrf)],
    )
    .await;
    assert_eq!(removed.status(), 303);
    assert_eq!(removed.headers()["location"], "/smes");
    assert_eq!(page(&app, &format!("/smes/{}", net.sme_a2)).await.0, 404);

    let admin = crate::support::signed_in_browser(&app, ADMIN).await;
    let blocked = crate::support::text(
        &admin,
        &app.url(&format!("/organisations/{}/delete", net.incubator_b)),
    )
    .await;
    assert!(blocked.contains("It cannot be removed yet"));
    assert!(!blocked.contains(r#"type="submit" class="danger""#));
}

on_both_backends!(
    removal_is_confirmed_on_its_own_page,
    admins_see_every_account_and_what_it_belongs_to,
    the_account_list_is_searched_and_paged,
    a_manager_fixes_a_rejected_sme_form,
    turnover_errors_are_shown_in_euros,
    forms_without_the_csrf_token_are_refused,
    admins_create_organisations_and_managers_edit_only_theirs,
    managers_cannot_move_smes_through_the_form,
    a_form_filled_before_someone_else_saved_does_not_overwrite_it,
    the_directory_is_public_and_shows_no_people,
    long_lists_are_paged_with_their_filters,
);
