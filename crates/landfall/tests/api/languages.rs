//! The UI's language: the browser's Accept-Language, the switcher's cookie,
//! and a signed-in person's saved choice, in that order of precedence.

use landfall::i18n::Locale;
use landfall::registry::reference::{nace_title, nace_title_in};

use crate::on_both_backends;
use crate::support::*;

on_both_backends!(
    the_language_follows_the_browser_then_the_switcher_then_the_person,
    the_switcher_refuses_unknown_languages_and_forged_forms,
    form_errors_speak_the_page_language_and_the_api_stays_english,
    countries_and_sectors_are_named_in_the_page_language,
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
