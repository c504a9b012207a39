//! Accounts, sign-in, sessions, API tokens, CSRF protection, and the [`Actor`]
//! every handler receives.
//!
//! A request is identified once, by [`identify`] (a middleware): a bearer
//! token (API clients) or the session cookie (browsers). Sessions and tokens
//! live in the database, so any number of server instances can share them.

pub mod api;
mod entities;
pub mod model;
pub mod pages;
pub mod passwords;
pub mod store;

use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::{
    ConnectInfo, FromRequest, FromRequestParts, OptionalFromRequestParts, Request, State,
};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::de::DeserializeOwned;

pub use model::{Actor, Email, Role};

use crate::app::AppState;
use crate::db::Db;
use crate::web::AppError;

/// The cookie that carries the web session's secret.
pub const SESSION_COOKIE: &str = "landfall_session";

/// The actor (or nobody) behind the current request, set by [`identify`].
#[derive(Clone, Debug)]
struct CurrentActor(Option<Actor>);

/// Middleware: works out who is calling, once per request.
pub async fn identify(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    // The JSON API changes things for bearer tokens only: a browser's
    // session cookie, which another site's page could make it send, reads
    // through the API but never writes (forms carry a CSRF token instead).
    let cookie_may_act = request.method().is_safe() || !request.uri().path().starts_with("/api/");
    let actor = match actor_for(&state.db, request.headers(), cookie_may_act).await {
        Ok(actor) => actor,
        Err(error) => return error.into_response(),
    };
    // The JSON API answers in English whatever the caller's language: its
    // messages are a contract that scripts read.
    let locale = if request.uri().path().starts_with("/api/") {
        crate::i18n::Locale::En
    } else {
        request_locale(actor.as_ref(), request.headers())
    };
    request.extensions_mut().insert(CurrentActor(actor));
    crate::i18n::scope(locale, next.run(request)).await
}

/// The language of the response: the person's choice, else the switcher's
/// cookie, else the browser's preference, else English.
fn request_locale(actor: Option<&Actor>, headers: &HeaderMap) -> crate::i18n::Locale {
    use crate::i18n::{COOKIE, Locale};
    actor
        .and_then(|a| a.locale)
        .or_else(|| {
            CookieJar::from_headers(headers)
                .get(COOKIE)
                .and_then(|c| Locale::parse(c.value()))
        })
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or_default()
}

async fn actor_for(
    db: &Db,
    headers: &HeaderMap,
    cookie_may_act: bool,
) -> Result<Option<Actor>, AppError> {
    if let Some(authorization) = headers.get(header::AUTHORIZATION) {
        // A request that names a token is judged by that token alone.
        let token = authorization
            .to_str()
            .ok()
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim);
        return match token {
            Some(token) if !token.is_empty() => store::token_actor(db, token).await,
            _ => Ok(None),
        };
    }
    let jar = CookieJar::from_headers(headers);
    match jar.get(SESSION_COOKIE) {
        Some(cookie) if cookie_may_act && !cookie.value().is_empty() => {
            store::session_actor(db, cookie.value()).await
        }
        _ => Ok(None),
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Actor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, AppError> {
        parts
            .extensions
            .get::<CurrentActor>()
            .and_then(|current| current.0.clone())
            .ok_or(AppError::Unauthorized)
    }
}

impl<S: Send + Sync> OptionalFromRequestParts<S> for Actor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Option<Self>, AppError> {
        Ok(parts
            .extensions
            .get::<CurrentActor>()
            .and_then(|current| current.0.clone()))
    }
}

/// A form posted by a signed-in browser, with its CSRF token checked against
/// the session before the handler runs.
pub struct CsrfForm<T> {
    pub actor: Actor,
    pub form: T,
}

/// The hidden field every form carries.
pub const CSRF_FIELD: &str = "_csrf";

fn form_field(body: &[u8], name: &str) -> Option<String> {
    form_urlencoded::parse(body)
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        let (mut parts, body) = request.into_parts();
        let actor = <Actor as FromRequestParts<S>>::from_request_parts(&mut parts, state).await?;
        let request = Request::from_parts(parts, body);
        let bytes = Bytes::from_request(request, state)
            .await
            .map_err(|e| AppError::BadRequest(format!("could not read the form: {e}")))?;
        let expected = actor.session.as_ref().map(|s| s.csrf_token.as_str());
        let sent = form_field(&bytes, CSRF_FIELD);
        match (expected, sent) {
            (Some(expected), Some(sent)) if model::secrets_match(expected, &sent) => {}
            _ => return Err(AppError::CsrfRejected),
        }
        let form = serde_html_form::from_bytes(&bytes)
            .map_err(|e| AppError::BadRequest(format!("could not read the form: {e}")))?;
        Ok(Self { actor, form })
    }
}

/// A file sent in a multipart form.
pub struct UploadedFile {
    pub field: String,
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A `multipart/form-data` request (forms with files). When the caller is a
/// browser session, its CSRF token must be among the fields, as for every form.
pub struct MultipartForm {
    pub actor: Actor,
    pub fields: std::collections::HashMap<String, String>,
    pub files: Vec<UploadedFile>,
}

impl<S: Send + Sync> FromRequest<S> for MultipartForm {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        let (mut parts, body) = request.into_parts();
        let actor = <Actor as FromRequestParts<S>>::from_request_parts(&mut parts, state).await?;
        let request = Request::from_parts(parts, body);
        let unreadable = |e: axum::extract::multipart::MultipartError| {
            AppError::BadRequest(format!("could not read the form: {}", e.body_text()))
        };
        let mut multipart = axum::extract::Multipart::from_request(request, state)
            .await
            .map_err(|e| {
                AppError::BadRequest(format!(
                    "send the form as multipart/form-data: {}",
                    e.body_text()
                ))
            })?;
        let mut fields = std::collections::HashMap::new();
        let mut files = Vec::new();
        while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
            let name = field.name().unwrap_or_default().to_string();
            match field.file_name().map(str::to_string) {
                Some(file_name) => {
                    let bytes = field.bytes().await.map_err(unreadable)?;
                    // An empty file input sends a part with no name and no bytes.
                    if !file_name.is_empty() || !bytes.is_empty() {
                        files.push(UploadedFile {
                            field: name,
                            name: file_name,
                            bytes: bytes.to_vec(),
                        });
                    }
                }
                None => {
                    let value = field.text().await.map_err(unreadable)?;
                    fields.insert(name, value);
                }
            }
        }
        if let Some(session) = &actor.session {
            let sent = fields.get(CSRF_FIELD).map(String::as_str).unwrap_or("");
            if !model::secrets_match(&session.csrf_token, sent) {
                return Err(AppError::CsrfRejected);
            }
        }
        Ok(Self {
            actor,
            fields,
            files,
        })
    }
}

/// The caller's address, for throttling: the one the router worked out from
/// the connection and, behind a trusted proxy, `X-Forwarded-For` (see
/// `web::client_address`); the peer of the TCP connection where that did not run.
pub fn client_ip(parts: &axum::http::Extensions) -> String {
    parts
        .get::<crate::web::client_address::ClientAddress>()
        .map(|address| address.0)
        .or_else(|| {
            parts
                .get::<ConnectInfo<SocketAddr>>()
                .map(|ConnectInfo(addr)| addr.ip())
        })
        .map(throttle_key)
        .unwrap_or_else(|| "unknown".into())
}

/// Who an address is for throttling. An IPv6 client is usually given a
/// whole /64 network and can pick any address in it, so the network counts
/// as one client; an IPv4 address written as IPv6 is the IPv4 address.
fn throttle_key(ip: std::net::IpAddr) -> String {
    match ip {
        std::net::IpAddr::V4(v4) => v4.to_string(),
        std::net::IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

/// Checks an e-mail address and password, with throttling; returns the user id.
///
/// Failures are recorded per account and per address; the answer for an
/// unknown account takes as long as for a wrong password.
pub async fn authenticate(db: &Db, email: &str, password: &str, ip: &str) -> Result<i64, AppError> {
    let login_key = model::attempt_key(email);
    // Counted as a failure first and checked against the earlier ones after,
    // so that guesses sent all at once cannot each find the count still low.
    let attempt = store::record_failure(db, &login_key, ip).await?;
    let (for_account, from_ip) = store::recent_failures(db, &login_key, ip, attempt).await?;
    if model::sign_in_throttled(for_account, from_ip) {
        return Err(AppError::TooManyRequests {
            retry_after_secs: model::THROTTLE_WINDOW.num_seconds().unsigned_abs(),
        });
    }
    let credentials = match Email::parse(email) {
        Ok(email) => store::credentials(db, &email).await?,
        Err(_) => None,
    };
    // An invited account without a password yet is refused like an unknown
    // one, after as long.
    let (user_id, hash) = match credentials {
        Some(c) if model::has_password(&c.password_hash) => (Some(c.user_id), c.password_hash),
        _ => (None, model::decoy_hash().to_string()),
    };
    let password = password.to_string();
    let verified = tokio::task::spawn_blocking(move || model::verify_password(&password, &hash))
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    match (user_id, verified) {
        (Some(user_id), true) => {
            store::clear_failures(db, &login_key).await?;
            Ok(user_id)
        }
        _ => Err(AppError::BadCredentials),
    }
}

/// A new account as an operator or the demo loader describes it.
pub struct AccountRequest {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub sme_id: Option<i64>,
}

/// Validates and creates an account (hashing the password off the async threads).
pub async fn add_account(db: &Db, request: AccountRequest) -> Result<i64, AppError> {
    let mut errors = crate::validation::FieldErrors::new();
    let email = errors.check("email", Email::parse(&request.email));
    errors.check(
        "password",
        model::check_new_password_for(&request.password, &request.email),
    );
    let display_name = errors.check(
        "display_name",
        crate::validation::text(&request.display_name, true, 120),
    );
    errors.check(
        "organisation",
        model::check_affiliation(request.role, request.organisation_id, request.sme_id),
    );
    let (Some(email), Some(display_name)) = (email, display_name) else {
        return Err(AppError::Validation(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let password = request.password;
    let password_hash = tokio::task::spawn_blocking(move || model::hash_password(&password))
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let role = request.role;
    let txn = crate::db::write(db).await?;
    let id = store::create_account(
        &txn,
        store::NewAccount {
            email: email.clone(),
            display_name,
            password_hash,
            role,
            organisation_id: request.organisation_id,
            sme_id: request.sme_id,
        },
    )
    .await?;
    crate::audit::record(
        &txn,
        None,
        crate::audit::Action::AccountCreated,
        &format!("user:{id}"),
        &format!("{} created as {}", email.as_str(), role.label()),
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// The session cookie, `Secure` when the site is served over HTTPS.
pub fn session_cookie(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION_COOKIE, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(secure)
        .build()
}

/// Gives an account another role (admins only). The account's sessions and
/// tokens end; the change is in the audit log. The network keeps at least one
/// admin. The same role and affiliation again change nothing (`false`
/// beside the account).
pub async fn change_role(
    db: &Db,
    actor: &Actor,
    user_id: i64,
    role: Role,
    organisation_id: Option<i64>,
    sme_id: Option<i64>,
) -> Result<(store::Account, bool), AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let account = store::accounts_by_ids(db, &[user_id])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let mut errors = crate::validation::FieldErrors::new();
    errors.check(
        "organisation_id",
        model::check_affiliation(role, organisation_id, sme_id),
    );
    if let Some(id) = organisation_id
        && crate::registry::store::organisation_refs(db, &[id])
            .await?
            .is_empty()
    {
        errors.add("organisation_id", crate::t("acc-err-no-organisation"));
    }
    if let Some(id) = sme_id
        && crate::registry::store::sme_refs(db, &[id])
            .await?
            .is_empty()
    {
        errors.add("sme_id", crate::t("acc-err-no-sme"));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    // Saved as it was: nothing changes, no session ends, nothing is logged.
    if (account.role, account.organisation_id, account.sme_id) == (role, organisation_id, sme_id) {
        return Ok((account, false));
    }
    let txn = crate::db::write(db).await?;
    if account.role == Role::Admin && role != Role::Admin && store::lock_admins(&txn).await? <= 1 {
        return Err(AppError::conflict(crate::t("acc-err-last-admin")));
    }
    store::change_role(&txn, user_id, role, organisation_id, sme_id).await?;
    crate::audit::record(
        &txn,
        Some(actor),
        crate::audit::Action::RoleChanged,
        &format!("user:{user_id}"),
        &format!(
            "{}: {} → {}{}",
            account.email,
            account.role.label(),
            role.label(),
            match (organisation_id, sme_id) {
                (Some(o), _) => format!(" of organisation #{o}"),
                (_, Some(s)) => format!(" of SME #{s}"),
                _ => String::new(),
            }
        ),
    )
    .await?;
    txn.commit().await?;
    let changed = store::accounts_by_ids(db, &[user_id])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    Ok((changed, true))
}

#[cfg(test)]
mod tests {
    use super::throttle_key;

    #[test]
    fn an_ipv6_network_is_one_client() {
        let key = |ip: &str| throttle_key(ip.parse().unwrap());
        assert_eq!(key("192.0.2.7"), "192.0.2.7");
        assert_eq!(key("::ffff:192.0.2.7"), "192.0.2.7");
        assert_eq!(key("2001:db8:1:2::1"), "2001:db8:1:2::/64");
        assert_eq!(
            key("2001:db8:1:2:ffff:ffff:ffff:ffff"),
            key("2001:db8:1:2::9")
        );
        assert_ne!(key("2001:db8:1:3::1"), key("2001:db8:1:2::1"));
    }
}
