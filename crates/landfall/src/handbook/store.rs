//! The handbook's queries. Every write runs in the caller's transaction; a
//! change of status is a conditional update, so two reviewers acting at once
//! cannot both win.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use super::entities::{chapter, version};
use super::model::{ChapterDraft, ChapterKind, VersionStatus};
use crate::db;
use crate::registry::model::{CountryCode, fold};
use crate::registry::{self, OrganisationRef};
use crate::validation::Window;
use crate::web::AppError;

/// A chapter: its address, its author, and which version the public reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chapter {
    pub id: i64,
    pub slug: String,
    pub author: OrganisationRef,
    pub published_version_id: Option<i64>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// One version of a chapter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    pub id: i64,
    pub chapter_id: i64,
    pub number: i32,
    pub status: VersionStatus,
    pub kind: ChapterKind,
    pub position: i32,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub tags: Vec<String>,
    pub countries: Vec<CountryCode>,
    pub change_note: String,
    pub review_note: String,
    pub written_by_user_id: i64,
    pub written_by_name: String,
    pub reviewed_by_name: String,
    pub submitted_at: Option<DateTime<Utc>>,
    pub published_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

/// Who wrote a version (the name is shown to reviewers, never to the public).
#[derive(Clone, Debug)]
pub struct Writer<'a> {
    pub user_id: i64,
    pub name: &'a str,
}

fn stored<T>(what: &str, result: Result<T, String>) -> Result<T, AppError> {
    result.map_err(|e| AppError::Internal(anyhow::anyhow!("stored {what}: {e}")))
}

fn version_from(row: version::Model) -> Result<Version, AppError> {
    Ok(Version {
        id: row.id,
        chapter_id: row.chapter_id,
        number: row.number,
        status: stored("version status", VersionStatus::parse(&row.status))?,
        kind: stored("chapter kind", ChapterKind::parse(&row.kind))?,
        position: row.position,
        title: row.title,
        summary: row.summary,
        body: row.body,
        tags: split(&row.tags),
        countries: split(&row.countries)
            .into_iter()
            .map(CountryCode::from_stored)
            .collect(),
        change_note: row.change_note,
        review_note: row.review_note,
        written_by_user_id: row.written_by_user_id,
        written_by_name: row.written_by_name,
        reviewed_by_name: row.reviewed_by_name,
        submitted_at: row.submitted_at,
        published_at: row.published_at,
        updated_at: row.updated_at,
    })
}

fn split(value: &str) -> Vec<String> {
    value
        .split(',')
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect()
}

async fn chapters_from(
    db: &impl ConnectionTrait,
    rows: Vec<chapter::Model>,
) -> Result<Vec<Chapter>, AppError> {
    let mut ids: Vec<i64> = rows.iter().map(|r| r.author_organisation_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let authors = registry::store::organisation_refs(db, &ids).await?;
    rows.into_iter()
        .map(|row| {
            let author = authors
                .get(&row.author_organisation_id)
                .cloned()
                .ok_or_else(|| {
                    AppError::Internal(anyhow::anyhow!(
                        "organisation #{} is missing",
                        row.author_organisation_id
                    ))
                })?;
            Ok(Chapter {
                id: row.id,
                slug: row.slug,
                author,
                published_version_id: row.published_version_id,
                withdrawn_at: row.withdrawn_at,
                created_at: row.created_at,
            })
        })
        .collect()
}

pub async fn chapter_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<Chapter>, AppError> {
    let rows = chapter::Entity::find()
        .filter(chapter::Column::Slug.eq(slug))
        .all(db)
        .await?;
    Ok(chapters_from(db, rows).await?.into_iter().next())
}

pub async fn version(db: &impl ConnectionTrait, id: i64) -> Result<Option<Version>, AppError> {
    version::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(version_from)
        .transpose()
}

/// The chapter's open draft (draft, submitted or returned), if any.
pub async fn open_version(
    db: &impl ConnectionTrait,
    chapter_id: i64,
) -> Result<Option<Version>, AppError> {
    version::Entity::find()
        .filter(version::Column::ChapterId.eq(chapter_id))
        .filter(version::Column::Status.ne(VersionStatus::Published.as_str()))
        .order_by_desc(version::Column::Number)
        .one(db)
        .await?
        .map(version_from)
        .transpose()
}

/// Every version ever published, the newest first.
pub async fn published_versions(
    db: &impl ConnectionTrait,
    chapter_id: i64,
) -> Result<Vec<Version>, AppError> {
    version::Entity::find()
        .filter(version::Column::ChapterId.eq(chapter_id))
        .filter(version::Column::Status.eq(VersionStatus::Published.as_str()))
        .order_by_desc(version::Column::Number)
        .all(db)
        .await?
        .into_iter()
        .map(version_from)
        .collect()
}

/// A published version by its number (drafts are not found).
pub async fn published_version(
    db: &impl ConnectionTrait,
    chapter_id: i64,
    number: i32,
) -> Result<Option<Version>, AppError> {
    version::Entity::find()
        .filter(version::Column::ChapterId.eq(chapter_id))
        .filter(version::Column::Number.eq(number))
        .filter(version::Column::Status.eq(VersionStatus::Published.as_str()))
        .one(db)
        .await?
        .map(version_from)
        .transpose()
}

/// The published version before `number`, to compare with.
pub async fn previous_published(
    db: &impl ConnectionTrait,
    chapter_id: i64,
    number: i32,
) -> Result<Option<Version>, AppError> {
    version::Entity::find()
        .filter(version::Column::ChapterId.eq(chapter_id))
        .filter(version::Column::Number.lt(number))
        .filter(version::Column::Status.eq(VersionStatus::Published.as_str()))
        .order_by_desc(version::Column::Number)
        .one(db)
        .await?
        .map(version_from)
        .transpose()
}

/// Pairs versions with their chapters (in the versions' order).
async fn with_chapters(
    db: &impl ConnectionTrait,
    versions: Vec<version::Model>,
) -> Result<Vec<(Chapter, Version)>, AppError> {
    let ids: Vec<i64> = versions.iter().map(|v| v.chapter_id).collect();
    let rows = chapter::Entity::find()
        .filter(chapter::Column::Id.is_in(ids))
        .all(db)
        .await?;
    let chapters: std::collections::HashMap<i64, Chapter> = chapters_from(db, rows)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    versions
        .into_iter()
        .map(|row| {
            let chapter = chapters.get(&row.chapter_id).cloned().ok_or_else(|| {
                AppError::Internal(anyhow::anyhow!("chapter #{} is missing", row.chapter_id))
            })?;
            Ok((chapter, version_from(row)?))
        })
        .collect()
}

/// The public handbook: each chapter's published version, in table-of-contents
/// order, optionally only those whose title, summary or body contain `search`.
pub async fn published_chapters(
    db: &impl ConnectionTrait,
    search: Option<&str>,
    window: Window,
) -> Result<(Vec<(Chapter, Version)>, u64), AppError> {
    let mut condition = Condition::all().add(
        version::Column::Id.in_subquery(
            Query::select()
                .column(chapter::Column::PublishedVersionId)
                .from(chapter::Entity)
                .and_where(chapter::Column::PublishedVersionId.is_not_null())
                .to_owned(),
        ),
    );
    if let Some(search) = search.map(fold).filter(|s| !s.trim().is_empty()) {
        for word in search.split_whitespace() {
            condition = condition.add(version::Column::SearchText.like(db::contains_pattern(word)));
        }
    }
    let query = version::Entity::find().filter(condition);
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(version::Column::Position)
        .order_by_asc(version::Column::SortTitle)
        .order_by_asc(version::Column::Id)
        .limit(window.limit)
        .offset(window.offset)
        .all(db)
        .await?;
    Ok((with_chapters(db, rows).await?, total))
}

/// Each chapter's newest version (open draft or last published), for the
/// authors' desk; `organisation` limits it to one author organisation.
pub async fn latest_versions(
    db: &impl ConnectionTrait,
    organisation: Option<i64>,
) -> Result<Vec<(Chapter, Version)>, AppError> {
    let mut chapters = chapter::Entity::find();
    if let Some(id) = organisation {
        chapters = chapters.filter(chapter::Column::AuthorOrganisationId.eq(id));
    }
    let ids: Vec<i64> = chapters
        .select_only()
        .column(chapter::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    // The newest of each chapter first, then by the newest's title (a draft
    // may have renamed the chapter: its old versions must not come first).
    let rows = version::Entity::find()
        .filter(version::Column::ChapterId.is_in(ids))
        .order_by_asc(version::Column::ChapterId)
        .order_by_desc(version::Column::Number)
        .all(db)
        .await?;
    let mut seen = std::collections::HashSet::new();
    let mut newest: Vec<version::Model> = rows
        .into_iter()
        .filter(|row| seen.insert(row.chapter_id))
        .collect();
    newest.sort_by(|a, b| a.sort_title.cmp(&b.sort_title).then(a.id.cmp(&b.id)));
    with_chapters(db, newest).await
}

/// Drafts waiting for review, the longest waiting first.
pub async fn submitted_versions(
    db: &impl ConnectionTrait,
) -> Result<Vec<(Chapter, Version)>, AppError> {
    let rows = version::Entity::find()
        .filter(version::Column::Status.eq(VersionStatus::Submitted.as_str()))
        .order_by_asc(version::Column::SubmittedAt)
        .order_by_asc(version::Column::Id)
        .all(db)
        .await?;
    with_chapters(db, rows).await
}

fn content(draft: &ChapterDraft, writer: &Writer<'_>, now: DateTime<Utc>) -> version::ActiveModel {
    let tags = draft.tags.join(",");
    let countries: Vec<&str> = draft.countries.iter().map(|c| c.as_str()).collect();
    version::ActiveModel {
        kind: Set(draft.kind.as_str().to_string()),
        position: Set(draft.position),
        title: Set(draft.title.clone()),
        sort_title: Set(fold(&draft.title)),
        summary: Set(draft.summary.clone()),
        body: Set(draft.body.clone()),
        tags: Set(tags),
        countries: Set(countries.join(",")),
        search_text: Set(fold(&format!(
            "{}\n{}\n{}",
            draft.title, draft.summary, draft.body
        ))),
        change_note: Set(draft.change_note.clone()),
        written_by_user_id: Set(writer.user_id),
        written_by_name: Set(writer.name.to_string()),
        updated_at: Set(now),
        ..Default::default()
    }
}

/// A new chapter with its first draft; a taken slug is a conflict on `slug`.
pub async fn insert_chapter(
    txn: &impl ConnectionTrait,
    slug: &str,
    author_organisation_id: i64,
    draft: &ChapterDraft,
    writer: &Writer<'_>,
    now: DateTime<Utc>,
) -> Result<i64, AppError> {
    let row = chapter::ActiveModel {
        slug: Set(slug.to_string()),
        author_organisation_id: Set(author_organisation_id),
        published_version_id: Set(None),
        withdrawn_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    let id = match row.insert(txn).await {
        Ok(row) => row.id,
        Err(e) if db::is_unique_violation(&e) => {
            return Err(AppError::conflict_on(
                "slug",
                crate::t1("hb-err-slug-taken", "slug", slug),
            ));
        }
        Err(e) => return Err(e.into()),
    };
    insert_version(txn, id, 1, draft, writer, now).await?;
    Ok(id)
}

/// A new open draft numbered `number`. Two drafts started at once collide on
/// the (chapter, number) key: the second is a conflict.
pub async fn insert_version(
    txn: &impl ConnectionTrait,
    chapter_id: i64,
    number: i32,
    draft: &ChapterDraft,
    writer: &Writer<'_>,
    now: DateTime<Utc>,
) -> Result<i64, AppError> {
    let row = version::ActiveModel {
        chapter_id: Set(chapter_id),
        number: Set(number),
        status: Set(VersionStatus::Draft.as_str().to_string()),
        review_note: Set(String::new()),
        reviewed_by_name: Set(String::new()),
        submitted_at: Set(None),
        published_at: Set(None),
        created_at: Set(now),
        ..content(draft, writer, now)
    };
    match row.insert(txn).await {
        Ok(row) => Ok(row.id),
        Err(e) if db::is_unique_violation(&e) => Err(AppError::Conflict {
            message: crate::t("hb-err-draft-race"),
            fields: Default::default(),
        }),
        Err(e) => Err(e.into()),
    }
}

/// The highest version number of a chapter (0 when it has none).
pub async fn last_number(txn: &impl ConnectionTrait, chapter_id: i64) -> Result<i32, AppError> {
    let max: Option<Option<i32>> = version::Entity::find()
        .select_only()
        .column_as(version::Column::Number.max(), "number")
        .filter(version::Column::ChapterId.eq(chapter_id))
        .into_tuple()
        .one(txn)
        .await?;
    Ok(max.flatten().unwrap_or(0))
}

/// Rewrites an open draft (it becomes a draft again, even if it was waiting
/// for review). False when it is no longer open.
pub async fn rewrite_version(
    txn: &impl ConnectionTrait,
    version_id: i64,
    draft: &ChapterDraft,
    writer: &Writer<'_>,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let values = version::ActiveModel {
        status: Set(VersionStatus::Draft.as_str().to_string()),
        submitted_at: Set(None),
        ..content(draft, writer, now)
    };
    let result = version::Entity::update_many()
        .set(values)
        .filter(version::Column::Id.eq(version_id))
        .filter(version::Column::Status.ne(VersionStatus::Published.as_str()))
        .exec(txn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Moves a version from `from` to `to` with the reviewer's note; false when
/// it was not in `from` any more (someone else acted first).
pub async fn change_status(
    txn: &impl ConnectionTrait,
    version_id: i64,
    from: VersionStatus,
    to: VersionStatus,
    note: Option<(&str, &str)>,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let mut update = version::Entity::update_many()
        .col_expr(version::Column::Status, Expr::value(to.as_str()))
        .col_expr(version::Column::UpdatedAt, Expr::value(now));
    match to {
        VersionStatus::Submitted => {
            update = update.col_expr(version::Column::SubmittedAt, Expr::value(Some(now)));
        }
        VersionStatus::Published => {
            update = update.col_expr(version::Column::PublishedAt, Expr::value(Some(now)));
        }
        VersionStatus::Draft | VersionStatus::Returned => {}
    }
    if let Some((review_note, reviewer)) = note {
        update = update
            .col_expr(version::Column::ReviewNote, Expr::value(review_note))
            .col_expr(version::Column::ReviewedByName, Expr::value(reviewer));
    }
    let result = update
        .filter(version::Column::Id.eq(version_id))
        .filter(version::Column::Status.eq(from.as_str()))
        .exec(txn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Makes a version the one the public reads.
pub async fn set_published(
    txn: &impl ConnectionTrait,
    chapter_id: i64,
    version_id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let withdrawn_at = if version_id.is_some() {
        None
    } else {
        Some(now)
    };
    chapter::Entity::update_many()
        .col_expr(chapter::Column::PublishedVersionId, Expr::value(version_id))
        .col_expr(chapter::Column::WithdrawnAt, Expr::value(withdrawn_at))
        .col_expr(chapter::Column::UpdatedAt, Expr::value(now))
        .filter(chapter::Column::Id.eq(chapter_id))
        .exec(txn)
        .await?;
    Ok(())
}
