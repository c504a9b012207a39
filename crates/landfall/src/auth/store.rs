//! Accounts, sessions, API tokens and failed sign-ins in the database.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::entities::{api_token, login_attempt, password_token, session, user};
use super::model::{self, Actor, Email, LinkPurpose, Role, SessionKeys};
use crate::db::{self, Db};
use crate::validation::Window;
use crate::web::AppError;

/// An account as listed to admins (never with its password hash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub sme_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    /// The language the person chose, if they did.
    pub locale: Option<crate::i18n::Locale>,
}

impl TryFrom<user::Model> for Account {
    type Error = AppError;

    fn try_from(row: user::Model) -> Result<Self, AppError> {
        Ok(Self {
            role: stored_role(&row.role)?,
            id: row.id,
            email: row.email,
            display_name: row.display_name,
            organisation_id: row.organisation_id,
            sme_id: row.sme_id,
            created_at: row.created_at,
            locale: row.locale.as_deref().and_then(crate::i18n::Locale::parse),
        })
    }
}

fn stored_role(value: &str) -> Result<Role, AppError> {
    Role::parse(value).map_err(|e| AppError::Internal(anyhow::anyhow!("stored role: {e}")))
}

/// A new account; the password is already hashed.
#[derive(Clone, Debug)]
pub struct NewAccount {
    pub email: Email,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub sme_id: Option<i64>,
}

/// Creates an account; a taken e-mail address is a conflict on `email`.
pub async fn create_account(db: &impl ConnectionTrait, new: NewAccount) -> Result<i64, AppError> {
    let row = user::ActiveModel {
        email: Set(new.email.login_key()),
        display_name: Set(new.display_name),
        password_hash: Set(new.password_hash),
        role: Set(new.role.as_str().to_string()),
        organisation_id: Set(new.organisation_id),
        sme_id: Set(new.sme_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    match row.insert(db).await {
        Ok(row) => Ok(row.id),
        Err(e) if db::is_unique_violation(&e) => Err(AppError::conflict_on(
            "email",
            crate::t("acc-err-email-taken"),
        )),
        Err(e) => Err(e.into()),
    }
}

/// The stored password hash and identity for a sign-in attempt.
pub struct Credentials {
    pub user_id: i64,
    pub password_hash: String,
}

pub async fn credentials(db: &Db, email: &Email) -> Result<Option<Credentials>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.login_key()))
        .one(db)
        .await?
        .map(|row| Credentials {
            user_id: row.id,
            password_hash: row.password_hash,
        }))
}

/// Which of these e-mail addresses (already in lower case) have an account.
pub async fn existing_emails(
    db: &impl ConnectionTrait,
    emails: &[String],
) -> Result<std::collections::HashSet<String>, AppError> {
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Email)
        .filter(user::Column::Email.is_in(emails.iter().cloned()))
        .into_tuple::<String>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

/// How many accounts belong to an organisation.
pub async fn count_accounts_of_organisation(
    db: &impl ConnectionTrait,
    organisation_id: i64,
) -> Result<u64, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::OrganisationId.eq(organisation_id))
        .count(db)
        .await?)
}

/// Removes the accounts of an SME's members (with their sessions and tokens),
/// in the caller's transaction; returns how many there were.
pub async fn delete_accounts_of_sme(
    db: &impl ConnectionTrait,
    sme_id: i64,
) -> Result<u64, AppError> {
    let result = user::Entity::delete_many()
        .filter(user::Column::SmeId.eq(sme_id))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

pub async fn list_accounts(
    db: &Db,
    search: &str,
    window: Window,
) -> Result<(Vec<Account>, u64), AppError> {
    let mut query = user::Entity::find();
    let search = search.trim().to_lowercase();
    if !search.is_empty() {
        let pattern = db::contains_pattern(&search);
        query = query.filter(
            Condition::any()
                .add(Func::lower(Expr::col(user::Column::Email)).like(pattern.clone()))
                .add(Func::lower(Expr::col(user::Column::DisplayName)).like(pattern)),
        );
    }
    let page = query
        .clone()
        .order_by_asc(user::Column::Email)
        .limit(window.limit)
        .offset(window.offset);
    let (total, rows) = tokio::try_join!(query.count(db), page.all(db))?;
    let accounts = rows
        .into_iter()
        .map(Account::try_from)
        .collect::<Result<_, _>>()?;
    Ok((accounts, total))
}

/// Every account with a role, by name (e.g. the evaluators a call can use).
pub async fn accounts_with_role(
    db: &impl ConnectionTrait,
    role: Role,
) -> Result<Vec<Account>, AppError> {
    user::Entity::find()
        .filter(user::Column::Role.eq(role.as_str()))
        .order_by_asc(user::Column::DisplayName)
        .all(db)
        .await?
        .into_iter()
        .map(Account::try_from)
        .collect()
}

/// The managers of some organisations and the members of some SMEs: the
/// people who act for them (and hear about what concerns them).
pub async fn accounts_acting_for(
    db: &impl ConnectionTrait,
    organisation_ids: &[i64],
    sme_ids: &[i64],
) -> Result<Vec<Account>, AppError> {
    let managers = sea_orm::Condition::all()
        .add(user::Column::Role.eq(Role::Manager.as_str()))
        .add(user::Column::OrganisationId.is_in(organisation_ids.iter().copied()));
    let members = sea_orm::Condition::all()
        .add(user::Column::Role.eq(Role::Sme.as_str()))
        .add(user::Column::SmeId.is_in(sme_ids.iter().copied()));
    user::Entity::find()
        .filter(sea_orm::Condition::any().add(managers).add(members))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(Account::try_from)
        .collect()
}

/// Accounts by id (those that exist).
pub async fn accounts_by_ids(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<Vec<Account>, AppError> {
    user::Entity::find()
        .filter(user::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(Account::try_from)
        .collect()
}

fn actor_from(row: user::Model, session: Option<SessionKeys>) -> Result<Actor, AppError> {
    Ok(Actor {
        role: stored_role(&row.role)?,
        user_id: row.id,
        email: row.email,
        display_name: row.display_name,
        organisation_id: row.organisation_id,
        sme_id: row.sme_id,
        session,
        locale: row.locale.as_deref().and_then(crate::i18n::Locale::parse),
    })
}

/// The languages the given accounts chose (those that chose none are left out).
pub async fn locales_of(
    db: &impl ConnectionTrait,
    user_ids: &[i64],
) -> Result<HashMap<i64, crate::i18n::Locale>, AppError> {
    let rows: Vec<(i64, Option<String>)> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .column(user::Column::Locale)
        .filter(user::Column::Id.is_in(user_ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, locale)| Some((id, crate::i18n::Locale::parse(locale.as_deref()?)?)))
        .collect())
}

/// Opens a web session; returns the cookie's secret (only its digest is stored).
pub async fn open_session(db: &Db, user_id: i64) -> Result<String, AppError> {
    let txn = db::write(db).await?;
    let secret = open_session_in(&txn, user_id).await?;
    txn.commit().await?;
    Ok(secret)
}

/// Opens a web session in the caller's transaction.
pub async fn open_session_in(txn: &impl ConnectionTrait, user_id: i64) -> Result<String, AppError> {
    let secret = model::new_secret();
    let now = Utc::now();
    // Expired sessions of this user are swept when they sign in again.
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::ExpiresAt.lt(now))
        .exec(txn)
        .await?;
    session::ActiveModel {
        id: Set(model::secret_digest(&secret)),
        user_id: Set(user_id),
        csrf_token: Set(model::new_secret()),
        created_at: Set(now),
        expires_at: Set(now + model::SESSION_IDLE),
        last_seen_at: Set(now),
    }
    .insert(txn)
    .await?;
    Ok(secret)
}

/// The actor behind a session cookie, if the session is live. Extends the
/// session when it has been used for a while.
pub async fn session_actor(db: &Db, secret: &str) -> Result<Option<Actor>, AppError> {
    let digest = model::secret_digest(secret);
    let now = Utc::now();
    let Some((session, Some(user))) = session::Entity::find_by_id(digest.clone())
        .find_also_related(user::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if session.expires_at <= now {
        return Ok(None);
    }
    let extended = model::session_expiry(session.created_at, now);
    if model::session_needs_refresh(session.expires_at, now) && extended > session.expires_at {
        session::Entity::update_many()
            .col_expr(session::Column::ExpiresAt, Expr::value(extended))
            .col_expr(session::Column::LastSeenAt, Expr::value(now))
            .filter(session::Column::Id.eq(digest.clone()))
            .exec(db)
            .await?;
    }
    let keys = SessionKeys {
        digest,
        csrf_token: session.csrf_token,
    };
    actor_from(user, Some(keys)).map(Some)
}

pub async fn close_session(db: &Db, digest: &str) -> Result<(), AppError> {
    session::Entity::delete_by_id(digest.to_string())
        .exec(db)
        .await?;
    Ok(())
}

/// Issues a bearer token for the API; returns the token (only its digest is stored).
pub async fn issue_api_token(db: &Db, user_id: i64) -> Result<(String, DateTime<Utc>), AppError> {
    let token = model::new_api_token();
    let now = Utc::now();
    let expires_at = now + model::API_TOKEN_LIFETIME;
    let txn = db::write(db).await?;
    api_token::Entity::delete_many()
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::ExpiresAt.lt(now))
        .exec(&txn)
        .await?;
    api_token::ActiveModel {
        id: Set(model::secret_digest(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(expires_at),
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok((token, expires_at))
}

pub async fn token_actor(db: &Db, token: &str) -> Result<Option<Actor>, AppError> {
    let Some((token, Some(user))) = api_token::Entity::find_by_id(model::secret_digest(token))
        .find_also_related(user::Entity)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if token.expires_at <= Utc::now() {
        return Ok(None);
    }
    actor_from(user, None).map(Some)
}

pub async fn revoke_api_token(db: &Db, token: &str) -> Result<bool, AppError> {
    let result = api_token::Entity::delete_by_id(model::secret_digest(token))
        .exec(db)
        .await?;
    Ok(result.rows_affected > 0)
}

/// Failed sign-ins within the throttling window: (for this account, from this address).
/// The failed attempts in the window for an account key and from an
/// address, leaving out the attempt `except` (the caller's own).
pub async fn recent_failures(
    db: &Db,
    login_key: &str,
    ip: &str,
    except: i64,
) -> Result<(u64, u64), AppError> {
    let since = Utc::now() - model::THROTTLE_WINDOW;
    let for_account = login_attempt::Entity::find()
        .filter(login_attempt::Column::Email.eq(login_key))
        .filter(login_attempt::Column::AttemptedAt.gt(since))
        .filter(login_attempt::Column::Id.ne(except))
        .count(db)
        .await?;
    let from_ip = login_attempt::Entity::find()
        .filter(login_attempt::Column::Ip.eq(ip))
        .filter(login_attempt::Column::AttemptedAt.gt(since))
        .filter(login_attempt::Column::Id.ne(except))
        .count(db)
        .await?;
    Ok((for_account, from_ip))
}

/// Records an attempt as failed (until a success clears it) and returns its
/// id. It is committed before the earlier attempts are counted: of requests
/// arriving together, each counts those committed before it, so no more of
/// them than the limit get past the count.
pub async fn record_failure(db: &Db, login_key: &str, ip: &str) -> Result<i64, AppError> {
    let now = Utc::now();
    let txn = db::write(db).await?;
    // Old attempts are no longer needed once they leave the window.
    login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::AttemptedAt.lt(now - model::THROTTLE_WINDOW))
        .exec(&txn)
        .await?;
    let attempt = login_attempt::ActiveModel {
        email: Set(login_key.to_string()),
        ip: Set(ip.to_string()),
        attempted_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    Ok(attempt.id)
}

/// A successful sign-in forgives the account's earlier failures.
pub async fn clear_failures(db: &impl ConnectionTrait, login_key: &str) -> Result<(), AppError> {
    login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::Email.eq(login_key))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes the failed sign-ins and password-reset requests recorded for an
/// address (with the network addresses they came from): an erased person's
/// attempts go with them.
pub async fn forget_attempts(txn: &impl ConnectionTrait, email: &str) -> Result<u64, AppError> {
    let login_key = email.trim().to_lowercase();
    let (for_reset, _) = model::reset_throttle_keys(&login_key, "");
    Ok(login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::Email.is_in([login_key, for_reset]))
        .exec(txn)
        .await?
        .rows_affected)
}

/// Changes an account's role and affiliation, and ends its sessions and
/// tokens: new rights start with a new sign-in.
pub async fn change_role(
    txn: &impl ConnectionTrait,
    user_id: i64,
    role: Role,
    organisation_id: Option<i64>,
    sme_id: Option<i64>,
) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(user::Column::Role, Expr::value(role.as_str()))
        .col_expr(user::Column::OrganisationId, Expr::value(organisation_id))
        .col_expr(user::Column::SmeId, Expr::value(sme_id))
        .filter(user::Column::Id.eq(user_id))
        .exec(txn)
        .await?;
    end_sessions(txn, user_id).await
}

/// Ends every session and API token of an account.
pub async fn end_sessions(txn: &impl ConnectionTrait, user_id: i64) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(txn)
        .await?;
    api_token::Entity::delete_many()
        .filter(api_token::Column::UserId.eq(user_id))
        .exec(txn)
        .await?;
    Ok(())
}

/// How many accounts have a role.
/// How many admins there are, with their rows locked for the rest of the
/// transaction (PostgreSQL; SQLite has one writer anyway): two admins
/// demoting or erasing each other at once cannot both see the other still
/// there, as the second waits and counts again.
pub async fn lock_admins(txn: &impl ConnectionTrait) -> Result<usize, AppError> {
    Ok(user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Role.eq(Role::Admin.as_str()))
        .lock_exclusive()
        .into_tuple::<i64>()
        .all(txn)
        .await?
        .len())
}

/// Deletes one account (its sessions, tokens, password links and
/// notifications go with it).
pub async fn delete_account(txn: &impl ConnectionTrait, user_id: i64) -> Result<(), AppError> {
    end_sessions(txn, user_id).await?;
    delete_password_links(txn, user_id).await?;
    let result = user::Entity::delete_by_id(user_id).exec(txn).await?;
    if result.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Saves the person's language for the UI (`None`: follow the browser).
pub async fn set_locale(
    db: &Db,
    user_id: i64,
    locale: Option<crate::i18n::Locale>,
) -> Result<(), AppError> {
    user::Entity::update_many()
        .col_expr(
            user::Column::Locale,
            Expr::value(locale.map(|l| l.code().to_string())),
        )
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The account behind an e-mail address, if there is one.
pub async fn account_by_email(
    db: &impl ConnectionTrait,
    email: &Email,
) -> Result<Option<Account>, AppError> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email.login_key()))
        .one(db)
        .await?
        .map(Account::try_from)
        .transpose()
}

/// Replaces an account's password hash.
pub async fn set_password_hash(
    txn: &impl ConnectionTrait,
    user_id: i64,
    password_hash: &str,
) -> Result<(), AppError> {
    let result = user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(password_hash))
        .filter(user::Column::Id.eq(user_id))
        .exec(txn)
        .await?;
    if result.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Ends every session of an account and every API token but the one whose
/// digest is `keep_token` (the token a password change was made with).
pub async fn end_sessions_except(
    txn: &impl ConnectionTrait,
    user_id: i64,
    keep_token: Option<&str>,
) -> Result<(), AppError> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(txn)
        .await?;
    let mut tokens = api_token::Entity::delete_many().filter(api_token::Column::UserId.eq(user_id));
    if let Some(keep) = keep_token {
        tokens = tokens.filter(api_token::Column::Id.ne(keep));
    }
    tokens.exec(txn).await?;
    Ok(())
}

/// A one-time password link as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasswordLink {
    pub user_id: i64,
    pub purpose: LinkPurpose,
    pub expires_at: DateTime<Utc>,
}

/// Stores a one-time password link (its digest) for an account, expiring
/// after its purpose's lifetime; expired links of every account are swept.
pub async fn insert_password_link(
    txn: &impl ConnectionTrait,
    user_id: i64,
    purpose: LinkPurpose,
    digest: &str,
) -> Result<DateTime<Utc>, AppError> {
    let now = Utc::now();
    password_token::Entity::delete_many()
        .filter(password_token::Column::ExpiresAt.lte(now))
        .exec(txn)
        .await?;
    let expires_at = now + purpose.lifetime();
    password_token::ActiveModel {
        token_digest: Set(digest.to_string()),
        user_id: Set(user_id),
        purpose: Set(purpose.as_str().to_string()),
        created_at: Set(now),
        expires_at: Set(expires_at),
    }
    .insert(txn)
    .await?;
    Ok(expires_at)
}

/// The password link with this digest, if it exists (expired or not).
pub async fn password_link(
    db: &impl ConnectionTrait,
    digest: &str,
) -> Result<Option<PasswordLink>, AppError> {
    password_token::Entity::find_by_id(digest.to_string())
        .one(db)
        .await?
        .map(|row| {
            Ok(PasswordLink {
                purpose: LinkPurpose::parse(&row.purpose).map_err(|e| {
                    AppError::Internal(anyhow::anyhow!("stored password link: {e}"))
                })?,
                user_id: row.user_id,
                expires_at: row.expires_at,
            })
        })
        .transpose()
}

/// Uses up a password link in the caller's transaction: it is deleted,
/// with every other link of its account. Returns the link, or `None` when
/// it is unknown, expired or was used a moment ago by someone else (the
/// delete decides: only one transaction can delete the row).
pub async fn consume_password_link(
    txn: &impl ConnectionTrait,
    digest: &str,
) -> Result<Option<PasswordLink>, AppError> {
    let now = Utc::now();
    let Some(link) = password_link(txn, digest).await? else {
        return Ok(None);
    };
    if !model::link_usable(link.expires_at, now) {
        return Ok(None);
    }
    let used = password_token::Entity::delete_many()
        .filter(password_token::Column::TokenDigest.eq(digest))
        .filter(password_token::Column::ExpiresAt.gt(now))
        .exec(txn)
        .await?;
    if used.rows_affected != 1 {
        return Ok(None);
    }
    delete_password_links(txn, link.user_id).await?;
    Ok(Some(link))
}

/// Deletes every outstanding password link of an account.
pub async fn delete_password_links(
    txn: &impl ConnectionTrait,
    user_id: i64,
) -> Result<u64, AppError> {
    Ok(password_token::Entity::delete_many()
        .filter(password_token::Column::UserId.eq(user_id))
        .exec(txn)
        .await?
        .rows_affected)
}
