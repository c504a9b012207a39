//! The one error type handlers return, and how it reaches the client: a JSON
//! body `{"error", "fields"}` by default, an HTML page (or a redirect to the
//! sign-in page) on the web UI's routes.

use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use sea_orm::DbErr;
use serde::Serialize;

use crate::validation::FieldErrors;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("sign in first")]
    Unauthorized,
    #[error("invalid e-mail address or password")]
    BadCredentials,
    #[error("this form has expired or did not come from Landfall; reload the page and try again")]
    CsrfRejected,
    #[error("you are not allowed to do this")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("some fields are not valid")]
    Validation(FieldErrors),
    /// The request collides with existing data (a duplicate, a full slot…).
    #[error("{message}")]
    Conflict {
        message: String,
        fields: FieldErrors,
    },
    /// A conflict with one existing record, which the client is shown (e.g.
    /// the booking that already holds a desk).
    #[error("{message}")]
    ConflictWith {
        message: String,
        item: serde_json::Value,
    },
    /// The request itself cannot be read (malformed JSON, wrong content type).
    #[error("{0}")]
    BadRequest(String),
    #[error("too many attempts; try again in {retry_after_secs} seconds")]
    TooManyRequests { retry_after_secs: u64 },
    #[error("the database is unavailable")]
    Unavailable(#[source] DbErr),
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            Self::Unauthorized | Self::BadCredentials => StatusCode::UNAUTHORIZED,
            Self::Forbidden | Self::CsrfRejected => StatusCode::FORBIDDEN,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Conflict { .. } | Self::ConflictWith { .. } => StatusCode::CONFLICT,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Database(_) | Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A conflict with the state of things, told as a whole (a deadline
    /// passed, an application already submitted…).
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::Conflict {
            message: message.into(),
            fields: FieldErrors::new(),
        }
    }

    /// A conflict that is best shown next to one field (e.g. a duplicate name).
    pub fn conflict_on(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        Self::Conflict {
            fields: FieldErrors::single(field, message.clone()),
            message,
        }
    }

    /// What the client is told: never anything internal.
    fn public_message(&self) -> String {
        match self {
            Self::Database(_) | Self::Internal(_) => "internal error".into(),
            other => other.to_string(),
        }
    }

    fn fields(&self) -> Option<&FieldErrors> {
        match self {
            Self::Validation(fields) => Some(fields),
            Self::Conflict { fields, .. } if !fields.is_empty() => Some(fields),
            _ => None,
        }
    }
}

/// The JSON body of every error response.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<std::collections::BTreeMap<String, String>>)]
    pub fields: Option<FieldErrors>,
    /// With a 409: the existing record the request collides with.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub conflict: Option<serde_json::Value>,
}

/// Left in a response's extensions so the page layer can re-render it as HTML.
#[derive(Clone, Debug)]
pub struct RenderedError {
    pub status: StatusCode,
    pub message: String,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            // The whole cause chain goes to the log; the client sees none of it.
            tracing::error!(error = %self, causes = ?self.source_chain(), "request failed");
        }
        let body = ErrorBody {
            error: self.public_message(),
            fields: self.fields().cloned(),
            conflict: match &self {
                Self::ConflictWith { item, .. } => Some(item.clone()),
                _ => None,
            },
        };
        let mut response = (status, axum::Json(body.clone())).into_response();
        if let Self::TooManyRequests { retry_after_secs } = self {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from_str(&retry_after_secs.to_string())
                    .unwrap_or(HeaderValue::from_static("60")),
            );
        }
        response.extensions_mut().insert(RenderedError {
            status,
            message: body.error,
        });
        response
    }
}

impl AppError {
    fn source_chain(&self) -> Vec<String> {
        let mut chain = Vec::new();
        let mut source = std::error::Error::source(self);
        while let Some(error) = source {
            chain.push(error.to_string());
            source = error.source();
        }
        chain
    }
}

/// Page-router middleware: error responses become HTML pages, and "sign in
/// first" becomes a redirect to the sign-in page that returns here afterwards.
pub async fn html_errors(request: Request, next: Next) -> Response {
    let path_and_query = request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_string())
        .unwrap_or_else(|| "/".into());
    let is_get = request.method() == axum::http::Method::GET;
    let response = next.run(request).await;
    let Some(error) = response.extensions().get::<RenderedError>().cloned() else {
        return response;
    };
    if error.status == StatusCode::UNAUTHORIZED {
        let next = if is_get { path_and_query } else { "/".into() };
        let target = format!("/login?next={}", super::urlencode(&next));
        return Redirect::to(&target).into_response();
    }
    let mut page = super::layout::error_page(error.status, &error.message).into_response();
    if let Some(retry) = response.headers().get(header::RETRY_AFTER) {
        page.headers_mut()
            .insert(header::RETRY_AFTER, retry.clone());
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_api_conventions() {
        assert_eq!(AppError::Unauthorized.status(), 401);
        assert_eq!(AppError::Forbidden.status(), 403);
        assert_eq!(AppError::NotFound.status(), 404);
        assert_eq!(AppError::conflict_on("name", "taken").status(), 409);
        assert_eq!(AppError::Validation(FieldErrors::new()).status(), 422);
        assert_eq!(AppError::BadRequest("x".into()).status(), 400);
    }

    #[test]
    fn internal_errors_say_nothing_internal() {
        let error = AppError::Internal(anyhow::anyhow!("password=hunter2 at /srv/db"));
        assert_eq!(error.public_message(), "internal error");
    }
}
