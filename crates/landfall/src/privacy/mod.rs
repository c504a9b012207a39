//! Data protection: everyone downloads the data Landfall holds about them
//! (and an SME's member about their SME) as JSON; a person closes their own
//! account; and the network coordinator erases an SME's personal data on
//! request. Erasure keeps what the indicators count (the SME's country, home
//! organisation, sectors, size, its records' kinds, dates, countries and
//! values), so aggregate results stay correct while nothing names anyone.

pub mod api;
pub mod pages;
pub mod schema;

use std::collections::{BTreeMap, BTreeSet};

use chrono::Utc;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::audit::{self, Action};
use crate::auth::{Actor, Role};
use crate::db::{self, Db};
use crate::matchmaking::model::profiles::Party;
use crate::monitoring::store::outcomes::OutcomeFilter;
use crate::web::AppError;

/// Everything Landfall holds about the caller (and their SME), as JSON.
pub async fn export(db: &Db, actor: &Actor) -> Result<Value, AppError> {
    let account = crate::auth::store::accounts_by_ids(db, &[actor.user_id])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let notifications: Vec<Value> = crate::notify::store::of_user(db, actor.user_id, 100_000)
        .await?
        .into_iter()
        .map(|n| {
            json!({
                "kind": n.notice.kind, "subject": n.notice.subject, "body": n.notice.body,
                "link": n.notice.link, "created_at": n.created_at, "read_at": n.read_at,
                "email_status": n.email_status, "email_sent_at": n.email_sent_at,
            })
        })
        .collect();
    let preferences: Value = crate::notify::store::email_choices(db, &[actor.user_id])
        .await?
        .into_iter()
        .map(|((_, kind), email)| (kind.as_str().to_string(), Value::Bool(email)))
        .collect::<serde_json::Map<String, Value>>()
        .into();
    let mut data = json!({
        "exported_at": Utc::now(),
        "account": {
            "id": account.id, "email": account.email, "display_name": account.display_name,
            "role": account.role, "organisation_id": account.organisation_id,
            "sme_id": account.sme_id, "created_at": account.created_at, "language": actor.locale.map(|l| l.code()),
        },
        "notifications": notifications,
        "notification_email_choices": preferences,
    });
    data["records"] = linked_records(db, "users", actor.user_id, 1).await?;
    if let (Role::Sme, Some(sme_id)) = (actor.role, actor.sme_id) {
        data["sme"] = sme_data(db, actor, sme_id).await?;
        data["sme"]["records"] = linked_records(db, "smes", sme_id, 4).await?;
    }
    audit::record(
        db,
        Some(actor),
        Action::PersonalDataExport,
        &format!("user:{}", actor.user_id),
        "downloaded their own data",
    )
    .await?;
    Ok(data)
}

/// Tables never exported row by row: accounts, sessions and tokens (the
/// account is exported above, without its secrets), one-time password links
/// (nothing in them but a secret's digest and its expiry), the outbox (the
/// person's notifications are above), the audit log and the search index.
const NOT_EXPORTED: &[&str] = &[
    "users",
    "sessions",
    "api_tokens",
    "password_tokens",
    "login_attempts",
    "notifications",
    "notification_preferences",
    "audit_events",
    "survey_reminder_links",
    "profile_terms",
    "profile_term_stats",
    "profile_index_stats",
];

/// Tables shared by both sides of a meeting: their rows are exported, but
/// what hangs under them belongs to the other side too.
const SHARED: &[&str] = &["meetings", "meeting_requests"];

/// Columns that name an SME in another party's record (an SME that recorded
/// a contract names its customer): the record is not the named SME's data
/// and stays out of its export, as it stays out of its lists.
const MENTIONS: &[(&str, &str)] = &[("outcomes", "counterparty_sme_id")];

/// Columns that hold secrets (digests of links and tokens), left out.
fn secret(column: &str) -> bool {
    ["digest", "hash", "secret", "token"]
        .iter()
        .any(|word| column.contains(word))
}

/// Every row that points at one row (`table.id`), and the rows that point
/// at those, down to `depth` steps, by table: what the database holds about
/// a person or an SME, found through its foreign keys (and every column
/// named `sme_id` or `…_sme_id`, except [`MENTIONS`]), so a table added
/// later is included.
async fn linked_records(
    db: &impl ConnectionTrait,
    table: &str,
    id: i64,
    depth: usize,
) -> Result<Value, AppError> {
    let tables = schema::columns(db).await?;
    let mut keys = schema::foreign_keys(db).await?;
    for (name, columns) in &tables {
        for column in columns {
            if column == "sme_id" || column.ends_with("_sme_id") {
                keys.push(schema::ForeignKey {
                    table: name.clone(),
                    column: column.clone(),
                    parent: "smes".into(),
                });
            }
        }
    }
    keys.retain(|k| !MENTIONS.contains(&(k.table.as_str(), k.column.as_str())));
    keys.sort();
    keys.dedup();
    let mut found: BTreeMap<String, BTreeMap<(i64, String), Value>> = BTreeMap::new();
    let mut frontier: BTreeMap<String, BTreeSet<i64>> =
        BTreeMap::from([(table.to_string(), BTreeSet::from([id]))]);
    for _ in 0..depth {
        let mut next: BTreeMap<String, BTreeSet<i64>> = BTreeMap::new();
        for (parent, ids) in &frontier {
            if SHARED.contains(&parent.as_str()) {
                continue;
            }
            let ids: Vec<i64> = ids.iter().copied().collect();
            for key in keys
                .iter()
                .filter(|k| &k.parent == parent && !NOT_EXPORTED.contains(&k.table.as_str()))
            {
                for mut row in schema::rows_where(db, &key.table, &key.column, &ids).await? {
                    if let Some(fields) = row.as_object_mut() {
                        fields.retain(|column, _| !secret(column));
                    }
                    let row_id = row.get("id").and_then(Value::as_i64);
                    let sort = (row_id.unwrap_or(i64::MAX), row.to_string());
                    let rows = found.entry(key.table.clone()).or_default();
                    if rows.insert(sort, row).is_none()
                        && let Some(row_id) = row_id
                    {
                        next.entry(key.table.clone()).or_default().insert(row_id);
                    }
                }
            }
        }
        frontier = next;
    }
    Ok(found
        .into_iter()
        .map(|(table, rows)| (table, Value::Array(rows.into_values().collect())))
        .collect::<serde_json::Map<String, Value>>()
        .into())
}

async fn sme_data(db: &Db, actor: &Actor, sme_id: i64) -> Result<Value, AppError> {
    let sme = crate::registry::visible_sme(db, actor, sme_id).await?;
    let contacts: Vec<Value> = crate::registry::private_contacts(db, actor, &sme)
        .await?
        .unwrap_or_default()
        .into_iter()
        .map(|c| json!({"name": c.name, "role": c.role, "email": c.email, "phone": c.phone}))
        .collect();
    let filter = OutcomeFilter {
        sme_ids: Some(vec![sme_id]),
        include_retracted: true,
        ..Default::default()
    };
    let (outcomes, _) =
        crate::monitoring::operations::outcomes::visible_outcomes(db, actor, filter, None).await?;
    let outcomes: Vec<Value> = outcomes
        .into_iter()
        .map(|o| {
            json!({
                "id": o.id, "kind": o.kind.as_str(), "status": o.status.as_str(), "occurred_on": o.occurred_on,
                "country": o.country, "counterparty": o.counterparty_name, "value_cents": o.value_cents,
                "description": o.description, "evidence_text": o.evidence_text, "evidence_url": o.evidence_url,
                "evidence_file": o.evidence_file_name, "recorded_by": o.recorded_by_name, "recorded_at": o.recorded_at,
            })
        })
        .collect();
    let figures: Vec<Value> = crate::monitoring::operations::outcomes::figures(db, actor, sme_id)
        .await?
        .into_iter()
        .map(|f| {
            json!({"year": f.year, "turnover_cents": f.turnover_cents, "employees": f.employees,
                   "export_share_pct": f.export_share_pct})
        })
        .collect();
    let profiles: Vec<Value> = crate::matchmaking::operations::profiles::mine(db, actor)
        .await?
        .into_iter()
        .map(|p| {
            json!({"id": p.id, "type": p.kind, "title": p.title, "description": p.description,
                   "keywords": p.keywords, "status": p.status, "expires_on": p.expires_on,
                   "created_at": p.created_at})
        })
        .collect();
    let filter = crate::softlanding::store::programmes::ParticipantFilter {
        sme_id: Some(sme_id),
        ..Default::default()
    };
    let participations: Vec<Value> =
        crate::softlanding::operations::programmes::visible_participants(db, actor, filter)
            .await?
            .into_iter()
            .map(|p| {
                json!({"id": p.id, "programme_id": p.programme_id, "cohort_id": p.cohort_id,
                       "home": p.home.name, "host": p.host.name, "target_market": p.target_market.as_str(),
                       "joined_on": p.joined_on})
            })
            .collect();
    Ok(json!({
        "id": sme.id, "name": sme.name, "country": sme.country.as_str(), "city": sme.city,
        "home_organisation": sme.home.name,
        "sectors": sme.sectors.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "founded": sme.founded, "employees": sme.employees, "annual_turnover_cents": sme.annual_turnover_cents,
        "products": sme.products, "website": sme.website,
        "target_markets": sme.target_markets.iter().map(|c| c.as_str().to_string()).collect::<Vec<_>>(),
        "listed_in_directory": sme.directory_consent, "notes": sme.notes,
        "contacts": contacts,
        "outcome_records": outcomes,
        "yearly_figures": figures,
        "cooperation_profiles": profiles,
        "programme_participations": participations,
    }))
}

/// Closes an account for good: the person themselves, or an admin. Their
/// name leaves the audit log; the network keeps at least one admin.
pub async fn erase_account(db: &Db, actor: &Actor, user_id: i64) -> Result<(), AppError> {
    if !(actor.is_admin() || actor.user_id == user_id) {
        return Err(AppError::Forbidden);
    }
    let account = crate::auth::store::accounts_by_ids(db, &[user_id])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let txn = db::write(db).await?;
    if account.role == Role::Admin && crate::auth::store::lock_admins(&txn).await? <= 1 {
        return Err(AppError::conflict(crate::t("acc-err-last-admin")));
    }
    forget_person(&txn, user_id, &account.email, &account.display_name).await?;
    crate::auth::store::delete_account(&txn, user_id).await?;
    let by_self = actor.user_id == user_id;
    audit::record(
        &txn,
        (!by_self).then_some(actor),
        Action::AccountErased,
        &format!("user:{user_id}"),
        if by_self {
            "account closed at the person's own request"
        } else {
            "account closed by the network coordinator"
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Takes a person's name and e-mail address out of the audit log, their
/// name out of every "done by" column (by their account where the column
/// has one beside it, so that namesakes keep theirs) and out of others'
/// notifications that name them, and deletes what was
/// addressed to them or recorded under their address: their notifications
/// and their failed sign-ins (with the network addresses they came from).
async fn forget_person(
    txn: &impl ConnectionTrait,
    user_id: i64,
    email: &str,
    name: &str,
) -> Result<(), AppError> {
    audit::store::forget_actor(txn, user_id, email, name).await?;
    let anonymous = format!("Erased account #{user_id}");
    schema::replace_name(txn, name, Some(user_id), &anonymous).await?;
    crate::notify::store::erase_person(txn, user_id, name, &anonymous).await?;
    crate::notify::store::delete_addressed_to(txn, user_id, email).await?;
    crate::auth::store::forget_attempts(txn, email).await?;
    Ok(())
}

/// What an SME's erasure removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Erasure {
    pub sme_id: i64,
    pub accounts_closed: u64,
    pub records_cleaned: usize,
}

/// Erases an SME's personal data (the network coordinator, on request).
pub async fn erase_sme(db: &Db, actor: &Actor, sme_id: i64) -> Result<Erasure, AppError> {
    if !actor.is_admin() {
        return Err(AppError::Forbidden);
    }
    let sme = crate::registry::visible_sme(db, actor, sme_id).await?;
    let members = crate::auth::store::accounts_acting_for(db, &[], &[sme_id]).await?;
    let txn = db::write(db).await?;
    for member in &members {
        forget_person(&txn, member.id, &member.email, &member.display_name).await?;
    }
    let anonymous = format!("Erased SME #{sme_id}");
    schema::replace_name(&txn, &sme.name, None, &anonymous).await?;
    audit::store::forget_sme(&txn, sme_id, &sme.name, &anonymous).await?;
    crate::monitoring::store::outcomes::rename_counterparty(&txn, sme_id, &anonymous).await?;
    let accounts_closed = crate::auth::store::delete_accounts_of_sme(&txn, sme_id).await?;
    crate::registry::store::erase_sme_identity(&txn, sme_id).await?;
    // Others heard of the SME's profiles (reviewers, those it answered) and
    // of its requests for introductions and meetings by notifications that
    // quote its name, its profiles' titles (as they were then) and its
    // messages.
    let profiles = crate::matchmaking::store::profiles::quoted_of_sme(&txn, sme_id).await?;
    crate::matchmaking::store::profiles::delete_owned_by(&txn, Party::Sme(sme_id)).await?;
    let profile_pages: Vec<String> = profiles
        .profile_ids
        .iter()
        .map(|&id| crate::matchmaking::operations::profiles::profile_page(id))
        .collect();
    crate::notify::store::erase_party_and_quotes(&txn, &profile_pages, &sme.name, &anonymous)
        .await?;
    let sent = crate::matchmaking::store::events::erase_texts_of_sme(&txn, sme_id).await?;
    // Notices of meetings moved or cancelled name it on the agenda pages of
    // events it may have left since: every event's page is searched.
    let events = crate::matchmaking::store::events::events(&txn).await?;
    let pages: Vec<String> = sent
        .event_ids
        .iter()
        .map(|&id| crate::matchmaking::operations::events::requests_page(id))
        .chain(
            events
                .iter()
                .map(|e| crate::matchmaking::operations::agendas::agenda_page(e.id)),
        )
        .chain(
            profiles
                .introduction_ids
                .iter()
                .map(|&id| crate::matchmaking::operations::profiles::introduction_page(id)),
        )
        .collect();
    let quoted: Vec<String> = sent.messages.into_iter().chain(profiles.messages).collect();
    crate::notify::store::erase_party(&txn, &pages, &sme.name, &anonymous, &quoted).await?;
    crate::matchmaking::store::profiles::erase_introduction_texts_of_sme(&txn, sme_id).await?;
    crate::softlanding::store::desks::erase_notes_of_sme(&txn, sme_id).await?;
    let records_cleaned =
        crate::monitoring::store::outcomes::erase_texts_of_sme(&txn, sme_id).await?;
    crate::softlanding::store::assignments::erase_texts_of_sme(&txn, sme_id).await?;
    crate::surveys::store::erase_sme(&txn, sme_id).await?;
    audit::record(
        &txn,
        Some(actor),
        Action::SmeErased,
        &format!("sme:{sme_id}"),
        &format!(
            "personal data erased: {accounts_closed} member accounts closed, texts of {records_cleaned} outcome records cleared"
        ),
    )
    .await?;
    txn.commit().await?;
    Ok(Erasure {
        sme_id,
        accounts_closed,
        records_cleaned,
    })
}
