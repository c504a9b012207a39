//! Saving and reading uploaded files.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};
use sha2::{Digest, Sha256};

use super::entities::upload;
use super::model::CheckedFile;
use crate::web::AppError;

/// What a list shows of a stored file (without its bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileInfo {
    pub id: i64,
    pub name: String,
    pub content_type: String,
    pub size: i64,
}

/// A stored file with its bytes, for downloading.
pub struct StoredFile {
    pub info: FileInfo,
    pub data: Vec<u8>,
}

/// Stores a checked file in the caller's transaction; returns its id.
pub async fn save(
    txn: &impl ConnectionTrait,
    file: &CheckedFile,
    data: Vec<u8>,
) -> Result<i64, AppError> {
    let digest: String = Sha256::digest(&data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let row = upload::ActiveModel {
        file_name: Set(file.name.clone()),
        content_type: Set(file.content_type.to_string()),
        size: Set(i64::try_from(data.len()).unwrap_or(i64::MAX)),
        sha256: Set(digest),
        data: Set(data),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

pub async fn load(db: &impl ConnectionTrait, id: i64) -> Result<Option<StoredFile>, AppError> {
    Ok(upload::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|row| StoredFile {
            info: FileInfo {
                id: row.id,
                name: row.file_name,
                content_type: row.content_type,
                size: row.size,
            },
            data: row.data,
        }))
}

/// Names and sizes of files by id.
pub async fn describe(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<HashMap<i64, FileInfo>, AppError> {
    let rows: Vec<(i64, String, String, i64)> = upload::Entity::find()
        .select_only()
        .columns([
            upload::Column::Id,
            upload::Column::FileName,
            upload::Column::ContentType,
            upload::Column::Size,
        ])
        .filter(upload::Column::Id.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, content_type, size)| {
            (
                id,
                FileInfo {
                    id,
                    name,
                    content_type,
                    size,
                },
            )
        })
        .collect())
}

/// Deletes files (their owners have let go of them first).
pub async fn delete(txn: &impl ConnectionTrait, ids: &[i64]) -> Result<(), AppError> {
    if !ids.is_empty() {
        upload::Entity::delete_many()
            .filter(upload::Column::Id.is_in(ids.iter().copied()))
            .exec(txn)
            .await?;
    }
    Ok(())
}
