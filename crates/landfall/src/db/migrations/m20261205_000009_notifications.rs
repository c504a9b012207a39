//! Notifications: the outbox of messages with their e-mails' delivery state,
//! each user's e-mail choices, and the marks that keep time-triggered
//! notifications (expired meeting requests, call deadlines) from being
//! written twice.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    Email,
    Kind,
    Subject,
    Body,
    Link,
    CreatedAt,
    ReadAt,
    EmailStatus,
    EmailAttempts,
    EmailNextAt,
    EmailError,
    EmailSentAt,
}

#[derive(DeriveIden)]
enum NotificationPreferences {
    Table,
    UserId,
    Kind,
    Email,
}

#[derive(DeriveIden)]
enum MeetingRequests {
    Table,
    ExpiryNotifiedAt,
}

#[derive(DeriveIden)]
enum Applications {
    Table,
    DeadlineRemindedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::Cascade;
        manager
            .create_table(
                Table::create()
                    .table(Notifications::Table)
                    .col(big_pk_auto(Notifications::Id))
                    .col(big_integer_null(Notifications::UserId))
                    .col(string(Notifications::Email))
                    .col(string(Notifications::Kind))
                    .col(string(Notifications::Subject))
                    .col(text(Notifications::Body))
                    .col(string(Notifications::Link))
                    .col(timestamp_with_time_zone(Notifications::CreatedAt))
                    .col(timestamp_with_time_zone_null(Notifications::ReadAt))
                    .col(string(Notifications::EmailStatus))
                    .col(integer(Notifications::EmailAttempts))
                    .col(timestamp_with_time_zone(Notifications::EmailNextAt))
                    .col(text(Notifications::EmailError))
                    .col(timestamp_with_time_zone_null(Notifications::EmailSentAt))
                    .foreign_key(&mut fk(
                        (Notifications::Table, Notifications::UserId),
                        (Users::Table, Users::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "notifications_user_idx",
            Notifications::Table,
            vec![
                Notifications::UserId.into_iden(),
                Notifications::Id.into_iden(),
            ],
            false,
        )
        .await?;
        // The worker's question: which e-mails are due?
        index(
            manager,
            "notifications_due_idx",
            Notifications::Table,
            vec![
                Notifications::EmailStatus.into_iden(),
                Notifications::EmailNextAt.into_iden(),
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(NotificationPreferences::Table)
                    .col(big_integer(NotificationPreferences::UserId))
                    .col(string(NotificationPreferences::Kind))
                    .col(boolean(NotificationPreferences::Email))
                    .primary_key(
                        Index::create()
                            .col(NotificationPreferences::UserId)
                            .col(NotificationPreferences::Kind),
                    )
                    .foreign_key(&mut fk(
                        (
                            NotificationPreferences::Table,
                            NotificationPreferences::UserId,
                        ),
                        (Users::Table, Users::Id),
                        Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(MeetingRequests::Table)
                    .add_column(timestamp_with_time_zone_null(
                        MeetingRequests::ExpiryNotifiedAt,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Applications::Table)
                    .add_column(timestamp_with_time_zone_null(
                        Applications::DeadlineRemindedAt,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Applications::Table)
                    .drop_column(Applications::DeadlineRemindedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(MeetingRequests::Table)
                    .drop_column(MeetingRequests::ExpiryNotifiedAt)
                    .to_owned(),
            )
            .await?;
        for table in [
            NotificationPreferences::Table.into_iden(),
            Notifications::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
