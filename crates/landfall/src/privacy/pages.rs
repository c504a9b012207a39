//! Pages: the person's own data (download, close the account) and the
//! coordinator's erasure of an SME's personal data.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::Cookie;
use serde::Deserialize;

use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::web::{AppError, Id, Layout};

#[derive(Template, WebTemplate)]
#[template(path = "privacy/account.html")]
struct AccountPage {
    layout: Layout,
    email: String,
    is_sme: bool,
    error: Option<String>,
    /// What was typed to confirm closing the account, when it did not match.
    confirm: String,
}

#[tracing::instrument(skip_all)]
pub async fn account(actor: Actor) -> Result<Response, AppError> {
    Ok(AccountPage {
        layout: Layout::new(crate::t("acc-account-title"), Some(&actor), "account"),
        email: actor.email.clone(),
        is_sme: actor.sme_id.is_some(),
        error: None,
        confirm: String::new(),
    }
    .into_response())
}

/// The caller's data as a JSON file.
#[tracing::instrument(skip_all)]
pub async fn download(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    let data = super::export(&state.db, &actor).await?;
    let body = serde_json::to_vec_pretty(&data).map_err(|e| AppError::Internal(e.into()))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"landfall-my-data.json\""),
            ),
        ],
        body,
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CloseForm {
    /// The account's e-mail address, typed again to confirm.
    confirm: String,
}

#[tracing::instrument(skip_all)]
pub async fn close(
    State(state): State<AppState>,
    jar: CookieJar,
    CsrfForm { actor, form }: CsrfForm<CloseForm>,
) -> Result<Response, AppError> {
    if !form.confirm.trim().eq_ignore_ascii_case(&actor.email) {
        let page = AccountPage {
            layout: Layout::new(crate::t("acc-account-title"), Some(&actor), "account"),
            email: actor.email.clone(),
            is_sme: actor.sme_id.is_some(),
            error: Some(crate::t("acc-close-confirm-error")),
            confirm: form.confirm,
        };
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    super::erase_account(&state.db, &actor, actor.user_id).await?;
    let jar = jar.remove(Cookie::build(crate::auth::SESSION_COOKIE).path("/"));
    Ok((jar, Redirect::to("/login")).into_response())
}

/// Closes someone else's account from its page (admins), with its e-mail
/// address typed again to confirm.
#[tracing::instrument(skip_all)]
pub async fn close_user(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, form }: CsrfForm<CloseForm>,
) -> Result<Response, AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let account = crate::auth::store::accounts_by_ids(&state.db, &[id])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let refused = |message: String| crate::auth::pages::UserForms {
        confirm: form.confirm.clone(),
        confirm_error: Some(message),
        ..Default::default()
    };
    if !form.confirm.trim().eq_ignore_ascii_case(&account.email) {
        let forms = refused(crate::t("acc-close-other-confirm-error"));
        return crate::auth::pages::user_page(&state, &actor, id, forms).await;
    }
    match super::erase_account(&state.db, &actor, id).await {
        Ok(()) if id == actor.user_id => Ok(Redirect::to("/login").into_response()),
        Ok(()) => Ok(Redirect::to("/users").into_response()),
        Err(AppError::Conflict { message, .. }) => {
            crate::auth::pages::user_page(&state, &actor, id, refused(message)).await
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct EraseForm {}

/// Erases an SME's personal data from its page (admins).
#[tracing::instrument(skip_all)]
pub async fn erase_sme(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, .. }: CsrfForm<EraseForm>,
) -> Result<Response, AppError> {
    super::erase_sme(&state.db, &actor, id).await?;
    Ok(Redirect::to(&format!("/smes/{id}")).into_response())
}
