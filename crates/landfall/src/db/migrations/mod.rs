//! Schema migrations, written once with sea-query and rendered for each backend.

use sea_orm_migration::prelude::*;

mod m20261123_000001_foundation;
mod m20261124_000002_soft_landing;
mod m20261125_000003_matchmaking;
mod m20261126_000004_monitoring;
mod m20261127_000005_surveys;
mod m20261128_000006_handbook;
mod m20261204_000007_toolbox;
mod m20261204_000008_calls;
mod m20261205_000009_notifications;
mod m20261205_000010_audit;
mod m20261206_000011_languages;
mod m20261207_000012_sme_search_index;
mod m20261207_000013_public_profiles_index;
mod m20261208_000014_survey_reminder_links;
mod m20261208_000015_indicator_countries;
mod m20261209_000016_password_tokens;
mod m20261209_000017_internal_indicators;
mod m20261210_000018_library_targets;
mod m20261211_000019_sme_list_indexes;
mod m20261212_000020_notification_mentions;
mod m20261213_000021_cohort_participant_versions;
mod m20261213_000022_agenda_cancellations;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_foundation::Migration),
            Box::new(m20261124_000002_soft_landing::Migration),
            Box::new(m20261125_000003_matchmaking::Migration),
            Box::new(m20261126_000004_monitoring::Migration),
            Box::new(m20261127_000005_surveys::Migration),
            Box::new(m20261128_000006_handbook::Migration),
            Box::new(m20261204_000007_toolbox::Migration),
            Box::new(m20261204_000008_calls::Migration),
            Box::new(m20261205_000009_notifications::Migration),
            Box::new(m20261205_000010_audit::Migration),
            Box::new(m20261206_000011_languages::Migration),
            Box::new(m20261207_000012_sme_search_index::Migration),
            Box::new(m20261207_000013_public_profiles_index::Migration),
            Box::new(m20261208_000014_survey_reminder_links::Migration),
            Box::new(m20261208_000015_indicator_countries::Migration),
            Box::new(m20261209_000016_password_tokens::Migration),
            Box::new(m20261209_000017_internal_indicators::Migration),
            Box::new(m20261210_000018_library_targets::Migration),
            Box::new(m20261211_000019_sme_list_indexes::Migration),
            Box::new(m20261212_000020_notification_mentions::Migration),
            Box::new(m20261213_000021_cohort_participant_versions::Migration),
            Box::new(m20261213_000022_agenda_cancellations::Migration),
        ]
    }
}

/// Text compared byte by byte on both backends, so that sorting and range
/// comparisons give the same order on SQLite (always binary) and PostgreSQL
/// (whose default collation follows the server's locale).
pub(crate) fn binary_collation(manager: &SchemaManager, column: &mut ColumnDef) {
    if manager.get_database_backend() == sea_orm::DbBackend::Postgres {
        column.extra("COLLATE \"C\"");
    }
}

/// A foreign key from one column to another table's column.
pub(crate) fn fk(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
        .to_owned()
}

/// An index (unique or not) over some columns of a table.
pub(crate) async fn index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    columns: Vec<DynIden>,
    unique: bool,
) -> Result<(), DbErr> {
    let mut statement = Index::create();
    statement.name(name).table(table);
    for column in columns {
        statement.col(column);
    }
    if unique {
        statement.unique();
    }
    manager.create_index(statement.to_owned()).await
}

/// Drops an index of a table by its name.
pub(crate) async fn drop_index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
) -> Result<(), DbErr> {
    manager
        .drop_index(Index::drop().name(name).table(table).to_owned())
        .await
}
