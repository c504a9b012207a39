//! One-time links to set a password: the invitation an admin sends to a new
//! account, and the link a person asks for when they forgot their password.
//! Only the digests of the links are kept; a link is deleted when it is used,
//! so it cannot be used twice.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PasswordTokens {
    Table,
    TokenDigest,
    UserId,
    Purpose,
    CreatedAt,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PasswordTokens::Table)
                    .col(string(PasswordTokens::TokenDigest).primary_key())
                    .col(big_integer(PasswordTokens::UserId))
                    .col(string(PasswordTokens::Purpose))
                    .col(timestamp_with_time_zone(PasswordTokens::CreatedAt))
                    .col(timestamp_with_time_zone(PasswordTokens::ExpiresAt))
                    .foreign_key(&mut fk(
                        (PasswordTokens::Table, PasswordTokens::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "password_tokens_user_idx",
            PasswordTokens::Table,
            vec![PasswordTokens::UserId.into_iden()],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PasswordTokens::Table).to_owned())
            .await
    }
}
