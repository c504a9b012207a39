//! The handbook's operations: each checks who may do it, validates with the
//! model and writes with the store in one transaction. Pages, the API and the
//! demo loader all go through them.

use std::collections::HashMap;

use chrono::Utc;

use super::embeds;
use super::model::diff::{self, Block};
use super::model::markdown::{self, Heading};
use super::model::{
    self as rules, ChapterAction, ChapterInput, ChapterKind, VersionStatus, transition,
};
use super::store::{self, Chapter, Version, Writer};
use crate::auth::Actor;
use crate::db::{self, Db};
use crate::notify::{Kind, Notice, Text};
use crate::validation::{FieldErrors, Window, text};
use crate::web::AppError;

/// A chapter body ready to show: cleaned HTML with live results filled in.
#[derive(Clone, Debug, Default)]
pub struct RenderedBody {
    pub html: String,
    pub headings: Vec<Heading>,
}

/// Renders Markdown and fills in each embedded programme's results box.
pub async fn render(db: &Db, markdown: &str) -> Result<RenderedBody, AppError> {
    let rendered = markdown::render(markdown);
    let boxes: HashMap<String, String> = embeds::results_boxes(db, &rendered.embeds)
        .await?
        .iter()
        .map(|(slug, results)| (slug.clone(), embeds::box_html(results)))
        .collect();
    Ok(RenderedBody {
        html: markdown::fill_embeds(&rendered.html, &boxes),
        headings: rendered.headings,
    })
}

/// A published version as the public reads it.
#[derive(Clone, Debug)]
pub struct PublicChapter {
    pub chapter: Chapter,
    pub version: Version,
    pub body: RenderedBody,
    /// How many versions have been published (1 = never revised).
    pub published_versions: usize,
}

/// The chapter's current published version; drafts and withdrawn chapters
/// are not found.
pub async fn published(db: &Db, slug: &str) -> Result<PublicChapter, AppError> {
    let chapter = store::chapter_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let version_id = chapter.published_version_id.ok_or(AppError::NotFound)?;
    let version = store::version(db, version_id)
        .await?
        .filter(|v| v.status == VersionStatus::Published)
        .ok_or(AppError::NotFound)?;
    let published_versions = store::published_versions(db, chapter.id).await?.len();
    let body = render(db, &version.body).await?;
    Ok(PublicChapter {
        chapter,
        version,
        body,
        published_versions,
    })
}

/// Published chapters in table-of-contents order (optionally searched).
pub async fn contents(
    db: &Db,
    search: Option<&str>,
    window: Window,
) -> Result<(Vec<(Chapter, Version)>, u64), AppError> {
    store::published_chapters(db, search, window).await
}

/// Published chapters grouped by kind, for the table of contents.
pub fn grouped(chapters: Vec<(Chapter, Version)>) -> Vec<(ChapterKind, Vec<(Chapter, Version)>)> {
    ChapterKind::ALL
        .iter()
        .map(|kind| {
            let of_kind = chapters
                .iter()
                .filter(|(_, v)| v.kind == *kind)
                .cloned()
                .collect::<Vec<_>>();
            (*kind, of_kind)
        })
        .filter(|(_, chapters)| !chapters.is_empty())
        .collect()
}

/// A chapter's public history: every published version, the newest first.
pub async fn history(db: &Db, slug: &str) -> Result<(Chapter, Vec<Version>), AppError> {
    let chapter = store::chapter_by_slug(db, slug)
        .await?
        .filter(|c| c.published_version_id.is_some())
        .ok_or(AppError::NotFound)?;
    let versions = store::published_versions(db, chapter.id).await?;
    Ok((chapter, versions))
}

/// An old published version, with what changed since the version before it.
#[derive(Clone, Debug)]
pub struct OldVersion {
    pub chapter: Chapter,
    pub version: Version,
    pub body: RenderedBody,
    pub current_number: Option<i32>,
    /// The previous published version's number and the block comparison.
    pub changes: Option<(i32, Vec<Block>)>,
}

pub async fn old_version(db: &Db, slug: &str, number: i32) -> Result<OldVersion, AppError> {
    let (chapter, versions) = history(db, slug).await?;
    let version = versions
        .iter()
        .find(|v| v.number == number)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let current_number = versions.first().map(|v| v.number);
    let changes = store::previous_published(db, chapter.id, number)
        .await?
        .map(|previous| {
            (
                previous.number,
                diff::compare(&previous.body, &version.body),
            )
        });
    let body = render(db, &version.body).await?;
    Ok(OldVersion {
        chapter,
        version,
        body,
        current_number,
        changes,
    })
}

fn writer(actor: &Actor) -> Writer<'_> {
    Writer {
        user_id: actor.user_id,
        name: &actor.display_name,
    }
}

/// Starts a chapter with its first draft. Managers write for their own
/// organisation; admins name one. Returns the slug.
pub async fn create(
    db: &Db,
    actor: &Actor,
    organisation_id: Option<i64>,
    slug: &str,
    input: &ChapterInput,
) -> Result<String, AppError> {
    if !rules::can_author(actor) {
        return Err(AppError::Forbidden);
    }
    let mut errors = FieldErrors::new();
    let organisation_id = organisation_id.or(actor.organisation_id);
    match organisation_id {
        None => errors.add("organisation_id", crate::t("hb-err-which-organisation")),
        Some(id) if !rules::can_write(actor, id) => return Err(AppError::Forbidden),
        Some(id) => {
            if crate::registry::store::organisation_refs(db, &[id])
                .await?
                .is_empty()
            {
                errors.add("organisation_id", crate::t("hb-err-no-organisation"));
            }
        }
    }
    let slug = errors.check("slug", rules::chapter_slug(slug, &input.title));
    let draft = match input.validate() {
        Ok(draft) => Some(draft),
        Err(more) => {
            errors.merge(more);
            None
        }
    };
    let (Some(organisation_id), Some(slug), Some(draft)) = (organisation_id, slug, draft) else {
        return Err(AppError::Validation(errors));
    };
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let txn = db::write(db).await?;
    store::insert_chapter(
        &txn,
        &slug,
        organisation_id,
        &draft,
        &writer(actor),
        Utc::now(),
    )
    .await?;
    txn.commit().await?;
    Ok(slug)
}

/// A chapter the actor may see at all: published ones for everyone, the
/// others only for those who may read their draft.
async fn chapter_for(db: &Db, actor: &Actor, slug: &str) -> Result<Chapter, AppError> {
    let chapter = store::chapter_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    // Its authors always reach it, also once withdrawn, to publish it again.
    if chapter.published_version_id.is_some() || rules::can_write(actor, chapter.author.id) {
        return Ok(chapter);
    }
    let open = store::open_version(db, chapter.id).await?;
    match open {
        Some(v) if rules::can_see_draft(actor, chapter.author.id, v.status) => Ok(chapter),
        _ => Err(AppError::NotFound),
    }
}

/// Saves the chapter's open draft, starting one from the input if there is
/// none (the published version stays public meanwhile). A draft that was
/// waiting for review goes back to being a draft.
pub async fn save_draft(
    db: &Db,
    actor: &Actor,
    slug: &str,
    input: &ChapterInput,
) -> Result<(), AppError> {
    let chapter = chapter_for(db, actor, slug).await?;
    if !rules::can_write(actor, chapter.author.id) {
        return Err(AppError::Forbidden);
    }
    let draft = input.validate().map_err(AppError::Validation)?;
    let now = Utc::now();
    let txn = db::write(db).await?;
    match store::open_version(&txn, chapter.id).await? {
        Some(open) => {
            if !store::rewrite_version(&txn, open.id, &draft, &writer(actor), now).await? {
                return Err(changed_meanwhile());
            }
        }
        None => {
            let number = store::last_number(&txn, chapter.id).await? + 1;
            store::insert_version(&txn, chapter.id, number, &draft, &writer(actor), now).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

fn changed_meanwhile() -> AppError {
    AppError::conflict(crate::t("hb-err-changed-meanwhile"))
}

/// Submits, approves, returns (with a note) or withdraws.
pub async fn act(
    db: &Db,
    actor: &Actor,
    slug: &str,
    action: ChapterAction,
    note: &str,
) -> Result<(), AppError> {
    let chapter = chapter_for(db, actor, slug).await?;
    let note = text(note, false, 2000)
        .map_err(|m| AppError::Validation(FieldErrors::single("note", m)))?;
    let now = Utc::now();
    let txn = db::write(db).await?;
    if action == ChapterAction::Withdraw {
        if !rules::can_withdraw(actor) {
            return Err(AppError::Forbidden);
        }
        if chapter.published_version_id.is_none() {
            return Err(AppError::conflict(crate::t("hb-err-not-published")));
        }
        store::set_published(&txn, chapter.id, None, now).await?;
        txn.commit().await?;
        return Ok(());
    }
    if action == ChapterAction::Submit && !rules::can_write(actor, chapter.author.id) {
        return Err(AppError::Forbidden);
    }
    let open = store::open_version(&txn, chapter.id)
        .await?
        .ok_or_else(|| AppError::conflict(crate::t("hb-err-no-open-draft-chapter")))?;
    if action != ChapterAction::Submit
        && !rules::can_review(actor, chapter.author.id, open.written_by_user_id)
    {
        return Err(AppError::Forbidden);
    }
    let to = transition(open.status, action).map_err(AppError::conflict)?;
    if action == ChapterAction::Return && note.is_empty() {
        return Err(AppError::Validation(FieldErrors::single(
            "note",
            crate::t("hb-err-say-what-change"),
        )));
    }
    let review = match action {
        ChapterAction::Approve | ChapterAction::Return => {
            Some((note.as_str(), actor.display_name.as_str()))
        }
        _ => None,
    };
    if !store::change_status(&txn, open.id, open.status, to, review, now).await? {
        return Err(changed_meanwhile());
    }
    if to == VersionStatus::Published {
        store::set_published(&txn, chapter.id, Some(open.id), now).await?;
    }
    if review.is_some() {
        // The author organisation's managers hear what the reviewer decided.
        let (state, link) = if to == VersionStatus::Published {
            ("published", format!("/handbook/{}", chapter.slug))
        } else {
            ("returned", format!("/handbook/{}/draft", chapter.slug))
        };
        let notice = Notice::new(
            Kind::ChapterReviewed,
            Text::new("ntf-chapter-reviewed-subject").arg("state", state),
            Text::new("ntf-chapter-reviewed-body")
                .arg("state", state)
                .arg("reviewer", &actor.display_name)
                .arg("title", &open.title)
                .arg("has_note", if note.is_empty() { "no" } else { "yes" })
                .arg("note", &note),
            link,
        )
        .naming(actor.user_id);
        crate::notify::to_parties(&txn, &[chapter.author.id], &[], &notice).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// A chapter as its authors and reviewers work on it. Anyone may ask for a
/// published chapter's workspace; the draft is in it only for those who may
/// read it.
#[derive(Clone, Debug)]
pub struct Workspace {
    pub chapter: Chapter,
    pub published: Option<Version>,
    /// The open draft, when the actor may read it.
    pub draft: Option<Version>,
    pub draft_body: Option<RenderedBody>,
    pub can_edit: bool,
    pub can_submit: bool,
    pub can_review: bool,
    pub can_withdraw: bool,
}

pub async fn workspace(db: &Db, actor: &Actor, slug: &str) -> Result<Workspace, AppError> {
    let chapter = chapter_for(db, actor, slug).await?;
    build_workspace(db, actor, chapter).await
}

/// The chapter after the actor acted on it: a reviewer who returned a draft
/// no longer reads it, but is told where the chapter stands.
pub async fn after_action(db: &Db, actor: &Actor, slug: &str) -> Result<Workspace, AppError> {
    let chapter = store::chapter_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    build_workspace(db, actor, chapter).await
}

async fn build_workspace(db: &Db, actor: &Actor, chapter: Chapter) -> Result<Workspace, AppError> {
    let can_edit = rules::can_write(actor, chapter.author.id);
    let draft = store::open_version(db, chapter.id)
        .await?
        .filter(|v| rules::can_see_draft(actor, chapter.author.id, v.status));
    let published = match chapter.published_version_id {
        Some(id) => store::version(db, id).await?,
        None => None,
    };
    let draft_body = match &draft {
        Some(v) => Some(render(db, &v.body).await?),
        None => None,
    };
    let status = draft.as_ref().map(|v| v.status);
    Ok(Workspace {
        can_submit: can_edit
            && matches!(status, Some(VersionStatus::Draft | VersionStatus::Returned)),
        can_review: status == Some(VersionStatus::Submitted)
            && draft
                .as_ref()
                .is_some_and(|v| rules::can_review(actor, chapter.author.id, v.written_by_user_id)),
        can_withdraw: rules::can_withdraw(actor) && chapter.published_version_id.is_some(),
        can_edit,
        chapter,
        published,
        draft,
        draft_body,
    })
}

/// What a chapter's versions list shows the caller: the published versions
/// for everyone, and the open draft for those who may read it.
pub async fn versions(
    db: &Db,
    actor: Option<&Actor>,
    slug: &str,
) -> Result<(Chapter, Vec<Version>), AppError> {
    let chapter = match actor {
        Some(actor) => chapter_for(db, actor, slug).await?,
        None => history(db, slug).await?.0,
    };
    let mut versions = store::published_versions(db, chapter.id).await?;
    if let Some(actor) = actor
        && let Some(open) = store::open_version(db, chapter.id).await?
        && rules::can_see_draft(actor, chapter.author.id, open.status)
    {
        versions.insert(0, open);
    }
    Ok((chapter, versions))
}

/// The authors' desk: the actor's chapters (all of them for admins), and the
/// drafts waiting for the actor's review.
#[derive(Clone, Debug, Default)]
pub struct Desk {
    pub own: Vec<(Chapter, Version)>,
    pub to_review: Vec<(Chapter, Version)>,
}

pub async fn desk(db: &Db, actor: &Actor) -> Result<Desk, AppError> {
    if !rules::can_author(actor) {
        return Err(AppError::Forbidden);
    }
    let organisation = if actor.is_admin() {
        None
    } else {
        actor.organisation_id
    };
    let own = store::latest_versions(db, organisation).await?;
    let to_review = store::submitted_versions(db)
        .await?
        .into_iter()
        .filter(|(c, v)| rules::can_review(actor, c.author.id, v.written_by_user_id))
        .collect();
    Ok(Desk { own, to_review })
}

/// What an editor starts from: the open draft, or else the published
/// version (a new draft is a copy of it), with an empty change note.
pub async fn draft_base(db: &Db, actor: &Actor, slug: &str) -> Result<ChapterInput, AppError> {
    let chapter = chapter_for(db, actor, slug).await?;
    if !rules::can_write(actor, chapter.author.id) {
        return Err(AppError::Forbidden);
    }
    let open = store::open_version(db, chapter.id).await?;
    // Without an open draft, a new one starts from the last published
    // version (the current one, or the last before a withdrawal).
    let base = match open {
        Some(open) => Some(open),
        None => store::published_versions(db, chapter.id)
            .await?
            .into_iter()
            .next()
            .map(|mut v| {
                v.change_note.clear();
                v
            }),
    };
    let base = base.ok_or(AppError::NotFound)?;
    Ok(input_from(&base))
}

/// A stored version as an editor's input.
pub fn input_from(version: &Version) -> ChapterInput {
    ChapterInput {
        kind: version.kind.as_str().to_string(),
        title: version.title.clone(),
        summary: version.summary.clone(),
        body: version.body.clone(),
        tags: version.tags.clone(),
        countries: version
            .countries
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        position: Some(i64::from(version.position)),
        change_note: version.change_note.clone(),
        unreadable: FieldErrors::new(),
    }
}
