//! API: the public handbook (published chapters, their versions) and the
//! authors' workflow (create, edit the draft, submit, approve, return,
//! withdraw).

use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::model::{ChapterAction, ChapterInput, ChapterKind, VersionStatus};
use super::operations::{self as ops, Workspace};
use super::store::{Chapter, Version};
use crate::app::AppState;
use crate::auth::Actor;
use crate::validation::{FieldErrors, api_window};
use crate::web::error::ErrorBody;
use crate::web::{ApiJson, ApiQuery, AppError, Field, ListResponse, created};

/// The organisation that wrote a chapter.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuthorView {
    id: i64,
    name: String,
    country: String,
}

impl From<&Chapter> for AuthorView {
    fn from(c: &Chapter) -> Self {
        Self {
            id: c.author.id,
            name: c.author.name.clone(),
            country: c.author.country.as_str().to_string(),
        }
    }
}

/// A published chapter in the table of contents.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChapterSummaryView {
    slug: String,
    kind: ChapterKind,
    title: String,
    summary: String,
    /// Order within its kind in the table of contents.
    position: i32,
    tags: Vec<String>,
    /// ISO 3166-1 alpha-2.
    countries: Vec<String>,
    author_organisation: AuthorView,
    /// The published version's number.
    version: i32,
    published_at: Option<DateTime<Utc>>,
}

impl ChapterSummaryView {
    fn new(chapter: &Chapter, version: &Version) -> Self {
        Self {
            slug: chapter.slug.clone(),
            kind: version.kind,
            title: version.title.clone(),
            summary: version.summary.clone(),
            position: version.position,
            tags: version.tags.clone(),
            countries: version
                .countries
                .iter()
                .map(|c| c.as_str().to_string())
                .collect(),
            author_organisation: AuthorView::from(chapter),
            version: version.number,
            published_at: version.published_at,
        }
    }
}

/// A heading of a chapter, with the anchor it has in `html`.
#[derive(Debug, Serialize, ToSchema)]
pub struct HeadingView {
    level: u8,
    text: String,
    anchor: String,
}

/// A published chapter with its Markdown and the cleaned HTML (programme
/// results filled in).
#[derive(Debug, Serialize, ToSchema)]
pub struct ChapterView {
    #[serde(flatten)]
    summary: ChapterSummaryView,
    markdown: String,
    html: String,
    headings: Vec<HeadingView>,
    change_note: String,
}

#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ChapterListParams {
    /// Words to find in titles, summaries and bodies.
    q: Option<String>,
    /// Page size (1-200, default 50).
    limit: Option<String>,
    /// Items to skip (default 0).
    offset: Option<String>,
}

/// Published chapters, in table-of-contents order. No sign-in needed.
#[utoipa::path(
    get, path = "/api/v1/handbook/chapters", tag = "handbook",
    params(ChapterListParams),
    responses((status = 200, body = ListResponse<ChapterSummaryView>), (status = 422, body = ErrorBody))
)]
pub async fn list_chapters(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<ChapterListParams>,
) -> Result<Json<ListResponse<ChapterSummaryView>>, AppError> {
    let window = api_window(params.limit.as_deref(), params.offset.as_deref())
        .map_err(AppError::Validation)?;
    let (chapters, total) = ops::contents(&state.db, params.q.as_deref(), window).await?;
    Ok(Json(ListResponse {
        items: chapters
            .iter()
            .map(|(c, v)| ChapterSummaryView::new(c, v))
            .collect(),
        total,
    }))
}

/// One published chapter. No sign-in needed; drafts are never shown here.
#[utoipa::path(
    get, path = "/api/v1/handbook/chapters/{slug}", tag = "handbook",
    params(("slug" = String, Path)),
    responses((status = 200, body = ChapterView), (status = 404, body = ErrorBody))
)]
pub async fn get_chapter(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<ChapterView>, AppError> {
    let public = ops::published(&state.db, &slug).await?;
    Ok(Json(ChapterView {
        summary: ChapterSummaryView::new(&public.chapter, &public.version),
        markdown: public.version.body.clone(),
        html: public.body.html,
        headings: public
            .body
            .headings
            .into_iter()
            .map(|h| HeadingView {
                level: h.level,
                text: h.text,
                anchor: h.anchor,
            })
            .collect(),
        change_note: public.version.change_note,
    }))
}

/// A chapter's words; on create, `title`, `kind`, `summary` and `body` are
/// required. On PUT, fields left out keep their value.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(default)]
pub struct ChapterWrite {
    /// On create only, for admins: the author organisation (managers write
    /// for their own).
    #[schema(value_type = Option<i64>)]
    organisation_id: Field<i64>,
    /// On create only: the address (default: made from the title).
    #[schema(value_type = Option<String>, example = "soft-landing-in-ten-steps")]
    slug: Field<String>,
    #[schema(value_type = Option<ChapterKind>)]
    kind: Field<String>,
    #[schema(value_type = Option<String>)]
    title: Field<String>,
    #[schema(value_type = Option<String>)]
    summary: Field<String>,
    /// Markdown. A paragraph of only `{{results <programme-slug>}}` shows
    /// the programme's aggregate results.
    #[schema(value_type = Option<String>)]
    body: Field<String>,
    #[schema(value_type = Option<Vec<String>>)]
    tags: Field<Vec<String>>,
    #[schema(value_type = Option<Vec<String>>, example = json!(["DK", "NO"]))]
    countries: Field<Vec<String>>,
    /// Order within its kind (0-9999, default 100).
    #[schema(value_type = Option<i64>)]
    position: Field<i64>,
    /// What changed in this version (shown in the public history).
    #[schema(value_type = Option<String>)]
    change_note: Field<String>,
}

impl ChapterWrite {
    fn apply(self, input: &mut ChapterInput) {
        let errors = &mut input.unreadable;
        self.kind.patch("kind", &mut input.kind, None, errors);
        self.title.patch("title", &mut input.title, None, errors);
        self.summary
            .patch("summary", &mut input.summary, None, errors);
        self.body.patch("body", &mut input.body, None, errors);
        self.tags
            .patch("tags", &mut input.tags, Some(Vec::new()), errors);
        self.countries
            .patch("countries", &mut input.countries, Some(Vec::new()), errors);
        self.position
            .patch_option("position", &mut input.position, errors);
        self.change_note.patch(
            "change_note",
            &mut input.change_note,
            Some(String::new()),
            errors,
        );
    }
}

/// An open draft as its authors and reviewers see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct DraftView {
    number: i32,
    status: VersionStatus,
    kind: ChapterKind,
    title: String,
    summary: String,
    markdown: String,
    /// The draft rendered as it would be published.
    html: String,
    tags: Vec<String>,
    countries: Vec<String>,
    position: i32,
    change_note: String,
    /// The reviewer's note when the draft was returned (or approved).
    review_note: String,
    written_by: String,
    updated_at: DateTime<Utc>,
}

/// A chapter as its authors and reviewers work on it.
#[derive(Debug, Serialize, ToSchema)]
pub struct WorkspaceView {
    slug: String,
    author_organisation: AuthorView,
    /// The number of the version the public reads (`null`: not public).
    published_version: Option<i32>,
    withdrawn: bool,
    /// The open draft, when there is one the caller may read.
    draft: Option<DraftView>,
}

impl From<Workspace> for WorkspaceView {
    fn from(w: Workspace) -> Self {
        let html = w.draft_body.map(|b| b.html).unwrap_or_default();
        Self {
            slug: w.chapter.slug.clone(),
            author_organisation: AuthorView::from(&w.chapter),
            published_version: w.published.as_ref().map(|v| v.number),
            withdrawn: w.chapter.withdrawn_at.is_some(),
            draft: w.draft.map(|v| DraftView {
                number: v.number,
                status: v.status,
                kind: v.kind,
                title: v.title,
                summary: v.summary,
                markdown: v.body,
                html,
                tags: v.tags,
                countries: v.countries.iter().map(|c| c.as_str().to_string()).collect(),
                position: v.position,
                change_note: v.change_note,
                review_note: v.review_note,
                written_by: v.written_by_name,
                updated_at: v.updated_at,
            }),
        }
    }
}

/// Start a chapter (managers for their organisation, admins for any); it
/// begins as a draft.
#[utoipa::path(
    post, path = "/api/v1/handbook/chapters", tag = "handbook",
    request_body = ChapterWrite,
    responses(
        (status = 201, body = WorkspaceView), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn create_chapter(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(mut body): ApiJson<ChapterWrite>,
) -> Result<Response, AppError> {
    let mut errors = FieldErrors::new();
    let organisation_id = std::mem::take(&mut body.organisation_id)
        .optional("organisation_id", &mut errors)
        .flatten();
    let slug = std::mem::take(&mut body.slug)
        .optional("slug", &mut errors)
        .flatten()
        .unwrap_or_default();
    let mut input = ChapterInput {
        unreadable: errors,
        ..Default::default()
    };
    body.apply(&mut input);
    let slug = ops::create(&state.db, &actor, organisation_id, &slug, &input).await?;
    let workspace = ops::workspace(&state.db, &actor, &slug).await?;
    Ok(created(
        format!("/api/v1/handbook/chapters/{slug}/draft"),
        WorkspaceView::from(workspace),
    ))
}

/// The chapter as its authors and reviewers see it (with the open draft).
#[utoipa::path(
    get, path = "/api/v1/handbook/chapters/{slug}/draft", tag = "handbook",
    params(("slug" = String, Path)),
    responses(
        (status = 200, body = WorkspaceView), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn get_draft(
    State(state): State<AppState>,
    actor: Actor,
    Path(slug): Path<String>,
) -> Result<Json<WorkspaceView>, AppError> {
    Ok(Json(ops::workspace(&state.db, &actor, &slug).await?.into()))
}

/// Edit the chapter's draft; when there is none, a new draft starts from
/// the published version (which stays public until the draft is approved).
#[utoipa::path(
    put, path = "/api/v1/handbook/chapters/{slug}/draft", tag = "handbook",
    params(("slug" = String, Path)),
    request_body = ChapterWrite,
    responses(
        (status = 200, body = WorkspaceView), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn put_draft(
    State(state): State<AppState>,
    actor: Actor,
    Path(slug): Path<String>,
    ApiJson(mut body): ApiJson<ChapterWrite>,
) -> Result<Json<WorkspaceView>, AppError> {
    let mut refused = FieldErrors::new();
    if !matches!(body.organisation_id, Field::Missing) {
        refused.add(
            "organisation_id",
            "a chapter stays with its author organisation",
        );
    }
    if !matches!(body.slug, Field::Missing) {
        refused.add("slug", "a chapter keeps its address");
    }
    body.organisation_id = Field::Missing;
    body.slug = Field::Missing;
    let mut input = ops::draft_base(&state.db, &actor, &slug).await?;
    input.unreadable.merge(refused);
    body.apply(&mut input);
    ops::save_draft(&state.db, &actor, &slug, &input).await?;
    Ok(Json(ops::workspace(&state.db, &actor, &slug).await?.into()))
}

#[derive(Debug, Deserialize, ToSchema)]
#[schema(as = ChapterActionRequest)]
pub struct ActionRequest {
    action: ChapterAction,
    /// The reviewer's note; required to return a draft.
    #[serde(default)]
    note: String,
}

/// Submit the draft for review (authors), approve or return it (a reviewer
/// of another organisation, or an admin — never its writer), or withdraw the
/// chapter from the public handbook (admins).
#[utoipa::path(
    post, path = "/api/v1/handbook/chapters/{slug}/actions", tag = "handbook",
    params(("slug" = String, Path)),
    request_body = ActionRequest,
    responses(
        (status = 200, body = WorkspaceView), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn act(
    State(state): State<AppState>,
    actor: Actor,
    Path(slug): Path<String>,
    ApiJson(body): ApiJson<ActionRequest>,
) -> Result<Json<WorkspaceView>, AppError> {
    ops::act(&state.db, &actor, &slug, body.action, &body.note).await?;
    Ok(Json(
        ops::after_action(&state.db, &actor, &slug).await?.into(),
    ))
}

/// A version in a chapter's history.
#[derive(Debug, Serialize, ToSchema)]
pub struct VersionView {
    number: i32,
    status: VersionStatus,
    title: String,
    change_note: String,
    /// The organisation that wrote it (people's names are not published).
    author_organisation: String,
    published_at: Option<DateTime<Utc>>,
    /// True for the version the public reads now.
    current: bool,
}

/// A chapter's versions: every published one for everyone; the open draft
/// too for its authors (and, once submitted, reviewers).
#[utoipa::path(
    get, path = "/api/v1/handbook/chapters/{slug}/versions", tag = "handbook",
    params(("slug" = String, Path)),
    responses((status = 200, body = ListResponse<VersionView>), (status = 404, body = ErrorBody))
)]
pub async fn list_versions(
    State(state): State<AppState>,
    actor: Option<Actor>,
    Path(slug): Path<String>,
) -> Result<Json<ListResponse<VersionView>>, AppError> {
    let (chapter, versions) = ops::versions(&state.db, actor.as_ref(), &slug).await?;
    let items: Vec<VersionView> = versions
        .into_iter()
        .map(|v| VersionView {
            current: chapter.published_version_id == Some(v.id),
            number: v.number,
            status: v.status,
            title: v.title,
            change_note: v.change_note,
            author_organisation: chapter.author.name.clone(),
            published_at: v.published_at,
        })
        .collect();
    Ok(Json(ListResponse {
        total: items.len() as u64,
        items,
    }))
}
