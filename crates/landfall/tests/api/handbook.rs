//! The public handbook through the API and its pages: the workflow from
//! draft to published, versions and history, drafts that never reach a
//! public page, slugs, embedded programme results, hostile Markdown, and who
//! may write and review.

use landfall::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{
    ADMIN, Backend, EVALUATOR, MANAGER_A, MANAGER_B, MEMBER_A1, Reply, TestApp, add_account,
    network, spawn,
};

/// Text that only ever stands in drafts; no public answer may contain it.
const DRAFT_SECRET: &str = "UNREVIEWED-DRAFT-WORDS";

fn chapter(title: &str, body: &str) -> Value {
    json!({
        "kind": "how_to",
        "title": title,
        "summary": "What a host incubator does in the first month.",
        "body": body,
        "tags": ["soft landing"],
        "countries": ["DK", "NO"],
        "position": 10,
        "change_note": "First version"
    })
}

async fn anonymous(app: &TestApp, path: &str) -> Reply {
    app.call(Method::GET, path, None, None).await
}

async fn act(app: &TestApp, slug: &str, token: &str, action: &str, note: &str) -> Reply {
    app.post(
        &format!("/api/v1/handbook/chapters/{slug}/actions"),
        token,
        json!({"action": action, "note": note}),
    )
    .await
}

/// Every public answer about a chapter, pages and API, signed out.
async fn public_texts(app: &TestApp, slug: &str) -> Vec<(String, Reply)> {
    let mut replies = Vec::new();
    for path in [
        "/handbook".to_string(),
        format!("/handbook/{slug}"),
        format!("/handbook/{slug}/history"),
        format!("/handbook/{slug}/versions/1"),
        format!("/handbook/{slug}/versions/2"),
        format!("/handbook/{slug}/versions/3"),
        "/api/v1/handbook/chapters".to_string(),
        format!("/api/v1/handbook/chapters?q={DRAFT_SECRET}"),
        format!("/api/v1/handbook/chapters/{slug}"),
        format!("/api/v1/handbook/chapters/{slug}/versions"),
    ] {
        replies.push((path.clone(), anonymous(app, &path).await));
    }
    replies
}

async fn workflow_publishes_reviewed_drafts(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let manager_a = app.token(MANAGER_A).await;
    let manager_b = app.token(MANAGER_B).await;

    let created = app
        .post(
            "/api/v1/handbook/chapters",
            &manager_a,
            chapter(
                "Soft landing in ten steps",
                "## Before you go\n\nMeet the host.",
            ),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    assert_eq!(created.body["slug"], "soft-landing-in-ten-steps");
    assert_eq!(created.body["draft"]["status"], "draft");
    assert_eq!(created.body["draft"]["number"], 1);
    assert_eq!(created.body["published_version"], Value::Null);
    assert_eq!(created.body["author_organisation"]["name"], "Incubator A");
    let slug = "soft-landing-in-ten-steps";

    // Not public before it is approved.
    assert_eq!(
        anonymous(&app, &format!("/api/v1/handbook/chapters/{slug}"))
            .await
            .status,
        404
    );
    assert_eq!(
        anonymous(&app, &format!("/handbook/{slug}")).await.status,
        404
    );
    assert_eq!(
        anonymous(&app, "/api/v1/handbook/chapters").await.body["total"],
        0
    );

    // Only a submitted draft can be reviewed; the author cannot approve it.
    assert_eq!(
        act(&app, slug, &manager_b, "approve", "").await.status,
        404,
        "B cannot see A's unsubmitted draft"
    );
    let submitted = act(&app, slug, &manager_a, "submit", "").await;
    assert_eq!(submitted.status, 200, "{}", submitted.text);
    assert_eq!(submitted.body["draft"]["status"], "submitted");
    assert_eq!(act(&app, slug, &manager_a, "submit", "").await.status, 409);
    let own = act(&app, slug, &manager_a, "approve", "").await;
    assert_eq!(own.status, 403, "{}", own.text);

    // Returned with a note, which the author reads.
    let no_note = act(&app, slug, &manager_b, "return", "  ").await;
    assert_eq!(no_note.status, 422);
    assert!(no_note.body["fields"]["note"].is_string());
    // From the draft's page, a note too long is refused and kept.
    let reviewer = crate::support::signed_in_browser(&app, MANAGER_B).await;
    let draft_url = app.url(&format!("/handbook/{slug}/draft"));
    let page = crate::support::text(&reviewer, &draft_url).await;
    let csrf = crate::support::hidden_field(&page, "_csrf").unwrap();
    let note = format!("Add the costs{}", ".".repeat(2_000));
    let long = reviewer
        .post(app.url(&format!("/handbook/{slug}/actions")))
        .form(&[
            ("_csrf", csrf.as_str()),
            ("action", "return"),
            ("note", note.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(long.status(), 422);
    let html = long.text().await.unwrap();
    assert_eq!(
        html.matches(&format!(r#"value="{note}""#)).count(),
        1,
        "{html}"
    );
    let returned = act(
        &app,
        slug,
        &manager_b,
        "return",
        "Add what the first week costs.",
    )
    .await;
    assert_eq!(returned.status, 200, "{}", returned.text);
    let draft = app
        .get(
            &format!("/api/v1/handbook/chapters/{slug}/draft"),
            &manager_a,
        )
        .await;
    assert_eq!(draft.body["draft"]["status"], "returned");
    assert_eq!(
        draft.body["draft"]["review_note"],
        "Add what the first week costs."
    );
    assert_eq!(act(&app, slug, &manager_b, "approve", "").await.status, 404);

    // Edited, resubmitted and approved by the other organisation.
    let edited = app.put(&format!("/api/v1/handbook/chapters/{slug}/draft"),
        &manager_a,
        json!({"body": "## Before you go\n\nMeet the host.\n\n## Costs\n\nThe first week costs EUR 450."}),
    )
    .await;
    assert_eq!(edited.status, 200, "{}", edited.text);
    assert_eq!(edited.body["draft"]["status"], "draft");
    assert_eq!(
        edited.body["draft"]["number"], 1,
        "still the same unpublished draft"
    );
    assert_eq!(act(&app, slug, &manager_a, "submit", "").await.status, 200);
    let approved = act(&app, slug, &manager_b, "approve", "Clear and useful.").await;
    assert_eq!(approved.status, 200, "{}", approved.text);
    assert_eq!(approved.body["published_version"], 1);
    assert_eq!(approved.body["draft"], Value::Null);
    // The author's organisation heard both decisions, with the notes and
    // links to where they act; the reviewer's heard nothing.
    let heard = |token: String| {
        let app = &app;
        async move {
            let list = app.get("/api/v1/notifications", &token).await;
            list.body["items"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|n| n["kind"] == "chapter_reviewed")
                .map(|n| {
                    let part = |p: &str| n[p].as_str().unwrap().to_string();
                    (part("subject"), part("body"), part("link"))
                })
                .collect::<Vec<_>>()
        }
    };
    let told = heard(manager_a.clone()).await;
    assert_eq!(told.len(), 2, "{told:?}");
    assert_eq!(told[0].0, "Your handbook chapter is published");
    assert!(
        told[0]
            .1
            .ends_with("it is now in the public handbook. Their note: “Clear and useful.”"),
        "{told:?}"
    );
    assert_eq!(told[0].2, format!("/handbook/{slug}"));
    assert_eq!(told[1].0, "Your handbook chapter needs changes");
    assert!(
        told[1].1.contains("“Soft landing in ten steps”")
            && told[1]
                .1
                .ends_with("Their note: “Add what the first week costs.”"),
        "{told:?}"
    );
    assert_eq!(told[1].2, format!("/handbook/{slug}/draft"));
    assert!(heard(manager_b.clone()).await.is_empty());

    let public = anonymous(&app, &format!("/api/v1/handbook/chapters/{slug}")).await;
    assert_eq!(public.status, 200, "{}", public.text);
    assert_eq!(public.body["title"], "Soft landing in ten steps");
    assert_eq!(public.body["version"], 1);
    assert!(
        public.body["markdown"]
            .as_str()
            .unwrap()
            .contains("EUR 450")
    );
    assert!(
        public.body["html"]
            .as_str()
            .unwrap()
            .contains("<h2 id=\"section-costs\">Costs</h2>")
    );
    assert_eq!(public.body["headings"][1]["anchor"], "section-costs");
    let list = anonymous(&app, "/api/v1/handbook/chapters").await;
    assert_eq!(list.body["total"], 1);
    assert_eq!(list.body["items"][0]["countries"], json!(["DK", "NO"]));
    let page = anonymous(&app, &format!("/handbook/{slug}")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.text.contains("href=\"#section-costs\""),
        "a table of contents from the headings"
    );
    assert!(page.text.contains("Incubator A"));
    let contents = anonymous(&app, "/handbook").await;
    assert!(
        contents.text.contains("How-to chapters")
            && contents.text.contains("Soft landing in ten steps")
    );
    let found = anonymous(&app, "/api/v1/handbook/chapters?q=first%20week").await;
    assert_eq!(found.body["total"], 1);
    let missed = anonymous(&app, "/api/v1/handbook/chapters?q=cluster").await;
    assert_eq!(missed.body["total"], 0);
}

async fn versions_are_kept_and_drafts_never_reach_public_pages(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let manager_a = app.token(MANAGER_A).await;
    let manager_b = app.token(MANAGER_B).await;
    let admin = app.token(ADMIN).await;
    let slug = "lessons-from-bergen";
    let created = app
        .post(
            "/api/v1/handbook/chapters",
            &manager_a,
            json!({
                "slug": slug, "kind": "lessons_learned", "title": "Lessons from Bergen",
                "summary": "What went well.", "body": "Start early.\n\nBook a desk.",
            }),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    act(&app, slug, &manager_a, "submit", "").await;
    assert_eq!(act(&app, slug, &admin, "approve", "").await.status, 200);

    // A new draft while version 1 stays public.
    let draft = app.put(&format!("/api/v1/handbook/chapters/{slug}/draft"),
        &manager_a,
        json!({"body": format!("Start early.\n\nBook a desk.\n\n{DRAFT_SECRET}"), "change_note": "Adds the secret"}),
    )
    .await;
    assert_eq!(draft.status, 200, "{}", draft.text);
    assert_eq!(draft.body["draft"]["number"], 2);
    assert_eq!(draft.body["published_version"], 1);
    // Searching for the draft's words finds nothing.
    let search = anonymous(&app, &format!("/handbook?q={DRAFT_SECRET}")).await;
    assert!(search.text.contains("No chapter matches your search"));
    for (path, reply) in public_texts(&app, slug).await {
        assert!(!reply.text.contains(DRAFT_SECRET), "{path} shows the draft");
    }
    assert_eq!(
        anonymous(&app, &format!("/handbook/{slug}/versions/2"))
            .await
            .status,
        404
    );
    let versions = anonymous(&app, &format!("/api/v1/handbook/chapters/{slug}/versions")).await;
    assert_eq!(versions.body["total"], 1);
    // The author sees the draft in the versions list; another manager does not
    // before it is submitted, and an SME member never.
    let mine = app
        .get(
            &format!("/api/v1/handbook/chapters/{slug}/versions"),
            &manager_a,
        )
        .await;
    assert_eq!(mine.body["total"], 2);
    assert_eq!(mine.body["items"][0]["status"], "draft");
    for token in [&manager_b, &app.token(MEMBER_A1).await] {
        for path in [
            format!("/api/v1/handbook/chapters/{slug}/versions"),
            format!("/api/v1/handbook/chapters/{slug}/draft"),
        ] {
            let reply = app.get(&path, token).await;
            assert!(!reply.text.contains(DRAFT_SECRET), "{path}: {}", reply.text);
        }
    }

    // Submitted: the reviewer reads it; approved: it becomes version 2.
    act(&app, slug, &manager_a, "submit", "").await;
    let review = app
        .get(
            &format!("/api/v1/handbook/chapters/{slug}/draft"),
            &manager_b,
        )
        .await;
    assert!(
        review.body["draft"]["markdown"]
            .as_str()
            .unwrap()
            .contains(DRAFT_SECRET)
    );
    assert_eq!(act(&app, slug, &manager_b, "approve", "").await.status, 200);

    let history = anonymous(&app, &format!("/api/v1/handbook/chapters/{slug}/versions")).await;
    let numbers: Vec<i64> = history.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["number"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, [2, 1]);
    assert_eq!(history.body["items"][0]["current"], true);
    assert_eq!(history.body["items"][0]["change_note"], "Adds the secret");
    assert_eq!(
        history.body["items"][0]["author_organisation"],
        "Incubator A"
    );
    let page = anonymous(&app, &format!("/handbook/{slug}/history")).await;
    assert!(page.text.contains("Version 1") && page.text.contains("Version 2"));
    let old = anonymous(&app, &format!("/handbook/{slug}/versions/1")).await;
    assert_eq!(old.status, 200);
    assert!(old.text.contains("not the current one") && !old.text.contains(DRAFT_SECRET));
    let new = anonymous(&app, &format!("/handbook/{slug}/versions/2")).await;
    assert!(new.text.contains("What changed since version 1"));
    assert!(new.text.contains("1 paragraph added"), "{}", new.text);

    // Withdrawn by an admin only: then nothing is public.
    assert_eq!(
        act(&app, slug, &manager_a, "withdraw", "").await.status,
        403
    );
    assert_eq!(act(&app, slug, &admin, "withdraw", "").await.status, 200);
    for (path, reply) in public_texts(&app, slug).await {
        assert!(
            !reply.text.contains("Lessons from Bergen"),
            "{path} still shows it"
        );
    }

    // Its authors can bring it back through review.
    let revived = app
        .put(
            &format!("/api/v1/handbook/chapters/{slug}/draft"),
            &manager_a,
            json!({"change_note": "Back after withdrawal"}),
        )
        .await;
    assert_eq!(revived.status, 200, "{}", revived.text);
    assert_eq!(revived.body["draft"]["number"], 3);
    assert_eq!(revived.body["withdrawn"], true);
    assert!(
        revived.body["draft"]["markdown"]
            .as_str()
            .unwrap()
            .contains(DRAFT_SECRET),
        "starts from version 2"
    );
    act(&app, slug, &manager_a, "submit", "").await;
    assert_eq!(act(&app, slug, &manager_b, "approve", "").await.status, 200);
    let back = anonymous(&app, &format!("/api/v1/handbook/chapters/{slug}")).await;
    assert_eq!(back.body["version"], 3);
}

async fn slugs_are_unique_and_checked(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let manager_a = app.token(MANAGER_A).await;
    let manager_b = app.token(MANAGER_B).await;
    let first = app
        .post(
            "/api/v1/handbook/chapters",
            &manager_a,
            chapter("Desk abroad", "Text."),
        )
        .await;
    assert_eq!(first.status, 201, "{}", first.text);
    let again = app
        .post(
            "/api/v1/handbook/chapters",
            &manager_b,
            chapter("Desk Abroad!", "Text."),
        )
        .await;
    assert_eq!(again.status, 409, "{}", again.text);
    assert!(
        again.body["fields"]["slug"]
            .as_str()
            .unwrap()
            .contains("desk-abroad")
    );
    let mut bad = chapter("Another", "Text.");
    bad["slug"] = json!("Not A Slug");
    let bad = app.post("/api/v1/handbook/chapters", &manager_a, bad).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body["fields"]["slug"].is_string());
    let empty = app
        .post(
            "/api/v1/handbook/chapters",
            &manager_a,
            json!({"kind": "saga", "body": "{{results}}"}),
        )
        .await;
    assert_eq!(empty.status, 422);
    for field in ["title", "summary", "kind", "body"] {
        assert!(
            empty.body["fields"][field].is_string(),
            "{field}: {}",
            empty.text
        );
    }
    let slug_change = app
        .put(
            "/api/v1/handbook/chapters/desk-abroad/draft",
            &manager_a,
            json!({"slug": "elsewhere"}),
        )
        .await;
    assert_eq!(slug_change.status, 422);
}

async fn only_managers_write_and_only_their_own(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let manager_a = app.token(MANAGER_A).await;
    let manager_b = app.token(MANAGER_B).await;
    let admin = app.token(ADMIN).await;
    let member = app.token(MEMBER_A1).await;
    let evaluator = app.token(EVALUATOR).await;
    let body = chapter("Boosters of cluster work", "Text.");
    assert_eq!(
        app.call(Method::POST, "/api/v1/handbook/chapters", None, Some(&body))
            .await
            .status,
        401
    );
    for token in [&member, &evaluator] {
        assert_eq!(
            app.post("/api/v1/handbook/chapters", token, body.clone())
                .await
                .status,
            403
        );
    }
    // A manager writes for their own organisation only.
    let mut for_b = body.clone();
    for_b["organisation_id"] = json!(net.incubator_b);
    assert_eq!(
        app.post("/api/v1/handbook/chapters", &manager_a, for_b.clone())
            .await
            .status,
        403
    );
    // An admin names the organisation.
    let by_admin = app
        .post("/api/v1/handbook/chapters", &admin, body.clone())
        .await;
    assert_eq!(by_admin.status, 422);
    assert!(by_admin.body["fields"]["organisation_id"].is_string());
    let by_admin = app.post("/api/v1/handbook/chapters", &admin, for_b).await;
    assert_eq!(by_admin.status, 201, "{}", by_admin.text);
    assert_eq!(by_admin.body["author_organisation"]["name"], "Incubator B");
    // The admin wrote it, so the admin may not approve it; manager A may.
    let slug = "boosters-of-cluster-work";
    assert_eq!(act(&app, slug, &admin, "submit", "").await.status, 200);
    assert_eq!(act(&app, slug, &admin, "approve", "").await.status, 403);
    assert_eq!(act(&app, slug, &manager_b, "approve", "").await.status, 403);

    let created = app
        .post(
            "/api/v1/handbook/chapters",
            &manager_a,
            chapter("Blockers abroad", "Text."),
        )
        .await;
    assert_eq!(created.status, 201);
    let edit = json!({"body": "Changed by someone else."});
    let path = "/api/v1/handbook/chapters/blockers-abroad/draft";
    assert_eq!(
        app.put(path, &manager_b, edit.clone()).await.status,
        404,
        "B does not see A's draft"
    );
    assert_eq!(app.put(path, &member, edit.clone()).await.status, 404);
    act(&app, "blockers-abroad", &manager_a, "submit", "").await;
    act(&app, "blockers-abroad", &manager_b, "approve", "").await;
    // Once public, the chapter is seen but still not theirs to edit.
    assert_eq!(app.put(path, &manager_b, edit.clone()).await.status, 403);
    assert_eq!(app.put(path, &member, edit.clone()).await.status, 403);
    assert_eq!(
        act(&app, "blockers-abroad", &member, "submit", "")
            .await
            .status,
        403
    );

    // Pages: the home page offers the desk only to those who may open it.
    let employed_evaluator = "reviewer@incubator-a.example";
    add_account(
        &app.db,
        employed_evaluator,
        Role::Evaluator,
        Some(net.incubator_a),
        None,
    )
    .await;
    for (email, offered) in [
        (MANAGER_A, true),
        (ADMIN, true),
        (MEMBER_A1, false),
        (EVALUATOR, false),
        (employed_evaluator, false),
    ] {
        let browser = crate::support::signed_in_browser(&app, email).await;
        let home = crate::support::text(&browser, &app.url("/")).await;
        assert!(home.contains(r#"<a href="/handbook">"#), "{email}: {home}");
        assert_eq!(
            home.contains("/handbook/manage"),
            offered,
            "{email}: {home}"
        );
        let desk = browser
            .get(app.url("/handbook/manage"))
            .send()
            .await
            .unwrap();
        assert_eq!(desk.status() == 200, offered, "{email}");
    }
    // An SME member cannot open the editor or the desk.
    let browser = crate::support::signed_in_browser(&app, MEMBER_A1).await;
    for path in [
        "/handbook/new",
        "/handbook/manage",
        "/handbook/blockers-abroad/edit",
    ] {
        let reply = browser.get(app.url(path)).send().await.unwrap();
        assert_eq!(reply.status(), 403, "{path}");
    }
}

async fn programme_results_are_embedded(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let admin = app.token(ADMIN).await;
    let manager_a = app.token(MANAGER_A).await;
    let programme = app
        .post(
            "/api/v1/programmes",
            &admin,
            json!({
                "name": "Baltic Bridge", "starts_on": "2026-01-01", "ends_on": "2027-12-31",
                "target_participants": 40, "target_partnerships": 12,
                "target_presences": 9, "target_export_starts": 15,
                "partner_ids": [net.incubator_a, net.incubator_b]
            }),
        )
        .await;
    assert_eq!(programme.status, 201, "{}", programme.text);
    let programme_slug = programme.body["slug"].as_str().unwrap().to_string();
    let body = format!(
        "## Results so far\n\n{{{{results {programme_slug}}}}}\n\n{{{{results no-such-programme}}}}\n\nSee `{{{{results x}}}}` for the syntax."
    );
    let created = app
        .post(
            "/api/v1/handbook/chapters",
            &manager_a,
            chapter("Our results", &body),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    act(&app, "our-results", &manager_a, "submit", "").await;
    assert_eq!(
        act(&app, "our-results", &admin, "approve", "").await.status,
        200
    );
    let public = anonymous(&app, "/api/v1/handbook/chapters/our-results").await;
    let html = public.body["html"].as_str().unwrap();
    assert!(html.contains("Results: Baltic Bridge"), "{html}");
    assert!(
        html.contains("<th scope=\"row\">SMEs that started to export</th><td>0</td><td>15</td>"),
        "{html}"
    );
    assert!(
        html.contains("<td>40</td>") && html.contains("<td>12</td>") && html.contains("<td>9</td>")
    );
    assert!(html.contains("No programme no-such-programme."));
    assert!(
        html.contains("<code>{{results x}}</code>"),
        "inline code is left as written"
    );
    let page = anonymous(&app, "/handbook/our-results").await;
    assert!(page.text.contains("Results: Baltic Bridge"));
}

async fn hostile_markdown_is_cleaned_on_the_way_out(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let manager_a = app.token(MANAGER_A).await;
    let manager_b = app.token(MANAGER_B).await;
    let hostile = "<script>alert('x')</script>\n\n[click](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n\n![t](https://tracker.example/p.gif)";
    let created = app
        .post(
            "/api/v1/handbook/chapters",
            &manager_a,
            chapter("Hostile", hostile),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let preview = created.body["draft"]["html"].as_str().unwrap().to_string();
    act(&app, "hostile", &manager_a, "submit", "").await;
    act(&app, "hostile", &manager_b, "approve", "").await;
    let public = anonymous(&app, "/api/v1/handbook/chapters/hostile").await;
    let page = anonymous(&app, "/handbook/hostile").await;
    for html in [
        preview.as_str(),
        public.body["html"].as_str().unwrap(),
        page.text.as_str(),
    ] {
        for bad in [
            "<script>alert",
            "href=\"javascript:",
            "<img src=\"x\"",
            "onerror=\"",
            "tracker.example/p.gif\"",
        ] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
    }
    assert!(
        page.text.contains("&lt;script&gt;"),
        "raw HTML is shown as text"
    );
}

async fn editor_pages_preview_save_and_review(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    app.sign_in_browser(MANAGER_A).await;
    let csrf = app.page_csrf("/handbook/new").await;
    let fields = |intent: &'static str, title: &'static str| {
        vec![
            ("_csrf", csrf.clone()),
            ("intent", intent.to_string()),
            ("kind", "how_to".to_string()),
            ("title", title.to_string()),
            ("summary", "How to plan a matchmaking day.".to_string()),
            ("body", "## Invite\n\nInvite *early*.".to_string()),
            ("tags", "matchmaking, events".to_string()),
            ("countries", "DK".to_string()),
            ("position", "5".to_string()),
        ]
    };
    let preview = app
        .client
        .post(app.url("/handbook/new"))
        .form(&fields("preview", "Run a matchmaking day"))
        .send()
        .await
        .unwrap();
    assert_eq!(preview.status(), 200);
    let text = preview.text().await.unwrap();
    assert!(
        text.contains("<h2 id=\"section-invite\">Invite</h2>") && text.contains("<em>early</em>")
    );
    assert!(
        text.contains("value=\"Run a matchmaking day\""),
        "the form keeps what was typed"
    );
    let desk = app
        .client
        .get(app.url("/handbook/manage"))
        .send()
        .await
        .unwrap();
    assert!(
        !desk.text().await.unwrap().contains("Run a matchmaking day"),
        "a preview saves nothing"
    );

    let invalid = app
        .client
        .post(app.url("/handbook/new"))
        .form(&fields("save", " "))
        .send()
        .await
        .unwrap();
    assert_eq!(invalid.status(), 422);
    assert!(invalid.text().await.unwrap().contains("is required"));

    let saved = app
        .client
        .post(app.url("/handbook/new"))
        .form(&fields("save", "Run a matchmaking day"))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    assert_eq!(
        saved.headers()["location"],
        "/handbook/run-a-matchmaking-day/draft"
    );
    let submit = app
        .client
        .post(app.url("/handbook/run-a-matchmaking-day/actions"))
        .form(&[("_csrf", csrf.as_str()), ("action", "submit")])
        .send()
        .await
        .unwrap();
    assert_eq!(submit.status(), 303);

    // Manager B reviews it from the desk.
    let reviewer = crate::support::signed_in_browser(&app, MANAGER_B).await;
    let desk = reviewer
        .get(app.url("/handbook/manage"))
        .send()
        .await
        .unwrap();
    let desk = desk.text().await.unwrap();
    assert!(desk.contains("Run a matchmaking day"), "{desk}");
    let csrf_b = crate::support::hidden_field(&desk, "_csrf").unwrap();
    let approve = reviewer
        .post(app.url("/handbook/run-a-matchmaking-day/actions"))
        .form(&[
            ("_csrf", csrf_b.as_str()),
            ("action", "approve"),
            ("note", ""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(approve.status(), 303);
    let public = anonymous(&app, "/handbook/run-a-matchmaking-day").await;
    assert_eq!(public.status, 200);
    assert!(public.text.contains("Invite"));
}

async fn demo_token(app: &TestApp, email: &str) -> String {
    app.token_as(email, landfall::demo::DEMO_PASSWORD).await
}

async fn the_demo_handbook_has_history_a_pending_draft_and_live_results(backend: Backend) {
    let app = spawn(backend).await;
    let first = landfall::demo::load(&app.db, 0).await.unwrap();
    assert_eq!(first.handbook_chapters_added, 7);
    let again = landfall::demo::load(&app.db, 0).await.unwrap();
    assert_eq!(again.handbook_chapters_added, 0, "loaded once only");

    let list = anonymous(&app, "/api/v1/handbook/chapters").await;
    assert_eq!(list.body["total"], 7, "{}", list.text);
    let contents = anonymous(&app, "/handbook").await;
    for group in [
        "How-to chapters",
        "Case stories",
        "Lessons learned",
        "Boosters and blockers",
    ] {
        assert!(contents.text.contains(group), "{group}");
    }
    let steps = anonymous(&app, "/api/v1/handbook/chapters/soft-landing-in-four-steps").await;
    let html = steps.body["html"].as_str().unwrap();
    assert!(html.contains("Results: North Sea Soft Landing"), "{html}");
    for target in ["<td>120</td>", "<td>60</td>", "<td>30</td>", "<td>50</td>"] {
        assert!(html.contains(target), "{target}");
    }
    let history = anonymous(
        &app,
        "/api/v1/handbook/chapters/boosters-and-blockers-of-cluster-internationalisation/versions",
    )
    .await;
    assert_eq!(history.body["total"], 2);

    // The revised matchmaking chapter waits for review: public readers see
    // version 1, a manager of another organisation sees the draft in the queue.
    let slug = "how-to-run-a-matchmaking-day";
    let public = anonymous(&app, &format!("/api/v1/handbook/chapters/{slug}")).await;
    assert_eq!(public.body["version"], 1);
    assert!(
        !public.body["markdown"]
            .as_str()
            .unwrap()
            .contains("two free tables")
    );
    let reviewer = demo_token(&app, "manager.aarhus-harbour-incubator@example.org").await;
    let draft = app
        .get(
            &format!("/api/v1/handbook/chapters/{slug}/draft"),
            &reviewer,
        )
        .await;
    assert_eq!(draft.body["draft"]["status"], "submitted", "{}", draft.text);
    assert!(
        draft.body["draft"]["markdown"]
            .as_str()
            .unwrap()
            .contains("two free tables")
    );
    let approved = act(&app, slug, &reviewer, "approve", "").await;
    assert_eq!(approved.status, 200, "{}", approved.text);
    let public = anonymous(&app, &format!("/api/v1/handbook/chapters/{slug}")).await;
    assert_eq!(public.body["version"], 2);
}

/// A draft that renames its chapter is what the authors' desk shows, not the
/// published version with the old title.
async fn the_desk_shows_a_renaming_draft(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let manager_a = app.token(MANAGER_A).await;
    let admin = app.token(ADMIN).await;
    let slug = "desk-tips";
    let created = app
        .post(
            "/api/v1/handbook/chapters",
            &manager_a,
            json!({"slug": slug, "kind": "how_to", "title": "Apple tips",
                   "summary": "Desks abroad.", "body": "Book early."}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    act(&app, slug, &manager_a, "submit", "").await;
    assert_eq!(act(&app, slug, &admin, "approve", "").await.status, 200);
    let draft = app
        .put(
            &format!("/api/v1/handbook/chapters/{slug}/draft"),
            &manager_a,
            json!({"title": "Zebra tips", "change_note": "A better title"}),
        )
        .await;
    assert_eq!(draft.status, 200, "{}", draft.text);
    let browser = crate::support::signed_in_browser(&app, MANAGER_A).await;
    let desk = crate::support::text(&browser, &app.url("/handbook/manage")).await;
    assert!(desk.contains("Zebra tips"), "{desk}");
    assert!(!desk.contains("Apple tips"), "{desk}");
}

on_both_backends!(
    the_desk_shows_a_renaming_draft,
    the_demo_handbook_has_history_a_pending_draft_and_live_results,
    workflow_publishes_reviewed_drafts,
    versions_are_kept_and_drafts_never_reach_public_pages,
    slugs_are_unique_and_checked,
    only_managers_write_and_only_their_own,
    programme_results_are_embedded,
    hostile_markdown_is_cleaned_on_the_way_out,
    editor_pages_preview_save_and_review,
);
