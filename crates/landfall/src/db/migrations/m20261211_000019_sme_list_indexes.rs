//! The SME list filtered by country read every SME of that country and
//! sorted them by name to show the first twenty, and the count of all SMEs a
//! manager may see went through three indexes at once (one per way of being
//! visible: consent, home, granted access) and merged their row ids.
//!
//! Now the list filtered by country reads its page from an index in the
//! list's order (country, name, id); the home index holds the consent too, so
//! a list filtered by home reads its page and its count from the index
//! alone; and the consent comes last in the country index, where it can no
//! longer be looked up on its own: the planner counts in one pass over that
//! narrow index (which also answers the count per country).

use sea_orm_migration::prelude::*;

use super::{drop_index, index};

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

use Smes::{Country, DirectoryConsent, HomeOrganisationId, Id, SortName};

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // New indexes get new names: on SQLite another connection of the pool
        // may still hold the schema from before a drop and take an old name
        // as taken.
        drop_index(manager, "smes_country_idx", Smes::Table).await?;
        create(
            manager,
            "smes_country_scope_idx",
            [Country, HomeOrganisationId, DirectoryConsent],
        )
        .await?;
        create(manager, "smes_country_order_idx", [Country, SortName, Id]).await?;
        drop_index(manager, "smes_home_idx", Smes::Table).await?;
        create(
            manager,
            "smes_home_order_idx",
            [HomeOrganisationId, SortName, Id, DirectoryConsent],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_index(manager, "smes_country_scope_idx", Smes::Table).await?;
        drop_index(manager, "smes_country_order_idx", Smes::Table).await?;
        create(
            manager,
            "smes_country_idx",
            [Country, DirectoryConsent, HomeOrganisationId],
        )
        .await?;
        drop_index(manager, "smes_home_order_idx", Smes::Table).await?;
        create(manager, "smes_home_idx", [HomeOrganisationId, SortName, Id]).await
    }
}

async fn create<const N: usize>(
    manager: &SchemaManager<'_>,
    name: &str,
    columns: [Smes; N],
) -> Result<(), DbErr> {
    let columns = columns.into_iter().map(IntoIden::into_iden).collect();
    index(manager, name, Smes::Table, columns, false).await
}
