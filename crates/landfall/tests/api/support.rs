//! Test harness: the real application on a random port with a fresh database
//! (a SQLite file in a temporary folder, or a PostgreSQL schema of its own),
//! and a small network of organisations, SMEs and accounts to test against.

use std::sync::LazyLock;

use landfall::app::{self, AppState, Settings};
use landfall::auth::{self, Email, Role};
use landfall::db::{self, Db, Location, PoolSettings};
use landfall::registry::model::{ContactInput, OrganisationInput, SmeInput};
use landfall::registry::store;
use reqwest::{Method, StatusCode};
use serde_json::Value;

/// Which database a test runs on.
#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

impl Backend {
    /// PostgreSQL from `LANDFALL_TEST_POSTGRES`, or `None` (and a loud note) when unset.
    pub fn postgres(test: &str) -> Option<Backend> {
        match std::env::var("LANDFALL_TEST_POSTGRES") {
            Ok(url) if !url.trim().is_empty() => Some(Backend::Postgres(url)),
            _ => {
                eprintln!(
                    "\n*** SKIPPED {test} on PostgreSQL: set LANDFALL_TEST_POSTGRES=postgres://… to run it ***\n"
                );
                None
            }
        }
    }
}

/// Generates one test per backend for each async test function taking a [`Backend`].
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::support::Backend::Sqlite).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if let Some(backend) = $crate::support::Backend::postgres(concat!(module_path!())) {
                        super::$name(backend).await
                    }
                }
            }
        )*
    };
}

/// The password of every test account.
pub const PASSWORD: &str = "correct horse battery";

/// Hashing once per test binary keeps the suite quick; verification still runs argon2.
static PASSWORD_HASH: LazyLock<String> = LazyLock::new(|| auth::model::hash_password(PASSWORD));

pub struct TestApp {
    pub base: String,
    pub db: Db,
    pub client: reqwest::Client,
    pub location: Location,
    pg_schema: Option<(String, String)>,
    _dir: tempfile::TempDir,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Each PostgreSQL test leaves nothing behind: its schema is dropped.
        if let Some((url, schema)) = self.pg_schema.take() {
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build();
                if let Ok(runtime) = runtime {
                    runtime.block_on(async {
                        if let Ok(db) = sea_orm::Database::connect(url.as_str()).await {
                            use sea_orm::ConnectionTrait;
                            let _ = db
                                .execute_unprepared(&format!(
                                    "DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"
                                ))
                                .await;
                        }
                    });
                }
            })
            .join();
        }
    }
}

pub async fn spawn(backend: Backend) -> TestApp {
    let dir = tempfile::tempdir().expect("temporary folder");
    let (location, settings, pg_schema) = match &backend {
        Backend::Sqlite => (
            Location::Sqlite(dir.path().join("landfall.db")),
            PoolSettings {
                max_connections: 4,
                pg_schema: None,
            },
            None,
        ),
        Backend::Postgres(url) => {
            let suffix: String = landfall::auth::model::new_secret()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .take(16)
                .collect::<String>()
                .to_lowercase();
            let schema = format!("test_{suffix}");
            (
                Location::Postgres(url.clone()),
                PoolSettings {
                    max_connections: 4,
                    pg_schema: Some(schema.clone()),
                },
                Some((url.clone(), schema)),
            )
        }
    };
    let db = db::connect(&location, &settings).await.expect("connect");
    db::migrate(&db).await.expect("migrate");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().unwrap());
    let state = AppState::new(
        db.clone(),
        // Tests send requests as fast as they can from one address: no rate
        // limit here (tests/api/security.rs tests it on a router of its own).
        Settings {
            api_rate_per_minute: 0,
            ..Settings::for_public_url(&base)
        },
    );
    tokio::spawn(app::serve(listener, state, std::future::pending()));
    let client = browser();
    TestApp {
        base,
        db,
        client,
        location,
        pg_schema,
        _dir: dir,
    }
}

/// A JSON response: status and body (`Value::Null` when the body is not JSON).
pub struct Reply {
    pub status: StatusCode,
    pub body: Value,
    pub text: String,
    pub headers: reqwest::header::HeaderMap,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Reply {
        // A fresh client without cookies: API calls are judged by their token alone.
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let mut request = client.request(method, self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.expect("request");
        let status = response.status();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap_or_default();
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        Reply {
            status,
            body,
            text,
            headers,
        }
    }

    pub async fn get(&self, path: &str, token: &str) -> Reply {
        self.call(Method::GET, path, Some(token), None).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::POST, path, Some(token), Some(&body))
            .await
    }

    pub async fn put(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::PUT, path, Some(token), Some(&body)).await
    }

    pub async fn delete(&self, path: &str, token: &str) -> Reply {
        self.call(Method::DELETE, path, Some(token), None).await
    }

    pub async fn patch(&self, path: &str, token: &str, body: Value) -> Reply {
        self.call(Method::PATCH, path, Some(token), Some(&body))
            .await
    }

    /// Starts another server on the same database, as a second instance behind a
    /// load balancer would be; returns its base URL.
    pub async fn second_instance(&self) -> String {
        let settings = PoolSettings {
            max_connections: 2,
            pg_schema: self.pg_schema.as_ref().map(|(_, schema)| schema.clone()),
        };
        let db = db::connect(&self.location, &settings)
            .await
            .expect("connect");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let state = AppState::new(
            db,
            // Tests send requests as fast as they can from one address: no rate
            // limit here (tests/api/security.rs tests it on a router of its own).
            Settings {
                api_rate_per_minute: 0,
                ..Settings::for_public_url(&base)
            },
        );
        tokio::spawn(app::serve(listener, state, std::future::pending()));
        base
    }

    /// The `--database` argument that reaches this test's database from the
    /// command line (on PostgreSQL, its own schema through the search path).
    pub fn database_arg(&self) -> String {
        match (&self.location, &self.pg_schema) {
            (Location::Sqlite(path), _) => path.display().to_string(),
            (Location::Postgres(url), Some((_, schema))) => {
                let separator = if url.contains('?') { '&' } else { '?' };
                format!("{url}{separator}options=-c%20search_path%3D{schema}")
            }
            (Location::Postgres(url), None) => url.clone(),
        }
    }

    /// Signs in through the API and returns a bearer token.
    pub async fn token(&self, email: &str) -> String {
        self.token_as(email, PASSWORD).await
    }

    /// Signs in through the API with the given password and returns a bearer token.
    pub async fn token_as(&self, email: &str, password: &str) -> String {
        let reply = self
            .call(
                Method::POST,
                "/api/v1/auth/token",
                None,
                Some(&serde_json::json!({"email": email, "password": password})),
            )
            .await;
        assert_eq!(reply.status, 200, "sign-in of {email}: {}", reply.text);
        reply.body["token"].as_str().expect("token").to_string()
    }

    /// Signs in through the sign-in form with this app's cookie-keeping client.
    pub async fn sign_in_browser(&self, email: &str) {
        sign_in_with(&self.client, self, email).await;
    }

    /// The CSRF token of the signed-in browser session, read from a page's forms.
    pub async fn page_csrf(&self, path: &str) -> String {
        let page = text(&self.client, &self.url(path)).await;
        hidden_field(&page, "_csrf").expect("page has a CSRF field")
    }

    /// Posts the new-organisation form from the signed-in browser, read in
    /// `lang`, and returns the page that refuses it (422).
    pub async fn refused_new_organisation(&self, fields: &[(&str, &str)], lang: &str) -> String {
        let csrf = self.page_csrf("/organisations/new").await;
        let mut form = vec![("_csrf", csrf.as_str())];
        form.extend_from_slice(fields);
        let url = self.url("/organisations/new");
        let reply = post_form_in(&self.client, &url, &form, lang).await;
        assert_eq!(reply.status(), 422, "refused in {lang}");
        reply.text().await.unwrap()
    }
}

/// A client that behaves like a browser for these tests: it keeps cookies and
/// shows redirects instead of following them.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

/// The body of a GET.
pub async fn text(client: &reqwest::Client, url: &str) -> String {
    client.get(url).send().await.unwrap().text().await.unwrap()
}

/// The body of a GET from a browser whose language preference is `accept_language`.
pub async fn text_in(client: &reqwest::Client, url: &str, accept_language: &str) -> String {
    client
        .get(url)
        .header("Accept-Language", accept_language)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// Posts a form from a browser whose language preference is `accept_language`.
pub async fn post_form_in(
    client: &reqwest::Client,
    url: &str,
    form: &(impl serde::Serialize + ?Sized),
    accept_language: &str,
) -> reqwest::Response {
    client
        .post(url)
        .header("Accept-Language", accept_language)
        .form(form)
        .send()
        .await
        .unwrap()
}

/// Signs a browser in through the sign-in form.
pub async fn sign_in_with(client: &reqwest::Client, app: &TestApp, email: &str) {
    sign_in_as(client, app, email, PASSWORD).await
}

/// Signs a browser in through the sign-in form with the given password.
pub async fn sign_in_as(client: &reqwest::Client, app: &TestApp, email: &str, password: &str) {
    let form = text(client, &app.url("/login")).await;
    let csrf = hidden_field(&form, "_csrf").expect("sign-in form has a CSRF field");
    let response = client
        .post(app.url("/login"))
        .form(&[("email", email), ("password", password), ("_csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "browser sign-in of {email}");
}

/// A new browser, signed in.
pub async fn signed_in_browser(app: &TestApp, email: &str) -> reqwest::Client {
    let client = browser();
    sign_in_with(&client, app, email).await;
    client
}

/// A signed-in browser picks a language with the switcher at the foot of a
/// page (saved with the account).
pub async fn choose_language(app: &TestApp, browser: &reqwest::Client, lang: &str) {
    let csrf = hidden_field(&text(browser, &app.url("/")).await, "_csrf").unwrap();
    let chosen = browser
        .post(app.url("/language"))
        .form(&[("lang", lang), ("_csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(chosen.status(), 303, "{lang}");
}

/// The value of a hidden input in an HTML page.
pub fn hidden_field(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_string())
}

// ---------------------------------------------------------------------------
// A small network
// ---------------------------------------------------------------------------

/// Two incubators (A in Denmark, B in Norway), a cluster and a funding agency;
/// two SMEs at each incubator, one listed in the directory and one not; and an
/// account for every role.
pub struct Network {
    pub incubator_a: i64,
    pub incubator_b: i64,
    pub cluster: i64,
    pub agency: i64,
    /// At A, listed.
    pub sme_a1: i64,
    /// At A, not listed.
    pub sme_a2: i64,
    /// At B, listed.
    pub sme_b1: i64,
    /// At B, not listed.
    pub sme_b2: i64,
}

pub const ADMIN: &str = "coordinator@network.example";
pub const MANAGER_A: &str = "manager@incubator-a.example";
pub const MANAGER_B: &str = "manager@incubator-b.example";
pub const MEMBER_A1: &str = "founder@sme-a1.example";
pub const MEMBER_B2: &str = "founder@sme-b2.example";
pub const EVALUATOR: &str = "reviewer@evaluators.example";

/// Private notes of each SME carry this marker, so tests can prove they never leak.
pub const SECRET: &str = "PRIVATE-NOTE";

pub fn organisation_input(
    kind: &str,
    name: &str,
    country: &str,
    sectors: &[&str],
) -> OrganisationInput {
    OrganisationInput {
        kind: kind.into(),
        name: name.into(),
        country: country.into(),
        city: "Harbour City".into(),
        region: "Coast".into(),
        sectors: sectors.iter().map(|s| s.to_string()).collect(),
        services: vec!["soft_landing".into()],
        website: "https://example.org".into(),
        description: format!("{name} helps companies go abroad."),
        contacts: vec![ContactInput {
            name: "Kari Nordmann".into(),
            role: "Programme lead".into(),
            email: "kari@example.org".into(),
            phone: "+47 40 00 00 00".into(),
        }],
        unreadable: Default::default(),
    }
}

pub fn sme_input(name: &str, country: &str, home: i64, sectors: &[&str], listed: bool) -> SmeInput {
    SmeInput {
        name: name.into(),
        country: country.into(),
        city: "Harbour City".into(),
        home_organisation_id: Some(home),
        sectors: sectors.iter().map(|s| s.to_string()).collect(),
        founded: Some(2018),
        employees: Some(12),
        annual_turnover_cents: Some(150_000_000),
        products: format!("{name} makes useful things."),
        website: String::new(),
        target_markets: vec!["DE".into()],
        directory_consent: listed,
        notes: format!("{SECRET} about {name}"),
        contacts: vec![ContactInput {
            name: "Ola Founder".into(),
            role: "CEO".into(),
            email: "ola@example.org".into(),
            phone: String::new(),
        }],
        unreadable: Default::default(),
    }
}

pub async fn add_organisation(db: &Db, input: OrganisationInput) -> i64 {
    store::create_organisation(db, &input.validate().expect("valid organisation"))
        .await
        .expect("organisation stored")
}

pub async fn add_sme(db: &Db, input: SmeInput) -> i64 {
    let home = store::home_candidate(db, input.home_organisation_id.unwrap())
        .await
        .unwrap();
    store::create_sme(db, &input.validate(home, 2026).expect("valid SME"))
        .await
        .expect("SME stored")
}

pub async fn add_account(
    db: &Db,
    email: &str,
    role: Role,
    organisation_id: Option<i64>,
    sme_id: Option<i64>,
) -> i64 {
    auth::store::create_account(
        db,
        auth::store::NewAccount {
            email: Email::parse(email).unwrap(),
            display_name: email.split('@').next().unwrap().to_string(),
            password_hash: PASSWORD_HASH.clone(),
            role,
            organisation_id,
            sme_id,
        },
    )
    .await
    .expect("account stored")
}

pub async fn network(app: &TestApp) -> Network {
    let db = &app.db;
    let mut organisations = Vec::new();
    for (kind, name, country, sectors) in [
        ("incubator", "Incubator A", "DK", &["J62"][..]),
        ("incubator", "Incubator B", "NO", &["C10.20"]),
        ("cluster", "Offshore Cluster", "NO", &["D35.11"]),
        ("funding_agency", "Growth Fund", "DK", &[]),
    ] {
        organisations
            .push(add_organisation(db, organisation_input(kind, name, country, sectors)).await);
    }
    let [incubator_a, incubator_b, cluster, agency] = organisations[..] else {
        unreachable!()
    };
    let mut smes = Vec::new();
    for (name, country, home, sector, listed) in [
        ("Alpha Software ApS", "DK", incubator_a, "J62.01", true),
        ("Amber Foods ApS", "DK", incubator_a, "C10.51", false),
        ("Bergen Fish AS", "NO", incubator_b, "C10.20", true),
        ("Boreal Sensors AS", "NO", incubator_b, "C26.51", false),
    ] {
        smes.push(add_sme(db, sme_input(name, country, home, &[sector], listed)).await);
    }
    let [sme_a1, sme_a2, sme_b1, sme_b2] = smes[..] else {
        unreachable!()
    };
    for (email, role, organisation, sme) in [
        (ADMIN, Role::Admin, None, None),
        (MANAGER_A, Role::Manager, Some(incubator_a), None),
        (MANAGER_B, Role::Manager, Some(incubator_b), None),
        (MEMBER_A1, Role::Sme, None, Some(sme_a1)),
        (MEMBER_B2, Role::Sme, None, Some(sme_b2)),
        (EVALUATOR, Role::Evaluator, None, None),
    ] {
        add_account(db, email, role, organisation, sme).await;
    }
    Network {
        incubator_a,
        incubator_b,
        cluster,
        agency,
        sme_a1,
        sme_a2,
        sme_b1,
        sme_b2,
    }
}

/// The names in a list reply, in order.
pub fn names(reply: &Reply) -> Vec<String> {
    reply.body["items"]
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {}", reply.text))
        .iter()
        .map(|item| item["name"].as_str().unwrap().to_string())
        .collect()
}

// ---------------------------------------------------------------------------
// The binary as a separate process
// ---------------------------------------------------------------------------

/// The `landfall` binary, with no database from the environment and quiet logs.
pub fn landfall_command() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_landfall"));
    command
        .env_remove("DATABASE_URL")
        .env_remove("LANDFALL_LOG_FORMAT")
        .env("RUST_LOG", "warn");
    command
}

/// A `landfall serve` child process on a free port. Dropping it kills it.
pub struct ServerProcess {
    pub child: std::process::Child,
    pub url: String,
    _stdout: Option<std::io::BufReader<std::process::ChildStdout>>,
}

impl ServerProcess {
    /// Starts `landfall serve --database <database> --addr 127.0.0.1:0
    /// --api-rate-limit 0 <extra>` and waits until it announces its address.
    pub fn start(database: &str, extra: &[&str]) -> ServerProcess {
        use std::io::BufRead;
        let child = landfall_command()
            .args([
                "serve",
                "--addr",
                "127.0.0.1:0",
                "--api-rate-limit",
                "0",
                "--database",
                database,
            ])
            .args(extra)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("landfall serve starts");
        // Owned by the guard at once: killed and reaped whatever happens next.
        let mut server = ServerProcess {
            child,
            url: String::new(),
            _stdout: None,
        };
        let mut stdout = std::io::BufReader::new(server.child.stdout.take().unwrap());
        let mut line = String::new();
        loop {
            line.clear();
            let read = stdout.read_line(&mut line).expect("server output");
            assert!(
                read > 0,
                "landfall serve exited before announcing its address"
            );
            if let Some(url) = line.trim().strip_prefix("Landfall is being served at ") {
                server.url = url.to_string();
                server._stdout = Some(stdout);
                return server;
            }
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.url, path)
    }

    pub fn pid(&self) -> String {
        self.child.id().to_string()
    }

    /// Sends SIGTERM (a graceful stop).
    pub fn terminate(&self) {
        let status = std::process::Command::new("kill")
            .args(["-TERM", &self.pid()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Signs in through the API of this process.
    pub async fn token(&self, email: &str) -> String {
        let reply = reqwest::Client::new()
            .post(self.url("/api/v1/auth/token"))
            .json(&serde_json::json!({"email": email, "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(reply.status(), 200, "sign-in of {email}");
        let body: Value = reply.json().await.unwrap();
        body["token"].as_str().unwrap().to_string()
    }

    /// Waits for the process to end, at most `seconds`.
    pub fn wait_for_exit(&mut self, seconds: u64) -> std::process::ExitStatus {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "landfall serve did not exit within {seconds} s"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `request` and checks that it is still waiting after 700 ms, held
/// up by a lock the test holds in a transaction of its own; returns it, to
/// be awaited once the test lets the lock go.
pub async fn waiting<F: std::future::Future>(request: F, what: &str) -> std::pin::Pin<Box<F>> {
    let mut request = Box::pin(request);
    let wait = std::time::Duration::from_millis(700);
    assert!(
        tokio::time::timeout(wait, &mut request).await.is_err(),
        "{what}"
    );
    request
}
