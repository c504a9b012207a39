//! The page chrome every HTML page shares.

use askama::Template;
use askama_web::WebTemplate;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::auth::Actor;
use crate::i18n::Locale;

/// Who is signed in, as the top bar shows it.
#[derive(Clone, Debug)]
pub struct UserBadge {
    pub display_name: String,
    pub role_label: String,
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
    /// Whether the person manages an organisation's work (surveys and the like).
    pub is_manager: bool,
    /// The language the page is written in.
    pub locale: Locale,
}

impl Layout {
    pub fn new(title: impl Into<String>, actor: Option<&Actor>, section: &'static str) -> Self {
        Self {
            title: title.into(),
            user: actor.map(|a| UserBadge {
                display_name: a.display_name.clone(),
                role_label: crate::t(&format!("role-{}", a.role.as_str())),
            }),
            csrf: actor
                .and_then(|a| a.session.as_ref())
                .map(|s| s.csrf_token.clone())
                .unwrap_or_default(),
            section,
            is_admin: actor.is_some_and(Actor::is_admin),
            is_manager: actor.is_some_and(|a| a.role == crate::auth::Role::Manager),
            locale: crate::i18n::current(),
        }
    }

    /// The languages the switcher offers.
    pub fn languages(&self) -> [Locale; 6] {
        Locale::ALL
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "web/error.html")]
struct ErrorPage {
    layout: Layout,
    heading: String,
    message: String,
}

/// An error as a page (the top bar is shown signed-out: the error path has no session at hand).
pub fn error_page(status: StatusCode, message: &str) -> Response {
    let heading = crate::t(match status {
        StatusCode::NOT_FOUND => "error-not-found",
        StatusCode::FORBIDDEN => "error-not-allowed",
        StatusCode::TOO_MANY_REQUESTS => "error-too-many",
        StatusCode::BAD_REQUEST => "error-bad-request",
        s if s.is_server_error() => "error-server",
        _ => "error-other",
    });
    let message = match status {
        StatusCode::NOT_FOUND => crate::t("error-not-found-text"),
        StatusCode::INTERNAL_SERVER_ERROR => crate::t("error-server-text"),
        _ => capitalise(message),
    };
    let page = ErrorPage {
        layout: Layout::new(heading.clone(), None, ""),
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
