//! Outcome records and yearly figures. A record is never overwritten
//! silently: each change writes a revision with the full new state, who made it
//! and why, in the same transaction as the change.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::db;
use crate::files;
use crate::monitoring::entities::{outcome, outcome_revision, sme_figure, sme_figure_revision};
use crate::monitoring::model::outcomes::{
    Figures, OutcomeDraft, OutcomeKind, OutcomeStatus, PresenceForm,
};
use crate::registry;
use crate::web::AppError;

/// A record as stored, and as the API shows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[schema(as = OutcomeRecord)]
pub struct Outcome {
    pub id: i64,
    pub sme_id: i64,
    pub sme_name: String,
    pub kind: OutcomeKind,
    pub status: OutcomeStatus,
    pub occurred_on: NaiveDate,
    pub country: Option<String>,
    pub counterparty_name: String,
    pub counterparty_organisation_id: Option<i64>,
    pub counterparty_sme_id: Option<i64>,
    /// Euro cents: a contract's value or an export start's first order.
    pub value_cents: Option<i64>,
    pub presence_form: Option<PresenceForm>,
    pub description: String,
    pub evidence_text: String,
    pub evidence_url: String,
    pub evidence_file_id: Option<i64>,
    pub evidence_file_name: Option<String>,
    pub programme_id: Option<i64>,
    pub session_id: Option<i64>,
    pub meeting_id: Option<i64>,
    pub instrument: String,
    /// 1 when recorded, one more with each correction.
    pub version: i32,
    pub recorded_by_user_id: Option<i64>,
    pub recorded_by_name: String,
    pub recorded_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One version of a record.
#[derive(Clone, Debug, PartialEq, serde::Serialize, utoipa::ToSchema)]
pub struct Revision {
    pub version: i32,
    /// recorded, corrected or retracted.
    pub action: String,
    /// The record's fields in this version.
    #[schema(value_type = Object)]
    pub snapshot: serde_json::Value,
    pub reason: String,
    pub actor_name: String,
    pub at: DateTime<Utc>,
}

/// Which records to list; all given conditions hold.
#[derive(Clone, Debug, Default)]
pub struct OutcomeFilter {
    /// Only these SMEs' records (`None`: every SME's).
    pub sme_ids: Option<Vec<i64>>,
    /// Only records of SMEs this organisation looks after (its own and
    /// those it was granted).
    pub looked_after_by: Option<i64>,
    pub kind: Option<OutcomeKind>,
    pub programme_id: Option<i64>,
    pub ids: Option<Vec<i64>>,
    pub include_retracted: bool,
}

fn stored<T>(what: &str, result: Result<T, String>) -> Result<T, AppError> {
    result.map_err(|e| AppError::Internal(anyhow::anyhow!("stored {what}: {e}")))
}

async fn outcomes_from(
    db: &impl ConnectionTrait,
    rows: Vec<outcome::Model>,
) -> Result<Vec<Outcome>, AppError> {
    let mut sme_ids: Vec<i64> = rows.iter().map(|r| r.sme_id).collect();
    sme_ids.sort_unstable();
    sme_ids.dedup();
    let names = registry::store::sme_refs(db, &sme_ids).await?;
    let file_ids: Vec<i64> = rows.iter().filter_map(|r| r.evidence_file_id).collect();
    let files = if file_ids.is_empty() {
        HashMap::new()
    } else {
        files::store::describe(db, &file_ids).await?
    };
    rows.into_iter()
        .map(|row| {
            Ok(Outcome {
                kind: stored("outcome kind", OutcomeKind::parse(&row.kind))?,
                status: stored("outcome status", OutcomeStatus::parse(&row.status))?,
                presence_form: row
                    .presence_form
                    .as_deref()
                    .map(|p| stored("presence form", PresenceForm::parse(p)))
                    .transpose()?,
                sme_name: names
                    .get(&row.sme_id)
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                evidence_file_name: row
                    .evidence_file_id
                    .and_then(|id| files.get(&id))
                    .map(|f| f.name.clone()),
                id: row.id,
                sme_id: row.sme_id,
                occurred_on: row.occurred_on,
                country: row.country,
                counterparty_name: row.counterparty_name,
                counterparty_organisation_id: row.counterparty_organisation_id,
                counterparty_sme_id: row.counterparty_sme_id,
                value_cents: row.value_cents,
                description: row.description,
                evidence_text: row.evidence_text,
                evidence_url: row.evidence_url,
                evidence_file_id: row.evidence_file_id,
                programme_id: row.programme_id,
                session_id: row.session_id,
                meeting_id: row.meeting_id,
                instrument: row.instrument,
                version: row.version,
                recorded_by_user_id: row.recorded_by_user_id,
                recorded_by_name: row.recorded_by_name,
                recorded_at: row.recorded_at,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

pub async fn outcome(db: &impl ConnectionTrait, id: i64) -> Result<Option<Outcome>, AppError> {
    let Some(row) = outcome::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(outcomes_from(db, vec![row]).await?.pop())
}

fn condition(filter: &OutcomeFilter) -> Condition {
    let mut condition = Condition::all();
    if let Some(ids) = &filter.sme_ids {
        condition = condition.add(outcome::Column::SmeId.is_in(ids.iter().copied()));
    }
    if let Some(organisation_id) = filter.looked_after_by {
        condition = condition.add(registry::store::looked_after_by(
            organisation_id,
            (outcome::Entity, outcome::Column::SmeId),
        ));
    }
    if let Some(ids) = &filter.ids {
        condition = condition.add(outcome::Column::Id.is_in(ids.iter().copied()));
    }
    if let Some(kind) = filter.kind {
        condition = condition.add(outcome::Column::Kind.eq(kind.as_str()));
    }
    if let Some(id) = filter.programme_id {
        condition = condition.add(outcome::Column::ProgrammeId.eq(id));
    }
    if !filter.include_retracted {
        condition = condition.add(outcome::Column::Status.eq(OutcomeStatus::Active.as_str()));
    }
    condition
}

/// Records newest first, a page at a time, with the number of all that match.
pub async fn outcomes(
    db: &impl ConnectionTrait,
    filter: &OutcomeFilter,
    window: Option<(u64, u64)>,
) -> Result<(Vec<Outcome>, u64), AppError> {
    let query = outcome::Entity::find().filter(condition(filter));
    let total = query.clone().count(db).await?;
    let mut query = query
        .order_by_desc(outcome::Column::OccurredOn)
        .order_by_desc(outcome::Column::Id);
    if let Some((limit, offset)) = window {
        query = query.limit(limit).offset(offset);
    }
    let rows = query.all(db).await?;
    Ok((outcomes_from(db, rows).await?, total))
}

fn fact_query() -> sea_orm::Select<outcome::Entity> {
    outcome::Entity::find()
        .select_only()
        .columns([
            outcome::Column::Id,
            outcome::Column::SmeId,
            outcome::Column::Kind,
            outcome::Column::OccurredOn,
            outcome::Column::Country,
            outcome::Column::ValueCents,
        ])
        .filter(outcome::Column::Status.eq(OutcomeStatus::Active.as_str()))
}

/// The few fields indicators read, for every active record of some SMEs
/// (of all SMEs when `None`).
pub async fn facts(
    db: &impl ConnectionTrait,
    sme_ids: Option<&[i64]>,
) -> Result<Vec<FactRow>, AppError> {
    let Some(ids) = sme_ids else {
        return Ok(fact_query().into_tuple().all(db).await?);
    };
    let mut rows = Vec::new();
    for chunk in ids.chunks(500) {
        let part: Vec<FactRow> = fact_query()
            .filter(outcome::Column::SmeId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(db)
            .await?;
        rows.extend(part);
    }
    Ok(rows)
}

/// id, SME, kind, date, country, value.
pub type FactRow = (i64, i64, String, NaiveDate, Option<String>, Option<i64>);

/// SMEs that have at least one active record.
pub async fn smes_with_records(db: &impl ConnectionTrait) -> Result<Vec<i64>, AppError> {
    Ok(outcome::Entity::find()
        .select_only()
        .column(outcome::Column::SmeId)
        .filter(outcome::Column::Status.eq(OutcomeStatus::Active.as_str()))
        .distinct()
        .into_tuple()
        .all(db)
        .await?)
}

/// Who makes a change, for the record's history.
#[derive(Clone, Debug)]
pub struct Author {
    pub user_id: Option<i64>,
    pub name: String,
}

fn values(draft: &OutcomeDraft) -> outcome::ActiveModel {
    outcome::ActiveModel {
        sme_id: Set(draft.sme_id),
        kind: Set(draft.kind.as_str().to_string()),
        occurred_on: Set(draft.occurred_on),
        country: Set(draft.country.clone()),
        counterparty_name: Set(draft.counterparty_name.clone()),
        counterparty_organisation_id: Set(draft.counterparty_organisation_id),
        counterparty_sme_id: Set(draft.counterparty_sme_id),
        value_cents: Set(draft.value_cents),
        presence_form: Set(draft.presence_form.map(|p| p.as_str().to_string())),
        description: Set(draft.description.clone()),
        evidence_text: Set(draft.evidence_text.clone()),
        evidence_url: Set(draft.evidence_url.clone()),
        programme_id: Set(draft.programme_id),
        session_id: Set(draft.session_id),
        meeting_id: Set(draft.meeting_id),
        instrument: Set(draft.instrument.clone()),
        ..Default::default()
    }
}

async fn add_revision(
    txn: &impl ConnectionTrait,
    outcome_id: i64,
    version: i32,
    action: &str,
    snapshot: &OutcomeDraft,
    reason: &str,
    author: &Author,
) -> Result<(), AppError> {
    let row = outcome_revision::ActiveModel {
        outcome_id: Set(outcome_id),
        version: Set(version),
        action: Set(action.to_string()),
        snapshot: Set(serde_json::to_string(snapshot).map_err(|e| AppError::Internal(e.into()))?),
        reason: Set(reason.to_string()),
        actor_user_id: Set(author.user_id),
        actor_name: Set(author.name.clone()),
        at: Set(Utc::now()),
        ..Default::default()
    };
    match row.insert(txn).await {
        Ok(_) => Ok(()),
        Err(e) if db::is_unique_violation(&e) => Err(AppError::conflict_on(
            "version",
            crate::t("mon-err-changed-meanwhile"),
        )),
        Err(e) => Err(e.into()),
    }
}

pub async fn insert_outcome(
    txn: &impl ConnectionTrait,
    draft: &OutcomeDraft,
    evidence_file_id: Option<i64>,
    author: &Author,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = outcome::ActiveModel {
        status: Set(OutcomeStatus::Active.as_str().to_string()),
        evidence_file_id: Set(evidence_file_id),
        version: Set(1),
        recorded_by_user_id: Set(author.user_id),
        recorded_by_name: Set(author.name.clone()),
        recorded_at: Set(now),
        updated_at: Set(now),
        ..values(draft)
    }
    .insert(txn)
    .await?;
    add_revision(txn, row.id, 1, "recorded", draft, "", author).await?;
    Ok(row.id)
}

/// Replaces a record's fields with a corrected version (`expected_version`
/// guards against a concurrent correction).
pub async fn correct_outcome(
    txn: &impl ConnectionTrait,
    id: i64,
    expected_version: i32,
    draft: &OutcomeDraft,
    evidence_file_id: Option<Option<i64>>,
    reason: &str,
    author: &Author,
) -> Result<(), AppError> {
    let version = expected_version + 1;
    let mut row = values(draft);
    row.id = sea_orm::ActiveValue::Unchanged(id);
    row.version = Set(version);
    row.updated_at = Set(Utc::now());
    if let Some(file) = evidence_file_id {
        row.evidence_file_id = Set(file);
    }
    let updated = outcome::Entity::update_many()
        .set(row)
        .filter(outcome::Column::Id.eq(id))
        .filter(outcome::Column::Version.eq(expected_version))
        .exec(txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(AppError::conflict_on(
            "version",
            crate::t("mon-err-changed-meanwhile"),
        ));
    }
    add_revision(txn, id, version, "corrected", draft, reason, author).await
}

/// Takes a record out of every count, keeping it and its history.
pub async fn retract_outcome(
    txn: &impl ConnectionTrait,
    current: &Outcome,
    draft: &OutcomeDraft,
    reason: &str,
    author: &Author,
) -> Result<(), AppError> {
    let version = current.version + 1;
    let updated = outcome::Entity::update_many()
        .col_expr(
            outcome::Column::Status,
            sea_orm::sea_query::Expr::value(OutcomeStatus::Retracted.as_str()),
        )
        .col_expr(
            outcome::Column::Version,
            sea_orm::sea_query::Expr::value(version),
        )
        .col_expr(
            outcome::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(outcome::Column::Id.eq(current.id))
        .filter(outcome::Column::Version.eq(current.version))
        .exec(txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(AppError::conflict_on(
            "version",
            crate::t("mon-err-changed-meanwhile"),
        ));
    }
    add_revision(txn, current.id, version, "retracted", draft, reason, author).await
}

pub async fn revisions(
    db: &impl ConnectionTrait,
    outcome_id: i64,
) -> Result<Vec<Revision>, AppError> {
    let rows = outcome_revision::Entity::find()
        .filter(outcome_revision::Column::OutcomeId.eq(outcome_id))
        .order_by_asc(outcome_revision::Column::Version)
        .all(db)
        .await?;
    rows.into_iter()
        .map(|row| {
            Ok(Revision {
                snapshot: serde_json::from_str(&row.snapshot)
                    .map_err(|e| AppError::Internal(anyhow::anyhow!("stored revision: {e}")))?,
                version: row.version,
                action: row.action,
                reason: row.reason,
                actor_name: row.actor_name,
                at: row.at,
            })
        })
        .collect()
}

/// Yearly figures of some SMEs, by SME and year.
pub async fn figures(
    db: &impl ConnectionTrait,
    sme_ids: &[i64],
) -> Result<HashMap<i64, Vec<Figures>>, AppError> {
    let mut map: HashMap<i64, Vec<Figures>> = HashMap::new();
    for chunk in sme_ids.chunks(500) {
        let rows = sme_figure::Entity::find()
            .filter(sme_figure::Column::SmeId.is_in(chunk.iter().copied()))
            .order_by_asc(sme_figure::Column::SmeId)
            .order_by_asc(sme_figure::Column::Year)
            .all(db)
            .await?;
        for row in rows {
            map.entry(row.sme_id).or_default().push(Figures {
                year: row.year,
                turnover_cents: row.turnover_cents,
                employees: row.employees,
                export_share_pct: row.export_share_pct,
            });
        }
    }
    Ok(map)
}

/// Sets one year's figures (a correction when the year was there already),
/// keeping the change in the figures' history.
pub async fn put_figures(
    txn: &impl ConnectionTrait,
    sme_id: i64,
    figures: &Figures,
    reason: &str,
    author: &Author,
) -> Result<bool, AppError> {
    let existing = sme_figure::Entity::find_by_id((sme_id, figures.year))
        .one(txn)
        .await?;
    let row = sme_figure::ActiveModel {
        sme_id: Set(sme_id),
        year: Set(figures.year),
        turnover_cents: Set(figures.turnover_cents),
        employees: Set(figures.employees),
        export_share_pct: Set(figures.export_share_pct),
        recorded_by_name: Set(author.name.clone()),
        updated_at: Set(Utc::now()),
    };
    let created = existing.is_none();
    if created {
        row.insert(txn).await?;
    } else {
        row.update(txn).await?;
    }
    sme_figure_revision::ActiveModel {
        sme_id: Set(sme_id),
        year: Set(figures.year),
        snapshot: Set(serde_json::to_string(figures).map_err(|e| AppError::Internal(e.into()))?),
        reason: Set(reason.to_string()),
        actor_name: Set(author.name.clone()),
        at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(created)
}

/// One version of a year's figures: what was set, who set it, when and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureVersion {
    pub figures: Figures,
    /// Why the year was corrected (empty when it was first set).
    pub reason: String,
    pub actor_name: String,
    pub at: DateTime<Utc>,
}

/// Every version of an SME's yearly figures, by year and oldest first.
pub async fn figure_versions(
    db: &impl ConnectionTrait,
    sme_id: i64,
) -> Result<Vec<FigureVersion>, AppError> {
    let rows = sme_figure_revision::Entity::find()
        .filter(sme_figure_revision::Column::SmeId.eq(sme_id))
        .order_by_asc(sme_figure_revision::Column::Year)
        .order_by_asc(sme_figure_revision::Column::Id)
        .all(db)
        .await?;
    rows.into_iter()
        .map(|row| {
            Ok(FigureVersion {
                figures: serde_json::from_str(&row.snapshot).map_err(|e| {
                    AppError::Internal(anyhow::anyhow!("stored figures revision: {e}"))
                })?,
                reason: row.reason,
                actor_name: row.actor_name,
                at: row.at,
            })
        })
        .collect()
}

/// Renames an SME wherever another SME's records name it as counterparty, in
/// every version (the erased SME's name gives way to its anonymous one).
pub async fn rename_counterparty(
    txn: &impl ConnectionTrait,
    sme_id: i64,
    name: &str,
) -> Result<(), AppError> {
    let ids: Vec<i64> = outcome::Entity::find()
        .select_only()
        .column(outcome::Column::Id)
        .filter(outcome::Column::CounterpartySmeId.eq(sme_id))
        .into_tuple()
        .all(txn)
        .await?;
    if ids.is_empty() {
        return Ok(());
    }
    outcome::Entity::update_many()
        .col_expr(outcome::Column::CounterpartyName, Expr::value(name))
        .filter(outcome::Column::Id.is_in(ids.clone()))
        .exec(txn)
        .await?;
    rewrite_snapshots(txn, ids, |fields| {
        if fields
            .get("counterparty_sme_id")
            .and_then(serde_json::Value::as_i64)
            == Some(sme_id)
        {
            fields.insert("counterparty_name".into(), name.into());
        }
    })
    .await
}

/// Rewrites every stored version of some records: `edit` changes the fields
/// of each version's snapshot.
async fn rewrite_snapshots(
    txn: &impl ConnectionTrait,
    outcome_ids: Vec<i64>,
    edit: impl Fn(&mut serde_json::Map<String, serde_json::Value>),
) -> Result<(), AppError> {
    for revision in outcome_revision::Entity::find()
        .filter(outcome_revision::Column::OutcomeId.is_in(outcome_ids))
        .all(txn)
        .await?
    {
        let mut snapshot: serde_json::Value =
            serde_json::from_str(&revision.snapshot).unwrap_or_else(|_| serde_json::json!({}));
        let Some(fields) = snapshot.as_object_mut() else {
            continue;
        };
        let before = fields.clone();
        edit(fields);
        if *fields == before {
            continue;
        }
        outcome_revision::Entity::update_many()
            .col_expr(
                outcome_revision::Column::Snapshot,
                Expr::value(snapshot.to_string()),
            )
            .filter(outcome_revision::Column::Id.eq(revision.id))
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// The words of a snapshot that may name people or say private things.
const FREE_TEXT_KEYS: [&str; 4] = [
    "counterparty_name",
    "description",
    "evidence_text",
    "evidence_url",
];

/// Erases the free texts and evidence of an SME's records, in every version,
/// and keeps what the indicators count (kind, date, country, value, links).
pub async fn erase_texts_of_sme(
    txn: &impl ConnectionTrait,
    sme_id: i64,
) -> Result<usize, AppError> {
    let rows = outcome::Entity::find()
        .filter(outcome::Column::SmeId.eq(sme_id))
        .all(txn)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let files: Vec<i64> = rows.iter().filter_map(|r| r.evidence_file_id).collect();
    // The reasons given for correcting yearly figures are free text too.
    sme_figure_revision::Entity::update_many()
        .col_expr(sme_figure_revision::Column::Reason, Expr::value(""))
        .filter(sme_figure_revision::Column::SmeId.eq(sme_id))
        .exec(txn)
        .await?;
    if ids.is_empty() {
        return Ok(0);
    }
    outcome::Entity::update_many()
        .col_expr(outcome::Column::CounterpartyName, Expr::value(""))
        .col_expr(outcome::Column::Description, Expr::value(""))
        .col_expr(outcome::Column::EvidenceText, Expr::value(""))
        .col_expr(outcome::Column::EvidenceUrl, Expr::value(""))
        .col_expr(
            outcome::Column::EvidenceFileId,
            Expr::value(Option::<i64>::None),
        )
        .filter(outcome::Column::Id.is_in(ids.clone()))
        .exec(txn)
        .await?;
    rewrite_snapshots(txn, ids.clone(), |fields| {
        for key in FREE_TEXT_KEYS {
            if fields.contains_key(key) {
                fields.insert(key.to_string(), serde_json::Value::String(String::new()));
            }
        }
    })
    .await?;
    crate::files::store::delete(txn, &files).await?;
    Ok(ids.len())
}
