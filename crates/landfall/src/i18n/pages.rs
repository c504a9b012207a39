//! The language switcher at the foot of every page.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};

use super::{COOKIE, Locale};
use crate::app::AppState;
use crate::auth::{self, Actor};
use crate::web::AppError;

/// `POST /language` with `lang` (a tag, or `auto` for the browser's); back to
/// the page it was sent from (`back`, else the Referer). Remembered in a cookie; a signed-in
/// person's choice is also saved with their account (the form then carries
/// their CSRF token, like every form that changes what is stored).
#[tracing::instrument(skip_all)]
pub async fn switch(
    State(state): State<AppState>,
    actor: Option<Actor>,
    jar: CookieJar,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, AppError> {
    let field = |name: &str| {
        form_urlencoded::parse(&body)
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    };
    let chosen = field("lang").unwrap_or_default();
    let locale = match chosen.as_str() {
        "auto" => None,
        tag => Some(Locale::parse(tag).ok_or_else(|| {
            AppError::BadRequest(format!("Landfall does not speak the language {tag:?}"))
        })?),
    };
    if let Some(actor) = &actor
        && let Some(session) = &actor.session
    {
        let sent = field(auth::CSRF_FIELD).unwrap_or_default();
        if !auth::model::secrets_match(&session.csrf_token, &sent) {
            return Err(AppError::CsrfRejected);
        }
        auth::store::set_locale(&state.db, actor.user_id, locale).await?;
    }
    let jar = match locale {
        Some(locale) => jar.add(
            Cookie::build((COOKIE, locale.code()))
                .path("/")
                .http_only(true)
                .secure(state.settings.secure_cookies)
                .same_site(SameSite::Lax)
                .permanent()
                .build(),
        ),
        None => jar.remove(Cookie::build(COOKIE).path("/").build()),
    };
    let back = field("back")
        .or_else(|| referring_path(&headers))
        .filter(|b| crate::web::is_local_path(b));
    Ok((jar, Redirect::to(back.as_deref().unwrap_or("/"))).into_response())
}

/// The path (and query) of the page of this site that sent the form.
fn referring_path(headers: &HeaderMap) -> Option<String> {
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let rest = referer
        .strip_prefix("http://")
        .or_else(|| referer.strip_prefix("https://"))?;
    let path = rest.strip_prefix(host)?;
    Some(if path.is_empty() {
        "/".to_string()
    } else {
        path.to_string()
    })
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, HeaderValue, header};

    use super::referring_path;

    #[test]
    fn the_switcher_only_returns_to_pages_of_this_site() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("landfall.example"));
        headers.insert(
            header::REFERER,
            HeaderValue::from_static("https://landfall.example/smes?q=fish"),
        );
        assert_eq!(referring_path(&headers).as_deref(), Some("/smes?q=fish"));
        headers.insert(
            header::REFERER,
            HeaderValue::from_static("https://other.example/smes"),
        );
        assert_eq!(referring_path(&headers), None);
    }
}
