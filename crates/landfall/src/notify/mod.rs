//! Notifications: an outbox of messages for the people an event concerns
//! (invitations, meeting requests and answers, expired requests, published
//! agendas, cooperation profiles to review and their reviews, requests for
//! introductions and their answers, assignment and handbook chapter reviews,
//! survey invitations and reminders, call deadlines, funding decisions,
//! account invitations and password links). Each is shown in its recipient's notifications page and, unless they
//! turned that kind off (account messages cannot be), sent by e-mail
//! by the background worker ([`worker`]) over SMTP, with retries and a
//! record of what was sent. Without a mail server the e-mails are written to
//! the log.
//!
//! Capabilities write notifications in the same transaction as the event
//! they announce, so a rolled-back change announces nothing.

pub mod api;
mod entities;
pub mod mailer;
pub mod model;
pub mod pages;
pub mod store;
pub mod worker;

use sea_orm::ConnectionTrait;

pub use crate::i18n::Text;
pub use mailer::Mailer;
pub use model::{Kind, Notice};
use store::Recipient;

use crate::web::AppError;

/// Notifies the managers of some organisations and the members of some
/// SMEs; returns how many people were notified.
pub async fn to_parties(
    txn: &impl ConnectionTrait,
    organisation_ids: &[i64],
    sme_ids: &[i64],
    notice: &Notice,
) -> Result<usize, AppError> {
    let accounts = crate::auth::store::accounts_acting_for(txn, organisation_ids, sme_ids).await?;
    let ids: Vec<i64> = accounts.iter().map(|a| a.id).collect();
    to_accounts(txn, &ids, &accounts, notice).await
}

async fn to_accounts(
    txn: &impl ConnectionTrait,
    ids: &[i64],
    accounts: &[crate::auth::store::Account],
    notice: &Notice,
) -> Result<usize, AppError> {
    let choices = store::email_choices(txn, ids).await?;
    for account in accounts {
        let by_email = choices
            .get(&(account.id, notice.kind))
            .copied()
            .unwrap_or(true);
        let recipient = Recipient {
            user_id: Some(account.id),
            email: account.email.clone(),
        };
        let written = notice.written(account.locale.unwrap_or_default());
        store::insert(txn, &recipient, &written, notice.mentions, by_email).await?;
    }
    Ok(accounts.len())
}

/// Notifies one account by e-mail whatever their settings: messages about
/// the account itself (an invitation, a link to set a password), written in
/// the person's language or else in `fallback` (the language of whoever
/// caused it).
pub async fn to_account_by_email(
    txn: &impl ConnectionTrait,
    user_id: i64,
    notice: &Notice,
    fallback: crate::i18n::Locale,
) -> Result<(), AppError> {
    let account = crate::auth::store::accounts_by_ids(txn, &[user_id])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let recipient = Recipient {
        user_id: Some(account.id),
        email: account.email.clone(),
    };
    let written = notice.written(account.locale.unwrap_or(fallback));
    store::insert(txn, &recipient, &written, notice.mentions, true).await?;
    Ok(())
}

/// Points the links of an account's notifications of one kind somewhere
/// else (e.g. once a one-time link is used up, its notification leads to
/// the sign-in page instead of keeping the dead link).
pub async fn retire_links(
    txn: &impl ConnectionTrait,
    user_id: i64,
    kind: Kind,
    link: &str,
) -> Result<u64, AppError> {
    store::replace_links(txn, user_id, kind, link).await
}
