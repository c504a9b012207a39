//! Surveys: questionnaires, personal links, one response per token, anonymity,
//! panel waves, results, exports and who may see what.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use landfall::i18n::Locale;
use reqwest::Method;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{
    self, ADMIN, Backend, EVALUATOR, MANAGER_A, MANAGER_B, MEMBER_A1, TestApp, network,
};

/// A small questionnaire: one required multiple choice, a Likert, a ranking.
fn questions() -> Value {
    json!([
        {"section": "Support", "prompt": "What helped most?", "kind": "multiple_choice", "required": true,
         "options": ["Networking", "Market information", "Visibility"], "max_choices": 2},
        {"section": "Support", "prompt": "The support fitted our needs.", "kind": "likert"},
        {"section": "Results", "prompt": "Rank the results", "kind": "ranking",
         "options": ["Partners", "Sales", "Knowledge"]},
    ])
}

struct Sent {
    survey: i64,
    q_choice: i64,
    q_likert: i64,
    q_ranking: i64,
    /// (recipient name, token)
    links: Vec<(String, String)>,
}

fn token_of(link: &str) -> String {
    link.rsplit('/').next().unwrap().to_string()
}

/// Manager A creates a survey and sends it to incubator A's own SMEs (a1, a2).
async fn send_survey(app: &TestApp, anonymous: bool) -> Sent {
    let manager = app.token(MANAGER_A).await;
    let created = app
        .post(
            "/api/v1/surveys",
            &manager,
            json!({"title": "Feedback", "anonymous": anonymous, "questions": questions()}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let survey = created.body["id"].as_i64().unwrap();
    let ids: Vec<i64> = created.body["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["questions"].as_array().unwrap().clone())
        .map(|q| q["id"].as_i64().unwrap())
        .collect();
    let sent = app
        .post(
            &format!("/api/v1/surveys/{survey}/waves"),
            &manager,
            json!({"own_smes": true}),
        )
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text);
    assert_eq!(sent.body["number"], 1);
    let links = sent.body["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["recipient"].as_str().unwrap().to_string(),
                token_of(l["link"].as_str().unwrap()),
            )
        })
        .collect();
    Sent {
        survey,
        q_choice: ids[0],
        q_likert: ids[1],
        q_ranking: ids[2],
        links,
    }
}

async fn answer(app: &TestApp, token: &str, body: Value) -> support::Reply {
    app.call(
        Method::POST,
        &format!("/api/v1/responses/{token}"),
        None,
        Some(&json!({ "answers": body })),
    )
    .await
}

async fn a_survey_is_sent_and_answered_with_a_token_link(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let sent = send_survey(&app, false).await;
    assert_eq!(
        sent.links.iter().map(|l| l.0.as_str()).collect::<Vec<_>>(),
        vec!["Alpha Software ApS", "Amber Foods ApS"]
    );
    let (_, token) = &sent.links[0];

    // The answer page opens without signing in, and the form posts back to it.
    let browser = support::browser();
    let page = support::text(&browser, &app.url(&format!("/s/{token}"))).await;
    assert!(page.contains("What helped most?"), "{page}");
    assert!(page.contains("For Alpha Software ApS"));
    let form = [
        (format!("q{}", sent.q_choice), "Networking".to_string()),
        (format!("q{}", sent.q_choice), "Visibility".to_string()),
        (format!("q{}", sent.q_likert), "4".to_string()),
        (format!("q{}_place", sent.q_ranking), "2".to_string()),
        (format!("q{}_place", sent.q_ranking), String::new()),
        (format!("q{}_place", sent.q_ranking), "1".to_string()),
    ];
    let posted = browser
        .post(app.url(&format!("/s/{token}")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(posted.status(), 303);
    let done = support::text(&browser, &app.url(&format!("/s/{token}"))).await;
    assert!(done.contains("your answers have been recorded"), "{done}");

    // The manager sees the answer as it was given.
    let manager = app.token(MANAGER_A).await;
    let responses = app
        .get(
            &format!("/api/v1/surveys/{}/responses", sent.survey),
            &manager,
        )
        .await;
    assert_eq!(responses.body["total"], 1, "{}", responses.text);
    let first = &responses.body["items"][0];
    assert_eq!(first["respondent"], "Alpha Software ApS");
    assert_eq!(
        first["answers"][sent.q_choice.to_string()],
        "Networking; Visibility"
    );
    assert_eq!(
        first["answers"][sent.q_ranking.to_string()],
        "1. Knowledge; 2. Partners"
    );
    let detail = app
        .get(&format!("/api/v1/surveys/{}", sent.survey), &manager)
        .await;
    assert_eq!(detail.body["status"], "open");
    assert_eq!(detail.body["waves"][0]["rate"]["responded"], 1);
    assert_eq!(detail.body["waves"][0]["rate"]["percent"], 50.0);

    // An unknown token is not found.
    let unknown = answer(&app, "not-a-token", json!({})).await;
    assert_eq!(unknown.status, 404);
}

/// A draft survey of the questions above, created through the API.
async fn draft_survey(app: &TestApp, token: &str, anonymous: bool) -> Value {
    let created = app
        .post(
            "/api/v1/surveys",
            token,
            json!({"title": "Pilot feedback", "anonymous": anonymous, "questions": questions()}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    created.body
}

/// On the survey's page the sender picks particular SMEs (among those its
/// organisation looks after) and particular organisations.
async fn particular_recipients_are_picked_on_the_page(backend: Backend) {
    let app = support::spawn(backend).await;
    let net = network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let created = draft_survey(&app, &manager, false).await;
    let survey = created["id"].as_i64().unwrap();
    let browser = support::signed_in_browser(&app, MANAGER_A).await;
    let url = app.url(&format!("/surveys/{survey}"));
    let page = support::text(&browser, &url).await;
    let offered = |list: &str| -> Vec<String> {
        page.split(&format!(r#"name="{list}" multiple"#))
            .nth(1)
            .and_then(|rest| rest.split("</select>").next())
            .unwrap()
            .split("<option value=\"")
            .skip(1)
            .map(|o| o.split('"').next().unwrap().to_string())
            .collect()
    };
    let smes = offered("sme_ids");
    assert_eq!(
        smes,
        [net.sme_a1.to_string(), net.sme_a2.to_string()],
        "incubator A's own SMEs, not B's: {page}"
    );
    assert!(offered("organisation_ids").contains(&net.cluster.to_string()));
    let csrf = support::hidden_field(&page, "_csrf").unwrap();
    let send = |sme: i64| {
        let browser = browser.clone();
        let url = app.url(&format!("/surveys/{survey}/waves"));
        let csrf = csrf.clone();
        async move {
            let sme = sme.to_string();
            let cluster = net.cluster.to_string();
            browser
                .post(url)
                .form(&[
                    ("_csrf", csrf.as_str()),
                    ("sme_ids", sme.as_str()),
                    ("organisation_ids", cluster.as_str()),
                    ("format", "links"),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    // An SME of incubator B is not A's to ask: the page says so.
    let refused = send(net.sme_b2).await;
    assert_eq!(refused.status(), 422);
    let text = refused.text().await.unwrap();
    assert!(
        text.contains(&format!("SME #{}", net.sme_b2)),
        "the field's message: {text}"
    );
    assert!(
        text.contains(&format!(r#"<option value="{}" selected>"#, net.cluster)),
        "the organisation picked stays picked: {text}"
    );
    let sent = send(net.sme_a2).await;
    assert_eq!(sent.status(), 200);
    let invitations = app
        .get(&format!("/api/v1/surveys/{survey}/invitations"), &manager)
        .await;
    let mut invited: Vec<&str> = invitations.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["recipient"].as_str().unwrap())
        .collect();
    invited.sort_unstable();
    assert_eq!(invited, ["Amber Foods ApS", "Offshore Cluster"]);
}

async fn one_response_per_token(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let sent = send_survey(&app, false).await;
    let body = json!({ sent.q_choice.to_string(): ["Networking"] });
    let (_, token) = &sent.links[0];
    assert_eq!(answer(&app, token, body.clone()).await.status, 201);
    let again = answer(&app, token, body.clone()).await;
    assert_eq!(again.status, 409, "{}", again.text);
    assert!(
        again.body["error"]
            .as_str()
            .unwrap()
            .contains("already been answered")
    );
    // The same link answered again from a tab left open: refused, and what
    // was ticked there is shown for the respondent to keep.
    let tab = support::browser()
        .post(app.url(&format!("/s/{token}")))
        .form(&[
            (format!("q{}", sent.q_choice), "Visibility".to_string()),
            (format!("q{}", sent.q_likert), "5".to_string()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(tab.status(), 409);
    let html = tab.text().await.unwrap();
    assert!(html.contains("already been answered"), "{html}");
    let unsent = html.split(r#"id="unsent""#).nth(1).expect("unsent answers");
    assert!(
        unsent.contains("<dt>What helped most?</dt><dd>Visibility</dd>"),
        "{unsent}"
    );

    // Two posts at the same moment with the other token: exactly one counts.
    let (_, other) = &sent.links[1];
    let (a, b) = tokio::join!(
        answer(&app, other, body.clone()),
        answer(&app, other, body.clone())
    );
    let mut statuses = vec![a.status.as_u16(), b.status.as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, vec![201, 409], "{} / {}", a.text, b.text);
    let manager = app.token(MANAGER_A).await;
    let responses = app
        .get(
            &format!("/api/v1/surveys/{}/responses", sent.survey),
            &manager,
        )
        .await;
    assert_eq!(responses.body["total"], 2);
}

async fn required_questions_are_enforced(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let sent = send_survey(&app, false).await;
    let (_, token) = &sent.links[0];
    let field = format!("q{}", sent.q_choice);
    let missing = answer(&app, token, json!({ sent.q_likert.to_string(): 3 })).await;
    assert_eq!(missing.status, 422, "{}", missing.text);
    assert_eq!(
        missing.body["fields"][&field],
        "this question needs an answer"
    );
    let too_many = answer(
        &app,
        token,
        json!({ sent.q_choice.to_string(): ["Networking", "Visibility", "Market information"] }),
    )
    .await;
    assert_eq!(too_many.body["fields"][&field], "choose at most 2");
    // The page shows the form again with the message next to the question.
    let browser = support::browser();
    let page = browser
        .post(app.url(&format!("/s/{token}")))
        .form(&[(format!("q{}", sent.q_likert), "3")])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 422);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("this question needs an answer")
    );
    // Nothing was used up by refused attempts.
    let ok = answer(
        &app,
        token,
        json!({ sent.q_choice.to_string(): "Visibility" }),
    )
    .await;
    assert_eq!(ok.status, 201, "{}", ok.text);
}

async fn anonymity_is_honoured(backend: Backend) {
    let app = support::spawn(backend).await;
    let net = network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let created = draft_survey(&app, &manager, true).await;
    let survey = created["id"].as_i64().unwrap();
    let q = created["sections"][0]["questions"][0]["id"].to_string();
    let base = format!("/api/v1/surveys/{survey}");
    // Incubator A's two SMEs and incubator B.
    let sent = app
        .post(
            &format!("{base}/waves"),
            &manager,
            json!({"own_smes": true, "organisation_ids": [net.incubator_b]}),
        )
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text);
    let links: Vec<(String, String)> = sent.body["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["recipient"].as_str().unwrap().to_string(),
                token_of(l["link"].as_str().unwrap()),
            )
        })
        .collect();
    assert_eq!(links.len(), 3, "{}", sent.text);
    let client = support::signed_in_browser(&app, MANAGER_A).await;
    let read = || async {
        let responses = app.get(&format!("{base}/responses"), &manager).await;
        let results = app.get(&format!("{base}/results"), &manager).await;
        let page = support::text(&client, &app.url(&format!("/surveys/{survey}/results"))).await;
        let csv = support::text(
            &client,
            &app.url(&format!("/surveys/{survey}/export/answers?format=csv")),
        )
        .await;
        (responses, results, page, csv)
    };
    // The first answers first. With one or two responses, the list of who
    // answered would say whose the answers are: none is shown yet.
    let choices = ["Visibility", "Networking", "Market information"];
    for (i, ((_, token), choice)) in links.iter().zip(choices).enumerate() {
        let r = answer(&app, token, json!({ q.clone(): [choice] })).await;
        assert_eq!(r.status, 201, "{}", r.text);
        if i == 2 {
            break;
        }
        let (responses, results, page, csv) = read().await;
        assert_eq!(responses.body["items"], json!([]), "{}", responses.text);
        assert_eq!(results.body["withheld"], true, "{}", results.text);
        assert_eq!(results.body["rate"]["responded"], i + 1, "{}", results.text);
        assert_eq!(
            results.body["groups"][0]["respondents"], 0,
            "{}",
            results.text
        );
        assert!(
            page.contains("shown once at least 3 people have answered"),
            "{page}"
        );
        for choice in choices {
            assert!(!csv.contains(choice), "{csv}");
        }
    }
    // No response row points at an invitation.
    use sea_orm::{ConnectionTrait, Statement};
    let rows = app
        .db
        .query_all_raw(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT invitation_id, home_organisation_name, sector_section, size_class FROM survey_responses",
        ))
        .await
        .unwrap();
    assert_eq!(rows.len(), 3);
    for row in rows {
        let invitation: Option<i64> = row.try_get("", "invitation_id").unwrap();
        assert_eq!(invitation, None);
        let home: String = row.try_get("", "home_organisation_name").unwrap();
        assert_eq!(home, "");
    }
    let (responses, results, page, csv) = read().await;
    assert_eq!(results.body["withheld"], false, "{}", results.text);
    for text in [&responses.text, &results.text, &page, &csv] {
        for (name, _) in &links {
            assert!(!text.contains(name.as_str()), "a name leaked: {text}");
        }
    }
    assert!(csv.starts_with("Response,Country,Submitted on"), "{csv}");
    // The responses are not listed in the order they came, and the list of
    // invitations says who answered but not when: together they would name
    // the respondents.
    let items = responses.body["items"].as_array().unwrap();
    let listed: Vec<&str> = items
        .iter()
        .map(|i| i["answers"][&q].as_str().unwrap_or_default())
        .collect();
    // (in the order of their content: here the options' order)
    assert_ne!(listed, choices);
    assert_eq!(
        listed,
        ["Networking", "Market information", "Visibility"],
        "{}",
        responses.text
    );
    let invitations = app.get(&format!("{base}/invitations"), &manager).await;
    for item in invitations.body["items"].as_array().unwrap() {
        assert_eq!(item["answered"], true, "{}", invitations.text);
        assert!(item["answered_at"].is_null(), "{}", invitations.text);
    }
    let survey_page = support::text(&client, &app.url(&format!("/surveys/{survey}"))).await;
    assert!(survey_page.contains("<td>yes</td>"), "{survey_page}");
    // Only the coarse split is offered, and no country of fewer than three
    // respondents is named (two in Denmark, one in Norway: none).
    let by_home = app
        .get(&format!("{base}/results?by=home_organisation"), &manager)
        .await;
    assert_eq!(by_home.status, 422);
    let by_country = app
        .get(&format!("{base}/results?by=country"), &manager)
        .await;
    assert_eq!(by_country.status, 200);
    assert_eq!(by_country.body["groups"][1]["group"], "other");
    // The page names the group in the reader's language.
    let danish = support::text_in(
        &client,
        &app.url(&format!("/surveys/{survey}/results?by=country")),
        "da",
    )
    .await;
    assert!(danish.contains("<h2>Andre lande"), "{danish}");

    // A follow-up wave cannot show earlier answers, and says so.
    let wave = app
        .post(&format!("{base}/waves"), &manager, json!({}))
        .await;
    let token = token_of(wave.body["links"][0]["link"].as_str().unwrap());
    let questionnaire = app
        .call(
            Method::GET,
            &format!("/api/v1/responses/{token}"),
            None,
            None,
        )
        .await;
    assert_eq!(questionnaire.body["earlier_answers"], json!({}));
    let page = support::text(&support::browser(), &app.url(&format!("/s/{token}"))).await;
    assert!(page.contains("cannot be shown"), "{page}");
}

/// Three respondents in Denmark and one in Norway: naming Norway would name
/// its one respondent, and the Danish group subtracted from the total would
/// too, so an anonymous survey names no country at all.
async fn anonymous_results_name_no_country_of_one(backend: Backend) {
    let app = support::spawn(backend).await;
    let net = network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let created = draft_survey(&app, &manager, true).await;
    let base = format!("/api/v1/surveys/{}", created["id"]);
    let q = created["sections"][0]["questions"][0]["id"].to_string();
    let sent = app
        .post(
            &format!("{base}/waves"),
            &manager,
            json!({"own_smes": true, "organisation_ids": [net.incubator_a, net.incubator_b]}),
        )
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text);
    for link in sent.body["links"].as_array().unwrap() {
        let token = token_of(link["link"].as_str().unwrap());
        let r = answer(&app, &token, json!({ q.clone(): ["Networking"] })).await;
        assert_eq!(r.status, 201, "{}", r.text);
    }
    let by_country = app
        .get(&format!("{base}/results?by=country"), &manager)
        .await;
    assert_eq!(by_country.status, 200, "{}", by_country.text);
    let groups: Vec<&str> = by_country.body["groups"]
        .as_array()
        .unwrap()
        .iter()
        .skip(1)
        .map(|g| g["group"].as_str().unwrap())
        .collect();
    assert_eq!(groups, ["other"], "{}", by_country.text);
    let responses = app.get(&format!("{base}/responses"), &manager).await;
    for item in responses.body["items"].as_array().unwrap() {
        assert_eq!(item["country"], "other", "{}", responses.text);
    }
    let client = support::signed_in_browser(&app, MANAGER_A).await;
    let id = created["id"].as_i64().unwrap();
    let csv = support::text(
        &client,
        &app.url(&format!("/surveys/{id}/export/answers?format=csv")),
    )
    .await;
    assert!(!csv.contains(",NO,") && !csv.contains(",DK,"), "{csv}");
    assert_eq!(csv.matches("Other countries").count(), 4, "{csv}");
    let page = support::text(
        &client,
        &app.url(&format!("/surveys/{id}/results?by=country")),
    )
    .await;
    assert!(
        page.contains("Other countries (too few respondents each to name)"),
        "{page}"
    );
    assert!(!page.contains("Norway"), "{page}");
}

async fn panel_waves_reuse_recipients_and_show_earlier_answers(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let sent = send_survey(&app, false).await;
    let (_, alpha) = &sent.links[0];
    let r = answer(
        &app,
        alpha,
        json!({ sent.q_choice.to_string(): ["Visibility"], sent.q_likert.to_string(): 5 }),
    )
    .await;
    assert_eq!(r.status, 201);
    let manager = app.token(MANAGER_A).await;
    let base = format!("/api/v1/surveys/{}", sent.survey);

    // Reminders reach only the one who has not answered.
    let reminded = app
        .post(&format!("{base}/waves/1/reminders"), &manager, json!({}))
        .await;
    assert_eq!(reminded.body["reminded"], 1, "{}", reminded.text);
    let invitations = app
        .get(&format!("{base}/invitations?wave=1"), &manager)
        .await;
    let items = invitations.body["items"].as_array().unwrap();
    assert!(items[0]["reminded_at"].is_null());
    assert!(items[1]["reminded_at"].is_string());

    // A follow-up wave cannot pick new recipients; it goes to the panel.
    let refused = app
        .post(
            &format!("{base}/waves"),
            &manager,
            json!({"own_smes": true}),
        )
        .await;
    assert_eq!(refused.status, 422);
    let wave2 = app
        .post(&format!("{base}/waves"), &manager, json!({}))
        .await;
    assert_eq!(wave2.status, 201, "{}", wave2.text);
    assert_eq!(wave2.body["number"], 2);
    let recipients: Vec<&str> = wave2.body["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["recipient"].as_str().unwrap())
        .collect();
    assert_eq!(recipients, vec!["Alpha Software ApS", "Amber Foods ApS"]);

    // Alpha sees what it answered in wave 1; Amber, who did not answer, sees nothing.
    let alpha2 = token_of(wave2.body["links"][0]["link"].as_str().unwrap());
    let amber2 = token_of(wave2.body["links"][1]["link"].as_str().unwrap());
    let q = app
        .call(
            Method::GET,
            &format!("/api/v1/responses/{alpha2}"),
            None,
            None,
        )
        .await;
    assert_eq!(q.body["wave"], 2);
    assert_eq!(
        q.body["earlier_answers"][sent.q_choice.to_string()],
        "Visibility"
    );
    assert_eq!(
        q.body["earlier_answers"][sent.q_likert.to_string()],
        "5 (Strongly agree)"
    );
    let page = support::text(&support::browser(), &app.url(&format!("/s/{alpha2}"))).await;
    assert!(
        page.contains("Last time you answered: Visibility"),
        "{page}"
    );
    // A token reads only its own invitation: Amber's link shows none of Alpha's answers.
    let other = app
        .call(
            Method::GET,
            &format!("/api/v1/responses/{amber2}"),
            None,
            None,
        )
        .await;
    assert_eq!(other.body["recipient"], "Amber Foods ApS");
    assert_eq!(other.body["earlier_answers"], json!({}));
    assert!(!other.text.contains("Strongly agree"), "{}", other.text);

    // Questions are frozen once sent.
    let frozen = app
        .call(
            Method::PUT,
            &format!("{base}/questions"),
            Some(&manager),
            Some(&json!({"questions": questions()})),
        )
        .await;
    assert_eq!(frozen.status, 422, "{}", frozen.text);
}

/// Five respondents, hand-computed: Networking 4/5 = 80 %, Market information
/// 3/5 = 60 %, Visibility 1/5 = 20 %; ranking "Sales" first for 3 of 5.
async fn ranking_tables_and_exports_match_the_screen(backend: Backend) {
    let app = support::spawn(backend).await;
    let n = network(&app).await;
    let admin = app.token(ADMIN).await;
    // Five SMEs at incubator A in all.
    for name in ["Aster ApS", "Birch ApS", "Cedar ApS"] {
        support::add_sme(
            &app.db,
            support::sme_input(name, "DK", n.incubator_a, &["J62.01"], true),
        )
        .await;
    }
    let _ = admin;
    let sent = send_survey(&app, false).await;
    assert_eq!(sent.links.len(), 5);
    let picks = [
        (
            vec!["Networking", "Market information"],
            vec!["Sales", "Partners"],
        ),
        (vec!["Networking", "Market information"], vec!["Sales"]),
        (vec!["Networking"], vec!["Partners", "Sales"]),
        (
            vec!["Networking", "Visibility"],
            vec!["Sales", "Knowledge", "Partners"],
        ),
        (vec!["Market information"], vec!["Knowledge"]),
    ];
    for ((_, token), (choices, ranking)) in sent.links.iter().zip(picks) {
        let r = answer(
            &app,
            token,
            json!({ sent.q_choice.to_string(): choices, sent.q_ranking.to_string(): ranking }),
        )
        .await;
        assert_eq!(r.status, 201, "{}", r.text);
    }
    let manager = app.token(MANAGER_A).await;
    let results = app
        .get(
            &format!("/api/v1/surveys/{}/results", sent.survey),
            &manager,
        )
        .await;
    assert_eq!(results.body["rate"]["percent"], 100.0);
    let all = &results.body["groups"][0];
    assert_eq!(all["respondents"], 5);
    let table: Vec<(String, u64, f64)> = all["questions"][0]["summary"]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["option"].as_str().unwrap().to_string(),
                o["respondents"].as_u64().unwrap(),
                o["percent"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        table,
        vec![
            ("Networking".into(), 4, 80.0),
            ("Market information".into(), 3, 60.0),
            ("Visibility".into(), 1, 20.0)
        ]
    );
    // Sales: places 1,1,2,1 → mean 1.3, first for 3 of 5 = 60 %.
    let ranking = &all["questions"][2]["summary"]["options"][0];
    assert_eq!(ranking["option"], "Sales");
    assert_eq!(ranking["mean_place"], 1.3);
    assert_eq!(ranking["first_percent"], 60.0);

    // The ranking table as CSV and XLSX has the same rows as the screen.
    let client = support::signed_in_browser(&app, MANAGER_A).await;
    let page = support::text(
        &client,
        &app.url(&format!("/surveys/{}/results", sent.survey)),
    )
    .await;
    assert!(
        page.contains("<td>Networking</td><td>4</td><td>80.0</td>"),
        "{page}"
    );
    assert!(page.contains("<svg class=\"chart\""));
    let url = |format: &str| {
        app.url(&format!(
            "/surveys/{}/export/questions/{}?format={format}",
            sent.survey, sent.q_choice
        ))
    };
    let csv = support::text(&client, &url("csv")).await;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        vec!["Rank", "Option", "Respondents", "% of respondents"]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows[0], vec!["1", "Networking", "4", "80.0"]);
    assert_eq!(rows[2], vec!["3", "Visibility", "1", "20.0"]);
    for row in &rows {
        assert!(page.contains(&format!(
            "<td>{}</td><td>{}</td><td>{}</td>",
            row[1], row[2], row[3]
        )));
    }
    let bytes = client
        .get(url("xlsx"))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let sheet = workbook.worksheet_range_at(0).unwrap().unwrap();
    let xrows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    assert_eq!(xrows[1][1], Data::String("Networking".into()));
    assert_eq!(xrows[1][2], Data::Float(4.0));
    assert_eq!(xrows[1][3], Data::Float(80.0));
    assert_eq!(xrows.len(), 4);

    // The answers table: one row per response, one column per question, equal
    // in CSV, XLSX and on the page.
    let answers_csv = support::text(
        &client,
        &app.url(&format!(
            "/surveys/{}/export/answers?format=csv",
            sent.survey
        )),
    )
    .await;
    let mut reader = csv::Reader::from_reader(answers_csv.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(headers[1], "Respondent");
    assert_eq!(headers[7], "Q1 What helped most?");
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 5);
    for record in &records {
        // The page writes the day of submission as text ("4 Dec 2026"), the
        // export as an ISO date.
        let cells: String = record
            .iter()
            .map(|c| match chrono::NaiveDate::parse_from_str(c, "%Y-%m-%d") {
                Ok(day) => landfall::i18n::date_in(Locale::En, day),
                Err(_) => c.to_string(),
            })
            .map(|c| format!("<td>{}</td>", c.replace('&', "&amp;")))
            .collect();
        assert!(page.contains(&cells), "row not on screen: {cells}");
    }
    let bytes = client
        .get(app.url(&format!(
            "/surveys/{}/export/answers?format=xlsx",
            sent.survey
        )))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let sheet = workbook.worksheet_range_at(0).unwrap().unwrap();
    let xrows: Vec<Vec<Data>> = sheet.rows().map(|r| r.to_vec()).collect();
    assert_eq!(xrows.len(), 6);
    for (x, record) in xrows[1..].iter().zip(&records) {
        assert_eq!(x[1], Data::String(record[1].to_string()));
        assert_eq!(x[7], Data::String(record[7].to_string()));
    }

    // Split by home organisation (allowed: the survey is not anonymous).
    let by = app
        .get(
            &format!("/api/v1/surveys/{}/results?by=size_class", sent.survey),
            &manager,
        )
        .await;
    assert_eq!(by.status, 200);
    assert_eq!(by.body["groups"][1]["group"], "small (10-49)");
    assert_eq!(by.body["groups"][1]["respondents"], 5);
}

async fn only_the_owning_organisation_sees_a_survey(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let sent = send_survey(&app, false).await;
    let (_, token) = &sent.links[0];
    assert_eq!(
        answer(
            &app,
            token,
            json!({ sent.q_choice.to_string(): ["Networking"] })
        )
        .await
        .status,
        201
    );
    let manager_b = app.token(MANAGER_B).await;
    for path in ["", "/results", "/responses", "/invitations"] {
        let reply = app
            .get(
                &format!("/api/v1/surveys/{}{path}", sent.survey),
                &manager_b,
            )
            .await;
        assert_eq!(reply.status, 404, "{path}: {}", reply.text);
    }
    let b_list = app.get("/api/v1/surveys", &manager_b).await;
    assert_eq!(b_list.body["total"], 0);
    let wave = app
        .post(
            &format!("/api/v1/surveys/{}/waves", sent.survey),
            &manager_b,
            json!({}),
        )
        .await;
    assert_eq!(wave.status, 404);
    let b_browser = support::signed_in_browser(&app, MANAGER_B).await;
    let page = b_browser
        .get(app.url(&format!("/surveys/{}/results", sent.survey)))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 404);
    let export = b_browser
        .get(app.url(&format!(
            "/surveys/{}/export/answers?format=csv",
            sent.survey
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(export.status(), 404);
    // SMEs and evaluators have no survey management at all.
    for who in [MEMBER_A1, EVALUATOR] {
        let token = app.token(who).await;
        assert_eq!(app.get("/api/v1/surveys", &token).await.status, 403);
        let created = app
            .post(
                "/api/v1/surveys",
                &token,
                json!({"template": "sme_feedback"}),
            )
            .await;
        assert_eq!(created.status, 403);
        assert_eq!(
            app.get(&format!("/api/v1/surveys/{}", sent.survey), &token)
                .await
                .status,
            403
        );
    }
    // A manager cannot send to another organisation's SME.
    let manager_a = app.token(MANAGER_A).await;
    let n_b = app
        .post(
            "/api/v1/surveys",
            &manager_a,
            json!({"template": "cluster_readiness"}),
        )
        .await;
    assert_eq!(n_b.status, 201, "{}", n_b.text);
    assert_eq!(
        n_b.body["title"],
        "Cluster readiness for internationalisation"
    );
    let id = n_b.body["id"].as_i64().unwrap();
    let smes = app.get("/api/v1/smes", &manager_a).await;
    let bergen = smes.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Bergen Fish AS")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    let refused = app
        .post(
            &format!("/api/v1/surveys/{id}/waves"),
            &manager_a,
            json!({"sme_ids": [bergen]}),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert!(refused.body["fields"]["sme_ids"].is_string());
    // Organisations (here: all clusters) may be asked by anyone who runs surveys.
    let clusters = app
        .post(
            &format!("/api/v1/surveys/{id}/waves"),
            &manager_a,
            json!({"organisation_kind": "cluster"}),
        )
        .await;
    assert_eq!(clusters.status, 201, "{}", clusters.text);
    assert_eq!(clusters.body["links"][0]["recipient"], "Offshore Cluster");
    // The OpenAPI document lists the survey endpoints.
    let doc = app.call(Method::GET, "/api/openapi.json", None, None).await;
    assert!(doc.body["paths"]["/api/v1/responses/{token}"].is_object());
    assert!(doc.body["paths"]["/api/v1/surveys/{id}/waves"].is_object());
}

/// The answer page follows the respondent's browser language, and the
/// manager's pages follow theirs; English stays English.
async fn pages_follow_the_language(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let sent = send_survey(&app, false).await;
    let (_, alpha) = &sent.links[0];
    let (_, amber) = &sent.links[1];
    let r = answer(
        &app,
        alpha,
        json!({ sent.q_choice.to_string(): ["Visibility"], sent.q_likert.to_string(): 4 }),
    )
    .await;
    assert_eq!(r.status, 201, "{}", r.text);

    // A Danish respondent opens the token link.
    let browser = support::browser();
    let url = app.url(&format!("/s/{amber}"));
    let danish = support::text_in(&browser, &url, "da-DK,da;q=0.9,en;q=0.5").await;
    assert!(danish.contains("Til Amber Foods ApS"), "{danish}");
    assert!(danish.contains("Send mine svar"), "{danish}");
    assert!(danish.contains("4 Enig"), "{danish}");
    assert!(danish.contains("Vælg op til 2."), "{danish}");
    assert!(danish.contains("(skal besvares)"), "{danish}");
    // The questions are the survey's own text, not translated.
    assert!(danish.contains("What helped most?"), "{danish}");
    assert!(!danish.contains("Send my answers"), "{danish}");
    // A missing answer is asked for in Danish.
    let refused =
        crate::support::post_form_in(&browser, &url, &Vec::<(String, String)>::new(), "da").await;
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await.unwrap();
    assert!(
        refused.contains("Besvar venligst de spørgsmål, der er markeret nedenfor."),
        "{refused}"
    );
    assert!(
        refused.contains("dette spørgsmål skal besvares"),
        "{refused}"
    );
    let english = support::text_in(&browser, &url, "en").await;
    assert!(english.contains("For Amber Foods ApS"), "{english}");
    assert!(english.contains("Send my answers"), "{english}");
    assert!(english.contains("4 Agree"), "{english}");
    // The link that was used thanks in Danish.
    let done = support::text_in(&browser, &app.url(&format!("/s/{alpha}")), "da").await;
    assert!(done.contains("Tak: dine svar er registreret."), "{done}");

    // The manager reads the survey and its results in German.
    let client = support::signed_in_browser(&app, MANAGER_A).await;
    let today = chrono::Utc::now().date_naive();
    let page = app.url(&format!("/surveys/{}", sent.survey));
    let german = support::text_in(&client, &page, "de").await;
    assert!(german.contains("Fragebogen (3 Fragen)"), "{german}");
    assert!(german.contains("Welle 1"), "{german}");
    assert!(german.contains("Rücklaufquote"), "{german}");
    assert!(german.contains("Erinnerungen senden"), "{german}");
    assert!(
        german.contains("<span class=\"badge\">Offen</span>"),
        "{german}"
    );
    assert!(german.contains("Zustimmungsskala (1–5)"), "{german}");
    assert!(
        german.contains(&landfall::i18n::date_in(Locale::De, today)),
        "{german}"
    );
    let english = support::text_in(&client, &page, "en").await;
    assert!(english.contains("Questionnaire (3 questions)"), "{english}");
    assert!(english.contains("Send reminders"), "{english}");
    assert!(english.contains("<td class=\"num\">50 %</td>"), "{english}");
    assert!(
        english.contains(&landfall::i18n::date_in(Locale::En, today)),
        "{english}"
    );

    let results = app.url(&format!("/surveys/{}/results", sent.survey));
    let german = support::text_in(&client, &results, "de").await;
    assert!(german.contains("Ergebnisse: Feedback"), "{german}");
    assert!(
        german.contains("<strong>1</strong> von <strong>2</strong> Eingeladenen haben geantwortet: <strong id=\"response-rate\">50,0 %</strong>."),
        "{german}"
    );
    assert!(german.contains("Alle Befragten"), "{german}");
    assert!(german.contains("<th>% der Befragten</th>"), "{german}");
    assert!(german.contains("<td>4 Stimme zu</td>"), "{german}");
    assert!(
        german.contains("<td>Visibility</td><td>1</td><td>100,0</td>"),
        "{german}"
    );
    assert!(german.contains("<th>Eingereicht am</th>"), "{german}");
    assert!(
        german.contains(&format!(
            "<td>{}</td>",
            landfall::i18n::date_in(Locale::De, today)
        )),
        "{german}"
    );
    let english = support::text_in(&client, &results, "en").await;
    assert!(english.contains("Results: Feedback"), "{english}");
    assert!(
        english.contains("<strong>1</strong> of <strong>2</strong> invited responded: <strong id=\"response-rate\">50.0 %</strong>."),
        "{english}"
    );
    assert!(english.contains("All respondents"), "{english}");
    assert!(
        english.contains("<td>Visibility</td><td>1</td><td>100.0</td>"),
        "{english}"
    );
}

async fn a_reminder_carries_a_link_to_the_same_response(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let sent = send_survey(&app, false).await;
    let manager = app.token(MANAGER_A).await;
    let reminded = app
        .post(
            &format!("/api/v1/surveys/{}/waves/1/reminders", sent.survey),
            &manager,
            json!({}),
        )
        .await;
    assert_eq!(reminded.body["reminded"], 2, "{}", reminded.text);

    // The member of Alpha Software finds the reminder with a personal link of
    // its own, not the one of the invitation.
    let member = app.token(MEMBER_A1).await;
    let notices = app.get("/api/v1/notifications", &member).await;
    let reminder = &notices.body["items"][0];
    assert_eq!(reminder["kind"], "survey_reminder", "{}", notices.text);
    let link = reminder["link"].as_str().unwrap();
    assert!(link.starts_with(&format!("{}/s/", app.base)), "{link}");
    let fresh = token_of(link);
    let (_, first) = &sent.links[0];
    assert_ne!(&fresh, first);
    let questionnaire = |token: String| {
        let app = &app;
        async move {
            app.call(
                Method::GET,
                &format!("/api/v1/responses/{token}"),
                None,
                None,
            )
            .await
        }
    };
    let opened = questionnaire(fresh.clone()).await;
    assert_eq!(opened.status, 200, "{}", opened.text);
    assert_eq!(opened.body["recipient"], "Alpha Software ApS");
    assert_eq!(opened.body["answered"], false);

    // Answering through the reminder uses up the first link as well.
    let body = json!({ sent.q_choice.to_string(): ["Visibility"] });
    assert_eq!(answer(&app, &fresh, body.clone()).await.status, 201);
    assert_eq!(questionnaire(first.clone()).await.body["answered"], true);
    assert_eq!(answer(&app, first, body.clone()).await.status, 409);
    assert_eq!(answer(&app, &fresh, body).await.status, 409);
    let responses = app
        .get(
            &format!("/api/v1/surveys/{}/responses", sent.survey),
            &manager,
        )
        .await;
    assert_eq!(responses.body["total"], 1, "{}", responses.text);

    // A second reminder goes only to the one who has not answered.
    let again = app
        .post(
            &format!("/api/v1/surveys/{}/waves/1/reminders", sent.survey),
            &manager,
            json!({}),
        )
        .await;
    assert_eq!(again.body["reminded"], 1, "{}", again.text);
}

/// The audit log's `export` entries: (subject, summary), the newest first.
async fn export_entries(app: &TestApp) -> Vec<(String, String)> {
    let admin = app.token(ADMIN).await;
    let audit = app.get("/api/v1/audit?action=export", &admin).await;
    assert_eq!(audit.status, 200, "{}", audit.text);
    audit.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["subject"].as_str().unwrap().to_string(),
                e["summary"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

async fn downloads_of_responses_are_audited(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let sent = send_survey(&app, false).await;
    let answered = answer(
        &app,
        &sent.links[0].1,
        json!({ sent.q_choice.to_string(): ["Networking"] }),
    )
    .await;
    assert_eq!(answered.status, 201, "{}", answered.text);
    let subject = format!("survey:{}", sent.survey);

    // The answers through the API are a download like the CSV file.
    let manager = app.token(MANAGER_A).await;
    let responses = app
        .get(
            &format!("/api/v1/surveys/{}/responses", sent.survey),
            &manager,
        )
        .await;
    assert_eq!(responses.body["total"], 1, "{}", responses.text);
    assert_eq!(
        export_entries(&app).await,
        [(
            subject.clone(),
            "Survey answers: 1 rows as JSON".to_string()
        )]
    );
    // Someone refused sees nothing and leaves nothing behind.
    let other = app.token(MANAGER_B).await;
    let refused = app
        .get(
            &format!("/api/v1/surveys/{}/responses", sent.survey),
            &other,
        )
        .await;
    assert_eq!(refused.status, 404);
    assert_eq!(export_entries(&app).await.len(), 1);

    // A question's ranking table as a file.
    let client = support::signed_in_browser(&app, MANAGER_A).await;
    let file = client
        .get(app.url(&format!(
            "/surveys/{}/export/questions/{}?format=csv",
            sent.survey, sent.q_choice
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(file.status(), 200);
    assert_eq!(
        export_entries(&app).await[0],
        (
            subject,
            format!(
                "Survey ranking of question {}: 3 rows as CSV",
                sent.q_choice
            )
        )
    );
}

/// An answer written while the survey is being closed waits for the close
/// and is refused; a question edited while the first wave goes out waits for
/// it and is refused, so nobody answers a question that changed.
/// How many questions a survey's detail lists.
fn question_count(detail: &Value) -> usize {
    detail["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["questions"].as_array().unwrap().len())
        .sum()
}

/// Options and free-text answers take no control characters (NUL cannot be
/// stored), and the question form adds none beyond the maximum.
async fn texts_and_question_counts_are_bounded(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let created = app
        .post(
            "/api/v1/surveys",
            &manager,
            json!({"title": "Feedback", "questions": [
                {"prompt": "Anything else?", "kind": "free_text"},
            ]}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let survey = created.body["id"].as_i64().unwrap();
    let question = created.body["sections"][0]["questions"][0]["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/surveys/{survey}/questions");
    let refused = app
        .put(
            &path,
            &manager,
            json!({"questions": [
                {"prompt": "Which?", "kind": "single_choice", "options": ["a\u{0}", "b"]},
            ]}),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert_eq!(
        refused.body["fields"]["questions[0].options"],
        "contains control characters"
    );
    let detail = app
        .get(&format!("/api/v1/surveys/{survey}"), &manager)
        .await;
    assert_eq!(
        detail.body["sections"][0]["questions"][0]["id"], question,
        "{}",
        detail.text
    );

    let sent = app
        .post(
            &format!("/api/v1/surveys/{survey}/waves"),
            &manager,
            json!({"own_smes": true}),
        )
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text);
    let token = token_of(sent.body["links"][0]["link"].as_str().unwrap());
    let refused = answer(&app, &token, json!({ question.to_string(): "fine\u{0}" })).await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert_eq!(
        refused.body["fields"][format!("q{question}")],
        "contains control characters"
    );
    let responses = app
        .get(&format!("/api/v1/surveys/{survey}/responses"), &manager)
        .await;
    assert_eq!(responses.body["total"], 0, "{}", responses.text);

    // A survey with the most questions takes no more from the form.
    let full: Vec<Value> = (0..100)
        .map(|i| json!({"prompt": format!("Question {i}"), "kind": "likert"}))
        .collect();
    let created = app
        .post(
            "/api/v1/surveys",
            &manager,
            json!({"title": "Long", "questions": full}),
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.text);
    let long = created.body["id"].as_i64().unwrap();
    let browser = support::signed_in_browser(&app, MANAGER_A).await;
    let form = app.url(&format!("/surveys/{long}/questions/new"));
    let csrf = support::hidden_field(&support::text(&browser, &form).await, "_csrf").unwrap();
    let refused = browser
        .post(&form)
        .form(&[
            ("_csrf", csrf.as_str()),
            ("prompt", "One more"),
            ("kind", "likert"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("at most 100 questions"), "{page}");
    let detail = app.get(&format!("/api/v1/surveys/{long}"), &manager).await;
    assert_eq!(question_count(&detail.body), 100);
}

async fn answers_and_edits_wait_for_a_change_of_status(backend: Backend) {
    use sea_orm::ConnectionTrait;
    let app = support::spawn(backend).await;
    network(&app).await;
    let sent = send_survey(&app, false).await;
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE surveys SET status = 'closed' WHERE id = {}",
        sent.survey
    ))
    .await
    .unwrap();
    let answering = crate::support::waiting(
        answer(
            &app,
            &sent.links[0].1,
            json!({ sent.q_choice.to_string(): ["Networking"] }),
        ),
        "the answer waits for the survey",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = answering.await;
    assert_eq!(refused.status, 409, "{}", refused.text);

    let manager = app.token(MANAGER_A).await;
    let draft = draft_survey(&app, &manager, false).await;
    let id = draft["id"].as_i64().unwrap();
    let question = draft["sections"][0]["questions"][0]["id"].as_i64().unwrap();
    let txn = landfall::db::write(&app.db).await.unwrap();
    txn.execute_unprepared(&format!(
        "UPDATE surveys SET status = 'open' WHERE id = {id}"
    ))
    .await
    .unwrap();
    let path = format!("/api/v1/surveys/{id}/questions");
    let editing = crate::support::waiting(
        app.put(&path, &manager, json!({"questions": questions()})),
        "the edit waits for the survey",
    )
    .await;
    txn.commit().await.unwrap();
    let refused = editing.await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    let survey = app.get(&format!("/api/v1/surveys/{id}"), &manager).await;
    assert_eq!(
        survey.body["sections"][0]["questions"][0]["id"], question,
        "{}",
        survey.text
    );
}

/// A survey's title and introduction change at any time; its anonymity only
/// until the first wave is sent; only its organisation changes it.
/// The prompts of a survey's questions, in order.
fn prompts(detail: &Value) -> Vec<String> {
    detail["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["questions"].as_array().unwrap().iter())
        .map(|q| q["prompt"].as_str().unwrap().to_string())
        .collect()
}

/// On a draft's page, a question moves one place up or down (the first
/// stays first); once the survey is sent, the order is fixed.
async fn questions_move_up_and_down_while_a_draft(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let draft = draft_survey(&app, &manager, false).await;
    let id = draft["id"].as_i64().unwrap();
    let ids: Vec<i64> = draft["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["questions"].as_array().unwrap().iter())
        .map(|q| q["id"].as_i64().unwrap())
        .collect();
    let browser = support::signed_in_browser(&app, MANAGER_A).await;
    let page = support::text(&browser, &app.url(&format!("/surveys/{id}"))).await;
    assert!(page.contains("Move question 1 down") && !page.contains("Move question 1 up"));
    assert!(page.contains("Move question 3 up") && !page.contains("Move question 3 down"));
    let csrf = support::hidden_field(&page, "_csrf").unwrap();
    let send = |client: reqwest::Client, question: i64, direction: &'static str| {
        let (app, csrf) = (&app, csrf.clone());
        async move {
            let reply = client
                .post(app.url(&format!("/surveys/{id}/questions/{question}/move")))
                .form(&[("_csrf", csrf.as_str()), ("direction", direction)])
                .send()
                .await
                .unwrap();
            let location = reply
                .headers()
                .get("location")
                .map(|l| l.to_str().unwrap().to_string());
            (
                reply.status().as_u16(),
                location,
                reply.text().await.unwrap(),
            )
        }
    };
    let order = || async {
        prompts(
            &app.get(&format!("/api/v1/surveys/{id}"), &manager)
                .await
                .body,
        )
    };
    let (status, location, _) = send(browser.clone(), ids[0], "down").await;
    assert_eq!(status, 303);
    assert_eq!(
        location.unwrap(),
        format!("/surveys/{id}#question-{}", ids[0])
    );
    assert_eq!(
        order().await,
        [
            "The support fitted our needs.",
            "What helped most?",
            "Rank the results"
        ]
    );
    let (status, _, _) = send(browser.clone(), ids[1], "up").await;
    assert_eq!(status, 303, "the first stays first");
    assert_eq!(order().await[0], "The support fitted our needs.");
    let (status, _, _) = send(browser.clone(), ids[2], "up").await;
    assert_eq!(status, 303);
    assert_eq!(
        order().await,
        [
            "The support fitted our needs.",
            "Rank the results",
            "What helped most?"
        ]
    );
    let (status, _, _) = send(browser.clone(), ids[2], "sideways").await;
    assert_eq!(status, 400);
    let other = support::signed_in_browser(&app, MANAGER_B).await;
    let theirs = support::text(&other, &app.url("/surveys")).await;
    let their_csrf = support::hidden_field(&theirs, "_csrf").unwrap();
    let foreign = other
        .post(app.url(&format!("/surveys/{id}/questions/{}/move", ids[2])))
        .form(&[("_csrf", their_csrf.as_str()), ("direction", "down")])
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), 404, "another organisation's survey");

    let sent = app
        .post(
            &format!("/api/v1/surveys/{id}/waves"),
            &manager,
            json!({"own_smes": true}),
        )
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text);
    let (status, _, html) = send(browser.clone(), ids[2], "up").await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains(r#"role="alert""#), "{html}");
    assert_eq!(order().await[2], "What helped most?", "unchanged");
}

async fn a_survey_is_renamed_and_its_anonymity_fixed_once_sent(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let id = draft_survey(&app, &manager, false).await["id"]
        .as_i64()
        .unwrap();
    let path = format!("/api/v1/surveys/{id}");
    let renamed = app
        .patch(
            &path,
            &manager,
            json!({"title": "Pilot feedback 2027", "introduction": "Ten minutes, no more."}),
        )
        .await;
    assert_eq!(renamed.status, 200, "{}", renamed.text);
    assert_eq!(renamed.body["title"], "Pilot feedback 2027");
    assert_eq!(renamed.body["introduction"], "Ten minutes, no more.");
    assert_eq!(renamed.body["anonymous"], false, "left out, kept");
    assert_eq!(question_count(&renamed.body), 3);
    let wrong = app
        .patch(&path, &manager, json!({"title": " ", "anonymous": "yes"}))
        .await;
    assert_eq!(wrong.status, 422, "{}", wrong.text);
    assert!(wrong.body["fields"]["title"].is_string(), "{}", wrong.text);
    assert!(
        wrong.body["fields"]["anonymous"].is_string(),
        "{}",
        wrong.text
    );
    let other = app.token(MANAGER_B).await;
    let foreign = app.patch(&path, &other, json!({"title": "Ours now"})).await;
    assert_eq!(foreign.status, 404, "{}", foreign.text);
    let anonymous = app.patch(&path, &manager, json!({"anonymous": true})).await;
    assert_eq!(anonymous.body["anonymous"], true, "{}", anonymous.text);

    let sent = app
        .post(
            &format!("{path}/waves"),
            &manager,
            json!({"own_smes": true}),
        )
        .await;
    assert_eq!(sent.status, 201, "{}", sent.text);
    let fixed = app
        .patch(&path, &manager, json!({"anonymous": false}))
        .await;
    assert_eq!(fixed.status, 422, "{}", fixed.text);
    assert_eq!(
        fixed.body["fields"]["anonymous"],
        "anonymity is decided before the survey is sent"
    );
    assert_eq!(app.get(&path, &manager).await.body["anonymous"], true);

    // On the page, once sent, the anonymity is stated, not offered.
    let browser = support::signed_in_browser(&app, MANAGER_A).await;
    let edit = format!("/surveys/{id}/edit");
    let page = support::text(&browser, &app.url(&edit)).await;
    assert!(
        page.contains("This was settled when the first wave was sent"),
        "{page}"
    );
    assert!(
        !page.contains(r#"type="checkbox" name="anonymous""#),
        "{page}"
    );
    let csrf = support::hidden_field(&page, "_csrf").unwrap();
    let version = support::hidden_field(&page, "version").unwrap();
    let anonymity = support::hidden_field(&page, "anonymous").unwrap();
    let save = |title: &'static str, introduction: &'static str| {
        let fields = [
            ("_csrf", csrf.clone()),
            ("version", version.clone()),
            ("title", title.to_string()),
            ("introduction", introduction.to_string()),
            ("anonymous", anonymity.clone()),
        ];
        browser.post(app.url(&edit)).form(&fields).send()
    };
    let blank = save("", "Kept as typed").await.unwrap();
    assert_eq!(blank.status(), 422);
    let html = blank.text().await.unwrap();
    assert!(html.contains(r#"aria-invalid="true""#), "{html}");
    assert!(html.contains("Kept as typed"), "{html}");
    let saved = save("Renamed on the page", "").await.unwrap();
    assert_eq!(saved.status(), 303);
    let now = app.get(&path, &manager).await;
    assert_eq!(now.body["title"], "Renamed on the page");
    assert_eq!(now.body["introduction"], "");
    assert_eq!(now.body["anonymous"], true);
    let overview = support::text(&browser, &app.url(&format!("/surveys/{id}"))).await;
    assert!(overview.contains(&format!(r#"href="/surveys/{id}/edit""#)));
}

/// Closing a survey stops the answers, but not the panel: a follow-up wave
/// opens it again for its own links, while wave 1's links are over.
async fn a_closed_survey_takes_a_follow_up_wave(backend: Backend) {
    let app = support::spawn(backend).await;
    network(&app).await;
    let manager = app.token(MANAGER_A).await;
    let sent = send_survey(&app, false).await;
    let base = format!("/api/v1/surveys/{}", sent.survey);
    let choice = json!({ sent.q_choice.to_string(): ["Networking"] });
    let (_, first) = &sent.links[0];
    let (_, second) = &sent.links[1];
    assert_eq!(answer(&app, first, choice.clone()).await.status, 201);
    let closed = app
        .post(&format!("{base}/close"), &manager, json!({}))
        .await;
    assert_eq!(closed.status, 200, "{}", closed.text);
    let late = answer(&app, second, choice.clone()).await;
    assert_eq!(late.status, 409, "{}", late.text);

    let wave = app
        .post(&format!("{base}/waves"), &manager, json!({}))
        .await;
    assert_eq!(wave.status, 201, "{}", wave.text);
    assert_eq!(wave.body["number"], 2);
    assert_eq!(app.get(&base, &manager).await.body["status"], "open");
    let over = answer(&app, second, choice.clone()).await;
    assert_eq!(over.status, 409, "{}", over.text);
    assert!(over.text.contains("a later wave"), "{}", over.text);
    let page = support::text(&support::browser(), &app.url(&format!("/s/{second}"))).await;
    assert!(page.contains("A later wave of this survey"), "{page}");
    let reminded = app
        .post(&format!("{base}/waves/1/reminders"), &manager, json!({}))
        .await;
    assert_eq!(reminded.status, 422, "{}", reminded.text);
    let anew = wave.body["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| token_of(l["link"].as_str().unwrap()))
        .find(|t| !t.is_empty())
        .unwrap();
    assert_eq!(answer(&app, &anew, choice).await.status, 201);
    let reminded = app
        .post(&format!("{base}/waves/2/reminders"), &manager, json!({}))
        .await;
    assert_eq!(reminded.status, 200, "{}", reminded.text);
}

on_both_backends!(
    a_closed_survey_takes_a_follow_up_wave,
    a_survey_is_renamed_and_its_anonymity_fixed_once_sent,
    questions_move_up_and_down_while_a_draft,
    answers_and_edits_wait_for_a_change_of_status,
    texts_and_question_counts_are_bounded,
    a_survey_is_sent_and_answered_with_a_token_link,
    particular_recipients_are_picked_on_the_page,
    anonymous_results_name_no_country_of_one,
    downloads_of_responses_are_audited,
    one_response_per_token,
    a_reminder_carries_a_link_to_the_same_response,
    required_questions_are_enforced,
    anonymity_is_honoured,
    panel_waves_reuse_recipients_and_show_earlier_answers,
    ranking_tables_and_exports_match_the_screen,
    only_the_owning_organisation_sees_a_survey,
    pages_follow_the_language,
);
