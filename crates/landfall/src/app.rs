//! Application state, the table of every URL, and serving on a listener.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use tokio::net::TcpListener;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};

use crate::db::Db;
use crate::web::error::{ErrorBody, html_errors};
use crate::web::{AppError, ListResponse};
use crate::{auth, registry, web};

/// Everything a handler may need; cheap to clone. Nothing here is state that
/// another instance would need: sessions, tokens and throttling live in the database.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: Arc<Settings>,
}

#[derive(Clone, Debug)]
pub struct Settings {
    /// Mark cookies `Secure` (when served over HTTPS).
    pub secure_cookies: bool,
}

impl Settings {
    pub fn for_public_url(public_url: &str) -> Self {
        Self {
            secure_cookies: public_url.starts_with("https://"),
        }
    }
}

/// Every URL of the application, in one place.
pub fn router(state: AppState) -> Router {
    use auth::{api as auth_api, pages as auth_pages};
    use registry::{api as registry_api, pages as registry_pages};

    let pages = Router::new()
        .route("/", get(web::home::home))
        .route(
            "/login",
            get(auth_pages::login_form).post(auth_pages::login),
        )
        .route("/logout", post(auth_pages::logout))
        .route("/users", get(auth_pages::users))
        .route("/directory", get(registry_pages::directory))
        .route("/directory/{slug}", get(registry_pages::directory_entry))
        .route("/organisations", get(registry_pages::organisations))
        .route(
            "/organisations/new",
            get(registry_pages::new_organisation).post(registry_pages::create_organisation),
        )
        .route("/organisations/{id}", get(registry_pages::organisation))
        .route(
            "/organisations/{id}/edit",
            get(registry_pages::edit_organisation).post(registry_pages::update_organisation),
        )
        .route(
            "/organisations/{id}/delete",
            get(registry_pages::confirm_delete_organisation)
                .post(registry_pages::delete_organisation),
        )
        .route("/smes", get(registry_pages::smes))
        .route(
            "/smes/new",
            get(registry_pages::new_sme).post(registry_pages::create_sme),
        )
        .route("/smes/{id}", get(registry_pages::sme))
        .route(
            "/smes/{id}/edit",
            get(registry_pages::edit_sme).post(registry_pages::update_sme),
        )
        .route(
            "/smes/{id}/delete",
            get(registry_pages::confirm_delete_sme).post(registry_pages::delete_sme),
        )
        .fallback(page_not_found)
        .layer(from_fn(html_errors));

    let api = Router::new()
        .route(
            "/api/v1/auth/token",
            post(auth_api::issue_token).delete(auth_api::revoke_token),
        )
        .route("/api/v1/me", get(auth_api::me))
        .route("/api/v1/users", get(auth_api::list_users))
        .route(
            "/api/v1/organisations",
            get(registry_api::list_organisations).post(registry_api::create_organisation),
        )
        .route(
            "/api/v1/organisations/{id}",
            get(registry_api::get_organisation)
                .patch(registry_api::update_organisation)
                .delete(registry_api::delete_organisation),
        )
        .route(
            "/api/v1/smes",
            get(registry_api::list_smes).post(registry_api::create_sme),
        )
        .route(
            "/api/v1/smes/{id}",
            get(registry_api::get_sme)
                .patch(registry_api::update_sme)
                .delete(registry_api::delete_sme),
        )
        .route("/api/openapi.json", get(openapi))
        .route("/api/{*rest}", axum::routing::any(api_not_found));

    let app = Router::new()
        .merge(api)
        .merge(pages)
        .merge(web::assets())
        .route("/healthz", get(healthz))
        .layer(from_fn_with_state(state.clone(), auth::identify))
        .with_state(state);
    with_security_headers(app).layer(TraceLayer::new_for_http())
}

/// Headers every response carries: no framing, no sniffing, no inline scripts,
/// nothing loaded from other hosts.
fn with_security_headers(router: Router) -> Router {
    const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                       object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (HeaderName::from_static("x-frame-options"), "DENY"),
    ]
    .into_iter()
    .fold(router, |router, (name, value)| {
        router.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ))
    })
}

/// 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Result<&'static str, AppError> {
    state.db.ping().await.map_err(AppError::Unavailable)?;
    Ok("ok")
}

async fn page_not_found() -> AppError {
    AppError::NotFound
}

async fn api_not_found(request: Request) -> Response {
    let body = ErrorBody {
        error: format!("no API endpoint at {}", request.uri().path()),
        fields: None,
    };
    (StatusCode::NOT_FOUND, Json(body)).into_response()
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Landfall API",
        description = "JSON API of Landfall. Sign in with POST /api/v1/auth/token and send the \
                       token as `Authorization: Bearer <token>`. Lists return \
                       `{\"items\": [...], \"total\": N}` and take `limit` (1-200) and `offset`. \
                       Errors return `{\"error\": \"...\", \"fields\": {\"field\": \"message\"}}`."
    ),
    paths(
        auth::api::issue_token,
        auth::api::revoke_token,
        auth::api::me,
        auth::api::list_users,
        registry::api::list_organisations,
        registry::api::create_organisation,
        registry::api::get_organisation,
        registry::api::update_organisation,
        registry::api::delete_organisation,
        registry::api::list_smes,
        registry::api::create_sme,
        registry::api::get_sme,
        registry::api::update_sme,
        registry::api::delete_sme,
    ),
    components(schemas(ErrorBody, ListResponse<registry::api::OrganisationView>, ListResponse<registry::api::SmeView>)),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Tokens and accounts"),
        (name = "registry", description = "Organisations and SMEs of the network"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// Serves until `shutdown` completes, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = router(state);
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
