//! Home assignments: set by the managers, handed in by the SME, reviewed.

use chrono::Utc;

use super::programmes::participant;
use crate::auth::Actor;
use crate::db::{self, Db};
use crate::files::{self, StoredFile};
use crate::notify::Text;
use crate::softlanding::model::assignments::{
    AssignmentInput, AssignmentStatus, Decision, all_accepted, check_review, check_submission,
};
use crate::softlanding::model::{Action, Step, access};
use crate::softlanding::store::assignments::{self as store, Assignment};
use crate::softlanding::store::journeys;
use crate::validation::FieldErrors;
use crate::web::AppError;

/// A participant's assignments, for those who may see the participant.
pub async fn assignments(
    db: &Db,
    actor: &Actor,
    participant_id: i64,
) -> Result<Vec<Assignment>, AppError> {
    participant(db, actor, participant_id).await?;
    store::assignments_of(db, &[participant_id]).await
}

/// An assignment the actor may see (through its participant).
pub async fn assignment(db: &Db, actor: &Actor, id: i64) -> Result<Assignment, AppError> {
    let assignment = store::assignment(db, id).await?.ok_or(AppError::NotFound)?;
    participant(db, actor, assignment.participant_id).await?;
    Ok(assignment)
}

pub async fn set_assignment(
    db: &Db,
    actor: &Actor,
    participant_id: i64,
    input: &AssignmentInput,
) -> Result<i64, AppError> {
    let participant = participant(db, actor, participant_id).await?;
    if !access::can_run_journey(actor, participant.access()) {
        return Err(AppError::Forbidden);
    }
    let draft = input
        .validate(Utc::now().date_naive())
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    let id = store::insert_assignment(&txn, participant_id, &draft, &actor.display_name).await?;
    txn.commit().await?;
    Ok(id)
}

/// The starting point of an edit: the assignment as it is.
fn input_of(assignment: &Assignment) -> AssignmentInput {
    AssignmentInput {
        title: assignment.title.clone(),
        description: assignment.description.clone(),
        due_on: Some(assignment.due_on),
        unreadable: FieldErrors::new(),
    }
}

/// An assignment the actor may change (those who may set it) and its
/// participant's SME.
async fn changeable(db: &Db, actor: &Actor, id: i64) -> Result<(Assignment, i64), AppError> {
    let assignment = assignment(db, actor, id).await?;
    let participant = participant(db, actor, assignment.participant_id).await?;
    if !access::can_run_journey(actor, participant.access()) {
        return Err(AppError::Forbidden);
    }
    Ok((assignment, participant.id))
}

/// Changes an assignment's title, description or due date until it is
/// accepted; `change` gets its current fields (a PATCH changes some, the
/// form all). A due date already past may stay as it is.
pub async fn update_assignment(
    db: &Db,
    actor: &Actor,
    id: i64,
    change: impl FnOnce(AssignmentInput) -> AssignmentInput,
) -> Result<(), AppError> {
    let (current, _) = changeable(db, actor, id).await?;
    let accepted = || AppError::conflict(crate::t("sl-err-assignment-accepted"));
    if current.status == AssignmentStatus::Accepted {
        return Err(accepted());
    }
    let today = Utc::now().date_naive().min(current.due_on);
    let draft = change(input_of(&current))
        .validate(today)
        .map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    if !store::update_assignment(&txn, id, &draft).await? {
        return Err(accepted());
    }
    txn.commit().await?;
    Ok(())
}

/// Removes an assignment set by mistake, while nothing was handed in for it.
/// If every other assignment of the participant is accepted, the
/// home-assignments step is done, as when the last one is accepted.
pub async fn delete_assignment(db: &Db, actor: &Actor, id: i64) -> Result<(), AppError> {
    let (current, participant_id) = changeable(db, actor, id).await?;
    let answered = || AppError::conflict(crate::t("sl-err-assignment-answered"));
    if !current.submissions.is_empty() {
        return Err(answered());
    }
    let txn = db::write(db).await?;
    if !store::delete_unanswered(&txn, id).await? {
        return Err(answered());
    }
    complete_if_all_accepted(&txn, actor, participant_id).await?;
    txn.commit().await?;
    Ok(())
}

/// Marks the home-assignments step done once every assignment of the
/// participant is accepted (if the steps before it allow).
async fn complete_if_all_accepted(
    txn: &impl sea_orm::ConnectionTrait,
    actor: &Actor,
    participant_id: i64,
) -> Result<(), AppError> {
    if all_accepted(&store::statuses(txn, participant_id).await?) {
        journeys::apply_if_allowed(
            txn,
            participant_id,
            Step::HomeAssignments,
            Action::Complete(None),
            Some(actor),
            Utc::now().date_naive(),
        )
        .await?;
    }
    Ok(())
}

/// A file handed in with an answer, as received.
pub struct Attachment {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Hands in an answer: text, a file, or both.
pub async fn submit(
    db: &Db,
    actor: &Actor,
    assignment_id: i64,
    text: &str,
    attachment: Option<Attachment>,
) -> Result<i64, AppError> {
    let assignment = assignment(db, actor, assignment_id).await?;
    let participant = participant(db, actor, assignment.participant_id).await?;
    if !access::acts_for_sme(actor, participant.access()) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    if let Err(message) = assignment.status.accepts_submission() {
        errors.add("text", message);
    }
    let checked = match &attachment {
        Some(file) => errors.check("file", files::model::check(&file.name, &file.bytes)),
        None => None,
    };
    let text = match check_submission(text, attachment.is_some()) {
        Ok(text) => Some(text),
        Err(more) => {
            errors.merge(more);
            None
        }
    };
    let Some(text) = text.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let txn = db::write(db).await?;
    let upload = match (checked, attachment) {
        (Some(checked), Some(file)) => Some(files::store::save(&txn, &checked, file.bytes).await?),
        _ => None,
    };
    let id =
        store::insert_submission(&txn, assignment_id, &text, upload, &actor.display_name).await?;
    txn.commit().await?;
    Ok(id)
}

/// Reviews the latest answer. When every assignment of the participant is
/// accepted, the home-assignments step is done (if the steps before it are).
pub async fn review(
    db: &Db,
    actor: &Actor,
    assignment_id: i64,
    decision: Decision,
    comment: &str,
) -> Result<(), AppError> {
    let assignment = assignment(db, actor, assignment_id).await?;
    let participant = participant(db, actor, assignment.participant_id).await?;
    if !access::can_run_journey(actor, participant.access()) {
        return Err(AppError::Forbidden);
    }
    let comment =
        check_review(assignment.status, decision, comment).map_err(AppError::Validation)?;
    let txn = db::write(db).await?;
    store::review(&txn, &assignment, decision, &comment, &actor.display_name).await?;
    let verdict = match decision {
        Decision::Accepted => "accepted",
        Decision::NeedsChanges => "changes",
    };
    crate::notify::to_parties(
        &txn,
        &[],
        &[participant.sme_id],
        &crate::notify::Notice::new(
            crate::notify::Kind::AssignmentReviewed,
            Text::new("ntf-assignment-subject").arg("title", &assignment.title),
            Text::new("ntf-assignment-body")
                .arg("verdict", verdict)
                .arg("reviewer", &actor.display_name)
                .arg("title", &assignment.title)
                .arg("has_comment", if comment.is_empty() { "no" } else { "yes" })
                .arg("comment", &comment),
            format!("/assignments/{assignment_id}"),
        )
        .naming(actor.user_id),
    )
    .await?;
    complete_if_all_accepted(&txn, actor, participant.id).await?;
    txn.commit().await?;
    Ok(())
}

/// A file handed in with an answer, for those who may see the participant.
pub async fn submission_file(
    db: &Db,
    actor: &Actor,
    assignment_id: i64,
    submission_id: i64,
) -> Result<StoredFile, AppError> {
    let assignment = assignment(db, actor, assignment_id).await?;
    let upload = assignment
        .submissions
        .iter()
        .find(|s| s.id == submission_id)
        .and_then(|s| s.file.as_ref())
        .ok_or(AppError::NotFound)?;
    files::store::load(db, upload.id)
        .await?
        .ok_or(AppError::NotFound)
}
