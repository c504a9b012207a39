//! API: home assignments, submissions (text and a file) and reviews.

use axum::Json;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::AppState;
use crate::auth::{Actor, MultipartForm};
use crate::files;
use crate::softlanding::model::assignments::{AssignmentInput, AssignmentStatus, Decision};
use crate::softlanding::operations::assignments::{self as ops, Attachment};
use crate::softlanding::store::assignments::{Assignment, Submission};
use crate::validation::FieldErrors;
use crate::web::created;
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, AppError, Field, Id, ListResponse};

#[derive(Debug, Serialize, ToSchema)]
pub struct FileView {
    name: String,
    size: i64,
    content_type: String,
    /// Where to download it (with the same credentials).
    url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SubmissionView {
    id: i64,
    text: String,
    file: Option<FileView>,
    submitted_by: String,
    submitted_at: DateTime<Utc>,
    review: Option<Decision>,
    review_comment: String,
    reviewed_by: String,
    reviewed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AssignmentView {
    id: i64,
    participant_id: i64,
    title: String,
    description: String,
    due_on: NaiveDate,
    status: AssignmentStatus,
    set_by: String,
    created_at: DateTime<Utc>,
    /// The newest first.
    submissions: Vec<SubmissionView>,
}

fn submission_view(assignment_id: i64, s: Submission) -> SubmissionView {
    SubmissionView {
        file: s.file.map(|f| FileView {
            url: format!(
                "/api/v1/assignments/{assignment_id}/submissions/{}/file",
                s.id
            ),
            name: f.name,
            size: f.size,
            content_type: f.content_type,
        }),
        id: s.id,
        text: s.text,
        submitted_by: s.submitted_by_name,
        submitted_at: s.submitted_at,
        review: s.review,
        review_comment: s.review_comment,
        reviewed_by: s.reviewed_by_name,
        reviewed_at: s.reviewed_at,
    }
}

fn assignment_view(a: Assignment) -> AssignmentView {
    let id = a.id;
    AssignmentView {
        submissions: a
            .submissions
            .into_iter()
            .map(|s| submission_view(id, s))
            .collect(),
        id,
        participant_id: a.participant_id,
        title: a.title,
        description: a.description,
        due_on: a.due_on,
        status: a.status,
        set_by: a.created_by_name,
        created_at: a.created_at,
    }
}

/// A participant's home assignments.
#[utoipa::path(
    get, path = "/api/v1/participants/{id}/assignments", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = ListResponse<AssignmentView>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list_assignments(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<ListResponse<AssignmentView>>, AppError> {
    let list = ops::assignments(&state.db, &actor, id).await?;
    Ok(Json(ListResponse {
        total: list.len() as u64,
        items: list.into_iter().map(assignment_view).collect(),
    }))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = HomeAssignmentWrite)]
pub struct AssignmentWrite {
    #[schema(value_type = String, example = "Price list for the Norwegian market")]
    title: Field<String>,
    #[schema(value_type = Option<String>)]
    description: Field<String>,
    #[schema(value_type = String, format = Date)]
    due_on: Field<NaiveDate>,
}

impl AssignmentWrite {
    fn apply(self, input: &mut AssignmentInput) {
        let errors = &mut input.unreadable;
        self.title.patch("title", &mut input.title, None, errors);
        self.description.patch(
            "description",
            &mut input.description,
            Some(String::new()),
            errors,
        );
        self.due_on
            .patch_option("due_on", &mut input.due_on, errors);
    }
}

/// Set a home assignment (the participant's home and host managers, admins).
#[utoipa::path(
    post, path = "/api/v1/participants/{id}/assignments", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = AssignmentWrite,
    responses(
        (status = 201, body = AssignmentView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_assignment(
    State(state): State<AppState>,
    actor: Actor,
    Id(participant_id): Id,
    ApiJson(body): ApiJson<AssignmentWrite>,
) -> Result<Response, AppError> {
    let mut input = AssignmentInput::default();
    body.apply(&mut input);
    let id = ops::set_assignment(&state.db, &actor, participant_id, &input).await?;
    let assignment = ops::assignment(&state.db, &actor, id).await?;
    Ok(created(
        format!("/api/v1/assignments/{id}"),
        assignment_view(assignment),
    ))
}

/// One assignment with its submissions.
#[utoipa::path(
    get, path = "/api/v1/assignments/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    responses((status = 200, body = AssignmentView), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get_assignment(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<Json<AssignmentView>, AppError> {
    Ok(Json(assignment_view(
        ops::assignment(&state.db, &actor, id).await?,
    )))
}

/// Change an assignment's title, description or due date until it is
/// accepted (those who set assignments); fields left out keep their value.
#[utoipa::path(
    patch, path = "/api/v1/assignments/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = AssignmentWrite,
    responses(
        (status = 200, body = AssignmentView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn update_assignment(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<AssignmentWrite>,
) -> Result<Json<AssignmentView>, AppError> {
    ops::update_assignment(&state.db, &actor, id, |mut input| {
        body.apply(&mut input);
        input
    })
    .await?;
    Ok(Json(assignment_view(
        ops::assignment(&state.db, &actor, id).await?,
    )))
}

/// Remove an assignment set by mistake, while nothing was handed in for it
/// (those who set assignments).
#[utoipa::path(
    delete, path = "/api/v1/assignments/{id}", tag = "soft landing",
    params(("id" = i64, Path)),
    responses(
        (status = 204, description = "Removed"), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn delete_assignment(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
) -> Result<StatusCode, AppError> {
    ops::delete_assignment(&state.db, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct SubmissionWrite {
    #[schema(value_type = Option<String>)]
    text: Field<String>,
}

/// A submission read from JSON (`{"text"}`) or a multipart form (`text`,
/// and a `file` up to 10 MB).
pub struct SubmissionBody {
    actor: Actor,
    text: String,
    file: Option<Attachment>,
}

impl<S: Send + Sync> FromRequest<S> for SubmissionBody {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        let multipart = request
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        if multipart {
            let form = MultipartForm::from_request(request, state).await?;
            let file = form
                .files
                .into_iter()
                .find(|f| f.field == "file")
                .map(|f| Attachment {
                    name: f.name,
                    bytes: f.bytes,
                });
            return Ok(Self {
                actor: form.actor,
                text: form.fields.get("text").cloned().unwrap_or_default(),
                file,
            });
        }
        let (mut parts, body) = request.into_parts();
        let actor =
            <Actor as axum::extract::FromRequestParts<S>>::from_request_parts(&mut parts, state)
                .await?;
        let ApiJson(body) =
            ApiJson::<SubmissionWrite>::from_request(Request::from_parts(parts, body), state)
                .await?;
        let mut errors = FieldErrors::new();
        let text = body
            .text
            .optional("text", &mut errors)
            .flatten()
            .unwrap_or_default();
        if !errors.is_empty() {
            return Err(AppError::Validation(errors));
        }
        Ok(Self {
            actor,
            text,
            file: None,
        })
    }
}

/// Hand in an answer (the SME, or its managers for it): JSON with `text`, or
/// a multipart form with `text` and/or a `file` (PDF, office documents,
/// images, text; at most 10 MB).
#[utoipa::path(
    post, path = "/api/v1/assignments/{id}/submissions", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body(content = SubmissionWrite, description = "JSON, or multipart/form-data with `text` and `file`"),
    responses(
        (status = 201, body = AssignmentView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn submit(
    State(state): State<AppState>,
    Id(id): Id,
    body: SubmissionBody,
) -> Result<Response, AppError> {
    ops::submit(&state.db, &body.actor, id, &body.text, body.file).await?;
    let assignment = ops::assignment(&state.db, &body.actor, id).await?;
    Ok(created(
        format!("/api/v1/assignments/{id}"),
        assignment_view(assignment),
    ))
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
#[schema(as = AssignmentReviewWrite)]
pub struct ReviewWrite {
    /// `accepted` or `needs_changes`.
    #[schema(value_type = String, example = "accepted")]
    decision: Field<String>,
    /// Required when asking for changes.
    #[schema(value_type = Option<String>)]
    comment: Field<String>,
}

/// Review the latest answer (the participant's home and host managers, admins).
/// When every assignment is accepted, the home-assignments step is done.
#[utoipa::path(
    post, path = "/api/v1/assignments/{id}/review", tag = "soft landing",
    params(("id" = i64, Path)),
    request_body = ReviewWrite,
    responses(
        (status = 200, body = AssignmentView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn review(
    State(state): State<AppState>,
    actor: Actor,
    Id(id): Id,
    ApiJson(body): ApiJson<ReviewWrite>,
) -> Result<Json<AssignmentView>, AppError> {
    let mut errors = FieldErrors::new();
    let decision = body
        .decision
        .required("decision", &mut errors)
        .and_then(|d| errors.check("decision", Decision::parse(&d)));
    let comment = body
        .comment
        .optional("comment", &mut errors)
        .flatten()
        .unwrap_or_default();
    let Some(decision) = decision.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    ops::review(&state.db, &actor, id, decision, &comment).await?;
    Ok(Json(assignment_view(
        ops::assignment(&state.db, &actor, id).await?,
    )))
}

/// Download the file handed in with a submission.
#[utoipa::path(
    get, path = "/api/v1/assignments/{id}/submissions/{submission_id}/file", tag = "soft landing",
    params(("id" = i64, Path), ("submission_id" = i64, Path)),
    responses((status = 200, description = "The file, as an attachment"), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn submission_file(
    State(state): State<AppState>,
    actor: Actor,
    Path((id, submission_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (Ok(id), Ok(submission_id)) = (id.parse(), submission_id.parse()) else {
        return Err(AppError::NotFound);
    };
    let file = ops::submission_file(&state.db, &actor, id, submission_id).await?;
    Ok(files::download(file))
}
