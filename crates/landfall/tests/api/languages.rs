//! The UI's language: the browser's Accept-Language, the switcher's cookie,
//! and a signed-in person's saved choice, in that order of precedence.

use landfall::i18n::Locale;
use landfall::registry::reference::{nace_title, nace_title_in};
use serde_json::json;

use crate::on_both_backends;
use crate::support::*;

on_both_backends!(
    the_language_follows_the_browser_then_the_switcher_then_the_person,
    the_switcher_refuses_unknown_languages_and_forged_forms,
    form_errors_speak_the_page_language_and_the_api_stays_english,
    countries_and_sectors_are_named_in_the_page_language,
    amounts_and_shares_are_written_the_page_language_way,
    words_built_in_code_come_in_the_page_language,
);

async fn the_language_follows_the_browser_then_the_switcher_then_the_person(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;

    // A visitor whose browser prefers German gets German; without a
    // preference Landfall speaks English.
    let visitor = browser();
    let english = text(&visitor, &app.url("/directory")).await;
    assert!(english.contains("<html lang=\"en\">"));
    assert!(english.contains(">Sign in</a>"));
    let german = text_in(
        &visitor,
        &app.url("/directory"),
        "fr-FR, de;q=0.8, en;q=0.5",
    )
    .await;
    assert!(german.contains("<html lang=\"de\">"));
    assert!(german.contains(">Anmelden</a>"), "the menu in German");

    // The switcher's choice beats the browser's preference and is remembered.
    let switched = visitor
        .post(app.url("/language"))
        .header("Referer", app.url("/handbook"))
        .form(&[("lang", "sv")])
        .send()
        .await
        .unwrap();
    assert_eq!(switched.status(), 303);
    assert_eq!(switched.headers()["location"], "/handbook");
    let swedish = text_in(&visitor, &app.url("/directory"), "de").await;
    assert!(swedish.contains("<html lang=\"sv\">"));
    assert!(swedish.contains(">Logga in</a>"));

    // A signed-in person's choice is saved with the account: it follows
    // them to a new browser that has no cookie and prefers English.
    let member = signed_in_browser(&app, MANAGER_A).await;
    let csrf = hidden_field(&text(&member, &app.url("/")).await, "_csrf").unwrap();
    let saved = member
        .post(app.url("/language"))
        .form(&[("lang", "nb"), ("_csrf", &csrf), ("back", "/smes")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    assert_eq!(saved.headers()["location"], "/smes");
    let elsewhere = signed_in_browser(&app, MANAGER_A).await;
    let norwegian = text_in(&elsewhere, &app.url("/"), "en").await;
    assert!(norwegian.contains("<html lang=\"nb\">"));
    assert!(norwegian.contains(">Logg ut</button>"));
    assert!(
        norwegian.contains("Organisasjonsansvarlig"),
        "the role in Norwegian"
    );

    // Back to following the browser.
    choose_language(&app, &elsewhere, "auto").await;
    let dutch = text_in(&elsewhere, &app.url("/"), "nl-BE").await;
    assert!(dutch.contains("<html lang=\"nl\">"));
    assert!(dutch.contains(">Afmelden</button>"));
}

async fn form_errors_speak_the_page_language_and_the_api_stays_english(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    app.sign_in_browser(ADMIN).await;
    let form = [
        ("kind", "incubator"),
        ("name", "  "),
        ("country", "SE"),
        ("city", "Halmstad"),
    ];
    let german = app.refused_new_organisation(&form, "de").await;
    assert!(german.contains("ist erforderlich"), "{german}");
    assert!(!german.contains("is required"), "{german}");
    let english = app.refused_new_organisation(&form, "en").await;
    assert!(english.contains("is required"), "{english}");

    // The JSON API keeps its messages in English, whatever the caller asks
    // for or chose: scripts read them.
    let token = app.token(ADMIN).await;
    let reply = app
        .client
        .post(app.url("/api/v1/organisations"))
        .bearer_auth(&token)
        .header("Accept-Language", "de")
        .json(&serde_json::json!({"kind": "incubator", "name": " ", "country": "SE", "city": "Malmö"}))
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 422, "the API refuses the body");
    let body: serde_json::Value = reply.json().await.unwrap();
    assert_eq!(body["fields"]["name"], "is required", "{body}");
}

async fn countries_and_sectors_are_named_in_the_page_language(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    app.sign_in_browser(ADMIN).await;
    let url = app.url("/organisations");
    let fish = "C10.20";
    for (lang, locale, norway) in [
        ("sv", Locale::Sv, "Norge"),
        ("de", Locale::De, "Norwegen"),
        ("nl", Locale::Nl, "Noorwegen"),
        ("en", Locale::En, "Norway"),
    ] {
        let page = text_in(&app.client, &url, lang).await;
        assert!(
            page.contains(&format!("<td>{norway}</td>")),
            "{lang}: {page}"
        );
        let title = nace_title_in(locale, fish).unwrap();
        assert!(
            page.contains(&format!("title=\"{title}\"")),
            "{lang}: {title}"
        );
        if locale != Locale::En {
            assert_ne!(Some(title), nace_title(fish), "{lang} has its own title");
        }
    }
    // The country menu of the filter lists the countries by their name in
    // the page's language.
    let german = text_in(&app.client, &url, "de").await;
    let at = |name: &str| german.find(&format!(">{name}</option>")).unwrap();
    assert!(at("Dänemark (DK)") < at("Deutschland (DE)"));
    assert!(at("Deutschland (DE)") < at("Norwegen (NO)"));

    // The SME list names the companies' countries in Danish.
    let smes = text_in(&app.client, &app.url("/smes"), "da").await;
    assert!(smes.contains("<td>Danmark</td>"), "{smes}");
    assert!(!smes.contains(">Denmark<"), "{smes}");
}

async fn the_switcher_refuses_unknown_languages_and_forged_forms(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let visitor = browser();
    let unknown = visitor
        .post(app.url("/language"))
        .form(&[("lang", "fr")])
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 400);

    // Off-site return addresses are ignored.
    let offsite = visitor
        .post(app.url("/language"))
        .form(&[("lang", "da"), ("back", "//evil.example/")])
        .send()
        .await
        .unwrap();
    assert_eq!(offsite.headers()["location"], "/");

    // A signed-in person's setting only changes with their CSRF token.
    let member = signed_in_browser(&app, MANAGER_A).await;
    let forged = member
        .post(app.url("/language"))
        .form(&[("lang", "de")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let page = text(&member, &app.url("/")).await;
    assert!(page.contains("<html lang=\"en\">"), "nothing changed");
}

/// A non-breaking space, as German, Danish, Norwegian and Swedish put
/// between an amount and its euro sign (and Nordic thousands).
const NBSP: char = '\u{a0}';

async fn amounts_and_shares_are_written_the_page_language_way(backend: Backend) {
    let app = spawn(backend).await;
    let f = crate::monitoring::fixture(&app).await;
    let admin = signed_in_browser(&app, ADMIN).await;
    let (a1, programme) = (f.net.sme_a1, f.programme);
    let today = crate::monitoring::today();
    crate::monitoring::record(
        &app,
        &f.manager_a,
        json!({"sme_id": a1, "kind": "partnership", "occurred_on": today, "country": "NO",
               "counterparty_name": "Bergen Ropes", "evidence_text": "Signed", "programme_id": programme}),
    )
    .await;
    let contract = crate::monitoring::record(
        &app,
        &f.manager_a,
        json!({"sme_id": a1, "kind": "contract", "occurred_on": today, "country": "NO",
               "counterparty_name": "Bergen Ropes", "value_cents": 1_234_550,
               "evidence_text": "Order", "programme_id": programme}),
    )
    .await;
    // One of the programme's two SMEs has a partnership: 50.0 %.
    let share = app
        .post(
            "/api/v1/indicators",
            &f.manager_a,
            json!({"programme_id": programme, "name": "Partnered share",
                   "metric": "share_with:partnership", "target": 75}),
        )
        .await;
    assert_eq!(share.status, 201, "{}", share.text);

    // Turnover on the SME list: 1.500.000 € in German, as on /calls.
    let smes = text_in(&admin, &app.url("/smes"), "de").await;
    assert!(smes.contains(&format!("1.500.000{NBSP}€")), "{smes}");
    assert!(!smes.contains("EUR 1,500,000"), "{smes}");
    let english = text_in(&admin, &app.url("/smes"), "en").await;
    assert!(english.contains("EUR 1,500,000"), "{english}");

    // Shares with a decimal comma, targets in whole percent, money as above.
    let dashboard = text_in(
        &admin,
        &app.url(&format!("/programmes/{programme}/dashboard")),
        "de",
    )
    .await;
    assert!(dashboard.contains("50,0 %"), "{dashboard}");
    assert!(!dashboard.contains("50.0 %"), "{dashboard}");
    assert!(dashboard.contains("75 %"), "{dashboard}");
    let english = text_in(
        &admin,
        &app.url(&format!("/programmes/{programme}/dashboard")),
        "en",
    )
    .await;
    assert!(english.contains("50.0 %"), "{english}");
    let outcome = text_in(&admin, &app.url(&format!("/outcomes/{contract}")), "de").await;
    assert!(outcome.contains(&format!("12.345,50{NBSP}€")), "{outcome}");
    let outcomes = text_in(&admin, &app.url("/outcomes"), "nl").await;
    assert!(outcomes.contains("€ 12.345,50"), "{outcomes}");

    // The chart's target line: the word and the grouping of the page.
    let value = app
        .post(
            "/api/v1/indicators",
            &f.manager_a,
            json!({"programme_id": programme, "name": "Contract value",
                   "metric": "value:contract", "target": 3_000_000}),
        )
        .await;
    assert_eq!(value.status, 201, "{}", value.text);
    let key = value.body["key"].as_str().unwrap().to_string();
    let kpi = text_in(
        &admin,
        &app.url(&format!("/programmes/{programme}/dashboard/kpis/{key}")),
        "de",
    )
    .await;
    assert!(kpi.contains(">Ziel 30.000</text>"), "{kpi}");
    assert!(!kpi.contains("target 30000"), "{kpi}");
    let kpi = text_in(
        &admin,
        &app.url(&format!("/programmes/{programme}/dashboard/kpis/{key}")),
        "sv",
    )
    .await;
    assert!(kpi.contains(&format!(">mål 30{NBSP}000</text>")), "{kpi}");

    // A plan's day rate, budget and period hint.
    let manager = app.token(MANAGER_A).await;
    let plan = app
        .post(
            "/api/v1/plans",
            &manager,
            json!({"title": "Japan 2027", "market_country": "JP", "starts_on": "2027-01-01",
                   "ends_on": "2027-12-31", "day_rate_cents": 65_000}),
        )
        .await;
    assert_eq!(plan.status, 201, "{}", plan.text);
    let plan = plan.body["id"].as_i64().unwrap();
    let fairs = crate::toolbox::instrument_id(&app, &manager, "trade-fairs").await;
    let item = app
        .post(
            &format!("/api/v1/plans/{plan}/items"),
            &manager,
            json!({"instrument_id": fairs, "title": "Sea Japan, Tokyo", "starts_on": "2027-04-14",
                   "ends_on": "2027-04-16", "days": 2,
                   "costs": [{"label": "Shared stand", "amount_cents": 100_000}]}),
        )
        .await;
    assert_eq!(item.status, 201, "{}", item.text);
    let item = item.body["items"][0]["id"].as_i64().unwrap();
    let page = text_in(&admin, &app.url(&format!("/plans/{plan}")), "de").await;
    assert!(page.contains(&format!("650{NBSP}€")), "{page}");
    // Two days at 650 € and 1.000 € of costs.
    assert!(page.contains(&format!("2.300{NBSP}€")), "{page}");
    assert!(page.contains("Gesamter Plan"), "{page}");
    assert!(!page.contains("EUR 650"), "{page}");
    let english = text_in(&admin, &app.url(&format!("/plans/{plan}")), "en").await;
    assert!(english.contains("EUR 650") && english.contains("Whole plan"));
    let form = text_in(
        &admin,
        &app.url(&format!("/plans/{plan}/items/{item}/edit")),
        "de",
    )
    .await;
    assert!(
        form.contains("Im Zeitraum des Plans, 1. Jan. 2027 bis 31. Dez. 2027"),
        "{form}"
    );
}

async fn words_built_in_code_come_in_the_page_language(backend: Backend) {
    let app = spawn(backend).await;
    let f = crate::monitoring::fixture(&app).await;
    let programme = f.programme;
    let admin = signed_in_browser(&app, ADMIN).await;

    // The four indicators of every programme, named in German on pages and
    // by their stable English names in the API.
    let dashboard = text_in(
        &admin,
        &app.url(&format!("/programmes/{programme}/dashboard")),
        "de",
    )
    .await;
    for name in [
        "Teilnehmende KMU",
        "KMU mit einer formellen Partnerschaft",
        "KMU mit physischer Präsenz im Ausland",
        "KMU, die mit dem Export begonnen haben",
    ] {
        assert!(dashboard.contains(name), "{name}: {dashboard}");
    }
    assert!(!dashboard.contains("SMEs with a formal partnership"));
    let kpis = app
        .get(&format!("/api/v1/programmes/{programme}/kpis"), &f.admin)
        .await;
    let partnerships = kpis.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["key"] == "partnerships")
        .unwrap();
    assert_eq!(partnerships["name"], "SMEs with a formal partnership");
    let kpi = text_in(
        &admin,
        &app.url(&format!(
            "/programmes/{programme}/dashboard/kpis/partnerships"
        )),
        "de",
    )
    .await;
    assert!(kpi.contains("Nach Land des KMU"), "{kpi}");
    let english = text_in(
        &admin,
        &app.url(&format!(
            "/programmes/{programme}/dashboard/kpis/partnerships"
        )),
        "en",
    )
    .await;
    assert!(english.contains("<h2>By the SME"), "{english}");
    assert!(english.contains("By sector (NACE section)"), "{english}");

    // The whole network, and what caused a record.
    let network = text_in(&admin, &app.url("/monitoring"), "nl").await;
    assert!(network.contains("Het hele netwerk"), "{network}");
    assert!(!network.contains("The whole network"), "{network}");
    let record = crate::monitoring::record(
        &app,
        &f.manager_a,
        json!({"sme_id": f.net.sme_a1, "kind": "partnership", "occurred_on": crate::monitoring::today(),
               "country": "NO", "counterparty_name": "Bergen Ropes", "evidence_text": "Signed",
               "programme_id": programme}),
    )
    .await;
    let outcome = text_in(&admin, &app.url(&format!("/outcomes/{record}")), "da").await;
    assert!(
        outcome.contains(&format!("program nr. {programme}")),
        "{outcome}"
    );
    assert!(!outcome.contains("programme #"), "{outcome}");

    // The strategy checklist: phases, items and the self-check in Norwegian.
    let strategy = text_in(
        &admin,
        &app.url(&format!("/organisations/{}/strategy", f.net.cluster)),
        "nb",
    )
    .await;
    assert!(
        strategy.contains("Fase 1: Forstå klyngen og velg markeder"),
        "{strategy}"
    );
    assert!(strategy.contains("Vi har valgt ett til tre målmarkeder og skrevet ned hvorfor."));
    assert!(strategy.contains("Vi har ennå ingen kontakter eller noe nettverk i målmarkedet."));
    assert!(!strategy.contains("Understand your cluster"), "{strategy}");
    let english = text_in(
        &admin,
        &app.url(&format!("/organisations/{}/strategy", f.net.cluster)),
        "en",
    )
    .await;
    assert!(english.contains("Phase 1: Understand your cluster and choose markets"));
}
