//! The background worker every `landfall serve` runs: it sends the e-mails
//! that are due and, now and then, writes the notifications that no request
//! triggers (meeting requests that expired unanswered, call deadlines
//! coming up). Instances share the work through the database.

use std::time::Duration;

use chrono::Utc;
use tokio::sync::watch;

use super::mailer::Mailer;
use super::model::{self, EmailStatus};
use super::store;
use crate::db::Db;
use crate::web::AppError;

/// E-mails sent per round.
const BATCH: u64 = 50;

/// What one delivery round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Delivery {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
}

/// Sends every e-mail that is due, in batches, until none is left.
pub async fn deliver_due(db: &Db, mailer: &Mailer, public_url: &str) -> Result<Delivery, AppError> {
    let mut delivery = Delivery::default();
    loop {
        let due = store::claim_due(db, BATCH).await?;
        if due.is_empty() {
            return Ok(delivery);
        }
        let recipients: Vec<i64> = due.iter().filter_map(|n| n.user_id).collect();
        let locales = crate::auth::store::locales_of(db, &recipients).await?;
        for n in due {
            let locale = n.user_id.and_then(|id| locales.get(&id).copied());
            let text = model::email_text(&n.notice, public_url, locale.unwrap_or_default());
            let attempts = n.email_attempts + 1;
            match mailer.send(&n.email, &n.notice.subject, &text).await {
                Ok(status) => {
                    store::delivered(db, n.id, status, attempts, "", None).await?;
                    delivery.sent += 1;
                }
                Err(error) => {
                    let retry_at = model::retry_after(attempts).map(|wait| Utc::now() + wait);
                    tracing::warn!(notification = n.id, attempts, %error, retry = retry_at.is_some(), "e-mail not sent");
                    store::delivered(db, n.id, EmailStatus::Failed, attempts, &error, retry_at)
                        .await?;
                    if retry_at.is_some() {
                        delivery.retrying += 1;
                    } else {
                        delivery.failed += 1;
                    }
                }
            }
        }
    }
}

/// Writes the notifications that time alone triggers.
pub async fn sweep(db: &Db) -> Result<usize, AppError> {
    let expired = crate::matchmaking::operations::events::notify_expired_requests(db).await?;
    let deadlines = crate::calls::operations::remind_deadlines(db).await?;
    Ok(expired + deadlines)
}

/// Runs rounds every `interval` until `shutdown` turns true.
pub fn spawn(
    db: Db,
    mailer: Mailer,
    public_url: String,
    interval: Duration,
    mut shutdown: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(error) = sweep(&db).await {
                tracing::error!(%error, "notification sweep failed");
            }
            match deliver_due(&db, &mailer, &public_url).await {
                Ok(d) if d.sent + d.retrying + d.failed > 0 => {
                    tracing::info!(
                        sent = d.sent,
                        retrying = d.retrying,
                        failed = d.failed,
                        "e-mails delivered"
                    );
                }
                Ok(_) => {}
                Err(error) => tracing::error!(%error, "e-mail delivery failed"),
            }
            tokio::select! {
                () = tokio::time::sleep(interval) => {}
                _ = shutdown.changed() => {}
            }
            if *shutdown.borrow() {
                return;
            }
        }
    })
}
