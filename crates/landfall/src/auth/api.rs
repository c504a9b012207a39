//! JSON API: bearer tokens, the caller's own account and password, and the
//! account list with invitations.

use axum::Json;
use axum::extract::{FromRequest, Request, State};
use axum::http::{StatusCode, header};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{Actor, Role, store};
use crate::app::AppState;
use crate::validation::{FieldErrors, api_window};
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, ListResponse};

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct TokenRequest {
    #[schema(value_type = String, example = "admin@example.org")]
    email: Field<String>,
    #[schema(value_type = String, example = "landfall-demo")]
    password: Field<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TokenResponse {
    /// Send as `Authorization: Bearer <token>`.
    token: String,
    expires_at: DateTime<Utc>,
}

/// Exchange an e-mail address and password for a bearer token.
#[utoipa::path(
    post, path = "/api/v1/auth/token", tag = "auth",
    request_body = TokenRequest,
    responses(
        (status = 200, body = TokenResponse),
        (status = 401, description = "Wrong e-mail address or password", body = ErrorBody),
        (status = 422, description = "A field is missing", body = ErrorBody),
        (status = 429, description = "Too many failed attempts", body = ErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub async fn issue_token(
    State(state): State<AppState>,
    request: Request,
) -> Result<Json<TokenResponse>, AppError> {
    let ip = super::client_ip(request.extensions());
    let ApiJson(body) = ApiJson::<TokenRequest>::from_request(request, &state).await?;
    let mut errors = FieldErrors::new();
    let email = body.email.required("email", &mut errors);
    let password = body.password.required("password", &mut errors);
    let (Some(email), Some(password)) = (email, password) else {
        return Err(AppError::Validation(errors));
    };
    let user_id = super::authenticate(&state.db, &email, &password, &ip).await?;
    let (token, expires_at) = store::issue_api_token(&state.db, user_id).await?;
    Ok(Json(TokenResponse { token, expires_at }))
}

/// Revoke the bearer token this request is made with.
#[utoipa::path(
    delete, path = "/api/v1/auth/token", tag = "auth",
    responses((status = 204), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn revoke_token(
    State(state): State<AppState>,
    _actor: Actor,
    headers: axum::http::HeaderMap,
) -> Result<StatusCode, AppError> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(|| {
            AppError::BadRequest("revoke a token by sending it as the bearer token".into())
        })?;
    store::revoke_api_token(&state.db, token.trim()).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An account as the API shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccountView {
    id: i64,
    email: String,
    display_name: String,
    role: Role,
    organisation_id: Option<i64>,
    sme_id: Option<i64>,
    created_at: DateTime<Utc>,
}

impl From<store::Account> for AccountView {
    fn from(a: store::Account) -> Self {
        Self {
            id: a.id,
            email: a.email,
            display_name: a.display_name,
            role: a.role,
            organisation_id: a.organisation_id,
            sme_id: a.sme_id,
            created_at: a.created_at,
        }
    }
}

/// The caller, as the API sees them.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeView {
    id: i64,
    email: String,
    display_name: String,
    role: Role,
    organisation_id: Option<i64>,
    sme_id: Option<i64>,
}

/// Who am I?
#[utoipa::path(
    get, path = "/api/v1/me", tag = "auth",
    responses((status = 200, body = MeView), (status = 401, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn me(actor: Actor) -> Json<MeView> {
    Json(MeView {
        id: actor.user_id,
        email: actor.email,
        display_name: actor.display_name,
        role: actor.role,
        organisation_id: actor.organisation_id,
        sme_id: actor.sme_id,
    })
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct UserListParams {
    /// Part of the e-mail address or the name (any case).
    q: Option<String>,
    /// Page size (1-200, default 50).
    limit: Option<String>,
    /// Items to skip (default 0).
    offset: Option<String>,
}

/// All accounts (admins only).
#[utoipa::path(
    get, path = "/api/v1/users", tag = "auth",
    params(UserListParams),
    responses(
        (status = 200, body = ListResponse<AccountView>),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn list_users(
    State(state): State<AppState>,
    actor: Actor,
    ApiQuery(params): ApiQuery<UserListParams>,
) -> Result<Json<ListResponse<AccountView>>, AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let window = api_window(params.limit.as_deref(), params.offset.as_deref())
        .map_err(AppError::Validation)?;
    let search = params.q.as_deref().unwrap_or_default();
    let (accounts, total) = store::list_accounts(&state.db, search, window).await?;
    Ok(Json(ListResponse {
        items: accounts.into_iter().map(AccountView::from).collect(),
        total,
    }))
}

/// An account's new role and affiliation (a manager's or evaluator's
/// organisation, an SME member's SME).
#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(default)]
pub struct RoleWrite {
    #[schema(value_type = Role)]
    role: String,
    organisation_id: Option<i64>,
    sme_id: Option<i64>,
}

/// Changes an account's role (admins). Its sessions and tokens end; the
/// change is audited.
#[utoipa::path(
    put, path = "/api/v1/users/{id}/role", tag = "auth", params(("id" = i64, Path)), request_body = RoleWrite,
    responses((status = 200, body = AccountView), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn change_role(
    State(state): State<AppState>,
    actor: Actor,
    crate::web::Id(id): crate::web::Id,
    ApiJson(body): ApiJson<RoleWrite>,
) -> Result<Json<AccountView>, AppError> {
    let role = Role::parse(&body.role)
        .map_err(|m| AppError::Validation(FieldErrors::single("role", m)))?;
    let (account, _) = super::change_role(
        &state.db,
        &actor,
        id,
        role,
        body.organisation_id,
        body.sme_id,
    )
    .await?;
    Ok(Json(AccountView::from(account)))
}

/// A change of the caller's own password.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct PasswordChangeRequest {
    #[schema(value_type = String)]
    current_password: Field<String>,
    /// At least 10 characters, not a common password, not the e-mail address.
    #[schema(value_type = String)]
    new_password: Field<String>,
}

/// Changes the caller's password. Every other session and API token of the
/// account ends (the token this request is made with keeps working); the
/// change is audited. A wrong current password counts as a failed sign-in.
#[utoipa::path(
    post, path = "/api/v1/me/password", tag = "auth",
    request_body = PasswordChangeRequest,
    responses(
        (status = 204, description = "Changed"),
        (status = 401, body = ErrorBody),
        (status = 422, description = "A field is missing or refused (a wrong current password on `current_password`)", body = ErrorBody),
        (status = 429, description = "Too many failed attempts", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn change_password(
    State(state): State<AppState>,
    actor: Actor,
    request: Request,
) -> Result<axum::response::Response, AppError> {
    use axum::response::IntoResponse;
    let ip = super::client_ip(request.extensions());
    let keep_token = bearer(request.headers()).map(super::model::secret_digest);
    let jar = axum_extra::extract::CookieJar::from_headers(request.headers());
    let ApiJson(body) = ApiJson::<PasswordChangeRequest>::from_request(request, &state).await?;
    let mut errors = FieldErrors::new();
    let current = body
        .current_password
        .required("current_password", &mut errors);
    let new = body.new_password.required("new_password", &mut errors);
    let (Some(current), Some(new)) = (current, new) else {
        return Err(AppError::Validation(errors));
    };
    let change = super::passwords::PasswordChange {
        current: &current,
        new: &new,
        repeat: None,
    };
    let session =
        super::passwords::change_password(&state.db, &actor, change, &ip, keep_token.as_deref())
            .await?;
    // Called with a browser's session: it goes on under a new one.
    Ok(match session {
        Some(secret) => (
            jar.add(super::session_cookie(secret, state.settings.secure_cookies)),
            StatusCode::NO_CONTENT,
        )
            .into_response(),
        None => StatusCode::NO_CONTENT.into_response(),
    })
}

fn bearer(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
}

/// A person to invite: the same as `landfall user add` asks for, without a
/// password (they choose it with the link they are sent).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct InvitationRequest {
    #[schema(value_type = String, example = "mette@aarhus.example")]
    email: Field<String>,
    #[schema(value_type = String, example = "Mette Kjær")]
    display_name: Field<String>,
    #[schema(value_type = Role)]
    role: Field<String>,
    /// A manager's or evaluator's organisation.
    #[schema(value_type = Option<i64>)]
    organisation_id: Field<i64>,
    /// An SME member's SME.
    #[schema(value_type = Option<i64>)]
    sme_id: Field<i64>,
}

/// Invites a person (admins): creates their account without a password and
/// e-mails them a one-time link (valid for 7 days) to choose one.
#[utoipa::path(
    post, path = "/api/v1/users", tag = "auth",
    request_body = InvitationRequest,
    responses(
        (status = 201, body = AccountView),
        (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody),
        (status = 422, description = "A field is missing or refused (a taken address on `email`)", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
#[tracing::instrument(skip_all)]
pub async fn invite_user(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<InvitationRequest>,
) -> Result<(StatusCode, Json<AccountView>), AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    // Wrong types are refused here; what is missing or refused is collected
    // by the invitation's own checks, so every field is named at once.
    let mut errors = FieldErrors::new();
    let mut text = |field: Field<String>, name: &str| {
        field
            .optional(name, &mut errors)
            .flatten()
            .unwrap_or_default()
    };
    let email = text(body.email, "email");
    let display_name = text(body.display_name, "display_name");
    let role = text(body.role, "role");
    let organisation_id = body
        .organisation_id
        .optional("organisation_id", &mut errors)
        .flatten();
    let sme_id = body.sme_id.optional("sme_id", &mut errors).flatten();
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let invitation = super::passwords::Invitation {
        email,
        display_name,
        role,
        organisation_id,
        sme_id,
    };
    let account =
        super::passwords::invite(&state.db, &actor, invitation, &state.settings.public_url).await?;
    Ok((StatusCode::CREATED, Json(AccountView::from(account))))
}
