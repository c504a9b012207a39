//! Custom indicators (the programme's four targets live on the programme).

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::monitoring::entities::indicator;
use crate::monitoring::model::indicators::{IndicatorDraft, Metric};
use crate::web::AppError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredIndicator {
    pub id: i64,
    pub programme_id: Option<i64>,
    pub name: String,
    pub metric: Metric,
    /// Only records in these countries count (empty: every country).
    pub countries: Vec<String>,
    pub target: i64,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub created_by_name: String,
    /// The organisation an internal indicator belongs to.
    pub internal_to: Option<i64>,
}

fn from_row(row: indicator::Model) -> Result<StoredIndicator, AppError> {
    Ok(StoredIndicator {
        metric: Metric::parse(&row.metric)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("stored indicator: {e}")))?,
        countries: row
            .countries
            .split(',')
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect(),
        id: row.id,
        programme_id: row.programme_id,
        name: row.name,
        target: row.target,
        period_from: row.period_from,
        period_to: row.period_to,
        created_by_name: row.created_by_name,
        internal_to: row.internal_to,
    })
}

pub async fn indicator(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<StoredIndicator>, AppError> {
    indicator::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(from_row)
        .transpose()
}

/// Indicators of a programme (`Some`) or of the whole network (`None`), oldest first.
pub async fn indicators(
    db: &impl ConnectionTrait,
    programme_id: Option<i64>,
) -> Result<Vec<StoredIndicator>, AppError> {
    let column = indicator::Column::ProgrammeId;
    let filter = match programme_id {
        Some(id) => column.eq(id),
        None => column.is_null(),
    };
    indicator::Entity::find()
        .filter(filter)
        .order_by_asc(indicator::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(from_row)
        .collect()
}

pub async fn insert_indicator(
    txn: &impl ConnectionTrait,
    draft: &IndicatorDraft,
    created_by_name: &str,
) -> Result<i64, AppError> {
    let row = indicator::ActiveModel {
        programme_id: Set(draft.programme_id),
        name: Set(draft.name.clone()),
        metric: Set(draft.metric.key()),
        countries: Set(draft.countries.join(",")),
        target: Set(draft.target),
        period_from: Set(draft.period_from),
        period_to: Set(draft.period_to),
        internal_to: Set(draft.internal_to),
        created_by_name: Set(created_by_name.to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

/// Rewrites a custom indicator's definition (other capabilities keep the
/// indicators they created in step with their own records this way).
pub async fn update_indicator(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &IndicatorDraft,
) -> Result<(), AppError> {
    indicator::ActiveModel {
        id: sea_orm::ActiveValue::Unchanged(id),
        programme_id: Set(draft.programme_id),
        name: Set(draft.name.clone()),
        metric: Set(draft.metric.key()),
        countries: Set(draft.countries.join(",")),
        target: Set(draft.target),
        period_from: Set(draft.period_from),
        period_to: Set(draft.period_to),
        internal_to: Set(draft.internal_to),
        ..Default::default()
    }
    .update(txn)
    .await?;
    Ok(())
}

pub async fn delete_indicator(txn: &impl ConnectionTrait, id: i64) -> Result<(), AppError> {
    indicator::Entity::delete_by_id(id).exec(txn).await?;
    Ok(())
}
