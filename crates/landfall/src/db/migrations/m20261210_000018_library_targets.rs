//! The methods library's targets become the network's own: a row per
//! indicator the coordinator changed (an indicator without a row keeps the
//! target the network started with).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LibraryTargets {
    Table,
    Key,
    Target,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LibraryTargets::Table)
                    .col(string(LibraryTargets::Key).primary_key())
                    .col(big_integer(LibraryTargets::Target))
                    .col(timestamp_with_time_zone(LibraryTargets::UpdatedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(LibraryTargets::Table).to_owned())
            .await
    }
}
