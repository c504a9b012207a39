//! Accounts, sessions and the network registry.

use sea_orm_migration::{prelude::*, schema::*};

use super::binary_collation;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organisations {
    Table,
    Id,
    Slug,
    Kind,
    Name,
    SortName,
    Country,
    City,
    Region,
    Website,
    Description,
    Services,
    SearchText,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrganisationSectors {
    Table,
    OrganisationId,
    Code,
    Declared,
}

#[derive(DeriveIden)]
enum Smes {
    Table,
    Id,
    Slug,
    Name,
    SortName,
    Country,
    City,
    HomeOrganisationId,
    Founded,
    Employees,
    AnnualTurnoverCents,
    Products,
    Website,
    DirectoryConsent,
    Notes,
    SearchText,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SmeSectors {
    Table,
    SmeId,
    Code,
    Declared,
}

#[derive(DeriveIden)]
enum SmeTargetMarkets {
    Table,
    SmeId,
    Country,
}

#[derive(DeriveIden)]
enum People {
    Table,
    Id,
    OrganisationId,
    SmeId,
    Position,
    Name,
    Role,
    Email,
    Phone,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    PasswordHash,
    Role,
    OrganisationId,
    SmeId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    CsrfToken,
    CreatedAt,
    ExpiresAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum ApiTokens {
    Table,
    Id,
    UserId,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum LoginAttempts {
    Table,
    Id,
    Email,
    Ip,
    AttemptedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut org_sort = string(Organisations::SortName);
        binary_collation(manager, &mut org_sort);
        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .col(big_pk_auto(Organisations::Id))
                    .col(string_uniq(Organisations::Slug))
                    .col(string(Organisations::Kind))
                    .col(string(Organisations::Name))
                    .col(org_sort)
                    .col(string_len(Organisations::Country, 2))
                    .col(string(Organisations::City))
                    .col(string(Organisations::Region))
                    .col(string(Organisations::Website))
                    .col(text(Organisations::Description))
                    .col(string(Organisations::Services))
                    .col(text(Organisations::SearchText))
                    .col(timestamp_with_time_zone(Organisations::CreatedAt))
                    .col(timestamp_with_time_zone(Organisations::UpdatedAt))
                    .index(
                        Index::create()
                            .name("organisations_name_country_key")
                            .col(Organisations::Name)
                            .col(Organisations::Country)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            (
                "organisations_sort_idx",
                vec![Organisations::SortName, Organisations::Id],
            ),
            ("organisations_kind_idx", vec![Organisations::Kind]),
            ("organisations_country_idx", vec![Organisations::Country]),
        ] {
            let mut index = Index::create();
            index.name(name).table(Organisations::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }

        let mut sector_code = string(OrganisationSectors::Code);
        binary_collation(manager, &mut sector_code);
        manager
            .create_table(
                Table::create()
                    .table(OrganisationSectors::Table)
                    .col(big_integer(OrganisationSectors::OrganisationId))
                    .col(sector_code)
                    .col(boolean(OrganisationSectors::Declared))
                    .primary_key(
                        Index::create()
                            .col(OrganisationSectors::OrganisationId)
                            .col(OrganisationSectors::Code),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(
                                OrganisationSectors::Table,
                                OrganisationSectors::OrganisationId,
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
                    .name("organisation_sectors_code_idx")
                    .table(OrganisationSectors::Table)
                    .col(OrganisationSectors::Code)
                    .col(OrganisationSectors::OrganisationId)
                    .to_owned(),
            )
            .await?;

        let mut sme_sort = string(Smes::SortName);
        binary_collation(manager, &mut sme_sort);
        manager
            .create_table(
                Table::create()
                    .table(Smes::Table)
                    .col(big_pk_auto(Smes::Id))
                    .col(string_uniq(Smes::Slug))
                    .col(string(Smes::Name))
                    .col(sme_sort)
                    .col(string_len(Smes::Country, 2))
                    .col(string(Smes::City))
                    .col(big_integer(Smes::HomeOrganisationId))
                    .col(integer_null(Smes::Founded))
                    .col(integer_null(Smes::Employees))
                    .col(big_integer_null(Smes::AnnualTurnoverCents))
                    .col(text(Smes::Products))
                    .col(string(Smes::Website))
                    .col(boolean(Smes::DirectoryConsent))
                    .col(text(Smes::Notes))
                    .col(text(Smes::SearchText))
                    .col(timestamp_with_time_zone(Smes::CreatedAt))
                    .col(timestamp_with_time_zone(Smes::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Smes::Table, Smes::HomeOrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .index(
                        Index::create()
                            .name("smes_name_country_key")
                            .col(Smes::Name)
                            .col(Smes::Country)
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        // Lists are filtered by who may see an SME (consent, home) and ordered by
        // name: these indexes answer that without reading the rows themselves.
        for (name, columns) in [
            (
                "smes_sort_idx",
                vec![
                    Smes::SortName,
                    Smes::Id,
                    Smes::DirectoryConsent,
                    Smes::HomeOrganisationId,
                ],
            ),
            (
                "smes_country_idx",
                vec![
                    Smes::Country,
                    Smes::DirectoryConsent,
                    Smes::HomeOrganisationId,
                ],
            ),
            (
                "smes_home_idx",
                vec![Smes::HomeOrganisationId, Smes::SortName, Smes::Id],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(Smes::Table);
            for column in columns {
                index.col(column);
            }
            manager.create_index(index.to_owned()).await?;
        }

        let mut sme_sector_code = string(SmeSectors::Code);
        binary_collation(manager, &mut sme_sector_code);
        manager
            .create_table(
                Table::create()
                    .table(SmeSectors::Table)
                    .col(big_integer(SmeSectors::SmeId))
                    .col(sme_sector_code)
                    .col(boolean(SmeSectors::Declared))
                    .primary_key(Index::create().col(SmeSectors::SmeId).col(SmeSectors::Code))
                    .foreign_key(
                        ForeignKey::create()
                            .from(SmeSectors::Table, SmeSectors::SmeId)
                            .to(Smes::Table, Smes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sme_sectors_code_idx")
                    .table(SmeSectors::Table)
                    .col(SmeSectors::Code)
                    .col(SmeSectors::SmeId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SmeTargetMarkets::Table)
                    .col(big_integer(SmeTargetMarkets::SmeId))
                    .col(string_len(SmeTargetMarkets::Country, 2))
                    .primary_key(
                        Index::create()
                            .col(SmeTargetMarkets::SmeId)
                            .col(SmeTargetMarkets::Country),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(SmeTargetMarkets::Table, SmeTargetMarkets::SmeId)
                            .to(Smes::Table, Smes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sme_target_markets_country_idx")
                    .table(SmeTargetMarkets::Table)
                    .col(SmeTargetMarkets::Country)
                    .col(SmeTargetMarkets::SmeId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(People::Table)
                    .col(big_pk_auto(People::Id))
                    .col(big_integer_null(People::OrganisationId))
                    .col(big_integer_null(People::SmeId))
                    .col(integer(People::Position))
                    .col(string(People::Name))
                    .col(string(People::Role))
                    .col(string(People::Email))
                    .col(string(People::Phone))
                    .foreign_key(
                        ForeignKey::create()
                            .from(People::Table, People::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(People::Table, People::SmeId)
                            .to(Smes::Table, Smes::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .check(
                        Expr::col(People::OrganisationId)
                            .is_null()
                            .ne(Expr::col(People::SmeId).is_null()),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("people_organisation_idx", People::OrganisationId),
            ("people_sme_idx", People::SmeId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(People::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(big_pk_auto(Users::Id))
                    .col(string_uniq(Users::Email))
                    .col(string(Users::DisplayName))
                    .col(string(Users::PasswordHash))
                    .col(string(Users::Role))
                    .col(big_integer_null(Users::OrganisationId))
                    .col(big_integer_null(Users::SmeId))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Users::Table, Users::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Users::Table, Users::SmeId)
                            .to(Smes::Table, Smes::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(string_len(Sessions::Id, 64).primary_key())
                    .col(big_integer(Sessions::UserId))
                    .col(string(Sessions::CsrfToken))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Sessions::Table, Sessions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sessions_user_idx")
                    .table(Sessions::Table)
                    .col(Sessions::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ApiTokens::Table)
                    .col(string_len(ApiTokens::Id, 64).primary_key())
                    .col(big_integer(ApiTokens::UserId))
                    .col(timestamp_with_time_zone(ApiTokens::CreatedAt))
                    .col(timestamp_with_time_zone(ApiTokens::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ApiTokens::Table, ApiTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(LoginAttempts::Table)
                    .col(big_pk_auto(LoginAttempts::Id))
                    .col(string(LoginAttempts::Email))
                    .col(string(LoginAttempts::Ip))
                    .col(timestamp_with_time_zone(LoginAttempts::AttemptedAt))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("login_attempts_email_idx", LoginAttempts::Email),
            ("login_attempts_ip_idx", LoginAttempts::Ip),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(LoginAttempts::Table)
                        .col(column)
                        .col(LoginAttempts::AttemptedAt)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            LoginAttempts::Table.into_iden(),
            ApiTokens::Table.into_iden(),
            Sessions::Table.into_iden(),
            Users::Table.into_iden(),
            People::Table.into_iden(),
            SmeTargetMarkets::Table.into_iden(),
            SmeSectors::Table.into_iden(),
            Smes::Table.into_iden(),
            OrganisationSectors::Table.into_iden(),
            Organisations::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
