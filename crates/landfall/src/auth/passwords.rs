//! Passwords after the account exists: a signed-in person changes theirs;
//! an admin invites someone, who chooses the first one with a one-time link;
//! and a person who forgot theirs asks for such a link by e-mail.
//!
//! One-time links are random secrets of which only the SHA-256 is stored
//! (as for sessions and tokens); a link is deleted when it is used, together
//! with every other link of its account, so none works twice.

use sea_orm::ConnectionTrait;

use super::model::{self, Email, LinkPurpose, Role};
use super::{Actor, store};
use crate::audit::{self, Action};
use crate::db::{self, Db};
use crate::i18n::{Locale, Text};
use crate::notify::{Kind, Notice};
use crate::validation::FieldErrors;
use crate::web::AppError;

/// Where a notification about a used-up or replaced link leads instead.
const AFTER_LINK: &str = "/login";

async fn hash(password: &str) -> Result<String, AppError> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || model::hash_password(&password))
        .await
        .map_err(|e| AppError::Internal(e.into()))
}

/// A password change as typed: the current password, and the new one (twice
/// in a form; `repeat` is `None` for the API).
pub struct PasswordChange<'a> {
    pub current: &'a str,
    pub new: &'a str,
    pub repeat: Option<&'a str>,
}

/// Changes the caller's own password. A wrong current password counts as a
/// failed sign-in (and is throttled like one). On success every other
/// session and API token of the account ends (but the bearer token whose
/// digest is `keep_token`, when the change is made with one), outstanding
/// one-time links die, and — for a browser — the current session is replaced
/// by a new one, whose cookie secret is returned.
pub async fn change_password(
    db: &Db,
    actor: &Actor,
    change: PasswordChange<'_>,
    ip: &str,
    keep_token: Option<&str>,
) -> Result<Option<String>, AppError> {
    let mut errors = model::check_password_pair(change.new, change.repeat, &actor.email);
    if change.current.is_empty() {
        errors.add("current_password", crate::t("val-required"));
    } else {
        match super::authenticate(db, &actor.email, change.current, ip).await {
            Ok(user_id) if user_id == actor.user_id => {
                if errors.is_empty() && model::secrets_match(change.current, change.new) {
                    errors.add("new_password", crate::t("acc-err-password-same"));
                }
            }
            Ok(_) | Err(AppError::BadCredentials) => {
                errors.add("current_password", crate::t("acc-err-current-password"));
            }
            Err(other) => return Err(other),
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let password_hash = hash(change.new).await?;
    let txn = db::write(db).await?;
    store::set_password_hash(&txn, actor.user_id, &password_hash).await?;
    store::end_sessions_except(&txn, actor.user_id, keep_token).await?;
    store::delete_password_links(&txn, actor.user_id).await?;
    crate::notify::retire_links(&txn, actor.user_id, Kind::Account, AFTER_LINK).await?;
    let session = match actor.session {
        Some(_) => Some(store::open_session_in(&txn, actor.user_id).await?),
        None => None,
    };
    audit::record(
        &txn,
        Some(actor),
        Action::PasswordChanged,
        &format!("user:{}", actor.user_id),
        "changed their own password; their other sessions and tokens ended",
    )
    .await?;
    txn.commit().await?;
    Ok(session)
}

/// A person an admin invites, as the form or the API describes them (the
/// same as `landfall user add` asks for, without the password).
#[derive(Clone, Debug, Default)]
pub struct Invitation {
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub organisation_id: Option<i64>,
    pub sme_id: Option<i64>,
}

/// Creates an account without a password (admins only) and sends its owner
/// a link to choose one, valid for a week. A taken address is refused on
/// `email`.
pub async fn invite(
    db: &Db,
    actor: &Actor,
    invitation: Invitation,
    public_url: &str,
) -> Result<store::Account, AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&invitation.email));
    let display_name = errors.check(
        "display_name",
        crate::validation::text(&invitation.display_name, true, 120),
    );
    let role = errors.check(
        "role",
        if invitation.role.trim().is_empty() {
            Err(crate::t("val-required"))
        } else {
            Role::parse(&invitation.role)
        },
    );
    if let Some(role) = role {
        errors.check(
            "organisation_id",
            model::check_affiliation(role, invitation.organisation_id, invitation.sme_id),
        );
    }
    if let Some(id) = invitation.organisation_id
        && crate::registry::store::organisation_refs(db, &[id])
            .await?
            .is_empty()
    {
        errors.add("organisation_id", crate::t("acc-err-no-organisation"));
    }
    if let Some(id) = invitation.sme_id
        && crate::registry::store::sme_refs(db, &[id])
            .await?
            .is_empty()
    {
        errors.add("sme_id", crate::t("acc-err-no-sme"));
    }
    if let Some(email) = &email
        && !store::existing_emails(db, &[email.login_key()])
            .await?
            .is_empty()
    {
        errors.add("email", crate::t("acc-err-email-taken"));
    }
    let (Some(email), Some(display_name), Some(role)) = (email, display_name, role) else {
        return Err(AppError::Validation(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = db::write(db).await?;
    let created = store::create_account(
        &txn,
        store::NewAccount {
            email: email.clone(),
            display_name: display_name.clone(),
            password_hash: model::NO_PASSWORD.to_string(),
            role,
            organisation_id: invitation.organisation_id,
            sme_id: invitation.sme_id,
        },
    )
    .await;
    // Two admins inviting the same address at once: the unique index decides,
    // and the loser hears it on the field like any taken address.
    let user_id = match created {
        Ok(id) => id,
        Err(AppError::Conflict { fields, .. }) if !fields.is_empty() => {
            return Err(AppError::Validation(fields));
        }
        Err(other) => return Err(other),
    };
    let link = issue_link(&txn, user_id, LinkPurpose::Invitation, public_url).await?;
    let notice = Notice::new(
        Kind::Account,
        Text::new("ntf-account-invitation-subject"),
        Text::new("ntf-account-invitation-body")
            .arg("name", &display_name)
            .arg("inviter", &actor.display_name)
            .arg("email", email.as_str()),
        link,
    )
    .naming(actor.user_id);
    crate::notify::to_account_by_email(&txn, user_id, &notice, crate::i18n::current()).await?;
    audit::record(
        &txn,
        Some(actor),
        Action::AccountCreated,
        &format!("user:{user_id}"),
        &format!(
            "{} invited as {}; a link to choose a password was sent",
            email.as_str(),
            role.label()
        ),
    )
    .await?;
    txn.commit().await?;
    store::accounts_by_ids(db, &[user_id])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// Stores a new one-time link for an account; returns its whole address.
async fn issue_link(
    txn: &impl ConnectionTrait,
    user_id: i64,
    purpose: LinkPurpose,
    public_url: &str,
) -> Result<String, AppError> {
    let secret = model::new_secret();
    store::insert_password_link(txn, user_id, purpose, &model::secret_digest(&secret)).await?;
    Ok(format!(
        "{}/password/{secret}",
        public_url.trim_end_matches('/')
    ))
}

/// Someone asks for a link to choose a new password. The answer is the same
/// whether or not the address has an account, and as quick: the link is made
/// and sent after answering. Requests are throttled per address and per
/// client like sign-ins (whether or not the address has an account).
pub async fn request_reset(
    db: &Db,
    email: &str,
    ip: &str,
    public_url: &str,
) -> Result<(), AppError> {
    let email =
        Email::parse(email).map_err(|m| AppError::Validation(FieldErrors::single("email", m)))?;
    let (for_address, from_ip) = model::reset_throttle_keys(&email.login_key(), ip);
    // Recorded before the earlier requests are counted, as sign-ins are.
    let request = store::record_failure(db, &for_address, &from_ip).await?;
    let (by_address, by_ip) = store::recent_failures(db, &for_address, &from_ip, request).await?;
    if model::reset_throttled(by_address, by_ip) {
        return Err(AppError::TooManyRequests {
            retry_after_secs: model::THROTTLE_WINDOW.num_seconds().unsigned_abs(),
        });
    }
    let db = db.clone();
    let public_url = public_url.to_string();
    let locale = crate::i18n::current();
    tokio::spawn(async move {
        if let Err(error) = send_reset_link(&db, &email, &public_url, locale).await {
            tracing::error!(error = %error, "could not send a password reset link");
        }
    });
    Ok(())
}

/// Makes a reset link for the account behind `email` (if there is one) and
/// puts it in the outbox.
async fn send_reset_link(
    db: &Db,
    email: &Email,
    public_url: &str,
    locale: Locale,
) -> Result<(), AppError> {
    let Some(account) = store::account_by_email(db, email).await? else {
        return Ok(());
    };
    let txn = db::write(db).await?;
    let link = issue_link(&txn, account.id, LinkPurpose::Reset, public_url).await?;
    let notice = Notice::new(
        Kind::Account,
        Text::new("ntf-account-reset-subject"),
        Text::new("ntf-account-reset-body")
            .arg("name", &account.display_name)
            .arg("minutes", model::RESET_LIFETIME.num_minutes()),
        link,
    );
    crate::notify::to_account_by_email(&txn, account.id, &notice, locale).await?;
    txn.commit().await?;
    Ok(())
}

/// Whose a working one-time link is, and what it is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkHolder {
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    pub purpose: LinkPurpose,
}

/// The holder of a one-time link, or `None` when the link is unknown,
/// expired or used.
pub async fn link_holder(db: &Db, secret: &str) -> Result<Option<LinkHolder>, AppError> {
    let Some(link) = store::password_link(db, &model::secret_digest(secret.trim())).await? else {
        return Ok(None);
    };
    if !model::link_usable(link.expires_at, chrono::Utc::now()) {
        return Ok(None);
    }
    Ok(store::accounts_by_ids(db, &[link.user_id])
        .await?
        .pop()
        .map(|account| LinkHolder {
            user_id: account.id,
            email: account.email,
            display_name: account.display_name,
            purpose: link.purpose,
        }))
}

/// Sets a password with a one-time link: the link and every other one of
/// the account are used up, every session and API token of the account
/// ends, and its failed sign-ins are forgiven. An unknown, expired or used
/// link is not found.
pub async fn set_with_link(
    db: &Db,
    secret: &str,
    new: &str,
    repeat: Option<&str>,
) -> Result<LinkHolder, AppError> {
    let holder = link_holder(db, secret).await?.ok_or(AppError::NotFound)?;
    let errors = model::check_password_pair(new, repeat, &holder.email);
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let password_hash = hash(new).await?;
    let txn = db::write(db).await?;
    // The link may have been used or replaced while the password was hashed:
    // the delete in `consume_password_link` decides.
    let Some(link) =
        store::consume_password_link(&txn, &model::secret_digest(secret.trim())).await?
    else {
        return Err(AppError::NotFound);
    };
    store::set_password_hash(&txn, link.user_id, &password_hash).await?;
    store::end_sessions_except(&txn, link.user_id, None).await?;
    store::clear_failures(&txn, &holder.email.to_lowercase()).await?;
    crate::notify::retire_links(&txn, link.user_id, Kind::Account, AFTER_LINK).await?;
    audit::record(
        &txn,
        None,
        Action::PasswordSet,
        &format!("user:{}", link.user_id),
        match link.purpose {
            LinkPurpose::Invitation => "first password chosen with the invitation's link",
            LinkPurpose::Reset => {
                "password reset with a link sent by e-mail; every session and token ended"
            }
        },
    )
    .await?;
    txn.commit().await?;
    Ok(holder)
}
