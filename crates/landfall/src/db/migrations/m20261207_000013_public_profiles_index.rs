//! The marketplace lists its public profiles (published, not expired) newest
//! first and counts them on every page. The index that served the order
//! (status, publication, id) made the count read every profile's row for its
//! expiry date; this one also holds the expiry
//! date, so the page and the count read the index alone.

use sea_orm_migration::prelude::*;

use super::{drop_index, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Profiles {
    Table,
    Id,
    Status,
    PublishedAt,
    ExpiresOn,
}

const OLD: &str = "profiles_status_published_idx";
const NEW: &str = "profiles_public_idx";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_index(manager, OLD, Profiles::Table).await?;
        create_index(manager, NEW, true).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_index(manager, NEW, Profiles::Table).await?;
        create_index(manager, OLD, false).await
    }
}

/// The marketplace's order (status, publication, id), with the expiry date
/// or without.
async fn create_index(
    manager: &SchemaManager<'_>,
    name: &str,
    with_expiry: bool,
) -> Result<(), DbErr> {
    let mut columns = vec![
        Profiles::Status.into_iden(),
        Profiles::PublishedAt.into_iden(),
        Profiles::Id.into_iden(),
    ];
    if with_expiry {
        columns.push(Profiles::ExpiresOn.into_iden());
    }
    index(manager, name, Profiles::Table, columns, false).await
}
