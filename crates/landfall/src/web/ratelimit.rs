//! Per-address rate limits on the API: each client address may send a
//! burst of requests and then so many a minute; beyond that it gets 429
//! with `Retry-After`. Counted in this process (each instance counts on its
//! own), which is enough to stop one client from drowning the service.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::AppError;

/// API requests an address may send per minute unless configured otherwise.
pub const DEFAULT_PER_MINUTE: u32 = 1200;

/// Forgotten addresses are swept every this many requests.
const SWEEP_EVERY: u64 = 10_000;

pub struct ApiLimiter {
    limiter: DefaultKeyedRateLimiter<String>,
    clock: DefaultClock,
    seen: AtomicU64,
}

impl ApiLimiter {
    /// `per_minute` requests a minute per address, a quarter of that (at
    /// least 10) at once; `None` when the limit is off (0).
    pub fn new(per_minute: u32) -> Option<Arc<Self>> {
        let rate = NonZeroU32::new(per_minute)?;
        let burst = NonZeroU32::new((per_minute / 4).max(10)).unwrap_or(rate);
        Some(Arc::new(Self {
            limiter: RateLimiter::keyed(Quota::per_minute(rate).allow_burst(burst)),
            clock: DefaultClock::default(),
            seen: AtomicU64::new(0),
        }))
    }

    /// Counts a request from `address`; the error tells how long to wait.
    pub fn check(&self, address: &str) -> Result<(), u64> {
        if self.seen.fetch_add(1, Ordering::Relaxed) % SWEEP_EVERY == SWEEP_EVERY - 1 {
            self.limiter.retain_recent();
        }
        self.limiter
            .check_key(&address.to_string())
            .map_err(|not_until| not_until.wait_time_from(self.clock.now()).as_secs().max(1))
    }
}

/// Middleware for the API's routes.
pub async fn limit(
    State(limiter): State<Option<Arc<ApiLimiter>>>,
    request: Request,
    next: Next,
) -> Response {
    if let Some(limiter) = &limiter {
        let address = crate::auth::client_ip(request.extensions());
        if let Err(retry_after_secs) = limiter.check(&address) {
            return AppError::TooManyRequests { retry_after_secs }.into_response();
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gets_its_burst_then_waits() {
        let limiter = ApiLimiter::new(40).unwrap();
        for _ in 0..10 {
            assert!(limiter.check("192.0.2.1").is_ok());
        }
        let wait = limiter.check("192.0.2.1").unwrap_err();
        assert!((1..=2).contains(&wait), "one request every 1.5 s: {wait}");
        assert!(limiter.check("192.0.2.2").is_ok(), "others are not held up");
        assert!(ApiLimiter::new(0).is_none(), "0 turns the limit off");
    }
}
