//! An indicator can be limited to markets: the ISO codes of the countries whose
//! records it counts (the export, partner, presence or contract country), comma
//! separated; empty counts every country, as every indicator did before.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Indicators {
    Table,
    Countries,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Indicators::Table)
                    .add_column(string(Indicators::Countries).default(""))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Indicators::Table)
                    .drop_column(Indicators::Countries)
                    .to_owned(),
            )
            .await
    }
}
