//! Each organisation's strategy checklist and self-check answers.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::stored;
use crate::toolbox::entities::{strategy_check, strategy_item};
use crate::toolbox::model::strategy::{Answer, ItemDraft, ItemStatus};
use crate::web::AppError;

/// Where an organisation stands on a checklist item, and who said so when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemRecord {
    pub key: String,
    pub status: ItemStatus,
    pub evidence_text: String,
    pub evidence_url: String,
    pub updated_by_name: String,
    pub updated_at: DateTime<Utc>,
}

/// An answer to the self-check, and who gave it when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRecord {
    pub key: String,
    pub answer: Answer,
    pub updated_by_name: String,
    pub updated_at: DateTime<Utc>,
}

pub async fn items(
    db: &impl ConnectionTrait,
    organisation_id: i64,
) -> Result<Vec<ItemRecord>, AppError> {
    strategy_item::Entity::find()
        .filter(strategy_item::Column::OrganisationId.eq(organisation_id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| {
            Ok(ItemRecord {
                status: stored("checklist status", ItemStatus::parse(&row.status))?,
                key: row.item_key,
                evidence_text: row.evidence_text,
                evidence_url: row.evidence_url,
                updated_by_name: row.updated_by_name,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

pub async fn answers(
    db: &impl ConnectionTrait,
    organisation_id: i64,
) -> Result<Vec<AnswerRecord>, AppError> {
    strategy_check::Entity::find()
        .filter(strategy_check::Column::OrganisationId.eq(organisation_id))
        .all(db)
        .await?
        .into_iter()
        .map(|row| {
            Ok(AnswerRecord {
                answer: stored("self-check answer", Answer::parse(&row.answer))?,
                key: row.statement_key,
                updated_by_name: row.updated_by_name,
                updated_at: row.updated_at,
            })
        })
        .collect()
}

/// Writes an item, replacing what the organisation said before.
pub async fn put_item(
    txn: &impl ConnectionTrait,
    organisation_id: i64,
    item: &ItemDraft,
    by: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    use strategy_item::Column as C;
    strategy_item::Entity::insert(strategy_item::ActiveModel {
        organisation_id: Set(organisation_id),
        item_key: Set(item.key.to_string()),
        status: Set(item.status.as_str().to_string()),
        evidence_text: Set(item.evidence_text.clone()),
        evidence_url: Set(item.evidence_url.clone()),
        updated_by_name: Set(by.to_string()),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([C::OrganisationId, C::ItemKey])
            .update_columns([
                C::Status,
                C::EvidenceText,
                C::EvidenceUrl,
                C::UpdatedByName,
                C::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec(txn)
    .await?;
    Ok(())
}

/// Writes an answer, replacing the one given before.
pub async fn put_answer(
    txn: &impl ConnectionTrait,
    organisation_id: i64,
    key: &str,
    answer: Answer,
    by: &str,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    use strategy_check::Column as C;
    strategy_check::Entity::insert(strategy_check::ActiveModel {
        organisation_id: Set(organisation_id),
        statement_key: Set(key.to_string()),
        answer: Set(answer.as_str().to_string()),
        updated_by_name: Set(by.to_string()),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([C::OrganisationId, C::StatementKey])
            .update_columns([C::Answer, C::UpdatedByName, C::UpdatedAt])
            .to_owned(),
    )
    .exec(txn)
    .await?;
    Ok(())
}
