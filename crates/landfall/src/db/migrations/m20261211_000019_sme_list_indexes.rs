//! The SME list filtered by country read every SME of that country and
//! sorted them by name to show the first twenty, and the count of all SMEs a
//! manager may see went through three indexes at once (one per way of being
//! visible: consent, home, granted access) and merged the row ids. The
//! country index now keeps the list's order (name, id) before the visibility
//! columns, and the home index holds the consent too, so that a filtered page
//! reads twenty index entries and every count reads one index alone. No index
//! now starts with (or just after few values of) the consent, which leaves the
//! planner one way to count: a single pass over the smallest index.

use sea_orm_migration::prelude::*;

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Smes {
    Table,
    Id,
    SortName,
    Country,
    DirectoryConsent,
    HomeOrganisationId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        replace(
            manager,
            "smes_country_idx",
            "smes_country_order_idx",
            vec![
                Smes::Country,
                Smes::SortName,
                Smes::Id,
                Smes::DirectoryConsent,
                Smes::HomeOrganisationId,
            ],
        )
        .await?;
        replace(
            manager,
            "smes_home_idx",
            "smes_home_order_idx",
            vec![
                Smes::HomeOrganisationId,
                Smes::SortName,
                Smes::Id,
                Smes::DirectoryConsent,
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        replace(
            manager,
            "smes_country_order_idx",
            "smes_country_idx",
            vec![
                Smes::Country,
                Smes::DirectoryConsent,
                Smes::HomeOrganisationId,
            ],
        )
        .await?;
        replace(
            manager,
            "smes_home_order_idx",
            "smes_home_idx",
            vec![Smes::HomeOrganisationId, Smes::SortName, Smes::Id],
        )
        .await
    }
}

/// Drops one index and creates its replacement over these columns. The new
/// index has a new name: on SQLite another connection of the pool may still
/// hold the schema from before the drop and take the old name as taken.
async fn replace(
    manager: &SchemaManager<'_>,
    old: &str,
    new: &str,
    columns: Vec<Smes>,
) -> Result<(), DbErr> {
    manager
        .drop_index(Index::drop().name(old).table(Smes::Table).to_owned())
        .await?;
    let columns = columns.into_iter().map(IntoIden::into_iden).collect();
    index(manager, new, Smes::Table, columns, false).await
}
