//! Probes for orchestrators and load balancers.

use axum::extract::State;
use axum::http::StatusCode;
use sea_orm_migration::MigratorTrait;

use crate::app::AppState;
use crate::db::migrations::Migrator;

/// `GET /readyz`: `200 ready` when this instance should receive traffic: the
/// database answers, every migration this binary knows is applied, and the
/// server is not shutting down. Otherwise `503` with the reason, so that a
/// load balancer drains the instance (liveness is `/healthz`).
pub async fn readyz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.runtime.is_draining() {
        return (StatusCode::SERVICE_UNAVAILABLE, "shutting down");
    }
    match Migrator::get_pending_migrations_read_only(&state.db).await {
        Ok(pending) if pending.is_empty() => (StatusCode::OK, "ready"),
        Ok(pending) => {
            tracing::warn!(pending = pending.len(), "not ready: migrations pending");
            (StatusCode::SERVICE_UNAVAILABLE, "migrations pending")
        }
        Err(error) => {
            tracing::warn!(%error, "not ready: the database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
