//! What every page and API handler shares: the error type, JSON bodies, the
//! page layout, static assets, form helpers and security headers.

pub mod charts;
pub mod client_address;
pub mod error;
pub mod export;
pub mod forms;
pub mod home;
pub mod json;
pub mod layout;
pub mod ratelimit;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;

pub use error::AppError;
pub use json::{ApiJson, ApiQuery, Field, ListResponse};
pub use layout::Layout;

use crate::app::AppState;

/// A numeric id in the path; anything else is simply not found.
pub struct Id(pub i64);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Id {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, AppError> {
        let axum::extract::Path(raw) =
            axum::extract::Path::<String>::from_request_parts(parts, state)
                .await
                .map_err(|_| AppError::NotFound)?;
        raw.parse().map(Id).map_err(|_| AppError::NotFound)
    }
}

/// Whether a redirect target is a path on this site and nothing a browser
/// could read as another host: `//host`, `/\host`, and anything with a
/// control character (browsers drop tabs and line breaks from URLs, so
/// `/<tab>/host` becomes `//host`) or a backslash (read as a slash) are not.
pub fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.chars().any(|c| c == '\\' || c.is_control())
}

/// Percent-encodes a value for a query string.
pub fn urlencode(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// A file compiled into the binary, with its content type.
fn asset(content_type: &'static str, body: &'static str) -> impl IntoResponse + Clone {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        body,
    )
}

/// Assets compiled into the binary: nothing is loaded from another host.
pub fn assets() -> Router<AppState> {
    let stylesheet = asset(
        "text/css; charset=utf-8",
        include_str!("../../static/landfall.css"),
    );
    let icon = asset("image/svg+xml", include_str!("../../static/favicon.svg"));
    Router::new()
        .route(
            "/static/landfall.css",
            get(move || async move { stylesheet }),
        )
        .route("/static/favicon.svg", get(move || async move { icon }))
}

/// 201 Created with the new resource's address and body.
pub(crate) fn created<T: Serialize>(location: String, body: T) -> Response {
    let mut response = (StatusCode::CREATED, Json(body)).into_response();
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// A calendar file as a download.
pub fn ics_response(file_name: &str, ics: String) -> Response {
    let mut response = ics.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_paths_of_this_site_are_local() {
        assert!(is_local_path("/smes?q=fish"));
        assert!(is_local_path("/calls/3#decisions"));
        for elsewhere in [
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "\t//evil.example",
            "evil.example",
            "",
        ] {
            assert!(!is_local_path(elsewhere), "{elsewhere:?}");
        }
    }
}
