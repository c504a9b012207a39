//! The page chrome every HTML page shares.

use askama::Template;
use askama_web::WebTemplate;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::auth::Actor;

/// Who is signed in, as the top bar shows it.
#[derive(Clone, Debug)]
pub struct UserBadge {
    pub display_name: String,
    pub role_label: &'static str,
}

/// What `base.html` needs from every page.
#[derive(Clone, Debug)]
pub struct Layout {
    pub title: String,
    pub user: Option<UserBadge>,
    /// The session's CSRF token for the forms on the page (empty when signed out).
    pub csrf: String,
    /// Which main-menu entry is current.
    pub section: &'static str,
    pub is_admin: bool,
}

impl Layout {
    pub fn new(title: impl Into<String>, actor: Option<&Actor>, section: &'static str) -> Self {
        Self {
            title: title.into(),
            user: actor.map(|a| UserBadge {
                display_name: a.display_name.clone(),
                role_label: a.role.label(),
            }),
            csrf: actor
                .and_then(|a| a.session.as_ref())
                .map(|s| s.csrf_token.clone())
                .unwrap_or_default(),
            section,
            is_admin: actor.is_some_and(Actor::is_admin),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "web/error.html")]
struct ErrorPage {
    layout: Layout,
    heading: &'static str,
    message: String,
}

/// An error as a page (the top bar is shown signed-out: the error path has no session at hand).
pub fn error_page(status: StatusCode, message: &str) -> Response {
    let heading = match status {
        StatusCode::NOT_FOUND => "Not found",
        StatusCode::FORBIDDEN => "Not allowed",
        StatusCode::TOO_MANY_REQUESTS => "Too many attempts",
        StatusCode::BAD_REQUEST => "That request could not be read",
        s if s.is_server_error() => "Something went wrong",
        _ => "That did not work",
    };
    let message = match status {
        StatusCode::NOT_FOUND => {
            "There is nothing here, or you are not allowed to see it.".to_string()
        }
        StatusCode::INTERNAL_SERVER_ERROR => {
            "The error has been logged. Please try again in a moment.".to_string()
        }
        _ => capitalise(message),
    };
    let page = ErrorPage {
        layout: Layout::new(heading, None, ""),
        heading,
        message,
    };
    (status, page).into_response()
}

fn capitalise(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>() + ".",
        None => String::new(),
    }
}
