//! Journeys: following a participant step by step, its assessment, and the
//! cohort funnel.

use chrono::Utc;

use super::programmes::{cohort, participant};
use crate::auth::Actor;
use crate::db::{self, Db};
use crate::softlanding::model::assessment::AssessmentInput;
use crate::softlanding::model::journey::{Change, FunnelRow, funnel as count_funnel};
use crate::softlanding::model::{Action, Journey, JourneyError, Step, access};
use crate::softlanding::store::assessments::{self, SavedAssessment};
use crate::softlanding::store::journeys::{self as store, JourneyEvent};
use crate::softlanding::store::programmes::{self as programmes, ParticipantFilter};
use crate::validation::FieldErrors;
use crate::web::AppError;

/// A missing reason is a field to fill in (422); a step out of order or in the
/// wrong state conflicts with where the journey stands (409).
fn refusal(error: JourneyError) -> AppError {
    match error {
        JourneyError::NeedsReason(message) => {
            AppError::Validation(FieldErrors::single("reason", message))
        }
        JourneyError::NotAllowed(message) => AppError::Conflict {
            fields: FieldErrors::single("action", message.clone()),
            message,
        },
    }
}

/// A participant's journey, for those who may see the participant.
pub async fn journey(db: &Db, actor: &Actor, participant_id: i64) -> Result<Journey, AppError> {
    participant(db, actor, participant_id).await?;
    store::journey(db, participant_id).await
}

/// Completes, skips, reopens, schedules or annotates a step (home and host
/// managers). The rules of the journey decide; the history keeps the change.
pub async fn act(
    db: &Db,
    actor: &Actor,
    participant_id: i64,
    step: Step,
    action: Action,
) -> Result<Change, AppError> {
    let participant = participant(db, actor, participant_id).await?;
    if !access::can_run_journey(actor, participant.access()) {
        return Err(AppError::Forbidden);
    }
    action.check_texts().map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    let journey = store::journey(&txn, participant_id).await?;
    let change = journey
        .apply(step, action, Utc::now().date_naive())
        .map_err(refusal)?;
    store::record(&txn, participant_id, &change, Some(actor)).await?;
    txn.commit().await?;
    Ok(change)
}

pub async fn history(
    db: &Db,
    actor: &Actor,
    participant_id: i64,
) -> Result<Vec<JourneyEvent>, AppError> {
    participant(db, actor, participant_id).await?;
    store::history(db, participant_id).await
}

pub async fn assessment(
    db: &Db,
    actor: &Actor,
    participant_id: i64,
) -> Result<Option<SavedAssessment>, AppError> {
    participant(db, actor, participant_id).await?;
    assessments::load(db, participant_id).await
}

/// Saves the barriers-and-potentials assessment (the SME with its home manager).
pub async fn save_assessment(
    db: &Db,
    actor: &Actor,
    participant_id: i64,
    input: &AssessmentInput,
) -> Result<SavedAssessment, AppError> {
    let participant = participant(db, actor, participant_id).await?;
    if !access::can_fill_assessment(actor, participant.access()) {
        return Err(AppError::Forbidden);
    }
    let assessment = input.validate().map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    assessments::save(&txn, participant_id, &assessment, &actor.display_name).await?;
    txn.commit().await?;
    assessments::load(db, participant_id)
        .await?
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("assessment vanished after saving")))
}

/// How far a cohort's participants have come, step by step. Only numbers: for
/// everyone who runs the programme.
pub async fn funnel(db: &Db, actor: &Actor, cohort_id: i64) -> Result<Vec<FunnelRow>, AppError> {
    let (programme, _) = cohort(db, cohort_id).await?;
    if !access::runs_programme(actor, &programme.partner_ids()) {
        return Err(AppError::Forbidden);
    }
    let ids: Vec<i64> = programmes::participants(
        db,
        ParticipantFilter {
            cohort_id: Some(cohort_id),
            ..Default::default()
        },
    )
    .await?
    .iter()
    .map(|p| p.id)
    .collect();
    let journeys = store::journeys(db, &ids).await?;
    Ok(count_funnel(journeys.values()))
}
