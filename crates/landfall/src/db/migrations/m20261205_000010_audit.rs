//! The audit log of sensitive actions. It refers to accounts by id without a
//! foreign key: an entry outlives the account of the person who acted.

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditEvents {
    Table,
    Id,
    OccurredAt,
    ActorUserId,
    ActorName,
    ActorRole,
    Action,
    Subject,
    Summary,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(big_pk_auto(AuditEvents::Id))
                    .col(timestamp_with_time_zone(AuditEvents::OccurredAt))
                    .col(big_integer_null(AuditEvents::ActorUserId))
                    .col(string(AuditEvents::ActorName))
                    .col(string(AuditEvents::ActorRole))
                    .col(string(AuditEvents::Action))
                    .col(string(AuditEvents::Subject))
                    .col(text(AuditEvents::Summary))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "audit_events_action_idx",
            AuditEvents::Table,
            vec![AuditEvents::Action.into_iden(), AuditEvents::Id.into_iden()],
            false,
        )
        .await?;
        index(
            manager,
            "audit_events_actor_idx",
            AuditEvents::Table,
            vec![AuditEvents::ActorUserId.into_iden()],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditEvents::Table).to_owned())
            .await
    }
}
