//! Pages: one assignment, handing in an answer (text and a file) and reviewing it.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{date_field, rejected};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm, MultipartForm};
use crate::files;
use crate::softlanding::model::access;
use crate::softlanding::model::assignments::{AssignmentInput, AssignmentStatus, Decision};
use crate::softlanding::operations::assignments::{self as ops, Attachment};
use crate::softlanding::operations::programmes;
use crate::softlanding::store::assignments::Assignment;
use crate::softlanding::store::programmes::Participant;
use crate::validation::FieldErrors;
use crate::web::forms::form_status;
use crate::web::{AppError, Id, Layout};

#[derive(Template, WebTemplate)]
#[template(path = "softlanding/assignment.html")]
struct AssignmentPage {
    layout: Layout,
    assignment: Assignment,
    participant: Participant,
    can_submit: bool,
    can_review: bool,
    /// Title, description and due date can be changed (until accepted)…
    can_change: bool,
    /// …and the assignment removed (while nothing was handed in).
    can_remove: bool,
    /// The change form as shown (after a refusal: as typed).
    change: ChangeForm,
    /// The change form starts open (it was refused).
    change_open: bool,
    accepted_types: String,
    text: String,
    comment: String,
    errors: FieldErrors,
}

/// The form that changes an assignment.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ChangeForm {
    title: String,
    description: String,
    due_on: String,
}

impl ChangeForm {
    fn of(assignment: &Assignment) -> Self {
        Self {
            title: assignment.title.clone(),
            description: assignment.description.clone(),
            due_on: assignment.due_on.to_string(),
        }
    }
}

impl AssignmentPage {
    fn size(&self, bytes: &i64) -> String {
        files::human_size(*bytes)
    }
}

async fn assignment_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    typed: (String, String),
    errors: FieldErrors,
) -> Result<Response, AppError> {
    changed_page(state, actor, id, typed, None, errors).await
}

/// The assignment's page; `change` is the change form as typed, if it was
/// refused.
async fn changed_page(
    state: &AppState,
    actor: &Actor,
    id: i64,
    typed: (String, String),
    change: Option<ChangeForm>,
    errors: FieldErrors,
) -> Result<Response, AppError> {
    let assignment = ops::assignment(&state.db, actor, id).await?;
    let participant = programmes::participant(&state.db, actor, assignment.participant_id).await?;
    let status = form_status(&errors);
    let runs = access::can_run_journey(actor, participant.access());
    let can_change = runs && assignment.status != AssignmentStatus::Accepted;
    let page = AssignmentPage {
        layout: Layout::new(assignment.title.clone(), Some(actor), "programmes"),
        can_submit: access::acts_for_sme(actor, participant.access())
            && assignment.status != AssignmentStatus::Accepted,
        can_review: runs && assignment.status == AssignmentStatus::Submitted,
        can_change,
        can_remove: can_change && assignment.submissions.is_empty(),
        change_open: change.is_some(),
        change: change.unwrap_or_else(|| ChangeForm::of(&assignment)),
        accepted_types: files::model::accepted_extensions(),
        text: typed.0,
        comment: typed.1,
        assignment,
        participant,
        errors,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn assignment(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Response, AppError> {
    assignment_page(&state, &actor, id, Default::default(), FieldErrors::new()).await
}

/// Hands in an answer from the multipart form (`text`, `file`, `_csrf`).
#[tracing::instrument(skip_all)]
pub async fn submit(
    State(state): State<AppState>,
    Id(id): Id,
    form: MultipartForm,
) -> Result<Response, AppError> {
    let text = form.fields.get("text").cloned().unwrap_or_default();
    let attachment = form
        .files
        .into_iter()
        .find(|f| f.field == "file")
        .map(|f| Attachment {
            name: f.name,
            bytes: f.bytes,
        });
    match ops::submit(&state.db, &form.actor, id, &text, attachment).await {
        Ok(_) => Ok(Redirect::to(&format!("/assignments/{id}")).into_response()),
        Err(error) => {
            assignment_page(
                &state,
                &form.actor,
                id,
                (text, String::new()),
                rejected(error)?,
            )
            .await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReviewForm {
    decision: String,
    comment: String,
}

#[tracing::instrument(skip_all)]
pub async fn review(
    State(state): State<AppState>,
    Id(id): Id,
    form: CsrfForm<ReviewForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let outcome = match Decision::parse(&form.decision) {
        Ok(decision) => ops::review(&state.db, &actor, id, decision, &form.comment).await,
        Err(message) => Err(AppError::Validation(FieldErrors::single(
            "decision", message,
        ))),
    };
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("/assignments/{id}")).into_response()),
        Err(error) => {
            assignment_page(
                &state,
                &actor,
                id,
                (String::new(), form.comment),
                rejected(error)?,
            )
            .await
        }
    }
}

/// Changes an assignment's title, description and due date from its page.
#[tracing::instrument(skip_all)]
pub async fn change(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, form }: CsrfForm<ChangeForm>,
) -> Result<Response, AppError> {
    let mut unreadable = FieldErrors::new();
    let due_on = date_field("due_on", &form.due_on, &mut unreadable);
    let changed = ops::update_assignment(&state.db, &actor, id, |_| AssignmentInput {
        title: form.title.clone(),
        description: form.description.clone(),
        due_on,
        unreadable,
    })
    .await;
    match changed {
        Ok(()) => Ok(Redirect::to(&format!("/assignments/{id}")).into_response()),
        Err(error) => {
            let errors = rejected(error)?;
            let typed = (String::new(), String::new());
            changed_page(&state, &actor, id, typed, Some(form), errors).await
        }
    }
}

/// Removes an assignment set by mistake from its page.
#[tracing::instrument(skip_all)]
pub async fn remove(
    State(state): State<AppState>,
    Id(id): Id,
    CsrfForm { actor, .. }: CsrfForm<RemoveForm>,
) -> Result<Response, AppError> {
    let participant_id = ops::assignment(&state.db, &actor, id).await?.participant_id;
    match ops::delete_assignment(&state.db, &actor, id).await {
        Ok(()) => Ok(
            Redirect::to(&format!("/participants/{participant_id}#assignments")).into_response(),
        ),
        Err(error) => {
            let errors = rejected(error)?;
            assignment_page(&state, &actor, id, Default::default(), errors).await
        }
    }
}

/// The remove button's form (its CSRF token only).
#[derive(Debug, Default, Deserialize)]
pub struct RemoveForm {}

#[tracing::instrument(skip_all)]
pub async fn submission_file(
    State(state): State<AppState>,
    actor: Actor,
    Path((id, submission_id)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let file = ops::submission_file(&state.db, &actor, id, submission_id).await?;
    Ok(files::download(file))
}
