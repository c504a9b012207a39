//! The authorisation matrix: every role against every resource, reading and
//! writing. Allowed calls succeed; the others get 401, 403 or 404 and leak nothing.

use reqwest::Method;
use serde_json::{Value, json};

use crate::on_both_backends;
use crate::support::{
    ADMIN, Backend, EVALUATOR, MANAGER_A, MANAGER_B, MEMBER_A1, MEMBER_B2, Network, SECRET,
    TestApp, network, spawn,
};

/// Who is calling, by the account's e-mail (None: not signed in).
const CALLERS: [Option<&str>; 7] = [
    None,
    Some(ADMIN),
    Some(MANAGER_A),
    Some(MANAGER_B),
    Some(MEMBER_A1),
    Some(MEMBER_B2),
    Some(EVALUATOR),
];

struct Tokens(Vec<(Option<&'static str>, Option<String>)>);

impl Tokens {
    async fn new(app: &TestApp) -> Self {
        let mut tokens = Vec::new();
        for caller in CALLERS {
            let token = match caller {
                Some(email) => Some(app.token(email).await),
                None => None,
            };
            tokens.push((caller, token));
        }
        Self(tokens)
    }
}

/// One row of the matrix: a request and the status each caller gets, in the order of [`CALLERS`].
struct Case {
    method: Method,
    path: String,
    body: Option<Value>,
    expected: [u16; 7],
}

fn case(method: Method, path: String, body: Option<Value>, expected: [u16; 7]) -> Case {
    Case {
        method,
        path,
        body,
        expected,
    }
}

fn cases(net: &Network) -> Vec<Case> {
    use Method as M;
    let org = |id: i64| format!("/api/v1/organisations/{id}");
    let sme = |id: i64| format!("/api/v1/smes/{id}");
    let new_org = json!({"kind": "incubator", "name": "New Hub", "country": "SE", "city": "Lund"});
    let new_sme_at_a = |name: &str| json!({"name": name, "country": "DK", "city": "Odense", "home_organisation_id": net.incubator_a, "sectors": ["J62"]});
    //                                        anon admin  mgrA  mgrB  memA1 memB2 eval
    vec![
        case(
            M::GET,
            "/api/v1/organisations".into(),
            None,
            [401, 200, 200, 200, 200, 200, 200],
        ),
        case(
            M::GET,
            org(net.incubator_a),
            None,
            [401, 200, 200, 200, 200, 200, 200],
        ),
        case(
            M::GET,
            org(net.agency),
            None,
            [401, 200, 200, 200, 200, 200, 200],
        ),
        case(
            M::POST,
            "/api/v1/organisations".into(),
            Some(new_org),
            [401, 201, 403, 403, 403, 403, 403],
        ),
        case(
            M::PATCH,
            org(net.incubator_a),
            Some(json!({"region": "Funen"})),
            [401, 200, 200, 403, 403, 403, 403],
        ),
        case(
            M::PATCH,
            org(net.incubator_b),
            Some(json!({"region": "Vestland"})),
            [401, 200, 403, 200, 403, 403, 403],
        ),
        case(
            M::PATCH,
            org(net.cluster),
            Some(json!({"region": "Rogaland"})),
            [401, 200, 403, 403, 403, 403, 403],
        ),
        case(
            M::GET,
            "/api/v1/smes".into(),
            None,
            [401, 200, 200, 200, 200, 200, 200],
        ),
        // A listed SME is seen by everyone signed in…
        case(
            M::GET,
            sme(net.sme_a1),
            None,
            [401, 200, 200, 200, 200, 200, 200],
        ),
        case(
            M::GET,
            sme(net.sme_b1),
            None,
            [401, 200, 200, 200, 200, 200, 200],
        ),
        // …an unlisted one only by its own people, as if it did not exist for the rest.
        case(
            M::GET,
            sme(net.sme_a2),
            None,
            [401, 200, 200, 404, 404, 404, 404],
        ),
        case(
            M::GET,
            sme(net.sme_b2),
            None,
            [401, 200, 404, 200, 404, 200, 404],
        ),
        case(
            M::GET,
            "/api/v1/smes/999999".into(),
            None,
            [401, 404, 404, 404, 404, 404, 404],
        ),
        case(
            M::POST,
            "/api/v1/smes".into(),
            Some(new_sme_at_a("Matrix One ApS")),
            [401, 201, 201, 403, 403, 403, 403],
        ),
        case(
            M::PATCH,
            sme(net.sme_a1),
            Some(json!({"city": "Vejle"})),
            [401, 200, 200, 403, 200, 403, 403],
        ),
        case(
            M::PATCH,
            sme(net.sme_a2),
            Some(json!({"city": "Vejle"})),
            [401, 200, 200, 404, 404, 404, 404],
        ),
        case(
            M::PATCH,
            sme(net.sme_b2),
            Some(json!({"city": "Tromsø"})),
            [401, 200, 404, 200, 404, 200, 404],
        ),
        case(
            M::GET,
            "/api/v1/users".into(),
            None,
            [401, 200, 403, 403, 403, 403, 403],
        ),
        case(
            M::GET,
            "/api/v1/me".into(),
            None,
            [401, 200, 200, 200, 200, 200, 200],
        ),
    ]
}

async fn every_role_gets_exactly_its_rights(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let tokens = Tokens::new(&app).await;
    let mut failures = Vec::new();
    for case in cases(&net) {
        for ((caller, token), expected) in tokens.0.iter().zip(case.expected) {
            let mut body = case.body.clone();
            // Creations need a fresh name per caller, or the second would be a conflict.
            if let (Some(Value::Object(map)), Some(email)) = (&mut body, caller)
                && let Some(Value::String(name)) = map.get_mut("name")
            {
                name.push_str(&format!(" {}", email.split('@').next().unwrap()));
            }
            let reply = app
                .call(
                    case.method.clone(),
                    &case.path,
                    token.as_deref(),
                    body.as_ref(),
                )
                .await;
            if reply.status.as_u16() != expected {
                failures.push(format!(
                    "{} {} as {:?}: expected {expected}, got {} {}",
                    case.method, case.path, caller, reply.status, reply.text
                ));
            }
            if !reply.status.is_success() {
                assert!(
                    !reply.text.contains(SECRET),
                    "a refusal leaked private notes"
                );
                assert!(
                    reply.body["error"].is_string(),
                    "refusals have an error body: {}",
                    reply.text
                );
            }
        }
    }
    assert!(
        failures.is_empty(),
        "authorisation matrix:\n{}",
        failures.join("\n")
    );
}

/// Which SMEs each caller finds in the list, and whether private figures are included.
async fn lists_show_each_role_only_its_share(backend: Backend) {
    let app = spawn(backend).await;
    network(&app).await;
    let tokens = Tokens::new(&app).await;
    let expected: [(&str, &[(&str, bool)]); 6] = [
        (
            ADMIN,
            &[
                ("Alpha Software ApS", true),
                ("Amber Foods ApS", true),
                ("Bergen Fish AS", true),
                ("Boreal Sensors AS", true),
            ],
        ),
        (
            MANAGER_A,
            &[
                ("Alpha Software ApS", true),
                ("Amber Foods ApS", true),
                ("Bergen Fish AS", false),
            ],
        ),
        (
            MANAGER_B,
            &[
                ("Alpha Software ApS", false),
                ("Bergen Fish AS", true),
                ("Boreal Sensors AS", true),
            ],
        ),
        (
            MEMBER_A1,
            &[("Alpha Software ApS", true), ("Bergen Fish AS", false)],
        ),
        (
            MEMBER_B2,
            &[
                ("Alpha Software ApS", false),
                ("Bergen Fish AS", false),
                ("Boreal Sensors AS", true),
            ],
        ),
        (
            EVALUATOR,
            &[("Alpha Software ApS", false), ("Bergen Fish AS", false)],
        ),
    ];
    for (email, rows) in expected {
        let token = tokens
            .0
            .iter()
            .find(|(c, _)| *c == Some(email))
            .unwrap()
            .1
            .clone()
            .unwrap();
        let reply = app.get("/api/v1/smes", &token).await;
        let items = reply.body["items"].as_array().unwrap();
        let seen: Vec<(&str, bool)> = items
            .iter()
            .map(|item| {
                (
                    item["name"].as_str().unwrap(),
                    item.get("employees").is_some(),
                )
            })
            .collect();
        assert_eq!(seen, rows, "as {email}");
        assert_eq!(reply.body["total"], rows.len(), "as {email}");
        for item in items {
            let private = item.get("employees").is_some();
            for field in ["annual_turnover_cents", "notes"] {
                assert_eq!(item.get(field).is_some(), private, "{field} as {email}");
            }
            if !private {
                assert!(!item.to_string().contains(SECRET), "as {email}");
            }
        }
        // Searching cannot reveal what listing hides.
        let found = app.get("/api/v1/smes?q=amber", &token).await;
        let amber_visible = rows.iter().any(|(name, _)| *name == "Amber Foods ApS");
        assert_eq!(found.body["total"], u64::from(amber_visible), "as {email}");
    }
}

async fn single_smes_show_private_figures_only_to_insiders(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let path = format!("/api/v1/smes/{}", net.sme_a1);
    for (email, insider) in [
        (ADMIN, true),
        (MANAGER_A, true),
        (MEMBER_A1, true),
        (MANAGER_B, false),
        (MEMBER_B2, false),
        (EVALUATOR, false),
    ] {
        let token = app.token(email).await;
        let reply = app.get(&path, &token).await;
        assert_eq!(reply.status, 200);
        for field in ["employees", "annual_turnover_cents", "notes", "contacts"] {
            assert_eq!(
                reply.body.get(field).is_some(),
                insider,
                "{field} as {email}"
            );
        }
        assert_eq!(reply.text.contains(SECRET), insider, "notes as {email}");
        // The page tells the same story.
        let page = app.get(&format!("/smes/{}", net.sme_a1), &token).await.text;
        assert_eq!(page.contains(SECRET), insider, "page as {email}");
        assert_eq!(page.contains("Private figures"), insider, "page as {email}");
    }
}

/// Removal changes the data, so it is checked caller by caller in a story.
async fn only_the_right_people_remove_records(backend: Backend) {
    let app = spawn(backend).await;
    let net = network(&app).await;
    let token = |email| app.token(email);
    let (admin, manager_a, manager_b, member_a1, evaluator) = (
        token(ADMIN).await,
        token(MANAGER_A).await,
        token(MANAGER_B).await,
        token(MEMBER_A1).await,
        token(EVALUATOR).await,
    );
    let delete = |path: String, token: Option<String>| {
        let app = &app;
        async move {
            app.call(Method::DELETE, &path, token.as_deref(), None)
                .await
                .status
                .as_u16()
        }
    };
    let sme = |id: i64| format!("/api/v1/smes/{id}");
    let org = |id: i64| format!("/api/v1/organisations/{id}");

    assert_eq!(delete(sme(net.sme_a1), None).await, 401);
    assert_eq!(
        delete(sme(net.sme_a1), Some(member_a1.clone())).await,
        403,
        "members ask their incubator"
    );
    assert_eq!(delete(sme(net.sme_a1), Some(manager_b.clone())).await, 403);
    assert_eq!(delete(sme(net.sme_a1), Some(evaluator.clone())).await, 403);
    assert_eq!(
        delete(sme(net.sme_a2), Some(manager_b.clone())).await,
        404,
        "hidden stays hidden"
    );

    assert_eq!(delete(sme(net.sme_a2), Some(manager_a.clone())).await, 204);
    assert_eq!(app.get(&sme(net.sme_a2), &admin).await.status, 404);
    assert_eq!(
        delete(sme(net.sme_a2), Some(admin.clone())).await,
        404,
        "already gone"
    );

    // Removing an SME closes its members' accounts.
    assert_eq!(delete(sme(net.sme_a1), Some(admin.clone())).await, 204);
    assert_eq!(app.get("/api/v1/me", &member_a1).await.status, 401);

    assert_eq!(delete(org(net.agency), Some(manager_a.clone())).await, 403);
    assert_eq!(delete(org(net.agency), Some(admin.clone())).await, 204);
    assert_eq!(app.get(&org(net.agency), &admin).await.status, 404);
    let blocked = app
        .call(Method::DELETE, &org(net.incubator_b), Some(&admin), None)
        .await;
    assert_eq!(
        blocked.status, 409,
        "its SMEs and its manager still belong to it"
    );
    let reason = blocked.body["error"].as_str().unwrap();
    assert!(
        reason.contains("2 SMEs") && reason.contains("1 account"),
        "{reason}"
    );
    assert_eq!(
        app.get(&org(net.incubator_b), &admin).await.status,
        200,
        "nothing was removed"
    );
}

/// One rule in three forms: the SMEs whose private part a manager's
/// organisation sees (its own and those granted to it) are the same whether
/// the model decides SME by SME (`can_see_private`, behind single pages),
/// the store lists them (`private_sme_ids`, behind every "whose records"
/// list, or `private_sme_ids_among` for the SMEs of an indicator's
/// population) or a query carries the rule as a condition (`looked_after_by`,
/// behind the outcome lists) — for every organisation of the demo network.
async fn the_smes_an_organisation_looks_after_are_the_same_by_every_route(backend: Backend) {
    use std::collections::BTreeSet;

    use landfall::auth::{Actor, Role};
    use landfall::monitoring::store::outcomes::{OutcomeFilter, outcomes};
    use landfall::registry::model::{ListFilter, SmeScope, can_see_private};
    use landfall::registry::store::{list_smes, private_sme_ids, private_sme_ids_among};
    use landfall::validation::Window;

    let app = spawn(backend).await;
    landfall::demo::load(&app.db, 20).await.unwrap();
    let window = Window {
        limit: 100_000,
        offset: 0,
    };
    let (smes, _) = list_smes(&app.db, SmeScope::All, &ListFilter::default(), window)
        .await
        .unwrap();
    let everyone = OutcomeFilter {
        include_retracted: true,
        ..OutcomeFilter::default()
    };
    let (records, _) = outcomes(&app.db, &everyone, None).await.unwrap();
    let with_records: BTreeSet<i64> = records.iter().map(|r| r.sme_id).collect();
    let organisations: BTreeSet<i64> = smes
        .iter()
        .flat_map(|s| s.partners.iter().copied().chain([s.home.id]))
        .collect();
    let mut granted_elsewhere = 0;
    for organisation in organisations {
        let manager = Actor {
            user_id: 0,
            email: String::new(),
            display_name: String::new(),
            role: Role::Manager,
            organisation_id: Some(organisation),
            sme_id: None,
            session: None,
            locale: None,
        };
        let by_model: BTreeSet<i64> = smes
            .iter()
            .filter(|s| can_see_private(&manager, &s.access()))
            .map(|s| s.id)
            .collect();
        let listed: BTreeSet<i64> = private_sme_ids(&app.db, organisation)
            .await
            .unwrap()
            .into_iter()
            .collect();
        assert_eq!(by_model, listed, "organisation {organisation}");
        let all: Vec<i64> = smes.iter().map(|s| s.id).collect();
        let among: BTreeSet<i64> = private_sme_ids_among(&app.db, organisation, &all)
            .await
            .unwrap()
            .into_iter()
            .collect();
        assert_eq!(
            among, listed,
            "organisation {organisation}, asked among all"
        );
        let filter = OutcomeFilter {
            looked_after_by: Some(organisation),
            ..everyone.clone()
        };
        let (theirs, _) = outcomes(&app.db, &filter, None).await.unwrap();
        let by_condition: BTreeSet<i64> = theirs.iter().map(|r| r.sme_id).collect();
        let expected: BTreeSet<i64> = listed.intersection(&with_records).copied().collect();
        assert_eq!(by_condition, expected, "organisation {organisation}");
        granted_elsewhere += smes
            .iter()
            .filter(|s| listed.contains(&s.id) && s.home.id != organisation)
            .count();
    }
    // The demo grants hosts abroad their guests: the rule's second half is
    // exercised, not only "home".
    assert!(
        granted_elsewhere > 0,
        "no SME was granted to another organisation"
    );
}

on_both_backends!(
    only_the_right_people_remove_records,
    every_role_gets_exactly_its_rights,
    lists_show_each_role_only_its_share,
    single_smes_show_private_figures_only_to_insiders,
    the_smes_an_organisation_looks_after_are_the_same_by_every_route,
);
