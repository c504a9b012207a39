//! The outbox: notifications with their e-mails' delivery state, and each
//! user's choices. E-mails are claimed for sending with `FOR UPDATE SKIP
//! LOCKED` on PostgreSQL (SQLite has one writer anyway) and a lease, so that
//! several instances never send one e-mail twice and a crashed instance's
//! claims are retried.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, LockBehavior, LockType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::entities::{notification, preference};
use super::model::{EmailStatus, Kind, SENDING_LEASE, Written};
use crate::db::{self, Db};
use crate::web::AppError;

fn stored<T>(what: &str, result: Result<T, String>) -> Result<T, AppError> {
    result.map_err(|e| AppError::Internal(anyhow::anyhow!("stored {what}: {e}")))
}

/// Who receives a notification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub user_id: Option<i64>,
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notification {
    pub id: i64,
    pub user_id: Option<i64>,
    pub email: String,
    pub notice: Written,
    pub created_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
    pub email_status: EmailStatus,
    pub email_attempts: i32,
    pub email_error: String,
    pub email_sent_at: Option<DateTime<Utc>>,
}

fn from_row(row: notification::Model) -> Result<Notification, AppError> {
    Ok(Notification {
        notice: Written {
            kind: stored("notification kind", Kind::parse(&row.kind))?,
            subject: row.subject,
            body: row.body,
            link: row.link,
        },
        email_status: stored("e-mail status", EmailStatus::parse(&row.email_status))?,
        id: row.id,
        user_id: row.user_id,
        email: row.email,
        created_at: row.created_at,
        read_at: row.read_at,
        email_attempts: row.email_attempts,
        email_error: row.email_error,
        email_sent_at: row.email_sent_at,
    })
}

/// Adds a notification; `mentions` is the account whose person it names,
/// `by_email` says whether its e-mail is to be sent.
pub async fn insert(
    txn: &impl ConnectionTrait,
    recipient: &Recipient,
    notice: &Written,
    mentions: Option<i64>,
    by_email: bool,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let status = if by_email && !recipient.email.is_empty() {
        EmailStatus::Pending
    } else {
        EmailStatus::Off
    };
    let row = notification::ActiveModel {
        user_id: Set(recipient.user_id),
        email: Set(recipient.email.clone()),
        kind: Set(notice.kind.as_str().to_string()),
        subject: Set(notice.subject.clone()),
        body: Set(notice.body.clone()),
        link: Set(notice.link.clone()),
        created_at: Set(now),
        read_at: Set(None),
        email_status: Set(status.as_str().to_string()),
        email_attempts: Set(0),
        email_next_at: Set(now),
        email_error: Set(String::new()),
        email_sent_at: Set(None),
        mentions_user_id: Set(mentions),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

/// A user's notifications, the newest first.
/// A user's notifications as they read them (page, API, data export). The
/// link of a message about the account itself is a one-time secret meant for
/// the mailbox only: shown here, anyone holding a session or a token could
/// ask for a reset and read the link to take the password over.
pub async fn of_user(db: &Db, user_id: i64, limit: u64) -> Result<Vec<Notification>, AppError> {
    let mut notifications = outbox_of(db, user_id, limit).await?;
    for notification in &mut notifications {
        if notification.notice.kind == Kind::Account {
            notification.notice.link.clear();
        }
    }
    Ok(notifications)
}

/// A user's notifications as the outbox mails them, one-time links
/// included; never to be shown to whoever is signed in.
pub async fn outbox_of(db: &Db, user_id: i64, limit: u64) -> Result<Vec<Notification>, AppError> {
    notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .order_by_desc(notification::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(from_row)
        .collect()
}

pub async fn unread_count(db: &Db, user_id: i64) -> Result<u64, AppError> {
    Ok(notification::Entity::find()
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Marks some (or all, with `None`) of a user's notifications read.
pub async fn mark_read(db: &Db, user_id: i64, ids: Option<&[i64]>) -> Result<u64, AppError> {
    let mut update = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Some(Utc::now())))
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null());
    if let Some(ids) = ids {
        update = update.filter(notification::Column::Id.is_in(ids.iter().copied()));
    }
    Ok(update.exec(db).await?.rows_affected)
}

/// Which kinds a user wants by e-mail (kinds without a choice: yes).
pub async fn email_choices(
    db: &impl ConnectionTrait,
    user_ids: &[i64],
) -> Result<HashMap<(i64, Kind), bool>, AppError> {
    let rows = preference::Entity::find()
        .filter(preference::Column::UserId.is_in(user_ids.iter().copied()))
        .all(db)
        .await?;
    let mut choices = HashMap::new();
    for row in rows {
        if let Ok(kind) = Kind::parse(&row.kind) {
            choices.insert((row.user_id, kind), row.email);
        }
    }
    Ok(choices)
}

/// Replaces a user's e-mail choices.
pub async fn set_email_choices(
    db: &Db,
    user_id: i64,
    choices: &[(Kind, bool)],
) -> Result<(), AppError> {
    let txn = db::write(db).await?;
    preference::Entity::delete_many()
        .filter(preference::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    for (kind, email) in choices {
        preference::ActiveModel {
            user_id: Set(user_id),
            kind: Set(kind.as_str().to_string()),
            email: Set(*email),
        }
        .insert(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// E-mails due for sending now, claimed for this instance (up to `batch`).
pub async fn claim_due(db: &Db, batch: u64) -> Result<Vec<Notification>, AppError> {
    let now = Utc::now();
    let txn = db::write(db).await?;
    let rows = notification::Entity::find()
        .filter(
            notification::Column::EmailStatus
                .is_in([EmailStatus::Pending.as_str(), EmailStatus::Sending.as_str()]),
        )
        .filter(notification::Column::EmailNextAt.lte(now))
        .order_by_asc(notification::Column::EmailNextAt)
        .order_by_asc(notification::Column::Id)
        .limit(batch)
        .lock_with_behavior(LockType::Update, LockBehavior::SkipLocked)
        .all(&txn)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    if !ids.is_empty() {
        notification::Entity::update_many()
            .col_expr(
                notification::Column::EmailStatus,
                Expr::value(EmailStatus::Sending.as_str()),
            )
            .col_expr(
                notification::Column::EmailNextAt,
                Expr::value(now + SENDING_LEASE),
            )
            .filter(notification::Column::Id.is_in(ids))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    rows.into_iter().map(from_row).collect()
}

/// Records the end of a delivery: sent (or logged), or a failed attempt to
/// retry at `retry_at` (`None`: give up).
pub async fn delivered(
    db: &Db,
    id: i64,
    status: EmailStatus,
    attempts: i32,
    error: &str,
    retry_at: Option<DateTime<Utc>>,
) -> Result<(), AppError> {
    let now = Utc::now();
    let (status, next_at) = match (status, retry_at) {
        (EmailStatus::Sent | EmailStatus::Logged, _) => (status, now),
        (_, Some(at)) => (EmailStatus::Pending, at),
        (_, None) => (EmailStatus::Failed, now),
    };
    let mut update = notification::Entity::update_many()
        .col_expr(
            notification::Column::EmailStatus,
            Expr::value(status.as_str()),
        )
        .col_expr(notification::Column::EmailAttempts, Expr::value(attempts))
        .col_expr(notification::Column::EmailError, Expr::value(error))
        .col_expr(notification::Column::EmailNextAt, Expr::value(next_at));
    if matches!(status, EmailStatus::Sent | EmailStatus::Logged) {
        update = update.col_expr(notification::Column::EmailSentAt, Expr::value(Some(now)));
    }
    let txn = db::write(db).await?;
    update
        .filter(notification::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// E-mails waiting to be sent and e-mails that could not be sent.
pub async fn queue_counts(db: &Db) -> Result<(u64, u64), AppError> {
    let waiting = notification::Entity::find()
        .filter(
            notification::Column::EmailStatus
                .is_in([EmailStatus::Pending.as_str(), EmailStatus::Sending.as_str()]),
        )
        .count(db)
        .await?;
    let failed = notification::Entity::find()
        .filter(notification::Column::EmailStatus.eq(EmailStatus::Failed.as_str()))
        .count(db)
        .await?;
    Ok((waiting, failed))
}

/// The newest notification's id (0 when there is none).
pub async fn last_id(db: &impl ConnectionTrait) -> Result<i64, AppError> {
    Ok(notification::Entity::find()
        .order_by_desc(notification::Column::Id)
        .one(db)
        .await?
        .map_or(0, |n| n.id))
}

/// Keeps the notifications written after `after_id` in Landfall only (no
/// e-mail): the demo loader's, whose people have made-up addresses.
pub async fn keep_in_landfall(txn: &impl ConnectionTrait, after_id: i64) -> Result<u64, AppError> {
    let result = notification::Entity::update_many()
        .col_expr(
            notification::Column::EmailStatus,
            Expr::value(EmailStatus::Off.as_str()),
        )
        .filter(notification::Column::Id.gt(after_id))
        .filter(notification::Column::EmailStatus.eq(EmailStatus::Pending.as_str()))
        .exec(txn)
        .await?;
    Ok(result.rows_affected)
}

/// Replaces the link of a user's notifications of one kind.
pub async fn replace_links(
    txn: &impl ConnectionTrait,
    user_id: i64,
    kind: Kind,
    link: &str,
) -> Result<u64, AppError> {
    Ok(notification::Entity::update_many()
        .col_expr(notification::Column::Link, Expr::value(link))
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::Kind.eq(kind.as_str()))
        .exec(txn)
        .await?
        .rows_affected)
}

/// Deletes the notifications addressed to a person, by account or by
/// address: an erased person's messages go with them. (Deleting the account
/// takes those with its id along, by the foreign key, but not one written
/// to the address alone.)
pub async fn delete_addressed_to(
    txn: &impl ConnectionTrait,
    user_id: i64,
    email: &str,
) -> Result<u64, AppError> {
    let mut whose = sea_orm::Condition::any().add(notification::Column::UserId.eq(user_id));
    if !email.is_empty() {
        whose = whose.add(notification::Column::Email.eq(email));
    }
    Ok(notification::Entity::delete_many()
        .filter(whose)
        .exec(txn)
        .await?
        .rows_affected)
}

/// Takes a closed account's person out of other people's notifications
/// that name them (see [`super::Notice::naming`]): `name` becomes
/// `replacement`; returns how many notifications changed.
pub async fn erase_person(
    txn: &impl ConnectionTrait,
    user_id: i64,
    name: &str,
    replacement: &str,
) -> Result<u64, AppError> {
    let rows = notification::Entity::find()
        .filter(notification::Column::MentionsUserId.eq(user_id))
        .all(txn)
        .await?;
    let named = |text: &str| super::model::without_party(text, name, replacement, &[]);
    rewrite(txn, rows, named, named).await
}

/// Takes an erased party out of other people's notifications that point at
/// one of `links` (see [`super::model::without_party`]); returns how many
/// notifications changed.
pub async fn erase_party(
    txn: &impl ConnectionTrait,
    links: &[String],
    name: &str,
    replacement: &str,
    quoted: &[String],
) -> Result<u64, AppError> {
    let rows = pointing_at(txn, links).await?;
    rewrite(
        txn,
        rows,
        |text| super::model::without_party(text, name, replacement, &[]),
        |text| super::model::without_party(text, name, replacement, quoted),
    )
    .await
}

/// Like [`erase_party`], and cuts all that the notices at `links` quote
/// (see [`super::model::without_quotes`]): for pages about something of the
/// party's whose words may have changed since the notice was written.
pub async fn erase_party_and_quotes(
    txn: &impl ConnectionTrait,
    links: &[String],
    name: &str,
    replacement: &str,
) -> Result<u64, AppError> {
    let rows = pointing_at(txn, links).await?;
    let named = |text: &str| super::model::without_party(text, name, replacement, &[]);
    rewrite(txn, rows, named, |text| {
        super::model::without_quotes(&named(text))
    })
    .await
}

/// The notifications that point at one of `links`.
async fn pointing_at(
    txn: &impl ConnectionTrait,
    links: &[String],
) -> Result<Vec<notification::Model>, AppError> {
    let mut rows = Vec::new();
    for chunk in links.chunks(500) {
        rows.extend(
            notification::Entity::find()
                .filter(notification::Column::Link.is_in(chunk.iter().map(String::as_str)))
                .all(txn)
                .await?,
        );
    }
    Ok(rows)
}

/// Rewrites the subject and body of `rows`; returns how many changed.
async fn rewrite(
    txn: &impl ConnectionTrait,
    rows: Vec<notification::Model>,
    subject_of: impl Fn(&str) -> String,
    body_of: impl Fn(&str) -> String,
) -> Result<u64, AppError> {
    let mut changed = 0;
    for row in rows {
        let subject = subject_of(&row.subject);
        let body = body_of(&row.body);
        if subject == row.subject && body == row.body {
            continue;
        }
        notification::Entity::update_many()
            .col_expr(notification::Column::Subject, Expr::value(subject))
            .col_expr(notification::Column::Body, Expr::value(body))
            .filter(notification::Column::Id.eq(row.id))
            .exec(txn)
            .await?;
        changed += 1;
    }
    Ok(changed)
}
