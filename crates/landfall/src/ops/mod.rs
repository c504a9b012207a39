//! Running Landfall in production: backups and restores of a SQLite database
//! ([`backup`]), readiness for a load balancer and graceful draining
//! ([`api::readyz`]), Prometheus metrics ([`metrics`]).
//!
//! The process-wide state these need lives in one [`Runtime`], shared by the
//! handlers through [`crate::app::AppState`]. Nothing in it is data another
//! instance would need: each instance reports its own requests.

pub mod api;
pub mod backup;
pub mod metrics;

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// What the server knows about itself while it runs.
#[derive(Debug)]
pub struct Runtime {
    /// Request counters and latency histograms.
    pub metrics: metrics::Metrics,
    started: Instant,
    draining: AtomicBool,
}

impl Default for Runtime {
    fn default() -> Self {
        Self::new()
    }
}

impl Runtime {
    pub fn new() -> Self {
        Self {
            metrics: metrics::Metrics::new(),
            started: Instant::now(),
            draining: AtomicBool::new(false),
        }
    }

    /// From now on `/readyz` answers 503: the server is shutting down and a
    /// load balancer should send it no new requests.
    pub fn start_draining(&self) {
        self.draining.store(true, Ordering::SeqCst);
    }

    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::SeqCst)
    }

    /// Seconds since the server started.
    pub fn uptime_seconds(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }
}
