//! Journeys: the six steps of each participant and the history of changes.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::stored;
use crate::auth::Actor;
use crate::softlanding::entities::{journey_event, journey_step};
use crate::softlanding::model::journey::{Change, StepStatus};
use crate::softlanding::model::{Action, Journey, Step, StepState};
use crate::web::AppError;

/// One entry of a participant's history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JourneyEvent {
    pub step: Step,
    pub action: String,
    pub from: StepState,
    pub to: StepState,
    pub reason: String,
    pub actor_name: String,
    pub at: DateTime<Utc>,
}

fn status_from(row: journey_step::Model) -> Result<StepStatus, AppError> {
    Ok(StepStatus {
        step: stored("step", Step::parse(&row.step))?,
        state: stored("state", StepState::parse(&row.state))?,
        date: row.date,
        notes: row.notes,
        outputs: row.outputs,
    })
}

pub async fn journey(db: &impl ConnectionTrait, participant_id: i64) -> Result<Journey, AppError> {
    let rows = journey_step::Entity::find()
        .filter(journey_step::Column::ParticipantId.eq(participant_id))
        .all(db)
        .await?;
    let steps = rows
        .into_iter()
        .map(status_from)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Journey::from_steps(steps))
}

/// The journeys of many participants at once.
pub async fn journeys(
    db: &impl ConnectionTrait,
    participant_ids: &[i64],
) -> Result<HashMap<i64, Journey>, AppError> {
    let mut steps: HashMap<i64, Vec<StepStatus>> = HashMap::new();
    for chunk in participant_ids.chunks(500) {
        for row in journey_step::Entity::find()
            .filter(journey_step::Column::ParticipantId.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            let participant_id = row.participant_id;
            steps
                .entry(participant_id)
                .or_default()
                .push(status_from(row)?);
        }
    }
    Ok(participant_ids
        .iter()
        .map(|id| {
            (
                *id,
                Journey::from_steps(steps.remove(id).unwrap_or_default()),
            )
        })
        .collect())
}

/// Writes a change to a step and keeps it in the history, in the caller's transaction.
pub async fn record(
    txn: &impl ConnectionTrait,
    participant_id: i64,
    change: &Change,
    actor: Option<&Actor>,
) -> Result<(), AppError> {
    let now = Utc::now();
    journey_step::Entity::update_many()
        .col_expr(
            journey_step::Column::State,
            Expr::value(change.after.state.as_str()),
        )
        .col_expr(journey_step::Column::Date, Expr::value(change.after.date))
        .col_expr(
            journey_step::Column::Notes,
            Expr::value(change.after.notes.clone()),
        )
        .col_expr(
            journey_step::Column::Outputs,
            Expr::value(change.after.outputs.clone()),
        )
        .col_expr(journey_step::Column::UpdatedAt, Expr::value(now))
        .filter(journey_step::Column::ParticipantId.eq(participant_id))
        .filter(journey_step::Column::Step.eq(change.step.as_str()))
        .exec(txn)
        .await?;
    journey_event::ActiveModel {
        participant_id: Set(participant_id),
        step: Set(change.step.as_str().to_string()),
        action: Set(change.action.to_string()),
        from_state: Set(change.from.as_str().to_string()),
        to_state: Set(change.to.as_str().to_string()),
        reason: Set(change.reason.clone()),
        actor_user_id: Set(actor.map(|a| a.user_id)),
        actor_name: Set(actor
            .map(|a| a.display_name.clone())
            .unwrap_or_else(|| "Landfall".into())),
        at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Applies an action if the rules allow it; `Ok(None)` when they do not (for
/// automatic steps such as attendance, which must not fail the whole write).
pub async fn apply_if_allowed(
    txn: &impl ConnectionTrait,
    participant_id: i64,
    step: Step,
    action: Action,
    actor: Option<&Actor>,
    today: NaiveDate,
) -> Result<Option<Change>, AppError> {
    let journey = journey(txn, participant_id).await?;
    match journey.apply(step, action, today) {
        Ok(change) => {
            record(txn, participant_id, &change, actor).await?;
            Ok(Some(change))
        }
        Err(_) => Ok(None),
    }
}

pub async fn history(
    db: &impl ConnectionTrait,
    participant_id: i64,
) -> Result<Vec<JourneyEvent>, AppError> {
    journey_event::Entity::find()
        .filter(journey_event::Column::ParticipantId.eq(participant_id))
        .order_by_desc(journey_event::Column::At)
        .order_by_desc(journey_event::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(|row| {
            Ok(JourneyEvent {
                step: stored("step", Step::parse(&row.step))?,
                from: stored("state", StepState::parse(&row.from_state))?,
                to: stored("state", StepState::parse(&row.to_state))?,
                action: row.action,
                reason: row.reason,
                actor_name: row.actor_name,
                at: row.at,
            })
        })
        .collect()
}
