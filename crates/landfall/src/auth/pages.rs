//! Sign-in and sign-out pages, and the admins' list of accounts.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{FromRequest, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;

use super::{Actor, CsrfForm, model, store};
use crate::app::AppState;
use crate::web::{AppError, Layout};

/// Before there is a session, the sign-in form is protected by a double-submit
/// token: the same random value in a cookie and in the form.
const LOGIN_CSRF_COOKIE: &str = "landfall_login_csrf";

#[derive(Template, WebTemplate)]
#[template(path = "auth/login.html")]
struct LoginPage {
    layout: Layout,
    csrf: String,
    email: String,
    next: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    next: Option<String>,
}

fn login_csrf_cookie(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((LOGIN_CSRF_COOKIE, value))
        .path("/login")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .build()
}

fn render_login(
    state: &AppState,
    jar: CookieJar,
    status: StatusCode,
    email: String,
    next: String,
    error: Option<String>,
) -> Response {
    let csrf = model::new_secret();
    let jar = jar.add(login_csrf_cookie(
        csrf.clone(),
        state.settings.secure_cookies,
    ));
    let page = LoginPage {
        layout: Layout::new(crate::t("acc-sign-in"), None, "login"),
        csrf,
        email,
        next,
        error,
    };
    (status, jar, page).into_response()
}

#[tracing::instrument(skip_all)]
pub async fn login_form(
    State(state): State<AppState>,
    actor: Option<Actor>,
    jar: CookieJar,
    Query(query): Query<LoginQuery>,
) -> Response {
    let next = model::safe_next(query.next.as_deref());
    if actor.is_some() {
        return Redirect::to(&next).into_response();
    }
    render_login(&state, jar, StatusCode::OK, String::new(), next, None)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
    #[serde(default, rename = "_csrf")]
    csrf: String,
}

/// Opens a fresh session, ending the one this browser had (if any): a
/// session id never survives a sign-in, so one planted before it is useless.
async fn sign_in(state: &AppState, jar: &CookieJar, user_id: i64) -> Result<String, AppError> {
    if let Some(old) = jar.get(super::SESSION_COOKIE) {
        store::close_session(&state.db, &model::secret_digest(old.value())).await?;
    }
    store::open_session(&state.db, user_id).await
}

#[tracing::instrument(skip_all)]
pub async fn login(State(state): State<AppState>, jar: CookieJar, request: Request) -> Response {
    let ip = super::client_ip(request.extensions());
    let form = match axum::Form::<LoginForm>::from_request(request, &state).await {
        Ok(axum::Form(form)) => form,
        Err(e) => return AppError::BadRequest(e.body_text()).into_response(),
    };
    let next = model::safe_next(Some(&form.next));
    let cookie_ok = jar
        .get(LOGIN_CSRF_COOKIE)
        .is_some_and(|c| model::secrets_match(c.value(), &form.csrf));
    if !cookie_ok {
        let message = crate::t("acc-login-expired");
        return render_login(
            &state,
            jar,
            StatusCode::FORBIDDEN,
            form.email,
            next,
            Some(message),
        );
    }
    match super::authenticate(&state.db, &form.email, &form.password, &ip).await {
        Ok(user_id) => match sign_in(&state, &jar, user_id).await {
            Ok(secret) => {
                let jar = jar
                    .remove(Cookie::build(LOGIN_CSRF_COOKIE).path("/login"))
                    .add(super::session_cookie(secret, state.settings.secure_cookies));
                (jar, Redirect::to(&next)).into_response()
            }
            Err(e) => e.into_response(),
        },
        Err(AppError::BadCredentials) => render_login(
            &state,
            jar,
            StatusCode::UNAUTHORIZED,
            form.email,
            next,
            Some(crate::t("acc-login-wrong")),
        ),
        Err(AppError::TooManyRequests { retry_after_secs }) => render_login(
            &state,
            jar,
            StatusCode::TOO_MANY_REQUESTS,
            form.email,
            next,
            Some(crate::t1(
                "acc-login-too-many",
                "minutes",
                retry_after_secs.div_ceil(60),
            )),
        ),
        Err(e) => e.into_response(),
    }
}

#[derive(Deserialize)]
pub struct LogoutForm {}

#[tracing::instrument(skip_all)]
pub async fn logout(
    State(state): State<AppState>,
    jar: CookieJar,
    form: CsrfForm<LogoutForm>,
) -> Result<Response, AppError> {
    if let Some(session) = &form.actor.session {
        store::close_session(&state.db, &session.digest).await?;
    }
    let jar = jar.remove(Cookie::build(super::SESSION_COOKIE).path("/"));
    Ok((jar, Redirect::to("/login")).into_response())
}

/// An account row, with the name of what it belongs to.
struct AccountRow {
    account: store::Account,
    /// Link and name of the organisation or SME, if any.
    belongs_to: Option<(String, String)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/users.html")]
struct UsersPage {
    layout: Layout,
    rows: Vec<AccountRow>,
    total: u64,
}

impl UsersPage {
    fn total_label(&self) -> String {
        crate::tn("acc-accounts-count", self.total)
    }
}

#[tracing::instrument(skip_all)]
pub async fn users(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let (accounts, total) = store::list_accounts(&state.db, 1000, 0).await?;
    let organisation_ids: Vec<i64> = accounts.iter().filter_map(|a| a.organisation_id).collect();
    let sme_ids: Vec<i64> = accounts.iter().filter_map(|a| a.sme_id).collect();
    let (organisations, smes) =
        crate::registry::store::names(&state.db, &organisation_ids, &sme_ids).await?;
    let rows = accounts
        .into_iter()
        .map(|account| {
            let belongs_to = match (account.organisation_id, account.sme_id) {
                (Some(id), _) => organisations
                    .get(&id)
                    .map(|name| (format!("/organisations/{id}"), name.clone())),
                (None, Some(id)) => smes
                    .get(&id)
                    .map(|name| (format!("/smes/{id}"), name.clone())),
                (None, None) => None,
            };
            AccountRow {
                account,
                belongs_to,
            }
        })
        .collect();
    Ok(UsersPage {
        layout: Layout::new(crate::t("acc-accounts"), Some(&actor), "users"),
        rows,
        total,
    }
    .into_response())
}
