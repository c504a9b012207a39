//! Sign-in and sign-out pages, password pages (change, forgot, one-time
//! links), and the admins' list of accounts with its invitation form.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;

use super::passwords::{self, PasswordChange};
use super::{Actor, CsrfForm, model, store};
use crate::app::AppState;
use crate::validation::FieldErrors;
use crate::web::forms::{Choice, Pager, form_status, refused_fields};
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

/// The double-submit token of a signed-out form, kept in the cookie `name`
/// for `path`: the browser's own while it has one, so that the form open in
/// two tabs works in both, or a new one.
fn signed_out_csrf(
    jar: CookieJar,
    name: &'static str,
    path: &'static str,
    secure: bool,
) -> (CookieJar, String) {
    let kept = jar
        .get(name)
        .map(|c| c.value().to_string())
        .filter(|v| model::is_secret_shaped(v));
    if let Some(token) = kept {
        return (jar, token);
    }
    let token = model::new_secret();
    let cookie = Cookie::build((name, token.clone()))
        .path(path)
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(secure)
        .build();
    (jar.add(cookie), token)
}

fn render_login(
    state: &AppState,
    jar: CookieJar,
    status: StatusCode,
    email: String,
    next: String,
    error: Option<String>,
) -> Response {
    let (jar, csrf) = signed_out_csrf(
        jar,
        LOGIN_CSRF_COOKIE,
        "/login",
        state.settings.secure_cookies,
    );
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
    /// The search typed.
    q: String,
    pager: Pager,
    invite: InviteForm,
    roles: Vec<Choice>,
    organisations: Vec<Choice>,
    smes: Vec<Choice>,
    /// Said under the SME list when it does not hold every SME.
    smes_hint: Option<String>,
    /// The invitation form starts open (refused, or filled in from an SME's
    /// or organisation's page).
    open_invite: bool,
    errors: FieldErrors,
    /// The address an invitation was just sent to.
    invited: Option<String>,
}

impl UsersPage {
    fn total_label(&self) -> String {
        crate::tn("acc-accounts-count", self.total)
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct UsersQuery {
    /// The account just invited (shown as a confirmation).
    #[serde(default)]
    invited: Option<i64>,
    /// Invite a member of this SME (from its page).
    #[serde(default)]
    sme: Option<i64>,
    /// Invite a manager of this organisation (from its page).
    #[serde(default)]
    organisation: Option<i64>,
    /// Part of the e-mail address or the name.
    #[serde(default)]
    q: Option<String>,
    /// The page of the list, from 1.
    #[serde(default)]
    page: Option<String>,
}

/// Accounts on one page of the list.
const ACCOUNTS_PER_PAGE: u64 = 50;

/// Which accounts the list shows: those matching the search, one page.
#[derive(Debug)]
struct AccountList {
    q: Option<String>,
    page: u64,
}

impl Default for AccountList {
    /// The first page of every account.
    fn default() -> Self {
        Self { q: None, page: 1 }
    }
}

impl AccountList {
    fn of(query: &UsersQuery) -> Self {
        Self {
            q: query.q.clone().filter(|q| !q.trim().is_empty()),
            page: crate::validation::page_number(query.page.as_deref()),
        }
    }

    fn window(&self) -> crate::validation::Window {
        crate::validation::page_window(self.page, ACCOUNTS_PER_PAGE)
    }

    fn pager(&self, total: u64) -> Pager {
        Pager::new(
            "/users",
            &[("q", &self.q)],
            self.page,
            ACCOUNTS_PER_PAGE,
            total,
        )
    }
}

/// The most SMEs the invitation form lists; any other is invited from its
/// own page, which fills the form in.
const SME_CHOICES: u64 = 1000;

#[tracing::instrument(skip_all)]
pub async fn users(
    State(state): State<AppState>,
    actor: Actor,
    Query(query): Query<UsersQuery>,
) -> Result<Response, AppError> {
    let invite = match (query.sme, query.organisation) {
        (Some(sme), _) => InviteForm {
            role: model::Role::Sme.as_str().into(),
            sme_id: sme.to_string(),
            ..Default::default()
        },
        (None, Some(organisation)) => InviteForm {
            role: model::Role::Manager.as_str().into(),
            organisation_id: organisation.to_string(),
            ..Default::default()
        },
        (None, None) => InviteForm::default(),
    };
    let list = AccountList::of(&query);
    users_page(
        &state,
        &actor,
        &list,
        invite,
        FieldErrors::new(),
        query.invited,
    )
    .await
}

async fn users_page(
    state: &AppState,
    actor: &Actor,
    list: &AccountList,
    invite: InviteForm,
    errors: FieldErrors,
    invited: Option<i64>,
) -> Result<Response, AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let search = list.q.as_deref().unwrap_or_default();
    let (accounts, total) = store::list_accounts(&state.db, search, list.window()).await?;
    let organisation_ids: Vec<i64> = accounts.iter().filter_map(|a| a.organisation_id).collect();
    let sme_ids: Vec<i64> = accounts.iter().filter_map(|a| a.sme_id).collect();
    let (organisations, smes) =
        crate::registry::store::names(&state.db, &organisation_ids, &sme_ids).await?;
    let invited = match invited {
        Some(id) => store::accounts_by_ids(&state.db, &[id])
            .await?
            .pop()
            .map(|a| a.email),
        None => None,
    };
    let rows = accounts
        .into_iter()
        .map(|account| {
            let belongs_to = belongs_to(&account, &organisations, &smes);
            AccountRow {
                account,
                belongs_to,
            }
        })
        .collect();
    let Affiliations {
        roles,
        organisations,
        smes,
        smes_hint,
    } = affiliations(state, &invite.role, &invite.organisation_id, &invite.sme_id).await?;
    let open_invite = !errors.is_empty() || !invite.role.is_empty();
    let status = form_status(&errors);
    let page = UsersPage {
        layout: Layout::new(crate::t("acc-accounts"), Some(actor), "users"),
        rows,
        total,
        q: list.q.clone().unwrap_or_default(),
        pager: list.pager(total),
        invite,
        roles,
        organisations,
        smes,
        smes_hint,
        open_invite,
        errors,
        invited,
    };
    Ok((status, page).into_response())
}

/// Link and name of the organisation or SME an account belongs to, if any,
/// among the names of some organisations and SMEs.
fn belongs_to(
    account: &store::Account,
    organisations: &std::collections::HashMap<i64, String>,
    smes: &std::collections::HashMap<i64, String>,
) -> Option<(String, String)> {
    match (account.organisation_id, account.sme_id) {
        (Some(id), _) => organisations
            .get(&id)
            .map(|name| (format!("/organisations/{id}"), name.clone())),
        (None, Some(id)) => smes
            .get(&id)
            .map(|name| (format!("/smes/{id}"), name.clone())),
        (None, None) => None,
    }
}

/// The choices of a role and of what the account belongs to, with `role`,
/// `organisation_id` and `sme_id` (as typed) chosen.
struct Affiliations {
    roles: Vec<Choice>,
    organisations: Vec<Choice>,
    smes: Vec<Choice>,
    /// Said under the SME list when it does not hold every SME.
    smes_hint: Option<String>,
}

async fn affiliations(
    state: &AppState,
    role: &str,
    organisation_id: &str,
    sme_id: &str,
) -> Result<Affiliations, AppError> {
    let roles = model::Role::ALL
        .into_iter()
        .map(|r| Choice::new(r.as_str(), r.label_t(), role == r.as_str()))
        .collect();
    let organisations = crate::registry::store::organisation_options(&state.db, None)
        .await?
        .into_iter()
        .map(|o| {
            let id = o.id.to_string();
            let selected = organisation_id == id;
            Choice::new(id, o.name, selected)
        })
        .collect();
    let (listed, all) = crate::registry::store::list_smes(
        &state.db,
        crate::registry::model::SmeScope::All,
        &crate::registry::model::ListFilter::default(),
        crate::validation::Window {
            limit: SME_CHOICES,
            offset: 0,
        },
    )
    .await?;
    let mut smes: Vec<Choice> = listed
        .into_iter()
        .map(|sme| {
            let id = sme.id.to_string();
            let selected = sme_id == id;
            Choice::new(id, sme.name, selected)
        })
        .collect();
    // The SME chosen on its page stays chosen, listed or not.
    if let Ok(chosen) = sme_id.trim().parse::<i64>()
        && !smes.iter().any(|c| c.value == chosen.to_string())
        && let Some(sme) = crate::registry::store::sme_refs(&state.db, &[chosen])
            .await?
            .remove(&chosen)
    {
        smes.insert(0, Choice::new(chosen.to_string(), sme.name, true));
    }
    let smes_hint = (all > SME_CHOICES).then(|| crate::tn("acc-invite-sme-more", SME_CHOICES));
    Ok(Affiliations {
        roles,
        organisations,
        smes,
        smes_hint,
    })
}

/// The invitation form on the accounts page.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    email: String,
    display_name: String,
    role: String,
    organisation_id: String,
    sme_id: String,
}

/// Invites a person (admins): their account is created without a password
/// and they receive a link to choose one.
#[tracing::instrument(skip_all)]
pub async fn invite(
    State(state): State<AppState>,
    CsrfForm { actor, form }: CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let organisation_id =
        crate::web::forms::whole_number("organisation_id", &form.organisation_id, &mut errors);
    let sme_id = crate::web::forms::whole_number("sme_id", &form.sme_id, &mut errors);
    if !errors.is_empty() {
        return users_page(&state, &actor, &AccountList::default(), form, errors, None).await;
    }
    let invitation = passwords::Invitation {
        email: form.email.clone(),
        display_name: form.display_name.clone(),
        role: form.role.clone(),
        organisation_id,
        sme_id,
    };
    match passwords::invite(&state.db, &actor, invitation, &state.settings.public_url).await {
        Ok(account) => Ok(Redirect::to(&format!("/users?invited={}", account.id)).into_response()),
        Err(error) => {
            let errors = refused_fields(error)?;
            users_page(&state, &actor, &AccountList::default(), form, errors, None).await
        }
    }
}

// ---------------------------------------------------------------------------
// One account, for the coordinator: its role, closing it
// ---------------------------------------------------------------------------

/// The role form on an account's page.
#[derive(Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct RoleForm {
    role: String,
    organisation_id: String,
    sme_id: String,
}

impl RoleForm {
    fn of(account: &store::Account) -> Self {
        let id = |id: Option<i64>| id.map(|i| i.to_string()).unwrap_or_default();
        Self {
            role: account.role.as_str().to_string(),
            organisation_id: id(account.organisation_id),
            sme_id: id(account.sme_id),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/user.html")]
struct UserPage {
    layout: Layout,
    account: store::Account,
    belongs_to: Option<(String, String)>,
    affiliations: Affiliations,
    errors: FieldErrors,
    /// What was typed to confirm closing the account, and why it was refused.
    confirm: String,
    confirm_error: Option<String>,
    /// The role was just changed.
    changed: bool,
}

/// The forms of an account's page as they are shown: as stored, or as sent
/// and refused.
#[derive(Default)]
pub(crate) struct UserForms {
    /// The role form as typed (none: as the account is).
    pub(crate) role: Option<RoleForm>,
    pub(crate) errors: FieldErrors,
    pub(crate) confirm: String,
    pub(crate) confirm_error: Option<String>,
    pub(crate) changed: bool,
}

/// An account's page for the coordinator.
pub(crate) async fn user_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    forms: UserForms,
) -> Result<Response, AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let account = store::accounts_by_ids(&state.db, &[id])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let role = forms.role.unwrap_or_else(|| RoleForm::of(&account));
    let (organisations, smes) = crate::registry::store::names(
        &state.db,
        account.organisation_id.as_slice(),
        account.sme_id.as_slice(),
    )
    .await?;
    let status = if forms.confirm_error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        form_status(&forms.errors)
    };
    let page = UserPage {
        layout: Layout::new(account.display_name.clone(), Some(actor), "users"),
        belongs_to: belongs_to(&account, &organisations, &smes),
        affiliations: affiliations(state, &role.role, &role.organisation_id, &role.sme_id).await?,
        account,
        errors: forms.errors,
        confirm: forms.confirm,
        confirm_error: forms.confirm_error,
        changed: forms.changed,
    };
    Ok((status, page).into_response())
}

#[derive(Debug, Default, Deserialize)]
pub struct UserQuery {
    /// The role was just changed (shown as a confirmation).
    #[serde(default)]
    changed: Option<u8>,
}

#[tracing::instrument(skip_all)]
pub async fn user(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
    Query(query): Query<UserQuery>,
) -> Result<Response, AppError> {
    let forms = UserForms {
        changed: query.changed.is_some(),
        ..Default::default()
    };
    user_page(&state, &actor, id, forms).await
}

/// Gives an account another role from its page (admins).
#[tracing::instrument(skip_all)]
pub async fn change_role(
    State(state): State<AppState>,
    crate::web::Id(id): crate::web::Id,
    CsrfForm { actor, form }: CsrfForm<RoleForm>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let organisation_id =
        crate::web::forms::whole_number("organisation_id", &form.organisation_id, &mut errors);
    let sme_id = crate::web::forms::whole_number("sme_id", &form.sme_id, &mut errors);
    let role = errors.check("role", model::Role::parse(&form.role));
    let changed = match role {
        Some(role) if errors.is_empty() => {
            super::change_role(&state.db, &actor, id, role, organisation_id, sme_id)
                .await
                .map(|(_, changed)| changed)
        }
        _ => Err(AppError::Validation(errors)),
    };
    match changed {
        // A coordinator who gave up their own role was signed out with it.
        Ok(true) if actor.user_id == id => Ok(Redirect::to("/login").into_response()),
        Ok(true) => Ok(Redirect::to(&format!("/users/{id}?changed=1")).into_response()),
        Ok(false) => Ok(Redirect::to(&format!("/users/{id}")).into_response()),
        Err(error) => {
            let forms = UserForms {
                role: Some(form),
                errors: refused_fields(error)?,
                ..Default::default()
            };
            user_page(&state, &actor, id, forms).await
        }
    }
}

// ---------------------------------------------------------------------------
// Passwords: change one's own, forgot it, set it with a one-time link
// ---------------------------------------------------------------------------

/// The signed-out password forms (asking for a link, using one) are
/// protected like the sign-in form: the same random value in a cookie
/// (for `/password` only) and in the form.
const PASSWORD_CSRF_COOKIE: &str = "landfall_password_csrf";

fn password_csrf(state: &AppState, jar: CookieJar) -> (CookieJar, String) {
    signed_out_csrf(
        jar,
        PASSWORD_CSRF_COOKIE,
        "/password",
        state.settings.secure_cookies,
    )
}

fn password_csrf_ok(jar: &CookieJar, sent: &str) -> bool {
    jar.get(PASSWORD_CSRF_COOKIE)
        .is_some_and(|c| model::secrets_match(c.value(), sent))
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/password_change.html")]
struct ChangePasswordPage {
    layout: Layout,
    errors: FieldErrors,
    changed: bool,
}

#[derive(Deserialize)]
pub struct ChangedQuery {
    #[serde(default)]
    changed: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn change_password_form(
    actor: Actor,
    Query(query): Query<ChangedQuery>,
) -> Result<Response, AppError> {
    Ok(ChangePasswordPage {
        layout: Layout::new(crate::t("acc-change-password"), Some(&actor), "account"),
        errors: FieldErrors::new(),
        changed: query.changed.is_some(),
    }
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ChangePasswordForm {
    current_password: String,
    new_password: String,
    new_password_repeat: String,
}

/// Changes the password; the browser gets a new session (the others end)
/// and comes back to the form, which confirms the change.
#[tracing::instrument(skip_all)]
pub async fn change_password(
    State(state): State<AppState>,
    jar: CookieJar,
    ConnectInfoIp(ip): ConnectInfoIp,
    CsrfForm { actor, form }: CsrfForm<ChangePasswordForm>,
) -> Result<Response, AppError> {
    let change = PasswordChange {
        current: &form.current_password,
        new: &form.new_password,
        repeat: Some(&form.new_password_repeat),
    };
    match passwords::change_password(&state.db, &actor, change, &ip, None).await {
        Ok(session) => {
            let jar = match session {
                Some(secret) => {
                    jar.add(super::session_cookie(secret, state.settings.secure_cookies))
                }
                None => jar,
            };
            Ok((jar, Redirect::to("/account/password?changed=1")).into_response())
        }
        Err(AppError::TooManyRequests { retry_after_secs }) => {
            let errors = FieldErrors::single(
                "current_password",
                crate::t1(
                    "acc-login-too-many",
                    "minutes",
                    retry_after_secs.div_ceil(60),
                ),
            );
            Ok(change_password_refused(
                &actor,
                errors,
                StatusCode::TOO_MANY_REQUESTS,
            ))
        }
        Err(error) => {
            let errors = refused_fields(error)?;
            let status = form_status(&errors);
            Ok(change_password_refused(&actor, errors, status))
        }
    }
}

fn change_password_refused(actor: &Actor, errors: FieldErrors, status: StatusCode) -> Response {
    let page = ChangePasswordPage {
        layout: Layout::new(crate::t("acc-change-password"), Some(actor), "account"),
        errors,
        changed: false,
    };
    (status, page).into_response()
}

/// The caller's address for throttling, as an extractor.
pub struct ConnectInfoIp(pub String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ConnectInfoIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Self(super::client_ip(&parts.extensions)))
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/password_forgot.html")]
struct ForgotPasswordPage {
    layout: Layout,
    csrf: String,
    email: String,
    errors: FieldErrors,
    sent: bool,
}

fn render_forgot(
    state: &AppState,
    jar: CookieJar,
    status: StatusCode,
    email: String,
    errors: FieldErrors,
    sent: bool,
) -> Response {
    let (jar, csrf) = password_csrf(state, jar);
    let page = ForgotPasswordPage {
        layout: Layout::new(crate::t("acc-forgot-title"), None, "login"),
        csrf,
        email,
        errors,
        sent,
    };
    (status, jar, page).into_response()
}

#[tracing::instrument(skip_all)]
pub async fn forgot_password_form(State(state): State<AppState>, jar: CookieJar) -> Response {
    render_forgot(
        &state,
        jar,
        StatusCode::OK,
        String::new(),
        FieldErrors::new(),
        false,
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ForgotPasswordForm {
    email: String,
    #[serde(rename = "_csrf")]
    csrf: String,
}

/// Asks for a link; the page says the same whether or not the address has
/// an account.
#[tracing::instrument(skip_all)]
pub async fn forgot_password(
    State(state): State<AppState>,
    jar: CookieJar,
    ConnectInfoIp(ip): ConnectInfoIp,
    axum::Form(form): axum::Form<ForgotPasswordForm>,
) -> Response {
    if !password_csrf_ok(&jar, &form.csrf) {
        let errors = FieldErrors::single("form", crate::t("acc-form-expired"));
        return render_forgot(
            &state,
            jar,
            StatusCode::FORBIDDEN,
            form.email,
            errors,
            false,
        );
    }
    match passwords::request_reset(&state.db, &form.email, &ip, &state.settings.public_url).await {
        Ok(()) => render_forgot(
            &state,
            jar,
            StatusCode::OK,
            String::new(),
            FieldErrors::new(),
            true,
        ),
        Err(AppError::TooManyRequests { retry_after_secs }) => {
            let errors = FieldErrors::single(
                "form",
                crate::t1(
                    "acc-forgot-too-many",
                    "minutes",
                    retry_after_secs.div_ceil(60),
                ),
            );
            render_forgot(
                &state,
                jar,
                StatusCode::TOO_MANY_REQUESTS,
                form.email,
                errors,
                false,
            )
        }
        Err(AppError::Validation(errors)) => render_forgot(
            &state,
            jar,
            StatusCode::UNPROCESSABLE_ENTITY,
            form.email,
            errors,
            false,
        ),
        Err(error) => error.into_response(),
    }
}

/// What the one-time link's page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LinkState {
    /// The form to choose the password.
    Open,
    /// The password was set.
    Done,
    /// The link is unknown, expired or used.
    Gone,
}

#[derive(Template, WebTemplate)]
#[template(path = "auth/password_set.html")]
struct SetPasswordPage {
    layout: Layout,
    csrf: String,
    token: String,
    invitation: bool,
    email: String,
    errors: FieldErrors,
    state: LinkState,
}

fn render_link(
    app: &AppState,
    jar: CookieJar,
    status: StatusCode,
    token: &str,
    holder: Option<&passwords::LinkHolder>,
    errors: FieldErrors,
    state: LinkState,
) -> Response {
    let (jar, csrf) = password_csrf(app, jar);
    let invitation = holder.is_some_and(|h| h.purpose == model::LinkPurpose::Invitation);
    let title = match (state, invitation) {
        (LinkState::Gone, _) => crate::t("acc-link-gone-title"),
        (_, true) => crate::t("acc-link-invitation-title"),
        (_, false) => crate::t("acc-link-reset-title"),
    };
    let page = SetPasswordPage {
        layout: Layout::new(title, None, "login"),
        csrf,
        token: token.to_string(),
        invitation,
        email: holder.map(|h| h.email.clone()).unwrap_or_default(),
        errors,
        state,
    };
    // The page's address holds the secret: keep it out of caches.
    (
        status,
        [(axum::http::header::CACHE_CONTROL, "no-store")],
        jar,
        page,
    )
        .into_response()
}

/// The page behind a one-time link: choose a password, or hear that the
/// link no longer works.
#[tracing::instrument(skip_all)]
pub async fn password_link_form(
    State(state): State<AppState>,
    jar: CookieJar,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    Ok(match passwords::link_holder(&state.db, &token).await? {
        Some(holder) => render_link(
            &state,
            jar,
            StatusCode::OK,
            &token,
            Some(&holder),
            FieldErrors::new(),
            LinkState::Open,
        ),
        None => render_link(
            &state,
            jar,
            StatusCode::NOT_FOUND,
            &token,
            None,
            FieldErrors::new(),
            LinkState::Gone,
        ),
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SetPasswordForm {
    new_password: String,
    new_password_repeat: String,
    #[serde(rename = "_csrf")]
    csrf: String,
}

#[tracing::instrument(skip_all)]
pub async fn set_password_with_link(
    State(state): State<AppState>,
    jar: CookieJar,
    Path(token): Path<String>,
    axum::Form(form): axum::Form<SetPasswordForm>,
) -> Result<Response, AppError> {
    let holder = passwords::link_holder(&state.db, &token).await?;
    if !password_csrf_ok(&jar, &form.csrf) {
        let errors = FieldErrors::single("form", crate::t("acc-form-expired"));
        let shown = if holder.is_some() {
            LinkState::Open
        } else {
            LinkState::Gone
        };
        return Ok(render_link(
            &state,
            jar,
            StatusCode::FORBIDDEN,
            &token,
            holder.as_ref(),
            errors,
            shown,
        ));
    }
    let result = passwords::set_with_link(
        &state.db,
        &token,
        &form.new_password,
        Some(&form.new_password_repeat),
    )
    .await;
    Ok(match result {
        Ok(holder) => render_link(
            &state,
            jar,
            StatusCode::OK,
            &token,
            Some(&holder),
            FieldErrors::new(),
            LinkState::Done,
        ),
        Err(AppError::NotFound) => render_link(
            &state,
            jar,
            StatusCode::NOT_FOUND,
            &token,
            None,
            FieldErrors::new(),
            LinkState::Gone,
        ),
        Err(AppError::Validation(errors)) => render_link(
            &state,
            jar,
            StatusCode::UNPROCESSABLE_ENTITY,
            &token,
            holder.as_ref(),
            errors,
            LinkState::Open,
        ),
        Err(error) => return Err(error),
    })
}
