//! Home assignments, their submissions and reviews.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::stored;
use crate::files::{self, FileInfo};
use crate::softlanding::entities::{assignment, submission};
use crate::softlanding::model::assignments::{AssignmentDraft, AssignmentStatus, Decision};
use crate::web::AppError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submission {
    pub id: i64,
    pub text: String,
    pub file: Option<FileInfo>,
    pub submitted_by_name: String,
    pub submitted_at: DateTime<Utc>,
    pub review: Option<Decision>,
    pub review_comment: String,
    pub reviewed_by_name: String,
    pub reviewed_at: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub id: i64,
    pub participant_id: i64,
    pub title: String,
    pub description: String,
    pub due_on: NaiveDate,
    pub status: AssignmentStatus,
    pub created_by_name: String,
    pub created_at: DateTime<Utc>,
    /// Newest first.
    pub submissions: Vec<Submission>,
}

async fn assignments_from(
    db: &impl ConnectionTrait,
    rows: Vec<assignment::Model>,
) -> Result<Vec<Assignment>, AppError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let submission_rows = submission::Entity::find()
        .filter(submission::Column::AssignmentId.is_in(ids))
        .order_by_desc(submission::Column::SubmittedAt)
        .order_by_desc(submission::Column::Id)
        .all(db)
        .await?;
    let upload_ids: Vec<i64> = submission_rows.iter().filter_map(|s| s.upload_id).collect();
    let files = files::store::describe(db, &upload_ids).await?;
    let mut assignments: Vec<Assignment> = rows
        .into_iter()
        .map(|row| {
            Ok(Assignment {
                status: stored("assignment status", AssignmentStatus::parse(&row.status))?,
                id: row.id,
                participant_id: row.participant_id,
                title: row.title,
                description: row.description,
                due_on: row.due_on,
                created_by_name: row.created_by_name,
                created_at: row.created_at,
                submissions: Vec::new(),
            })
        })
        .collect::<Result<_, AppError>>()?;
    for row in submission_rows {
        let review = row
            .review
            .as_deref()
            .map(|r| stored("decision", Decision::parse(r)))
            .transpose()?;
        if let Some(assignment) = assignments.iter_mut().find(|a| a.id == row.assignment_id) {
            assignment.submissions.push(Submission {
                file: row.upload_id.and_then(|id| files.get(&id).cloned()),
                id: row.id,
                text: row.text,
                submitted_by_name: row.submitted_by_name,
                submitted_at: row.submitted_at,
                review,
                review_comment: row.review_comment,
                reviewed_by_name: row.reviewed_by_name,
                reviewed_at: row.reviewed_at,
            });
        }
    }
    Ok(assignments)
}

pub async fn assignment(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<Assignment>, AppError> {
    let Some(row) = assignment::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(assignments_from(db, vec![row]).await?.pop())
}

/// A participant's assignments, the earliest due first.
pub async fn assignments_of(
    db: &impl ConnectionTrait,
    participant_ids: &[i64],
) -> Result<Vec<Assignment>, AppError> {
    let rows = assignment::Entity::find()
        .filter(assignment::Column::ParticipantId.is_in(participant_ids.iter().copied()))
        .order_by_asc(assignment::Column::DueOn)
        .order_by_asc(assignment::Column::Id)
        .all(db)
        .await?;
    assignments_from(db, rows).await
}

pub async fn insert_assignment(
    txn: &impl ConnectionTrait,
    participant_id: i64,
    draft: &AssignmentDraft,
    by: &str,
) -> Result<i64, AppError> {
    let now = Utc::now();
    let row = assignment::ActiveModel {
        participant_id: Set(participant_id),
        title: Set(draft.title.clone()),
        description: Set(draft.description.clone()),
        due_on: Set(draft.due_on),
        status: Set(AssignmentStatus::Open.as_str().to_string()),
        created_by_name: Set(by.to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

/// Rewrites an assignment's title, description and due date, unless it was
/// accepted meanwhile (`false`).
pub async fn update_assignment(
    txn: &impl ConnectionTrait,
    id: i64,
    draft: &AssignmentDraft,
) -> Result<bool, AppError> {
    let written = assignment::Entity::update_many()
        .col_expr(assignment::Column::Title, Expr::value(draft.title.clone()))
        .col_expr(
            assignment::Column::Description,
            Expr::value(draft.description.clone()),
        )
        .col_expr(assignment::Column::DueOn, Expr::value(draft.due_on))
        .col_expr(assignment::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(assignment::Column::Id.eq(id))
        .filter(assignment::Column::Status.ne(AssignmentStatus::Accepted.as_str()))
        .exec(txn)
        .await?;
    Ok(written.rows_affected == 1)
}

/// Removes an assignment nothing was handed in for, in one statement
/// (`false`: an answer came first).
pub async fn delete_unanswered(txn: &impl ConnectionTrait, id: i64) -> Result<bool, AppError> {
    let answered = sea_orm::sea_query::Query::select()
        .column(submission::Column::AssignmentId)
        .from(submission::Entity)
        .and_where(submission::Column::AssignmentId.eq(id))
        .to_owned();
    let deleted = assignment::Entity::delete_many()
        .filter(assignment::Column::Id.eq(id))
        .filter(assignment::Column::Id.not_in_subquery(answered))
        .exec(txn)
        .await?;
    Ok(deleted.rows_affected == 1)
}

async fn set_status(
    txn: &impl ConnectionTrait,
    id: i64,
    status: AssignmentStatus,
) -> Result<(), AppError> {
    assignment::Entity::update_many()
        .col_expr(assignment::Column::Status, Expr::value(status.as_str()))
        .col_expr(assignment::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(assignment::Column::Id.eq(id))
        .exec(txn)
        .await?;
    Ok(())
}

/// Hands in an answer (with an already stored file, if any).
pub async fn insert_submission(
    txn: &impl ConnectionTrait,
    assignment_id: i64,
    text: &str,
    upload_id: Option<i64>,
    by: &str,
) -> Result<i64, AppError> {
    let row = submission::ActiveModel {
        assignment_id: Set(assignment_id),
        text: Set(text.to_string()),
        upload_id: Set(upload_id),
        submitted_by_name: Set(by.to_string()),
        submitted_at: Set(Utc::now()),
        review: Set(None),
        review_comment: Set(String::new()),
        reviewed_by_name: Set(String::new()),
        reviewed_at: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    set_status(txn, assignment_id, AssignmentStatus::Submitted).await?;
    Ok(row.id)
}

/// Reviews the latest submission of an assignment.
pub async fn review(
    txn: &impl ConnectionTrait,
    assignment: &Assignment,
    decision: Decision,
    comment: &str,
    by: &str,
) -> Result<(), AppError> {
    let latest = assignment.submissions.first().ok_or_else(|| {
        AppError::Internal(anyhow::anyhow!(
            "assignment {} has no submission",
            assignment.id
        ))
    })?;
    // The assignment's row is locked with the status the reviewer saw (an
    // answer handed in takes the same lock), and the answer reviewed must
    // still be the newest: one handed in meanwhile is never skipped.
    let locked = assignment::Entity::update_many()
        .col_expr(
            assignment::Column::Status,
            Expr::value(assignment.status.as_str()),
        )
        .filter(assignment::Column::Id.eq(assignment.id))
        .filter(assignment::Column::Status.eq(assignment.status.as_str()))
        .exec(txn)
        .await?
        .rows_affected
        == 1;
    let newest = submission::Entity::find()
        .filter(submission::Column::AssignmentId.eq(assignment.id))
        .order_by_desc(submission::Column::Id)
        .one(txn)
        .await?
        .map(|s| s.id);
    if !locked || newest != Some(latest.id) {
        return Err(AppError::conflict(crate::t("sl-err-answer-meanwhile")));
    }
    submission::Entity::update_many()
        .col_expr(
            submission::Column::Review,
            Expr::value(Some(decision.as_str())),
        )
        .col_expr(submission::Column::ReviewComment, Expr::value(comment))
        .col_expr(submission::Column::ReviewedByName, Expr::value(by))
        .col_expr(
            submission::Column::ReviewedAt,
            Expr::value(Some(Utc::now())),
        )
        .filter(submission::Column::Id.eq(latest.id))
        .exec(txn)
        .await?;
    set_status(txn, assignment.id, decision.status()).await
}

/// The statuses of a participant's assignments (for the home-assignments step).
pub async fn statuses(
    txn: &impl ConnectionTrait,
    participant_id: i64,
) -> Result<Vec<AssignmentStatus>, AppError> {
    assignment::Entity::find()
        .filter(assignment::Column::ParticipantId.eq(participant_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|row| stored("assignment status", AssignmentStatus::parse(&row.status)))
        .collect()
}

/// Erases what an SME wrote and was told in its assignments (answers, files,
/// review comments), its assessments' notes, and what its managers wrote
/// about it along its journey (each step's notes and outputs, the reasons
/// for skipping or reopening a step); the statuses and dates, which the
/// journey and the indicators follow, stay.
pub async fn erase_texts_of_sme(txn: &impl ConnectionTrait, sme_id: i64) -> Result<(), AppError> {
    use crate::softlanding::entities::{assessment, journey_event, journey_step, participant};
    let participants: Vec<i64> = participant::Entity::find()
        .filter(participant::Column::SmeId.eq(sme_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    if participants.is_empty() {
        return Ok(());
    }
    let assignments: Vec<i64> = assignment::Entity::find()
        .filter(assignment::Column::ParticipantId.is_in(participants.clone()))
        .all(txn)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let submissions = submission::Entity::find()
        .filter(submission::Column::AssignmentId.is_in(assignments.clone()))
        .all(txn)
        .await?;
    let files: Vec<i64> = submissions.iter().filter_map(|s| s.upload_id).collect();
    submission::Entity::update_many()
        .col_expr(submission::Column::Text, Expr::value(""))
        .col_expr(
            submission::Column::UploadId,
            Expr::value(Option::<i64>::None),
        )
        .col_expr(submission::Column::ReviewComment, Expr::value(""))
        .filter(submission::Column::AssignmentId.is_in(assignments))
        .exec(txn)
        .await?;
    files::store::delete(txn, &files).await?;
    assessment::Entity::update_many()
        .col_expr(assessment::Column::BarrierNotes, Expr::value(""))
        .col_expr(assessment::Column::PotentialNotes, Expr::value(""))
        .filter(assessment::Column::ParticipantId.is_in(participants.clone()))
        .exec(txn)
        .await?;
    journey_step::Entity::update_many()
        .col_expr(journey_step::Column::Notes, Expr::value(""))
        .col_expr(journey_step::Column::Outputs, Expr::value(""))
        .filter(journey_step::Column::ParticipantId.is_in(participants.clone()))
        .exec(txn)
        .await?;
    journey_event::Entity::update_many()
        .col_expr(journey_event::Column::Reason, Expr::value(""))
        .filter(journey_event::Column::ParticipantId.is_in(participants))
        .exec(txn)
        .await?;
    Ok(())
}
