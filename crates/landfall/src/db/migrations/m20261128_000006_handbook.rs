//! The public handbook: chapters and their versions (drafts, returned drafts,
//! drafts waiting for review, and every version ever published).

use sea_orm_migration::{prelude::*, schema::*};

use super::binary_collation;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum HandbookChapters {
    Table,
    Id,
    Slug,
    AuthorOrganisationId,
    /// The version the public reads; null while unpublished or withdrawn.
    PublishedVersionId,
    WithdrawnAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum HandbookVersions {
    Table,
    Id,
    ChapterId,
    Number,
    Status,
    Kind,
    Position,
    Title,
    SortTitle,
    Summary,
    Body,
    Tags,
    Countries,
    SearchText,
    ChangeNote,
    ReviewNote,
    WrittenByUserId,
    WrittenByName,
    ReviewedByName,
    SubmittedAt,
    PublishedAt,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut slug = string(HandbookChapters::Slug);
        binary_collation(manager, &mut slug);
        slug.unique_key();
        manager
            .create_table(
                Table::create()
                    .table(HandbookChapters::Table)
                    .col(big_pk_auto(HandbookChapters::Id))
                    .col(slug)
                    .col(big_integer(HandbookChapters::AuthorOrganisationId))
                    .col(big_integer_null(HandbookChapters::PublishedVersionId))
                    .col(timestamp_with_time_zone_null(HandbookChapters::WithdrawnAt))
                    .col(timestamp_with_time_zone(HandbookChapters::CreatedAt))
                    .col(timestamp_with_time_zone(HandbookChapters::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                HandbookChapters::Table,
                                HandbookChapters::AuthorOrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("handbook_chapters_author_idx")
                    .table(HandbookChapters::Table)
                    .col(HandbookChapters::AuthorOrganisationId)
                    .to_owned(),
            )
            .await?;

        let mut sort_title = string(HandbookVersions::SortTitle);
        binary_collation(manager, &mut sort_title);
        manager
            .create_table(
                Table::create()
                    .table(HandbookVersions::Table)
                    .col(big_pk_auto(HandbookVersions::Id))
                    .col(big_integer(HandbookVersions::ChapterId))
                    .col(integer(HandbookVersions::Number))
                    .col(string(HandbookVersions::Status))
                    .col(string(HandbookVersions::Kind))
                    .col(integer(HandbookVersions::Position))
                    .col(string(HandbookVersions::Title))
                    .col(sort_title)
                    .col(text(HandbookVersions::Summary))
                    .col(text(HandbookVersions::Body))
                    .col(text(HandbookVersions::Tags))
                    .col(text(HandbookVersions::Countries))
                    .col(text(HandbookVersions::SearchText))
                    .col(text(HandbookVersions::ChangeNote))
                    .col(text(HandbookVersions::ReviewNote))
                    .col(big_integer(HandbookVersions::WrittenByUserId))
                    .col(string(HandbookVersions::WrittenByName))
                    .col(string(HandbookVersions::ReviewedByName))
                    .col(timestamp_with_time_zone_null(HandbookVersions::SubmittedAt))
                    .col(timestamp_with_time_zone_null(HandbookVersions::PublishedAt))
                    .col(timestamp_with_time_zone(HandbookVersions::CreatedAt))
                    .col(timestamp_with_time_zone(HandbookVersions::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(HandbookVersions::Table, HandbookVersions::ChapterId)
                            .to(HandbookChapters::Table, HandbookChapters::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Two editors starting a draft at once would both pick the next
        // number: the second insert fails here instead of forking the chapter.
        manager
            .create_index(
                Index::create()
                    .name("handbook_versions_chapter_number_key")
                    .table(HandbookVersions::Table)
                    .col(HandbookVersions::ChapterId)
                    .col(HandbookVersions::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("handbook_versions_status_idx")
                    .table(HandbookVersions::Table)
                    .col(HandbookVersions::Status)
                    .col(HandbookVersions::ChapterId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            HandbookVersions::Table.into_iden(),
            HandbookChapters::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
