//! Pages: the public handbook (contents, chapters, history, old versions)
//! and the authors' pages (desk, new chapter, draft editor with preview,
//! draft and review).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use fluent_templates::fluent_bundle::FluentValue;
use serde::Deserialize;

use super::model::diff::Block;
use super::model::markdown::Heading;
use super::model::{
    self as rules, ChapterAction, ChapterInput, ChapterKind, VersionStatus, split_list,
};
use super::operations::{self as ops, Desk, OldVersion, PublicChapter, RenderedBody, Workspace};
use super::store::{Chapter, Version};
use crate::app::AppState;
use crate::auth::{Actor, CsrfForm};
use crate::registry::OrganisationRef;
use crate::validation::{FieldErrors, Window};
use crate::web::forms::form_status;
use crate::web::forms::{Choice, refused_fields, whole_number};
use crate::web::{ApiQuery, AppError, Layout};

impl ChapterKind {
    /// The kind's name in the language of the request (pages only).
    pub fn label_t(self) -> String {
        crate::t(match self {
            ChapterKind::HowTo => "hb-kind-how-to",
            ChapterKind::CaseStory => "hb-kind-case-story",
            ChapterKind::LessonsLearned => "hb-kind-lessons-learned",
            ChapterKind::BoostersBlockers => "hb-kind-boosters-blockers",
        })
    }
}

impl VersionStatus {
    /// The status in the language of the request (pages only).
    pub fn label_t(self) -> String {
        crate::t(match self {
            VersionStatus::Draft => "hb-status-draft",
            VersionStatus::Submitted => "hb-status-submitted",
            VersionStatus::Returned => "hb-status-returned",
            VersionStatus::Published => "hb-status-published",
        })
    }
}

/// The whole handbook fits on one contents page.
const CONTENTS_LIMIT: u64 = 500;

#[derive(Template, WebTemplate)]
#[template(path = "handbook/contents.html")]
struct ContentsPage {
    layout: Layout,
    groups: Vec<(ChapterKind, Vec<(Chapter, Version)>)>,
    q: String,
    total: u64,
    can_author: bool,
}

impl ContentsPage {
    /// "3 chapters mention “x”." in the language of the request.
    fn search_count(&self) -> String {
        crate::ta(
            "hb-search-count",
            &[
                ("count", FluentValue::from(self.total as i64)),
                ("query", FluentValue::from(self.q.as_str())),
            ],
        )
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ContentsQuery {
    q: Option<String>,
}

#[tracing::instrument(skip_all)]
pub async fn contents(
    State(state): State<AppState>,
    actor: Option<Actor>,
    ApiQuery(query): ApiQuery<ContentsQuery>,
) -> Result<Response, AppError> {
    let q = query.q.unwrap_or_default().trim().to_string();
    let window = Window {
        limit: CONTENTS_LIMIT,
        offset: 0,
    };
    let search = (!q.is_empty()).then_some(q.as_str());
    let (chapters, total) = ops::contents(&state.db, search, window).await?;
    Ok(ContentsPage {
        layout: Layout::new(crate::t("hb-handbook"), actor.as_ref(), "handbook"),
        groups: ops::grouped(chapters),
        q,
        total,
        can_author: actor.as_ref().is_some_and(rules::can_author),
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "handbook/chapter.html")]
struct ChapterPage {
    layout: Layout,
    public: PublicChapter,
    headings: Vec<Heading>,
    can_edit: bool,
}

impl ChapterPage {
    /// "history (3 versions)" in the language of the request.
    fn history_count(&self) -> String {
        crate::tn("hb-history-count", self.public.published_versions)
    }
}

#[tracing::instrument(skip_all)]
pub async fn chapter(
    State(state): State<AppState>,
    actor: Option<Actor>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let public = ops::published(&state.db, &slug).await?;
    let can_edit = actor
        .as_ref()
        .is_some_and(|a| rules::can_write(a, public.chapter.author.id));
    Ok(ChapterPage {
        layout: Layout::new(public.version.title.clone(), actor.as_ref(), "handbook"),
        headings: public.body.headings.clone(),
        public,
        can_edit,
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "handbook/history.html")]
struct HistoryPage {
    layout: Layout,
    chapter: Chapter,
    versions: Vec<Version>,
}

impl HistoryPage {
    fn is_current(&self, version: &Version) -> bool {
        self.chapter.published_version_id == Some(version.id)
    }
}

#[tracing::instrument(skip_all)]
pub async fn history(
    State(state): State<AppState>,
    actor: Option<Actor>,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let (chapter, versions) = ops::history(&state.db, &slug).await?;
    let title = versions
        .first()
        .map(|v| crate::t1("hb-history-of", "title", &v.title))
        .unwrap_or_else(|| crate::t("hb-history"));
    Ok(HistoryPage {
        layout: Layout::new(title, actor.as_ref(), "handbook"),
        chapter,
        versions,
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "handbook/version.html")]
struct VersionPage {
    layout: Layout,
    old: OldVersion,
    added: usize,
    removed: usize,
    changed: Vec<Block>,
}

impl VersionPage {
    /// "2 paragraphs added or rewritten, 1 removed or replaced."
    fn changes_count(&self) -> String {
        format!(
            "{} {}",
            crate::tn("hb-paragraphs-added", self.added),
            crate::tn("hb-paragraphs-removed", self.removed)
        )
    }

    /// The public reads another version than this one.
    fn is_superseded(&self) -> bool {
        self.old.current_number != Some(self.old.version.number)
    }
}

#[tracing::instrument(skip_all)]
pub async fn version(
    State(state): State<AppState>,
    actor: Option<Actor>,
    Path((slug, number)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let number: i32 = number.parse().map_err(|_| AppError::NotFound)?;
    let old = ops::old_version(&state.db, &slug, number).await?;
    let changed: Vec<Block> = old
        .changes
        .as_ref()
        .map(|(_, blocks)| {
            blocks
                .iter()
                .filter(|b| b.is_added() || b.is_removed())
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let added = changed.iter().filter(|b| b.is_added()).count();
    let removed = changed.iter().filter(|b| b.is_removed()).count();
    Ok(VersionPage {
        layout: Layout::new(
            format!(
                "{} ({})",
                old.version.title,
                crate::t1("hb-version-lower", "number", old.version.number)
            ),
            actor.as_ref(),
            "handbook",
        ),
        old,
        added,
        removed,
        changed,
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "handbook/desk.html")]
struct DeskPage {
    layout: Layout,
    desk: Desk,
}

#[tracing::instrument(skip_all)]
pub async fn desk(State(state): State<AppState>, actor: Actor) -> Result<Response, AppError> {
    let desk = ops::desk(&state.db, &actor).await?;
    Ok(DeskPage {
        layout: Layout::new(crate::t("hb-desk"), Some(&actor), "handbook"),
        desk,
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "handbook/chapter_form.html")]
struct ChapterFormPage {
    layout: Layout,
    heading: String,
    action: String,
    is_new: bool,
    values: ChapterForm,
    kinds: Vec<Choice>,
    organisations: Vec<Choice>,
    errors: FieldErrors,
    preview: Option<RenderedBody>,
}

/// The chapter form as typed.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct ChapterForm {
    organisation_id: String,
    slug: String,
    kind: String,
    title: String,
    summary: String,
    body: String,
    tags: String,
    countries: String,
    position: String,
    change_note: String,
    /// `preview` re-renders the form with the preview; anything else saves.
    intent: String,
}

impl ChapterForm {
    fn to_input(&self) -> ChapterInput {
        let mut unreadable = FieldErrors::new();
        let position = whole_number("position", &self.position, &mut unreadable);
        ChapterInput {
            kind: self.kind.clone(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            body: self.body.clone(),
            tags: split_list(&self.tags),
            countries: split_list(&self.countries),
            position,
            change_note: self.change_note.clone(),
            unreadable,
        }
    }

    fn from_input(input: &ChapterInput) -> Self {
        Self {
            kind: input.kind.clone(),
            title: input.title.clone(),
            summary: input.summary.clone(),
            body: input.body.clone(),
            tags: input.tags.join(", "),
            countries: input.countries.join(", "),
            position: input.position.map(|p| p.to_string()).unwrap_or_default(),
            change_note: input.change_note.clone(),
            ..Default::default()
        }
    }
}

async fn chapter_form(
    state: &AppState,
    actor: &Actor,
    slug: Option<&str>,
    values: ChapterForm,
    errors: FieldErrors,
    preview: Option<RenderedBody>,
) -> Result<Response, AppError> {
    let (heading, action) = match slug {
        Some(slug) => (
            crate::t1("hb-edit-draft-of", "title", &values.title),
            format!("/handbook/{slug}/edit"),
        ),
        None => (crate::t("hb-new-chapter"), "/handbook/new".to_string()),
    };
    let kinds = ChapterKind::ALL
        .iter()
        .map(|k| Choice::new(k.as_str(), k.label_t(), values.kind == k.as_str()))
        .collect();
    // Admins write on behalf of an organisation they choose.
    let organisations = if slug.is_none() && actor.is_admin() {
        organisation_choices(state, &values.organisation_id).await?
    } else {
        Vec::new()
    };
    let status = form_status(&errors);
    let page = ChapterFormPage {
        layout: Layout::new(heading.clone(), Some(actor), "handbook"),
        heading,
        action,
        is_new: slug.is_none(),
        values,
        kinds,
        organisations,
        errors,
        preview,
    };
    Ok((status, page).into_response())
}

async fn organisation_choices(state: &AppState, selected: &str) -> Result<Vec<Choice>, AppError> {
    Ok(
        crate::registry::store::organisation_options(&state.db, None)
            .await?
            .into_iter()
            .map(|o| {
                let id = o.id.to_string();
                let selected = id == selected;
                Choice::new(id, format!("{} ({})", o.name, o.country.as_str()), selected)
            })
            .collect(),
    )
}

#[tracing::instrument(skip_all)]
pub async fn new_chapter(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Response, AppError> {
    if !rules::can_author(&actor) {
        return Err(AppError::Forbidden);
    }
    let values = ChapterForm {
        position: "100".into(),
        ..Default::default()
    };
    chapter_form(&state, &actor, None, values, FieldErrors::new(), None).await
}

#[tracing::instrument(skip_all)]
pub async fn create_chapter(
    State(state): State<AppState>,
    form: CsrfForm<ChapterForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    if !rules::can_author(&actor) {
        return Err(AppError::Forbidden);
    }
    if form.intent == "preview" {
        let preview = ops::render(&state.db, &form.body).await?;
        return chapter_form(
            &state,
            &actor,
            None,
            form,
            FieldErrors::new(),
            Some(preview),
        )
        .await;
    }
    let organisation_id = form.organisation_id.trim().parse().ok();
    match ops::create(
        &state.db,
        &actor,
        organisation_id,
        &form.slug,
        &form.to_input(),
    )
    .await
    {
        Ok(slug) => Ok(Redirect::to(&format!("/handbook/{slug}/draft")).into_response()),
        Err(error) => {
            let errors = refused_fields(error)?;
            chapter_form(&state, &actor, None, form, errors, None).await
        }
    }
}

#[tracing::instrument(skip_all)]
pub async fn edit_draft(
    State(state): State<AppState>,
    actor: Actor,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let input = ops::draft_base(&state.db, &actor, &slug).await?;
    let values = ChapterForm::from_input(&input);
    chapter_form(
        &state,
        &actor,
        Some(&slug),
        values,
        FieldErrors::new(),
        None,
    )
    .await
}

#[tracing::instrument(skip_all)]
pub async fn save_draft(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    form: CsrfForm<ChapterForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    // Checks the right to edit before anything is rendered.
    ops::draft_base(&state.db, &actor, &slug).await?;
    if form.intent == "preview" {
        let preview = ops::render(&state.db, &form.body).await?;
        return chapter_form(
            &state,
            &actor,
            Some(&slug),
            form,
            FieldErrors::new(),
            Some(preview),
        )
        .await;
    }
    match ops::save_draft(&state.db, &actor, &slug, &form.to_input()).await {
        Ok(()) => Ok(Redirect::to(&format!("/handbook/{slug}/draft")).into_response()),
        Err(error) => {
            let errors = refused_fields(error)?;
            chapter_form(&state, &actor, Some(&slug), form, errors, None).await
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "handbook/draft.html")]
struct DraftPage {
    layout: Layout,
    workspace: Workspace,
    author: OrganisationRef,
    alert: Option<String>,
    /// A refused review action with the note typed into it.
    refused: Option<ActionForm>,
}

impl DraftPage {
    /// The note typed into the `action` form before it was refused.
    fn typed_note(&self, action: &str) -> &str {
        self.refused
            .as_ref()
            .filter(|form| form.action == action)
            .map_or("", |form| form.note.as_str())
    }
}

async fn draft_page(
    state: &AppState,
    actor: &Actor,
    slug: &str,
    alert: Option<String>,
    refused: Option<ActionForm>,
) -> Result<Response, AppError> {
    let workspace = ops::workspace(&state.db, actor, slug).await?;
    let title = workspace
        .draft
        .as_ref()
        .or(workspace.published.as_ref())
        .map(|v| v.title.clone())
        .unwrap_or_default();
    let status = if alert.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = DraftPage {
        layout: Layout::new(
            crate::t1("hb-draft-title", "title", title),
            Some(actor),
            "handbook",
        ),
        author: workspace.chapter.author.clone(),
        workspace,
        alert,
        refused,
    };
    Ok((status, page).into_response())
}

#[tracing::instrument(skip_all)]
pub async fn draft(
    State(state): State<AppState>,
    actor: Actor,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    draft_page(&state, &actor, &slug, None, None).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ActionForm {
    action: String,
    note: String,
}

#[tracing::instrument(skip_all)]
pub async fn act(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    form: CsrfForm<ActionForm>,
) -> Result<Response, AppError> {
    let CsrfForm { actor, form } = form;
    let action = ChapterAction::parse(&form.action).map_err(AppError::BadRequest)?;
    match ops::act(&state.db, &actor, &slug, action, &form.note).await {
        Ok(()) => {
            let target = match action {
                ChapterAction::Approve | ChapterAction::Return => "/handbook/manage".to_string(),
                ChapterAction::Withdraw | ChapterAction::Submit => {
                    format!("/handbook/{slug}/draft")
                }
            };
            Ok(Redirect::to(&target).into_response())
        }
        Err(error) => {
            let errors = refused_fields(error)?;
            let alert = Some(errors.one_line_named());
            draft_page(&state, &actor, &slug, alert, Some(form)).await
        }
    }
}
