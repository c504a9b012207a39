//! Prometheus metrics, served at `/metrics` in the text exposition format
//! (version 0.0.4).
//!
//! Requests are counted by their route *template* (`/api/v1/smes/{id}`, from
//! axum's [`MatchedPath`]), never by the raw path, so the number of series
//! stays bounded whatever clients ask for; a request that matched no route
//! counts under `route="unmatched"`. Latency is measured until the response's
//! head is ready (a streamed body is not waited for).
//!
//! The gauges that describe shared state (the notification outbox) are read
//! from the database at each scrape; every instance reports the same values
//! for them, so aggregate them with `max`, not `sum`.

use std::sync::atomic::AtomicU64;
use std::time::Duration;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use sea_orm::DbBackend;
use sha2::{Digest, Sha256};

use crate::app::AppState;

/// The route label of requests that matched no route.
pub const UNMATCHED: &str = "unmatched";

/// Upper bounds of the latency buckets, in seconds: 5 ms to 10 s.
const LATENCY_BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 7.5, 10.0,
];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: &'static str,
    route: String,
}

type HistogramFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

/// The registry and the metrics that handlers and the middleware update.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: HistogramFamily,
    uptime: Gauge<f64, AtomicU64>,
    database_up: Gauge,
    notifications_queued: Gauge,
    notifications_failed: Gauge,
    pool_connections: Gauge,
    pool_idle: Gauge,
    pool_max: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("landfall");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by method, route template and status",
            requests.clone(),
        );
        let latency: HistogramFamily =
            Family::new_with_constructor(|| Histogram::new(LATENCY_BUCKETS));
        registry.register(
            "http_request_duration_seconds",
            "Time to answer an HTTP request (until the response head), by method and route template",
            latency.clone(),
        );
        let uptime = Gauge::<f64, AtomicU64>::default();
        registry.register(
            "process_uptime_seconds",
            "Seconds since this server started",
            uptime.clone(),
        );
        let database_up = Gauge::default();
        registry.register(
            "database_up",
            "1 when the database answered the last scrape's queries, 0 otherwise",
            database_up.clone(),
        );
        let notifications_queued = Gauge::default();
        registry.register(
            "notification_emails_queued",
            "Notification e-mails waiting to be sent (pending or being sent), in the whole database",
            notifications_queued.clone(),
        );
        let notifications_failed = Gauge::default();
        registry.register(
            "notification_emails_failed",
            "Notification e-mails that could not be sent after every retry, in the whole database",
            notifications_failed.clone(),
        );
        let pool_connections = Gauge::default();
        registry.register(
            "db_pool_connections",
            "Database connections this process holds open (in use or idle)",
            pool_connections.clone(),
        );
        let pool_idle = Gauge::default();
        registry.register(
            "db_pool_idle_connections",
            "Open database connections of this process that are idle",
            pool_idle.clone(),
        );
        let pool_max = Gauge::default();
        registry.register(
            "db_pool_max_connections",
            "Largest number of database connections this process opens (--db-pool)",
            pool_max.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            uptime,
            database_up,
            notifications_queued,
            notifications_failed,
            pool_connections,
            pool_idle,
            pool_max,
        }
    }

    /// Counts one answered request.
    pub fn observe(&self, method: &Method, route: &str, status: StatusCode, took: Duration) {
        let method = method_label(method);
        self.requests
            .get_or_create(&RequestLabels {
                method,
                route: route.to_string(),
                status: status.as_u16(),
            })
            .inc();
        self.latency
            .get_or_create(&RouteLabels {
                method,
                route: route.to_string(),
            })
            .observe(took.as_secs_f64());
    }

    /// The exposition, after refreshing the gauges that are read at scrape time.
    pub async fn render(&self, state: &AppState) -> String {
        self.uptime.set(state.runtime.uptime_seconds());
        match crate::notify::store::queue_counts(&state.db).await {
            Ok((queued, failed)) => {
                self.database_up.set(1);
                self.notifications_queued.set(clamp(queued));
                self.notifications_failed.set(clamp(failed));
            }
            Err(error) => {
                tracing::warn!(%error, "metrics: the database did not answer");
                self.database_up.set(0);
            }
        }
        let (size, idle, max) = match state.db.get_database_backend() {
            DbBackend::Sqlite => {
                let pool = state.db.get_sqlite_connection_pool();
                (
                    pool.size(),
                    pool.num_idle(),
                    pool.options().get_max_connections(),
                )
            }
            DbBackend::Postgres => {
                let pool = state.db.get_postgres_connection_pool();
                (
                    pool.size(),
                    pool.num_idle(),
                    pool.options().get_max_connections(),
                )
            }
            _ => (0, 0, 0),
        };
        self.pool_connections.set(i64::from(size));
        self.pool_idle.set(idle as i64);
        self.pool_max.set(i64::from(max));
        let mut text = String::new();
        if let Err(error) =
            prometheus_client::encoding::prometheus_text::encode(&mut text, &self.registry)
        {
            tracing::error!(%error, "metrics: cannot encode");
        }
        text
    }
}

fn clamp(count: u64) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

/// Methods outside the standard set are counted together, so that a client
/// inventing methods cannot create series.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Middleware: counts every request under its route template and status.
pub async fn track(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|path| path.as_str().to_string());
    let method = request.method().clone();
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    state.runtime.metrics.observe(
        &method,
        route.as_deref().unwrap_or(UNMATCHED),
        response.status(),
        started.elapsed(),
    );
    response
}

/// `GET /metrics`: the Prometheus exposition. With `--metrics-token` it
/// needs `Authorization: Bearer <token>`.
pub async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Some(expected) = state.settings.metrics_token.as_deref() {
        let given = headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim);
        if !given.is_some_and(|given| same_secret(given, expected)) {
            return (
                StatusCode::UNAUTHORIZED,
                [(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"))],
                "the metrics need `Authorization: Bearer <token>` (--metrics-token)\n",
            )
                .into_response();
        }
    }
    let text = state.runtime.metrics.render(&state).await;
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static(prometheus_client::encoding::prometheus_text::CONTENT_TYPE),
        )],
        text,
    )
        .into_response()
}

/// Compares two secrets in a time that does not depend on where they differ.
fn same_secret(given: &str, expected: &str) -> bool {
    let given = Sha256::digest(given.as_bytes());
    let expected = Sha256::digest(expected.as_bytes());
    given
        .iter()
        .zip(expected.iter())
        .fold(0u8, |difference, (a, b)| difference | (a ^ b))
        == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_counted_by_route_template_and_status() {
        let metrics = Metrics::new();
        for _ in 0..3 {
            metrics.observe(
                &Method::GET,
                "/api/v1/smes/{id}",
                StatusCode::OK,
                Duration::from_millis(20),
            );
        }
        metrics.observe(
            &Method::from_bytes(b"BREW").unwrap(),
            UNMATCHED,
            StatusCode::NOT_FOUND,
            Duration::from_millis(1),
        );
        let mut text = String::new();
        prometheus_client::encoding::prometheus_text::encode(&mut text, &metrics.registry).unwrap();
        assert!(
            text.contains(
                r#"landfall_http_requests_total{method="GET",route="/api/v1/smes/{id}",status="200"} 3"#
            ),
            "{text}"
        );
        assert!(text.contains(
            r#"landfall_http_requests_total{method="other",route="unmatched",status="404"} 1"#
        ));
        assert!(
            text.contains(
                r#"landfall_http_request_duration_seconds_bucket{method="GET",route="/api/v1/smes/{id}",le="0.025"} 3"#
            ),
            "{text}"
        );
        assert!(text.contains(
            r#"landfall_http_request_duration_seconds_bucket{method="GET",route="/api/v1/smes/{id}",le="0.01"} 0"#
        ));
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("s3cret-token", "s3cret-token"));
        assert!(!same_secret("s3cret-toke", "s3cret-token"));
        assert!(!same_secret("", "s3cret-token"));
    }
}
